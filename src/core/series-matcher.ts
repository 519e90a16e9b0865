/**
 * Compares a statistic with the knowledge file's official series: the series is found by what
 * the number counts (its noun phrase, then the words of its own clause; the rest of its sentence
 * and the two before it only when that clause names no subject of its own) and
 * the period by what the text says: the period it names for the figure (`statistic-period.ts`:
 * "in 2012", "in the fourth quarter of 2024", "last year"), else "record" or "under Obama", else
 * the latest one. A period the text names that the series does not hold is compared with nothing,
 * never with another period of the series.
 */
import { lookupTable } from './lookup-table';
import { tokenKey, type Token, type TokenizedText } from './text-tokens';
import type { FigurePeriod, KnowledgeLookup, SeriesCandidate, SeriesComparison, StatisticMention } from './types';
import { itemAt } from './item-at';
import { isPercentagePoints } from './statistic-units';

/** An article figure further than this factor from the official one is about something else. */
const PLAUSIBLE_RATIO = 10;
const CONTEXT_SENTENCES_BEFORE = 2;
/**
 * No window reaches further than this from the number, so a "sentence" that is really a table
 * of thousands of numbers costs a bounded amount per number and the whole stays linear.
 */
const MAX_WINDOW_TOKENS = 200;

/** Terms of office, for "under Obama"; years are the calendar years fully or mostly served. */
const PRESIDENT_TERMS: Readonly<Record<string, readonly [number, number]>> = lookupTable({
  clinton: [1993, 2000],
  bush: [2001, 2008],
  obama: [2009, 2016],
  biden: [2021, 2024],
});

interface TermEntry {
  readonly stems: readonly string[];
  readonly key: string;
}

const termIndexCache = new WeakMap<KnowledgeLookup, Map<string, TermEntry[]>>();

