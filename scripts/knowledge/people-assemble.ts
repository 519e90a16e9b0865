import { normalizeKey } from '../../src/core/text-normalize';
import type { AliasResolution, OfficeKind, Person, Role } from '../../src/knowledge/schema';
import { givenNameForms, isSuffix, mergeKey, nameWords } from './names';
import { compareRoles, roleDates, type DraftRole, type PersonDraft } from './person-draft';
import { birthDateNamesAgree, mergeVeto, sameHolderEvidence } from './same-person';
import { compareStrings, uniqueSorted } from './stable-json';
import { US_STATES } from './us-states';
import { itemAt } from '../../src/core/item-at';

/** Which record's id and name win when one person is in several sources. */
const ID_PRIORITY = ['bioguide:', 'govtrack:', 'cur:', 'plum:', '538:', 'os:', 'fjc:', 'cia:'];
/** A former officeholder whose last role ended within this many years of its as-of date may be linked by surname. */
const SURNAME_RECENT_YEARS = 10;
/** Offices whose former holders stay known by surname alone ("Obama", "Breyer"). */
const SURNAME_OFFICES: ReadonlySet<OfficeKind> = new Set(['president', 'vice-president', 'justice', 'cabinet']);
/** Offices one person holds at a time under one label: a later holder ends an earlier one's tenure. */
const SINGLE_HOLDER_OFFICES: ReadonlySet<OfficeKind> = new Set(['cabinet', 'agency-head']);
/**
 * Offices held at the president's pleasure (cabinet-level posts): their holders leave when the
 * administration does, by the day the next president takes office at the latest. Fixed-term posts
 * (an FBI director, a Fed chair) outlast administrations and are not here.
 */
const ADMINISTRATION_OFFICES: ReadonlySet<OfficeKind> = new Set(['cabinet']);
/** A surname shared by more people than this is never linked by itself. */
const MAX_SHARED_SURNAME_FOR_CONTEXT = 8;

const OFFICE_WORDS: Readonly<Record<OfficeKind, readonly string[]>> = {
  president: ['president', 'white house', 'administration'],
  'vice-president': ['vice president', 'white house'],
  senator: ['senator', 'sen.', 'senate'],
  representative: ['representative', 'rep.', 'congressman', 'congresswoman', 'house'],
  delegate: ['delegate', 'house'],
  justice: ['justice', 'supreme court'],
  'congressional-leader': ['speaker', 'leader', 'whip'],
  judge: ['judge', 'court'],
  governor: ['governor', 'gov.'],
  'lt-governor': ['lieutenant governor', 'lt. gov.'],
  'attorney-general': ['attorney general'],
  // A state's officers hold differently named offices (a secretary of state, a treasurer, a
  // Secretary of the Commonwealth): each role's own title is its phrase (see `officeWords`).
  'state-official': [],
  mayor: ['mayor', 'city'],
  cabinet: ['secretary', 'cabinet', 'administration'],
  'agency-head': ['director', 'agency'],
  official: ['official', 'administration'],
  'head-of-state': ['president', 'king', 'leader'],
  'head-of-government': ['prime minister', 'premier', 'chancellor', 'leader', 'government'],
  other: [],
};

/**
 * Words of a title that say nothing about the office ("Senior Judge", "Acting Director",
 * "Deputy Secretary"): a namesake's story has "a senior analyst" as often as a judge's.
 */
const TITLE_MODIFIER_WORDS: ReadonlySet<string> = new Set([
  'senior', 'acting', 'deputy', 'chief', 'associate', 'assistant', 'principal', 'special', 'general', 'federal', 'first', 'under',
]);

/** The words that name a role's office; a state officer's is the title itself ("secretary of the commonwealth"). */
function officeWords(role: Pick<Role, 'office' | 'title'>): readonly string[] {
  return role.office === 'state-official' ? [normalizeKey(role.title)] : OFFICE_WORDS[role.office];
}

const PARTY_WORDS: Readonly<Record<string, readonly string[]>> = {
  Democrat: ['democrat', 'democratic', 'democrats', 'd'],
  Republican: ['republican', 'republicans', 'gop', 'r'],
  Independent: ['independent', 'i'],
};

