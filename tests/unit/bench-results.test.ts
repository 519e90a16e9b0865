import { describe, expect, it } from 'vitest';
import { describeChanges, formatResults, withFigures } from '../../scripts/bench/results';

describe('bench/results.json', () => {
  it('sorts benchmarks and figures by key, whatever order they were recorded in', () => {
    const first = withFigures({}, 'page', { zeta_ms: 2, alpha_ms: 1 });
    const both = withFigures(first, 'knowledge', { heap_mb: 3 });
    expect(formatResults(both)).toBe(formatResults(withFigures(withFigures({}, 'knowledge', { heap_mb: 3 }), 'page', { alpha_ms: 1, zeta_ms: 2 })));
    expect(Object.keys(both)).toEqual(['knowledge', 'page']);
    expect(Object.keys(both.page ?? {})).toEqual(['alpha_ms', 'zeta_ms']);
  });

  it("replaces only the recorded benchmark's group, rounds fractions and keeps n/a as null", () => {
    const before = withFigures(withFigures({}, 'page', { a_ms: 1 }), 'knowledge', { heap_mb: 3 });
    const after = withFigures(before, 'page', { b_ms: 1.23456, c_ratio: null, d_ratio: Number.NaN });
    expect(after).toEqual({ knowledge: { heap_mb: 3 }, page: { b_ms: 1.235, c_ratio: null, d_ratio: null } });
  });

  it('lists each figure that moved, appeared or disappeared, and counts the rest', () => {
    const lines = describeChanges('page', { same_ms: 1, up_ms: 10, gone_ms: 5 }, { same_ms: 1, up_ms: 12, new_ms: 7 });
    expect(lines).toEqual([
      'page against the last committed results: 3 changed, 1 unchanged',
      '  gone_ms: removed (was 5)',
      '  new_ms: new, 7',
      '  up_ms: 10 -> 12 (+20.0%)',
    ]);
    expect(describeChanges('page', undefined, { a_ms: 1 })).toEqual(['page: no committed results to compare with']);
  });
});
