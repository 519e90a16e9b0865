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

/** Words that say an amount of money is federal spending (a budget, a program, aid): a part of outlays. */
const PUBLIC_SPENDING = /\b(federal|government|budget|spending|program|programme|funding|funds|aid|grants?|appropriat\w*|stimulus|relief|military|defen[cs]e|medicare|medicaid|social security|outlays|taxpayers?|congress|bill|package|wall)\b/i;

/**
 * Money that is no part of outlays even when the words above come with it ("federal tax revenue",
 * "the budget deficit"): the government's income, its borrowing, its debt. Each is told against
 * the economy, as budget offices do.
 */
const NOT_SPENDING = /\b(tax(?:es)?|revenues?|receipts|deficits?|surplus(?:es)?|debt|borrowing)\b/i;

/** The series of the economy itself: no amount compared with one is a share of GDP (nominal GDP is 100% of itself, real GDP is in other prices). */
const GDP_SERIES_PREFIX = 'bea:gdp-';
/** The budget's own totals (outlays, receipts, the deficit): measured against the economy, never against outlays. */
const BUDGET_SERIES_PREFIX = 'omb:';
/** Population series: a count compared with one is the population, never a rate of it. */
const POPULATION_SERIES_PREFIX = 'wb:population-';

export function countsPeople(counts: string | null, seriesUnitLabel: string | null): boolean {
  return seriesUnitLabel === 'people' || (counts !== null && PEOPLE_NOUNS.test(counts));
}

/** True when the counted phrase names a place abroad ("deaths in India"): a U.S. rate would mislead. */
export function namesPlaceAbroad(counts: string | null): boolean {
  return counts !== null && counts.toLowerCase().split(/[^a-z]+/).some((word) => FOREIGN_PLACE_WORDS.has(word));
}

/**
 * The context series an amount of money is a share of: federal outlays for what the government
 * spends, GDP for the rest, and none for GDP itself. `seriesId` is the series the amount was
 * compared with, if any.
 */
export function shareBaseOf(counts: string | null, seriesId: string | null): typeof CONTEXT_SERIES.federalOutlays | typeof CONTEXT_SERIES.gdp | null {
  if (seriesId?.startsWith(GDP_SERIES_PREFIX)) return null;
  if (seriesId?.startsWith(BUDGET_SERIES_PREFIX)) return CONTEXT_SERIES.gdp;
  if (counts !== null && PUBLIC_SPENDING.test(counts) && !NOT_SPENDING.test(counts)) return CONTEXT_SERIES.federalOutlays;
  return CONTEXT_SERIES.gdp;
}

/** True for a series of a population: a count compared with it is no count of people among the residents. */
export function isPopulationSeries(seriesId: string | null): boolean {
  return seriesId?.startsWith(POPULATION_SERIES_PREFIX) ?? false;
}

/** A series in dollars of one base year ("chained 2017 U.S. dollars"): its amounts are already adjusted for inflation. */
export function inConstantDollars(unitLabel: string): boolean {
  return /\b(?:chained|constant)\b/i.test(unitLabel);
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