function idRank(id: string): number {
  const i = ID_PRIORITY.findIndex((p) => id.startsWith(p));
  return i < 0 ? ID_PRIORITY.length : i;
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(id: string): string {
    let p = this.parent.get(id) ?? id;
    if (p !== id) {
      p = this.find(p);
      this.parent.set(id, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const [keep, drop] = idRank(ra) < idRank(rb) || (idRank(ra) === idRank(rb) && ra < rb) ? [ra, rb] : [rb, ra];
    this.parent.set(drop, keep);
  }
}

/** Curated entries are one source between them; every other record's first source is its own. */
function sourceOf(draft: PersonDraft): string {
  const first = draft.sources[0] ?? '';
  return first.startsWith('cur:') ? 'cur:' : first;
}

/** One line of the merge report: a merge and its evidence, or a same-name pair kept apart and why. */
export interface MergeDecision {
  ids: [string, string];
  names: [string, string];
  merged: boolean;
  why: string;
}

/**
 * Given name + surname keys a record is paired on. A short given name also keys as the full one
 * ("Bill Webster" meets "William H. Webster"), and a surname keys without its spaces ("John J. De
 * Haven" meets "John J. DeHaven"); the evidence the pair then needs is the same.
 */
function nameKeys(d: PersonDraft): Set<string> {
  const pairs: [string, string][] = [[d.firstName, d.surname ?? '']];
  for (const alt of d.altNames) {
    const words = alt.replace(/,/g, '').split(' ');
    if (words.length >= 2) pairs.push([itemAt(words, 0), itemAt(words, words.length - 1)]);
  }
  const keys = new Set<string>();
  for (const [first, last] of pairs) {
    const [given = '', ...surname] = mergeKey(first, last).split(' ');
    for (const form of givenNameForms(given)) keys.add(`${form} ${surname.join('')}`);
  }
  return keys;
}

/** Same-name pairs from different sources, each once; and pairs born the same day whose names differ by spacing or a letter. */
function sameNamePairs(drafts: PersonDraft[]): [PersonDraft, PersonDraft][] {
  const byKey = new Map<string, PersonDraft[]>();
  for (const d of drafts) {
    if (d.surname === null) continue;
    for (const key of nameKeys(d)) byKey.set(key, [...(byKey.get(key) ?? []), d]);
  }
  const byBirthDate = new Map<string, PersonDraft[]>();
  for (const d of drafts) if (d.birthDate !== undefined) byBirthDate.set(d.birthDate, [...(byBirthDate.get(d.birthDate) ?? []), d]);
  for (const born of byBirthDate.values()) {
    for (let i = 0; i < born.length; i += 1) {
      for (let j = i + 1; j < born.length; j += 1) {
        const [a, b] = [itemAt(born, i), itemAt(born, j)];
        if (birthDateNamesAgree(a, b)) byKey.set(`born ${a.id}|${b.id}`, [a, b]);
      }
    }
  }
  const seen = new Set<string>();
  const out: [PersonDraft, PersonDraft][] = [];
  for (const group of byKey.values()) {
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) {
        const [a, b] = [itemAt(group, i), itemAt(group, j)].sort((x, y) => compareStrings(x.id, y.id)) as [PersonDraft, PersonDraft];
        if (a.id === b.id || sourceOf(a) === sourceOf(b) || seen.has(`${a.id}|${b.id}`)) continue;
        seen.add(`${a.id}|${b.id}`);
        out.push([a, b]);
      }
    }
  }
  return out.sort(([a1, b1], [a2, b2]) => compareStrings(`${a1.id}|${b1.id}`, `${a2.id}|${b2.id}`));
}

/**
 * Groups drafts that describe the same person: same id, explicit sameAs, or the same name in two
 * sources with evidence that it is one person (`sameHolderEvidence`), strongest evidence first. A
 * record that fits two records of one source joins neither; a merge that would put two records of
 * one source, or two records a veto keeps apart, into one person is not made.
 */
