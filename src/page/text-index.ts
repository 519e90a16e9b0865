/**
 * The article's plain text with a two-way map to the live DOM: text offsets to Ranges (for
 * painting) and caret positions to text offsets (for hit-testing). Whitespace is collapsed the
 * way rendering collapses it; block boundaries become line breaks so adjacent blocks never join,
 * and the cells of a table row are set apart by a tab.
 */
import {
  BLOCK_TAGS, CELL_TAGS, LINE_TAGS, SKIPPED_TAGS, isHiddenElement, isOwnOrEditable, looksEmbedded,
} from './article-hints';
import { computeStatsSteps, type ElementStats } from './article-stats';
import { MIN_CHARS_PER_LINKED_HEADING } from './article-decision';
import { runAtOnce, type Steps } from './work-slices';

export interface TextIndex {
  text: string;
  rangeFor(start: number, end: number): Range | null;
  offsetOf(node: Node, offset: number): number | null;
}

/** Chars of one text node in the index; `offsets[k]` is the node offset of text char start+k. */
interface Segment {
  node: Text;
  start: number;
  offsets: Uint32Array;
}

/** Elements inside a body that are furniture by tag alone. */
const EXCLUDED_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'HEADER', 'FIGURE', 'FIGCAPTION', 'H1', 'ADDRESS']);
/** Blocks that are mostly links are "read more" lists, tag clouds and share bars. */
const MAX_BLOCK_LINK_SHARE = 0.5;
/** Short blocks are checked for boilerplate wording; long ones are prose. */
const BOILERPLATE_MAX_CHARS = 200;
const BOILERPLATE =
  /^\s*(?:read more|read also|related|see also|more:|also read|recommended|sign up|subscribe|advertisement|photo(?:graph)?s?\s*(?::|by|credit)|image(?::|\s+credit|\s+source)|credits?:|click here|share this|follow us)/i;
/**
 * Blocks are judged by their links; an inline element only when it stands between blocks as a
 * line of its own (a tag list in a `<strong>`). Inside a paragraph or list item an inline link
 * (a bold linked lead-in, a linked name) is part of the sentence around it.
 */
const LINK_LIST_TAGS = new Set(['UL', 'OL', 'DL', 'DIV', 'SECTION', 'P', 'TABLE', 'LI']);
/** Labels that stand alone on a line: furniture whatever element holds them. */
const FURNITURE_LABEL =
  /^\s*(?:advert(?:isement)?|ad|comments?|like this:?|(?:like )?loading\W*|tags:?|share(?: this(?: article| story)?)?:?|print|e-?mail|(?:image|photo|picture|slide) \d+ (?:of|\/) \d+)\s*$/i;
const FURNITURE_LABEL_MAX_CHARS = 40;

/** Containers whose inline children are sentence parts even next to nested blocks. */
const BLOCK_INLINE_PARENTS = new Set(['P', 'LI', 'DD', 'DT', 'TD', 'TH', 'BLOCKQUOTE', 'H2', 'H3', 'H4', 'H5', 'H6']);

const SPACE = 1;
const CELL = 2;
const LINE = 3;
const PARAGRAPH = 4;

function isCollapsible(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 0xa0;
}

/** `itemprop`s that mark a byline, dateline or publisher inside a microdata body. */
const METADATA_ITEMPROP = /^(?:author|creator|publisher|datePublished|dateModified|dateCreated|dateline)$/;

function isLineBoundary(node: Node | null, next: boolean): boolean {
  let n = node;
  while (n !== null && n.nodeType === 3 && textIsBlank((n as Text).data)) n = next ? n.nextSibling : n.previousSibling;
  if (n === null) return true;
  if (n.nodeType !== 1) return n.nodeType !== 3;
  const tag = (n as Element).tagName;
  return tag === 'BR' || BLOCK_TAGS.has(tag);
}

function textIsBlank(data: string): boolean {
  for (let i = 0; i < data.length; i++) if (!isCollapsible(data.charCodeAt(i))) return false;
  return true;
}

