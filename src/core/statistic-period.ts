/**
 * The period a figure is for, as its own text names it ("in 2012", "in fiscal 1892", "in the
 * fourth quarter of 2024", "in December 2024", "last year"), and the prices an amount of money is
 * in ("in 2010 dollars"). The series matcher compares a figure with that period's observation or
 * with none, and the card reads the prices, the budget and the population of that year: a
 * figure held against another period's official value is a wrong fact.
 */
import { itemAt } from './item-at';
import { firstAtOrAfter } from './sorted-search';
import { lookupTable } from './lookup-table';
import { numberClause } from './series-matcher';
import { yearOfDigits } from './number-parser';
import { adjacent, tokenAt, type Token, type TokenizedText } from './text-tokens';
import type { FigurePeriod } from './types';

/** The sentence is read this far either side of the figure, so a page without full stops stays linear. */
const MAX_PERIOD_TOKENS = 60;
const MAX_DAY_OF_MONTH = 31;

const ORDINALS: Readonly<Record<string, number>> = lookupTable({ first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 });
const MONTHS: Readonly<Record<string, number>> = lookupTable({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
});
/** Words that make a capitalised month name the period of a figure rather than a name or a verb ("in May", not "May Smith"). */
const MONTH_LEADS: ReadonlySet<string> = new Set(['in', 'during', 'for', 'through', 'early', 'late', 'mid']);
/** Relative years, months and quarters, as offsets from the publication year (months and quarters are never placed). */
const RELATIVE: Readonly<Record<string, number>> = lookupTable({ this: 0, last: -1, past: -1, previous: -1 });
const SPAN_JOINERS: ReadonlySet<string> = new Set(['-', '\u2013', '\u2014', '/']);
const SPAN_ENDS: Readonly<Record<string, ReadonlySet<string>>> = lookupTable({ between: new Set(['and']), from: new Set(['to', 'through', 'until']) });
/** Words before "dollars" or "terms" that say money is already adjusted for inflation, to prices no card can name ("today's dollars"). */
const ADJUSTED_WORDS: ReadonlySet<string> = new Set(['constant', 'real', 'today']);
const APOSTROPHES: ReadonlySet<string> = new Set(["'", '\u2019']);
/** Every word a phrase of time or of prices can open with, but for hyphenated words ("mid-December") and possessives ("today's"). */
const TIME_OPENERS: ReadonlySet<string> = new Set(['fiscal', 'fy', 'q', 'adjusted', ...Object.keys(ORDINALS), ...Object.keys(MONTHS), ...Object.keys(RELATIVE), ...ADJUSTED_WORDS]);

/** A quarter or month named without its year, until the sentence gives it one. */
interface YearlessPeriod {
  readonly kind: 'quarter' | 'month';
  readonly year: null;
  readonly number: number;
}

/** Tokens that name a time: a period, or (null) a day's date or a price year, which name none the figure is for. */
interface Parsed {
  readonly from: number;
  /** One past its last token. */
  readonly to: number;
  readonly period: FigurePeriod | YearlessPeriod | null;
  /** "2010 dollars": the prices an amount is in. */
  readonly prices?: number;
}

interface Phrase extends Parsed {
  /** After "since": the start of a span that runs to now, not one period. */
  readonly since: boolean;
}

/** A phrase once every quarter and month has its year, or is known to have none. */
interface PlacedPhrase extends Omit<Phrase, 'period'> {
  readonly period: FigurePeriod | null;
}

/** What the text says of a figure's time. */
export interface FigureTime {
  readonly period: FigurePeriod | null;
  readonly prices: number | 'adjusted' | null;
}

/** The year at token `i`, read as `statistic-vetoes.ts` reads one. */
function yearAt(tokens: readonly Token[], i: number): number | null {
  const t = tokens[i];
  return t?.kind === 'number' ? yearOfDigits(t.text) : null;
}

/** "2010 dollars": the prices an amount is in, not the period it is for. */
function isPriceYear(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.lower;
  return yearAt(tokens, i) !== null && (next === 'dollars' || next === 'dollar');
}