function mergeGroups(drafts: PersonDraft[], sourceAsOf: (sourceId: string) => string): { groups: PersonDraft[][]; decisions: MergeDecision[] } {
  const asOf = (r: DraftRole): string => r.asOf ?? sourceAsOf(r.source);
  const uf = new UnionFind();
  const byId = new Map<string, PersonDraft[]>();
  for (const d of drafts) byId.set(d.id, [...(byId.get(d.id) ?? []), d]);
  for (const d of drafts) if (d.sameAs && byId.has(d.sameAs)) uf.union(d.sameAs, d.id);
  const pairs = sameNamePairs(drafts).map(([a, b]) => ({ a, b, veto: mergeVeto(a, b, asOf) }));
  // Candidates a record has in another source: the same name and no veto. The weakest evidence needs a single candidate.
  const candidates = new Map<string, Set<string>>();
  for (const { a, b, veto } of pairs) {
    if (veto !== null) continue;
    candidates.set(`${a.id}|${sourceOf(b)}`, (candidates.get(`${a.id}|${sourceOf(b)}`) ?? new Set<string>()).add(b.id));
    candidates.set(`${b.id}|${sourceOf(a)}`, (candidates.get(`${b.id}|${sourceOf(a)}`) ?? new Set<string>()).add(a.id));
  }
  const only = (x: PersonDraft, other: PersonDraft): boolean => candidates.get(`${x.id}|${sourceOf(other)}`)?.size === 1;
  const judged = pairs.map((p) => ({ ...p, verdict: sameHolderEvidence(p.a, p.b, only(p.a, p.b) && only(p.b, p.a), asOf) }));
  // The strength of the evidence a record has for each record of another source; it joins one only
  // when no other there has evidence as strong.
  const matches = new Map<string, number[]>();
  for (const { a, b, verdict } of judged) {
    if (!verdict.merge) continue;
    matches.set(`${a.id}|${sourceOf(b)}`, [...(matches.get(`${a.id}|${sourceOf(b)}`) ?? []), verdict.strength]);
    matches.set(`${b.id}|${sourceOf(a)}`, [...(matches.get(`${b.id}|${sourceOf(a)}`) ?? []), verdict.strength]);
  }
  const oneMatch = (x: PersonDraft, other: PersonDraft, strength: number): boolean => (matches.get(`${x.id}|${sourceOf(other)}`) ?? []).filter((s) => s >= strength).length === 1;
  const members = new Map<string, PersonDraft[]>();
  for (const d of drafts) members.set(uf.find(d.id), [...(members.get(uf.find(d.id)) ?? []), d]);
  const why = new Map<string, { merged: boolean; why: string }>();
  const order = [...judged].sort((x, y) => (y.verdict.merge ? y.verdict.strength : 0) - (x.verdict.merge ? x.verdict.strength : 0));
  for (const { a, b, verdict } of order) {
    const key = `${a.id}|${b.id}`;
    if (!verdict.merge) {
      why.set(key, { merged: false, why: verdict.reason });
      continue;
    }
    if (!oneMatch(a, b, verdict.strength) || !oneMatch(b, a, verdict.strength)) {
      why.set(key, { merged: false, why: `ambiguous: the evidence fits another record of one source too (${verdict.evidence})` });
      continue;
    }
    const ra = uf.find(a.id);
    const rb = uf.find(b.id);
    if (ra !== rb) {
      const ga = members.get(ra) ?? [];
      const gb = members.get(rb) ?? [];
      const sa = new Set(ga.map(sourceOf));
      if (gb.some((y) => sa.has(sourceOf(y)))) {
        why.set(key, { merged: false, why: `would join two records of one source (${verdict.evidence})` });
        continue;
      }
      const veto = ga.flatMap((x) => gb.map((y) => mergeVeto(x, y, asOf))).find((v) => v !== null);
      if (veto !== undefined) {
        why.set(key, { merged: false, why: `already merged with a record that conflicts: ${veto}` });
        continue;
      }
      uf.union(a.id, b.id);
      members.set(uf.find(a.id), [...ga, ...gb]);
    }
    why.set(key, { merged: true, why: verdict.evidence });
  }
  const decisions = judged.map(({ a, b }): MergeDecision => {
    const d = why.get(`${a.id}|${b.id}`) ?? { merged: false, why: '' };
    return { ids: [a.id, b.id], names: [a.name, b.name], ...d };
  });
  const groups = new Map<string, PersonDraft[]>();
  for (const d of drafts) {
    const root = uf.find(d.id);
    groups.set(root, [...(groups.get(root) ?? []), d]);
  }
  return { groups: [...groups.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([, g]) => g), decisions };
}

function partyAdjective(party: string): string {
  if (party === 'Democrat') return 'Democratic';
  if (party === 'Independent') return 'Independent';
  return party;
}

