/**
 * The unit after a number: percent, currencies named in words, durations, measures, ratios
 * ("%", "per cent", "Swiss francs", "years", "inches", "times"), and spelled compounds
 * ("four-year").
 */
import { parseDigits, smallNumberWord } from './number-parser';
import { COMPOUND_COUNT_NOUNS, NAMED_CURRENCIES, UNIT_WORDS, type UnitWord } from './statistic-vocabulary';
import { adjacent, isCapitalised, lower, type Token } from './text-tokens';
import { itemAt } from './item-at';

export interface UnitRead {
  readonly unit: UnitWord | null;
  /** Last token index of the unit, or the core's last when none. */
  readonly last: number;
  /** True for "14-inch", "four-year": the unit is glued to the number by a hyphen. */
  readonly compound: boolean;
  /** True for "two more years", "three additional months": a quantity relative to another. */
  readonly relative?: boolean;
}

const CURRENCY_COUNTRY_WORDS = new Set(Object.keys(NAMED_CURRENCIES).map((k) => k.split(' ')[0] as string));

/** "Week", not "GHz": a unit written as a title ("a 26–20 Week 15 win", "the 80 Day Obsession") names a label or a name. */
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;
/** A price in pence is under a pound; "1080p", "720p" are video resolutions. */
const PENCE_IN_A_POUND = 100;
const RELATIVE_WORDS = new Set(['more', 'additional', 'extra', 'fewer', 'further']);
/** Words between a number and its unit of time that say the time ran unbroken ("four straight years"). */
const RUN_WORDS = new Set(['straight', 'consecutive', 'full', 'whole']);

/** "3 percentage points": read as a percent, but a difference of two percentages, never a level. */
export function isPercentagePoints(text: string): boolean {
  return /\bpercentage[ -]points?\b/i.test(text);
}

/** Words of weather and heat that make a "C" or "F" glued to a number its temperature scale. */
const HEAT_WORDS = new Set(['temperature', 'temperatures', 'heat', 'degrees', 'high', 'highs', 'low', 'lows', 'warm', 'warmer', 'cold', 'colder', 'hot', 'hotter', 'weather', 'forecast', 'celsius', 'fahrenheit', 'heatwave', 'warming']);
/** How far either side of the number such a word is looked for. */
const HEAT_WINDOW_TOKENS = 12;

function sentenceSpeaksOfHeat(tokens: readonly Token[], at: number): boolean {
  const sentence = itemAt(tokens, at).sentence;
  for (let k = Math.max(0, at - HEAT_WINDOW_TOKENS); k <= at + HEAT_WINDOW_TOKENS && k < tokens.length; k++) {
    const t = itemAt(tokens, k);
    if (t.sentence === sentence && HEAT_WORDS.has(t.lower)) return true;
  }
  return false;
}

