/**
 * Compares a statistic with the knowledge file's official series: the series is found by what
 * the number counts (its noun phrase, then the words of its own clause; the rest of its sentence
 * and the two before it only when that clause names no subject of its own) and
 * the period by what the text says ("in 2012", "record", "under Obama"), else the latest one.
 */
import { lookupTable } from './lookup-table';
import { tokenKey, type Token, type TokenizedText } from './text-tokens';
import type { KnowledgeLookup, SeriesCandidate, SeriesComparison, StatisticMention } from './types';
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

interface PeriodIndex {
  /** The first period (in the file's order) of each year. */
  readonly byYear: ReadonlyMap<number, string>;
  readonly latest: string | null;
}

/** Series are the knowledge index's own objects: their periods are read once, not per number. */
const periodIndexCache = new WeakMap<SeriesCandidate, PeriodIndex>();

function periodIndex(series: SeriesCandidate): PeriodIndex {
  let index = periodIndexCache.get(series);
  if (index) return index;
  const byYear = new Map<number, string>();
  for (const key of Object.keys(series.values)) {
    const y = yearOf(key);
    if (y !== null && !byYear.has(y)) byYear.set(y, key);
  }
  index = { byYear, latest: latestPeriod(series) };
  periodIndexCache.set(series, index);
  return index;
}

function periodForYear(series: SeriesCandidate, year: number): string | null {
  for (const key of [`FY${year}`, String(year)]) if (series.values[key] !== undefined) return key;
  return periodIndex(series).byYear.get(year) ?? null;
}

function latestPeriod(series: SeriesCandidate): string | null {
  let best: string | null = null;
  let bestYear = -Infinity;
  for (const key of Object.keys(series.values)) {
    const y = yearOf(key) ?? -Infinity;
    if (y > bestYear || (y === bestYear && best !== null && key > best)) {
      best = key;
      bestYear = y;
    }
  }
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

interface PeriodHints {
  readonly year: number | null;
  /** A year said relative to publication ("last year"), with how it was said. */
  readonly relative: { readonly year: number; readonly phrase: string } | null;
  readonly record: boolean;
  readonly presidentRange: readonly [number, number] | null;
  readonly presidentName: string | null;
}

/** Relative years in the number's sentence, as offsets from the publication year. */
const RELATIVE_YEAR: Readonly<Record<string, number>> = lookupTable({ this: 0, last: -1, past: -1, previous: -1 });

/** "this year", "last year", "this fiscal year", "last fiscal year" -> offset and phrase. */
function relativeYear(tokens: readonly Token[], i: number): { offset: number; phrase: string } | null {
  const offset = RELATIVE_YEAR[itemAt(tokens, i).lower];
  if (offset === undefined) return null;
  let j = i + 1;
  if (tokens[j]?.lower === 'fiscal') j++;
  if (tokens[j]?.lower !== 'year') return null;
  // "the past year" is the last twelve months, not a calendar year.
  if (itemAt(tokens, i).lower === 'past' && tokens[i - 1]?.lower === 'the') return null;
  const phrase = tokens.slice(i, j + 1).map((t) => t.lower).join(' ');
  return { offset, phrase };
}

function readHints(tokens: readonly Token[], from: number, to: number, sentence: number, publishedYear: number | null): PeriodHints {
  let year: number | null = null;
  let relative: { year: number; phrase: string } | null = null;
  let record = false;
  let presidentRange: readonly [number, number] | null = null;
  let presidentName: string | null = null;
  for (let i = from; i < to; i++) {
    const t = itemAt(tokens, i);
    const w = t.lower;
    if (w === 'record' || w === 'all-time') record = true;
    if (t.kind === 'number' && t.sentence === sentence && /^\d{4}$/.test(t.text)) {
      const y = Number(t.text);
      if (y >= 1900 && y <= 2100 && year === null) year = y;
    }
    if (publishedYear !== null && relative === null && t.sentence === sentence) {
      const r = relativeYear(tokens, i);
      if (r) relative = { year: publishedYear + r.offset, phrase: r.phrase };
    }
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
  return { year, relative, record, presidentRange, presidentName };
}

function compare(series: SeriesCandidate, value: number, hints: PeriodHints): SeriesComparison | null {
  let period: string | null;
  let reason: string;
  if (hints.year !== null) {
    period = periodForYear(series, hints.year);
    reason = `in ${hints.year}`;
  } else if (hints.record && hints.presidentRange) {
    const [from, to] = hints.presidentRange;
    const recordYear = series.recordPeriod ? yearOf(series.recordPeriod) : null;
    const recordInRange = recordYear !== null && recordYear >= from && recordYear <= to;
    period = recordInRange ? series.recordPeriod : highestIn(series, from, to);
    reason = recordInRange ? 'record year' : `highest under ${hints.presidentName ?? 'that president'}`;
  } else if (hints.record && series.recordPeriod) {
    period = series.recordPeriod;
    reason = 'record year';
  } else if (hints.relative) {
    // "last year" in an article from 2019 is 2018; a fiscal-year series reads it as FY2018.
    period = periodForYear(series, hints.relative.year);
    reason = `${hints.relative.phrase} (${hints.relative.year})`;
  } else {
    period = periodIndex(series).latest;
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

function numberClause(tokens: readonly Token[], at: number): Clause {
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
export function seriesMatcher(tokenized: TokenizedText, lookup: KnowledgeLookup, publishedYear: number | null = null): SeriesMatcher {
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
    return matchSeries(mention, tokenized, firstToken, lookup, index, stemAt, windowAt, publishedYear);
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
  publishedYear: number | null,
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
      window.hints ??= readHints(tokens, from, to, sentence, publishedYear);
      const comparison = compare(series, mention.value, window.hints);
      if (comparison && (!best || Math.abs(comparison.differencePercent) < Math.abs(best.differencePercent))) best = comparison;
    }
    if (best) return best;
  }
  return null;
}
