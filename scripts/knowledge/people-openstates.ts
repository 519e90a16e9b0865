import { normalizeKey } from '../../src/core/text-normalize';
import type { OfficeKind } from '../../src/knowledge/schema';
import { asArray, asRecord, optString, type DataDir } from './data-files';
import { DATASET_SOURCES } from './dataset-sources';
import { heldAt, type DraftRole, type PersonDraft } from './person-draft';
import { bareStateName, US_STATES } from './us-states';
import { nameWords, SHORT_FORMS } from './names';
import { itemAt } from '../../src/core/item-at';

const SOURCE = 'openstates-people';
const AS_OF = DATASET_SOURCES[SOURCE].asOf;

const ROLE_WORDS: Readonly<Record<string, { title: string; office: OfficeKind }>> = {
  governor: { title: 'Governor', office: 'governor' },
  lt_governor: { title: 'Lieutenant Governor', office: 'lt-governor' },
  'attorney general': { title: 'Attorney General', office: 'attorney-general' },
  'secretary of state': { title: 'Secretary of State', office: 'state-official' },
  'chief election officer': { title: 'Chief Election Officer', office: 'state-official' },
  treasurer: { title: 'State Treasurer', office: 'state-official' },
  auditor: { title: 'State Auditor', office: 'state-official' },
  lower: { title: 'State representative', office: 'other' },
  upper: { title: 'State senator', office: 'other' },
  legislature: { title: 'State legislator', office: 'other' },
  mayor: { title: 'Mayor', office: 'mayor' },
};

/** DC is no state: Open States files its mayor as "governor" and its Council as "legislature". */
const DISTRICT_ROLES: Readonly<Record<string, { title: string; office: OfficeKind }>> = {
  governor: { title: 'Mayor', office: 'mayor' },
  legislature: { title: 'Council member', office: 'other' },
};

/**
 * Open States files each state's officers under generic titles, but some states name the office
 * otherwise. Pennsylvania, Massachusetts and Virginia have a Secretary of the Commonwealth, not a
 * Secretary of State (Virginia's is appointed by the governor); Kentucky, also a commonwealth, does
 * have a Secretary of State, so the name goes by state, not by "commonwealth". Massachusetts's
 * Secretary of the Commonwealth is by law its chief election officer, and Open States files him
 * (William Galvin) so; Virginia's chief election officer is another office (the Commissioner of
 * Elections), so that title stays. The lower house of Maryland, Virginia and West Virginia is a
 * House of Delegates, and that of California, Nevada, New Jersey and New York an Assembly whose
 * members are assembly members, not representatives.
 */
const STATE_OFFICE_TITLES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  PA: { 'secretary of state': 'Secretary of the Commonwealth' },
  MA: { 'secretary of state': 'Secretary of the Commonwealth', 'chief election officer': 'Secretary of the Commonwealth' },
  VA: { 'secretary of state': 'Secretary of the Commonwealth', lower: 'State delegate' },
  MD: { lower: 'State delegate' },
  WV: { lower: 'State delegate' },
  CA: { lower: 'State Assembly member' },
  NV: { lower: 'State Assembly member' },
  NJ: { lower: 'State Assembly member' },
  NY: { lower: 'State Assembly member' },
};

/** The office a row's role names, under the title its state gives it. */
export function stateOfficeKind(stateAbbr: string, role: string): { title: string; office: OfficeKind } | undefined {
  const kind = (stateAbbr === 'DC' ? DISTRICT_ROLES[role] : undefined) ?? ROLE_WORDS[role];
  if (kind === undefined) return undefined;
  const title = STATE_OFFICE_TITLES[stateAbbr]?.[role];
  return title === undefined ? kind : { ...kind, title };
}

/** Party as the congress data spells it, so one person never shows two spellings. */
export function normalParty(raw: string): string {
  if (raw === 'Democratic') return 'Democrat';
  return raw;
}

function cityNames(data: DataDir): Map<string, string> {
  const names = new Map<string, string>();
  for (const abbr of Object.keys(US_STATES)) {
    const file = `openstates-people/data/${abbr.toLowerCase()}/municipalities.yml`;
    let list: unknown[];
    try {
      list = asArray(data.yaml(file), file);
    } catch {
      continue;
    }
    for (const entry of list) {
      const r = asRecord(entry, 'municipality');
      const id = optString(r.id);
      const name = optString(r.name);
      if (id && name) names.set(id, name);
    }
  }
  return names;
}

