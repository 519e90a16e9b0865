/**
 * Density scoring of body candidates: every run of prose scores its container and, less, the
 * containers above it; link-heavy containers lose their score; class/id hints nudge. The winner
 * is widened to the siblings that continue it.
 */
import { classWeight, looksEmbedded } from './article-hints';
import { isParagraphLike, type ElementStats, type Paragraph, type StatsPass } from './article-stats';
import type { Steps } from './work-slices';

export interface Scored {
  el: Element;
  score: number;
}

/** Propagating a paragraph's score further up than this many levels rewards page wrappers. */
const SCORE_LEVELS = 5;

const UNLIKELY_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER']);
const UNLIKELY_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'dialog']);
const UNLIKELY_HINT =
  /(?:^|[^a-z])(?:comments?|comment-list|disqus|footer|sidebar|related|share|sharing|social|newsletter|menu|navigation|navbar|promo|banner|masthead|breadcrumbs?|popup|modal|cookie|outbrain|taboola|recirc|most-?read|most-?popular|trending|recommended|sponsored|skip-?link)(?:[^a-z]|$)/;
const KEEP_HINT = /article|body|content|main|story|entry|post|text/;

function initialScore(el: Element): number {
  let score = classWeight(el);
  switch (el.tagName) {
    case 'DIV': case 'ARTICLE': case 'SECTION': case 'MAIN': score += 5; break;
    case 'PRE': case 'TD': case 'BLOCKQUOTE': score += 3; break;
    case 'OL': case 'UL': case 'DL': case 'DD': case 'DT': case 'LI': case 'FORM': score -= 3; break;
    case 'H1': case 'H2': case 'H3': case 'H4': case 'H5': case 'H6': case 'TH': score -= 5; break;
  }
  return score;
}

/** Share of the page's prose above which a furniture-named wrapper is kept anyway. */
const MAJORITY_SHARE = 0.5;
const COMMENT_HINT = /comment|disqus|replies/;

function hintsOf(el: Element): string {
  return ((el.getAttribute('class') ?? '') + ' ' + el.id).toLowerCase();
}

export function hasUnlikelyHint(el: Element): boolean {
  if (UNLIKELY_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  if (role !== null && UNLIKELY_ROLES.has(role)) return true;
  const hints = hintsOf(el);
  return hints.length > 2 && UNLIKELY_HINT.test(hints) && !KEEP_HINT.test(hints);
}

function paragraphScore(p: Paragraph): number {
  const perParagraph = p.text / p.count;
  return p.count * (1 + Math.min(Math.floor(perParagraph / 100), 3)) + Math.min(p.commas, 10 * p.count);
}

/**
 * An `<article>` next to (or inside a box of) other `<article>`s is one story among several: its
 * prose must not make the box holding them all look like one long story.
 */
function isOneOfSeveralArticles(el: Element, pass: StatsPass): boolean {
  if (el.tagName !== 'ARTICLE') return false;
  const parent = el.parentElement;
  if (parent === null) return false;
  return (pass.stats.get(parent)?.articles ?? 0) > (pass.stats.get(el)?.articles ?? 0);
}

export function linkDensity(s: ElementStats): number {
  return s.text === 0 ? 0 : s.link / s.text;
}

/**
 * Scores of every container that holds prose, inside `top` (exclusive of furniture). When the
 * page's headline sits in an `<article>`, the stories are `<article>`s and each scores alone;
 * otherwise (a live blog's updates under one headline) articles add up in their container.
 */
/** Paragraphs scored between two yields. */
const PARAGRAPHS_PER_STEP = 512;

export function* scoreCandidates(pass: StatsPass, top: Element, headline: Element | null): Steps<Map<Element, number>> {
  const storiesAreArticles = headline !== null && closestArticle(headline) !== null;
  const scores = new Map<Element, number>();
  const unlikelyCache = new Map<Element, boolean>();
  // A layout wrapper named after its sidebar still holds the body when it holds most of the prose.
  const majority = (pass.stats.get(top)?.paraText ?? 0) * MAJORITY_SHARE;
  const isUnlikely = (el: Element): boolean => {
    if (!hasUnlikelyHint(el)) return false;
    return (pass.stats.get(el)?.paraText ?? 0) < majority || COMMENT_HINT.test(hintsOf(el));
  };
  const insideUnlikely = (el: Element): boolean => {
    const chain: Element[] = [];
    let result = false;
    for (let cur: Element | null = el; cur !== null && cur !== top; cur = cur.parentElement) {
      const cached = unlikelyCache.get(cur);
      if (cached !== undefined) {
        result = cached;
        break;
      }
      chain.push(cur);
      if (isUnlikely(cur)) {
        result = true;
        break;
      }
    }
    for (const c of chain) unlikelyCache.set(c, result);
    return result;
  };
  let seen = 0;
  for (const p of pass.paragraphs) {
    if (++seen % PARAGRAPHS_PER_STEP === 0) yield;
    if (insideUnlikely(p.el)) continue;
    const score = paragraphScore(p);
    let anc = p.loose ? p.el : p.el.parentElement;
    for (let level = 0; anc !== null && level < SCORE_LEVELS; level++) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(anc, (scores.get(anc) ?? initialScore(anc)) + score / divider);
      if (anc === top || (storiesAreArticles && isOneOfSeveralArticles(anc, pass))) break;
      anc = anc.parentElement;
    }
  }
  for (const [el, score] of scores) {
    const s = pass.stats.get(el);
    // Class and tag hints may at most double what the prose itself earned.
    const base = initialScore(el);
    const prose = score - base;
    const hinted = prose + Math.min(base, prose);
    scores.set(el, s === undefined ? 0 : hinted * (1 - linkDensity(s)));
  }
  return scores;
}

