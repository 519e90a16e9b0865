import { normalizeKey } from '../../src/core/text-normalize';
import type { OfficeKind } from '../../src/knowledge/schema';
import type { DraftRole, PersonDraft } from './person-draft';
import { givenNameForms, isSuffix, oneEditApart } from './names';

/** A record's first office is taken up no younger than this and no older than the next. */
const CAREER_MIN_AGE_YEARS = 18;
const CAREER_START_MAX_AGE_YEARS = 80;
/**
 * On name and birth year alone, the other record's first office must come at an age such offices
 * are held: a senator born 1964 is not the White House chief of staff of 1989 (his father is).
 */
const WEAK_MATCH_MIN_AGE_YEARS = 30;
/** A career "follows" another when its first office starts within this many years of the other's last end. */
const CAREER_GAP_MAX_YEARS = 1;
/** Two sources rarely agree on the day an office changed hands; an overlap this short is one handover. */
const HANDOVER_TOLERANCE_DAYS = 40;
const DAY_MS = 86_400_000;
/** Offices many people hold at once under one label (a court's judges, a state's legislators). */
const SHARED_OFFICES: ReadonlySet<OfficeKind> = new Set(['judge', 'other', 'senator', 'representative']);
/** Political appointees of the federal executive: a few hundred people, so a full name shared there is telling. */
const FEDERAL_APPOINTEES: ReadonlySet<OfficeKind> = new Set(['cabinet', 'agency-head', 'official']);

/** What the names of one record say beyond the given name the pair already shares: middle initials, surname words, suffix. */
export interface NameEvidence {
  middleInitials: string;
  surname: string;
  suffix: string | null;
}