/** An inline element with only blocks, line breaks or nothing on either side: a line of its own. */
function standsAlone(el: Element): boolean {
  return isLineBoundary(el.previousSibling, false) && isLineBoundary(el.nextSibling, true);
}

/** Text of a small element without the scripts and styles `textContent` would include. */
function visibleText(el: Element): string {
  let text = '';
  for (let child = el.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 3) text += (child as Text).data;
    else if (child.nodeType === 1 && !SKIPPED_TAGS.has((child as Element).tagName)) text += visibleText(child as Element);
  }
  return text;
}

/** Unlinked words around a single link that make it a sentence rather than a "read more" line. */
const MIN_SENTENCE_CHARS_AROUND_LINK = 40;

/** A paragraph of prose with one long link in it ("... was <a>re-opened earlier this year</a>."). */
function isLinkedSentence(el: Element, s: ElementStats): boolean {
  return s.text - s.link >= MIN_SENTENCE_CHARS_AROUND_LINK && el.getElementsByTagName('a').length === 1;
}

/** Class words of hover cards and tooltips: content the page shows only on hover. */
const HOVER_CARD_CLASS = /(?:^|[\s_-])(?:tooltip|popover|hovercard|hover|popup|bio|block|tip)(?:$|[\s_-])/i;

/**
 * A hover card: `role="tooltip"`, or an element named like one that the page's stylesheet hides,
 * or (where no stylesheet applies, as in a saved page) an inline box right after a link in the
 * same inline wrapper: `<span><a>Name</a><span class="x-block">bio…</span></span>`. The linked
 * name is article text; the bio is not.
 */
function isHoverCard(el: Element): boolean {
  if (el.getAttribute('role') === 'tooltip') return true;
  const cls = el.getAttribute('class');
  if (cls === null || !HOVER_CARD_CLASS.test(cls)) return false;
  const parent = el.parentElement;
  if (el.tagName === 'SPAN' && parent !== null && !BLOCK_TAGS.has(parent.tagName) && el.previousElementSibling?.tagName === 'A') return true;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return style !== undefined && (style.display === 'none' || style.visibility === 'hidden');
}

function isExcluded(el: Element, s: ElementStats | undefined, betweenBlocks: boolean): boolean {
  const tag = el.tagName;
  if (SKIPPED_TAGS.has(tag) || EXCLUDED_TAGS.has(tag)) return true;
  if (isHiddenElement(el) || isOwnOrEditable(el) || isHoverCard(el)) return true;
  if (el.getAttribute('role') === 'complementary' || el.getAttribute('role') === 'navigation') return true;
  if (looksEmbedded(el)) return true;
  const itemprop = el.getAttribute('itemprop');
  if (itemprop !== null && METADATA_ITEMPROP.test(itemprop)) return true;
  if (s === undefined || s.text === 0) return false;
  const block = BLOCK_TAGS.has(tag);
  const line = block || betweenBlocks;
  if ((LINK_LIST_TAGS.has(tag) || betweenBlocks) && s.link > s.text * MAX_BLOCK_LINK_SHARE && !isLinkedSentence(el, s)) {
    return true;
  }
  if (s.link === s.text && tag !== 'LI' && block) return true;
  // Teaser boxes: a snippet, if anything, under each linked headline.
  if (s.linkedHeadings >= 2 && s.paraText < s.linkedHeadings * MIN_CHARS_PER_LINKED_HEADING) return true;
  if (s.blockChild || !line) return false;
  if (s.text < FURNITURE_LABEL_MAX_CHARS && FURNITURE_LABEL.test(visibleText(el))) return true;
  return s.text < BOILERPLATE_MAX_CHARS && block && BOILERPLATE.test(el.textContent);
}

/** Elements walked between two yields of `buildTextIndexSteps`. */
const ELEMENTS_PER_STEP = 128;

/** Where the walk is in one element: its next child, and what it adds around itself when done. */
interface WalkFrame {
  readonly el: Element;
  readonly stats: Map<Element, ElementStats>;
  /** Blocks and inline elements side by side: an inline one between blocks is a line of its own. */
  readonly mixed: boolean;
  /** The separator this element puts after itself (a block's), or 0. */
  readonly after: number;
  child: ChildNode | null;
}