export function bestCandidate(scores: Map<Element, number>): Scored | null {
  let best: Scored | null = null;
  for (const [el, score] of scores) {
    if (best === null || score > best.score) best = { el, score };
  }
  return best;
}

/** `el.closest('article')` without a selector engine (slow outside browsers). */
export function closestArticle(el: Element): Element | null {
  for (let cur: Element | null = el; cur !== null; cur = cur.parentElement) {
    if (cur.tagName === 'ARTICLE') return cur;
  }
  return null;
}

/** A story holding the headline wins over a better-scored one when it scores at least this share. */
const HEADLINE_STORY_SHARE = 0.5;

/**
 * Among several `<article>` stories of similar weight (a short post above a rail of teaser
 * posts), the one holding the page's headline is the page's story.
 */
export function preferHeadlineStory(top: Scored, scores: Map<Element, number>, headline: Element | null): Scored {
  const story = headline === null ? null : closestArticle(headline);
  if (story === null || story.contains(top.el) || top.el.contains(story)) return top;
  let best: Scored | null = null;
  for (const [el, score] of scores) {
    if (story.contains(el) && (best === null || score > best.score)) best = { el, score };
  }
  return best !== null && best.score >= top.score * HEADLINE_STORY_SHARE ? best : top;
}

/** Words a run of text needs to read as a sentence rather than a label, URL or date. */
const MIN_PROSE_WORDS = 10;
const CJK_FULL_STOP = /[。！？]/;

export function isProse(text: string): boolean {
  if (CJK_FULL_STOP.test(text)) return true;
  let words = 0;
  for (const _ of text.matchAll(/\S+/g)) if (++words >= MIN_PROSE_WORDS) return true;
  return false;
}

const SENTENCE_END = /[.!?。！？]["'”’»)]?\s*$/;

/** Siblings of the winner that continue the body (split by ads, or paragraphs set loose). */
export function gatherSiblings(top: Scored, scores: Map<Element, number>, pass: StatsPass): Element[] {
  const parent = top.el.parentElement;
  if (parent === null) return [top.el];
  const threshold = Math.max(10, top.score * 0.2);
  const roots: Element[] = [];
  for (let sib = parent.firstElementChild; sib !== null; sib = sib.nextElementSibling) {
    if (sib === top.el) {
      roots.push(sib);
      continue;
    }
    const s = pass.stats.get(sib);
    if (s === undefined || s.text === 0) continue;
    // A sibling `<article>` is another story (a stream, a teaser), never a continuation.
    if (s.articles > 0) continue;
    if ((scores.get(sib) ?? 0) >= threshold) {
      roots.push(sib);
      continue;
    }
    if (s.paras === 0) continue;
    const density = linkDensity(s);
    if (sib.tagName === 'P') {
      if ((s.text > 80 && density < 0.25) || (density === 0 && SENTENCE_END.test(sib.textContent))) {
        roots.push(sib);
      }
    } else if (
      isParagraphLike(sib, s) && s.text > 80 && density < 0.25 && classWeight(sib) >= 0 && !looksEmbedded(sib) &&
      isProse(sib.textContent)
    ) {
      // A standfirst or lead set in its own styled box next to the body.
      roots.push(sib);
    }
  }
  return roots;
}

function contains(outer: Element, inner: Element): boolean {
  return outer === inner || outer.contains(inner);
}

export function sumStat(roots: readonly Element[], pass: StatsPass, key: keyof Omit<ElementStats, 'blockChild'>): number {
  let total = 0;
  for (const r of roots) total += pass.stats.get(r)?.[key] ?? 0;
  return total;
}

/** The microdata body, when it holds about as much prose as the scored winner. */
export function microdataRoots(scored: Element[], pass: StatsPass): Element[] | null {
  const marked = pass.microdataBodies.filter(
    (el, _i, all) => !all.some((other) => other !== el && other.contains(el)),
  );
  if (marked.length === 0) return null;
  const markedText = sumStat(marked, pass, 'paraText');
  const scoredText = sumStat(scored, pass, 'paraText');
  if (markedText < 200) return null;
  const enclosesScored = scored.every((r) => marked.some((m) => contains(m, r)));
  const insideScored = marked.every((m) => scored.some((r) => contains(r, m)));
  if (enclosesScored && markedText <= scoredText * 1.5 + 400) return marked;
  if (insideScored && markedText >= scoredText * 0.6) return marked;
  if (markedText >= scoredText * 0.8) return marked;
  return null;
}
