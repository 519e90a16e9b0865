/** The marks on the page: each recognised mention tied to its live Range, in text order. */
import type { Mention, MentionKind } from '../core/types';
import { itemAt } from '../core/item-at';

export interface Mark {
  /** Position in the full list of marks on the page; stable while the article does not change. */
  readonly index: number;
  readonly mention: Mention;
  readonly range: Range;
}

export interface RangeSource {
  rangeFor(start: number, end: number): Range | null;
}

export function buildMarks(mentions: readonly Mention[], index: RangeSource, kinds: ReadonlySet<MentionKind>): Mark[] {
  const marks: Mark[] = [];
  for (const mention of mentions) {
    if (!kinds.has(mention.kind)) continue;
    const range = index.rangeFor(mention.start, mention.end);
    if (range) marks.push({ index: marks.length, mention, range });
  }
  return marks;
}

/** The mark whose text covers `offset`, by binary search over marks sorted by start. */
export function markAtOffset(marks: readonly Mark[], offset: number): Mark | null {
  let low = 0;
  let high = marks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const mark = itemAt(marks, middle);
    if (offset < mark.mention.start) high = middle - 1;
    else if (offset >= mark.mention.end) low = middle + 1;
    else return mark;
  }
  return null;
}