/** One line in our words from the roles: "Republican U.S. senator from Iowa since 1981." */
/** Someone with a display name, other names and roles: a built person, its aliases as `names`. */
interface NamedHolder {
  readonly name: string;
  readonly names: readonly string[];
  readonly formalName?: string;
  readonly roles: readonly { readonly office: OfficeKind }[];
}

/**
 * The press name of a president as a source records him ("William J. Clinton" → "Bill Clinton",
 * "Ulysses Grant" → "Ulysses S. Grant"): the one president with a name of the same first name and
 * surname whose middle names start with the recorded initials. Anything else stays as recorded.
 */
export function presidentPressNames(people: readonly NamedHolder[]): (recorded: string) => string {
  const presidents = people
    .filter((d) => d.roles.some((r) => r.office === 'president'))
    .map((d) => ({ name: d.name, forms: [d.name, ...d.names, ...(d.formalName ? [d.formalName] : [])].map(nameWords) }));
  return (recorded) => {
    const words = nameWords(recorded);
    if (words.length < 2) return recorded;
    const first = words[0];
    const last = words[words.length - 1];
    const initials = words.slice(1, -1).map((w) => w.charAt(0)).join('');
    const fits = presidents.filter((p) =>
      p.forms.some((f) => f.length >= 2 && f[0] === first && f[f.length - 1] === last && f.slice(1, -1).map((w) => w.charAt(0)).join('') === initials),
    );
    const names = new Set(fits.map((p) => p.name));
    return names.size === 1 ? [...names][0] ?? recorded : recorded;
  };
}

/** Said in brackets after a past role the source gives no years for. */
const YEARS_UNKNOWN = 'years not in Footnote’s data';

/**
 * The line says no "former": a card shows it beside articles of every date, those from the role's
 * own years too, and the years in brackets say when the role was held. The party word goes where
 * it depends on the date: a holder who changed party during the role, or a seat without dates
 * whose party is only the last term's.
 */
export function summarize(roles: Role[], pressNameOfPresident: (recorded: string) => string = (recorded) => recorded): string {
  const top = itemAt(roles, 0);
  const dated = top.start !== null || top.end !== null;
  const party = top.party && top.parties === undefined && dated ? `${partyAdjective(top.party)} ` : '';
  const startYear = top.start?.slice(0, 4);
  let line: string;
  if (top.current) {
    line = `${party}${top.label}${startYear ? (top.termStart ? `, current term since ${startYear}` : ` since ${startYear}`) : ''}.`;
  } else if (top.lastKnown && top.end !== null) {
    // What the record says, not a term: a record not refreshed may carry a wrong end (a re-elected official's old term).
    line = `${party}${top.label}, on record to ${top.end.slice(0, 4)} (no later record).`;
  } else {
    line = `${party}${top.label} (${roleDates(top) ?? YEARS_UNKNOWN}).`;
  }
  const earlier = roles.slice(1).filter((r) => r.label !== top.label && r.office !== 'other');
  if (earlier.length > 0) {
    const e = itemAt(earlier, 0);
    const d = roleDates(e);
    // A role the source gives no dates for (a past member of Congress, from a file of last terms)
    // may have come after the top one: "Previously" would claim an order no one recorded.
    const undated = e.start === null && e.end === null;
    line += ` ${e.current ? 'Also' : undated ? 'Also served as' : 'Previously'} ${e.label}${d ? ` (${d})` : ''}.`;
  }
  if (top.appointedBy && top.office !== 'other') line += ` Appointed by ${pressNameOfPresident(top.appointedBy.replace(/ \(.*\)$/, ''))}.`;
  return line.charAt(0).toUpperCase() + line.slice(1);
}

/** Month precision: two sources rarely agree on the day an official took or left office. */
function roleKey(r: Role): string {
  return `${r.label}|${(r.start ?? '').slice(0, 7)}|${(r.end ?? '').slice(0, 7)}`;
}

const SAME_END_TOLERANCE_DAYS = 40;

function sameTenure(a: Role, b: Role): boolean {
  if (a.label !== b.label || a.start === null || b.start === null || a.start.slice(0, 7) !== b.start.slice(0, 7)) return false;
  // A role without an end is the same tenure when ended at an unknown date, or current at an as-of date before the other's end.
  const open = (x: Role, y: Role): boolean => x.end === null && (!x.current || (y.end !== null && x.asOf <= y.end));
  if (a.end === null || b.end === null) return open(a, b) || open(b, a);
  return Math.abs(Date.parse(a.end.padEnd(10, '-01')) - Date.parse(b.end.padEnd(10, '-01'))) <= SAME_END_TOLERANCE_DAYS * 86_400_000;
}

