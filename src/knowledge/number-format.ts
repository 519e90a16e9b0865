/**
 * Numbers as a reader says them ("4.0%", "$1.775 trillion", "2 hours", "more than half", "about
 * 409,000 removals"), built on `Intl.NumberFormat` so grouping, compact words, currency symbols
 * and unit names come from the locale data rather than from hand-made strings, in the reader's
 * locale (`uiLocale()`); the words around them ("about", "half", "twice") are messages. Cards,
 * the popup and the CLI all format through this module. Pure: no DOM.
 */
import { isPercentagePoints } from '../core/statistic-units';
import type { StatisticMention, StatisticQualifier, StatisticUnit } from '../core/types';
import { message, pluralMessage, uiLocale, type MessageName } from '../i18n';

/** From this size on, counts and amounts read better as "3.7 million" than as "3,700,000". */
const COMPACT_FROM = 1_000_000;
/** "1.775 trillion", "2.5 billion", "409,000": enough digits to keep what articles print. */
const COMPACT_SIGNIFICANT_DIGITS = 4;

export type Quantity = Pick<StatisticMention, 'value' | 'valueHigh' | 'unit' | 'qualifier' | 'currencyCode'> & {
  /** The words the article used, when known: keeps "4.0" one decimal and finds "hours". */
  readonly text?: string;
};

/** Each qualifier's message, which places the number ("about $VALUE$"). */
const QUALIFIER_MESSAGES: Readonly<Record<StatisticQualifier, MessageName>> = {
  about: 'numberAbout',
  nearly: 'numberNearly',
  'more-than': 'numberMoreThan',
  'less-than': 'numberLessThan',
  'at-least': 'numberAtLeast',
  'at-most': 'numberAtMost',
  record: 'numberRecord',
  'up-to': 'numberUpTo',
};

/** Shares people say in words. */
const FRACTION_WORDS: ReadonlyArray<readonly [number, MessageName]> = [
  [1 / 2, 'numberHalf'],
  [1 / 3, 'numberThird'],
  [2 / 3, 'numberTwoThirds'],
  [1 / 4, 'numberQuarter'],
  [3 / 4, 'numberThreeQuarters'],
];
const FRACTION_TOLERANCE = 0.005;

/** Units of time `Intl.NumberFormat` names, as the (English) article may spell them: read, never shown. */
const DURATION_WORDS: ReadonlyArray<readonly [RegExp, string, number]> = [
  [/\bcentur(?:y|ies)\b/i, 'year', 100],
  [/\bdecades?\b/i, 'year', 10],
  [/\byears?\b/i, 'year', 1],
  [/\bmonths?\b/i, 'month', 1],
  [/\bweeks?\b/i, 'week', 1],
  [/\bdays?\b/i, 'day', 1],
  [/\bhours?\b/i, 'hour', 1],
  [/\bminutes?\b/i, 'minute', 1],
  [/\bseconds?\b/i, 'second', 1],
];

/**
 * Measures `Intl.NumberFormat` names ("10 inches", "3 feet"), as the article may spell them,
 * singular when glued to the number ("9.7-inch"). Area comes first: "square feet" is no unit
 * `Intl` knows, and is then said with the article's own words.
 */
const MEASURE_WORDS: ReadonlyArray<readonly [RegExp, string | null]> = [
  [/\bsquare[ -](?:feet|foot|miles?|meters?|metres?|kilometers?|kilometres?)\b/i, null],
  [/\binch(?:es)?\b/i, 'inch'],
  [/\b(?:feet|foot)\b/i, 'foot'],
  [/\bmiles?\b/i, 'mile'],
  [/\b(?:kilometers?|kilometres?|km)\b/i, 'kilometer'],
  [/\b(?:meters?|metres?)\b/i, 'meter'],
  [/\b(?:kilograms?|kg)\b/i, 'kilogram'],
  [/\bpounds?\b/i, 'pound'],
  [/\bacres?\b/i, 'acre'],
  [/\bgallons?\b/i, 'gallon'],
  [/\bdegrees?\b/i, 'degree'],
  [/\b(?:percentage points?|points?|tons|tonnes|barrels|games|seats|votes|horsepower|hp|bhp|mph|kph|mpg)\b/i, null],
];

const PERCENT_PER_FRACTION = 100;
const UNIT_DURATIONS: Partial<Record<StatisticUnit, string>> = { years: 'year', months: 'month', days: 'day' };
const WEEKS = /\bweeks?\b|-week\b/i;
const DAYS_PER_WEEK = 7;
const UNIT_CURRENCIES: Partial<Record<StatisticUnit, string>> = { usd: 'USD', gbp: 'GBP', eur: 'EUR' };

/** The number with its qualifier: "about 409,000", "more than half". */
function qualified(qualifier: StatisticQualifier | null, value: string): string {
  return qualifier ? message(QUALIFIER_MESSAGES[qualifier], value) : value;
}

