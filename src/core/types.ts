/**
 * The core's vocabulary: what recognition returns, and the port through which it reads the
 * knowledge index. The core imports nothing from other layers; the knowledge layer implements
 * `KnowledgeLookup`.
 */

export type MentionKind = 'person' | 'statute' | 'statistic';

interface MentionBase {
  readonly kind: MentionKind;
  /** UTF-16 offsets into the text given to `recognize`; `text === input.slice(start, end)`. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Knowledge-file id of the entity this mention refers to, or null when unlinked. */
  readonly entityId: string | null;
}

export interface PersonMention extends MentionBase {
  readonly kind: 'person';
  /** The canonical form used to group mentions of one person inside the article. */
  readonly personKey: string;
  /**
   * The fullest name the article gives this person ("Jane Roe" for "Roe" and "Ms. Roe"): one
   * label for every mention of the chain, wherever mentions are listed or counted. Absent on
   * mentions built by hand, where `text` stands in.
   */
  readonly name?: string;
  /** A compound role written before the name ("senate minority whip"), lower case, or null. */
  readonly role?: string | null;
  /** How the article itself describes the person (appositive or predicate), if it does. */
  readonly articleDescription: string | null;
  /**
   * The fullest names of the article's people this lone surname could be ("Joe Biden", "Hunter
   * Biden") when the article names more than one who bears it: linked to none of them.
   */
  readonly namesakes?: readonly string[];
}

export interface StatuteMention extends MentionBase {
  readonly kind: 'statute';
  /** One normalised citation, e.g. "8 U.S.C. § 1324(a)(1)(A)", "U.S. Const. amend. I". */
  readonly citation: string;
  /** Set for a section of a state's code; absent for U.S. federal law. */
  readonly jurisdiction?: 'state';
}

export type StatisticUnit = 'count' | 'percent' | 'usd' | 'gbp' | 'eur' | 'years' | 'months' | 'days' | 'ratio' | 'other';
export type StatisticQualifier =
  | 'about'
  | 'nearly'
  | 'more-than'
  | 'less-than'
  | 'at-least'
  | 'at-most'
  | 'record'
  | 'up-to';

export interface SeriesComparison {
  readonly seriesId: string;
  readonly period: string;
  readonly officialValue: number;
  /** (article value - official value) / official value * 100, rounded to one decimal. */
  readonly differencePercent: number;
  /** Why this period was chosen: "in 2012", "record year", "latest". */
  readonly periodReason: string;
}

export interface StatisticMention extends MentionBase {
  readonly kind: 'statistic';
  /** Normalised value: 409,000 -> 409000; "20 percent" -> 0.2; "$2.5 billion" -> 2.5e9. */
  readonly value: number;
  /** Upper bound of a range ("10 to 20 years"), else null. */
  readonly valueHigh: number | null;
  readonly unit: StatisticUnit;
  readonly qualifier: StatisticQualifier | null;
  /** The noun phrase the number quantifies, from the sentence ("deportations"). */
  readonly counts: string | null;
  readonly comparison: SeriesComparison | null;
  /** ISO 4217 code when the amount is money in a currency the text names ("JPY" for "five million yen"). */
  readonly currencyCode?: string;
  /** Where what it counts is, when its sentence says (`statistic-scope.ts`); absent when it says nothing. */
  readonly scope?: StatisticScope;
  /** A table cell's figure under a heading that names no counted thing ("Last", "Change"): that heading. */
  readonly column?: string;
  /** The period its text says the figure is for (`statistic-period.ts`); absent when it names none. */
  readonly period?: FigurePeriod;
  /**
   * The prices an amount of money is in, when its text says: a year's dollars ("in 2010 dollars"),
   * or `adjusted` for amounts already adjusted for inflation to no year a card can use ("in today's
   * dollars", "inflation-adjusted").
   */
  readonly prices?: number | 'adjusted';
}

