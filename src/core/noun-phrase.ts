/**
 * What a number counts: the noun phrase right after it ("409,000 deportations" ->
 * "deportations"), or its "of" phrase ("20 percent of the estimated illegal immigrant
 * population" -> "of the estimated illegal immigrant population").
 */
import { PHRASE_STOPS } from './statistic-vocabulary';
import type { Token } from './text-tokens';
import { itemAt } from './item-at';

const DETERMINERS = new Set(['the', 'all', 'its', 'their', 'those', 'these', 'his', 'her', 'our', 'a', 'an', 'this', 'that']);
const PRONOUNS = new Set(['them', 'us', 'you', 'those', 'these', 'it', 'which', 'whom']);
/** Common verbs that follow a counted noun ("10 million voters agreed"): the phrase ends before them. */
const VERBS = new Set([
  'left', 'came', 'went', 'got', 'made', 'took', 'rose', 'fell', 'grew', 'died', 'won', 'lost', 'paid', 'spent',
  'voted', 'agreed', 'remain', 'remained', 'live', 'lived', 'work', 'worked', 'say', 'think', 'thought', 'believe', 'want',
  'wanted', 'need', 'needed', 'face', 'faced', 'get', 'make', 'take', 'come', 'go', 'leave', 'pay', 'cost', 'costs',
  // Irregular past participles, which the "-ed" rule below cannot see ("the record of 409,000 set under ...").
  'set', 'put', 'hit', 'cut', 'held', 'kept', 'built', 'brought', 'bought', 'caught', 'given', 'taken', 'seen', 'shown',
  'known', 'found', 'sent', 'told', 'said', 'done', 'begun', 'run', 'written', 'chosen', 'driven', 'drawn',
]);
const MAX_PHRASE_WORDS = 6;
const COORDINATORS: ReadonlySet<string> = new Set(['or', 'and']);
const INITIALISM = /^(?:\p{Lu}\.){2,4}/u;

/** The last token of "U.S." or "U.K." starting at `index` (letters and periods, tokenised apart), else -1. */
function initialismLastToken(tokens: readonly Token[], index: number, text: string): number {
  const t = itemAt(tokens, index);
  if (t.kind !== 'word' || t.text.length !== 1) return -1;
  const match = INITIALISM.exec(text.slice(t.start, t.start + 8));
  if (!match) return -1;
  const end = t.start + match[0].length;
  let k = index;
  while (k + 1 < tokens.length && itemAt(tokens, k + 1).end <= end) k++;
  return k;
}

function isContentWord(t: Token | undefined, count: number): t is Token {
  if (!t || t.kind !== 'word' || PHRASE_STOPS.has(t.lower) || VERBS.has(t.lower)) return false;
  // A past-tense verb after the first noun ends the phrase ("deportees returned home").
  return !(count > 0 && t.lower.length > 4 && t.lower.endsWith('ed'));
}

export function countedPhrase(tokens: readonly Token[], index: number, text: string): string | null {
  const first = tokens[index];
  if (!first || first.kind !== 'word') return null;
  const sentence = first.sentence;
  let i = index;
  if (first.lower === 'of') {
    i++;
    if (PRONOUNS.has(tokens[i]?.lower ?? '')) return null;
    while (tokens[i] && DETERMINERS.has(itemAt(tokens, i).lower)) i++;
    // "of 10 million voters": the quantity of the whole belongs to the phrase.
    while (tokens[i]?.kind === 'number' || ['million', 'billion', 'thousand', 'hundred'].includes(tokens[i]?.lower ?? '')) i++;
  }
  let last = -1;
  for (let k = 0; k < MAX_PHRASE_WORDS; k++, i++) {
    const t = tokens[i];
    // "U.S. military personnel": an initialism written with periods is one modifier.
    const initialismEnd = t ? initialismLastToken(tokens, i, text) : -1;
    if (initialismEnd > i) {
      last = i = initialismEnd;
      continue;
    }
    // "false or misleading claims": two modifiers joined before the noun they share.
    if (k === 1 && t && COORDINATORS.has(t.lower) && isContentWord(tokens[i + 1], 0) && isContentWord(tokens[i + 2], 1) && tokens[i + 2]?.sentence === sentence) {
      continue;
    }
    if (!isContentWord(t, k) || t.sentence !== sentence) break;
    last = i;
  }
  if (last < 0) return null;
  return text.slice(first.start, itemAt(tokens, last).end).replace(/\s+/g, ' ');
}
