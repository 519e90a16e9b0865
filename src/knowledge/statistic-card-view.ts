/**
 * The card of a statistic: the article's number as a reader says it, then what answers "is that
 * a lot?" — the official figure for the article's period and where it sits in its series, money
 * in today's dollars and against the budget or the economy, counts of people per 100,000
 * residents. Every context line names its source and its period.
 */
import { PER_100K_MIN_RATE, SAME_AS_OFFICIAL_WITHIN_PERCENT, SHARE_OF_ECONOMY_FROM_USD } from '../constants';
import { itemAt } from '../core/item-at';
import type { SeriesComparison, StatisticMention } from '../core/types';
import { formatInteger, formatOrdinal, message, pluralMessage, type PluralMessageName } from '../i18n';
import { kindDefinition } from '../kinds';
import { present, sourcesBlock } from './card-sources';
import type { CardBlock, CardView, SeriesPoint, SparklineBlock } from './card-view-model';
import { CONTEXT_SERIES, countsPeople, inConstantDollars, isPopulationSeries, namesPlaceAbroad, shareBaseOf } from './context-series';
import { yearOf } from './date-format';
import type { EntityCard, SeriesCard, SourceRef } from './entity-card';
import {
  currencyOf,
  durationUnitOf,
  formatChangePercent,
  formatCount,
  formatMoney,
  formatPercent,
  formatPercentSignificant,
  formatQuantity,
  formatRate,
  formatSeriesValue,
  formatSignedNumber,
  formatStatistic,
  SIGNED_NUMBER_DIGITS,
} from './number-format';

/** A sparkline of more points than this shows the most recent ones (always with the article's period). */
const SPARKLINE_MAX_POINTS = 40;
const PER_RESIDENTS = 100_000;

export interface StatisticViewInput {
  readonly mention: StatisticMention;
  readonly cards: Readonly<Record<string, EntityCard>>;
  readonly articleDate: string | null;
}

export function statisticCardId(mention: StatisticMention): string {
  return `article:statistic:${mention.start}`;
}

function seriesCard(cards: Readonly<Record<string, EntityCard>>, id: string | null | undefined): SeriesCard | null {
  const card = id ? cards[id] : undefined;
  return card?.kind === 'series' ? card : null;
}

function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

function publisherOf(series: SeriesCard): string {
  return series.sources[0]?.publisher ?? series.name;
}

/** The series value in its unit, with the unit's words for counts ("415,636 people"). */
function officialValue(series: SeriesCard, value: number): string {
  // The series' unit words are the knowledge file's (English) data, like its name.
  const formatted = formatSeriesValue(value, series.unit);
  return series.unit === 'count' ? `${formatted} ${series.unitLabel}` : formatted;
}

function points(series: SeriesCard): SeriesPoint[] {
  return Object.entries(series.values)
    .map(([period, value]) => ({ period, value }))
    .sort((a, b) => a.period.localeCompare(b.period));
}

/** The kind of period a series counts in, as the message family that counts them ("6 fiscal years"). */
function periodsOf(period: string): PluralMessageName {
  if (/^FY/.test(period)) return 'statFiscalYears';
  if (/Q\d$/.test(period)) return 'statQuarters';
  return 'statYears';
}

/** The period the article's number is for, in words, as the matcher chose it. */
function articleSide(reason: string, articleDate: string | null): string {
  const named = /^in (\S+)$/.exec(reason)?.[1];
  if (named !== undefined) return message('statSideYear', named);
  if (reason === 'latest') {
    const published = yearOf(articleDate);
    return published ? message('statSideUndatedPublished', published) : message('statSideUndated');
  }
  if (reason === 'record year') return message('statSideRecord');
  return message('statSideYear', reason);
}

function comparisonLine(mention: StatisticMention, series: SeriesCard, comparison: SeriesComparison, articleDate: string | null): string {
  const theirs = formatQuantity({ ...mention });
  const official = message('statValueIn', officialValue(series, comparison.officialValue), comparison.period);
  const size = Math.abs(comparison.differencePercent);
  const side = articleSide(comparison.periodReason, articleDate);
  if (size === 0) return message('statSame', comparison.period, side);
  if (size <= SAME_AS_OFFICIAL_WITHIN_PERCENT) {
    return message('statAboutSame', theirs, official, formatChangePercent(comparison.differencePercent), side);
  }
  return message(comparison.differencePercent > 0 ? 'statHigher' : 'statLower', formatPercent(size / 100, size >= 10 ? 0 : 1), theirs, official, side);
}

