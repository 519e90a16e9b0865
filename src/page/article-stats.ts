/**
 * One bottom-up pass over a subtree computing, per element, how much visible text, link text
 * and paragraph text it holds. Everything the detector scores is read from these numbers, so
 * the document is walked exactly once.
 */
import { BLOCK_TAGS, SKIPPED_TAGS, isHiddenElement, isOwnOrEditable } from './article-hints';
import { runAtOnce, type Steps } from './work-slices';

export interface ElementStats {
  /** Characters of text (whitespace at the ends of text nodes ignored). */
  text: number;
  /** Characters of text inside links. */
  link: number;
  commas: number;
  /** Characters in paragraph-like blocks with little link text. */
  paraText: number;
  /** Number of such paragraphs. */
  paras: number;
  /** `<article>` elements inside (this one included). */
  articles: number;
  /** Paragraph text inside nested `<article>`s (this one excluded). */
  articleParaText: number;
  /** Headings whose text is a link (the teaser signature). */
  linkedHeadings: number;
  /** Has a block-level child element. */
  blockChild: boolean;
}

/** A run of prose: a paragraph-like block, or text set loose between an element's blocks. */
export interface Paragraph {
  el: Element;
  text: number;
  commas: number;
  /** Estimated paragraphs in the run (text split by pairs of `<br>` counts as several). */
  count: number;
  /** Loose text belongs to `el` itself rather than to a child paragraph of it. */
  loose: boolean;
}

export interface StatsPass {
  stats: Map<Element, ElementStats>;
  /** Runs of prose (post-order: a container's loose text follows its children's paragraphs). */
  paragraphs: Paragraph[];
  /** Visible elements marked `itemprop=articleBody` (post-order). */
  microdataBodies: Element[];
}

const ARTICLE_BODY_ITEMPROP = /(?:^|\s)articlebody(?:\s|$)/i;

/** A paragraph shorter than this is a label, not prose. */
const MIN_PARAGRAPH_CHARS = 25;
/** Paragraphs with more link text than this share are link lists. */
const MAX_PARAGRAPH_LINK_SHARE = 0.33;

const PARAGRAPH_TAGS = new Set(['P', 'PRE', 'TD', 'BLOCKQUOTE']);
const INLINE_PARAGRAPH_TAGS = new Set(['DIV', 'SECTION', 'ARTICLE', 'SPAN', 'FONT', 'CENTER']);
/** Inline wrappers around blocks are not containers of loose prose. */
const INLINE_TAGS = new Set(['A', 'SPAN', 'FONT', 'B', 'STRONG', 'EM', 'I', 'U', 'SMALL', 'LABEL']);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

function textLength(data: string): number {
  let start = 0;
  let end = data.length;
  while (start < end && data.charCodeAt(start) <= 32) start++;
  while (end > start && data.charCodeAt(end - 1) <= 32) end--;
  return end - start;
}

function countCommas(data: string): number {
  let count = 0;
  for (let i = data.indexOf(','); i !== -1; i = data.indexOf(',', i + 1)) count++;
  for (let i = data.indexOf('，'); i !== -1; i = data.indexOf('，', i + 1)) count++;
  return count;
}

/** Some sites set whole paragraphs in heading tags; real headings are rarely this long. */
const MIN_PROSE_HEADING_CHARS = 120;

export function isParagraphLike(el: Element, s: ElementStats): boolean {
  const tag = el.tagName;
  if (s.blockChild) return false;
  if (PARAGRAPH_TAGS.has(tag) || INLINE_PARAGRAPH_TAGS.has(tag)) return true;
  return HEADING_TAGS.has(tag) && tag !== 'H1' && s.text >= MIN_PROSE_HEADING_CHARS;
}

interface Frame {
  readonly el: Element;
  readonly s: ElementStats;
  readonly isLink: boolean;
  /** The next child to visit. */
  child: ChildNode | null;
  inlineText: number;
  inlineLink: number;
  inlineCommas: number;
  breaks: number;
}

/** Elements visited between two yields of `computeStatsSteps`. */
const ELEMENTS_PER_STEP = 128;

