/** What a number counts, read from the words after it. Sentences are ours. */
import { describe, expect, it } from 'vitest';
import { countedPhrase } from '../../src/core/noun-phrase';
import { tokenAt, tokenize } from '../../src/core/text-tokens';

function counted(text: string, figure: string): string | null {
  const tokenized = tokenize(text);
  const at = tokenAt(tokenized.tokens, text.indexOf(figure) + figure.length + 1);
  return countedPhrase(tokenized.tokens, at, text);
}

describe('the counted phrase', () => {
  it.each([
    ['Officials deported 409,000 people last year.', '409,000', 'people'],
    ['Some 200 U.S. military personnel remain at the base.', '200', 'U.S. military personnel'],
    ['He has made more than 13,000 false or misleading claims since taking office.', '13,000', 'false or misleading claims'],
    ['About 300 dogs and cats died in the fire.', '300', 'dogs'],
    ['Your list will shrink to 25% of its current size\nYou will be able to rest.', '25%', 'of its current size'],
    ['There are 1,000 reasons why that is tricky.', '1,000', 'reasons'],
    ['It lists 40 ways how rents can be cut.', '40', 'ways'],
  ])('%s', (text, figure, phrase) => {
    expect(counted(text, figure)).toBe(phrase);
  });
});
