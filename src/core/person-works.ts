/**
 * Names that are not people though a person's name spells them: the quoted title of a work the
 * sentence calls a work ("\"Dorothea,\" a biopic of the photographer") and a thing the sentence
 * says is named after someone ("a tractor named \"Dolly,\" after Dolly Parton").
 */
import { firstAtOrAfter } from './sorted-search';
import { adjacent, CLOSING_QUOTES, isCapitalised, OPENING_QUOTES, type Token } from './text-tokens';

/** Nouns of a work whose title a quoted name may be. */
const WORK_NOUNS = new Set([
  'film', 'movie', 'biopic', 'documentary', 'series', 'miniseries', 'show', 'sitcom', 'drama', 'comedy', 'thriller', 'novel',
  'book', 'memoir', 'album', 'song', 'single', 'play', 'musical', 'opera', 'painting', 'portrait', 'exhibition', 'podcast',
  'episode', 'sculpture', 'poem', 'ballet',
]);
/** Lower-case words a work noun may have before it ("a two-hour biopic", "a new Netflix series"). */
const MAX_WORK_ADJECTIVES = 2;
const ARTICLES = new Set(['a', 'an', 'the']);

/** Tokens a quoted title may run to either side of a name ("Frida and Diego: The Blue House"). */
const MAX_TITLE_TOKENS = 12;
/** Double quotes only: a single one is as often an apostrophe. */
const DOUBLE_QUOTES = new Set(['"', '\u201c', '\u201d']);
/** What follows a work noun that names the work ("a biopic of", "a film starring"), not a person's job ("a film critic"). */
const WORK_NOUN_FOLLOWERS = new Set(['of', 'about', 'by', 'on', 'in', 'from', 'for', 'with', 'starring', 'featuring', 'directed', 'written', 'set', 'that', 'which', 'whose']);

function opensQuote(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && DOUBLE_QUOTES.has(t.text) && OPENING_QUOTES.has(t.text) && adjacent(t, tokens[k + 1]) && !adjacent(tokens[k - 1], t);
}

function closesQuote(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !!t && DOUBLE_QUOTES.has(t.text) && CLOSING_QUOTES.has(t.text) && adjacent(tokens[k - 1], t) && !opensQuote(tokens, k);
}

/** The indexes of the double quotes among the tokens, in order: where a quoted title may open or close. */
export function doubleQuoteIndexes(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  tokens.forEach((t, k) => {
    if (t.kind === 'punct' && DOUBLE_QUOTES.has(t.text)) out.push(k);
  });
  return out;
}

/** The position in `quotes` of the first index above `k`. */
function firstAbove(quotes: readonly number[], k: number): number {
  return firstAtOrAfter(quotes, k + 1, (q) => q);
}

/** The quotes around the tokens from `first` to `last`, when both stand near; or null. */
function quotesAround(tokens: readonly Token[], quotes: readonly number[], first: number, last: number): { open: number; close: number } | null {
  const after = firstAbove(quotes, last);
  const close = quotes[after];
  const open = quotes[firstAbove(quotes, first - 1) - 1];
  if (open === undefined || close === undefined || first - open > MAX_TITLE_TOKENS || close - last > MAX_TITLE_TOKENS) return null;
  // The nearest quotes either side must open and close the span, with none inside it.
  if (firstAbove(quotes, first - 1) !== after || !opensQuote(tokens, open) || !closesQuote(tokens, close)) return null;
  return { open, close };
}

/** "a biopic of", "the new Netflix series starring": an article, a few words, a work noun, then what names the work. */
function workNounFrom(tokens: readonly Token[], k: number): boolean {
  if (!ARTICLES.has(tokens[k]?.lower ?? '')) return false;
  for (let j = k + 1; j <= k + 1 + MAX_WORK_ADJECTIVES; j++) {
    const t = tokens[j];
    if (!t || t.kind !== 'word') return false;
    if (WORK_NOUNS.has(t.lower)) {
      const after = tokens[j + 1];
      return !after || after.kind === 'punct' || WORK_NOUN_FOLLOWERS.has(after.lower);
    }
  }
  return false;
}

/**
 * A name inside a quoted title the sentence calls a work, or credits to its maker: "\"Dorothea,\" a biopic of …", "\"Frida
 * and Diego: The Blue House,\" an exhibition of …", "a Picasso portrait, \"Dora Maar au chapeau vert\"".
 */
function titleOfWork(tokens: readonly Token[], quoteIndexes: readonly number[], first: number, last: number): boolean {
  const quotes = quotesAround(tokens, quoteIndexes, first, last);
  if (!quotes) return false;
  let after = quotes.close + 1;
  if (tokens[after]?.text === ',') after++;
  if (workNounFrom(tokens, after)) return true;
  // "\"Mrs. Abernathy Regrets Nothing\" by Clementine Duvall": a quoted title, then its maker.
  const maker = tokens[after + 1];
  if (tokens[after]?.lower === 'by' && !!maker && maker.kind === 'word' && isCapitalised(maker.text)) return true;
  const before = tokens[quotes.open - 1]?.text === ',' ? quotes.open - 2 : quotes.open - 1;
  return WORK_NOUNS.has(tokens[before]?.lower ?? '');
}

/** "a tractor named \"Dolly,\" after Dolly Parton", "a dog named Custer after the general": the thing named. */
function namedAfterSomeone(tokens: readonly Token[], first: number, last: number): boolean {
  const quoted = OPENING_QUOTES.has(tokens[first - 1]?.text ?? '');
  if (tokens[first - (quoted ? 2 : 1)]?.lower !== 'named') return false;
  let k = last + 1;
  if (quoted) {
    if (tokens[k]?.text === ',') k++;
    if (!CLOSING_QUOTES.has(tokens[k]?.text ?? '')) return false;
    k++;
  }
  if (tokens[k]?.text === ',') k++;
  return tokens[k]?.lower === 'after';
}

/**
 * True when the run from `first` to `last` is the title of a work or the name of a thing named
 * after someone; `quotes` are the text's `doubleQuoteIndexes`.
 */
export function namesAWorkOrNamesake(tokens: readonly Token[], quotes: readonly number[], first: number, last: number): boolean {
  return titleOfWork(tokens, quotes, first, last) || namedAfterSomeone(tokens, first, last);
}
