/**
 * Finds the figures an article reports: counts, money, percentages, durations that are
 * penalties or measures, ratios and changes, with their qualifier and what they count. Numbers
 * that are labels (years, dates, times, ages, ordinals, section numbers, addresses, phone numbers,
 * scores, names) and small spelled-out counts in narrative are left alone.
 */
import { countedPhrase } from './noun-phrase';
import { denominatorWord, fractionWord, MAGNITUDES, parseDigits, readCore, readFractionOfMagnitude, signBefore, smallNumberWord } from './number-parser';
import { readQualifier } from './statistic-qualifiers';
import { POINT_SHARES, readHalfSpan, readQualifiedShare, readSpan } from './statistic-spans';
import { indexAfterModifier, modifierNamesAKind, readSpelledCompound, readSpelledRange, readUnit } from './statistic-units';
import { vetoOf } from './statistic-vetoes';
import {
  CHANGE_VERB_BASES, CHANGE_WORDS, COUNTED_UNIT_WORDS, CURRENCY_PREFIXES, DOLLAR_COUNTRY_CODES, NARRATIVE_COUNT_BELOW, CURRENCY_LETTERS, NARRATIVE_TIME_AFTER, PENALTY_WORDS, POINT_IN_TIME_LEADS, TIME_WINDOW_LEADS,
  UNIT_WORDS, type UnitWord,
} from './statistic-vocabulary';
import { adjacent, isCapitalised, lower, type Token, type TokenizedText } from './text-tokens';
import type { StatisticMention, StatisticQualifier, StatisticUnit } from './types';
import { itemAt } from './item-at';
import { lookupTable } from './lookup-table';

/** Words before "one day" or "one year" that make it a reported length ("for one year"), not "one day, he left". */
const DURATION_LEADS = new Set(['for', 'spent', 'served', 'serving', 'took', 'lasted', 'lasting', 'over', 'within', 'of', 'after']);

/**
 * A spelled length of time ("runs five days", "six years of history") is a figure unless it is a
 * window ("the past two years"), a point in time or a frequency ("in two years", "every two
 * years"), or narrative time ("two days later"); "one day" needs a lead that makes it a length.
 */
function durationIsReported(tokens: readonly Token[], first: number, last: number, value: number): boolean {
  const before = lower(tokens[first - 1]);
  if (TIME_WINDOW_LEADS.has(before) || POINT_IN_TIME_LEADS.has(before)) return false;
  if (readQualifier(tokens, first) || sentenceHasPenalty(tokens, first)) return true;
  const after = lower(tokens[last + 1]);
  if (NARRATIVE_TIME_AFTER.has(after)) return before === 'for';
  return value !== 1 || DURATION_LEADS.has(before);
}

function sentenceHasPenalty(tokens: readonly Token[], index: number): boolean {
  const s = itemAt(tokens, index).sentence;
  for (let k = index - 1; k >= 0 && itemAt(tokens, k).sentence === s; k--) if (PENALTY_WORDS.has(lower(tokens[k]))) return true;
  for (let k = index + 1; k < tokens.length && itemAt(tokens, k).sentence === s; k++) if (PENALTY_WORDS.has(lower(tokens[k]))) return true;
  return false;
}

interface Reading {
  readonly first: number;
  readonly last: number;
  readonly value: number;
  readonly valueHigh: number | null;
  readonly unit: StatisticUnit;
  readonly qualifier: StatisticQualifier | null;
  readonly unitKind: UnitWord['kind'] | 'money' | 'count';
  /** ISO 4217 code for money, when the text names one currency. */
  readonly code?: string | null;
}

/**
 * "one in five", "one out of three", "2 in 3", and in digits "12 of 13", "11 of the 12": the
 * part and the whole are one figure ("one of the two" in words is narrative).
 */