/** Keeps one of each role; sources earlier in the group (curated, then by id rank) win. */
function dedupeRoles(roles: Role[]): Role[] {
  const seen = new Set<string>();
  const out: Role[] = [];
  for (const r of roles) {
    if (seen.has(roleKey(r))) continue;
    // One office from one start, told twice: two sources a few days apart on the end, or one that
    // does not give the end ("still in office" in an older snapshot) beside one that does.
    const same = out.findIndex((o) => sameTenure(o, r));
    if (same >= 0) {
      // The telling that gives the end says more than one that stops at an older snapshot.
      if (itemAt(out, same).end === null && r.end !== null) out[same] = r;
      continue;
    }
    seen.add(roleKey(r));
    out.push(r);
  }
  // The flat historical file gives a last seat without dates; a dated role for that seat says more.
  // A current role without dates is another tenure (Vought at OMB in 2025, after 2020-2021), and stays.
  const dated = new Set(out.filter((r) => r.start !== null || r.end !== null).map((r) => r.label));
  return out.filter((r) => r.start !== null || r.end !== null || r.current || !dated.has(r.label)).sort(compareRoles);
}

function stateOf(role: Role): string | null {
  if (role.place === null) return null;
  if (role.office === 'mayor') return role.place.split(', ').slice(-1)[0] ?? null;
  return role.place;
}

const STATE_ABBR_BY_NAME = new Map(Object.entries(US_STATES).map(([abbr, name]) => [name.replace(/^the /, ''), abbr]));

const NAME_PARTICLE = /^(da|de|del|der|di|do|dos|du|la|le|van|von|bin|ibn|al|el)$/;
/** "el-Sisi", "al-Sisi": an Arabic article the press writes three ways (el-, al-, none). */
const ARTICLE_PREFIX = /^(?:al|el)-(.+)$/;

/** "abdel fattah el-sisi" → "abdel fattah al-sisi", "abdel fattah sisi". */
function articleVariants(key: string): string[] {
  const words = key.split(' ');
  const out: string[] = [];
  words.forEach((w, i) => {
    const m = ARTICLE_PREFIX.exec(w);
    if (!m) return;
    const bare = m[1] ?? '';
    for (const v of [`al-${bare}`, `el-${bare}`, bare]) out.push([...words.slice(0, i), v, ...words.slice(i + 1)].join(' '));
  });
  return out;
}

/**
 * Name forms readers meet: the name, given + surname, nickname forms, without suffix or middle
 * initial, hyphen and article variants. Single words stay out (a bare surname follows the
 * surname rules), except article variants of the surname itself.
 */
function aliasForms(names: string[], surname: string | null): string[] {
  const out: string[] = [];
  for (const n of names) {
    // Nicknames written inside a name ("Charles (Chuck) Edwards", 'Charles J. "Chuck" Fleischmann') are separate forms.
    const clean = n.replace(/\([^)]*\)|"[^"]*"|“[^”]*”/g, ' ').replace(/,/g, '').replace(/\s+/g, ' ').trim();
    if (clean === '') continue;
    out.push(clean);
    const words = clean.split(' ');
    const core = words.filter((w) => !isSuffix(w));
    if (core.length !== words.length) out.push(core.join(' '));
    // "Luiz Inácio Lula da Silva" is never "Luiz Silva": first + last only without name particles.
    if (core.length >= 3 && !core.some((w) => NAME_PARTICLE.test(w))) out.push(`${core[0]} ${core[core.length - 1]}`);
  }
  const keys = out.map(normalizeKey);
  const withVariants = [...keys, ...keys.flatMap(articleVariants), ...keys.filter((k) => /\p{L}-\p{L}/u.test(k)).map((k) => k.replace(/-/g, ' '))];
  const surnameVariants = surname !== null && ARTICLE_PREFIX.test(normalizeKey(surname)) ? articleVariants(normalizeKey(surname)) : [];
  return uniqueSorted([...withVariants.filter((k) => k.includes(' ')), ...surnameVariants.filter((k) => k !== normalizeKey(surname ?? ''))]);
}

