/**
 * Density scoring of body candidates: every run of prose scores its container and, less, the
 * containers above it; link-heavy containers lose their score; class/id hints nudge. The winner
 * is widened to the siblings that continue it.
 */
import { classWeight } from './article-hints';
import type { ElementStats, Paragraph, StatsPass } from './article-stats';

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

function hasUnlikelyHint(el: Element): boolean {
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

export function linkDensity(s: ElementStats): number {
  return s.text === 0 ? 0 : s.link / s.text;
}

/** Scores of every container that holds prose, inside `top` (exclusive of furniture). */
export function scoreCandidates(pass: StatsPass, top: Element): Map<Element, number> {
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
  for (const p of pass.paragraphs) {
    if (insideUnlikely(p.el)) continue;
    const score = paragraphScore(p);
    let anc = p.loose ? p.el : p.el.parentElement;
    for (let level = 0; anc !== null && level < SCORE_LEVELS; level++) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(anc, (scores.get(anc) ?? initialScore(anc)) + score / divider);
      if (anc === top) break;
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
    if (sib.tagName === 'P' && s.paras > 0) {
      const density = linkDensity(s);
      if ((s.text > 80 && density < 0.25) || (density === 0 && SENTENCE_END.test(sib.textContent ?? ''))) {
        roots.push(sib);
      }
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
export function microdataRoots(doc: Document, scored: Element[], pass: StatsPass): Element[] | null {
  const marked = [...doc.querySelectorAll('[itemprop~="articleBody"], [itemprop~="articlebody"]')].filter(
    (el, _i, all) => pass.stats.has(el) && !all.some((other) => other !== el && other.contains(el)),
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