/** Measures "half the …" is a share of ("half the size", "half the financial help"); "half the players" is narrative. */
const HALF_OF_MEASURES = new Set([
  'size', 'amount', 'cost', 'costs', 'price', 'rate', 'number', 'level', 'space', 'help', 'value', 'share', 'speed', 'weight',
  'length', 'height', 'width', 'area', 'capacity', 'budget', 'salary', 'pay', 'income', 'revenue', 'sales', 'money', 'time',
]);
/** Words before "half" that make it a part of something ("the first half", "a half"), not a share of what follows. */
const HALF_NOUN_LEADS = new Set(['in', 'first', 'second', 'other', 'back', 'front', 'the', 'a', 'an', 'this', 'that', 'each', 'top', 'bottom', 'better', 'lower', 'upper']);

/** The least whole a spelled "four of the five" is a proportion of: "two of the three" is narrative. */
const SPELLED_PROPORTION_MIN_WHOLE = 5;

function readProportion(tokens: readonly Token[], i: number, text: string): Reading | null {
  const a = tokens[i];
  if (!a) return null;
  const num = a.kind === 'number' ? parseDigits(a.text) : smallNumberWord(a.text);
  if (num === null || num <= 0) return null;
  let j = i + 1;
  // "one in five", "one in every four".
  if (lower(tokens[j]) === 'in') j += lower(tokens[j + 1]) === 'every' ? 2 : 1;
  else if (lower(tokens[j]) === 'out' && lower(tokens[j + 1]) === 'of') j += 2;
  else if (a.kind === 'number' && lower(tokens[j]) === 'of') j += lower(tokens[j + 1]) === 'the' ? 2 : 1;
  // "four of the five participants"; "one of the two", "two of the three" are narrative.
  else if (a.kind === 'word' && num >= 2 && lower(tokens[j]) === 'of' && lower(tokens[j + 1]) === 'the' && (smallNumberWord(lower(tokens[j + 2])) ?? parseDigits(tokens[j + 2]?.text ?? '') ?? 0) >= SPELLED_PROPORTION_MIN_WHOLE) j += 2;
  else return null;
  const b = tokens[j];
  if (!b) return null;
  if (a.kind === 'number' && (lower(tokens[i + 1]) === 'of' || lower(tokens[i + 1]) === 'out')) {
    // "Photo 3 of 12", "Part 1 of 2": a label's number stays a label; "4 out of 5 stars" a rating.
    const core = readCore(tokens, i);
    if (b.kind !== 'number' || !core || vetoOf({ tokens, text, core, unit: { unit: null, last: core.last, compound: false } }) !== null) return null;
  }
  const den = b.kind === 'number' ? parseDigits(b.text) : smallNumberWord(b.text);
  // "Rating: 3.5 of 4 stars" is a critic's rating.
  if (den === null || den <= num || den > 1000 || lower(tokens[j + 1]) === 'stars') return null;
  return { first: i, last: j, value: num / den, valueHigh: null, unit: 'ratio', qualifier: null, unitKind: 'ratio' };
}

/** Determiners of the noun phrase a multiple is of: "three times the rate", "twice that", "three times its 2024 sales". */
const MULTIPLE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'that', 'this', 'those', 'these', 'its', 'their', 'his', 'her', 'our', 'your', 'my']);
/** Nouns of a time that make "twice this year", "three times that day" how often, not a multiple. */
const OCCASION_NOUNS: ReadonlySet<string> = new Set(['year', 'season', 'month', 'week', 'day', 'morning', 'afternoon', 'evening', 'night', 'time', 'summer', 'winter', 'spring', 'fall', 'weekend', 'game', 'match', 'quarter']);

/** True when the determiner at `k` opens the noun phrase a multiple is of, not a time it happened in. */
function multipleOf(tokens: readonly Token[], k: number): boolean {
  return MULTIPLE_DETERMINERS.has(lower(tokens[k])) && !OCCASION_NOUNS.has(lower(tokens[k + 1]));
}

/** Words that can open a number reading; everything else is skipped before any parsing. */
const NUMBER_OPENERS = new Set([
  'a', 'an', 'half', 'quarter', 'twice', 'dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion',
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', ...Object.keys(CHANGE_WORDS), ...Object.keys(CHANGE_VERB_BASES), ...Object.keys(CURRENCY_PREFIXES).map((k) => k.toLowerCase()),
  ...Object.keys(DOLLAR_COUNTRY_CODES).map((k) => k.toLowerCase()), ...Object.keys(CURRENCY_LETTERS).map((k) => k.toLowerCase()),
]);