/** Options of the assembly step that do not come from the drafts themselves. */
export interface AssembleOptions {
  extraNames: Map<string, string[]>;
  renames: Map<string, string>;
  /** As-of date of a source id; a role without its own as-of date takes its source's. */
  sourceAsOf: (sourceId: string) => string;
  /** A president's press name for the name a source records ("William J. Clinton" → "Bill Clinton"). */
  pressNameOfPresident?: (recorded: string) => string;
}

/**
 * Thousands of historical officeholders share surnames with the people in today's news; they are
 * linked by full name only, unless they hold office now, held a top office, left recently, or we
 * curated them.
 */
function linkableBySurname(roles: Role[], curated: boolean): boolean {
  if (curated) return true;
  return roles.some(
    (r) => r.current || SURNAME_OFFICES.has(r.office) || (r.end !== null && Number(r.end.slice(0, 4)) >= Number(r.asOf.slice(0, 4)) - SURNAME_RECENT_YEARS),
  );
}

type AssembledRole = Role & { lastKnownUntil?: string };

/** A last-known role (see `DraftRole.lastKnownUntil`) that is known to have ended: former, ending on its term's end. */
function ended(role: AssembledRole, sourceAsOf: (sourceId: string) => string): Role {
  const { lastKnownUntil, ...rest } = role;
  return { ...rest, current: false, end: lastKnownUntil ?? rest.end, asOf: sourceAsOf(rest.source) };
}

/**
 * A source that did not refresh a record vouches for the role only until its term's end. The
 * role ended when the same person is known later in another office: a role current at a later
 * as-of date, or one that started after that end (a mayor who became lieutenant governor, a
 * governor who became a cabinet secretary). Otherwise it is "last known": not current, not former,
 * ending on the term's end as of the source's snapshot.
 */
export function settleLastKnownRoles(roles: readonly AssembledRole[], sourceAsOf: (sourceId: string) => string): Role[] {
  return roles.map((r) => {
    const until = r.lastKnownUntil;
    if (until === undefined) return r;
    const later = roles.some((o) => o !== r && o.label !== r.label && ((o.current && o.lastKnownUntil === undefined && o.asOf > until) || (o.start !== null && o.start > until)));
    if (later) return ended(r, sourceAsOf);
    return { ...ended(r, sourceAsOf), lastKnown: true };
  });
}

/**
 * A last-known role whose office someone else holds now (same office label, current, started
 * after it, in any source) ended: the Factbook's governor of a territory succeeds an Open States
 * record that was never closed. So did a cabinet-level role current in an older snapshot (an
 * official "still in office" in early 2023) when someone else holds that office in a later
 * source; its end date is unknown.
 */
function endSucceededRoles(groups: PersonDraft[][], sourceAsOf: (sourceId: string) => string): void {
  const holders = new Map<string, { group: number; start: string | null; asOf: string }[]>();
  groups.forEach((g, i) => {
    for (const r of g.flatMap((d) => d.roles)) {
      if (!r.current || r.lastKnownUntil !== undefined) continue;
      holders.set(r.label, [...(holders.get(r.label) ?? []), { group: i, start: r.start, asOf: r.asOf ?? sourceAsOf(r.source) }]);
    }
  });
  const supersededAt = (r: DraftRole, group: number): boolean =>
    SINGLE_HOLDER_OFFICES.has(r.office) &&
    (holders.get(r.label) ?? []).some((o) => o.group !== group && o.asOf > (r.asOf ?? sourceAsOf(r.source)) && (o.start === null || o.start > (r.start ?? '')));
  groups.forEach((g, i) => {
    for (const d of g) {
      d.roles = d.roles.map((r) => {
        if (r.lastKnownUntil === undefined && r.current && r.end === null && supersededAt(r, i)) return { ...r, current: false };
        if (r.lastKnownUntil === undefined || !(holders.get(r.label) ?? []).some((o) => o.group !== i && o.start !== null && o.start > (r.start ?? ''))) return r;
        // Ended: the as-of date falls back to the source's snapshot.
        const former: DraftRole = { ...r, current: false, end: r.lastKnownUntil };
        delete former.lastKnownUntil;
        delete former.asOf;
        return former;
      });
    }
  });
}

