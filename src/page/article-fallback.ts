/**
 * The second opinion: when the density winner is missing or implausible (a consent banner, a
 * caption, a sliver of the page's main text), the page's largest block of prose, found the way
 * Readability does (paragraphs credit the element holding them), is offered instead.
 */
import { hasUnlikelyHint, linkDensity } from './article-candidates';
import { textUpTo } from './article-hints';
import type { StatsPass } from './article-stats';
import type { Steps } from './work-slices';

/** Words typical of cookie and consent dialogs. */
const CONSENT_WORDS =
  /\b(?:cookies?|consent(?:ing)?|personal data|partners|privacy|preferences|legitimate interests?|opt[- ]out|tracking|personali[sz]ed)\b/gi;
/** Consent dialogs use one of those words every this many words or more often; articles far less. */
const CONSENT_WORDS_PER_HIT = 20;
const MIN_CONSENT_HITS = 4;
/** Consent dialogs are short; a long text rich in those words is an article about privacy. */
const MAX_CONSENT_CHARS = 4000;
const CAPTION_HINT = /(?:^|[^a-z])(?:caption|credits?|photo-?credit|wp-caption)(?:[^a-z]|$)/;
/** Ancestors checked for a caption box around a candidate. */
const CAPTION_LEVELS = 3;

export function looksLikeConsent(text: string): boolean {
  if (text.length > MAX_CONSENT_CHARS) return false;
  const hits = text.match(CONSENT_WORDS)?.length ?? 0;
  const words = text.match(/\S+/g)?.length ?? 0;
  return hits >= MIN_CONSENT_HITS && hits * CONSENT_WORDS_PER_HIT >= words;
}

function looksLikeCaption(el: Element): boolean {
  let cur: Element | null = el;
  for (let level = 0; cur !== null && level <= CAPTION_LEVELS; level++, cur = cur.parentElement) {
    if (cur.tagName === 'FIGURE' || cur.tagName === 'FIGCAPTION') return true;
    const hints = `${cur.getAttribute('class') ?? ''} ${cur.id}`.toLowerCase();
    if (CAPTION_HINT.test(hints)) return true;
  }
  return false;
}

/** Why these roots cannot be the article, or null when nothing is wrong with them. */
export function implausibility(roots: readonly Element[]): string | null {
  const first = roots[0];
  if (first === undefined) return 'empty';
  if (roots.every(looksLikeCaption)) return 'caption';
  if (looksLikeConsent(roots.map((r) => textUpTo(r, MAX_CONSENT_CHARS + 1)).join(' '))) return 'consent';
  return null;
}

export interface TextBlock {
  el: Element;
  /** Characters of prose held by its own paragraphs, plus half of its children's. */
  prose: number;
}

/**
 * The element holding the most prose in paragraphs of its own (and half of its children's),
 * outside furniture, captions and consent dialogs, discounted by its link text.
 */
/** Paragraphs weighed between two yields. */
const PARAGRAPHS_PER_STEP = 512;

export function* largestTextBlock(pass: StatsPass, top: Element): Steps<TextBlock | null> {
  const excluded = new Map<Element, boolean>();
  const isExcluded = (el: Element): boolean => {
    const chain: Element[] = [];
    let result = false;
    for (let cur: Element | null = el; cur !== null && cur !== top; cur = cur.parentElement) {
      const cached = excluded.get(cur);
      if (cached !== undefined) {
        result = cached;
        break;
      }
      chain.push(cur);
      if (cur.tagName === 'FIGURE' || cur.tagName === 'FIGCAPTION' || hasUnlikelyHint(cur)) {
        result = true;
        break;
      }
    }
    for (const c of chain) excluded.set(c, result);
    return result;
  };
  const prose = new Map<Element, number>();
  let seen = 0;
  for (const p of pass.paragraphs) {
    if (++seen % PARAGRAPHS_PER_STEP === 0) yield;
    const holder = p.loose ? p.el : p.el.parentElement;
    if (holder === null || isExcluded(p.el)) continue;
    prose.set(holder, (prose.get(holder) ?? 0) + p.text);
    // As in Readability, the holder's parent gets half: a body whose paragraphs each sit in a
    // wrapper of their own is one block, not many small ones.
    const grand = holder.parentElement;
    if (grand !== null && grand !== top.parentElement) prose.set(grand, (prose.get(grand) ?? 0) + p.text / 2);
  }
  let best: TextBlock | null = null;
  for (const [el, chars] of prose) {
    const s = pass.stats.get(el);
    const weighted = s === undefined ? 0 : chars * (1 - linkDensity(s));
    if (best !== null && weighted <= best.prose) continue;
    if (looksLikeConsent(textUpTo(el, MAX_CONSENT_CHARS + 1))) continue;
    best = { el, prose: weighted };
  }
  return best;
}
