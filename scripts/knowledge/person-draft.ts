import type { OfficeKind, Role } from '../../src/knowledge/schema';
import { itemAt } from '../../src/core/item-at';

/**
 * A role as a source reader builds it; `asOf` defaults to its source's as-of date.
 * `lastKnownUntil` marks a record the source did not refresh: its term ended on that date with
 * no successor on file; the assembly ends it when the same person is known in another office
 * later, or someone else holds the office later, and otherwise marks it `lastKnown`.
 */
export type DraftRole = Omit<Role, 'asOf'> & { asOf?: string; lastKnownUntil?: string };

/** A person as one source describes them, before merging and finishing. */
export interface PersonDraft {
  id: string;
  name: string;
  /** Display-form names that become aliases (the name itself is always one). */
  altNames: string[];
  /** The whole name as the source also spells it ("also spelled Vajiralongkorn"): an alias even when it is one word. */
  spellings?: string[];
  /** Surname in display form ("Homan", "Van Hollen"), or null when it cannot be told. */
  surname: string | null;
  /** Given name for cross-source merging. */
  firstName: string;
  wikidata?: string;
  bioguide?: string;
  birthYear: number | null;
  /** The day of birth (YYYY-MM-DD) where the source gives it: born the same day, two spellings of one name are one person. */
  birthDate?: string;
  roles: DraftRole[];
  sources: string[];
  /** Hand-written one-liner; otherwise one is built from the roles. */
  summary?: string;
  /** Normalised name forms this person must not be linked by (a form a sitting officeholder owns). */
  withoutAliases?: string[];
  /** Party today, when a curated entry knows it differs from the party of the roles (a party switch). */
  party?: string;
  /** Formal or legal name when the display name is a shorter press form. */
  formalName?: string;
  /** Extra words that support this person near a mention. */
  contextExtra: string[];
  /** May be merged with a same-named record from another source. */
  mergeable: boolean;
  /** Id of a generated record this curated entry describes (merged explicitly). */
  sameAs?: string;
  /**
   * Offices this source's own career text says the person held elsewhere, lower case without
   * "the" ("u.s. representative from new york", "attorney general of united states"): a record of
   * another source holding one of them is the same person.
   */
  statedOffices?: string[];
}

/** Which office outranks which when a person holds several at once. */
export const OFFICE_RANK: Readonly<Record<OfficeKind, number>> = {
  president: 0,
  'vice-president': 1,
  'head-of-state': 2,
  'head-of-government': 3,
  justice: 4,
  'congressional-leader': 5,
  cabinet: 6,
  governor: 7,
  senator: 8,
  'agency-head': 9,
  official: 10,
  representative: 11,
  delegate: 12,
  'attorney-general': 13,
  'lt-governor': 14,
  mayor: 15,
  'state-official': 16,
  judge: 17,
  other: 18,
};

/** Current roles first (by rank), then former ones, most recently ended first. */
export function compareRoles(a: Pick<Role, 'current' | 'office' | 'start' | 'end' | 'label'>, b: Pick<Role, 'current' | 'office' | 'start' | 'end' | 'label'>): number {
  if (a.current !== b.current) return a.current ? -1 : 1;
  if (a.current) {
    const rank = OFFICE_RANK[a.office] - OFFICE_RANK[b.office];
    if (rank !== 0) return rank;
  } else {
    // A role that ended on an unknown date ranks by its start.
    const endA = a.end ?? a.start ?? '';
    const endB = b.end ?? b.start ?? '';
    if (endA !== endB) return endA < endB ? 1 : -1;
  }
  const startA = a.start ?? '';
  const startB = b.start ?? '';
  if (startA !== startB) return startA < startB ? 1 : -1;
  return a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
}

/** True when a role that ends on `end` was still held on the source's as-of date. */
export function heldAt(end: string | null, asOf: string): boolean {
  if (end === null) return true;
  return end > asOf;
}

export function yearOf(date: string | null): number | null {
  if (date === null) return null;
  const y = Number(date.slice(0, 4));
  return Number.isFinite(y) ? y : null;
}

/** "1981–present", "2009–2017", "current term since 2019", "from 2021, end date unknown", "2021 until 2025 or earlier" style dates of a role. */
export function roleDates(role: Pick<Role, 'start' | 'end' | 'current' | 'termStart' | 'endBy'>): string | null {
  const start = yearOf(role.start);
  const end = yearOf(role.end);
  if (role.current) return start === null ? null : role.termStart ? `current term since ${start}` : `${start}–present`;
  // The end is unknown but bounded: say the bound, not "end date unknown".
  const endBy = role.end === null ? yearOf(role.endBy ?? null) : null;
  if (endBy !== null) return start === null ? `until ${endBy} or earlier` : `${start} until ${endBy} or earlier`;
  if (start === null && end === null) return null;
  if (start === null) return `until ${end}`;
  if (end === null) return `from ${start}, end date unknown`;
  if (end === start) return String(start);
  return `${start}–${end}`;
}

/** Accepts M/D/YYYY, YYYY-MM-DD and "M/D/YYYY 12:00:00 AM"; returns YYYY-MM-DD or null. */
export function isoDate(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const t = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(t);
  if (us) return `${us[3]}-${itemAt(us, 1).padStart(2, '0')}-${itemAt(us, 2).padStart(2, '0')}`;
  const year = /^(\d{4})$/.exec(t);
  if (year) return itemAt(year, 1);
  return null;
}
