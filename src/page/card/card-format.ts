/** Words and numbers as a card shows them. Pure, so it is tested without a DOM. */
import type { StatisticMention, StatisticQualifier, StatisticUnit } from '../../core/types';

const QUALIFIER_SYMBOLS: Readonly<Record<StatisticQualifier, string>> = {
  about: '≈ ',
  nearly: '≲ ',
  'more-than': '> ',
  'less-than': '< ',
  'at-least': '≥ ',
  'at-most': '≤ ',
  record: '',
  'up-to': '≤ ',
};

const QUALIFIER_WORDS: Readonly<Record<StatisticQualifier, string>> = {
  about: 'approximate',
  nearly: 'just under',
  'more-than': 'more than',
  'less-than': 'less than',
  'at-least': 'at least',
  'at-most': 'at most',
  record: 'a record',
  'up-to': 'up to',
};

const UNIT_WORDS: Readonly<Record<StatisticUnit, string>> = {
  count: '',
  percent: 'share',
  usd: 'U.S. dollars',
  gbp: 'pounds sterling',
  eur: 'euros',
  years: 'years',
  months: 'months',
  days: 'days',
  ratio: 'ratio',
  other: '',
};

function plainNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(6)));
}

/** The normalised value as `docs/ARCHITECTURE.md` gives it: 409,000 -> "409000", "less than 20 percent" -> "< 0.20". */
export function normalizedValueText(
  mention: Pick<StatisticMention, 'value' | 'valueHigh' | 'unit' | 'qualifier' | 'currencyCode'>,
): string {
  const prefix = mention.qualifier ? QUALIFIER_SYMBOLS[mention.qualifier] : '';
  const show = (value: number): string => (mention.unit === 'percent' ? value.toFixed(2) : plainNumber(value));
  const body = mention.valueHigh === null ? show(mention.value) : `${show(mention.value)}–${show(mention.valueHigh)}`;
  // Money in currencies without a unit of their own (yen, yuan, francs...) carries its ISO code.
  const unit = mention.unit === 'other' && mention.currencyCode ? mention.currencyCode : UNIT_WORDS[mention.unit];
  return `${prefix}${body}${unit && mention.unit !== 'percent' ? ` ${unit}` : ''}`;
}

export function qualifierText(qualifier: StatisticQualifier | null): string | null {
  return qualifier ? QUALIFIER_WORDS[qualifier] : null;
}

export function groupedNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** "6.7% below the official figure", "about the same as the official figure". */
export function differenceText(differencePercent: number): string {
  const size = Math.abs(differencePercent);
  if (size < 0.5) return 'about the same as the official figure';
  return `${size.toFixed(1)}% ${differencePercent > 0 ? 'above' : 'below'} the official figure`;
}

export function timesText(count: number): string {
  return count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;
}