/**
 * Open States does not retire records promptly: a term whose end date has passed with no
 * successor on file is "last known", not "left office" (some holders were re-elected). The
 * assembly ends it when the person is known later elsewhere, else marks it `lastKnown`: neither
 * current nor former, ending on that date. A role with a successor on file (another person, same
 * office, later term) ended.
 */
function roleFor(row: Record<string, unknown>, cities: Map<string, string>, succeeded: boolean, nextStart: string | null): DraftRole | null {
  const stateAbbr = (optString(row.state) ?? '').toUpperCase();
  const kind = stateOfficeKind(stateAbbr, optString(row.role) ?? '');
  if (kind === undefined) return null;
  const state = bareStateName(stateAbbr) ?? stateAbbr;
  const recordedEnd = optString(row.end_date);
  const end = kind.office === 'governor' ? governorTermEnd(stateAbbr, optString(row.start_date), recordedEnd) : recordedEnd;
  // The flag of the derived file speaks of the recorded end; a corrected end is judged by itself.
  const passed = !heldAt(end, AS_OF) || (row.end_date_passed_at_snapshot === true && end === recordedEnd);
  const parties = Array.isArray(row.party) ? row.party.filter((p): p is string => typeof p === 'string') : [];
  let place = state;
  let label = `${kind.title} of ${state}`;
  if (kind.office === 'mayor' && stateAbbr === 'DC') {
    label = `Mayor of ${US_STATES[stateAbbr] ?? state}`;
  } else if (kind.office === 'mayor') {
    const jurisdiction = optString(row.jurisdiction) ?? '';
    const city = cities.get(jurisdiction) ?? jurisdiction.replace(/^.*place:([a-z_]+).*$/, '$1').replace(/_/g, ' ');
    place = `${city}, ${state}`;
    label = `Mayor of ${city}, ${state}`;
  } else if (kind.office === 'other') {
    label = `${kind.title} in ${state}`;
  }
  const base = { title: kind.title, place, label, office: kind.office, party: parties.length > 0 ? normalParty(itemAt(parties, 0)) : null, start: optString(row.start_date), source: SOURCE };
  if (!passed) return { ...base, end, current: true, asOf: AS_OF };
  // A seat among many (a state representative's) passes to no one in particular: only an office of one holder is handed over.
  if (succeeded) return { ...base, end: kind.office === 'other' ? end : handedOver(end, nextStart), current: false, asOf: AS_OF };
  return { ...base, end: null, current: true, asOf: end ?? AS_OF, lastKnownUntil: end ?? AS_OF };
}

/** Governors serve terms of fixed length: four years, two in New Hampshire and Vermont. */
const GOVERNOR_TERM_YEARS: Readonly<Record<string, number>> = { NH: 2, VT: 2 };
const DEFAULT_GOVERNOR_TERM_YEARS = 4;
/** Two dates this close are one term boundary (inauguration days move by a few days from term to term). */
const TERM_BOUNDARY_TOLERANCE_DAYS = 45;

/**
 * Regular inaugurations fall between early December (Alaska, Hawaii, North Dakota) and the third
 * week of January (Maryland, Pennsylvania, Texas); a governor who took office at any other time
 * succeeded mid-term, and the start says nothing about the term's cycle.
 */
function regularInauguration(start: string): boolean {
  const month = start.slice(5, 7);
  return month === '12' || (month === '01' && Number(start.slice(8, 10)) <= 21);
}

/**
 * The end of a governor's term as the record gives it, unless that date cannot be a term's end: a
 * governor inaugurated at a regular inauguration serves whole terms of fixed length, so a recorded
 * end inside a term (Open States filed one governor as ending 2026-01-01 three years into a
 * four-year term) says the record's date is wrong, not that the term ended. The term then runs to
 * the boundary at or after that date, given to the month (inauguration days vary).
 */
export function governorTermEnd(stateAbbr: string, start: string | null, end: string | null): string | null {
  if (start === null || end === null || start.length < 10 || end.length < 10 || !regularInauguration(start)) return end;
  const years = GOVERNOR_TERM_YEARS[stateAbbr.toUpperCase()] ?? DEFAULT_GOVERNOR_TERM_YEARS;
  const startYear = Number(start.slice(0, 4));
  const boundary = (n: number): string => `${startYear + n * years}${start.slice(4)}`;
  let n = 1;
  while (boundary(n) < end && daysApart(boundary(n), end) > TERM_BOUNDARY_TOLERANCE_DAYS) n += 1;
  if (daysApart(boundary(n), end) <= TERM_BOUNDARY_TOLERANCE_DAYS) return end;
  return boundary(n).slice(0, 7);
}