/** "percent of 10", "per cent of twenty-two": the percentage written after its unit. */
function readUnitFirstPercent(tokens: readonly Token[], i: number): Reading | null {
  const t = itemAt(tokens, i);
  let j = i + 1;
  if (t.lower === 'per' && lower(tokens[j]) === 'cent') j++;
  else if (t.lower !== 'percent' && t.lower !== 'percents') return null;
  const before = tokens[i - 1];
  if (before && (before.kind === 'number' || smallNumberWord(before.lower) !== null || MAGNITUDES[before.lower] !== undefined)) return null;
  if (lower(tokens[j]) !== 'of') return null;
  const core = readCore(tokens, j + 1);
  if (!core || core.currency || lower(tokens[core.last + 1]) === '%') return null;
  return { first: i, last: core.last, value: core.value / 100, valueHigh: null, unit: 'percent', qualifier: null, unitKind: 'percent' };
}

/**
 * "three dozen", "up to a dozen": dozens are a magnitude when there are several or a bound is put
 * on them; "a dozen" and "about a dozen" are narrative ways of saying "several".
 */
function readsDozens(tokens: readonly Token[], first: number, last: number): boolean {
  if (lower(tokens[last]) !== 'dozen') return false;
  if ((smallNumberWord(lower(tokens[first])) ?? 1) > 1) return true;
  const q = readQualifier(tokens, first);
  return q !== null && q.qualifier !== 'about';
}

/**
 * "a" and "an", the commonest words of all, open a figure only before a magnitude ("a million"), a
 * unit of time ("more than a year") or a dollar sign ("A$5"): every other article is passed at once.
 */
function articleOpensNumber(next: Token | undefined): boolean {
  if (!next) return false;
  const w = next.lower;
  return next.text === '$' || MAGNITUDES[w] !== undefined || w === 'dozen' || UNIT_WORDS[w]?.kind === 'duration' || denominatorWord(w) !== null || w.startsWith('half-') || POINT_SHARES[w] !== undefined;
}

const SECONDS_PER_MINUTE = 60;
/** Hours of a running time: one digit ("4:40:45"); "18:00:00" is a time of day. */
const CLOCK_HOURS = /^\d$/;
const CLOCK_SIXTIETHS = /^\d{2}$/;
const CLOCK_SECONDS_WITH_FRACTION = /^\d{2}\.\d+$/;

/** The number glued after a colon glued to the token at `k` ("18" of "2:18"), or undefined. */
function afterGluedColon(tokens: readonly Token[], k: number): Token | undefined {
  const colon = tokens[k + 1];
  const next = tokens[k + 2];
  return colon?.text === ':' && adjacent(tokens[k], colon) && adjacent(colon, next) && next?.kind === 'number' ? next : undefined;
}

/**
 * A race, lap or running time: hours, minutes and seconds ("finished in 4:40:45") or minutes and
 * seconds with a fraction ("a lap of 1:19.387"). "6:47 p.m." and "12:30" are times of day, "3:2" a score.
 */
function readClockDuration(tokens: readonly Token[], i: number): Reading | null {
  const hours = tokens[i];
  if (hours?.kind !== 'number' || !CLOCK_HOURS.test(hours.text)) return null;
  const minutes = afterGluedColon(tokens, i);
  if (!minutes) return null;
  if (CLOCK_SECONDS_WITH_FRACTION.test(minutes.text)) {
    return { first: i, last: i + 2, value: Number(hours.text) * SECONDS_PER_MINUTE + Number(minutes.text), valueHigh: null, unit: 'other', qualifier: null, unitKind: 'duration' };
  }
  const seconds = CLOCK_SIXTIETHS.test(minutes.text) ? afterGluedColon(tokens, i + 2) : undefined;
  if (!seconds || !(CLOCK_SIXTIETHS.test(seconds.text) || CLOCK_SECONDS_WITH_FRACTION.test(seconds.text)) || /^[ap]\.?m\b/.test(lower(tokens[i + 5]))) return null;
  const value = (Number(hours.text) * SECONDS_PER_MINUTE + Number(minutes.text)) * SECONDS_PER_MINUTE + Number(seconds.text);
  return { first: i, last: i + 4, value, valueHigh: null, unit: 'other', qualifier: null, unitKind: 'duration' };
}

