/** Properties of the text index over random article DOMs (fast-check): offsets and Ranges map back and forth. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTextIndex } from '../../src/page/text-index';
import { buildArticle, randomBlocks } from './random-dom';

const RUNS = 100;
/** jsdom on a shared machine: generous, so only a hang fails on time. */
const TIMEOUT_MS = 120_000;

describe('text index on random DOMs', () => {
  it('maps every word to a Range holding exactly that word, and the Range back to the same offsets', () => {
    fc.assert(
      fc.property(randomBlocks, (blocks) => {
        const article = buildArticle(document, blocks);
        const index = buildTextIndex([article]);
        for (const match of index.text.matchAll(/\S+/g)) {
          const start = match.index;
          const end = start + match[0].length;
          const range = index.rangeFor(start, end);
          expect(range, `no range for ${JSON.stringify(match[0])}`).not.toBeNull();
          if (range === null) continue;
          expect(range.toString()).toBe(match[0]);
          expect(index.offsetOf(range.startContainer, range.startOffset)).toBe(start);
          expect(index.offsetOf(range.endContainer, range.endOffset)).toBe(end);
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT_MS);

  it('round-trips the start of any span that starts on a character of the page, and covers that text', () => {
    fc.assert(
      fc.property(randomBlocks, fc.nat(), fc.nat(), (blocks, a, b) => {
        const article = buildArticle(document, blocks);
        const index = buildTextIndex([article]);
        const length = index.text.length;
        if (length < 2) return;
        const start = a % (length - 1);
        const end = start + 1 + (b % (length - start));
        const range = index.rangeFor(start, end);
        expect(range).not.toBeNull();
        if (range === null || /\s/.test(index.text.charAt(start))) return;
        expect(index.offsetOf(range.startContainer, range.startOffset)).toBe(start);
        // Across a block boundary the Range also holds whatever the index left out between the blocks.
        if (index.text.slice(start, end).includes('\n')) return;
        // Inline line breaks are line breaks in the index but nothing in the DOM: compare without whitespace.
        expect(range.toString().replace(/\s+/g, '')).toBe(index.text.slice(start, end).replace(/\s+/g, ''));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT_MS);

  it('ends a span that ends in collapsed whitespace at its last character, not the next one', () => {
    const article = buildArticle(document, [{ tag: 'p', children: [{ text: 'Sen. Warren  said' }] }]);
    const index = buildTextIndex([article]);
    const start = index.text.indexOf('Warren');
    expect(index.rangeFor(start, start + 'Warren '.length)?.toString()).toBe('Warren');
  });

  it('gives no range, rather than throwing, when the page shortened the first node of a span since indexing', () => {
    const article = buildArticle(document, [{ tag: 'p', children: [{ text: 'said Sen. ' }, { tag: 'em', children: [{ text: 'Warren today' }] }] }]);
    const index = buildTextIndex([article]);
    const start = index.text.indexOf('Sen.');
    const first = article.querySelector('p')?.firstChild;
    if (!(first instanceof Text)) throw new Error('fixture lacks its text node');
    first.data = 'said';
    expect(index.rangeFor(start, index.text.indexOf('today'))).toBeNull();
  });
});
