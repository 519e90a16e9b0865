/** resolveOverlaps sweeps by position; it must keep exactly what ranking every mention against every other keeps. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveOverlaps } from '../../src/core/recognize';
import type { Mention, MentionKind } from '../../src/core/types';

const PRIORITY: Readonly<Record<MentionKind, number>> = { statute: 3, person: 2, statistic: 1 };

/** The plain quadratic statement of the rule: best kind, then longest, then earliest, greedily. */
function reference(mentions: readonly Mention[]): Mention[] {
  const score = (m: Mention): [number, number, number] => [PRIORITY[m.kind], m.end - m.start, -m.start];
  const ranked = [...mentions].sort((a, b) => {
    const [x, y] = [score(a), score(b)];
    return y[0] - x[0] || y[1] - x[1] || y[2] - x[2];
  });
  const kept: Mention[] = [];
  for (const m of ranked) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

const mention = fc.record({ kind: fc.constantFrom<MentionKind>('person', 'statute', 'statistic'), start: fc.nat(200), length: fc.integer({ min: 1, max: 30 }) }).map(({ kind, start, length }): Mention => {
  const base = { start, end: start + length, text: 'x'.repeat(length), entityId: null };
  if (kind === 'person') return { ...base, kind, personKey: 'k', articleDescription: null };
  if (kind === 'statute') return { ...base, kind, citation: 'c' };
  return { ...base, kind, value: 1, valueHigh: null, unit: 'count', qualifier: null, counts: null, comparison: null };
});

describe('resolveOverlaps', () => {
  it('keeps the same mentions as the quadratic rule, in text order', () => {
    fc.assert(
      fc.property(fc.array(mention, { maxLength: 60 }), (mentions) => {
        // Ties of kind, length and start are ordered arbitrarily by both; compare without them.
        const distinct = mentions.filter((m, i) => mentions.findIndex((o) => o.kind === m.kind && o.start === m.start && o.end === m.end) === i);
        const spans = (ms: readonly Mention[]): string[] => ms.map((m) => `${m.kind}:${m.start}-${m.end}`);
        expect(spans(resolveOverlaps(distinct))).toEqual(spans(reference(distinct)));
      }),
    );
  });
});
