/**
 * Bodies a CMS splits into several blocks styled alike (figures, ads or newsletter boxes sit
 * between them), each wrapped in layout boxes of its own. The scored winner is one block; its
 * continuations are the siblings of its outermost own wrapper that carry the same tag and class.
 */
import type { Scored } from './article-candidates';
import { MIN_CHARS_PER_LINKED_HEADING } from './article-decision';
import type { ElementStats, StatsPass } from './article-stats';

/** A wrapper adding less text than this share (plus a few labels) to its child is the same box. */
const WRAPPER_EXTRA_SHARE = 0.1;
const WRAPPER_EXTRA_CHARS = 60;
/** Wrappers climbed at most; deeper nesting than this is page layout, not the body's own. */
const MAX_WRAPPER_LEVELS = 6;
/** A continuation block needs at least this share of the winner's score somewhere inside it. */
const MIN_CHUNK_SCORE_SHARE = 0.1;
/** Continuation blocks are prose: little link text, most of their text in paragraphs. */
const MAX_CHUNK_LINK_SHARE = 0.25;
const MIN_CHUNK_PROSE_SHARE = 0.5;
/** Elements that end the climb: the body's own boundaries. */
const BOUNDARY_TAGS = new Set(['ARTICLE', 'MAIN', 'BODY', 'HTML']);

function isWrapperOf(parent: ElementStats, child: ElementStats): boolean {
  return parent.text <= child.text * (1 + WRAPPER_EXTRA_SHARE) + WRAPPER_EXTRA_CHARS;
}

function styleKey(el: Element): string | null {
  const cls = el.getAttribute('class')?.trim() ?? '';
  return cls.length === 0 ? null : `${el.tagName} ${cls}`;
}

function bestScoreInside(el: Element, scores: Map<Element, number>): number {
  let best = 0;
  for (const [candidate, score] of scores) {
    if (score > best && el.contains(candidate)) best = score;
  }
  return best;
}

function isContinuation(sib: Element, top: Scored, scores: Map<Element, number>, pass: StatsPass): boolean {
  const s = pass.stats.get(sib);
  if (s === undefined || s.paraText === 0) return false;
  // Another story, or a box of teasers, is never a continuation.
  if (s.articles > 0 || s.paraText < s.linkedHeadings * MIN_CHARS_PER_LINKED_HEADING) return false;
  if (sib.getElementsByTagName('h1').length > 0) return false;
  if (s.link > s.text * MAX_CHUNK_LINK_SHARE || s.paraText < s.text * MIN_CHUNK_PROSE_SHARE) return false;
  return bestScoreInside(sib, scores) >= top.score * MIN_CHUNK_SCORE_SHARE;
}

/** The winner's outermost wrapper plus its same-styled continuations, or null when there are none. */
export function findChunks(top: Scored, scores: Map<Element, number>, pass: StatsPass): Element[] | null {
  let cur = top.el;
  for (let level = 0; level <= MAX_WRAPPER_LEVELS; level++) {
    const key = styleKey(cur);
    const parent = cur.parentElement;
    if (parent === null) return null;
    if (key !== null) {
      const chunks: Element[] = [];
      for (let sib = parent.firstElementChild; sib !== null; sib = sib.nextElementSibling) {
        if (sib === cur || (styleKey(sib) === key && isContinuation(sib, top, scores, pass))) chunks.push(sib);
      }
      if (chunks.length > 1) return chunks;
    }
    const ps = pass.stats.get(parent);
    const cs = pass.stats.get(cur);
    if (BOUNDARY_TAGS.has(cur.tagName) || BOUNDARY_TAGS.has(parent.tagName)) return null;
    if (ps === undefined || cs === undefined || !isWrapperOf(ps, cs)) return null;
    cur = parent;
  }
  return null;
}