function readAt(tokens: readonly Token[], i: number, text: string): Reading | null {
  const t = itemAt(tokens, i);
  if (t.lower === 'percent' || t.lower === 'percents' || t.lower === 'per') return readUnitFirstPercent(tokens, i);
  if (t.kind === 'word' && !NUMBER_OPENERS.has(t.lower) && !(t.lower.includes('-') && NUMBER_OPENERS.has(t.lower.slice(0, t.lower.indexOf('-'))))) {
    return null;
  }
  if ((t.lower === 'a' || t.lower === 'an') && !articleOpensNumber(tokens[i + 1])) return null;
  const clock = readClockDuration(tokens, i);
  if (clock) return clock;
  const halfSpan = readHalfSpan(tokens, i);
  if (halfSpan) return halfSpan;
  const proportion = readProportion(tokens, i, text);
  if (proportion) return proportion;
  const change = CHANGE_WORDS[lower(t)];
  if (change !== undefined) return { first: i, last: i, value: change, valueHigh: null, unit: 'ratio', qualifier: null, unitKind: 'ratio' };
  if (t.kind === 'word') {
    const compound = readSpelledCompound(t);
    if (compound) {
      if (/-old$/i.test(text.slice(t.end, t.end + 4))) return null;
      // "a one-yen bid" is a price, "a four-year plan" a length, "an eight-inch screen" and "a
      // nine-member board" sizes: number-and-unit modifiers count, as the annotation guide has it.
      // "a four-game streak" names a kind of streak.
      const measured = compound.unit.kind === 'measure' && !COUNTED_UNIT_WORDS.has(t.lower.slice(t.lower.lastIndexOf('-') + 1));
      const countsItself = compound.unit.kind === 'money' || ((compound.unit.kind === 'duration' || measured) && !modifierNamesAKind(tokens, i));
      if (!countsItself && !readQualifier(tokens, i)) return null;
      return {
        first: i,
        last: i,
        value: compound.value * compound.unit.scale,
        valueHigh: null,
        unit: compound.unit.unit,
        qualifier: null,
        unitKind: compound.unit.kind,
        code: compound.unit.code ?? null,
      };
    }
    // "one-to-seven days": a spelled range is a figure with the unit after it; "one-to-one talks" is not.
    const range = readSpelledRange(t);
    const rangeUnit = range ? readUnit(tokens, i).unit : null;
    if (range && rangeUnit && rangeUnit.kind !== 'ratio') {
      return {
        first: i,
        last: readUnit(tokens, i).last,
        value: range.low * rangeUnit.scale,
        valueHigh: range.high * rangeUnit.scale,
        unit: rangeUnit.unit,
        qualifier: null,
        unitKind: rangeUnit.kind,
        code: rangeUnit.code ?? null,
      };
    }
    const frac = fractionWord(t.text);
    if (frac !== null && t.text.includes('-') && !readFractionOfMagnitude(tokens, i)) {
      return { first: i, last: i, value: frac, valueHigh: null, unit: 'ratio', qualifier: null, unitKind: 'ratio' };
    }
    // "more than triple", "nearly double": the base verb is a change only with a qualifier.
    // "double the number", "twice the rate", "twice that", "twice its size": a multiple of the noun phrase after it.
    const multipleOfThe = multipleOf(tokens, i + 1);
    const baseChange = CHANGE_VERB_BASES[lower(t)];
    if (baseChange !== undefined && (multipleOfThe || readQualifier(tokens, i))) return { first: i, last: i, value: baseChange, valueHigh: null, unit: 'ratio', qualifier: null, unitKind: 'ratio' };
    if (lower(t) === 'half' || lower(t) === 'twice') {
      const q = readQualifier(tokens, i);
      // "half the size", "half the financial help people need": a share of the noun phrase after it
      // ("the first half the team played" is a part of a game).
      const shareOfThe = multipleOfThe && !HALF_NOUN_LEADS.has(lower(tokens[i - 1])) && (HALF_OF_MEASURES.has(lower(tokens[i + 2])) || HALF_OF_MEASURES.has(lower(tokens[i + 3])));
      if ((q || shareOfThe) && lower(t) === 'half') return { first: i, last: i, value: 0.5, valueHigh: null, unit: 'ratio', qualifier: null, unitKind: 'ratio' };
      if (lower(t) === 'twice' && (q || multipleOfThe || lower(tokens[i + 1]) === 'as')) return { first: i, last: i, value: 2, valueHigh: null, unit: 'ratio', qualifier: null, unitKind: 'ratio' };
    }
  }
  const span = readSpan(tokens, i) ?? readQualifiedShare(tokens, i);
  if (span) return span;
  const core = readCore(tokens, i);
  if (!core) return null;
  const unit = readUnit(tokens, core.last);
  if (vetoOf({ tokens, text, core, unit }) !== null) return null;
  const u = unit.unit;
  if (unit.compound && u) {
    // "16-inch MacBook", "10-year Treasury": a compound before a name names a kind of
    // thing; "a 90-day extension" and "a 1,900-mile-wide moon" are lengths.
    const nextIndex = indexAfterModifier(tokens, unit.last);
    const next = tokens[nextIndex];
    // A number after the modifier opens another modifier of the same noun ("a 154-pound 40-year-old man").
    // A comma or a dash after it sets the measure apart ("at 195-inches – about as long", "an
    // all-new 2.0-liter, naturally aspirated engine"), and an engine code is no name ("5.0-liter V8").
    const after = tokens[nextIndex + 1];
    const engineCode = next?.kind === 'word' && after?.kind === 'number' && after.start === next.end;
    const namesAThing = !next || (next.kind === 'word' && isCapitalised(next.text) && !engineCode) || (next.kind === 'punct' && !MEASURE_SETTERS.has(next.text));
    const measureAdjective = u.kind === 'measure' && lower(tokens[unit.last]).includes('-');
    const countsItself =
      u.kind === 'money' || (u.kind === 'measure' && (!namesAThing || measureAdjective)) || (u.kind === 'duration' && !modifierNamesAKind(tokens, unit.last));
    if (!countsItself && !readQualifier(tokens, core.first)) return null;
  }
  if (core.spelled) {
    // Small spelled-out counts are narrative unless they carry a measure or a penalty.
    if (!core.hasMagnitude || core.value < 1000) {
      // "over sixty employees", "up to ten devices": a qualified count of ten or more is a figure;
      // "about a dozen owners" is a manner of speaking.
      const qualifiedCount = core.value >= NARRATIVE_COUNT_BELOW && readQualifier(tokens, core.first) !== null && !/^an?$/.test(lower(tokens[core.first]));
      if (!u && !readsDozens(tokens, core.first, core.last) && !qualifiedCount) return null;
      if (u && u.kind === 'duration' && !unit.compound && !unit.relative && !durationIsReported(tokens, core.first, unit.last, core.value)) return null;
      if (u?.kind === 'ratio' && !/^(as|more|higher|larger|greater|bigger|what|faster|less|lower)$/.test(lower(tokens[unit.last + 1])) && !multipleOf(tokens, unit.last + 1)) {
        return null;
      }
      // "two inches longer", "six feet tall" are measures ("one foot in the door" an idiom); "three
      // games", "two seats" are narrative counts of things.
      const smallest = COUNTED_UNIT_WORDS.has(lower(tokens[unit.last])) ? NARRATIVE_COUNT_BELOW : 2;
      if (u?.kind === 'measure' && !unit.compound && core.value < smallest && !readQualifier(tokens, core.first)) return null;
    }
  }
  let value = core.value;
  let resultUnit: StatisticUnit = 'count';
  let unitKind: Reading['unitKind'] = 'count';
  let code = core.code;
  if (core.currency) {
    resultUnit = core.currency;
    unitKind = 'money';
  }
  let last = core.last;
  // "rmb 10 usd 20": a currency code followed by a number opens the next amount.
  const opensNextAmount = core.currency !== null && u?.kind === 'money' && tokens[unit.last + 1]?.kind === 'number';
  // "in just 73 games", "270 votes": a count in digits is a count of the noun after it, which stays
  // out of the mention as with "409,000 deportations"; "three games" is read by its noun.
  const countsItsNoun = !core.spelled && COUNTED_UNIT_WORDS.has(lower(tokens[unit.last]));
  if (u && !(core.currency && u.kind !== 'money') && !opensNextAmount && !countsItsNoun) {
    value *= u.scale;
    if (!core.currency) {
      resultUnit = u.unit;
      code = u.code ?? null;
    }
    unitKind = u.kind;
    last = unit.last;
    // "75 USD million"
    const trailing = MAGNITUDES[lower(tokens[last + 1])];
    if (u.kind === 'money' && trailing !== undefined && trailing >= 1e6) {
      value *= trailing;
      last++;
    }
  }
  if (!core.currency && resultUnit === 'count' && lower(tokens[last + 1]) === 'dollars') {
    resultUnit = 'usd';
    unitKind = 'money';
    code = 'USD';
    last++;
  }
  // "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars and 50."
  if (unitKind === 'money' && /^(dollars?|usd)$/.test(lower(tokens[last]))) {
    const j = lower(tokens[last + 1]) === 'and' ? last + 2 : last + 1;
    const cents = readCore(tokens, j);
    if (cents && !cents.currency && cents.value < 100 && Number.isInteger(cents.value)) {
      const after = tokens[cents.last + 1];
      if (/^cents?$/.test(lower(after))) {
        value += cents.value / 100;
        last = cents.last + 1;
      } else if (!after || after.kind === 'punct' || lower(after) === 'more') {
        value += cents.value / 100;
        last = cents.last;
      }
    }
  }
  return { first: core.first, last, value, valueHigh: null, unit: resultUnit, qualifier: null, unitKind, code: unitKind === 'money' ? code : null };
}

