/**
 * Properties of annotation on a page that changes under it (fast-check): whatever the page does to
 * its DOM between indexing and painting, no mark is left on a node that has left the document and
 * no text is marked twice.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mention, MentionKind } from '../../src/core/types';
import { Annotator } from '../../src/page/annotator';
import { buildTextIndex } from '../../src/page/text-index';
import { buildArticle, nodesUnder, randomBlocks } from './random-dom';
import { fakePainter, type FakeHighlightRegistry } from './support/fake-highlights';

const RUNS = 100;
/** jsdom on a shared machine: generous, so only a hang fails on time. */
const TIMEOUT_MS = 120_000;
const ALL_KINDS: ReadonlySet<MentionKind> = new Set(['person', 'statute', 'statistic']);
const KINDS: readonly MentionKind[] = ['person', 'statute', 'statistic'];

type Mutation =
  | { readonly op: 'remove' | 'empty-text' | 'shorten-text' | 'lengthen-text' | 'wrap' | 'move-to-end' | 'normalize'; readonly target: number }
  | { readonly op: 'replace-body' | 'insert-paragraph'; readonly target: number };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom(
    'remove' as const,
    'empty-text' as const,
    'shorten-text' as const,
    'lengthen-text' as const,
    'wrap' as const,
    'move-to-end' as const,
    'normalize' as const,
    'replace-body' as const,
    'insert-paragraph' as const,
  ),
  target: fc.nat(),
});

function applyMutation(doc: Document, article: HTMLElement, m: Mutation): void {
  const nodes = nodesUnder(article).slice(1);
  const node = nodes.length > 0 ? nodes[m.target % nodes.length] : undefined;
  switch (m.op) {
    case 'remove':
      node?.parentNode?.removeChild(node);
      break;
    case 'empty-text':
      if (node instanceof doc.defaultView!.Text) node.data = '';
      break;
    case 'shorten-text':
      if (node instanceof doc.defaultView!.Text) node.data = node.data.slice(0, node.data.length >> 1);
      break;
    case 'lengthen-text':
      if (node instanceof doc.defaultView!.Text) node.data = `Breaking: ${node.data} and more`;
      break;
    case 'wrap':
      if (node?.parentNode) {
        const span = doc.createElement('span');
        node.parentNode.replaceChild(span, node);
        span.appendChild(node);
      }
      break;
    case 'move-to-end':
      if (node) article.appendChild(node);
      break;
    case 'normalize':
      article.normalize();
      break;
    case 'replace-body':
      doc.body.replaceChildren(doc.createElement('main'));
      break;
    case 'insert-paragraph': {
      const p = doc.createElement('p');
      p.textContent = 'An advertisement appeared.';
      (node?.parentNode ?? article).insertBefore(p, node ?? null);
      break;
    }
  }
}

/** Mentions of one to three words, in text order, without overlaps (as recognition returns them). */
function mentionsOn(text: string, picks: readonly number[]): Mention[] {
  const words = [...text.matchAll(/\S+/g)];
  const chosen = [...new Set(picks.map((p) => p % Math.max(1, words.length)))].sort((a, b) => a - b);
  const out: Mention[] = [];
  let free = 0;
  for (const [n, i] of chosen.entries()) {
    const first = words[i];
    const last = words[Math.min(words.length - 1, i + (n % 3))];
    if (first === undefined || last === undefined || first.index < free) continue;
    const kind = KINDS[i % KINDS.length] ?? 'person';
    const end = last.index + last[0].length;
    free = end;
    const base = { start: first.index, end, text: text.slice(first.index, end), entityId: null };
    if (kind === 'person') out.push({ ...base, kind, personKey: base.text.toLowerCase(), articleDescription: null });
    else if (kind === 'statute') out.push({ ...base, kind, citation: base.text });
    else out.push({ ...base, kind, value: 1, valueHigh: null, unit: 'count', qualifier: null, counts: null, comparison: null });
  }
  return out;
}

function paintedRanges(registry: FakeHighlightRegistry): Range[] {
  return [...registry.values()].flatMap((highlight) => [...highlight.ranges]);
}

function rangeKey(range: Range, nodes: Map<Node, number>): string {
  const id = (node: Node): number => {
    let n = nodes.get(node);
    if (n === undefined) {
      n = nodes.size;
      nodes.set(node, n);
    }
    return n;
  };
  return `${id(range.startContainer)}:${range.startOffset}-${id(range.endContainer)}:${range.endOffset}`;
}

function expectSoundMarks(doc: Document, registry: FakeHighlightRegistry, annotator: Annotator): void {
  const ranges = paintedRanges(registry);
  const ids = new Map<Node, number>();
  const keys = ranges.map((range) => rangeKey(range, ids));
  for (const range of ranges) {
    expect(range.startContainer.isConnected, 'a mark starts on a detached node').toBe(true);
    expect(range.endContainer.isConnected, 'a mark ends on a detached node').toBe(true);
    expect(doc.contains(range.commonAncestorContainer)).toBe(true);
  }
  expect(new Set(keys).size, 'the same text is marked twice').toBe(keys.length);
  expect(ranges.length).toBe(annotator.markCount());
}

describe('annotation while the page changes', () => {
  it('never paints on detached nodes or twice, whatever changes between indexing and painting', () => {
    fc.assert(
      fc.property(
        randomBlocks,
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.array(mutation, { maxLength: 6 }),
        fc.array(mutation, { maxLength: 6 }),
        (blocks, picks, before, after) => {
          const article = buildArticle(document, blocks);
          const { registry, painter } = fakePainter();
          const annotator = new Annotator(document, painter, () => Promise.reject(new Error('no cards in this test')));
          try {
            // Index, let the page change while recognition is away, then paint.
            const index = buildTextIndex([article]);
            const mentions = mentionsOn(index.text, picks);
            for (const m of before) applyMutation(document, article, m);
            annotator.show(index, mentions, {}, ALL_KINDS);
            expectSoundMarks(document, registry, annotator);

            // The page changes again and the observer re-scans: the new marks replace the old ones.
            for (const m of after) applyMutation(document, article, m);
            const roots = article.isConnected ? [article] : [document.body];
            const again = buildTextIndex(roots);
            annotator.show(again, mentionsOn(again.text, picks), {}, ALL_KINDS);
            expectSoundMarks(document, registry, annotator);
          } finally {
            annotator.destroy();
          }
          expect(paintedRanges(registry)).toHaveLength(0);
        },
      ),
      { numRuns: RUNS },
    );
  }, TIMEOUT_MS);
});
