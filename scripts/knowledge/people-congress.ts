import type { OfficeKind } from '../../src/knowledge/schema';
import { normalizeKey } from '../../src/core/text-normalize';
import { asArray, asRecord, optString, type DataDir } from './data-files';
import { DATASET_SOURCES } from './dataset-sources';
import { heldAt, type DraftRole, type PersonDraft } from './person-draft';
import { bareStateName, ordinal, stateName, STATEHOOD_AFTER_TERRITORY_YEAR } from './us-states';

const SOURCE = 'congress-legislators';
const AS_OF = DATASET_SOURCES[SOURCE].asOf;
const TOP_LEADERSHIP = /^(Speaker of the House|(Senate|House) (Majority|Minority) Leader|President Pro Tempore)/i;
const DELEGATE_STATES = new Set(['DC', 'GU', 'VI', 'AS', 'MP', 'DK', 'OL']);
const RESIDENT_COMMISSIONERS = new Set(['PR', 'PI']);

/** A party the member sat with during a term, from a day (`party_affiliations`: a switch mid-term). */
interface Affiliation {
  party: string | null;
  start: string;
}

export interface Term {
  type: string;
  start: string;
  end: string | null;
  state: string | null;
  district: number | null;
  party: string | null;
  /** Present when the member changed party during the term. */
  affiliations?: Affiliation[];
}

function readTerms(raw: unknown): Term[] {
  return asArray(raw, 'terms').map((t) => {
    const r = asRecord(t, 'term');
    const district = typeof r.district === 'number' ? r.district : null;
    const affiliations = r.party_affiliations === undefined ? [] : asArray(r.party_affiliations, 'party affiliations').map((a) => {
      const x = asRecord(a, 'party affiliation');
      return { party: optString(x.party), start: optString(x.start) ?? '' };
    });
    return {
      type: optString(r.type) ?? '',
      start: optString(r.start) ?? '',
      end: optString(r.end),
      state: optString(r.state),
      district,
      party: optString(r.party),
      ...(affiliations.length > 0 ? { affiliations } : {}),
    };
  });
}

