import { describe, expect, it } from 'vitest';
import { fractionWord, parseDigits, parseWordNumber, smallNumberWord } from '../../src/core/number-parser';

describe('number parser', () => {
  it('reads digits with separators and decimals', () => {
    expect(parseDigits('409,000')).toBe(409000);
    expect(parseDigits('3.4')).toBe(3.4);
    expect(parseDigits('1,234,567.89')).toBe(1234567.89);
    expect(parseDigits('12,34')).toBeNull();
    expect(parseDigits('1\u202f234\u202f567.89')).toBe(1234567.89);
  });

  it('reads South Asian digit grouping (lakh and crore)', () => {
    expect(parseDigits('28,25,140')).toBe(2825140);
    expect(parseDigits('1,97,666')).toBe(197666);
    expect(parseDigits('12,34,56,789')).toBe(123456789);
    expect(parseDigits('28,25,14')).toBeNull();
  });

  it('reads simple number words and hyphenated tens', () => {
    expect(smallNumberWord('Seven')).toBe(7);
    expect(smallNumberWord('twenty-one')).toBe(21);
    expect(smallNumberWord('dozen')).toBe(12);
    expect(smallNumberWord('hundredth')).toBeNull();
  });

  it('reads spelled numbers with magnitudes, "a" and "and"', () => {
    expect(parseWordNumber(['five', 'million', 'people'])).toEqual({ value: 5e6, length: 2, hasMagnitude: true });
    expect(parseWordNumber(['a', 'dozen', 'eggs'])).toEqual({ value: 12, length: 2, hasMagnitude: true });
    expect(parseWordNumber(['one', 'hundred', 'and', 'twenty'])).toEqual({ value: 120, length: 4, hasMagnitude: true });
    expect(parseWordNumber(['two', 'thousand', 'and', 'two', 'hundred'])).toEqual({ value: 2200, length: 5, hasMagnitude: true });
    expect(parseWordNumber(['a', 'lot'])).toBeNull();
    expect(parseWordNumber(['hundred', 'thousand', 'dollars'])).toEqual({ value: 100000, length: 2, hasMagnitude: true });
    expect(parseWordNumber(['hundred', 'days'])).toBeNull();
    expect(parseWordNumber(['3', 'hundred', 'and', '2', 'hundred'])).toEqual({ value: 300, length: 2, hasMagnitude: true });
    expect(parseWordNumber(['4', 'thousand', '3', 'hundred', 'and', '0'])).toEqual({ value: 4300, length: 4, hasMagnitude: true });
  });

  it('reads fraction words', () => {
    expect(fractionWord('two-thirds')).toBeCloseTo(2 / 3, 10);
    expect(fractionWord('three-quarters')).toBe(0.75);
    expect(fractionWord('half')).toBe(0.5);
    expect(fractionWord('two-apples')).toBeNull();
  });
});
