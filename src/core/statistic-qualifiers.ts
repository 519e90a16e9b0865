/**
 * Qualifiers written before a number ("about", "nearly", "more than", "at least", "a record"),
 * read backwards from the number within its sentence.
 */
import { QUALIFIERS } from './statistic-vocabulary';
import { lower, type Token } from './text-tokens';
import type { StatisticQualifier } from './types';
import { itemAt } from './item-at';

const QUALIFIER_LAST_WORDS = new Set(QUALIFIERS.map(([p]) => p.split(' ').pop() as string));
/** Each qualifier's words, split once. */
const QUALIFIER_WORD_LISTS: ReadonlyArray<readonly [readonly string[], StatisticQualifier]> = QUALIFIERS.map(([p, q]) => [p.split(' '), q]);

export function readQualifier(tokens: readonly Token[], first: number): { qualifier: StatisticQualifier; first: number } | null {
  if (!QUALIFIER_LAST_WORDS.has(lower(tokens[first - 1]))) return null;
  for (const [words, qualifier] of QUALIFIER_WORD_LISTS) {
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      const t = tokens[first - words.length + k];
      if (!t || t.kind !== 'word' || t.lower !== words[k]) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    // "just over" and "a record" must be one phrase, not words across a sentence end.
    const firstTok = itemAt(tokens, first - words.length);
    if (firstTok.sentence !== itemAt(tokens, first).sentence) continue;
    return { qualifier, first: first - words.length };
  }
  return null;
}

const QUALIFIER_WORDS = new Set(QUALIFIERS.map(([p]) => p.split(' ')[0] as string));
/** True for the first word of some qualifier ("about", "more", "nearly"). */
export function readQualifierWord(word: string): boolean {
  return QUALIFIER_WORDS.has(word);
}