function slugless(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/**
 * Party names as historians write them, for the file's early labels: the factions of 1824–1837 are
 * named in the file by their candidate ("Jackson", "Adams"), which on a card reads as a person
 * ("Former Jackson U.S. senator"). Null: the file says the member had none, or does not know it.
 */
const PARTY_NAMES: Readonly<Record<string, string | null>> = {
  'no party': null,
  Unknown: null,
  Jackson: 'Jacksonian',
  'Anti Jackson': 'Anti-Jacksonian',
  'Anti Jacksonian': 'Anti-Jacksonian',
  Adams: 'Pro-Adams',
  'Adams Democrat': 'Pro-Adams Democrat',
  'Jackson Republican': 'Democratic-Republican (Jackson faction)',
  'Adams Republican': 'Democratic-Republican (Adams faction)',
  'Crawford Republican': 'Democratic-Republican (Crawford faction)',
  'Democratic Republican': 'Democratic-Republican',
  'Anti Masonic': 'Anti-Masonic',
};

function partyName(raw: string | null): string | null {
  if (raw === null) return null;
  return Object.hasOwn(PARTY_NAMES, raw) ? (PARTY_NAMES[raw] ?? null) : raw;
}

/** The parties of a term, each from the day the member began to sit with it. */
function termParties(t: Term): { party: string; start: string }[] {
  const periods = t.affiliations ?? [{ party: t.party, start: t.start }];
  return periods.flatMap((p) => {
    const party = partyName(p.party);
    return party === null ? [] : [{ party, start: p.start }];
  });
}

/** A role's party and, when it changed, its parties in turn: those it had, then the term's; a party that goes on is no change. */
function withTermParties(role: DraftRole, t: Term): DraftRole {
  const known = role.parties ?? (role.party === null || role.start === null ? [] : [{ party: role.party, start: role.start }]);
  const parties = [...known, ...termParties(t)].filter((p, i, all) => i === 0 || p.party !== all[i - 1]?.party);
  const joined: DraftRole = { ...role, party: parties.at(-1)?.party ?? role.party };
  if (parties.length > 1) joined.parties = parties;
  else delete joined.parties;
  return joined;
}

function describeTerm(t: Term): { title: string; place: string | null; label: string; office: OfficeKind } {
  const st = t.state ?? '';
  const name = stateName(st) ?? st;
  switch (t.type) {
    case 'prez':
      return { title: 'President of the United States', place: null, label: 'President of the United States', office: 'president' };
    case 'viceprez':
      return { title: 'Vice President of the United States', place: null, label: 'Vice President of the United States', office: 'vice-president' };
    case 'sen':
      return { title: 'U.S. senator', place: bareStateName(st), label: `U.S. senator from ${name}`, office: 'senator' };
    default: {
      if (RESIDENT_COMMISSIONERS.has(st)) {
        const place = bareStateName(st) ?? st;
        return { title: 'Resident Commissioner', place, label: `Resident Commissioner of ${name} in the U.S. House`, office: 'delegate' };
      }
      if (DELEGATE_STATES.has(st)) {
        return { title: 'Delegate to the U.S. House', place: bareStateName(st), label: `Delegate to the U.S. House from ${name}`, office: 'delegate' };
      }
      // Historical rows record an unknown district as -1: the seat is named by its state alone.
      if (t.district !== null && t.district < 0) return { title: 'U.S. representative', place: bareStateName(st), label: `U.S. representative from ${name}`, office: 'representative' };
      const seat = t.district === null || t.district === 0 ? `${name} (at large)` : `${name}’s ${ordinal(t.district)} district`;
      return { title: 'U.S. representative', place: bareStateName(st), label: `U.S. representative for ${seat}`, office: 'representative' };
    }
  }
}

/**
 * A new Congress convenes a few days after the old one ends (Jan 3 → Jan 6), and a member sworn in
 * after a special election starts days after the seat fell vacant: terms this close are one
 * continuous service.
 */
export const TERM_GAP_TOLERANCE_DAYS = 45;

function daysBetween(earlier: string, later: string): number {
  return (Date.parse(later.slice(0, 10)) - Date.parse(earlier.slice(0, 10))) / 86_400_000;
}

/**
 * Consecutive terms for the same seat become one role: first start, last end, latest party, and
 * every party in turn when the member changed party on the way. A representative's seat is the
 * district: a member whose district was renumbered or redrawn (California's 21st, then its 22nd)
 * gets one role per district, each with its own dates.
 */
export function termsToRoles(terms: Term[]): DraftRole[] {
  const roles: DraftRole[] = [];
  let openKey: string | null = null;
  for (const t of [...terms].sort((a, b) => (a.start < b.start ? -1 : 1))) {
    const d = describeTerm(t);
    const key = `${t.type}|${t.state ?? ''}|${t.type === 'rep' ? String(t.district ?? 0) : ''}`;
    const open = openKey === key ? roles.at(-1) : undefined;
    if (open !== undefined && open.end !== null && daysBetween(open.end, t.start) <= TERM_GAP_TOLERANCE_DAYS) {
      roles[roles.length - 1] = withTermParties({ ...open, ...d, end: t.end, current: heldAt(t.end, AS_OF) }, t);
      continue;
    }
    roles.push(withTermParties({ ...d, party: null, start: t.start, end: t.end, current: heldAt(t.end, AS_OF), source: SOURCE }, t));
    openKey = key;
  }
  return roles;
}

/** Consecutive leadership terms under one title (a new Congress re-elects the leader) become one role. */
function joinLeadership(roles: DraftRole[]): DraftRole[] {
  const out: DraftRole[] = [];
  for (const r of [...roles].sort((a, b) => ((a.start ?? '') < (b.start ?? '') ? -1 : 1))) {
    const prev = out.find((o) => o.label === r.label && o.end !== null && r.start !== null && daysBetween(o.end, r.start) <= TERM_GAP_TOLERANCE_DAYS && daysBetween(o.end, r.start) >= -1);
    if (prev) {
      prev.end = r.end;
      prev.current = r.current;
      continue;
    }
    out.push({ ...r });
  }
  return out;
}

function leadershipRoles(raw: unknown): DraftRole[] {
  if (!Array.isArray(raw)) return [];
  return joinLeadership(raw.map((entry) => {
    const r = asRecord(entry, 'leadership role');
    const title = optString(r.title) ?? 'Congressional leader';
    const chamber = optString(r.chamber);
    const label = title === 'Speaker of the House' ? 'Speaker of the U.S. House of Representatives' : `${title}${chamber === 'senate' && !/senate/i.test(title) ? ' (U.S. Senate)' : chamber === 'house' && !/house/i.test(title) ? ' (U.S. House)' : ''}`;
    const end = optString(r.end);
    return {
      title,
      place: null,
      label,
      // Only the top posts outrank the member's own seat on a card; whips and caucus officers do not.
      office: TOP_LEADERSHIP.test(title) ? 'congressional-leader' : 'other',
      party: null,
      start: optString(r.start),
      end,
      current: heldAt(end, AS_OF),
      source: SOURCE,
    };
  }));
}

export interface NameParts {
  first: string;
  middle: string | null;
  last: string;
  suffix: string | null;
  nickname: string | null;
  officialFull: string | null;
}

/**
 * A nickname column that holds a given name ("Bob", "Chuck"); historical rows sometimes put a
 * place or epithet there ("of Carrollton"), which is no name to address anyone by.
 */
export function usableNickname(nickname: string | null): string | null {
  if (nickname === null) return null;
  const t = nickname.trim();
  return /^\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*)*$/u.test(t) ? t : null;
}

