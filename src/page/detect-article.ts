/**
 * Finds the live element(s) holding a page's article body, or decides the page is not an
 * article. Works on the live document (never a copy) so the caller can paint the nodes it gets.
 */
import {
  bestCandidate, closestArticle, gatherSiblings, microdataRoots, preferHeadlineStory, scoreCandidates, sumStat,
} from './article-candidates';
import { findChunks } from './article-chunks';
import { textUpTo } from './article-hints';
import { MIN_CHARS_PER_LINKED_HEADING, isArticleBody } from './article-decision';
import { implausibility, largestTextBlock, type TextBlock } from './article-fallback';
import { findLead } from './article-lead';
import { DEFAULT_TUNING, type DetectionTuning } from './article-tuning';
import { matchDeclaredBodySteps, type DeclaredBodyMatch } from './article-jsonld-body';
import { readArticleMetadataSteps, type ArticleMetadata } from './article-metadata';
import { computeStatsSteps, type StatsPass } from './article-stats';
import { runAtOnce, type Steps } from './work-slices';

export interface ArticleDetection {
  /** Live elements holding the body, in document order. */
  roots: Element[];
  headline: Element | null;
  title: string | null;
  /** Year of publication from the page's metadata, so "this year" in the text can be dated. */
  publishedYear: number | null;
  /** The publication date to the day (ISO `YYYY-MM-DD`) when the page gives it, for facts that change over time. */
  publishedDate: string | null;
  /** Which evidence decided, for diagnostics and the benchmark. */
  signals: string[];
}

/** A headline further above the body than this many ancestors belongs to something else. */
const HEADLINE_MAX_LEVELS = 5;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;
const CJK_SAMPLE_CHARS = 400;

function isBefore(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4) !== 0;
}

/** The last visible h1 before (or inside) the body, if it shares a near ancestor with it. */
function findHeadline(doc: Document, first: Element, pass: StatsPass): Element | null {
  let best: Element | null = null;
  for (const h of doc.getElementsByTagName('h1')) {
    if ((pass.stats.get(h)?.text ?? 0) === 0) continue;
    if (first.contains(h) || isBefore(h, first)) best = h;
    else break;
  }
  if (best === null) return null;
  let anc: Element | null = first;
  for (let level = 0; anc !== null && level <= HEADLINE_MAX_LEVELS; level++, anc = anc.parentElement) {
    if (anc.contains(best)) return best;
  }
  return null;
}

function firstHeadline(doc: Document, pass: StatsPass): Element | null {
  for (const h of doc.getElementsByTagName('h1')) {
    if ((pass.stats.get(h)?.text ?? 0) > 0) return h;
  }
  return null;
}

function textOf(el: Element | null): string | null {
  const text = el?.textContent.replace(/\s+/g, ' ').trim();
  return text !== undefined && text.length > 0 ? text : null;
}

function isCjk(roots: readonly Element[]): boolean {
  const first = roots[0];
  const sample = (first === undefined ? '' : textUpTo(first, CJK_SAMPLE_CHARS * 2)).replace(/\s+/g, '');
  const cjk = sample.slice(0, CJK_SAMPLE_CHARS).match(CJK)?.length ?? 0;
  return cjk > Math.min(sample.length, CJK_SAMPLE_CHARS) * 0.3;
}

function insideArticleElement(el: Element, doc: Document): boolean {
  return closestArticle(el) !== null && doc.getElementsByTagName('article').length <= 3;
}

/** Roots holding less than this share of what the declared body's element holds missed the story. */
const MIN_DECLARED_COVERAGE = 0.8;
/** A single root this much larger than the declared body's element, holding no more of it, is too wide. */
const MAX_DECLARED_OVERSIZE = 1.5;
const NARROWING_COVERAGE = 0.95;

/**
 * The declared body's live element, when the scored roots miss much of it (another story won)
 * or wrap it loosely; null when the roots already agree with it.
 */