function parseYear(tokens: readonly Token[], i: number, year: number): Parsed {
  const t = itemAt(tokens, i);
  const next = tokens[i + 1];
  const unplaced = { kind: 'unplaced' } as const;
  // "the 1990s" is a decade; "2023-24", "2019–2023", "between 2010 and 2020" are spans: no one observation is either.
  if (next?.kind === 'word' && next.lower === 's' && adjacent(t, next)) return { from: i, to: i + 2, period: unplaced };
  const after = tokens[i + 2];
  if (next !== undefined && SPAN_JOINERS.has(next.text) && adjacent(t, next) && after?.kind === 'number' && adjacent(next, after)) return { from: i, to: i + 3, period: unplaced };
  const ends = SPAN_ENDS[tokens[i - 1]?.lower ?? ''];
  if (ends !== undefined && next !== undefined && ends.has(next.lower) && yearAt(tokens, i + 2) !== null) return { from: i - 1, to: i + 3, period: unplaced };
  return { from: i, to: i + 1, period: { kind: 'year', year, fiscal: false } };
}

/** "fiscal 1892", "fiscal year 2024", "FY2024", "FY 2024"; "FY24" names a fiscal year no card can place. */
function parseFiscal(tokens: readonly Token[], i: number): Parsed | null {
  const t = itemAt(tokens, i);
  let j = i + 1;
  if (t.lower === 'fiscal') {
    if (tokens[j]?.lower === 'year') j++;
  } else if (t.text !== 'FY') return null;
  const year = yearAt(tokens, j);
  if (year !== null && !isPriceYear(tokens, j)) return { from: i, to: j + 1, period: { kind: 'year', year, fiscal: true } };
  if (t.text === 'FY' && tokens[j]?.kind === 'number') return { from: i, to: j + 1, period: { kind: 'unplaced' } };
  return null;
}

/** "the fourth quarter of 2024", "fourth-quarter", "Q4"; a company's "fiscal fourth quarter" and a "first half" are no calendar quarter. */
function parseQuarter(tokens: readonly Token[], i: number): Parsed | null {
  const t = itemAt(tokens, i);
  const fiscal = tokens[i - 1]?.lower === 'fiscal';
  const from = fiscal ? i - 1 : i;
  const dash = t.lower.indexOf('-');
  const ordinal = ORDINALS[dash < 0 ? t.lower : t.lower.slice(0, dash)];
  let quarter: number;
  let to = i + 1;
  if (ordinal !== undefined) {
    const noun = dash < 0 ? tokens[i + 1]?.lower : t.lower.slice(dash + 1);
    if (dash < 0) to = i + 2;
    if (noun === 'half' && ordinal <= 2) return { from, to, period: { kind: 'unplaced' } };
    if (noun !== 'quarter') return null;
    quarter = ordinal;
  } else {
    const digit = tokens[i + 1];
    if (t.text !== 'Q' || digit?.kind !== 'number' || !adjacent(t, digit) || !/^[1-4]$/.test(digit.text)) return null;
    quarter = Number(digit.text);
    to = i + 2;
  }
  if (fiscal) return { from, to, period: { kind: 'unplaced' } };
  const yearToken = tokens[to]?.lower === 'of' ? to + 1 : to;
  const year = isPriceYear(tokens, yearToken) ? null : yearAt(tokens, yearToken);
  if (year !== null) return { from, to: yearToken + 1, period: { kind: 'quarter', year, quarter } };
  return { from, to, period: { kind: 'quarter', year: null, number: quarter } };
}

