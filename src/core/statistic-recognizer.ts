/**
 * Finds the figures an article reports: counts, money, percentages, durations that are
 * penalties or measures, ratios and changes, with their qualifier and what they count. Numbers
 * that are labels (years, dates, times, ages, ordinals, section numbers, addresses, phone numbers,
 * scores, names) and small spelled-out counts in narrative are left alone.
 */
import {
  denominatorWord,
  fractionWord,
  MAGNITUDE_SUFFIXES,
  MAGNITUDES,
  MONEY_ONLY_SUFFIXES,
  parseDigits,
  parseWordNumber,
  smallNumberWord,
  SPACED_LETTER_MAGNITUDES,
  SPACED_MAGNITUDES,
} from './number-parser';
import { countedPhrase } from './noun-phrase';
import {
  CHANGE_WORDS,
  CURRENCY_PREFIXES,
  DOLLAR_COUNTRY_CODES,
  LABEL_WORDS,
  MONTHS,
  NAMED_CURRENCIES,
  NARRATIVE_TIME_AFTER,
  PENALTY_WORDS,
  PREFIX_CODES,
  QUALIFIERS,
  REGIONAL_MAGNITUDES,
  STREET_WORDS,
  UNIT_WORDS,
  type UnitWord,
} from './statistic-vocabulary';
import { NOT_NAME_WORDS } from './person-vocabulary';
import { isCapitalised, type Token, type TokenizedText } from './text-tokens';
import type { StatisticMention, StatisticQualifier, StatisticUnit } from './types';
import { itemAt } from './item-at';

interface Core {
  /** Token index range [first, last] of the number itself, magnitude included. */
  readonly first: number;
  readonly last: number;
  readonly value: number;
  readonly spelled: boolean;
  readonly hasMagnitude: boolean;
  readonly currency: StatisticUnit | null;
  /** ISO 4217 code of the currency sign or code before the number, when it names one. */
  readonly code: string | null;
}

const lower = (t: Token | undefined): string => (t ? t.lower : '');
const adjacent = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;

/**
 * "... million and a half", "... billion and three quarters", "... billion and a half million":
 * a fraction of the last magnitude (or of the magnitude named after it) added to the number.
 */
function readAndFraction(tokens: readonly Token[], last: number, value: number): { value: number; last: number } | null {
  if (lower(tokens[last + 1]) !== 'and') return null;
  const countWord = lower(tokens[last + 2]);
  const count = countWord === 'a' || countWord === 'an' ? 1 : smallNumberWord(countWord);
  const denominator = denominatorWord(lower(tokens[last + 3]));
  if (count === null || denominator === null) return null;
  const named = MAGNITUDES[lower(tokens[last + 4])];
  const top = named ?? MAGNITUDES[lower(tokens[last])];
  if (top === undefined || top < 1000) return null;
  return { value: value + (count / denominator) * top, last: last + (named !== undefined ? 4 : 3) };
}

/** "7/32", "3/4": a fraction when the denominator is one fractions use, never a day of the month. */
const FRACTION_DENOMINATORS = new Set([2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100]);
function readSlashFraction(tokens: readonly Token[], i: number): { value: number; last: number } | null {
  const a = tokens[i];
  const slash = tokens[i + 1];
  const b = tokens[i + 2];
  if (!a || !slash || !b || a.kind !== 'number' || slash.text !== '/' || b.kind !== 'number') return null;
  if (!adjacent(a, slash) || !adjacent(slash, b) || tokens[i + 3]?.text === '/') return null;
  const num = Number(a.text);
  const den = Number(b.text);
  if (!FRACTION_DENOMINATORS.has(den) || !(num < den)) return null;
  return { value: num / den, last: i + 2 };
}

