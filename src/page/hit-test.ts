/**
 * Resolves a pointer position to a mark. Highlights are not elements, so the caret position under
 * the pointer is mapped to a text offset, and the mark's own rectangles confirm the pointer is on
 * its glyphs (a caret snaps to the nearest character even in a margin).
 */
import { markAtOffset, type Mark } from './mark-list';

export interface OffsetSource {
  offsetOf(node: Node, offset: number): number | null;
}

interface CaretPoint {
  readonly node: Node;
  readonly offset: number;
}

/** The caret lookups a document may have: the standard one, and Chromium's only one before 128. */
interface CaretDocument {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

function caretAt(doc: CaretDocument, x: number, y: number): CaretPoint | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

export function markAtPoint(doc: Document, index: OffsetSource, marks: readonly Mark[], x: number, y: number): Mark | null {
  if (marks.length === 0) return null;
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  const offset = index.offsetOf(caret.node, caret.offset);
  if (offset === null) return null;
  // A caret lands between characters: the character under the pointer may be just before it.
  for (const candidate of [offset, offset - 1]) {
    const mark = markAtOffset(marks, candidate);
    if (mark && rangeContainsPoint(mark.range, x, y)) return mark;
  }
  return null;
}