function preferDeclaredBody(roots: readonly Element[], declared: DeclaredBodyMatch): Element[] | null {
  const located = declared.located;
  const locatedHits = declared.hitsIn(located);
  let covered = 0;
  for (const r of roots) covered += declared.hitsIn(r);
  if (covered < locatedHits * MIN_DECLARED_COVERAGE) return [located];
  const only = roots.length === 1 ? roots[0] : undefined;
  if (
    only !== undefined && only !== located && only.contains(located) &&
    locatedHits >= covered * NARROWING_COVERAGE &&
    declared.triplesIn(only) > declared.triplesIn(located) * MAX_DECLARED_OVERSIZE
  ) {
    return [located];
  }
  return null;
}

interface Located {
  roots: Element[];
  signals: string[];
  /** The page's microdata or JSON-LD text marks these roots as the article body. */
  marked: boolean;
}

/** The density method: the best-scored container, widened to its continuations, checked against markup. */
function* locateByDensity(body: HTMLElement, meta: ArticleMetadata, pass: StatsPass, pageHeadline: Element | null): Steps<Located | null> {
  const scores = yield* scoreCandidates(pass, body, pageHeadline);
  const best = bestCandidate(scores);
  if (best === null) return null;
  const top = preferHeadlineStory(best, scores, pageHeadline);
  const signals: string[] = [];
  const chunks = findChunks(top, scores, pass);
  let roots = chunks ?? gatherSiblings(top, scores, pass);
  if (chunks !== null) signals.push(`density+${chunks.length - 1}chunks`);
  else signals.push(roots.length > 1 ? `density+${roots.length - 1}siblings` : 'density');
  if (top !== best) signals.push('h1-story');
  let marked = false;
  const microdata = microdataRoots(roots, pass);
  if (microdata !== null) {
    roots = microdata;
    marked = true;
    signals.push('itemprop-articleBody');
  }
  if (meta.jsonLdBody !== null) {
    yield;
    const declared = yield* matchDeclaredBodySteps(body, meta.jsonLdBody);
    const preferred = declared === null ? null : preferDeclaredBody(roots, declared);
    if (preferred !== null) {
      roots = preferred;
      marked = true;
      signals.push('json-ld-articleBody');
    }
  }
  return roots.length === 0 ? null : { roots, signals, marked };
}

/** Ancestors checked for a list of teasers around a fallback block. */
const TEASER_LIST_LEVELS = 2;

/** A block of prose that is one entry in a list of teasers (linked headings over short snippets). */
function isListedTeaser(el: Element, pass: StatsPass): boolean {
  let cur = el.parentElement;
  for (let level = 0; cur !== null && level < TEASER_LIST_LEVELS; level++, cur = cur.parentElement) {
    const s = pass.stats.get(cur);
    if (s !== undefined && s.linkedHeadings >= 3 && s.paraText < s.linkedHeadings * MIN_CHARS_PER_LINKED_HEADING) return true;
    if (s !== undefined && s.articles > 3 && s.articleParaText > s.paraText / 2) return true;
  }
  return false;
}

/** Why the density answer should get a second opinion, or null when it stands. */
function reasonToDoubt(located: Located | null, block: TextBlock | null, pass: StatsPass, tuning: DetectionTuning): string | null {
  if (located === null) return 'none';
  const implausible = implausibility(located.roots);
  if (implausible !== null) return implausible;
  // Roots the page's own markup declares are not outvoted by a longer block elsewhere.
  if (located.marked || block === null || located.roots.some((r) => r.contains(block.el))) return null;
  return sumStat(located.roots, pass, 'paraText') < block.prose * tuning.minMainBlockShare ? 'minor' : null;
}