/** "two thirds of a million", "two-thirds of a billion", "three quarters billion". */
function readFractionOfMagnitude(tokens: readonly Token[], i: number): { value: number; last: number } | null {
  const w = lower(tokens[i]);
  let share = fractionWord(w);
  let j = i + 1;
  if (share === null || !w.includes('-')) {
    const count = smallNumberWord(w);
    const denominator = denominatorWord(lower(tokens[i + 1]));
    if (count === null || denominator === null || count >= denominator) return null;
    share = count / denominator;
    j = i + 2;
  }
  if (lower(tokens[j]) === 'of') j++;
  if (lower(tokens[j]) === 'a') j++;
  const mag = MAGNITUDES[lower(tokens[j])];
  if (mag === undefined || mag < 1e3) return null;
  return { value: share * mag, last: j };
}

/** Reads the number starting at token i (digits, words, currency sign, magnitude). */
function readCore(tokens: readonly Token[], i: number): Core | null {
  let first = i;
  let currency: StatisticUnit | null = null;
  let t = tokens[i];
  if (!t) return null;
  let code: string | null = null;
  // Codes are written in capitals, but "usd 20" and "rmb 10" turn up in lower case too.
  const prefixKey = t.text.length === 3 && t.kind === 'word' && t.text === t.lower && CURRENCY_PREFIXES[t.text] === undefined ? t.text.toUpperCase() : t.text;
  const sign = CURRENCY_PREFIXES[prefixKey];
  const country = DOLLAR_COUNTRY_CODES[t.text];
  const dollar = tokens[i + 1];
  if (country !== undefined && dollar?.text === '$' && (adjacent(t, dollar) || t.text === 'US') && tokens[i + 2]?.kind === 'number') {
    // "HK$10.05 billion", "C$300 million", "US $150 million"
    currency = country === 'USD' ? 'usd' : 'other';
    code = country;
    i += 2;
    t = itemAt(tokens, i);
  } else if (sign !== undefined) {
    let j = i + 1;
    // "Rs. 500"
    if (t.text === 'Rs' && tokens[j]?.text === '.') j++;
    if (tokens[j]?.kind !== 'number') return null;
    currency = sign;
    code = PREFIX_CODES[prefixKey] ?? null;
    i = j;
    t = itemAt(tokens, i);
  }
  if (t.text === '.' && tokens[i + 1]?.kind === 'number' && adjacent(t, tokens[i + 1]) && !adjacent(tokens[i - 1], t) && currency === null) {
    // ".08"
    const digits = itemAt(tokens, i + 1).text;
    if (/^\d+$/.test(digits) && !adjacent(tokens[i + 1], tokens[i + 2])) {
      return { first, last: i + 1, value: Number(`0.${digits}`), spelled: false, hasMagnitude: false, currency, code };
    }
  }
  if (t.kind === 'number') {
    const slashed = readSlashFraction(tokens, i);
    if (slashed) return { first, last: slashed.last, value: slashed.value, spelled: false, hasMagnitude: false, currency, code };
    const value = parseDigits(t.text);
    if (value === null) return null;
    // Mixed numbers: "2 1/4", "1-1/2".
    const joint = tokens[i + 1];
    if (joint && (joint.kind === 'number' || (joint.text === '-' && adjacent(t, joint)))) {
      const at = joint.kind === 'number' ? i + 1 : i + 2;
      const part = readSlashFraction(tokens, at);
      if (part && (joint.kind === 'number' || adjacent(joint, tokens[at]))) {
        return { first, last: part.last, value: value + part.value, spelled: false, hasMagnitude: false, currency, code };
      }
    }
    let last = i;
    let mag = 1;
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    const suffix = next && adjacent(t, next) && next.kind === 'word' && !(adjacent(next, after) && after?.kind !== 'punct')
      ? (MAGNITUDE_SUFFIXES[next.text] ?? (currency ? MONEY_ONLY_SUFFIXES[next.text] : undefined))
      : undefined;
    if (suffix !== undefined) {
      mag = suffix;
      last = i + 1;
    } else if (MAGNITUDES[lower(next)] !== undefined && !t.text.includes(',')) {
      // "3.4 million", "3 hundred and 21", "4 thousand 3 hundred"
      const words: string[] = [];
      for (let j = i; j < tokens.length && j < i + 8 && tokens[j]?.kind !== 'punct'; j++) words.push(itemAt(tokens, j).text);
      const parsed = parseWordNumber(words);
      if (parsed) {
        let last2 = i + parsed.length - 1;
        let total = parsed.value;
        const fraction = readAndFraction(tokens, last2, total);
        if (fraction) {
          total = fraction.value;
          last2 = fraction.last;
        }
        return { first, last: last2, value: total, spelled: false, hasMagnitude: true, currency, code };
      }
    } else if (lower(next) === 'dozen' || lower(next) === 'dozens' || lower(next) === 'dzs') {
      mag = 12;
      last = i + 1;
    } else {
      const word = lower(next);
      const lettered = next && next.kind === 'word' && tokens[i + 2]?.kind !== 'word' ? SPACED_LETTER_MAGNITUDES[next.text] : undefined;
      const m = MAGNITUDES[word] ?? REGIONAL_MAGNITUDES[word] ?? SPACED_MAGNITUDES[word] ?? lettered;
      if (m !== undefined) {
        mag = m;
        last = i + 1;
        // "3 million and a half"
        if (m >= 1e6 && lower(tokens[i + 2]) === 'and' && lower(tokens[i + 3]) === 'a' && lower(tokens[i + 4]) === 'half') {
          mag *= 1 + 0.5 / value;
          last = i + 4;
        }
      }
    }
    return { first, last, value: value * mag, spelled: false, hasMagnitude: mag !== 1, currency, code };
  }
  if (t.kind !== 'word' || currency !== null) return null;
  first = i;
  const w = lower(t);
  // "five-and-a-half points"
  const halfMatch = /^([a-z]+)-and-a-half$/.exec(w);
  if (halfMatch) {
    const base = smallNumberWord(halfMatch[1] as string);
    if (base !== null) return { first, last: i, value: base + 0.5, spelled: true, hasMagnitude: false, currency, code };
  }
  const ofMagnitude = readFractionOfMagnitude(tokens, i);
  if (ofMagnitude) return { first, last: ofMagnitude.last, value: ofMagnitude.value, spelled: true, hasMagnitude: true, currency, code };
  // "half a billion", "half million", "a quarter of a million", "quarter million"
  const share = w === 'half' ? 0.5 : w === 'quarter' ? 0.25 : null;
  if (share !== null) {
    let j = i + 1;
    if (lower(tokens[j]) === 'of') j++;
    if (lower(tokens[j]) === 'a') j++;
    const mag = MAGNITUDES[lower(tokens[j])];
    if (mag !== undefined && mag >= 1e3) {
      const opensWithA = lower(tokens[i - 1]) === 'a' && share === 0.25;
      return { first: opensWithA ? i - 1 : first, last: j, value: mag * share, spelled: true, hasMagnitude: true, currency, code };
    }
  }
  // "five and a half million"
  const baseWord = smallNumberWord(w);
  if (baseWord !== null && lower(tokens[i + 1]) === 'and' && lower(tokens[i + 2]) === 'a' && lower(tokens[i + 3]) === 'half') {
    const mag = MAGNITUDES[lower(tokens[i + 4])];
    if (mag !== undefined && mag >= 1e3) return { first, last: i + 4, value: (baseWord + 0.5) * mag, spelled: true, hasMagnitude: true, currency, code };
  }
  const words: string[] = [];
  for (let j = i; j < tokens.length && j < i + 8; j++) {
    const tj = itemAt(tokens, j);
    if (tj.kind !== 'word') break;
    words.push(tj.text);
  }
  const parsed = parseWordNumber(words);
  if (!parsed) return null;
  let last = i + parsed.length - 1;
  let value = parsed.value;
  const fraction = parsed.hasMagnitude ? readAndFraction(tokens, last, value) : null;
  if (fraction) {
    value = fraction.value;
    last = fraction.last;
  }
  // "1.5 million" is digits; "two million" lands here; "a million or more" keeps its "a".
  const after = lower(tokens[last + 1]);
  const regional = REGIONAL_MAGNITUDES[after];
  if (regional !== undefined) {
    value *= regional;
    last++;
  }
  return { first, last, value, spelled: true, hasMagnitude: parsed.hasMagnitude, currency, code };
}

