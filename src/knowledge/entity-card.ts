/**
 * The knowledge behind a context card, as plain data. The background builds these from the
 * knowledge file and sends them to the tab with the mentions; `card-view.ts` turns them, with the
 * mention and the article's date, into the lines the card UI and `scan --cards` show.
 */

import type { StatisticUnit } from '../core/types';

export interface SourceRef {
  readonly publisher: string;
  readonly url: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) the fact was true as of. */
  readonly asOf: string;
  readonly title?: string;
}

/** One office a person held or holds, with the dates a time-aware card needs. */
export interface CardRole {
  readonly label: string;
  /** ISO dates (YYYY, YYYY-MM or YYYY-MM-DD); null when the source does not say. */
  readonly start: string | null;
  readonly end: string | null;
  /** True when the source still listed the role as held at its as-of date. */
  readonly current: boolean;
  readonly acting: boolean;
  /** The holder's party in the role (its last one when `parties` is present), or null when the source gives none. */
  readonly party: string | null;
  /** Each party the holder sat with during the role, from the day given, oldest first: present only when it changed. */
  readonly parties?: readonly { readonly party: string; readonly start: string }[];
  /** True when `start` opens the current term only: the card says "current term since", not when service began. */
  readonly termStart?: boolean;
  /** True when the source's record ended on `end` with nothing later on file: neither current nor former. */
  readonly lastKnown?: boolean;
  /** On an ended role with no `end`: the latest date it can have ended ("until 2025 or earlier"). */
  readonly endBy?: string;
  /** As-of date of the source that reported the role. */
  readonly asOf: string | null;
}

export interface PersonCard {
  readonly kind: 'person';
  readonly id: string;
  /** Display name, as the press writes it ("Joe Biden"). */
  readonly name: string;
  /** Formal or legal name when it differs ("Joseph R. Biden Jr."), shown under the name. */
  readonly formalName: string | null;
  /** Current or most relevant role, in our words ("U.S. senator from Massachusetts"). */
  readonly role: string | null;
  /** False when `role` has ended; the card then says "former". */
  readonly roleIsCurrent: boolean;
  /** The latest party on record (see `Person.party`); the card shows a role's own party beside it. */
  readonly party: string | null;
  readonly state: string | null;
  /** Dates of the role, e.g. "2013–present" or "2017–2018". */
  readonly roleDates: string | null;
  readonly birthYear: number | null;
  readonly summary: string;
  /** Other notable roles, most recent first. */
  readonly otherRoles: readonly string[];
  /** Every role, most relevant first (current before former, then newest first). */
  readonly roles: readonly CardRole[];
  /** Said on the card when the underlying data may be stale ("Position data as of mid-2025"). */
  readonly caveat: string | null;
  readonly sources: readonly SourceRef[];
}

export interface RelatedStatute {
  readonly id: string;
  readonly citation: string;
  readonly label: string;
}

export interface StatuteCard {
  readonly kind: 'statute';
  readonly id: string;
  /** Normalised citation, e.g. "8 U.S.C. § 1324". */
  readonly citation: string;
  /** The U.S. Code title or the act/provision name ("Title 8 — Aliens and Nationality"). */
  readonly title: string | null;
  /** Section heading as the Code gives it. */
  readonly heading: string | null;
  /** Plain-language summary in our words, where curated. */
  readonly summary: string | null;
  /** Maximum penalties, in our words, where curated. */
  readonly penalties: readonly string[];
  readonly popularNames: readonly string[];
  readonly related: readonly RelatedStatute[];
  /** Link to the official text. */
  readonly officialUrl: string | null;
  readonly sources: readonly SourceRef[];
}

export interface SeriesCard {
  readonly kind: 'series';
  readonly id: string;
  /** What the series counts ("Removals of noncitizens from the U.S., by fiscal year"). */
  readonly name: string;
  /** Unit as words ("people", "percent", "U.S. dollars"). */
  readonly unitLabel: string;
  readonly periodLabel: string;
  readonly record: { readonly period: string; readonly value: number } | null;
  readonly latest: { readonly period: string; readonly value: number } | null;
  /** The series' unit, in a statistic mention's scale (percent as fractions, money in units). */
  readonly unit: StatisticUnit;
  /** Period label → official value: the card places the article's figure in it and draws it. */
  readonly values: Readonly<Record<string, number>>;
  readonly note: string | null;
  readonly sources: readonly SourceRef[];
}

export type EntityCard = PersonCard | StatuteCard | SeriesCard;