function decide(
  doc: Document, located: Located, meta: ArticleMetadata, pass: StatsPass, tuning: DetectionTuning,
): ArticleDetection | null {
  let roots = located.roots;
  const signals = [...located.signals];
  const first = roots[0];
  if (first === undefined) return null;
  const headline = findHeadline(doc, first, pass);
  const story = closestArticle(first);
  const inArticle = insideArticleElement(first, doc);
  if (meta.jsonLdArticle) signals.push('json-ld');
  if (meta.ogArticle) signals.push('og:article');
  if (headline !== null) signals.push('h1');
  if (inArticle) signals.push('<article>');
  const metaClaims = Number(meta.jsonLdArticle) + Number(meta.ogArticle) + Number(located.marked);
  const claims = metaClaims + Number(headline !== null) + Number(inArticle);
  // The page's one `<article>` holding the headline is as good a declaration as microdata.
  const headlineStory = inArticle && story !== null && headline !== null && story.contains(headline);
  const evidence = {
    paraText: sumStat(roots, pass, 'paraText'),
    paras: sumStat(roots, pass, 'paras'),
    articles: sumStat(roots, pass, 'articles'),
    articleParaText: sumStat(roots, pass, 'articleParaText'),
    linkedHeadings: sumStat(roots, pass, 'linkedHeadings'),
    rootIsArticle: roots.length === 1 && first.tagName === 'ARTICLE',
    claims,
    metaClaims,
    declared: located.marked || headlineStory,
    cjk: isCjk(roots),
  };
  if (!isArticleBody(evidence, tuning.minDeclaredChars)) return null;
  const lead = findLead(first, headline, pass);
  if (lead.length > 0) {
    roots = [...lead, ...roots];
    signals.push('lead');
  }
  const title = textOf(headline) ?? meta.jsonLdHeadline ?? meta.ogTitle ?? (doc.title.trim() || null);
  return { roots, headline, title, publishedYear: meta.publishedYear, publishedDate: meta.publishedDate, signals };
}

export function detectArticle(doc: Document, tuning: DetectionTuning = DEFAULT_TUNING): ArticleDetection | null {
  return runAtOnce(detectArticleSteps(doc, tuning));
}

/** `detectArticle` as steps, for a tab to run in slices. */
export function* detectArticleSteps(doc: Document, tuning: DetectionTuning = DEFAULT_TUNING): Steps<ArticleDetection | null> {
  // The DOM typings say `body` is always there; a document without one has null.
  const body = doc.body as HTMLElement | null;
  if (body === null) return null;
  const meta = yield* readArticleMetadataSteps(doc);
  const pass = yield* computeStatsSteps(body);
  const pageHeadline = firstHeadline(doc, pass);
  const located = yield* locateByDensity(body, meta, pass, pageHeadline);
  const block = yield* largestTextBlock(pass, body);
  const doubt = reasonToDoubt(located, block, pass, tuning);
  yield;
  const first = doubt === null && located !== null ? decide(doc, located, meta, pass, tuning) : null;
  if (first !== null || block === null) return first;
  // The second opinion: the page's largest block of prose, judged by the same evidence.
  if ((located !== null && located.roots.some((r) => r === block.el)) || isListedTeaser(block.el, pass)) return null;
  yield;
  return decide(doc, { roots: [block.el], signals: [`fallback:${doubt ?? 'rejected'}`], marked: false }, meta, pass, tuning);
}

/**
 * The reader's call on a page Footnote declined ("Annotate this page anyway"): the page's largest
 * block of prose, whatever the evidence says about it; null only when the page has no prose at all.
 */
export function detectLargestBlock(doc: Document): ArticleDetection | null {
  return runAtOnce(detectLargestBlockSteps(doc));
}

/** `detectLargestBlock` as steps, for a tab to run in slices. */
export function* detectLargestBlockSteps(doc: Document): Steps<ArticleDetection | null> {
  // The DOM typings say `body` is always there; a document without one has null.
  const body = doc.body as HTMLElement | null;
  if (body === null) return null;
  const meta = yield* readArticleMetadataSteps(doc);
  const pass = yield* computeStatsSteps(body);
  const block = yield* largestTextBlock(pass, body);
  if (block === null) return null;
  const headline = findHeadline(doc, block.el, pass);
  const title = textOf(headline) ?? meta.jsonLdHeadline ?? meta.ogTitle ?? (doc.title.trim() || null);
  return {
    roots: [block.el], headline, title, publishedYear: meta.publishedYear, publishedDate: meta.publishedDate, signals: ['reader-chose'],
  };
}