/** Rank, highest or lowest since, and change from the period before, for the compared period. */
function positionLines(series: SeriesCard, period: string): string[] {
  const periods = periodsOf(period);
  const all = points(series).filter((p) => periodsOf(p.period) === periods);
  const at = all.findIndex((p) => p.period === period);
  if (at < 0 || all.length < 3) return [];
  const value = itemAt(all, at).value;
  const rank = all.filter((p) => p.value > value).length + 1;
  const first = itemAt(all, 0).period;
  const last = itemAt(all, all.length - 1).period;
  const place = rank === 1 ? message('statPlaceHighest') : message('statPlaceNth', formatOrdinal(rank));
  const count = pluralMessage(periods, all.length);
  const before = all.slice(0, at);
  const previous = before[before.length - 1];
  let extreme: string | null = null;
  if (previous !== undefined && value !== previous.value) {
    const higher = value > previous.value;
    const lastMatch = [...before].reverse().find((p) => (higher ? p.value >= value : p.value <= value));
    if (lastMatch === undefined) {
      if (rank !== 1) extreme = message(higher ? 'statHighestUpToThen' : 'statLowestUpToThen');
    } else if (lastMatch !== previous) extreme = message(higher ? 'statHighestSince' : 'statLowestSince', lastMatch.period);
  }
  const lines = [
    extreme === null ? message('statRank', period, place, count, first, last) : message('statRankWithExtreme', period, place, count, first, last, extreme),
  ];
  if (previous !== undefined) {
    const pointsChange = (value - previous.value) * 100;
    const change =
      series.unit === 'percent'
        ? pluralMessage('statPercentagePoints', pointsChange, [formatSignedNumber(pointsChange)], SIGNED_NUMBER_DIGITS)
        : previous.value === 0
          ? null
          : formatChangePercent(((value - previous.value) / Math.abs(previous.value)) * 100);
    if (change !== null) lines.push(message('statChange', previous.period, officialValue(series, previous.value), change));
  }
  return lines;
}

function sparkline(series: SeriesCard, highlight: string | null): SparklineBlock | null {
  const all = points(series);
  if (all.length < 3) return null;
  const at = highlight === null ? -1 : all.findIndex((p) => p.period === highlight);
  const from = Math.max(0, Math.min(all.length - SPARKLINE_MAX_POINTS, at < 0 ? all.length : at));
  const shown = all.slice(from);
  const low = shown.reduce((a, b) => (b.value < a.value ? b : a));
  const high = shown.reduce((a, b) => (b.value > a.value ? b : a));
  const span = `${itemAt(shown, 0).period}–${itemAt(shown, shown.length - 1).period}`;
  const caption = message('statSparkCaption', span, formatSeriesValue(low.value, series.unit), low.period, formatSeriesValue(high.value, series.unit), high.period);
  const label = at >= 0 && highlight !== null ? message('statSparkLabelMarked', series.name, span, highlight) : message('statSparkLabel', series.name, span);
  return { type: 'sparkline', label, caption, points: shown, highlight: at >= 0 ? highlight : null };
}

/** The value for a year, or the nearest earlier period (a fiscal or calendar year of that number). */
function valueForYear(series: SeriesCard, year: number): SeriesPoint | null {
  let best: SeriesPoint | null = null;
  for (const p of points(series)) {
    const y = Number(yearOf(p.period));
    if (/Q\d$/.test(p.period) || Number.isNaN(y) || y > year) continue;
    if (best === null || y >= Number(yearOf(best.period))) best = p;
  }
  return best;
}

function latestYear(series: SeriesCard): number | null {
  const last = points(series).filter((p) => !/Q\d$/.test(p.period)).pop();
  return last === undefined ? null : Number(yearOf(last.period));
}

/** The year a figure is about, as far as the card can tell. */
interface FigureYear {
  /** Null when nothing dates the figure, or when the text names a period no calendar places ("last month"). */
  readonly year: number | null;
  /** The text names the period: context must be of that very year, never a nearby one. */
  readonly named: boolean;
  /** A quarter or a month: a part of its year, no share of a year's budget or economy. */
  readonly partOfYear: boolean;
}

/** The year a figure belongs to: the period its text names, else its publication year, else the compared period's. */
function yearOfFigure(mention: StatisticMention, articleDate: string | null): FigureYear {
  const period = mention.period;
  if (period !== undefined) {
    return period.kind === 'unplaced'
      ? { year: null, named: true, partOfYear: false }
      : { year: period.year, named: true, partOfYear: period.kind === 'quarter' || period.kind === 'month' };
  }
  const year = yearOf(articleDate) ?? yearOf(mention.comparison?.period ?? null);
  return { year: year ? Number(year) : null, named: false, partOfYear: false };
}

/**
 * A context series' value for the figure's year: that year's own when the text names it (a 1990
 * amount is never put in 2010 prices, an 1892 count never read against 2010's population), else
 * the nearest earlier one on file.
 */