export function readUnit(tokens: readonly Token[], last: number): UnitRead {
  const next = tokens[last + 1];
  if (!next) return { unit: null, last, compound: false };
  if (next.text === '%') return { unit: UNIT_WORDS.percent as UnitWord, last: last + 1, compound: false };
  // "42.4 °C", "108 °F": a temperature.
  if (next.text === '\u00b0' && /^[CF]$/.test(tokens[last + 2]?.text ?? '') && adjacent(next, tokens[last + 2])) return { unit: UNIT_WORDS.degrees as UnitWord, last: last + 2, compound: false };
  if (next.text === '-' && adjacent(tokens[last], next) && adjacent(next, tokens[last + 2])) {
    // "12-cent-a-share": the unit is the first part of the hyphenated word.
    const word = lower(tokens[last + 2]);
    const u = UNIT_WORDS[word] ?? COMPOUND_COUNT_NOUNS[word] ?? (word.endsWith('-old') ? undefined : UNIT_WORDS[word.split('-')[0] as string]);
    if (u) return { unit: u, last: last + 2, compound: true };
    return { unit: null, last, compound: false };
  }
  const w = lower(next);
  // "a 26–20 Week 15 win": a capitalised unit before a number names a label, not the unit.
  // "the 80 Day Obsession plan", "24 Hour Fitness": before another capitalised word, a name.
  const after = tokens[last + 2];
  if (TITLE_CASE_WORD.test(next.text) && !next.sentenceInitial && (after?.kind === 'number' || (after?.kind === 'word' && TITLE_CASE_WORD.test(after.text)))) return { unit: null, last, compound: false };
  if (w === 'per' && lower(tokens[last + 2]) === 'cent') return { unit: UNIT_WORDS.percent as UnitWord, last: last + 2, compound: false };
  if (w === 'percentage' && /^points?$/.test(lower(tokens[last + 2]))) {
    return { unit: { unit: 'percent', scale: 0.01, kind: 'percent' }, last: last + 2, compound: false };
  }
  const u = UNIT_WORDS[w];
  if (u) return { unit: u, last: last + 1, compound: false };
  // "near 38C at lights out", "a high of 104F": a scale letter glued to a temperature the sentence
  // speaks of; "keeps 1.5C alive": a Celsius figure with a decimal is a temperature, or a rise of one.
  const decimalCelsius = next.text === 'C' && itemAt(tokens, last).text.includes('.');
  if ((next.text === 'C' || next.text === 'F') && adjacent(itemAt(tokens, last), next) && (decimalCelsius || sentenceSpeaksOfHeat(tokens, last))) return { unit: UNIT_WORDS.degrees as UnitWord, last: last + 1, compound: false };
  // "a 30W charger": watts glued to the number ("24358 W" in a log line is a column), before a
  // noun of the sentence ("Anker 60W 10-Port USB Charger", "20W Output" are a listing's specs).
  if (w === 'w' && adjacent(itemAt(tokens, last), next) && !(after && (after.kind === 'number' || after.text === '(' || isCapitalised(after.text)))) return { unit: UNIT_WORDS.watts as UnitWord, last: last + 1, compound: false };
  // "the 5p rise", "52.5p a share": a "p" glued to a price under a pound is pence ("1080p" is a resolution).
  if (w === 'p' && next.text === 'p' && adjacent(itemAt(tokens, last), next) && (parseDigits(itemAt(tokens, last).text) ?? PENCE_IN_A_POUND) < PENCE_IN_A_POUND) return { unit: UNIT_WORDS.pence as UnitWord, last: last + 1, compound: false };
  // "~9x as cost-effective", "1-2x": an "x" glued to the number is "times" ("4x4", "1920x1080" are sizes).
  if (w === 'x' && adjacent(itemAt(tokens, last), next) && !(after?.kind === 'number' && adjacent(next, after))) return { unit: UNIT_WORDS.times as UnitWord, last: last + 1, compound: false };
  // "1,300 square feet", "40 square miles": an area is a measure.
  const squared = w === 'square' ? UNIT_WORDS[lower(tokens[last + 2])] : undefined;
  if (squared?.kind === 'measure') return { unit: squared, last: last + 2, compound: false };
  // "two more years", "three additional months": the unit after the comparison word.
  const afterComparison = RELATIVE_WORDS.has(w) ? UNIT_WORDS[lower(tokens[last + 2])] : undefined;
  if (afterComparison && afterComparison.kind === 'duration') return { unit: afterComparison, last: last + 2, compound: false, relative: true };
  const afterRun = RUN_WORDS.has(w) ? UNIT_WORDS[lower(tokens[last + 2])] : undefined;
  if (afterRun && afterRun.kind === 'duration') return { unit: afterRun, last: last + 2, compound: false };
  if (CURRENCY_COUNTRY_WORDS.has(w)) {
    const two = `${w} ${lower(tokens[last + 2])}`;
    const named2 = NAMED_CURRENCIES[two];
    if (named2) return { unit: named2, last: last + 2, compound: false };
    const named3 = NAMED_CURRENCIES[`${two} ${lower(tokens[last + 3])}`];
    if (named3) return { unit: named3, last: last + 3, compound: false };
  }
  return { unit: null, last, compound: false };
}

/** A spelled compound like "four-year", "three-decade" or "nine-member": one token, number then unit. */
export function readSpelledCompound(token: Token): { value: number; unit: UnitWord } | null {
  const m = /^([a-z]+(?:-[a-z]+)?)-([a-z]+)$/.exec(token.lower);
  if (!m) return null;
  const unit = UNIT_WORDS[m[2] as string] ?? COMPOUND_COUNT_NOUNS[m[2] as string];
  const value = smallNumberWord(m[1] as string);
  if (!unit || value === null || unit.kind === 'ratio') return null;
  return { value, unit };
}

/**
 * True when a number-and-unit modifier ending at `last` names a kind of thing rather than a
 * length: before a name ("the Six-Day War", "10-year Treasury") or nothing at all. Before a
 * common noun it counts, as the annotation guide has it ("a 30-year mortgage").
 */
export function modifierNamesAKind(tokens: readonly Token[], last: number): boolean {
  const next = tokenAfterModifier(tokens, last);
  return !next || next.kind !== 'word' || isCapitalised(next.text);
}

/** Longest parenthetical a modifier's noun is looked for past ("a 154-pound (70-kilogram) man"). */
const MAX_ASIDE_TOKENS = 8;

/**
 * The index of the token a modifier ending at `last` describes, past an opening quote ("a
 * 55-kilometer “buffer zone”") and past a conversion in brackets, from either side ("a 154-pound
 * (70-kilogram) man").
 */
export function indexAfterModifier(tokens: readonly Token[], last: number): number {
  let k = last + 1;
  if (tokens[k]?.text === ')') k++;
  else if (tokens[k]?.text === '(') {
    for (let j = k + 1; j <= k + MAX_ASIDE_TOKENS && j < tokens.length; j++) {
      if (tokens[j]?.text !== ')') continue;
      k = j + 1;
      break;
    }
  }
  const next = tokens[k];
  return next && /^[\u201c\u2018"']$/.test(next.text) && adjacent(next, tokens[k + 1]) ? k + 1 : k;
}

/** The token a modifier ending at `last` describes (see `indexAfterModifier`). */
function tokenAfterModifier(tokens: readonly Token[], last: number): Token | undefined {
  return tokens[indexAfterModifier(tokens, last)];
}

/** A range spelled as one word, "one-to-seven" or "two-to-three": its ends, low first. */
export function readSpelledRange(token: Token): { low: number; high: number } | null {
  const m = /^([a-z]+(?:-[a-z]+)?)-to-([a-z]+(?:-[a-z]+)?)$/.exec(token.lower);
  if (!m) return null;
  const low = smallNumberWord(m[1] as string);
  const high = smallNumberWord(m[2] as string);
  return low !== null && high !== null && low < high ? { low, high } : null;
}