/** An initial rather than a given name ("A." in "A. Donald McEachin"). */
function isInitial(word: string): boolean {
  return /^\p{Lu}\.?$/u.test(word);
}

/**
 * The press form: nickname + surname ("Joe Biden", "Chuck Schumer"), else first name + surname
 * ("Jennifer McClellan", not the official "Jennifer L. McClellan"; middle initials are added only
 * where two people would share a name). A suffix stays: it tells a son from his father. A first name that is only an initial keeps the official form.
 */
export function displayName(n: NameParts): string {
  const nickname = usableNickname(n.nickname);
  if (nickname) return `${nickname} ${n.last}`;
  if (isInitial(n.first)) return n.officialFull ?? [n.first, n.middle, n.last, n.suffix].filter((w): w is string => w !== null && w !== '').join(' ');
  return `${n.first} ${n.last}${n.suffix ? ` ${n.suffix}` : ''}`;
}

/**
 * The full name: first, middle, surname and suffix, or the official name when that says more.
 * Official names sometimes carry the nickname in quotes or parentheses ("Charles (Chuck) Marion
 * Edwards"); the formal name leaves those out.
 */
export function formalName(n: NameParts): string {
  const parts = [n.first, n.middle, n.last, n.suffix].filter((w): w is string => w !== null && w !== '').join(' ');
  const official = n.officialFull !== null && !/["“(]/.test(n.officialFull) ? n.officialFull : null;
  return official !== null && official.length > parts.length ? official : parts;
}

/** "Herbert Walker" → "H. W.". */
function initials(middle: string): string {
  return middle
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => (w.endsWith('.') ? w : `${w.charAt(0)}.`))
    .join(' ');
}

/** Longest Wikipedia title taken as a name: longer ones are descriptions ("List of ...") or name a family. */
const MAX_WIKIPEDIA_NAME_WORDS = 4;

/** Letters only, lower case, accents and apostrophe forms folded: "Díaz-Balart" and "Diaz-Balart", "O’Brien" and "O'Brien" agree. */
function foldWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2019']/g, '')
    .split(/[\s-]+/)
    .filter((w) => w !== '');
}

/**
 * The name a member of Congress is known by, from the title of their Wikipedia article ("Dick
 * Durbin" for the record's Richard J. Durbin, "John Foster Dulles", "Ulysses S. Grant"): the
 * article is titled by the name in common use. The disambiguation in parentheses goes ("Richard
 * Bassett (Delaware politician)"). Taken only when it is plainly a form of the same person's name:
 * the record's surname in it (spacing, accents and apostrophes aside: "De Witt" in "DeWitt"), no
 * nickname in quotes, at most four words. Apostrophes follow the record's style.
 */
