/**
 * Shop listings ("Fire Tablet, 7" Display, Wi-Fi, 8 GB - Black for $39.99 (list price $49.99)"):
 * a product title runs up to "for" and a price. The sizes in it and the brand that opens it
 * ("John Boos Reversible Maple Cutting Board") name the product; the price is the figure.
 */
import { itemAt } from './item-at';
import type { Token } from './text-tokens';

/** How far a product title runs before its "for $39.99". */
const LISTING_WINDOW_TOKENS = 30;
const SENTENCE_MARKS = new Set(['.', '!', '?']);
const CURRENCY_SIGNS = new Set(['$', '\u00a3', '\u20ac']);
/** Lower-case words a product title holds between its capitalised ones ("Set of 2", "with Lid", "x 12"). */
const LISTING_TITLE_WORDS = new Set(['with', 'and', 'of', 'for', 'in', 'to', 'the', 'a', 'x', 'by', 'or', 'pack', 'set', 'count', 'piece', 'inch', 'inches', 'ounce', 'quart']);

/**
 * Whether the tokens after `last` continue a product title up to "for" and a price, holding at
 * least `minTitleTokens` capitalised words or numbers on the way and no lower-case word but
 * the few a title holds.
 */
export function continuesListingTitle(tokens: readonly Token[], last: number, minTitleTokens = 0): boolean {
  let titleTokens = 0;
  for (let k = last + 1; k < tokens.length && k <= last + LISTING_WINDOW_TOKENS; k++) {
    const t = itemAt(tokens, k);
    if (t.kind === 'punct') {
      if (SENTENCE_MARKS.has(t.text)) return false;
      continue;
    }
    if (t.kind !== 'word' || t.text !== t.lower) {
      titleTokens++;
      continue;
    }
    if (t.lower === 'for' && CURRENCY_SIGNS.has(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.kind === 'number') return titleTokens >= minTitleTokens;
    if (!LISTING_TITLE_WORDS.has(t.lower)) return false;
  }
  return false;
}