/**
 * A period named for a figure. `unplaced` is a period the text names but that cannot be put on a
 * calendar ("in the fourth quarter" with no year, "last month", "in the 1990s", "2019-2023"): no
 * official observation is that period, so none is compared.
 */
export type FigurePeriod =
  | { readonly kind: 'year'; readonly year: number; readonly fiscal: boolean; readonly relativePhrase?: string }
  | { readonly kind: 'quarter'; readonly year: number; readonly quarter: number }
  | { readonly kind: 'month'; readonly year: number; readonly month: number }
  /** `relative`: said against a publication year the text does not give ("last year" in an undated text). */
  | { readonly kind: 'unplaced'; readonly relative?: true };

/** The whole United States, one state, county or city, or the world and other countries. */
export type StatisticScope = 'us' | 'local' | 'world';

export type Mention = PersonMention | StatuteMention | StatisticMention;

/** What the page layer knows about the article beyond its text. */
export interface RecognizeOptions {
  /**
   * Calendar year the article was published (from JSON-LD `datePublished` or
   * `article:published_time`): resolves "this year" and "last year" to a period.
   */
  readonly publishedYear?: number;
  /**
   * The publication date to the day (ISO `YYYY-MM-DD`) when the page gives it; absent when only
   * the year is known. Facts that change over time (who held an office) are read as of this day.
   */
  readonly publishedDate?: string;
}

/** A person the knowledge file knows under some alias. */
export interface PersonCandidate {
  readonly id: string;
  readonly name: string;
  /** Lower-case words that, found near a mention, support this candidate (office, party, state). */
  readonly contextWords: readonly string[];
  /** True when the person currently holds a notable office (used to rank ties, never to guess). */
  readonly prominent: boolean;
  /**
   * True when the key matched only this person's surname, not a full-name alias. Optional so
   * hand-written test lookups need not say it; absent means a one-word key is a surname.
   */
  readonly viaSurname?: boolean;
  /** Link a lone surname only when context words pick this person ("needs-context"), or never. */
  readonly surnameRule?: 'needs-context' | 'never-alone';
}

export interface StatuteCandidate {
  readonly id: string;
  readonly citation: string;
}

export interface SeriesCandidate {
  readonly id: string;
  readonly name: string;
  readonly unit: StatisticUnit;
  /** Period label ("FY2012", "2012", "2012Q3") -> official value, in the unit above. */
  readonly values: Readonly<Record<string, number>>;
  /** Period of the all-time high, when the series has a notable record. */
  readonly recordPeriod: string | null;
}

/**
 * What recognition needs from the knowledge index. Keys passed in are normalised by
 * `normalizeKey` from `core/text-normalize.ts` (lower case, no diacritics, straight apostrophes,
 * single spaces).
 */
export interface KnowledgeLookup {
  /** People with this alias (full name, nickname, or surname). */
  peopleByAlias(key: string): readonly PersonCandidate[];
  /** A U.S. Code section, if the title and section exist. */
  uscSection(title: string, section: string): StatuteCandidate | null;
  /** A U.S. Code title as a whole ("Title 8 of the U.S. Code"), if the file has it. */
  uscTitle?(title: string): StatuteCandidate | null;
  /** True when some person in the file has this given name (helps read unknown names as people). */
  isGivenName?(key: string): boolean;
  /** Named acts, popular names and constitutional provisions, by name. */
  statuteByName(key: string): StatuteCandidate | null;
  /** Every name `statuteByName` knows, for phrase scanning. */
  statuteNames(): readonly string[];
  /** An act's own section mapped to the U.S. Code through the crosswalks. */
  actSectionToUsc(actKey: string, section: string): StatuteCandidate | null;
  /** Official series whose identifying words include this term ("deportations"). */
  seriesByTerm(key: string): readonly SeriesCandidate[];
  /** Every series term, for phrase scanning. */
  seriesTerms(): readonly string[];
}
