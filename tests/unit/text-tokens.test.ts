/** The tokenizer's fast paths must give what the general rules give: keys as `normalizeKey` makes them. */
import { describe, expect, it } from 'vitest';
import { normalizeKey } from '../../src/core/text-normalize';
import { phraseKey, tokenize, tokenKey } from '../../src/core/text-tokens';

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

describe('sentence ends', () => {
  it('reads a period after an abbreviation as no sentence end, the longest abbreviation included', () => {
    expect(tokenize('It cost approx. 5 dollars. Mr. Lane paid.').sentences).toHaveLength(2);
    expect(tokenize('It cost APPROX. 5 dollars.').sentences).toHaveLength(1);
  });

  it('ends a sentence after the network X, but not after an initial', () => {
    expect(tokenize('He wrote on X. Safadi said Amman was ready.').sentences).toHaveLength(2);
    expect(tokenize('It was written by X. Safadi and others.').sentences).toHaveLength(1);
  });

  it('ends a sentence at a period after a longer word', () => {
    expect(tokenize('They approved. 5 dollars went back.').sentences).toHaveLength(2);
  });

  it('ends a sentence at a table cell: the tab between a row\u2019s cells', () => {
    const { sentences, text } = tokenize('Ann Lee\tDemocratic\t1,200');
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Ann Lee', 'Democratic', '1,200']);
  });
});

describe('headlines', () => {
  it('reads a line of capitalised words as a headline, and a list of names with their figures as none', () => {
    expect(tokenize('Stunning Development Leaves Mayor With Nothing To Show').sentences[0]?.headline).toBe(true);
    expect(tokenize('Scoring: Jalen Carter 18, Devin Okafor 12, Marcus Reyes 9.').sentences[0]?.headline).toBe(false);
    expect(tokenize('Enter Stuart R. Kaplan, a graduate of the Wharton School of Business in 1955.').sentences[0]?.headline).toBe(false);
  });
});
