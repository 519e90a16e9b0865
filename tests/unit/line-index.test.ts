import { describe, expect, it } from 'vitest';
import { lineAround } from '../../src/core/line-index';

describe('the line an offset stands on', () => {
  it('finds the line in a text of several lines, and the whole text without breaks', () => {
    const text = 'first line\nsecond line\nthird';
    expect(lineAround(text, 0)).toEqual({ start: 0, end: 10 });
    expect(lineAround(text, 13)).toEqual({ start: 11, end: 22 });
    expect(lineAround(text, 25)).toEqual({ start: 23, end: 28 });
    expect(lineAround('no breaks here', 5)).toEqual({ start: 0, end: 14 });
  });
});
