/** Where a figure's counted things are, from its own sentence. Sentences are ours. */
import { describe, expect, it } from 'vitest';
import { scopeOfFigure } from '../../src/core/statistic-scope';
import { tokenAt, tokenize } from '../../src/core/text-tokens';

function scopeOf(text: string, figure: string): string | null {
  const tokenized = tokenize(text);
  return scopeOfFigure(tokenized, tokenAt(tokenized.tokens, text.indexOf(figure)));
}

describe('the scope of a figure', () => {
  it.each([
    ['From 2010 to 2015 there were 3248 cases reported worldwide.', '3248', 'world'],
    ['India reported 12,000 cases last year.', '12,000', 'world'],
    ['The outbreak in Saudi Arabia sickened 400 people.', '400', 'world'],
    ['In Kentucky, more than 400,000 state residents gained coverage.', '400,000', 'local'],
    ['The county jail held 1,200 inmates.', '1,200', 'local'],
    ['About 3,000 people in New York lost power.', '3,000', 'local'],
    ['Nationwide, 409,000 people were deported.', '409,000', 'us'],
    ['The U.S. deported 409,000 people.', '409,000', 'us'],
    ['The United States admitted 85,000 refugees.', '85,000', 'us'],
    ['In the U.S. and worldwide, 5,000 cases were counted.', '5,000', 'world'],
    ['He said 28 people were quarantined.', '28', null],
    ['Washington spent 40 billion dollars on the program.', '40', null],
    ['Officials told us 200 families had left.', '200', null],
  ])('%s -> %s', (text, figure, scope) => {
    expect(scopeOf(text, figure)).toBe(scope);
  });

  it('reads only the figure\'s own sentence', () => {
    expect(scopeOf('The study ran in France. Here, 300 people took part.', '300')).toBeNull();
  });
});
