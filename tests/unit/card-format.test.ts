import { describe, expect, it } from 'vitest';
import { differenceText, normalizedValueText, timesText } from '../../src/page/card/card-format';

describe('card formatting', () => {
  it('shows normalised values the way the brief does', () => {
    expect(normalizedValueText({ value: 409000, valueHigh: null, unit: 'count', qualifier: null })).toBe('409000');
    expect(normalizedValueText({ value: 0.2, valueHigh: null, unit: 'percent', qualifier: 'less-than' })).toBe('< 0.20');
    expect(normalizedValueText({ value: 2.5e9, valueHigh: null, unit: 'usd', qualifier: null })).toBe('2500000000 U.S. dollars');
    expect(normalizedValueText({ value: 5, valueHigh: 10, unit: 'years', qualifier: 'up-to' })).toBe('≤ 5–10 years');
    expect(normalizedValueText({ value: 3e9, valueHigh: null, unit: 'other', qualifier: 'about', currencyCode: 'JPY' })).toBe('≈ 3000000000 JPY');
  });

  it('says how far a number is from the official one', () => {
    expect(differenceText(-5.4)).toBe('5.4% below the official figure');
    expect(differenceText(12)).toBe('12.0% above the official figure');
    expect(differenceText(0.2)).toBe('about the same as the official figure');
  });

  it('counts occurrences in words', () => {
    expect([timesText(1), timesText(2), timesText(7)]).toEqual(['once', 'twice', '7 times']);
  });
});