function words(name: string): string[] {
  return normalizeKey(name.replace(/\([^)]*\)|"[^"]*"|“[^”]*”/g, ' '))
    .replace(/[.,]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
}

/** The fullest form among a record's names that has the record's given name and surname. */
export function nameEvidence(draft: Pick<PersonDraft, 'name' | 'altNames' | 'formalName' | 'surname'>): NameEvidence | null {
  if (draft.surname === null) return null;
  const surnameWords = words(draft.surname).filter((w) => !isSuffix(w));
  if (surnameWords.length === 0) return null;
  let best: NameEvidence = { middleInitials: '', surname: surnameWords.join(' '), suffix: null };
  for (const form of [draft.formalName, draft.name, ...draft.altNames]) {
    if (form === undefined) continue;
    const all = words(form);
    const suffix = all.find((w) => isSuffix(w)) ?? null;
    const core = all.filter((w) => !isSuffix(w));
    const at = core.length - surnameWords.length;
    if (at < 1 || core.slice(at).join(' ') !== best.surname) continue;
    const middleInitials = core
      .slice(1, at)
      .map((w) => w.charAt(0))
      .join('');
    if (middleInitials.length > best.middleInitials.length) best = { ...best, middleInitials };
    if (suffix !== null && best.suffix === null) best = { ...best, suffix };
  }
  return best;
}

function dayOf(date: string, end: boolean): number {
  const full = date.length === 4 ? `${date}-${end ? '12-31' : '01-01'}` : date.length === 7 ? `${date}-${end ? '28' : '01'}` : date;
  return Date.parse(full);
}

/** The date a role was reported on: its own as-of date, else its source's. */
export type RoleAsOf = (role: DraftRole) => string;

/** The dates a record's roles are known to be held on: starts, ends, and the as-of date of a current role. */
function datedSpan(roles: readonly DraftRole[], asOf: RoleAsOf): { from: string; to: string } | null {
  const dates = roles.flatMap((r) => [r.start, r.end, r.current ? asOf(r) : null].filter((d): d is string => d !== null));
  if (dates.length === 0) return null;
  const sorted = [...dates].sort();
  return { from: sorted[0] ?? '', to: sorted[sorted.length - 1] ?? '' };
}

/** Two roles of different offices held at once, beyond a handover's few days. */
function clash(a: DraftRole, b: DraftRole): boolean {
  if (a.office === b.office || a.label === b.label || a.start === null || b.start === null) return false;
  const aEnd = a.end === null ? (a.current ? Infinity : dayOf(a.start, true)) : dayOf(a.end, true);
  const bEnd = b.end === null ? (b.current ? Infinity : dayOf(b.start, true)) : dayOf(b.end, true);
  const overlap = Math.min(aEnd, bEnd) - Math.max(dayOf(a.start, false), dayOf(b.start, false));
  return overlap > HANDOVER_TOLERANCE_DAYS * DAY_MS;
}

/** One office held by one holder at a time, from the same month or current in both: one tenure told by two sources. */
function sameTenure(a: DraftRole, b: DraftRole): boolean {
  if (a.label !== b.label || SHARED_OFFICES.has(a.office)) return false;
  return (a.current && b.current) || (a.start !== null && b.start !== null && a.start.slice(0, 7) === b.start.slice(0, 7));
}

/** U.S. states (and territories, countries) a record's roles are in. */
function places(roles: readonly DraftRole[]): Set<string> {
  return new Set(roles.flatMap((r) => (r.place === null ? [] : [r.office === 'mayor' ? (r.place.split(', ').at(-1) ?? r.place) : r.place])));
}

/** The one record's career ends before the other's starts, within a working life's gap. */
function followsInTime(a: readonly DraftRole[], b: readonly DraftRole[], asOf: RoleAsOf): boolean {
  const sa = datedSpan(a, asOf);
  const sb = datedSpan(b, asOf);
  if (sa === null || sb === null) return false;
  const [early, late] = sa.from <= sb.from ? [sa, sb] : [sb, sa];
  const gapYears = (dayOf(late.from, false) - dayOf(early.to, true)) / (365.25 * DAY_MS);
  return gapYears >= -HANDOVER_TOLERANCE_DAYS / 365.25 && gapYears <= CAREER_GAP_MAX_YEARS;
}

/** A person born that year could have taken up the other record's first office. */
function fitsLifetime(birthYear: number, roles: readonly DraftRole[], asOf: RoleAsOf): boolean {
  const span = datedSpan(roles, asOf);
  if (span === null) return true;
  const age = Number(span.from.slice(0, 4)) - birthYear;
  return age >= CAREER_MIN_AGE_YEARS && age <= CAREER_START_MAX_AGE_YEARS;
}

/** "Director, Federal Bureau of Investigation" → "director of federal bureau of investigation": one spelling for comparing offices. */
export function officePhrase(text: string): string {
  return text.toLowerCase().replace(/,\s*/g, ' of ').replace(/\bthe\s+/g, '').replace(/\s+/g, ' ').trim();
}

/** Congress seats a career text names by chamber and state ("u.s. senator from kentucky"). */
const STATED_SEAT = /^u\.s\. (representative|senator) from (.+)$/;

/** One of `other`'s roles is an office `record`'s own career text says it held (`statedOffices`). */
export function statedOfficeOf(record: Pick<PersonDraft, 'statedOffices'>, other: Pick<PersonDraft, 'roles'>): string | null {
  for (const stated of record.statedOffices ?? []) {
    const seat = STATED_SEAT.exec(stated);
    const held = other.roles.find((r) =>
      seat
        ? (seat[1] === 'senator' ? r.office === 'senator' : r.office === 'representative' || r.office === 'delegate') && (r.place ?? '').toLowerCase() === seat[2]
        : r.office !== 'judge' && r.office !== 'justice' && stated.includes(officePhrase(r.label)),
    );
    if (held) return held.label;
  }
  return null;
}

/** A birth year one apart is two sources' disagreement, not two people, when a career text names the other record's office. */
const STATED_OFFICE_BIRTH_YEAR_TOLERANCE = 1;

/** Both records give the same day of birth. */
function bornSameDay(a: Pick<PersonDraft, 'birthDate'>, b: Pick<PersonDraft, 'birthDate'>): boolean {
  return a.birthDate !== undefined && a.birthDate === b.birthDate;
}

/** "De Haven" and "DeHaven": one surname, whether or not its particle is written apart. */
function compactSurname(surname: string): string {
  return surname.replace(/[\s'’-]/g, '');
}

/**
 * One given name written two ways: the same word, a short form and its full form ("Bill" /
 * "William"), or, for two records born the same day, spellings one letter apart ("Fredrick" /
 * "Frederick"): sources misspell names, but rarely the day of birth too.
 */
export function sameGivenName(a: string, b: string, sameDay: boolean): boolean {
  const fa = givenNameForms(a);
  const fb = givenNameForms(b);
  if (fa.some((f) => fb.includes(f))) return true;
  return sameDay && a.length >= 4 && a.charAt(0) === b.charAt(0) && oneEditApart(a, b);
}

/**
 * Two records born the same day whose given names and surnames agree but for spacing or one
 * letter ("Winthrop W. Ketchum" / "Winthrop W. Ketcham"): the same-name pairing never meets them.
 */
export function birthDateNamesAgree(a: Pick<PersonDraft, 'birthDate' | 'firstName' | 'surname'>, b: Pick<PersonDraft, 'birthDate' | 'firstName' | 'surname'>): boolean {
  if (!bornSameDay(a, b) || a.surname === null || b.surname === null) return false;
  const sa = compactSurname(words(a.surname).filter((w) => !isSuffix(w)).join(''));
  const sb = compactSurname(words(b.surname).filter((w) => !isSuffix(w)).join(''));
  const given = (d: Pick<PersonDraft, 'firstName'>): string => words(d.firstName)[0] ?? '';
  return (sa === sb || (sa.length >= 4 && oneEditApart(sa, sb))) && sameGivenName(given(a), given(b), true);
}

export type MergeVerdict = { merge: true; evidence: string; strength: number } | { merge: false; reason: string };

/**
 * Why two same-name records cannot be one person, or null: the names disagree where both give a
 * middle initial or suffix, the birth years differ, the records hold two different offices at
 * once, or one record's birth year does not fit the other's dates.
 */
/** A record's name forms of three words or more (given, middle and surname at least), normalised. */
function fullNameForms(draft: Pick<PersonDraft, 'name' | 'altNames' | 'formalName'>): Set<string> {
  return new Set(
    [draft.formalName, draft.name, ...draft.altNames]
      .filter((n): n is string => n !== undefined)
      .map((n) => words(n).filter((w) => !isSuffix(w)))
      .filter((w) => w.length >= 3)
      .map((w) => w.join(' ')),
  );
}

export function mergeVeto(a: PersonDraft, b: PersonDraft, asOf: RoleAsOf): string | null {
  const na = nameEvidence(a);
  const nb = nameEvidence(b);
  if (na === null || nb === null) return 'no surname';
  const [sa, sb] = [compactSurname(na.surname), compactSurname(nb.surname)];
  if (sa !== sb && !(bornSameDay(a, b) && oneEditApart(sa, sb))) return 'different surnames';
  // A record that also gives a legal name ("Joel Bennett Clark") reads other initials than the name in use; the same full name in both agrees.
  const formsOfB = fullNameForms(b);
  const sameFullName = [...fullNameForms(a)].some((f) => formsOfB.has(f));
  if (!sameFullName && na.middleInitials !== '' && nb.middleInitials !== '' && na.middleInitials.charAt(0) !== nb.middleInitials.charAt(0)) return `middle initials ${na.middleInitials} / ${nb.middleInitials}`;
  if (na.suffix !== null && nb.suffix !== null && na.suffix !== nb.suffix) return `suffixes ${na.suffix} / ${nb.suffix}`;
  const stated = statedOfficeOf(a, b) ?? statedOfficeOf(b, a);
  if (a.birthYear !== null && b.birthYear !== null && a.birthYear !== b.birthYear && !(stated !== null && Math.abs(a.birthYear - b.birthYear) <= STATED_OFFICE_BIRTH_YEAR_TOLERANCE)) return `born ${a.birthYear} / ${b.birthYear}`;
  const overlapping = a.roles.find((ra) => b.roles.some((rb) => clash(ra, rb)));
  if (overlapping) return `two offices at once (${overlapping.label})`;
  for (const [born, other] of [
    [a.birthYear, b],
    [b.birthYear, a],
  ] as const) {
    if (born !== null && !fitsLifetime(born, other.roles, asOf)) return `born ${born}, but the other record's dates do not fit one working life`;
  }
  return null;
}

/**
 * Whether two records from different sources, with the same given name and surname, describe one
 * person. A wrong merge is worse than a duplicate, so no veto (`mergeVeto`) may hold and something
 * beyond the name must link them, strongest first: the same birth year, one tenure told by both,
 * the same state, a career that takes up within a handover of the other's end; for records of
 * recent people (`mergeable`) that are the only candidate on each side (`onlyCandidate`): a birth
 * year whose working life holds the other's dates, both federal appointees only, or one a
 * hand-checked (curated) entry.
 */
export function sameHolderEvidence(a: PersonDraft, b: PersonDraft, onlyCandidate: boolean, asOf: RoleAsOf): MergeVerdict {
  const veto = mergeVeto(a, b, asOf);
  if (veto !== null) return { merge: false, reason: veto };
  const stated = statedOfficeOf(a, b) ?? statedOfficeOf(b, a);
  const sameBirthYear = a.birthYear !== null && a.birthYear === b.birthYear;
  // Both at once outrank either alone: two namesakes from one state, one of them born that year.
  if (stated !== null && sameBirthYear) return { merge: true, evidence: `a career record names the other's office (${stated}) and the same birth year ${a.birthYear}`, strength: 6 };
  if (bornSameDay(a, b)) return { merge: true, evidence: `same birth date ${a.birthDate ?? ''}`, strength: 6 };
  if (stated !== null) return { merge: true, evidence: `a career record names the other's office (${stated})`, strength: 5 };
  if (sameBirthYear) return { merge: true, evidence: `same birth year ${a.birthYear}`, strength: 5 };
  const tenure = a.roles.find((ra) => b.roles.some((rb) => sameTenure(ra, rb)));
  if (tenure !== undefined) return { merge: true, evidence: `the same tenure told twice (${tenure.label})`, strength: 4 };
  const pa = places(a.roles);
  const shared = [...places(b.roles)].find((p) => pa.has(p));
  if (shared !== undefined) return { merge: true, evidence: `same place (${shared})`, strength: 3 };
  if (followsInTime(a.roles, b.roles, asOf)) return { merge: true, evidence: 'one career takes up where the other ends', strength: 2 };
  if (!a.mergeable || !b.mergeable || !onlyCandidate) return { merge: false, reason: 'nothing beyond the name links them' };
  const [known, unknown] = a.birthYear !== null ? [a, b] : [b, a];
  const unknownSpan = datedSpan(unknown.roles, asOf);
  if (known.birthYear !== null && unknownSpan !== null) {
    if (Number(unknownSpan.from.slice(0, 4)) - known.birthYear < WEAK_MATCH_MIN_AGE_YEARS) return { merge: false, reason: `born ${known.birthYear}, too young for the other record's first office` };
    return { merge: true, evidence: `the only candidate on each side, dates inside a life from ${known.birthYear}`, strength: 1 };
  }
  if ([a, b].every((d) => d.roles.every((r) => FEDERAL_APPOINTEES.has(r.office)))) {
    return { merge: true, evidence: 'the only candidate on each side among federal appointees', strength: 1 };
  }
  if ([a, b].some((d) => d.sources.some((src) => src.startsWith('cur:')))) {
    return { merge: true, evidence: 'the only candidate on each side for a hand-checked entry', strength: 1 };
  }
  return { merge: false, reason: 'nothing beyond the name links them' };
}