function pointFor(series: SeriesCard, figure: FigureYear): SeriesPoint | null {
  if (figure.year === null) return null;
  const point = valueForYear(series, figure.year);
  return point !== null && (!figure.named || Number(yearOf(point.period)) === figure.year) ? point : null;
}

/** Below this share (0.01%) two decimals would read "0.00%". */
const SHARE_TWO_DECIMALS_FROM = 0.0001;
/** Significant digits of a share below 0.01%. */
const SHARE_SIGNIFICANT_DIGITS = 2;

function shareText(share: number): string {
  // A company's $1 billion is 0.0046% of GDP: under 0.01%, significant digits, never a bare "0.00%".
  if (share < SHARE_TWO_DECIMALS_FROM) return formatPercentSignificant(share, SHARE_SIGNIFICANT_DIGITS);
  return formatPercent(share, share >= 0.1 ? 0 : share >= 0.01 ? 1 : 2);
}

/** Dollars the text itself calls American: "US$5 million", "5 million USD", "U.S. dollars". */
const US_DOLLARS_WRITTEN = /\bUS\$|\bUSD\b|\bU\.?S\.? dollars?\b/i;

interface ContextResult {
  readonly lines: string[];
  readonly sources: SourceRef[];
}

/**
 * The year whose prices an amount is in: the year its text says ("in 2010 dollars"), else the year
 * it is for; none for an amount already adjusted for inflation (the article's "today's dollars",
 * a series in chained dollars).
 */
function pricesYear(mention: StatisticMention, series: SeriesCard | null, figure: FigureYear): number | null {
  if (mention.prices === 'adjusted' || (series !== null && inConstantDollars(series.unitLabel))) return null;
  return mention.prices ?? figure.year;
}

function moneyContext(mention: StatisticMention, cards: Readonly<Record<string, EntityCard>>, series: SeriesCard | null, figure: FigureYear): ContextResult {
  const lines: string[] = [];
  const sources: SourceRef[] = [];
  if (mention.unit !== 'usd') return { lines, sources };
  // A bare "$" in a sentence about another country may be its dollar (a Toronto house at "$816,720"):
  // U.S. prices say nothing of it unless the text says U.S. dollars.
  if (mention.scope === 'world' && !US_DOLLARS_WRITTEN.test(mention.text)) return { lines, sources };
  const cpi = seriesCard(cards, CONTEXT_SERIES.cpiU);
  const year = pricesYear(mention, series, figure);
  const cpiLatest = cpi ? latestYear(cpi) : null;
  // Prices of the very year, never of a year near it.
  const cpiThen = cpi && year !== null ? cpi.values[String(year)] : undefined;
  const cpiNow = cpi && cpiLatest !== null ? cpi.values[String(cpiLatest)] : undefined;
  if (cpi && year !== null && cpiLatest !== null && cpiNow !== undefined && cpiThen !== undefined && cpiLatest > year) {
    const factor = cpiNow / cpiThen;
    // Years are names, not quantities: no digit grouping.
    lines.push(message('statTodaysDollars', formatMoney(mention.value * factor, 'USD'), String(cpiLatest), String(year), publisherOf(cpi)));
    sources.push(...cpi.sources);
  }
  if (mention.value < SHARE_OF_ECONOMY_FROM_USD || mention.scope === 'world' || mention.scope === 'local') return { lines, sources };
  // An amount in another year's prices, or for a quarter or a month, is no share of a year's budget or economy.
  if (mention.prices !== undefined || figure.partOfYear) return { lines, sources };
  const baseId = shareBaseOf(mention.counts, mention.comparison?.seriesId ?? mention.entityId);
  const base = seriesCard(cards, baseId);
  const point = base ? pointFor(base, figure) : null;
  if (base && point && point.value > 0) {
    lines.push(
      message(
        baseId === CONTEXT_SERIES.federalOutlays ? 'statShareOfOutlays' : 'statShareOfGdp',
        capitalized(shareText(mention.value / point.value)),
        point.period,
        formatMoney(point.value, 'USD'),
        publisherOf(base),
      ),
    );
    sources.push(...base.sources);
  }
  return { lines, sources };
}

/**
 * A count is read against the U.S. population only when it is the nation's: its sentence says so,
 * or it is compared with a national series. "3,248 cases worldwide" or "400,000 state residents"
 * per 100,000 Americans would be a wrong fact.
 */
function aboutTheNation(mention: StatisticMention): boolean {
  return mention.scope === 'us' || (mention.scope === undefined && mention.comparison !== null);
}

