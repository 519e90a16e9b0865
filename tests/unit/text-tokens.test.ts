/** The tokenizer's fast paths must give what the general rules give: keys as `normalizeKey` makes them. */
import { describe, expect, it } from 'vitest';
import { normalizeKey } from '../../src/core/text-normalize';
import { phraseKey, tokenKey } from '../../src/core/text-tokens';

const PHRASES = [
  'maria delgado', 'Maria Delgado', "O'Hara", 'Biden-Harris', 'AT&T', 'J.D. Vance', '', ' ', 'two  spaces', ' leading',
  'trailing ', 'tab\there', 'line\nbreak', 'Jos\u00e9 Mart\u00ednez', 'O\u2019Hara', 'Smith\u2013Jones', 'soft\u00adhyphen',
  'zero\u200bwidth', '\u00c9mile', 'x_y', 'per cent', 'NASA', '3.4', 'a--b', 'dots...', 'Ann Lee/AFP',
];

describe('keys from the text', () => {
  it.each(PHRASES)('phraseKey(%j) is normalizeKey', (text) => {
    expect(phraseKey(text)).toBe(normalizeKey(text));
  });

  // A token never holds white space.
  it.each(PHRASES.filter((p) => !/\s/.test(p)).map((p) => p.toLowerCase()))('tokenKey(%j) is normalizeKey for a lower-case token', (lower) => {
    expect(tokenKey(lower)).toBe(normalizeKey(lower));
  });
});
