/**
 * A text index over one paragraph's single text node, so page-layer tests of painting and cards do
 * not depend on the article text index's own rules.
 */
import type { TextIndexLike } from '../../../src/page/annotator';

export function singleNodeIndex(paragraph: HTMLElement): TextIndexLike & { text: string } {
  const node = paragraph.firstChild as Text;
  return {
    text: node.data,
    rangeFor(start, end) {
      const range = paragraph.ownerDocument.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      return range;
    },
    offsetOf: (target, offset) => (target === node ? offset : null),
  };
}