function perResidents(mention: StatisticMention, cards: Readonly<Record<string, EntityCard>>, series: SeriesCard | null, figure: FigureYear): ContextResult {
  const population = seriesCard(cards, CONTEXT_SERIES.usPopulation);
  const none = { lines: [], sources: [] };
  if (mention.unit !== 'count' || population === null || !countsPeople(mention.counts, series?.unitLabel ?? null)) return none;
  // The population itself, per 100,000 residents, is always about 100,000.
  if (isPopulationSeries(mention.comparison?.seriesId ?? mention.entityId)) return none;
  if (namesPlaceAbroad(mention.counts) || !aboutTheNation(mention)) return none;
  const undated = figure.year === null && !figure.named;
  const point = pointFor(population, undated ? { ...figure, year: latestYear(population) } : figure);
  // More people than live in the country: the count is not of its residents.
  if (point === null || point.value <= 0 || mention.value > point.value) return none;
  const rate = (mention.value / point.value) * PER_RESIDENTS;
  if (rate < PER_100K_MIN_RATE) return none;
  return {
    lines: [message('statPerResidents', formatRate(rate), formatInteger(PER_RESIDENTS), formatCount(point.value), point.period, publisherOf(population))],
    sources: [...population.sources],
  };
}

/**
 * The counted phrase worth repeating: a share's "of voters", a count's "removals"; never words
 * that only follow the number ("85% pure"), nor what money or time is for.
 */
function countedWords(mention: StatisticMention): string | null {
  const counts = mention.counts;
  if (counts === null || currencyOf(mention) || durationUnitOf({ ...mention })) return null;
  if (mention.unit === 'percent' || mention.unit === 'ratio') return /^of\s/i.test(counts) ? counts : null;
  return mention.unit === 'count' ? counts : null;
}

function kindPhrase(mention: StatisticMention): string {
  if (mention.unit === 'percent') return message('statKindPercent');
  if (mention.unit === 'ratio') return message(mention.value < 1 ? 'statKindShare' : 'statKindMultiple');
  if (currencyOf(mention)) return message('statKindMoney');
  if (durationUnitOf({ ...mention })) return message('statKindDuration');
  if (mention.unit === 'count') return message('statKindCount');
  return message('statKindNumber');
}

/** The one sentence of a number no official series matches: what it is, what it counts, as given. */
function plainSentence(mention: StatisticMention): string {
  const counted = countedWords(mention)?.replace(/^of\s+/i, '') ?? null;
  const moneyFor = currencyOf(mention) ? mention.counts : null;
  const what = counted ? message('statKindOf', kindPhrase(mention), counted) : moneyFor ? message('statKindFor', kindPhrase(mention), moneyFor) : kindPhrase(mention);
  const given = formatStatistic({ ...mention, counts: null });
  // A plain number under "Last" may be a price or an index: a number, not a count.
  if (mention.column !== undefined) return message('statUnmatchedInColumn', mention.unit === 'count' ? message('statKindNumber') : what, mention.column, given);
  return message('statUnmatched', what, given);
}

export function statisticView(input: StatisticViewInput): CardView {
  const { mention, cards, articleDate } = input;
  const statement = capitalized(formatStatistic({ ...mention, counts: countedWords(mention) }));
  const series = seriesCard(cards, mention.comparison?.seriesId ?? mention.entityId);
  const comparison = series ? mention.comparison : null;
  const figure = yearOfFigure(mention, articleDate);
  const money = moneyContext(mention, cards, series, figure);
  const rate = perResidents(mention, cards, series, figure);
  const headline =
    series && comparison ? message('statOfficialHeadline', comparison.period, officialValue(series, comparison.officialValue)) : plainSentence(mention);
  const blocks = present<CardBlock>([
    { type: 'text', role: series && comparison ? 'headline' : 'sentence', text: headline },
    series !== null && comparison !== null && { type: 'text', role: 'series-name', text: message('statSeriesSource', series.name, publisherOf(series)) },
    series !== null && comparison !== null && { type: 'text', role: 'comparison', text: comparisonLine(mention, series, comparison, articleDate) },
    ...(series && comparison ? positionLines(series, comparison.period).map((text): CardBlock => ({ type: 'text', role: 'position', text })) : []),
    series !== null && sparkline(series, comparison?.period ?? null),
    [...money.lines, ...rate.lines].length > 0 && { type: 'list', role: 'context', heading: message('statContext'), items: [...money.lines, ...rate.lines] },
    series !== null && series.note !== null && { type: 'text', role: 'note', text: series.note },
    sourcesBlock([...(series?.sources ?? []), ...money.sources, ...rate.sources]),
  ]);
  const label = series ? `${mention.text} — ${series.name}` : mention.text;
  return { kind: 'statistic', cardId: statisticCardId(mention), kindLabel: message(kindDefinition('statistic').singularMessage), title: statement, headline, label, blocks };
}