/** "December 2024", "Dec. 2024", "in December", "mid-December"; a day's date ("Dec. 5, 2024") says when something was said, not a period. */
function parseMonth(tokens: readonly Token[], i: number): Parsed | null {
  const t = itemAt(tokens, i);
  const dash = t.lower.lastIndexOf('-');
  const month = MONTHS[dash < 0 ? t.lower : t.lower.slice(dash + 1)];
  const initial = t.text.charAt(dash + 1);
  if (month === undefined || initial === initial.toLowerCase()) return null;
  const lead = dash < 0 ? tokens[i - 1]?.lower : t.lower.slice(0, dash);
  let j = i + 1;
  if (tokens[j]?.text === '.' && adjacent(t, tokens[j])) j++;
  const day = tokens[j];
  if (day?.kind === 'number' && /^\d{1,2}$/.test(day.text) && Number(day.text) <= MAX_DAY_OF_MONTH) {
    const to = tokens[j + 1]?.text === ',' && yearAt(tokens, j + 2) !== null ? j + 3 : yearAt(tokens, j + 1) !== null ? j + 2 : j + 1;
    return { from: i, to, period: null };
  }
  const yearToken = tokens[j]?.lower === 'of' ? j + 1 : j;
  const year = isPriceYear(tokens, yearToken) ? null : yearAt(tokens, yearToken);
  if (year !== null) return { from: i, to: yearToken + 1, period: { kind: 'month', year, month } };
  if (lead !== undefined && (MONTH_LEADS.has(lead) || RELATIVE[lead] !== undefined)) return { from: i, to: j, period: { kind: 'month', year: null, number: month } };
  return null;
}

/** "last year" (a year once the publication year is known), "this fiscal year", "last quarter", "this month". */
function parseRelative(tokens: readonly Token[], i: number, publishedYear: number | null): Parsed | null {
  const offset = RELATIVE[itemAt(tokens, i).lower];
  if (offset === undefined) return null;
  let j = i + 1;
  const fiscal = tokens[j]?.lower === 'fiscal';
  if (fiscal) j++;
  const unit = tokens[j]?.lower;
  if (unit === 'quarter' || unit === 'month') return { from: i, to: j + 1, period: { kind: 'unplaced', relative: true } };
  if (unit !== 'year') return null;
  // "the past year" is the last twelve months, not a calendar year.
  if (itemAt(tokens, i).lower === 'past' && tokens[i - 1]?.lower === 'the') return null;
  if (publishedYear === null) return { from: i, to: j + 1, period: { kind: 'unplaced', relative: true } };
  const relativePhrase = tokens.slice(i, j + 1).map((t) => t.lower).join(' ');
  return { from: i, to: j + 1, period: { kind: 'year', year: publishedYear + offset, fiscal, relativePhrase } };
}

function parseAt(tokens: readonly Token[], i: number, publishedYear: number | null): Parsed | null {
  const year = yearAt(tokens, i);
  if (year !== null && isPriceYear(tokens, i)) return { from: i, to: i + 2, period: null, prices: year };
  const t = itemAt(tokens, i);
  if (t.kind === 'word') return parseFiscal(tokens, i) ?? parseRelative(tokens, i, publishedYear) ?? parseQuarter(tokens, i) ?? parseMonth(tokens, i);
  return year === null ? null : parseYear(tokens, i, year);
}

/** A calendar year as written ("2024"), which a quarter or a month without one may take. */
function plainYear(phrase: Phrase | undefined): number | null {
  const period = phrase?.period;
  return period?.kind === 'year' && !period.fiscal && period.relativePhrase === undefined && !phrase?.since ? period.year : null;
}

/** The calendar year written nearest to the phrase at `at`, no further than a figure's window reaches. */
function nearestYear(phrases: readonly Phrase[], at: number): number | null {
  const from = itemAt(phrases, at).from;
  for (let step = 1; step < phrases.length; step++) {
    const before = phrases[at - step];
    const after = phrases[at + step];
    const near = [before, after].filter((p): p is Phrase => p !== undefined && Math.abs(p.from - from) <= MAX_PERIOD_TOKENS);
    if (near.length === 0) return null;
    for (const p of near.sort((a, b) => Math.abs(a.from - from) - Math.abs(b.from - from))) {
      const year = plainYear(p);
      if (year !== null) return year;
    }
  }
  return null;
}

/**
 * A quarter or month takes the year written against it ("2024Q4", "2024's fourth quarter"), else
 * the year its sentence names nearest to it ("In 2024, GDP grew 2.4% in the fourth quarter"),
 * else it cannot be placed.
 */