export function wikipediaName(title: string | null, surname: string): string | null {
  if (title === null) return null;
  const name = title.replace(/\s*\([^)]*\)\s*$/, '').trim();
  if (name === '' || /["“”(]/.test(name) || name.split(/\s+/).length > MAX_WIKIPEDIA_NAME_WORDS) return null;
  const words = foldWords(name);
  const last = foldWords(surname);
  if (last.length === 0) return null;
  const joined = last.join('');
  const consecutive = words.some((_, i) => words.slice(i, i + last.length).join(' ') === last.join(' '));
  if (!consecutive && !words.includes(joined)) return null;
  return surname.includes('\u2019') ? name.replace(/'/g, '\u2019') : name;
}

/** "John B. Larson" → "John Larson": single-letter initials after the first word dropped. */
function withoutMiddleInitials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w, i) => i === 0 || !/^\p{Lu}\.$/u.test(w))
    .join(' ');
}

interface CongressDraft {
  draft: PersonDraft;
  parts: NameParts;
}

/** A first name that carries the nickname in parentheses ("Nicole (Nikki)"): the given name, and the nickname when the record has none. */
export function withNicknameFromFirst(parts: NameParts): NameParts {
  const m = /^(.+?)\s*[("“]([^)"”]+)[)"”]$/.exec(parts.first);
  if (m === null) return parts;
  return { ...parts, first: (m[1] ?? '').trim(), nickname: parts.nickname ?? (m[2] ?? '').trim() };
}

function makeDraft(id: string, rawParts: NameParts, roles: DraftRole[], birthday: string | null, extra: { wikidata?: string; bioguide?: string; wikipedia?: string | null; mergeable: boolean }): CongressDraft {
  const parts = withNicknameFromFirst(rawParts);
  const altNames = [`${parts.first} ${parts.last}`];
  const nickname = usableNickname(parts.nickname);
  if (nickname) altNames.push(`${nickname} ${parts.last}`);
  if (parts.middle) altNames.push(`${parts.first} ${parts.middle} ${parts.last}`);
  // The name from the record is still one the person is found by.
  const recordName = displayName(parts);
  const wikipedia = wikipediaName(extra.wikipedia ?? null, parts.last);
  // Wikipedia tells namesakes apart by a middle initial ("John B. Larson"); today's news names a
  // sitting member without it, as `displayName` and `separateSharedNames` do, while a past member
  // keeps it ("Sereno E. Payne"). A first name that is an initial keeps what follows ("J. D. ...").
  const holdsSeat = roles.some((r) => r.current);
  const known = wikipedia !== null && holdsSeat && !isInitial(wikipedia.split(' ')[0] ?? '') ? withoutMiddleInitials(wikipedia) : wikipedia;
  // Both forms also find the same person in other sources ("Kathy Hochul" the governor).
  if (wikipedia !== null && wikipedia !== recordName) altNames.push(recordName, wikipedia);
  const name = known ?? recordName;
  const recordFormal = formalName(parts);
  // A formal name says more than the display name, or is left out: "Charles Francis Adams Sr." has no fuller form on record.
  const displayWords = new Set(foldWords(name.replace(/,/g, '')));
  const formal = foldWords(recordFormal.replace(/,/g, '')).every((w) => displayWords.has(w)) ? name : recordFormal;
  const birthYear = birthday ? Number(birthday.slice(0, 4)) : null;
  return {
    parts,
    draft: {
      id,
      name,
      ...(formal !== name ? { formalName: formal } : {}),
      altNames,
      surname: parts.last,
      firstName: nickname ?? parts.first,
      ...(extra.wikidata ? { wikidata: extra.wikidata } : {}),
      ...(extra.bioguide ? { bioguide: extra.bioguide } : {}),
      birthYear: birthYear !== null && Number.isFinite(birthYear) ? birthYear : null,
      ...(birthday !== null && /^\d{4}-\d{2}-\d{2}$/.test(birthday) ? { birthDate: birthday } : {}),
      roles,
      sources: [SOURCE],
      contextExtra: [],
      mergeable: extra.mergeable,
    },
  };
}