/** A change of president: the day a different president took office, and the as-of date of the source that says so. */
export interface AdministrationChange {
  start: string;
  knownAt: string;
}

/**
 * Every change of president on file: the start of each president role (a re-elected president's
 * consecutive terms are one role, so a second term is no change).
 */
export function administrationChanges(drafts: readonly PersonDraft[], sourceAsOf: (sourceId: string) => string): AdministrationChange[] {
  return drafts
    .flatMap((d) => d.roles)
    .filter((r) => r.office === 'president' && r.start !== null)
    .map((r) => ({ start: r.start ?? '', knownAt: r.asOf ?? sourceAsOf(r.source) }))
    .sort((a, b) => compareStrings(a.start, b.start));
}

/**
 * A cabinet-level role still held at its source's as-of date, with no end, when a new president
 * took office after that date (as a later source says): the holder had left by that inauguration.
 * It is no longer current; its end stays unknown, bounded by the inauguration (`endBy`).
 */
export function endWithAdministration(role: DraftRole, changes: readonly AdministrationChange[], sourceAsOf: (sourceId: string) => string): DraftRole {
  if (!role.current || role.end !== null || role.lastKnownUntil !== undefined || !ADMINISTRATION_OFFICES.has(role.office)) return role;
  const asOf = role.asOf ?? sourceAsOf(role.source);
  // Compared at the shorter precision: an as-of month "2025-01" says nothing about January 20.
  const after = (date: string): boolean => date.slice(0, asOf.length) > asOf;
  const change = changes.find((c) => after(c.start) && c.start <= c.knownAt && c.start >= (role.start ?? ''));
  if (change === undefined) return role;
  return { ...role, current: false, endBy: change.start };
}

function buildPerson(group: PersonDraft[], options: AssembleOptions): Person {
  const { extraNames, renames } = options;
  const sorted = [...group].sort((a, b) => idRank(a.id) - idRank(b.id) || compareStrings(a.id, b.id));
  const main = itemAt(sorted, 0);
  const roles = dedupeRoles(
    settleLastKnownRoles(
      [...group].sort((a, b) => Number(!a.sources.some((x) => x.startsWith('cur:'))) - Number(!b.sources.some((x) => x.startsWith('cur:')))).flatMap((d) => d.roles.map((r): AssembledRole => ({ ...r, asOf: r.asOf ?? options.sourceAsOf(r.source) }))),
      options.sourceAsOf,
    ),
  );
  const name = group.map((d) => renames.get(d.id)).find((n) => n !== undefined) ?? main.name;
  const spellings = group.flatMap((d) => d.spellings ?? []);
  const names = [name, ...group.flatMap((d) => [d.name, ...d.altNames, ...(extraNames.get(d.id) ?? [])]), ...spellings];
  const top = itemAt(roles, 0);
  const party = group.find((d) => d.party !== undefined)?.party ?? roles.find((r) => r.party !== null)?.party ?? null;
  const state = roles.map(stateOf).find((st) => st !== null) ?? null;
  const wikidata = group.find((d) => d.wikidata)?.wikidata;
  const bioguide = group.find((d) => d.bioguide)?.bioguide;
  const words: string[] = [];
  for (const r of roles) {
    words.push(...officeWords(r));
    if (r.current || r === top) words.push(...normalizeKey(r.title).split(' ').filter((w) => w.length > 3 && !TITLE_MODIFIER_WORDS.has(w)));
    const st = stateOf(r);
    if (st !== null && (r.current || r === top)) {
      words.push(normalizeKey(st));
      const abbr = STATE_ABBR_BY_NAME.get(st);
      if (abbr) words.push(abbr.toLowerCase());
    }
  }
  if (party) words.push(...(PARTY_WORDS[party] ?? [normalizeKey(party)]));
  words.push(...group.flatMap((d) => d.contextExtra.map(normalizeKey)));
  const curatedSummary = group.find((d) => d.summary !== undefined)?.summary;
  // Curated one-word names ("Lula", "Sissi") and a source's other spelling of a one-word name are aliases as they stand.
  const nicknames = [...group.flatMap((d) => extraNames.get(d.id) ?? []), ...spellings].filter((n) => !n.trim().includes(' ')).map(normalizeKey);
  const withheld = new Set(group.flatMap((d) => d.withoutAliases ?? []));
  // A display-name correction keeps the source's own form as the formal name.
  // A source name that only drops words of the display name ("Robert Kennedy" for "Robert F. Kennedy Jr.") is no formal name.
  // Nor is a source name with fewer words than the display name ("Dean Sauer" under "D. John Sauer").
  const sourceName = name !== main.name && !normalizeKey(main.name).split(' ').every((w) => normalizeKey(name).split(' ').includes(w)) && main.name.split(' ').length >= name.split(' ').length ? main.name : undefined;
  const formalCandidate = group.map((d) => d.formalName).find((n) => n !== undefined) ?? sourceName;
  const formalName = formalCandidate === name ? undefined : formalCandidate;
  const curated = group.some((d) => d.sources.some((src) => src.startsWith('cur:')));
  const surname = linkableBySurname(roles, curated) ? (main.surname ?? group.find((d) => d.surname !== null)?.surname ?? null) : null;
  return {
    id: main.id,
    name,
    ...(formalName ? { formalName } : {}),
    aliases: uniqueSorted([...aliasForms(formalName ? [...names, formalName] : names, surname), ...nicknames]).filter((a) => !withheld.has(a)),
    surname: surname === null ? null : normalizeKey(surname.replace(/,/g, '')),
    ...(wikidata ? { wikidata } : {}),
    ...(bioguide ? { bioguide } : {}),
    birthYear: group.map((d) => d.birthYear).find((y) => y !== null) ?? null,
    party,
    state,
    roles,
    contextWords: uniqueSorted(words.filter((w) => w.length > 0)),
    prominent: roles.some((r) => (r.current || r.lastKnown === true) && r.office !== 'other' && r.office !== 'judge' && r.office !== 'state-official'),
    summary: curatedSummary ?? summarize(roles, options.pressNameOfPresident),
    sources: uniqueSorted(group.flatMap((d) => d.sources)),
  };
}