function placed(phrases: readonly Phrase[], tokens: readonly Token[]): PlacedPhrase[] {
  const out: PlacedPhrase[] = [];
  phrases.forEach((phrase, at) => {
    const period = phrase.period;
    if (period === null || period.kind === 'unplaced' || period.year !== null) {
      out.push({ ...phrase, period });
      return;
    }
    const previous = phrases[at - 1];
    const possessive = tokens[phrase.from - 1]?.lower === 's' && APOSTROPHES.has(tokens[phrase.from - 2]?.text ?? '');
    const written = previous === undefined ? null : plainYear(previous);
    const joined = previous !== undefined && written !== null && (previous.to === phrase.from || (possessive && previous.to === phrase.from - 2));
    const year = joined ? written : nearestYear(phrases, at);
    if (joined) out.pop();
    const named: FigurePeriod =
      year === null ? { kind: 'unplaced' } : period.kind === 'quarter' ? { kind: 'quarter', year, quarter: period.number } : { kind: 'month', year, month: period.number };
    out.push({ ...phrase, from: joined ? previous.from : phrase.from, period: named });
  });
  return out;
}

/**
 * The phrase a figure's period is read from: the first after it, unless another figure comes
 * between them ("4.1% in 2024 against 3.6% in 2023"), else the nearest before it.
 */
function phraseOf(phrases: readonly PlacedPhrase[], figureFirst: number, figureLast: number, isOtherFigure: (k: number) => boolean): PlacedPhrase | null {
  let before: PlacedPhrase | null = null;
  for (const phrase of phrases) {
    if (phrase.to <= figureFirst) before = phrase;
    else if (phrase.from > figureLast) {
      let free = true;
      for (let k = figureLast + 1; k < phrase.from && free; k++) free = !isOtherFigure(k);
      return free ? phrase : before;
    }
  }
  return before;
}

/** "in today's dollars", "inflation-adjusted", "adjusted for inflation", "in real terms", "constant dollars". */
function saysAdjusted(tokens: readonly Token[], i: number): boolean {
  const lower = itemAt(tokens, i).lower;
  const word = APOSTROPHES.has(lower.charAt(lower.length - 2)) && lower.endsWith('s') ? lower.slice(0, -2) : lower;
  const next = tokens[i + 1]?.lower;
  if (word === 'inflation-adjusted') return true;
  if (word === 'adjusted') return next === 'for' && tokens[i + 2]?.lower === 'inflation';
  return ADJUSTED_WORDS.has(word) && (next === 'dollars' || next === 'terms');
}

/** What one sentence says of time, read once for all its figures. */
interface SentenceReading {
  /** In the order of the text. */
  readonly phrases: readonly PlacedPhrase[];
  /** Tokens inside a phrase of time: a number outside them is another figure. */
  readonly covered: ReadonlySet<number>;
  /** Where the sentence says money is already adjusted for inflation, in the order of the text. */
  readonly adjusted: readonly number[];
}

function readSentence(tokens: readonly Token[], first: number, last: number, publishedYear: number | null): SentenceReading {
  const found: Phrase[] = [];
  const covered = new Set<number>();
  const adjusted: number[] = [];
  for (let i = first; i < last; ) {
    const t = itemAt(tokens, i);
    // Most words can open no phrase of time: skip them before trying each reading.
    if (t.kind === 'punct' || (t.kind === 'word' && !TIME_OPENERS.has(t.lower) && !t.lower.includes('-') && !APOSTROPHES.has(t.lower.charAt(t.lower.length - 2)))) {
      i++;
      continue;
    }
    if (saysAdjusted(tokens, i)) adjusted.push(i);
    const parsed = parseAt(tokens, i, publishedYear);
    if (parsed === null) {
      i++;
      continue;
    }
    found.push({ ...parsed, since: tokens[parsed.from - 1]?.lower === 'since' });
    for (let k = parsed.from; k < parsed.to; k++) covered.add(k);
    i = Math.max(parsed.to, i + 1);
  }
  return { phrases: placed(found, tokens), covered, adjusted };
}

/**
 * What the text says of the time of the figure spanning tokens `figureFirst`..`figureLast`: the
 * period its own clause names, else the one its sentence names, and, for money, the prices the
 * amount is in.
 */
