/**
 * Numbers written in digits or words, read into values. Pure lexical knowledge: which words
 * are numbers and what they are worth. Deciding whether a number is a statistic is the
 * statistic recognizer's job.
 */
import { lookupTable } from './lookup-table';

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

/** Value of one simple number word ("seven", "twenty-one", "dozen"), or null. */
export function smallNumberWord(word: string): number | null {
  const w = word.toLowerCase();
  const unit = UNITS[w];
  if (unit !== undefined) return unit;
  const ten = TENS[w];
  if (ten !== undefined) return ten;
  if (w === 'dozen') return 12;
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

/** Digits with thousands separators and decimals: "409,000" -> 409000, "3.4" -> 3.4. */
export function parseDigits(text: string): number | null {
  if (!/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d{1,3}([\u202f\u2009]\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/.test(text)) return null;
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