function toDraft(raw: unknown, wikipediaById: ReadonlyMap<string, string> = new Map()): CongressDraft {
  const r = asRecord(raw, 'legislator');
  const ids = asRecord(r.id, 'id');
  const name = asRecord(r.name, 'name');
  const bio = r.bio === undefined ? {} : asRecord(r.bio, 'bio');
  const bioguide = optString(ids.bioguide) ?? '';
  const parts: NameParts = {
    first: optString(name.first) ?? '',
    middle: optString(name.middle),
    last: optString(name.last) ?? '',
    suffix: optString(name.suffix),
    nickname: optString(name.nickname),
    officialFull: optString(name.official_full),
  };
  const roles = [...termsToRoles(readTerms(r.terms)), ...leadershipRoles(r.leadership_roles)];
  const wikidata = optString(ids.wikidata);
  const govtrack = optString(ids.govtrack) ?? slugless(displayName(parts));
  return makeDraft(bioguide === '' ? `govtrack:${govtrack}` : `bioguide:${bioguide}`, parts, roles, optString(bio.birthday), {
    ...(wikidata ? { wikidata } : {}),
    ...(bioguide ? { bioguide } : {}),
    // Older presidents' executive records lack the article title their Congress record has.
    wikipedia: optString(ids.wikipedia) ?? wikipediaById.get(bioguide) ?? null,
    mergeable: true,
  });
}

/**
 * "Republican" in the legislators file names two parties: Jefferson's, which historians call the
 * Democratic-Republicans, in Congresses before 1830 (the file names its successors "Jackson",
 * "Adams" and so on), and the party founded in 1854. No file here dates a past member's service
 * (the historical CSV holds the last term's seat and party only), so the years a member can have
 * sat in are bounded by the birth year and the youngest and oldest ages anyone has sat in Congress.
 */
const JEFFERSONIAN_REPUBLICANS_UNTIL_YEAR = 1830;
const REPUBLICAN_PARTY_FOUNDED_YEAR = 1854;
/** William C. C. Claiborne, seated in the House in 1797 at 22. */
const YOUNGEST_MEMBER_AGE_YEARS = 22;
/** Strom Thurmond, who left the Senate in 2003 at 100. */
const OLDEST_MEMBER_AGE_YEARS = 100;

/**
 * The party of a last term the file does not date: "Republican" is Jefferson's party when the
 * member can only have sat before 1830, the later party when only from 1854, and neither when
 * the birth year allows both (a member born in 1789 sat in 1855) or is unknown.
 */
export function undatedParty(party: string | null, birthYear: number | null): string | null {
  if (party !== 'Republican') return party;
  if (birthYear === null) return null;
  const jeffersonian = birthYear + YOUNGEST_MEMBER_AGE_YEARS < JEFFERSONIAN_REPUBLICANS_UNTIL_YEAR;
  const founded = birthYear + OLDEST_MEMBER_AGE_YEARS >= REPUBLICAN_PARTY_FOUNDED_YEAR;
  if (jeffersonian && founded) return null;
  return jeffersonian ? 'Democratic-Republican' : party;
}

/** Youngest age the Constitution allows a member of the House. */
const HOUSE_MIN_AGE_YEARS = 25;

/**
 * A last term without dates. A statewide seat (at large, or district -1) of a state that was once a
 * territory may have been the territory's delegate ("Sibley, MN, -1" was Minnesota Territory's):
 * when the member was old enough to sit before statehood, the card says only what is certain.
 */
export function describeUndatedTerm(t: Term, birthYear: number | null): ReturnType<typeof describeTerm> {
  const described = describeTerm(t);
  const statehood = STATEHOOD_AFTER_TERRITORY_YEAR[t.state ?? ''];
  const statewide = t.district === null || t.district <= 0;
  if (t.type !== 'rep' || statehood === undefined || !statewide) return described;
  if (birthYear !== null && birthYear + HOUSE_MIN_AGE_YEARS > statehood) return described;
  const name = stateName(t.state ?? '') ?? t.state ?? '';
  return { ...described, title: 'Member of the U.S. House', label: `Member of the U.S. House for ${name} or, before statehood, its territory` };
}

/**
 * A former member from the flat historical file: it gives only the LAST term's chamber, seat and
 * party, without dates, so the role says where they last served and leaves the dates unknown.
 */
