/** The series matcher reads a sentence's terms and period once for all its figures: each figure still gets its own comparison. */
import { describe, expect, it } from 'vitest';
import { recognize } from '../../src/core/recognize';
import type { StatisticMention } from '../../src/core/types';
import { fixtureLookup } from './recognize-fixture';

const lookup = fixtureLookup();
const stats = (text: string): StatisticMention[] => recognize(text, lookup).filter((m): m is StatisticMention => m.kind === 'statistic');

describe('series matcher: figures sharing a sentence', () => {
  it('compares each figure of one sentence with the same period, by its own value', () => {
    const [a, b] = stats('In 2012 the government carried out 410,000 removals, up from 390,000 removals.');
    expect([a?.comparison?.period, b?.comparison?.period]).toEqual(['FY2012', 'FY2012']);
    expect(a?.comparison?.officialValue).toBe(b?.comparison?.officialValue);
    expect(a?.comparison?.differencePercent).toBeGreaterThan(b?.comparison?.differencePercent ?? Infinity);
  });

  it('compares a rate with its series, never a change in percentage points', () => {
    const [level] = stats('The unemployment rate was 3.9 percent in 2019.');
    expect(level?.comparison?.seriesId).toBe('bls:unemployment-rate');
    const [change] = stats('The unemployment rate rose 3.9 percentage points in 2020.');
    expect(change?.unit).toBe('percent');
    expect(change?.comparison ?? null).toBeNull();
  });
});