export function buildTextIndex(roots: readonly Element[], maxChars = Number.POSITIVE_INFINITY): TextIndex {
  return runAtOnce(buildTextIndexSteps(roots, maxChars));
}

/**
 * The index as steps, for a tab to run in slices. With `maxChars`, indexing stops once the text
 * reaches that length (nothing past the length recognition reads is ever marked).
 */
export function* buildTextIndexSteps(roots: readonly Element[], maxChars = Number.POSITIVE_INFINITY): Steps<TextIndex> {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let pending = 0;
  // Cells entered in each open table row (a stack, for tables inside cells), and the cell
  // boundaries passed since the last text: an empty cell still takes its tab, so every cell
  // keeps its column.
  const rowCells: number[] = [];
  let owedTabs = 0;
  const enterCell = (): void => {
    const row = rowCells.length - 1;
    if (row < 0) return;
    if ((rowCells[row] ?? 0) > 0) owedTabs++;
    rowCells[row] = (rowCells[row] ?? 0) + 1;
  };

  const separator = (): string => {
    const tabs = '\t'.repeat(owedTabs);
    if (pending === CELL) return tabs === '' ? '\t' : tabs;
    return (pending === PARAGRAPH ? '\n\n' : pending === LINE ? '\n' : ' ') + tabs;
  };

  const addText = (node: Text): void => {
    const data = node.data;
    let out = '';
    // Each char of `out` comes from one of `data`, plus at most one separator before it: a blank
    // line and the tabs of the empty cells passed.
    const offsets = new Uint32Array(data.length + 2 + owedTabs);
    let n = 0;
    const room = maxChars - length;
    for (let i = 0; i < data.length && n < room; i++) {
      const code = data.charCodeAt(i);
      if (isCollapsible(code)) {
        if (pending < SPACE) pending = SPACE;
        continue;
      }
      // At the very start only an empty cell's tabs are written: nothing stands before them to set apart.
      const atStart = length + n === 0;
      if (atStart ? owedTabs > 0 : pending > 0) {
        const sep = atStart ? '\t'.repeat(owedTabs) : separator();
        out += sep;
        for (let k = 0; k < sep.length; k++) offsets[n++] = i;
      }
      pending = 0;
      owedTabs = 0;
      // Runs of plain characters are copied in one slice.
      let j = i + 1;
      while (j < data.length && !isCollapsible(data.charCodeAt(j)) && n + (j - i) < room) j++;
      out += data.slice(i, j);
      for (let k = i; k < j; k++) offsets[n++] = k;
      i = j - 1;
    }
    if (n === 0) return;
    segments.push({ node, start: length, offsets: offsets.slice(0, n) });
    parts.push(out);
    length += n;
  };

  const frameFor = (el: Element, stats: Map<Element, ElementStats>, after: number): WalkFrame => ({
    el,
    stats,
    mixed: stats.get(el)?.blockChild === true && !BLOCK_INLINE_PARENTS.has(el.tagName),
    after,
    child: el.firstChild,
  });

  let visited = 0;
  for (const root of roots) {
    if (length >= maxChars) break;
    if (pending < PARAGRAPH) pending = PARAGRAPH;
    const { stats } = yield* computeStatsSteps(root);
    // Depth first with an explicit stack: a page may nest elements thousands deep.
    const stack: WalkFrame[] = [frameFor(root, stats, 0)];
    for (let f = stack.at(-1); f !== undefined && length < maxChars; f = stack.at(-1)) {
      let entered: WalkFrame | null = null;
      while (f.child !== null && entered === null && length < maxChars) {
        const child = f.child;
        f.child = child.nextSibling;
        if (child.nodeType === 3) {
          addText(child as Text);
          continue;
        }
        if (child.nodeType !== 1) continue;
        const c = child as Element;
        const tag = c.tagName;
        if (tag === 'BR') {
          if (pending < LINE) pending = LINE;
          continue;
        }
        if (isExcluded(c, stats.get(c), f.mixed && !BLOCK_TAGS.has(tag) && standsAlone(c))) {
          // An excluded block still separates the words around it; an excluded cell is an empty one.
          if (CELL_TAGS.has(tag)) {
            enterCell();
            if (pending < CELL) pending = CELL;
          } else if (BLOCK_TAGS.has(tag) && pending < LINE) pending = LINE;
          continue;
        }
        const sep = BLOCK_TAGS.has(tag) ? (LINE_TAGS.has(tag) ? LINE : CELL_TAGS.has(tag) ? CELL : PARAGRAPH) : 0;
        if (pending < sep) pending = sep;
        if (tag === 'TR') {
          rowCells.push(0);
          owedTabs = 0;
        } else if (CELL_TAGS.has(tag)) enterCell();
        entered = frameFor(c, stats, sep);
      }
      if (entered !== null) {
        stack.push(entered);
        if (++visited % ELEMENTS_PER_STEP === 0) yield;
        continue;
      }
      stack.pop();
      if (pending < f.after) pending = f.after;
      // Empty cells at a row's end take no tabs.
      if (f.el.tagName === 'TR') {
        rowCells.pop();
        owedTabs = 0;
      }
    }
  }
  yield;

  const text = parts.join('');
  const byNode = new Map<Node, Segment>();
  for (const seg of segments) byNode.set(seg.node, seg);

  const segmentAt = (pos: number): Segment | null => {
    let lo = 0;
    let hi = segments.length - 1;
    let found: Segment | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const seg = segments[mid];
      if (seg === undefined) break;
      if (seg.start <= pos) {
        found = seg;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  };

  const rangeFor = (start: number, end: number): Range | null => {
    if (!(start >= 0 && end <= text.length && start < end)) return null;
    // Collapsed whitespace maps to the node offset of the character after it, so a span ending
    // in whitespace ends at its last other character instead of taking in the next one.
    let last = end - 1;
    while (last > start && /\s/.test(text.charAt(last))) last--;
    const a = segmentAt(start);
    const b = segmentAt(last);
    if (a === null || b === null) return null;
    const startOffset = a.offsets[start - a.start];
    const endOffset = b.offsets[last - b.start];
    if (startOffset === undefined || endOffset === undefined) return null;
    // The page may have changed since indexing: a node gone or shortened no longer holds the span.
    if (!a.node.isConnected || !b.node.isConnected || startOffset >= a.node.length || endOffset + 1 > b.node.length) return null;
    const range = a.node.ownerDocument.createRange();
    range.setStart(a.node, startOffset);
    range.setEnd(b.node, endOffset + 1);
    return range;
  };

  const offsetInSegment = (seg: Segment, offset: number): number => {
    // Last char whose node offset is <= offset: separators share the offset of the char they precede.
    let lo = 0;
    let hi = seg.offsets.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((seg.offsets[mid] ?? 0) <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found === -1) return seg.start;
    const at = seg.offsets[found] ?? 0;
    return seg.start + found + (offset > at ? 1 : 0);
  };

  const offsetOf = (node: Node, offset: number): number | null => {
    const own = byNode.get(node);
    if (own !== undefined) return offsetInSegment(own, offset);
    if (node.nodeType !== 1 || segments.length === 0) return null;
    const doc = node.ownerDocument;
    if (doc === null) return null;
    // A caret between children: the first indexed text at or after that child.
    const child = node.childNodes[offset] ?? null;
    const walker = doc.createTreeWalker(node, 4);
    if (child !== null) {
      walker.currentNode = child;
      for (let n: Node | null = child.nodeType === 3 ? child : walker.nextNode(); n !== null; n = walker.nextNode()) {
        const seg = byNode.get(n);
        if (seg !== undefined) return offsetInSegment(seg, seg.offsets[0] ?? 0);
      }
      return null;
    }
    let last: Segment | null = null;
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) last = byNode.get(n) ?? last;
    return last === null ? null : last.start + last.offsets.length;
  };

  return { text, rangeFor, offsetOf };
}
