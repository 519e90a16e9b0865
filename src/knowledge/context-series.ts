/**
 * The official series a statistic card reads for context beyond the article's own series: prices
 * to put money in today's dollars, federal outlays and GDP for scale, population for rates.
 */
import type { Mention } from '../core/types';
import { SHARE_OF_ECONOMY_FROM_USD } from '../constants';
import { FOREIGN_PLACE_WORDS } from '../core/foreign-places';

export const CONTEXT_SERIES = {
  /** Consumer Price Index for All Urban Consumers (BLS), annual average. */
  cpiU: 'bls:cpi-u',
  federalOutlays: 'omb:outlays',
  gdp: 'bea:gdp-nominal',
  usPopulation: 'wb:population-us',
} as const;

/** Nouns that say a count is of people, so a rate per 100,000 residents means something. */
const PEOPLE_NOUNS =
  /\b(people|persons|residents|americans|citizens|immigrants|migrants|noncitizens|refugees|asylum seekers|workers|employees|deaths|dead|killed|victims|removals|deportations|deportees|deported|arrests|arrested|apprehensions|detained|detainees|prisoners|inmates|voters|children|students|patients|cases|infections|veterans|families|households|adults|women|men|unemployed|jobless|members|troops|soldiers)\b/i;

/** Words that say an amount of money is public money (a budget, a program, a tax). */
const PUBLIC_MONEY = /\b(federal|government|budget|spending|program|programme|funding|funds|aid|grants?|deficit|debt|tax(?:es)?|appropriat\w*|stimulus|relief|military|defen[cs]e|medicare|medicaid|social security|outlays|taxpayers?|congress|bill|package|wall)\b/i;

export function countsPeople(counts: string | null, seriesUnitLabel: string | null): boolean {
  return seriesUnitLabel === 'people' || (counts !== null && PEOPLE_NOUNS.test(counts));
}

/** True when the counted phrase names a place abroad ("deaths in India"): a U.S. rate would mislead. */
export function namesPlaceAbroad(counts: string | null): boolean {
  return counts !== null && counts.toLowerCase().split(/[^a-z]+/).some((word) => FOREIGN_PLACE_WORDS.has(word));
}

export function isPublicMoney(counts: string | null, seriesId: string | null): boolean {
  return (seriesId !== null && seriesId.startsWith('omb:')) || (counts !== null && PUBLIC_MONEY.test(counts));
}

/** The context series a mention's card may read; the background sends their cards along. */
export function contextSeriesIds(mention: Mention): string[] {
  if (mention.kind !== 'statistic') return [];
  if (mention.unit === 'usd') {
    return mention.value >= SHARE_OF_ECONOMY_FROM_USD
      ? [CONTEXT_SERIES.cpiU, CONTEXT_SERIES.federalOutlays, CONTEXT_SERIES.gdp]
      : [CONTEXT_SERIES.cpiU];
  }
  if (mention.unit === 'count') return [CONTEXT_SERIES.usPopulation];
  return [];
}
