import { describe, expect, it } from 'vitest';
import type { StatisticMention } from '../../src/core/types';
import { formatChangePercent, formatCount, formatMoney, formatQuantity, formatStatistic, timesText } from '../../src/knowledge/number-format';
import { formatOrdinal as ordinal } from '../../src/i18n';

type Q = Parameters<typeof formatStatistic>[0];
const q = (over: Partial<StatisticMention> & { text?: string }): Q => ({ value: 0, valueHigh: null, unit: 'count', qualifier: null, counts: null, ...over });

describe('numbers as a reader says them', () => {
  it('keeps the decimals the article printed in a percentage', () => {
    expect(formatQuantity(q({ value: 0.04, unit: 'percent', text: '4.0 percent' }))).toBe('4.0%');
    expect(formatQuantity(q({ value: 0.2, unit: 'percent', text: '20 percent' }))).toBe('20%');
    expect(formatQuantity(q({ value: 0.035, unit: 'percent', text: '3.5%' }))).toBe('3.5%');
  });

  it('says large money and counts in words, small ones in full', () => {
    expect(formatQuantity(q({ value: 1.775e12, unit: 'usd' }))).toBe('$1.775 trillion');
    expect(formatQuantity(q({ value: 2.5e9, unit: 'usd' }))).toBe('$2.5 billion');
    expect(formatQuantity(q({ value: 45_000, unit: 'usd' }))).toBe('$45,000');
    expect(formatQuantity(q({ value: 5e6, unit: 'other', currencyCode: 'JPY' }))).toBe('¥5 million');
    expect(formatMoney(-3e12, 'USD')).toBe('−$3 trillion');
    expect(formatCount(409_000)).toBe('409,000');
    expect(formatCount(3_700_000)).toBe('3.7 million');
  });

  it('names durations, also where the unit is only in the article’s words', () => {
    expect(formatQuantity(q({ value: 2, unit: 'other', text: 'two hours' }))).toBe('2 hours');
    expect(formatQuantity(q({ value: 5, valueHigh: 10, unit: 'years', text: '5 to 10 years' }))).toBe('5–10 years');
    expect(formatQuantity(q({ value: 1, unit: 'other', text: 'a decade' }))).toBe('10 years');
  });

  it('keeps the measure a number is given in', () => {
    expect(formatQuantity(q({ value: 10, unit: 'other', text: 'around 10 inches' }))).toBe('10 inches');
    expect(formatQuantity(q({ value: 9.7, unit: 'other', text: '9.7-inch' }))).toBe('9.7 inches');
    expect(formatQuantity(q({ value: 3, unit: 'other', text: 'three feet' }))).toBe('3 feet');
    expect(formatQuantity(q({ value: 1300, unit: 'other', text: '1,300 square feet' }))).toBe('1,300 square feet');
    expect(formatQuantity(q({ value: 40, unit: 'other', text: '40 barrels' }))).toBe('40 barrels');
    expect(formatQuantity(q({ value: 30, unit: 'other', text: '30 points' }))).toBe('30 points');
    expect(formatQuantity(q({ value: 25, valueHigh: 30, unit: 'ratio', text: '25 to 30 times' }))).toBe('25–30 times');
    expect(formatStatistic(q({ value: 2, unit: 'other', qualifier: 'about', text: 'about 2 inches' }))).toBe('about 2 inches');
  });

  it('keeps the qualifier and what is counted', () => {
    expect(formatStatistic(q({ value: 0.5, unit: 'ratio', qualifier: 'more-than', text: 'more than half' }))).toBe('more than half');
    expect(formatStatistic(q({ value: 409_000, qualifier: 'about', counts: 'removals', text: 'about 409,000' }))).toBe('about 409,000 removals');
    expect(formatStatistic(q({ value: 2, unit: 'ratio', text: 'twice as' }))).toBe('twice');
    expect(formatStatistic(q({ value: 0.2, unit: 'percent', qualifier: 'less-than', text: 'less than 20 percent' }))).toBe('less than 20%');
  });

  it('keeps the decimals of a count as printed, not of one said with a scale word', () => {
    expect(formatQuantity(q({ value: 8570.66, text: '8,570.66' }))).toBe('8,570.66');
    expect(formatQuantity(q({ value: 3250, text: '3.25 thousand' }))).toBe('3,250');
    expect(formatQuantity(q({ value: 12.5, text: '12.5' }))).toBe('12.5');
  });

  it('says a change in percentage points as points, not as a percent', () => {
    expect(formatStatistic(q({ value: 0.03, unit: 'percent', qualifier: 'more-than', text: 'more than three percentage points' }))).toBe('more than 3 percentage points');
    expect(formatQuantity(q({ value: 0.015, unit: 'percent', text: '1.5 percentage points' }))).toBe('1.5 percentage points');
    expect(formatQuantity(q({ value: 0.01, unit: 'percent', text: 'one percentage point' }))).toBe('1 percentage point');
    expect(formatQuantity(q({ value: 0.02, valueHigh: 0.03, unit: 'percent', text: '2 to 3 percentage points' }))).toBe('2–3 percentage points');
  });

  it('counts, changes and ranks', () => {
    expect([timesText(1), timesText(2), timesText(1200)]).toEqual(['once', '2 times', '1,200 times']);
    expect([formatChangePercent(7.64), formatChangePercent(-2), formatChangePercent(0)]).toEqual(['+7.6%', '-2.0%', '0.0%']);
    expect([1, 2, 3, 4, 11, 22, 103].map((n) => ordinal(n))).toEqual(['1st', '2nd', '3rd', '4th', '11th', '22nd', '103rd']);
  });
});