function stem(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

function termIndex(lookup: KnowledgeLookup): Map<string, TermEntry[]> {
  let index = termIndexCache.get(lookup);
  if (index) return index;
  index = new Map();
  for (const key of lookup.seriesTerms()) {
    const stems = key.split(' ').map(stem);
    const head = stems[0] as string;
    const list = index.get(head) ?? [];
    list.push({ stems, key });
    index.set(head, list);
  }
  termIndexCache.set(lookup, index);
  return index;
}

/** Series terms found in a run of word stems, in order of appearance. */
function findTerms(stems: readonly string[], index: Map<string, TermEntry[]>): string[] {
  const found: string[] = [];
  for (let i = 0; i < stems.length; i++) {
    const entries = index.get(stems[i] as string);
    if (!entries) continue;
    let best: TermEntry | null = null;
    for (const e of entries) {
      if (e.stems.every((s, k) => stems[i + k] === s) && (!best || e.stems.length > best.stems.length)) best = e;
    }
    if (best) found.push(best.key);
  }
  return found;
}

function yearOf(period: string): number | null {
  const m = /(\d{4})/.exec(period);
  return m ? Number(m[1]) : null;
}

/** Series are the knowledge index's own objects: their latest period is found once, not per number. */
const latestPeriodCache = new WeakMap<SeriesCandidate, string | null>();

/** A named period a series of years or quarters may hold. */
type YearOrQuarter = Extract<FigurePeriod, { kind: 'year' | 'quarter' }>;

/**
 * The series' period that is the named one. A calendar year also finds the fiscal year of its
 * number, as articles say "spending in 2024"; a fiscal year finds only a fiscal year, a quarter
 * only that quarter (never the first quarter of a year, nor a year for its quarter).
 */
function namedPeriodIn(series: SeriesCandidate, period: YearOrQuarter): string | null {
  const keys = period.kind === 'quarter' ? [`${period.year}Q${period.quarter}`] : period.fiscal ? [`FY${period.year}`] : [`FY${period.year}`, String(period.year)];
  return keys.find((key) => series.values[key] !== undefined) ?? null;
}

/** How the comparison names the period the article gave ("in 2024", "in FY1892", "in 2024Q4", "last year (2018)"). */
function namedReason(period: YearOrQuarter): string {
  if (period.kind === 'quarter') return `in ${period.year}Q${period.quarter}`;
  return period.relativePhrase === undefined ? `in ${period.fiscal ? 'FY' : ''}${period.year}` : `${period.relativePhrase} (${period.year})`;
}

function latestPeriod(series: SeriesCandidate): string | null {
  const cached = latestPeriodCache.get(series);
  if (cached !== undefined) return cached;
  let best: string | null = null;
  let bestYear = -Infinity;
  for (const key of Object.keys(series.values)) {
    const y = yearOf(key) ?? -Infinity;
    if (y > bestYear || (y === bestYear && best !== null && key > best)) {
      best = key;
      bestYear = y;
    }
  }
  latestPeriodCache.set(series, best);
  return best;
}

function highestIn(series: SeriesCandidate, from: number, to: number): string | null {
  let best: string | null = null;
  for (const [key, value] of Object.entries(series.values)) {
    const y = yearOf(key);
    if (y === null || y < from || y > to) continue;
    if (best === null || value > (series.values[best] as number)) best = key;
  }
  return best;
}

/** What a window of sentences says of the period beyond the period named for the figure itself. */
interface PeriodHints {
  readonly record: boolean;
  readonly presidentRange: readonly [number, number] | null;
  readonly presidentName: string | null;
}

function readHints(tokens: readonly Token[], from: number, to: number): PeriodHints {
  let record = false;
  let presidentRange: readonly [number, number] | null = null;
  let presidentName: string | null = null;
  for (let i = from; i < to; i++) {
    const t = itemAt(tokens, i);
    const w = t.lower;
    if (w === 'record' || w === 'all-time') record = true;
    if (w === 'under') {
      for (let k = i + 1; k <= i + 3 && k < to; k++) {
        const name = itemAt(tokens, k).lower.replace(/['\u2019]s$/, '');
        const range = PRESIDENT_TERMS[name];
        if (range) {
          presidentRange = range;
          presidentName = itemAt(tokens, k).text;
          break;
        }
      }
    }
  }
  return { record, presidentRange, presidentName };
}

/** "last year", "this quarter": said against the publication date, so a record the text names comes first. */
function isRelative(period: FigurePeriod): boolean {
  return period.kind === 'unplaced' ? period.relative === true : period.kind === 'year' && period.relativePhrase !== undefined;
}

function compare(series: SeriesCandidate, value: number, named: FigurePeriod | undefined, hints: PeriodHints): SeriesComparison | null {
  // No series in the knowledge file is monthly, and a month's figure is not its year's average.
  if (named?.kind === 'month') return null;
  let period: string | null;
  let reason: string;
  if (named !== undefined && !isRelative(named)) {
    if (named.kind === 'unplaced') return null;
    period = namedPeriodIn(series, named);
    reason = namedReason(named);
  } else if (hints.record && hints.presidentRange) {
    const [from, to] = hints.presidentRange;
    const recordYear = series.recordPeriod ? yearOf(series.recordPeriod) : null;
    const recordInRange = recordYear !== null && recordYear >= from && recordYear <= to;
    period = recordInRange ? series.recordPeriod : highestIn(series, from, to);
    reason = recordInRange ? 'record year' : `highest under ${hints.presidentName ?? 'that president'}`;
  } else if (hints.record && series.recordPeriod) {
    period = series.recordPeriod;
    reason = 'record year';
  } else if (named !== undefined) {
    if (named.kind === 'unplaced') return null;
    // "last year" in an article from 2019 is 2018; a fiscal-year series reads it as FY2018.
    period = namedPeriodIn(series, named);
    reason = namedReason(named);
  } else {
    period = latestPeriod(series);
    reason = 'latest';
  }
  if (period === null) return null;
  const official = series.values[period];
  if (official === undefined || official === 0) return null;
  const ratio = value / official;
  if (!(ratio <= PLAUSIBLE_RATIO && ratio >= 1 / PLAUSIBLE_RATIO)) return null;
  return {
    seriesId: series.id,
    period,
    officialValue: official,
    differencePercent: Math.round(((value - official) / official) * 1000) / 10,
    periodReason: reason,
  };
}

/** Punctuation and conjunctions that end a clause: the number belongs to the words on its side. */
const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')', '\u2014', '\u2013']);
const CLAUSE_WORDS = new Set(['while', 'whereas', 'but', 'although', 'though', 'whilst']);
const SUBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);
/** Plural-looking words that are verbs or pronouns, never a subject noun. */
const NOT_SUBJECTS = new Set(['is', 'was', 'has', 'does', 'says', 'this', 'its', 'his', 'hers', 'us', 'as', 'thus', 'always', 'perhaps', 'yes']);

interface Clause {
  readonly from: number;
  readonly to: number;
  /** A noun before the number in its clause: "wages rose 3 percent", "the economy grew 2 percent". */
  readonly hasSubject: boolean;
}

export function numberClause(tokens: readonly Token[], at: number): Clause {
  const sentence = itemAt(tokens, at).sentence;
  const ends = (t: Token): boolean => t.sentence !== sentence || CLAUSE_PUNCT.has(t.text) || CLAUSE_WORDS.has(t.lower);
  let from = at;
  while (from > 0 && at - from < MAX_WINDOW_TOKENS && !ends(itemAt(tokens, from - 1))) from--;
  let to = at + 1;
  while (to < tokens.length && to - at < MAX_WINDOW_TOKENS && !ends(itemAt(tokens, to))) to++;
  let hasSubject = false;
  for (let i = from; i < at; i++) {
    const t = itemAt(tokens, i);
    if (t.kind !== 'word') continue;
    const afterDeterminer = SUBJECT_DETERMINERS.has(tokens[i - 1]?.lower ?? '') && i - 1 >= from && !SUBJECT_DETERMINERS.has(t.lower);
    const plural = t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss') && !NOT_SUBJECTS.has(t.lower);
    if (afterDeterminer || plural) hasSubject = true;
  }
  return { from, to, hasSubject };
}

