/**
 * Numbers written in digits or words, read into values: which words are numbers and what they
 * are worth, and `readCore`, which reads one number (currency sign, digits or words, magnitude,
 * fractions) from the tokens. Deciding whether a number is a statistic is the statistic
 * recognizer's job.
 */
import { lookupTable } from './lookup-table';
import { CURRENCY_LETTER_MIN_MAGNITUDE, CURRENCY_LETTERS, CURRENCY_PREFIXES, DOLLAR_COUNTRY_CODES, PREFIX_CODES, REGIONAL_MAGNITUDES, UNIT_WORDS } from './statistic-vocabulary';
import { adjacent, cellBreakBetween, lower, type Token } from './text-tokens';
import type { StatisticUnit } from './types';
import { itemAt } from './item-at';

const UNITS: Readonly<Record<string, number>> = lookupTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});
const TENS: Readonly<Record<string, number>> = lookupTable({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
export const MAGNITUDES: Readonly<Record<string, number>> = lookupTable({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
});
/** Short magnitude suffixes used in headlines and finance copy: "£3m", "$1.2bn", "$35M". */
export const MAGNITUDE_SUFFIXES: Readonly<Record<string, number>> = lookupTable({
  k: 1e3, K: 1e3, M: 1e6, MM: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, b: 1e9, bn: 1e9, bln: 1e9, B: 1e9, tn: 1e12, trn: 1e12, tln: 1e12,
});
/** A lower-case "m" is metres as often as millions ("a 100m race"): read as millions with money only. */
export const MONEY_ONLY_SUFFIXES: Readonly<Record<string, number>> = lookupTable({ m: 1e6 });
/**
 * One-letter magnitudes set apart from the number ("2.33 k", "1,674.5 G"); read only where no word
 * follows, since "5 K race" or "4 G network" name things.
 */
export const SPACED_LETTER_MAGNITUDES: Readonly<Record<string, number>> = lookupTable({ k: 1e3, K: 1e3, M: 1e6, G: 1e9, B: 1e9 });
/** Abbreviated magnitudes that may stand apart from the number: "10 bln", "2.5 bn". */
export const SPACED_MAGNITUDES: Readonly<Record<string, number>> = lookupTable({ mn: 1e6, mln: 1e6, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12, tln: 1e12 });
const FRACTIONS: Readonly<Record<string, number>> = lookupTable({
  half: 0.5, third: 1 / 3, thirds: 1 / 3, quarter: 0.25, quarters: 0.25, fourth: 0.25, fourths: 0.25, fifth: 0.2, fifths: 0.2,
  tenth: 0.1, tenths: 0.1,
});

function hasHyphen(word: string): boolean {
  return word.includes('-') || word.includes('\u2010') || word.includes('\u2011');
}

/** Value of one simple number word ("seven", "twenty-one", "dozen"), or null. */
export function smallNumberWord(word: string): number | null {
  const w = word.toLowerCase();
  const unit = UNITS[w];
  if (unit !== undefined) return unit;
  const ten = TENS[w];
  if (ten !== undefined) return ten;
  if (w === 'dozen') return 12;
  if (!hasHyphen(w)) return null;
  const parts = w.split(/[-\u2010\u2011]/);
  if (parts.length === 2) {
    const t = TENS[parts[0] as string];
    const u = UNITS[parts[1] as string];
    if (t !== undefined && u !== undefined && u > 0 && u < 10) return t + u;
  }
  return null;
}

export function magnitudeWord(word: string): number | null {
  const w = word.toLowerCase();
  return MAGNITUDES[w] ?? (w === 'dozen' ? 12 : null);
}

/** "two-thirds" -> 0.667, "three-quarters" -> 0.75, "half" -> 0.5. */
export function fractionWord(word: string): number | null {
  const w = word.toLowerCase();
  if (w === 'half') return 0.5;
  if (!hasHyphen(w)) return null;
  const parts = w.split(/[-\u2010\u2011]/);
  if (parts.length !== 2) return null;
  const n = smallNumberWord(parts[0] as string);
  const d = FRACTIONS[parts[1] as string];
  if (n === null || d === undefined) return null;
  return n * d;
}

const DENOMINATORS: Readonly<Record<string, number>> = lookupTable({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, sixth: 6,
  sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
});

/** "fifths" -> 5, "half" -> 2; null for other words. */
export function denominatorWord(word: string): number | null {
  return DENOMINATORS[word.toLowerCase()] ?? null;
}

/** Four digits the recognizers read as a year when nothing else is said of them. */
const FIRST_YEAR = 1500;
const LAST_YEAR = 2100;

/** "2017" -> 2017: four digits in the range of years; null for any other text. */
export function yearOfDigits(text: string): number | null {
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
}

/** Digits with thousands separators and decimals: "409,000" -> 409000, "3.4" -> 3.4. */
export function parseDigits(text: string): number | null {
  // "28,25,140": South Asian grouping (lakh and crore), pairs of digits above the thousands.
  if (!/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d{1,3}([\u202f\u2009]\d{3})+(\.\d+)?$|^\d+(\.\d+)?$|^\d{1,2}(,\d{2})+,\d{3}(\.\d+)?$/.test(text)) return null;
  return Number(text.replace(/[,\u202f\u2009]/g, ''));
}

export interface WordNumber {
  readonly value: number;
  /** Number of word tokens consumed. */
  readonly length: number;
  /** True when the number needed a magnitude word ("five million", "a dozen"). */
  readonly hasMagnitude: boolean;
}

/**
 * Reads a number spelled in words from `words[0..]`, allowing "a"/"an" before a magnitude and
 * "and" inside ("one hundred and twenty"). Returns null when `words[0]` starts no number.
 */
export function parseWordNumber(words: readonly string[]): WordNumber | null {
  let total = 0;
  let current = 0;
  let used = 0;
  let any = false;
  let hasMagnitude = false;
  for (let i = 0; i < words.length && i < 8; i++) {
    const w = (words[i] as string).toLowerCase();
    // Digits may open a spelled number: "3 hundred and 21", "4 thousand 3 hundred".
    const afterJoin = i > 0 && (magnitudeWord(words[i - 1] as string) !== null || (words[i - 1] as string).toLowerCase() === 'and');
    const small = i === 0 && /^\d+(\.\d+)?$/.test(w) ? Number(w) : /^\d{1,3}$/.test(w) && any && afterJoin ? Number(w) : smallNumberWord(w);
    if (small !== null && w !== 'dozen') {
      // "forty five" joins; "five six" and "twenty thirty" do not.
      if (any && current % 100 !== 0 && current !== 0 && small < 100 && !(current % 10 === 0 && current % 100 < 100 && small < 10)) break;
      current += small;
      any = true;
      used = i + 1;
      continue;
    }
    if ((w === 'a' || w === 'an') && !any) {
      const next = words[i + 1]?.toLowerCase();
      if (next && magnitudeWord(next) !== null) {
        current = 1;
        continue;
      }
      break;
    }
    const following = words[i + 1] ?? '';
    if (w === 'and' && any && (current >= 100 || (total > 0 && current === 0)) && (/^[1-9]\d?$/.test(following) || smallNumberWord(following) !== null)) {
      // "two million and one half" ends at "million": the rest is a fraction.
      if (denominatorWord(words[i + 2] ?? '') !== null) break;
      // "3 hundred and 2 hundred" is two numbers: the hundreds are already filled.
      if (current % 1000 >= 100 && (words[i + 2] ?? '').toLowerCase() === 'hundred') break;
      continue;
    }
    const mag = magnitudeWord(w);
    // "hundred thousand dollars": a bare "hundred" opens a number when a larger magnitude follows.
    const opensBare = i === 0 && mag === 100 && (MAGNITUDES[(words[1] ?? '').toLowerCase()] ?? 0) >= 1e3;
    if (mag !== null && (any || current === 1 || opensBare)) {
      any = true;
      hasMagnitude = true;
      if (mag === 100) current = (current || 1) * 100;
      else if (mag === 12) current = (current || 1) * 12;
      else {
        total += (current || 1) * mag;
        current = 0;
      }
      used = i + 1;
      continue;
    }
    break;
  }
  if (!any) return null;
  return { value: total + current, length: used, hasMagnitude };
}

export interface Core {
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
export function readSlashFraction(tokens: readonly Token[], i: number): { value: number; last: number } | null {
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
export function readFractionOfMagnitude(tokens: readonly Token[], i: number): { value: number; last: number } | null {
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

/** "P4.7 billion", "N500m": the ISO code of a currency letter written against an amount (see CURRENCY_LETTERS), or null. */
function currencyLetter(tokens: readonly Token[], i: number): string | null {
  const letter = tokens[i];
  const digits = tokens[i + 1];
  const code = letter ? CURRENCY_LETTERS[letter.text] : undefined;
  if (code === undefined || digits?.kind !== 'number' || !adjacent(letter, digits)) return null;
  if (adjacent(tokens[i - 1], letter)) return null;
  const after = tokens[i + 2];
  const magnitude = MAGNITUDES[lower(after)] ?? (adjacent(digits, after) ? (MAGNITUDE_SUFFIXES[after?.text ?? ''] ?? MONEY_ONLY_SUFFIXES[after?.text ?? '']) : undefined) ?? 0;
  return /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits.text) || magnitude >= CURRENCY_LETTER_MIN_MAGNITUDE ? code : null;
}

/**
 * The sign written against the number at `first` ("-9,000", "+46,000"), when nothing it could be
 * the operator of stands against it on the left ("5-3", "2+2"); or null.
 */
export function signBefore(tokens: readonly Token[], first: number, text: string): '-' | '+' | null {
  const sign = tokens[first - 1];
  if ((sign?.text !== '-' && sign?.text !== '+') || !adjacent(sign, tokens[first])) return null;
  const before = tokens[first - 2];
  if (adjacent(before, sign)) return null;
  // "225.86\t-12.99\t-5.44%": the cells of a table row, each with its own sign.
  return before?.kind === 'number' && !cellBreakBetween(text, before.end, sign.start) ? null : sign.text;
}

/** Reads the number starting at token i (digits, words, currency sign, magnitude). */
export function readCore(tokens: readonly Token[], i: number): Core | null {
  let first = i;
  let currency: StatisticUnit | null = null;
  let t = tokens[i];
  if (!t) return null;
  let code: string | null = null;
  // Codes are written in capitals, but "usd 20" and "rmb 10" turn up in lower case too.
  const prefixKey = t.text.length === 3 && t.kind === 'word' && t.text === t.lower && CURRENCY_PREFIXES[t.text] === undefined ? t.text.toUpperCase() : t.text;
  const sign = CURRENCY_PREFIXES[prefixKey];
  const country = DOLLAR_COUNTRY_CODES[t.text];
  const letterCode = currencyLetter(tokens, i);
  const dollar = tokens[i + 1];
  if (country !== undefined && dollar?.text === '$' && (adjacent(t, dollar) || t.text === 'US') && tokens[i + 2]?.kind === 'number') {
    // "HK$10.05 billion", "C$300 million", "US $150 million"
    currency = country === 'USD' ? 'usd' : 'other';
    code = country;
    i += 2;
    t = itemAt(tokens, i);
  } else if (letterCode !== null) {
    currency = 'other';
    code = letterCode;
    i += 1;
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
    // "three and a half years", "two and a half miles": the half belongs to the unit after it.
    if (UNIT_WORDS[lower(tokens[i + 4])] !== undefined) return { first, last: i + 3, value: baseWord + 0.5, spelled: true, hasMagnitude: false, currency, code };
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