function newFrame(el: Element, isLink: boolean): Frame {
  const s: ElementStats = {
    text: 0, link: 0, commas: 0, paraText: 0, paras: 0,
    articles: el.tagName === 'ARTICLE' ? 1 : 0, articleParaText: 0, linkedHeadings: 0, blockChild: false,
  };
  return { el, s, isLink: isLink || el.tagName === 'A', child: el.firstChild, inlineText: 0, inlineLink: 0, inlineCommas: 0, breaks: 0 };
}

export function computeStats(root: Element): StatsPass {
  return runAtOnce(computeStatsSteps(root));
}

/**
 * The pass, bottom-up with an explicit stack (a page may nest elements thousands deep), yielding
 * every few elements so a tab can run it in slices.
 */
export function* computeStatsSteps(root: Element): Steps<StatsPass> {
  const stats = new Map<Element, ElementStats>();
  const paragraphs: Paragraph[] = [];
  const microdataBodies: Element[] = [];

  /** Done with `f`'s children: decide whether it is a paragraph, and record it. */
  const finish = (f: Frame): void => {
    const { el, s } = f;
    if (HEADING_TAGS.has(el.tagName) && s.text > 0 && s.link > s.text * 0.5) s.linkedHeadings++;
    const count = Math.max(1, Math.min(1 + (f.breaks >> 1), Math.floor(f.inlineText / 80)));
    if (
      s.paras === 0 && s.text >= MIN_PARAGRAPH_CHARS && isParagraphLike(el, s) &&
      s.link <= s.text * MAX_PARAGRAPH_LINK_SHARE
    ) {
      s.paraText = s.text;
      s.paras = count;
      paragraphs.push({ el, text: s.text, commas: s.commas, count, loose: false });
    } else if (
      s.blockChild && f.inlineText >= MIN_PARAGRAPH_CHARS && f.inlineLink <= f.inlineText * MAX_PARAGRAPH_LINK_SHARE &&
      !INLINE_TAGS.has(el.tagName)
    ) {
      s.paraText += f.inlineText;
      s.paras += count;
      paragraphs.push({ el, text: f.inlineText, commas: f.inlineCommas, count, loose: true });
    }
    stats.set(el, s);
    const itemprop = el.getAttribute('itemprop');
    if (itemprop !== null && ARTICLE_BODY_ITEMPROP.test(itemprop)) microdataBodies.push(el);
  };

  /** Adds a finished child's numbers to its parent's. */
  const merge = (parent: Frame, child: Frame): void => {
    const { s } = parent;
    const cs = child.s;
    const tag = child.el.tagName;
    if (!BLOCK_TAGS.has(tag) && !cs.blockChild && cs.paras === 0) {
      parent.inlineText += cs.text;
      parent.inlineLink += cs.link;
      parent.inlineCommas += cs.commas;
    }
    s.text += cs.text;
    s.link += cs.link;
    s.commas += cs.commas;
    s.paraText += cs.paraText;
    s.paras += cs.paras;
    s.articles += cs.articles;
    s.articleParaText += tag === 'ARTICLE' ? cs.paraText : cs.articleParaText;
    s.linkedHeadings += cs.linkedHeadings;
  };

  const stack: Frame[] = [newFrame(root, false)];
  let visited = 0;
  for (let f = stack.at(-1); f !== undefined; f = stack.at(-1)) {
    let entered: Frame | null = null;
    while (f.child !== null && entered === null) {
      const child = f.child;
      f.child = child.nextSibling;
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        const len = textLength(data);
        if (len === 0) continue;
        const commas = countCommas(data);
        f.s.text += len + 1;
        f.inlineText += len + 1;
        if (f.isLink) {
          f.s.link += len + 1;
          f.inlineLink += len + 1;
        }
        f.s.commas += commas;
        f.inlineCommas += commas;
      } else if (child.nodeType === 1) {
        const c = child as Element;
        const tag = c.tagName;
        if (tag === 'BR') {
          f.breaks++;
          continue;
        }
        if (SKIPPED_TAGS.has(tag) || isHiddenElement(c) || isOwnOrEditable(c)) continue;
        if (BLOCK_TAGS.has(tag)) f.s.blockChild = true;
        entered = newFrame(c, f.isLink);
      }
    }
    if (entered !== null) {
      stack.push(entered);
      if (++visited % ELEMENTS_PER_STEP === 0) yield;
      continue;
    }
    finish(f);
    stack.pop();
    const parent = stack.at(-1);
    if (parent !== undefined) merge(parent, f);
  }
  return { stats, paragraphs, microdataBodies };
}