export type FigureTimer = (figureFirst: number, figureLast: number, money: boolean) => FigureTime;

/** Words of a quarter's results ("the third quarter", "quarterly profit"). */
const QUARTER_WORDS: ReadonlySet<string> = new Set(['quarter', 'quarterly', "quarter's", 'quarter\u2019s']);
/** How many sentences either side of an amount are read for a quarter it may be the result of. */
const QUARTER_SENTENCES_AROUND = 2;

/** A reader for one article: each sentence is read once, whatever the number of figures in it. */
export function figureTimer(tokenized: TokenizedText, publishedYear: number | null): FigureTimer {
  const { tokens, sentences } = tokenized;
  const readings = new Map<number, SentenceReading>();
  const speaksOfQuarter = new Map<number, boolean>();
  const sentenceSpeaksOfQuarter = (index: number): boolean => {
    let says = speaksOfQuarter.get(index);
    if (says === undefined) {
      const sentence = sentences[index];
      says = false;
      if (sentence) for (let k = tokenAt(tokens, sentence.start); k < tokens.length && itemAt(tokens, k).start < sentence.end && !says; k++) says = QUARTER_WORDS.has(itemAt(tokens, k).lower);
      speaksOfQuarter.set(index, says);
    }
    return says;
  };
  const quarterNear = (index: number): boolean => {
    for (let k = index - QUARTER_SENTENCES_AROUND; k <= index + QUARTER_SENTENCES_AROUND; k++) if (sentenceSpeaksOfQuarter(k)) return true;
    return false;
  };
  return (figureFirst, figureLast, money) => {
    const sentenceIndex = itemAt(tokens, figureFirst).sentence;
    const sentence = itemAt(sentences, sentenceIndex);
    let reading = readings.get(sentenceIndex);
    if (reading === undefined) {
      reading = readSentence(tokens, tokenAt(tokens, sentence.start), tokenAt(tokens, sentence.end), publishedYear);
      readings.set(sentenceIndex, reading);
    }
    const { covered } = reading;
    const first = figureFirst - MAX_PERIOD_TOKENS;
    const last = figureLast + MAX_PERIOD_TOKENS;
    const phrases: PlacedPhrase[] = [];
    // The figure's own words name no time of it.
    for (let k = firstAtOrAfter(reading.phrases, first, (p) => p.from); k < reading.phrases.length; k++) {
      const p = itemAt(reading.phrases, k);
      if (p.from > last) break;
      if (p.to <= figureFirst || p.from > figureLast) phrases.push(p);
    }
    const isOtherFigure = (k: number): boolean => itemAt(tokens, k).kind === 'number' && !covered.has(k);
    const clause = numberClause(tokens, figureFirst);
    const inClause = phrases.filter((p) => p.from >= clause.from && p.from < clause.to);
    const periods = (list: readonly PlacedPhrase[]): PlacedPhrase[] => list.filter((p) => p.period !== null);
    // "since 2020" in the figure's own clause makes it a total over years; elsewhere it only dates a comparison ("the highest since 2021").
    const own = phraseOf(periods(inClause), figureFirst, figureLast, isOtherFigure);
    const chosen = own ?? phraseOf(periods(phrases).filter((p) => !p.since), figureFirst, figureLast, isOtherFigure);
    let period: FigurePeriod | null = chosen?.since === true ? { kind: 'unplaced' } : (chosen?.period ?? null);
    if (!money) return { period, prices: null };
    // "earned $2.8 billion" in a story of "the third quarter": an amount of a quarter whose year no
    // nearby sentence gives is part of a year, never a share of a whole year's economy.
    if (period === null && quarterNear(sentenceIndex)) period = { kind: 'unplaced' };
    const ownPrices = inClause.find((p) => p.prices !== undefined)?.prices;
    const adjusted = (reading.adjusted[firstAtOrAfter(reading.adjusted, first, (i) => i)] ?? Infinity) <= last;
    // Another amount's "2010 dollars" in the sentence leaves it unclear which prices this one is in.
    const prices = ownPrices ?? (adjusted || phrases.some((p) => p.prices !== undefined) ? 'adjusted' : null);
    return { period, prices };
  };
}