/**
 * When a succeeded holder left: the record's end, unless the next holder on file took office
 * well after it. An office held by one person is not left empty for a year; a record that ends
 * on a stale term date (Alabama's secretary of state ending 2021-12-31, his successor sworn in
 * 2023-01-16) ends when the successor starts.
 */
export function handedOver(end: string | null, nextStart: string | null): string | null {
  if (nextStart === null || (end !== null && (nextStart <= end || daysApart(end, nextStart) <= TERM_BOUNDARY_TOLERANCE_DAYS))) return end;
  return nextStart;
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** The earliest start on file of another holder of the row's office who started after the row did. */
function nextHolderStart(row: Record<string, unknown>, rows: readonly Record<string, unknown>[]): string | null {
  const office = officeKey(row);
  const from = optString(row.start_date) ?? '';
  const holder = holderOf(row);
  let next: string | null = null;
  for (const other of rows) {
    const start = optString(other.start_date);
    if (start === null || start <= from || officeKey(other) !== office || sameHolder(holderOf(other), holder)) continue;
    if (next === null || start < next) next = start;
  }
  return next;
}

function officeKey(row: Record<string, unknown>): string {
  return `${optString(row.role) ?? ''}|${optString(row.jurisdiction) ?? ''}`;
}

/**
 * The name as the press writes it: a nickname the record quotes stands for the given names before
 * it ('Jerrauld C. "Jay" Jones' → "Jay Jones", formally "Jerrauld C. Jones"), and a courtesy
 * suffix is dropped ("Chokwe Antar Lumumba, Esq.").
 */
export function pressName(recorded: string): { name: string; formalName: string | null } {
  const plain = recorded.replace(/,?\s+Esq\.?$/, '').trim();
  const quoted = /^(.*?)\s*["\u201c]([^"\u201d]+)["\u201d]\s*(.+)$/u.exec(plain);
  if (!quoted) return { name: plain, formalName: null };
  const [, before = '', nickname = '', after = ''] = quoted;
  return { name: `${nickname} ${after}`, formalName: before === '' ? null : `${before} ${after}` };
}

/** "Kim" and "Kimberly", "Pat" and "Patrick", "Van" and "Van R.": one given name, written short or long. */
function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return (short.length >= 3 && long.startsWith(short)) || (SHORT_FORMS[long] ?? []).includes(short);
}

/**
 * Two records name one holder when the family names agree and the given names are one name
 * written short or long: the source sometimes files a new term as a new person, under another
 * form of the name ("Kim Driscoll" and "Kimberly Driscoll", "Van Johnson" and "Van R. Johnson II").
 */
export function sameHolder(a: { name: string; given: string; family: string }, b: { name: string; given: string; family: string }): boolean {
  const familyA = nameWords(a.family).join(' ');
  const familyB = nameWords(b.family).join(' ');
  if (familyA === '' || familyA !== familyB) return normalizeKey(a.name) === normalizeKey(b.name);
  return sameGivenName(nameWords(a.given)[0] ?? '', nameWords(b.given)[0] ?? '');
}

function holderOf(row: Record<string, unknown>): { name: string; given: string; family: string } {
  const name = optString(row.name) ?? '';
  return { name, given: optString(row.given_name) ?? name.split(' ')[0] ?? '', family: optString(row.family_name) ?? name.split(' ').slice(-1)[0] ?? '' };
}

/** Two records of one person in one office (the source sometimes files a new term as a new person) become one role. */
function joinRoles(roles: DraftRole[]): DraftRole[] {
  const byLabel = new Map<string, DraftRole>();
  for (const r of roles) {
    const prev = byLabel.get(r.label);
    if (prev === undefined) {
      byLabel.set(r.label, { ...r });
      continue;
    }
    const starts = [prev.start, r.start].filter((x): x is string => x !== null).sort();
    // The record that vouches for the later date wins: a fresh term over a stale one.
    const latest = (r.end ?? r.asOf ?? '') > (prev.end ?? prev.asOf ?? '') ? r : prev;
    byLabel.set(r.label, { ...latest, start: starts[0] ?? null });
  }
  return [...byLabel.values()];
}

/**
 * A county (or township) officer filed as a mayor: Open States' municipal files hold a few county executives,
 * board chairs and commissioners ("place:arlington" is Arlington County, Virginia, whose record
 * writes to countymanager@arlingtonva.us). Their jurisdiction, email or pages name a county or its
 * supervisors, and none names a mayor; Honolulu's and Kauai's county mayors name one. Which county
 * office they hold the record does not say, so they get no card.
 */