/** "10 to 20 years", "between 25 and 30 times", "3-5 years", "$5 million to $10 million". */
function extendRange(tokens: readonly Token[], r: Reading, text: string): Reading {
  const joiner = tokens[r.last + 1];
  if (!joiner) return r;
  const j = lower(joiner);
  const between = lower(tokens[r.first - 1]) === 'between';
  // "from 12 to 340" and "fell by 12 to 340" are a change and its result, not a range, also when
  // a qualifier stands between ("shrank by roughly $190 billion to $2.9 trillion").
  const lead = lower(tokens[(readQualifier(tokens, r.first)?.first ?? r.first) - 1]);
  if ((lead === 'from' || lead === 'by') && j === 'to') return r;
  if (!(j === 'to' || (j === 'and' && between) || ((j === '-' || j === '\u2013') && adjacent(tokens[r.last], joiner)))) return r;
  const high = readAt(tokens, r.last + 2, text);
  if (high && high.unitKind === r.unitKind && high.value > r.value) {
    return { ...r, last: high.last, valueHigh: high.value, first: between ? r.first - 1 : r.first };
  }
  // "3-5 years": the unit comes after the second number only.
  const core = readCore(tokens, r.last + 2);
  if (core && r.unitKind === 'count' && core.value > r.value) {
    const unit = readUnit(tokens, core.last);
    if (unit.unit && !core.currency) {
      return {
        ...r,
        first: between ? r.first - 1 : r.first,
        last: unit.last,
        value: r.value * unit.unit.scale,
        valueHigh: core.value * unit.unit.scale,
        unit: unit.unit.unit,
        unitKind: unit.unit.kind,
      };
    }
  }
  return r;
}

