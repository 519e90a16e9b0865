/**
 * The series matcher reads a sentence's terms once for all its figures: each figure still gets its
 * own comparison, of the period its own text names.
 */
import { describe, expect, it } from 'vitest';
import { recognize } from '../../src/core/recognize';
import type { StatisticMention } from '../../src/core/types';
import { buildKnowledgeIndex } from '../../src/knowledge/knowledge-index';
import { fixtureKnowledgeFile, fixtureLookup } from './recognize-fixture';

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

describe('series matcher: the period the text names decides the observation', () => {
  const file = fixtureKnowledgeFile();
  const quarterly = {
    id: 'test:gdp-quarterly', name: 'GDP growth by quarter', unit: 'percent' as const, unitLabel: 'percent', periodLabel: 'Quarter',
    terms: ['gdp grew'], values: { '2024Q1': 0.016, '2024Q2': 0.03, '2024Q3': 0.031, '2024Q4': 0.024 }, recordPeriod: null, note: null, sources: ['test'],
  };
  const withQuarters = buildKnowledgeIndex({ ...file, series: [...file.series, quarterly] });
  const read = (text: string, publishedYear?: number): StatisticMention | undefined =>
    recognize(text, withQuarters, publishedYear === undefined ? {} : { publishedYear }).find((m): m is StatisticMention => m.kind === 'statistic');

  it('compares a quarter’s figure with that quarter, not with the first quarter of its year', () => {
    // Seen by a fact-checker: "2.4% in the fourth quarter of 2024" against 2024Q1's 1.6%, "50% higher".
    expect(read('GDP grew 2.4% in the fourth quarter of 2024, the government said.')?.comparison).toMatchObject({ period: '2024Q4', differencePercent: 0 });
    expect(read('GDP grew 3.1% in Q3 2024.')?.comparison).toMatchObject({ period: '2024Q3', differencePercent: 0 });
  });

  it('compares nothing when the series does not hold the period the text names', () => {
    expect(read('GDP grew 2.4% in 2024.')?.comparison).toBeNull();
    expect(read('GDP grew 2.0% in the fourth quarter of 2025.')?.comparison).toBeNull();
    expect(read('GDP grew 2.4% in the fourth quarter.')?.comparison).toBeNull();
    expect(read('The unemployment rate was 8.0% in December 2020.')?.comparison).toBeNull();
    expect(read('The unemployment rate was 3.7% in fiscal 2019.')?.comparison).toBeNull();
    expect(read('The unemployment rate was 3.7% last year.')?.comparison).toBeNull();
  });

  it('reads a fiscal year, a year said relative to publication, and each figure’s own year', () => {
    expect(read('The government carried out 415,000 removals in fiscal 2012.')?.comparison).toMatchObject({ period: 'FY2012', periodReason: 'in FY2012' });
    expect(read('The unemployment rate was 3.7% last year.', 2020)?.comparison).toMatchObject({ period: '2019', periodReason: 'last year (2019)' });
    expect(read('The unemployment rate was 8.1% in 2020 and 3.7% in 2019.')?.comparison?.period).toBe('2020');
  });
});