export function countyOfficeFiledAsMayor(jurisdiction: string, contacts: readonly string[]): boolean {
  const text = [jurisdiction, ...contacts].join(' ').toLowerCase();
  return /county|supervisor/.test(text) && !text.includes('mayor');
}

/** A mayor row's email (in its YAML file only), links and sources. */
function contactsOf(data: DataDir, row: Record<string, unknown>): string[] {
  const file = optString(row.file);
  const email = file ? optString(asRecord(data.yaml(`openstates-people/${file}`), 'open states person').email) : null;
  const urls = [row.links, row.sources].flatMap((list) => (Array.isArray(list) ? list.filter((u): u is string => typeof u === 'string') : []));
  return [...(email ? [email] : []), ...urls];
}

/** Governors, lieutenant governors, attorneys general, other statewide officers and mayors. */
export function openStatesPeople(data: DataDir): PersonDraft[] {
  const cities = cityNames(data);
  const rows = [
    ...asArray(data.json('openstates-people/executive-roles.json'), 'executive roles'),
    ...asArray(data.json('openstates-people/mayors.json'), 'mayors')
      .map((r) => asRecord(r, 'mayor row'))
      .filter((r) => !countyOfficeFiledAsMayor(optString(r.jurisdiction) ?? '', contactsOf(data, r))),
  ].map((r) => asRecord(r, 'open states row'));
  // The latest term end on file for each office, and whose it is: anyone else's earlier term was succeeded.
  const latestByOffice = new Map<string, { end: string; row: Record<string, unknown> }>();
  for (const row of rows) {
    const end = optString(row.end_date) ?? '9999';
    const prev = latestByOffice.get(officeKey(row));
    if (prev === undefined || end > prev.end) latestByOffice.set(officeKey(row), { end, row });
  }
  const byPerson = new Map<string, PersonDraft>();
  // Who holds which office, to find one holder filed twice.
  const holders: { office: string; holder: ReturnType<typeof holderOf>; person: PersonDraft }[] = [];
  for (const row of [...rows].sort((a, b) => ((optString(a.id) ?? '') < (optString(b.id) ?? '') ? -1 : 1))) {
    const latest = latestByOffice.get(officeKey(row));
    const succeeded = latest !== undefined && !sameHolder(holderOf(latest.row), holderOf(row));
    const role = roleFor(row, cities, succeeded, succeeded ? nextHolderStart(row, rows) : null);
    if (role === null) continue;
    // One person may hold several offices in one record, or one office in several records.
    const key = optString(row.id) ?? '';
    const samePerson =
      [...byPerson.values()].find((p) => p.id === `os:${key.replace(/^ocd-person\//, '')}`) ??
      holders.find((h) => h.office === officeKey(row) && sameHolder(h.holder, holderOf(row)))?.person;
    if (samePerson) {
      samePerson.roles = joinRoles([...samePerson.roles, role]);
      const name = optString(row.name) ?? '';
      if (name !== samePerson.name && !samePerson.altNames.includes(name)) samePerson.altNames.push(name);
      byPerson.set(key, samePerson);
      holders.push({ office: officeKey(row), holder: holderOf(row), person: samePerson });
      continue;
    }
    const name = optString(row.name) ?? '';
    const given = optString(row.given_name) ?? name.split(' ')[0] ?? '';
    const family = optString(row.family_name) ?? name.split(' ').slice(-1)[0] ?? '';
    const others = Array.isArray(row.other_names)
      ? row.other_names
          .map((o) => (typeof o === 'string' ? o : optString(asRecord(o, 'other name').name)))
          .filter((o): o is string => typeof o === 'string' && o.length > 0)
      : [];
    const birth = optString(row.birth_date);
    const press = pressName(name);
    const person: PersonDraft = {
      id: `os:${key.replace(/^ocd-person\//, '')}`,
      name: press.name,
      ...(press.formalName ? { formalName: press.formalName } : {}),
      altNames: [`${given} ${family}`, ...(press.formalName ? [press.formalName] : []), ...others.filter((o) => o.includes(' '))],
      surname: family,
      firstName: given,
      birthYear: birth ? Number(birth.slice(0, 4)) : null,
      roles: [role],
      sources: [SOURCE],
      contextExtra: [],
      mergeable: role.office !== 'mayor',
    };
    byPerson.set(key, person);
    holders.push({ office: officeKey(row), holder: holderOf(row), person });
  }
  return [...new Set(byPerson.values())].filter((p) => p.roles.some((r) => r.office !== 'other'));
}