interface UnitRead {
  readonly unit: UnitWord | null;
  /** Last token index of the unit, or the core's last when none. */
  readonly last: number;
  /** True for "14-inch", "four-year": the unit is glued to the number by a hyphen. */
  readonly compound: boolean;
}

const CURRENCY_COUNTRY_WORDS = new Set(Object.keys(NAMED_CURRENCIES).map((k) => k.split(' ')[0] as string));

function readUnit(tokens: readonly Token[], last: number): UnitRead {
  const next = tokens[last + 1];
  if (!next) return { unit: null, last, compound: false };
  if (next.text === '%') return { unit: UNIT_WORDS.percent as UnitWord, last: last + 1, compound: false };
  if (next.text === '-' && adjacent(tokens[last], next) && adjacent(next, tokens[last + 2])) {
    // "12-cent-a-share": the unit is the first part of the hyphenated word.
    const word = lower(tokens[last + 2]);
    const u = UNIT_WORDS[word] ?? (word.endsWith('-old') ? undefined : UNIT_WORDS[word.split('-')[0] as string]);
    if (u) return { unit: u, last: last + 2, compound: true };
    return { unit: null, last, compound: false };
  }
  const w = lower(next);
  if (w === 'per' && lower(tokens[last + 2]) === 'cent') return { unit: UNIT_WORDS.percent as UnitWord, last: last + 2, compound: false };
  if (w === 'percentage' && /^points?$/.test(lower(tokens[last + 2]))) {
    return { unit: { unit: 'percent', scale: 0.01, kind: 'percent' }, last: last + 2, compound: false };
  }
  const u = UNIT_WORDS[w];
  if (u) return { unit: u, last: last + 1, compound: false };
  if (CURRENCY_COUNTRY_WORDS.has(w)) {
    const two = `${w} ${lower(tokens[last + 2])}`;
    const named2 = NAMED_CURRENCIES[two];
    if (named2) return { unit: named2, last: last + 2, compound: false };
    const named3 = NAMED_CURRENCIES[`${two} ${lower(tokens[last + 3])}`];
    if (named3) return { unit: named3, last: last + 3, compound: false };
  }
  return { unit: null, last, compound: false };
}