export type SeriesMatcher = (mention: StatisticMention, firstToken: number) => SeriesComparison | null;

/**
 * What a window of sentences says to every number in it: the numbers of one sentence share their
 * window, so its terms and period hints are read once, not once per number.
 */
interface WindowReading {
  sameSentenceTerms?: readonly string[];
  beforeTerms?: readonly string[];
  hints?: PeriodHints;
}

/** A matcher for one article: token stems are computed once each, only in the windows statistics look at. */
export function seriesMatcher(tokenized: TokenizedText, lookup: KnowledgeLookup): SeriesMatcher {
  const cache: Array<string | undefined> = new Array<string | undefined>(tokenized.tokens.length);
  const stemAt = (i: number): string => {
    let s = cache[i];
    if (s === undefined) {
      const t = itemAt(tokenized.tokens, i);
      s = t.kind === 'word' ? stem(tokenKey(t.lower)) : '';
      cache[i] = s;
    }
    return s;
  };
  const windows = new Map<string, WindowReading>();
  const windowAt = (from: number, to: number, sentence: number): WindowReading => {
    const key = `${from},${to},${sentence}`;
    let reading = windows.get(key);
    if (!reading) {
      reading = {};
      windows.set(key, reading);
    }
    return reading;
  };
  return (mention, firstToken) => {
    const index = termIndex(lookup);
    if (index.size === 0) return null;
    return matchSeries(mention, tokenized, firstToken, lookup, index, stemAt, windowAt);
  };
}

function matchSeries(
  mention: StatisticMention,
  tokenized: TokenizedText,
  firstToken: number,
  lookup: KnowledgeLookup,
  index: Map<string, TermEntry[]>,
  stemAt: (i: number) => string,
  windowAt: (from: number, to: number, sentence: number) => WindowReading,
): SeriesComparison | null {
  // A change in percentage points is no level a series could hold ("rose 3 percentage points").
  if (isPercentagePoints(mention.text)) return null;
  const { tokens, sentences } = tokenized;
  const anchor = tokens[firstToken];
  if (!anchor) return null;
  const sentence = anchor.sentence;
  const windowStartSentence = Math.max(0, sentence - CONTEXT_SENTENCES_BEFORE);
  const windowStart = sentences[windowStartSentence]?.start ?? 0;
  const windowEnd = sentences[sentence]?.end ?? tokenized.text.length;
  let from = firstToken;
  while (from > 0 && firstToken - from < MAX_WINDOW_TOKENS && itemAt(tokens, from - 1).start >= windowStart) from--;
  let to = firstToken;
  while (to < tokens.length && to - firstToken < MAX_WINDOW_TOKENS && itemAt(tokens, to).end <= windowEnd) to++;
  const terms: string[] = [];
  if (mention.counts) terms.push(...findTerms(mention.counts.split(/\s+/).map((w) => stem(tokenKey(w.toLowerCase()))), index));
  // The number's own clause decides; the rest of the sentence and the sentences before speak
  // for it only when the clause names no subject of its own ("I think 409,000 is a stretch").
  const clause = numberClause(tokens, firstToken);
  const own: string[] = [];
  for (let i = clause.from; i < clause.to; i++) if (itemAt(tokens, i).kind === 'word') own.push(stemAt(i));
  terms.push(...findTerms(own, index));
  const window = windowAt(from, to, sentence);
  if (!clause.hasSubject) {
    if (!window.sameSentenceTerms || !window.beforeTerms) {
      const sameSentence: string[] = [];
      const before: string[] = [];
      for (let i = from; i < to; i++) {
        const t = itemAt(tokens, i);
        if (t.kind !== 'word') continue;
        (t.sentence === sentence ? sameSentence : before).push(stemAt(i));
      }
      window.sameSentenceTerms = findTerms(sameSentence, index);
      window.beforeTerms = findTerms(before, index).reverse();
    }
    terms.push(...window.sameSentenceTerms);
    if (!mention.counts) terms.push(...window.beforeTerms);
  }
  // The first term with a usable series decides; among its series (e.g. DHS-wide and ICE-only
  // removals) the one whose official figure the article's number is closest to is the one meant.
  for (const term of terms) {
    let best: SeriesComparison | null = null;
    for (const series of lookup.seriesByTerm(term)) {
      if (series.unit !== mention.unit) continue;
      window.hints ??= readHints(tokens, from, to);
      const comparison = compare(series, mention.value, mention.period, window.hints);
      if (comparison && (!best || Math.abs(comparison.differencePercent) < Math.abs(best.differencePercent))) best = comparison;
    }
    if (best) return best;
  }
  return null;
}