export interface AssembledPeople {
  people: Person[];
  ambiguous: Record<string, AliasResolution>;
  /** Alias → ids, for the report. */
  shared: Map<string, string[]>;
  mergedCount: number;
  /** Every merge by name and every same-name pair from two sources kept apart, with the reason. */
  mergeDecisions: MergeDecision[];
}

export function assemblePeople(drafts: PersonDraft[], options: AssembleOptions): AssembledPeople {
  const changes = administrationChanges(drafts, options.sourceAsOf);
  // Copies: the later steps rewrite roles, and the caller's drafts stay as the sources told them.
  const settled = drafts.map((d) => ({ ...d, roles: d.roles.map((r) => endWithAdministration(r, changes, options.sourceAsOf)) }));
  const { groups, decisions } = mergeGroups(settled, options.sourceAsOf);
  endSucceededRoles(groups, options.sourceAsOf);
  // Summaries name appointing presidents by their display names, known once the presidents are built.
  const presidents = groups.filter((g) => g.some((d) => d.roles.some((r) => r.office === 'president'))).map((g) => buildPerson(g, options));
  const pressNameOfPresident = options.pressNameOfPresident ?? presidentPressNames(presidents.map((p) => ({ ...p, names: p.aliases })));
  const people = groups.map((g) => buildPerson(g, { ...options, pressNameOfPresident })).sort((a, b) => compareStrings(a.id, b.id));
  const holders = new Map<string, Set<string>>();
  const surnames = new Set<string>();
  for (const p of people) {
    const keys = [...p.aliases, ...(p.surname ? [p.surname] : [])];
    if (p.surname) surnames.add(p.surname);
    for (const k of keys) holders.set(k, (holders.get(k) ?? new Set()).add(p.id));
  }
  const ambiguous: Record<string, AliasResolution> = {};
  const shared = new Map<string, string[]>();
  for (const [key, holderIds] of [...holders.entries()].sort(([a], [b]) => compareStrings(a, b))) {
    const ids = [...holderIds].sort(compareStrings);
    if (ids.length < 2) continue;
    shared.set(key, ids);
    const isSurname = surnames.has(key) && !key.includes(' ');
    ambiguous[key] = {
      count: ids.length,
      resolution: isSurname && ids.length > MAX_SHARED_SURNAME_FOR_CONTEXT ? 'never-alone' : 'needs-context',
    };
  }
  return { people, ambiguous, shared, mergedCount: settled.length - groups.length, mergeDecisions: decisions };
}
