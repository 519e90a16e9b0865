/**
 * Quantities said with "a"/"an" instead of a number: a span of time with a qualifier, a fraction
 * or an upper end ("more than a decade", "an hour and a half", "a year or two", "a week or
 * longer"), and a share with a qualifier ("more than a third", "nearly a quarter century").
 * A bare "a month" or "a third man" is narrative, and "nearly a year later" a point in time.
 */
import { denominatorWord, MAGNITUDES, smallNumberWord } from './number-parser';
import { readQualifier } from './statistic-qualifiers';
import { CHANGE_VERBS, POINT_IN_TIME_LEADS, UNIT_WORDS } from './statistic-vocabulary';
import { lookupTable } from './lookup-table';
import { lower, type Token } from './text-tokens';
import type { StatisticUnit } from './types';

export interface PhraseReading {
  readonly first: number;
  readonly last: number;
  readonly value: number;
  readonly valueHigh: number | null;
  readonly unit: StatisticUnit;
  readonly qualifier: null;
  readonly unitKind: 'duration' | 'ratio' | 'percent';
}

/** Qualifiers that make "a year" a span of time rather than a reported length ("under a year"). */
const SPAN_QUALIFIERS_OF_TIME = new Set(['under', 'above', 'below', 'some', 'record', 'estimated']);

/** Words after a span that make it a point in time or an age ("barely a week ago", "nearly a year later", "more than a century old"). */
const POINT_IN_TIME_AFTER = new Set(['ago', 'later', 'earlier', 'old']);

function isArticle(token: Token | undefined): boolean {
  return lower(token) === 'a' || lower(token) === 'an';
}

const HALF_PREFIX = 'half-';

function hasSpanQualifier(tokens: readonly Token[], i: number): boolean {
  const q = readQualifier(tokens, i);
  if (q === null) return false;
  // "sold out in under an hour": after "in", "under" bounds how long something took, not an age.
  return !SPAN_QUALIFIERS_OF_TIME.has(lower(tokens[q.first])) || (lower(tokens[q.first]) === 'under' && lower(tokens[q.first - 1]) === 'in');
}

/**
 * "more than a decade", "nearly a year", "an hour and a half", "a year or two", "a week or
 * longer" (the "or longer" is read with the other trailing qualifiers): one unit of time said with
 * a qualifier, a fraction or an upper end; "in a year or two" is a point in time.
 */
export function readSpan(tokens: readonly Token[], i: number): PhraseReading | null {
  if (!isArticle(tokens[i])) return null;
  const unitWord = lower(tokens[i + 1]);
  const u = UNIT_WORDS[unitWord];
  if (!u || u.kind !== 'duration' || unitWord.endsWith('s')) return null;
  const andAHalf = lower(tokens[i + 2]) === 'and' && isArticle(tokens[i + 3]) && lower(tokens[i + 4]) === 'half';
  const upper = lower(tokens[i + 2]) === 'or' ? smallNumberWord(lower(tokens[i + 3])) : null;
  const orLonger = lower(tokens[i + 2]) === 'or' && /^(longer|more)$/.test(lower(tokens[i + 3]));
  const openEnded = (upper !== null && upper > 1) || orLonger;
  // "improved within a month": "within" bounds the length as a qualifier does; "Within a decade,"
  // opening a sentence sets the time of what follows.
  const within = lower(tokens[i - 1]) === 'within' && tokens[i - 1]?.sentenceInitial !== true;
  if (!andAHalf && !within && !hasSpanQualifier(tokens, i) && !(openEnded && !POINT_IN_TIME_LEADS.has(lower(tokens[i - 1])))) return null;
  const high = !andAHalf && upper !== null && upper > 1 ? upper * u.scale : null;
  const last = andAHalf ? i + 4 : high !== null ? i + 3 : i + 1;
  if (POINT_IN_TIME_AFTER.has(lower(tokens[last + 1]))) return null;
  return {
    first: i,
    last,
    value: u.scale * (andAHalf ? 1.5 : 1),
    valueHigh: high,
    unit: u.unit,
    qualifier: null,
    unitKind: 'duration',
  };
}

/**
 * "half a century", "half an hour", "a half-century": half of one unit of time, a length the
 * press gives as a figure, qualified or not.
 */