function historicalDraft(row: Record<string, string>): CongressDraft {
  const v = (k: string): string | null => {
    const t = (row[k] ?? '').trim();
    return t === '' ? null : t;
  };
  const parts: NameParts = {
    first: v('first_name') ?? '',
    middle: v('middle_name'),
    last: v('last_name') ?? '',
    suffix: v('suffix'),
    nickname: v('nickname'),
    officialFull: v('full_name')?.replace(/, (Jr\.|Sr\.|I{2,3}|IV)$/, ' $1') ?? null,
  };
  const district = v('district');
  const term: Term = { type: v('type') ?? 'rep', start: '', end: null, state: v('state'), district: district === null ? null : Number(district), party: v('party') };
  const birthday = v('birthday');
  const birthYear = birthday ? Number(birthday.slice(0, 4)) : null;
  const role: DraftRole = { ...describeUndatedTerm(term, birthYear), party: undatedParty(partyName(term.party), birthYear), start: null, end: null, current: false, source: SOURCE };
  const bioguide = v('bioguide_id') ?? '';
  return makeDraft(`bioguide:${bioguide}`, parts, [role], birthday, {
    bioguide,
    wikipedia: v('wikipedia_id'),
    // A birth year lets the assembly check that another source's dates fit this member's life.
    mergeable: birthYear !== null,
  });
}

/**
 * Display names that two people would share ("George Bush", "John Kennedy") take middle initials
 * for anyone not currently in office, and lose the bare first + last alias, so a sitting senator
 * keeps his name and a president is "George W. Bush".
 */
function separateSharedNames(drafts: CongressDraft[]): void {
  const byName = new Map<string, CongressDraft[]>();
  for (const d of drafts) {
    const key = normalizeKey(d.draft.name);
    byName.set(key, [...(byName.get(key) ?? []), d]);
  }
  for (const group of byName.values()) {
    if (new Set(group.map((d) => d.draft.id)).size < 2) continue;
    for (const d of group) {
      const middle = d.parts.middle;
      if (d.draft.roles.some((r) => r.current) || middle === null || initials(middle) === '') continue;
      const n = { ...d.parts, nickname: usableNickname(d.parts.nickname) };
      const bare = `${n.nickname ?? n.first} ${n.last}`;
      d.draft.name = `${n.nickname ?? n.first} ${initials(middle)} ${n.last}${n.suffix && !n.nickname ? ` ${n.suffix}` : ''}`;
      d.draft.altNames = d.draft.altNames.filter((a) => a !== bare && a !== `${n.first} ${n.last}`);
      d.draft.withoutAliases = [...new Set([normalizeKey(bare), normalizeKey(`${n.first} ${n.last}`)])];
    }
  }
}

/** Every member of Congress since 1789 and every president and vice president. */
export function congressPeople(data: DataDir): PersonDraft[] {
  const current = asArray(data.yaml('congress-legislators/legislators-current.yaml'), 'legislators').map((raw) => toDraft(raw));
  const historicalRows = data.csvRecords('congress-legislators/csv/legislators-historical.csv');
  const wikipediaById = new Map(historicalRows.filter((r) => (r.wikipedia_id ?? '').trim() !== '').map((r) => [(r.bioguide_id ?? '').trim(), (r.wikipedia_id ?? '').trim()]));
  const executive = asArray(data.yaml('congress-legislators/executive.yaml'), 'executive').map((raw) => toDraft(raw, wikipediaById));
  const historical = historicalRows.map(historicalDraft);
  // A president's record and his historical Congress record share the bioguide id and merge later;
  // names are settled on the executive record, which has the middle name.
  const executiveIds = new Set(executive.map((d) => d.draft.id));
  const all = [...current, ...executive, ...historical.filter((d) => !executiveIds.has(d.draft.id))];
  separateSharedNames(all);
  const byId = new Map(all.map((d) => [d.draft.id, d]));
  for (const h of historical) {
    const exec = executiveIds.has(h.draft.id) ? byId.get(h.draft.id) : undefined;
    if (exec) exec.draft.roles.push(...h.draft.roles);
  }
  return all.map((d) => d.draft);
}