/** Units of time from the longest down, for a length told in two of them ("2 hours and 46 minutes"). */
const TIME_UNIT_RANKS: Readonly<Record<string, number>> = lookupTable({
  year: 7, years: 7, month: 6, months: 6, week: 5, weeks: 5, day: 4, days: 4, hour: 3, hours: 3, minute: 2, minutes: 2, min: 2, mins: 2, second: 1, seconds: 1,
});

/** "2 hours and 46 minutes", "1 hour 50 minutes", "two years and three months": one length of time. */
function extendCompoundDuration(tokens: readonly Token[], r: Reading, text: string): Reading {
  const rank = TIME_UNIT_RANKS[lower(tokens[r.last])];
  if (r.unitKind !== 'duration' || rank === undefined || r.valueHigh !== null) return r;
  const from = lower(tokens[r.last + 1]) === 'and' ? r.last + 2 : r.last + 1;
  if (from >= tokens.length) return r;
  const rest = readAt(tokens, from, text);
  if (!rest || rest.first !== from || rest.unitKind !== 'duration' || rest.valueHigh !== null) return r;
  const restRank = TIME_UNIT_RANKS[lower(tokens[rest.last])];
  return restRank !== undefined && restRank < rank ? { ...r, last: rest.last } : r;
}

/** Removes binary floating-point noise from scaled values (3.7 * 0.01 = 0.037000000000000005). */
function tidy(value: number): number {
  if (Number.isInteger(value) && value !== 0 && Math.abs(value) < 1e12) return value;
  return Number(value.toPrecision(12));
}