/** A spelled compound like "four-year" or "three-decade": one token, number then unit. */
function readSpelledCompound(token: Token): { value: number; unit: UnitWord } | null {
  const m = /^([a-z]+(?:-[a-z]+)?)-([a-z]+)$/.exec(token.lower);
  if (!m) return null;
  const unit = UNIT_WORDS[m[2] as string];
  const value = smallNumberWord(m[1] as string);
  if (!unit || value === null || unit.kind === 'ratio') return null;
  return { value, unit };
}

const QUALIFIER_LAST_WORDS = new Set(QUALIFIERS.map(([p]) => p.split(' ').pop() as string));

function readQualifier(tokens: readonly Token[], first: number): { qualifier: StatisticQualifier; first: number } | null {
  if (!QUALIFIER_LAST_WORDS.has(lower(tokens[first - 1]))) return null;
  for (const [phrase, qualifier] of QUALIFIERS) {
    const words = phrase.split(' ');
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

/** "Apollo", "GTX", and camel-case product words such as "iPhone" and "iOS" open a name. */
function namesSomething(word: string): boolean {
  return isCapitalised(word) || /^\p{Ll}+\p{Lu}/u.test(word);
}

/** True when the number is a label, date, time, age, ordinal, name part or similar. */
function isNotAQuantity(tokens: readonly Token[], core: Core, unit: UnitRead, text: string): boolean {
  const t = itemAt(tokens, core.first);
  const prev = tokens[core.first - 1];
  const next = tokens[unit.last + 1];
  const hasUnit = unit.unit !== null || core.currency !== null;
  if (!core.spelled) {
    const digits = t.text;
    // Ordinals and decades: "5th", "1990s".
    const glued = tokens[core.first + 1];
    if (glued && adjacent(t, glued) && glued.kind === 'word' && /^(st|nd|rd|th|s)$/i.test(glued.text)) return true;
    const gluedDash = prev?.text === '-' && adjacent(tokens[core.first - 2], prev);
    if (prev && adjacent(prev, t) && (prev.kind === 'word' || gluedDash || prev.text === '#' || prev.text === '/' || prev.text === '.' || prev.text === ':')) return true;
    if (core.last === core.first && glued && adjacent(t, glued) && (glued.text === '/' || glued.text === ':' || glued.text === '(')) return true;
    // "48-year-old"
    if (glued && glued.text === '-' && /-old$/.test(tokens[core.first + 2]?.lower ?? '')) return true;
    // List numbering: "2. Pay off debt", "3) Save".
    if (t.sentenceInitial && glued && adjacent(t, glued) && (glued.text === '.' || glued.text === ')') && tokens[core.first + 2]) return true;
    if (glued && adjacent(t, glued) && glued.kind === 'word' && core.last === core.first && unit.unit === null) return true;
    if (!hasUnit && !core.hasMagnitude) {
      if (/^\d{4}$/.test(digits)) {
        const n = Number(digits);
        if (n >= 1500 && n <= 2100) return true;
      }
      // Scores and number pairs: "24-17", "5-4 decision".
      if (glued && glued.text === '-' && adjacent(t, glued) && tokens[core.first + 2]?.kind === 'number' && !UNIT_WORDS[lower(tokens[core.first + 3])]) return true;
      if (prev && prev.text === '-' && tokens[core.first - 2]?.kind === 'number') return true;
    }
    // Phone numbers: "(202) 555-0100", "202-555-0100".
    if (/\d{3}[-.)\s]+\d{3}[-.\s]\d{4}/.test(text.slice(Math.max(0, t.start - 6), t.end + 10))) return true;
  }
  // "4K display", "Block 1B", "a 1B variant": a one-letter magnitude with no currency is a label
  // unless it counts something plural ("1B users", "30K people").
  if (!core.currency && !core.spelled && core.last === core.first + 1 && /^[kKbBM]$/.test(itemAt(tokens, core.last).text)) {
    const countsPlural = next?.kind === 'word' && (/\p{Ll}s$/u.test(next.text) || next.lower === 'people');
    if (prev?.kind === 'word' && namesSomething(prev.text) && !prev.sentenceInitial) return true;
    if (next?.kind === 'word' && !countsPlural && unit.unit === null) return true;
  }
  // "Nov. 5", "No. 2": the abbreviation's period sits between the word and the number.
  const labelTok = prev?.text === '.' && tokens[core.first - 2]?.kind === 'word' && adjacent(tokens[core.first - 2], prev) ? tokens[core.first - 2] : prev;
  if (labelTok) {
    const p = labelTok.lower;
    if (!hasUnit && LABEL_WORDS.has(p)) return true;
    if (labelTok.text === '§' || labelTok.text === '¶') return true;
    if (MONTHS.has(p) && !hasUnit && (!core.hasMagnitude || !core.spelled)) return true;
    if (!hasUnit && !core.hasMagnitude && labelTok.kind === 'word' && /^(aged?|ages)$/.test(p)) return true;
    // A capitalised word right before a bare number names something: "Apollo 11", "Title 42".
    if (!hasUnit && !core.hasMagnitude && labelTok === prev && labelTok.kind === 'word' && namesSomething(labelTok.text) && !MONTHS.has(p)) {
      if (!readQualifierWord(p) && !(labelTok.sentenceInitial && NOT_NAME_WORDS.has(p))) return true;
    }
  }
  if (next) {
    const n = next.lower.replace(/\.$/, '');
    if (!hasUnit && MONTHS.has(n)) return true;
    if (/^(a\.m|p\.m|am|pm|a|p)$/.test(n) && !core.spelled && !hasUnit) {
      const after = text.slice(next.start, next.start + 4).toLowerCase();
      if (/^(a\.m|p\.m|am\b|pm\b)/.test(after)) return true;
    }
    if (n === "o'clock") return true;
    // "the 93 year-old": an age written with a space before the hyphenated unit.
    if (!hasUnit && /^(years?|months?|weeks?|days?)-old$/.test(n)) return true;
    // "at one point", "at one stage": a moment in the story, not a measure.
    if (core.spelled && core.value === 1 && lower(prev) === 'at' && /^(point|stage)$/.test(lower(tokens[core.last + 1]))) return true;
    if (unit.unit?.kind === 'duration' && (n === 'old' || (n === '-' && lower(tokens[unit.last + 2]) === 'old'))) return true;
    if (unit.unit?.kind === 'duration' && (n === 'ago' || n === 'later' || n === 'earlier')) return true;
    if ((!hasUnit || unit.unit?.kind === 'measure') && !core.spelled && next.kind === 'word' && isCapitalised(next.text)) {
      for (let k = unit.last + 1; k <= unit.last + 4; k++) {
        if (STREET_WORDS.has(lower(tokens[k]).replace(/\.$/, ''))) return true;
      }
    }
  }
  // "70 of us", "5 of them": a count of people in the story, not a figure.
  if (!hasUnit && lower(next) === 'of' && /^(us|them|you|those|these|whom|which)$/.test(lower(tokens[unit.last + 2]))) return true;
  // "called 3 times already": how often something happened.
  if (unit.unit?.kind === 'ratio' && /^(already|since|before|per|a|an|in|this|last|during|today|yesterday|now|so|when|while|after|that)$/.test(lower(next))) return true;
  // Ages set off by commas after a name: "Volker, 44, said".
  if (!hasUnit && !core.spelled && prev?.text === ',' && next?.text === ',') {
    const before = tokens[core.first - 2];
    if (before && before.kind === 'word' && isCapitalised(before.text)) return true;
  }
  return false;
}

const QUALIFIER_WORDS = new Set(QUALIFIERS.map(([p]) => p.split(' ')[0] as string));
function readQualifierWord(word: string): boolean {
  return QUALIFIER_WORDS.has(word);
}

/** Words before a spelled duration that make it a reported length of time ("for seven years"). */
const DURATION_LEADS = new Set(['for', 'spent', 'served', 'serving', 'took', 'lasted', 'lasting', 'over', 'within', 'of', 'after']);
/** Words before a duration that make it relative time, a date ("the past two years"). */
const RELATIVE_LEADS = new Set(['past', 'last', 'next', 'coming', 'previous', 'recent', 'first', 'final', 'few']);

function durationIsReported(tokens: readonly Token[], first: number, last: number): boolean {
  const before = lower(tokens[first - 1]);
  if (RELATIVE_LEADS.has(before)) return false;
  if (readQualifier(tokens, first) || sentenceHasPenalty(tokens, first)) return true;
  const after = lower(tokens[last + 1]);
  if (NARRATIVE_TIME_AFTER.has(after)) return before === 'for';
  return DURATION_LEADS.has(before);
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

/** "one in five", "one out of three", "2 in 3". */
function readProportion(tokens: readonly Token[], i: number): Reading | null {
  const a = tokens[i];
  if (!a) return null;
  const num = a.kind === 'number' ? parseDigits(a.text) : smallNumberWord(a.text);
  if (num === null || num <= 0) return null;
  let j = i + 1;
  if (lower(tokens[j]) === 'in') j++;
  else if (lower(tokens[j]) === 'out' && lower(tokens[j + 1]) === 'of') j += 2;
  else return null;
  const b = tokens[j];
  if (!b) return null;
  const den = b.kind === 'number' ? parseDigits(b.text) : smallNumberWord(b.text);
  if (den === null || den <= num || den > 1000) return null;
  return { first: i, last: j, value: num / den, valueHigh: null, unit: 'ratio', qualifier: null, unitKind: 'ratio' };
}

/** Words that can open a number reading; everything else is skipped before any parsing. */
const NUMBER_OPENERS = new Set([
  'a', 'an', 'half', 'quarter', 'twice', 'dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion',
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', ...Object.keys(CHANGE_WORDS), ...Object.keys(CURRENCY_PREFIXES).map((k) => k.toLowerCase()),
  ...Object.keys(DOLLAR_COUNTRY_CODES).map((k) => k.toLowerCase()),
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

function readAt(tokens: readonly Token[], i: number, text: string): Reading | null {
  const t = itemAt(tokens, i);
  if (t.lower === 'percent' || t.lower === 'percents' || t.lower === 'per') return readUnitFirstPercent(tokens, i);
  if (t.kind === 'word' && !NUMBER_OPENERS.has(t.lower) && !(t.lower.includes('-') && NUMBER_OPENERS.has(t.lower.slice(0, t.lower.indexOf('-'))))) {
    return null;
  }
  const proportion = readProportion(tokens, i);
  if (proportion) return proportion;
  const change = CHANGE_WORDS[lower(t)];
  if (change !== undefined) return { first: i, last: i, value: change, valueHigh: null, unit: 'ratio', qualifier: null, unitKind: 'ratio' };
  if (t.kind === 'word') {
    const compound = readSpelledCompound(t);
    if (compound) {
      if (/-old$/i.test(text.slice(t.end, t.end + 4))) return null;
      // "a one-yen bid" is a price; "a four-year term" is a figure only with a qualifier.
      if (compound.unit.kind !== 'money' && !readQualifier(tokens, i)) return null;
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
    const frac = fractionWord(t.text);
    if (frac !== null && t.text.includes('-') && !readFractionOfMagnitude(tokens, i)) {
      return { first: i, last: i, value: frac, valueHigh: null, unit: 'ratio', qualifier: null, unitKind: 'ratio' };
    }
    if (lower(t) === 'half' || lower(t) === 'twice') {
      const q = readQualifier(tokens, i);
      if (q && lower(t) === 'half') return { first: i, last: i, value: 0.5, valueHigh: null, unit: 'ratio', qualifier: null, unitKind: 'ratio' };
      if (lower(t) === 'twice' && lower(tokens[i + 1]) === 'as') return { first: i, last: i, value: 2, valueHigh: null, unit: 'ratio', qualifier: null, unitKind: 'ratio' };
    }
  }
  // "more than a decade", "nearly a year": one unit, said with a qualifier.
  const spanQualifier = t.lower === 'a' || t.lower === 'an' ? readQualifier(tokens, i) : null;
  // "over a decade" and "under a year" are spans of time, not reported lengths.
  if (spanQualifier && !['over', 'under', 'above', 'below', 'some', 'record', 'estimated'].includes(lower(tokens[spanQualifier.first]))) {
    const u = UNIT_WORDS[lower(tokens[i + 1])];
    if (u && u.kind === 'duration' && !lower(tokens[i + 1]).endsWith('s')) {
      return { first: i, last: i + 1, value: u.scale, valueHigh: null, unit: u.unit, qualifier: null, unitKind: 'duration' };
    }
  }
  const core = readCore(tokens, i);
  if (!core) return null;
  const unit = readUnit(tokens, core.last);
  if (isNotAQuantity(tokens, core, unit, text)) return null;
  const u = unit.unit;
  if (unit.compound && u) {
    // "16-inch MacBook", "10-year notes", "12-month high": compounds mostly name a kind of thing.
    const next = tokens[unit.last + 1];
    const namesAThing = !next || next.kind !== 'word' || isCapitalised(next.text);
    if (u.kind !== 'money' && (u.kind !== 'measure' || namesAThing)) {
      if (!readQualifier(tokens, core.first)) return null;
    }
  }
  if (core.spelled) {
    // Small spelled-out counts are narrative unless they carry a measure or a penalty.
    if (!core.hasMagnitude || core.value < 1000) {
      if (!u) return null;
      if (u.kind === 'duration' && !unit.compound && !durationIsReported(tokens, core.first, unit.last)) return null;
      if (u.kind === 'ratio' && !/^(as|more|higher|larger|greater|bigger|the|what|that|faster|less|lower)$/.test(lower(tokens[unit.last + 1]))) {
        return null;
      }
      if (u.kind === 'measure' && !unit.compound && core.value < 10 && !readQualifier(tokens, core.first)) return null;
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
  if (u && !(core.currency && u.kind !== 'money') && !opensNextAmount) {
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
  if (lower(tokens[r.first - 1]) === 'from' && j === 'to') return r;
  if (!(j === 'to' || (j === 'and' && between) || ((j === '-' || j === '\u2013') && adjacent(tokens[r.last], joiner)))) return r;
  const high = readAt(tokens, r.last + 2, text);
  if (high && high.unitKind === r.unitKind && high.value > r.value) {
    return { ...r, last: high.last, valueHigh: high.value, first: between ? r.first - 1 : r.first };
  }
  // "3-5 years": the unit comes after the second number only.
  const core = readCore(tokens, r.last + 2);
  if (core && r.unitKind === 'count') {
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

/** Removes binary floating-point noise from scaled values (3.7 * 0.01 = 0.037000000000000005). */
function tidy(value: number): number {
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

export function recognizeStatistics(tokenized: TokenizedText): StatisticMention[] {
  const { tokens, text } = tokenized;
  const out: StatisticMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = itemAt(tokens, i);
    if (t.kind === 'punct' && CURRENCY_PREFIXES[t.text] === undefined && !((t.text === '.' || t.text === '-') && tokens[i + 1]?.kind === 'number')) continue;
    if (t.kind !== 'word' && insideUrl(text, t.start)) continue;
    let reading = readAt(tokens, i, text);
    if (!reading) continue;
    reading = extendRange(tokens, reading, text);
    let first = reading.first;
    let qualifier: StatisticQualifier | null = null;
    const q = readQualifier(tokens, first);
    if (q && (reading.unitKind !== 'ratio' || reading.value < 1)) {
      qualifier = q.qualifier;
      first = q.first;
    }
    let value = reading.value;
    let valueHigh = reading.valueHigh;
    const dash = tokens[first - 1];
    const glued = dash?.text === '-' && adjacent(dash, tokens[first]) && !adjacent(tokens[first - 2], dash) && tokens[first - 2]?.kind !== 'number';
    if (qualifier === null && (glued || /^(minus|negative)$/.test(lower(tokens[first - 1])))) {
      first--;
      value = -value;
      valueHigh = valueHigh === null ? null : -valueHigh;
    }
    let last = reading.last;
    if (lower(tokens[last + 1]) === 'or' && /^(more|so)$/.test(lower(tokens[last + 2]))) {
      last += 2;
      qualifier = qualifier ?? (lower(tokens[last]) === 'more' ? 'at-least' : 'about');
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
