/**
 * A standfirst or intro set between the headline and the body in a box of its own (a header
 * block, a "dek" above the lead image). Density scoring rewards the body's many paragraphs and
 * leaves it behind; it is part of the article all the same.
 */
import { isProse, linkDensity } from './article-candidates';
import { looksEmbedded } from './article-hints';
import type { Paragraph, StatsPass } from './article-stats';

/** Siblings looked at before giving up, and ancestor levels climbed from the body. */
const MAX_SIBLINGS_BACK = 3;
const MAX_LEVELS_UP = 2;
/** A lead is one or two paragraphs; a box with more is something else (another story, a list). */
const MAX_LEAD_PARAGRAPHS = 2;
const MAX_LEAD_CHARS = 700;
const MIN_LEAD_CHARS = 60;
const MAX_LEAD_LINK_SHARE = 0.25;
/** Boxes between headline and body that never hold the lead. */
const NOT_LEAD_TAGS = new Set(['FIGURE', 'FIGCAPTION', 'ASIDE', 'NAV', 'FORM', 'H1', 'ADDRESS', 'TIME']);
const NOT_LEAD_HINT = /(?:^|[^a-z])(?:byline|author|dateline|date|time|meta|caption|credit|share|tags?|breadcrumbs?|signup|newsletter|promo|video)|(?:signup|newsletter|promo|video)/;

/** Names CMSs give the standfirst; a lead box named otherwise must follow the headline directly. */
const LEAD_HINT = /(?:^|[^a-z])(?:standfirst|dek|summary|lede|lead|intro|subtitle|sub-?head(?:line)?|strapline|excerpt|description|deck|abstract)(?:[^a-z]|$)|standfirst|subheadline|articlesummary/;
/** Boxes between headline and body that sell something rather than introduce the story. */
const PROMO_TEXT = /\b(?:sign up|subscribe|newsletter|alerts?|download|follow us|chat with us|delivered|our app|watch|video)\b/i;

function hintsOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id}`.toLowerCase();
}

/** Named as a standfirst somewhere between the paragraph and its box. */
function namedLead(el: Element, box: Element): boolean {
  for (let cur: Element | null = el; cur !== null; cur = cur.parentElement) {
    if (LEAD_HINT.test(hintsOf(cur))) return true;
    if (cur === box) break;
  }
  return false;
}

/** The first element after the headline that shows text. */
function nextShown(headline: Element, pass: StatsPass): Element | null {
  for (let sib = headline.nextElementSibling; sib !== null; sib = sib.nextElementSibling) {
    if ((pass.stats.get(sib)?.text ?? 0) > 0) return sib;
  }
  return null;
}

function isBefore(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4) !== 0;
}

function rejectsLead(el: Element): boolean {
  if (NOT_LEAD_TAGS.has(el.tagName) || looksEmbedded(el)) return true;
  return NOT_LEAD_HINT.test(hintsOf(el));
}

function insideRejected(el: Element, box: Element): boolean {
  for (let cur: Element | null = el; cur !== null && cur !== box; cur = cur.parentElement) {
    if (rejectsLead(cur)) return true;
  }
  return rejectsLead(box);
}

/** The lead paragraphs inside `box` after the headline, or null when `box` holds none (or too much). */
function leadIn(box: Element, headline: Element, pass: StatsPass, paragraphOf: ReadonlyMap<Element, Paragraph>): Element[] | null {
  const found: Element[] = [];
  let chars = 0;
  // The box's own paragraphs, in document order (one that is not loose holds no other), found
  // from the box: a body of thousands of paragraphs is not walked for every box before it.
  for (const el of [box, ...box.getElementsByTagName('*')]) {
    const p = paragraphOf.get(el);
    if (p === undefined || !isBefore(headline, p.el)) continue;
    if (insideRejected(p.el, box)) continue;
    const s = pass.stats.get(p.el);
    if (s === undefined || linkDensity(s) > MAX_LEAD_LINK_SHARE) return null;
    found.push(p.el);
    chars += p.text;
  }
  if (found.length === 0 || found.length > MAX_LEAD_PARAGRAPHS || chars > MAX_LEAD_CHARS || chars < MIN_LEAD_CHARS) return null;
  const next = nextShown(headline, pass);
  const placed = (el: Element): boolean => namedLead(el, box) || (next !== null && (next === el || next.contains(el)));
  const reads = (el: Element): boolean => isProse(el.textContent) && !PROMO_TEXT.test(el.textContent);
  return found.every((el) => placed(el) && reads(el)) ? found : null;
}

/** Lead paragraphs to put before `first`, the body's first root, or an empty list. */
export function findLead(first: Element, headline: Element | null, pass: StatsPass): Element[] {
  if (headline === null || first.contains(headline)) return [];
  const paragraphOf = new Map<Element, Paragraph>();
  for (const p of pass.paragraphs) if (!p.loose) paragraphOf.set(p.el, p);
  let cur: Element | null = first;
  for (let level = 0; cur !== null && level <= MAX_LEVELS_UP; level++, cur = cur.parentElement) {
    let sib = cur.previousElementSibling;
    for (let back = 0; sib !== null && back < MAX_SIBLINGS_BACK; back++, sib = sib.previousElementSibling) {
      const s = pass.stats.get(sib);
      if (s === undefined || s.text === 0 || (sib !== headline && rejectsLead(sib))) continue;
      const holdsHeadline = sib === headline || sib.contains(headline);
      if (!holdsHeadline && !isBefore(headline, sib)) return [];
      const lead = leadIn(sib, headline, pass, paragraphOf);
      if (lead !== null) return lead;
      // The lead sits between the headline and the body: nothing before the headline counts.
      if (holdsHeadline || s.paras > MAX_LEAD_PARAGRAPHS) return [];
    }
  }
  return [];
}