/** Numbers inside a URL or query string are not prose. */
function insideUrl(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && !/\s/.test(text[from - 1] as string)) from--;
  let to = at;
  while (to < text.length && !/\s/.test(text[to] as string)) to++;
  return /:\/\/|www\.|[?&=]|%[0-9A-Fa-f]{2}/.test(text.slice(from, to));
}

/** Punctuation that sets a measure apart after a compound: "at 195-inches – about as long", "a 2.0-liter, naturally aspirated engine". */
const MEASURE_SETTERS = new Set([',', '.', ';', '\u2013', '\u2014']);

export function recognizeStatistics(tokenized: TokenizedText): StatisticMention[] {
  const { tokens, text } = tokenized;
  const out: StatisticMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = itemAt(tokens, i);
    if (t.kind === 'punct' && CURRENCY_PREFIXES[t.text] === undefined && !((t.text === '.' || t.text === '-') && tokens[i + 1]?.kind === 'number')) continue;
    if (t.kind !== 'word' && insideUrl(text, t.start)) continue;
    let reading = readAt(tokens, i, text);
    if (!reading) continue;
    reading = extendCompoundDuration(tokens, extendRange(tokens, reading, text), text);
    let first = reading.first;
    let qualifier: StatisticQualifier | null = null;
    const q = readQualifier(tokens, first);
    if (q) {
      qualifier = q.qualifier;
      first = q.first;
    }
    let value = reading.value;
    let valueHigh = reading.valueHigh;
    const sign = qualifier === null ? signBefore(tokens, first, text) : null;
    if (sign === '-' || (qualifier === null && /^(minus|negative)$/.test(lower(tokens[first - 1])))) {
      first--;
      value = -value;
      valueHigh = valueHigh === null ? null : -valueHigh;
    } else if (sign === '+') first--;
    let last = reading.last;
    if (lower(tokens[last + 1]) === 'or' && /^(more|so|longer)$/.test(lower(tokens[last + 2]))) {
      last += 2;
      qualifier = qualifier ?? (lower(tokens[last]) === 'so' ? 'about' : 'at-least');
    }
    const startTok = itemAt(tokens, first);
    const endTok = itemAt(tokens, last);
    out.push({
      kind: 'statistic',
      start: startTok.start,
      end: endTok.end,
      text: text.slice(startTok.start, endTok.end),
      entityId: null,
      value: tidy(value),
      valueHigh: valueHigh === null ? null : tidy(valueHigh),
      unit: reading.unit,
      qualifier,
      counts: reading.unitKind === 'duration' ? null : countedPhrase(tokens, last + 1, text),
      comparison: null,
      ...(reading.code ? { currencyCode: reading.code } : {}),
    });
    i = last;
  }
  return out;
}