export function readHalfSpan(tokens: readonly Token[], i: number): PhraseReading | null {
  const article = isArticle(tokens[i]);
  const at = article ? i + 1 : i;
  const word = lower(tokens[at]);
  let unitWord: string;
  let last: number;
  if (word === 'half' && !article && isArticle(tokens[at + 1])) {
    unitWord = lower(tokens[at + 2]);
    last = at + 2;
  } else if (word.startsWith(HALF_PREFIX)) {
    unitWord = word.slice(HALF_PREFIX.length);
    last = at;
  } else return null;
  const u = UNIT_WORDS[unitWord];
  if (!u || u.kind !== 'duration' || unitWord.endsWith('s')) return null;
  return { first: i, last, value: u.scale / 2, valueHigh: null, unit: u.unit, qualifier: null, unitKind: 'duration' };
}

/** How far before "by a third" the verb of the change may stand ("cut its benchmark interest rate by a quarter-point"). */
const CHANGE_VERB_WORDS_BEFORE_BY = 6;
/** Words after "by a third" that end the share: "fell by a third in 2020", "by a quarter, to". */
const AFTER_SHARE_WORDS: ReadonlySet<string> = new Set(['in', 'to', 'from', 'since', 'over', 'last', 'this', 'and', 'or', 'as', 'after', 'before', 'while', 'compared', 'between', 'during', 'within', 'on', 'at', 'year', 'a', 'per']);

/** "reduced deaths by a third", "fell by a quarter": a share that is the size of a change ("a third party" is none). */
function shareOfChange(tokens: readonly Token[], i: number): boolean {
  if (lower(tokens[i - 1]) !== 'by') return false;
  const after = tokens[i + 2];
  if (after && after.kind !== 'punct' && !AFTER_SHARE_WORDS.has(after.lower)) return false;
  const sentence = tokens[i]?.sentence;
  for (let k = i - 2; k >= Math.max(0, i - 1 - CHANGE_VERB_WORDS_BEFORE_BY); k--) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence || t.kind === 'punct') return false;
    if (CHANGE_VERBS.has(t.lower)) return true;
  }
  return false;
}

/** "a quarter-point", "a half-point": a move of a rate, in percentage points. */
export const POINT_SHARES: Readonly<Record<string, number>> = lookupTable({
  'quarter-point': 0.25, 'half-point': 0.5, 'quarter-percentage-point': 0.25, 'half-percentage-point': 0.5,
});
/** Nouns a point share stands before as the size of a move ("a quarter-point cut"). */
const RATE_MOVE_NOUNS: ReadonlySet<string> = new Set(['cut', 'cuts', 'hike', 'hikes', 'increase', 'increases', 'rise', 'reduction', 'move', 'drop']);

/**
 * "more than a third", "about a fifth", "nearly a quarter century": a share said with "a" is a
 * figure when a qualifier measures it or it sizes a change ("fell by a third"); "a quarter-point"
 * moves a rate; "a quarter of a million" is a magnitude, read elsewhere.
 */
export function readQualifiedShare(tokens: readonly Token[], i: number): PhraseReading | null {
  // "about one quarter of the revenue" is "about a quarter".
  if (!isArticle(tokens[i]) && !(lower(tokens[i]) === 'one' && readQualifier(tokens, i))) return null;
  const word = lower(tokens[i + 1]);
  const points = POINT_SHARES[word];
  if (points !== undefined) {
    if (!(readQualifier(tokens, i) || shareOfChange(tokens, i) || RATE_MOVE_NOUNS.has(lower(tokens[i + 2])))) return null;
    return { first: i, last: i + 1, value: points / 100, valueHigh: null, unit: 'percent', qualifier: null, unitKind: 'percent' };
  }
  const denominator = denominatorWord(word);
  if (denominator === null || word.endsWith('s') || !(readQualifier(tokens, i) || shareOfChange(tokens, i))) return null;
  const afterOf = lower(tokens[i + 2]) === 'of' ? (isArticle(tokens[i + 3]) ? i + 4 : i + 3) : i + 2;
  if ((MAGNITUDES[lower(tokens[afterOf])] ?? 0) >= 1e3) return null;
  const time = UNIT_WORDS[lower(tokens[i + 2])];
  if (time?.kind === 'duration') {
    return { first: i, last: i + 2, value: time.scale / denominator, valueHigh: null, unit: time.unit, qualifier: null, unitKind: 'duration' };
  }
  return { first: i, last: i + 1, value: 1 / denominator, valueHigh: null, unit: 'ratio', qualifier: null, unitKind: 'ratio' };
}