/** Decimals the article printed in its first number ("4.0 percent" → 1), so the card keeps them. */
function printedDecimals(text: string | undefined): number {
  const decimals = text === undefined ? undefined : /\d[\d,]*\.(\d+)/.exec(text)?.[1];
  return decimals === undefined ? 0 : decimals.length;
}

/** "409,000", "3.7 million"; below a million with the decimals the article printed ("8,570.66"), if it gives them. */
export function formatCount(value: number, printed?: number): string {
  if (Math.abs(value) >= COMPACT_FROM) {
    return new Intl.NumberFormat(uiLocale(), { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: COMPACT_SIGNIFICANT_DIGITS }).format(value);
  }
  const decimals = printed ?? (Math.abs(value) < 10 ? 2 : 1);
  return new Intl.NumberFormat(uiLocale(), { minimumFractionDigits: printed ?? 0, maximumFractionDigits: decimals }).format(value);
}

function currencySymbol(currency: string): string {
  const parts = new Intl.NumberFormat(uiLocale(), { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).formatToParts(0);
  return parts.find((part) => part.type === 'currency')?.value ?? currency;
}

/** "$1.775 trillion", "$45,000", "¥5 million". Intl has no long compact form with a currency, so the symbol comes from a currency format and the words from a compact one. */
export function formatMoney(value: number, currency: string): string {
  if (Math.abs(value) >= COMPACT_FROM) {
    const sign = value < 0 ? '−' : '';
    return `${sign}${currencySymbol(currency)}${formatCount(Math.abs(value))}`;
  }
  const whole = Number.isInteger(value) || Math.abs(value) >= 1000;
  return new Intl.NumberFormat(uiLocale(), {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    ...(whole ? { maximumFractionDigits: 0 } : {}),
  }).format(value);
}

/** A fraction as a percentage: 0.04 → "4.0%" with one decimal asked for. */
export function formatPercent(fraction: number, decimals = 1): string {
  return new Intl.NumberFormat(uiLocale(), { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(fraction);
}

/** A small fraction as a percentage to `digits` significant digits: 0.0000464 → "0.0046%". */
export function formatPercentSignificant(fraction: number, digits: number): string {
  return new Intl.NumberFormat(uiLocale(), { style: 'percent', maximumSignificantDigits: digits }).format(fraction);
}

/** "2 hours", "5–10 years". */
export function formatDuration(value: number, unit: string, valueHigh: number | null = null): string {
  const format = new Intl.NumberFormat(uiLocale(), { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 });
  return valueHigh === null ? format.format(value) : format.formatRange(value, valueHigh);
}

/** The Intl unit of a duration: from the unit, or from the article's words ("two hours"). */
export function durationUnitOf(quantity: Quantity): { readonly unit: string; readonly scale: number } | null {
  const unit = UNIT_DURATIONS[quantity.unit];
  // The recognizer counts weeks in days; the card says them as the article did ("50 weeks", not "350 days").
  if (unit === 'day' && quantity.text !== undefined && WEEKS.test(quantity.text) && quantity.value % DAYS_PER_WEEK === 0) {
    return { unit: 'week', scale: 1 / DAYS_PER_WEEK };
  }
  if (unit) return { unit, scale: 1 };
  if (quantity.unit !== 'other' || quantity.currencyCode || quantity.text === undefined) return null;
  for (const [pattern, intlUnit, scale] of DURATION_WORDS) if (pattern.test(quantity.text)) return { unit: intlUnit, scale };
  return null;
}

/**
 * The measure the article gives the number in: a unit `Intl` names ("inch"), or, for one it does
 * not, the article's own words ("square feet", "barrels"). Null for a bare number.
 */
function measureOf(quantity: Quantity): { readonly intlUnit: string } | { readonly words: string } | null {
  if (quantity.unit !== 'other' || quantity.currencyCode || quantity.text === undefined) return null;
  for (const [pattern, intlUnit] of MEASURE_WORDS) {
    const match = pattern.exec(quantity.text);
    if (match) return intlUnit === null ? { words: match[0].toLowerCase() } : { intlUnit };
  }
  return null;
}

export function currencyOf(quantity: Pick<Quantity, 'unit' | 'currencyCode'>): string | null {
  return UNIT_CURRENCIES[quantity.unit] ?? quantity.currencyCode ?? null;
}

function fractionWord(value: number): string | null {
  const name = FRACTION_WORDS.find(([fraction]) => Math.abs(fraction - value) < FRACTION_TOLERANCE)?.[1];
  return name === undefined ? null : message(name);
}

function formatRatio(value: number): string {
  const word = fractionWord(value);
  if (word) return word;
  if (value === 2) return message('numberTwice');
  if (value > 1) return pluralMessage('numberTimes', value, [new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: 1 }).format(value)]);
  return formatPercent(value, value * 100 >= 10 || Number.isInteger(value * 100) ? 0 : 1);
}

/** The number itself, without qualifier: "4.0%", "$1.775 trillion", "2 hours", "half", "409,000". */
export function formatQuantity(quantity: Quantity): string {
  const both = (format: (v: number) => string): string =>
    quantity.valueHigh === null ? format(quantity.value) : `${format(quantity.value)}–${format(quantity.valueHigh)}`;
  if (quantity.unit === 'percent' && quantity.text !== undefined && isPercentagePoints(quantity.text)) {
    // The recognizer reads it as a percent; "3%" would say a level where the article says a difference.
    const decimals = printedDecimals(quantity.text);
    const points = new Intl.NumberFormat(uiLocale(), { minimumFractionDigits: decimals, maximumFractionDigits: Math.max(1, decimals) });
    const low = quantity.value * PERCENT_PER_FRACTION;
    const high = quantity.valueHigh === null ? null : quantity.valueHigh * PERCENT_PER_FRACTION;
    return pluralMessage('numberPercentagePoints', high ?? low, [high === null ? points.format(low) : points.formatRange(low, high)]);
  }
  if (quantity.unit === 'percent') return both((v) => formatPercent(v, printedDecimals(quantity.text)));
  if (quantity.unit === 'ratio' && quantity.valueHigh !== null && quantity.value > 1) {
    // "25 to 30 times" reads "25–30 times", the word said once.
    const plain = new Intl.NumberFormat(uiLocale(), { maximumFractionDigits: 1 });
    return pluralMessage('numberTimes', quantity.valueHigh, [plain.formatRange(quantity.value, quantity.valueHigh)]);
  }
  if (quantity.unit === 'ratio') return both((v) => formatRatio(v));
  const currency = currencyOf(quantity);
  if (currency) return both((v) => formatMoney(v, currency));
  const duration = durationUnitOf(quantity);
  if (duration) {
    const high = quantity.valueHigh === null ? null : quantity.valueHigh * duration.scale;
    return formatDuration(quantity.value * duration.scale, duration.unit, high);
  }
  const measure = measureOf(quantity);
  if (measure && 'intlUnit' in measure) {
    const format = new Intl.NumberFormat(uiLocale(), { style: 'unit', unit: measure.intlUnit, unitDisplay: 'long', maximumFractionDigits: 2 });
    return both((v) => format.format(v));
  }
  // A measure Intl has no name for keeps the article's own words ("square feet").
  if (measure) return `${both((v) => formatCount(v))} ${measure.words}`;
  // The decimals printed are kept where the number is as printed ("8,570.66"), not scaled ("3.25 thousand").
  const printedNumber = quantity.text === undefined ? undefined : /\d[\d,]*(?:\.\d+)?/.exec(quantity.text)?.[0];
  const asPrinted = printedNumber !== undefined && Number(printedNumber.replace(/,/g, '')) === quantity.value;
  const printed = asPrinted ? (printedNumber.split('.')[1]?.length ?? 0) : 0;
  return both((v) => formatCount(v, printed > 0 ? printed : undefined));
}

/** What the article says, as a reader says it: "about 409,000 removals", "more than half of voters". */
export function formatStatistic(quantity: Quantity & { readonly counts?: string | null }): string {
  const counts = quantity.counts && !durationUnitOf(quantity) ? quantity.counts : null;
  const number = qualified(quantity.qualifier, formatQuantity(quantity));
  // What it counts is the article's own words, after the number as the article put them.
  return counts ? `${number} ${counts}` : number;
}

/** An official series value in its own unit ("415,636", "4.0%", "$7.011 trillion"). */
export function formatSeriesValue(value: number, unit: StatisticUnit): string {
  return formatQuantity({ value, valueHigh: null, unit, qualifier: null, text: unit === 'percent' ? '0.0' : undefined });
}

/** "3 times", "once", "twice". */
export function timesText(count: number): string {
  return pluralMessage('numberTimes', count);
}

/** A signed change in percent: "+7.6%", "−2.0%". */
export function formatChangePercent(percent: number): string {
  return new Intl.NumberFormat(uiLocale(), { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(percent / 100);
}

/** The digits of `formatSignedNumber`, also what its plural rules must know ("1.0" is plural in English). */
export const SIGNED_NUMBER_DIGITS = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;

/** A signed number with one decimal: "+0.3", "-0.9". */
export function formatSignedNumber(value: number): string {
  return new Intl.NumberFormat(uiLocale(), { signDisplay: 'exceptZero', ...SIGNED_NUMBER_DIGITS }).format(value);
}

/** A rate such as "per 100,000": two significant digits when small ("0.53"), three otherwise ("130"). */
export function formatRate(rate: number): string {
  return new Intl.NumberFormat(uiLocale(), { maximumSignificantDigits: rate < 10 ? 2 : 3 }).format(rate);
}

