/**
 * `npm run audit:knowledge`: an independent check of src/knowledge/knowledge.json against the raw
 * data in ../shared/data. Every fact is re-derived here by a second, deliberately simple route
 * (other files where the data has two forms: the JSON legislators, the wide FJC table), without
 * any of the generator's code, and compared with the generated file. Prints counts and every
 * disagreement; exits non-zero on any.
 */
import { itemAt } from '../src/core/item-at';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { normalizeKey } from '../src/core/text-normalize';
import type { KnowledgeFile, Person, Role } from '../src/knowledge/schema';
// The errata list only (data: what each source says and what is right); this audit applies it its own way, not with the generator's code.
import { ERRATA, type Erratum } from './knowledge/errata';

export interface AuditCheck {
  name: string;
  checked: number;
  disagreements: string[];
  /** Conflicts between the raw sources themselves: reported, not failed. */
  notes: string[];
}

const DAY_MS = 86_400_000;
/** A new Congress convenes days after the old one ends; a special election fills a seat within weeks. */
const CONTINUOUS_SERVICE_DAYS = 45;
/** Series values are stored rounded (a tenth of a percent, three decimals of an index). */
const PERCENT_TOLERANCE = 0.0005 + 1e-9;
const INDEX_TOLERANCE = 0.0005 + 1e-9;

function readCsv(path: string): Record<string, string>[] {
  return parseCsv<Record<string, string>>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, relax_column_count: true });
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

function days(from: string, to: string): number {
  return (new Date(to.slice(0, 10)).getTime() - new Date(from.slice(0, 10)).getTime()) / DAY_MS;
}

/** "3/22/2012", "3/22/2012 12:00:00 AM", "2012-03-22" → "2012-03-22"; blank → null. */
function usDate(raw: string | undefined): string | null {
  const t = (raw ?? '').trim();
  if (t === '') return null;
  const parts = (t.split(' ')[0] ?? '').split('/');
  const [month = '', day = '', year = ''] = parts;
  if (parts.length === 3) return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return /^\d{4}-\d{2}-\d{2}/.test(t) ? t.slice(0, 10) : null;
}

function check(name: string): AuditCheck {
  return { name, checked: 0, disagreements: [], notes: [] };
}

interface JsonTerm {
  type: string;
  start: string;
  end: string;
  state?: string;
  district?: number;
}
interface JsonLegislator {
  id: { bioguide?: string; govtrack?: number };
  name: { first: string; last: string };
  terms: JsonTerm[];
}

/**
 * The start of the service that includes the last term: walk back while the previous term is the
 * same seat (chamber, state and, for the House, district) and ends within days.
 */
function serviceStart(terms: JsonTerm[]): { type: string; start: string; end: string; district: number | null } {
  const sorted = [...terms].sort((a, b) => a.start.localeCompare(b.start));
  const last = itemAt(sorted, sorted.length - 1);
  let start = last.start;
  for (let i = sorted.length - 2; i >= 0; i -= 1) {
    const t = itemAt(sorted, i);
    if (t.type !== last.type || t.state !== last.state || (t.district ?? 0) !== (last.district ?? 0) || days(t.end, start) > CONTINUOUS_SERVICE_DAYS) break;
    start = t.start;
  }
  return { type: last.type, start, end: last.end, district: last.type === 'rep' ? (last.district ?? 0) : null };
}

const CHAMBER_LABEL: Readonly<Record<string, RegExp>> = { sen: /^U\.S\. senator/, rep: /^(U\.S\. representative|Delegate|Resident Commissioner)/ };

/** The historical file names the factions of 1824–1837 by their candidates, which a card must not: "Former Jackson U.S. senator" reads as a person. */
const CANDIDATE_PARTY = /^(?:Anti[ -])?(?:Jackson|Adams|Crawford)(?: Republican| Democrat)?$/;
/**
 * An undated "Republican" in the historical file: Jefferson's party for a member too old to sit
 * from 1854 (born before 1754: no member has sat past 100), the later party for one too young to
 * sit before 1830 (born from 1808: none has sat before 22), and unknown between.
 */
const JEFFERSONIAN_ONLY_BORN_BEFORE_YEAR = 1754;
const FOUNDED_PARTY_ONLY_BORN_FROM_YEAR = 1808;

function words(text: string): string[] {
  return text.toLowerCase().split(/[^a-z]+/).filter((w) => w !== '');
}

/** The party a past member's undated seat may carry: the file's word in a historian's form, or none. */
function historicalPartyDisagreement(raw: string, birthday: string, party: string | null): string | null {
  if (raw === 'Republican') {
    const born = Number(birthday.slice(0, 4));
    const expected = birthday === '' ? null : born >= FOUNDED_PARTY_ONLY_BORN_FROM_YEAR ? 'Republican' : born < JEFFERSONIAN_ONLY_BORN_BEFORE_YEAR ? 'Democratic-Republican' : null;
    return party === expected ? null : `party ${party ?? 'none'}, the file says "Republican" and the birth year allows ${expected ?? 'either party'}`;
  }
  if (party === null) return null;
  if (CANDIDATE_PARTY.test(party)) return `party "${party}" is a candidate's name`;
  // Each word of the file's label stays, whole or as the start of a longer one ("Jackson" in "Jacksonian").
  const shown = words(party);
  return raw !== '' && words(raw).every((w) => shown.some((s) => s.startsWith(w))) ? null : `party ${party}, the file says "${raw}"`;
}

function congressChecks(dataDir: string, byId: Map<string, Person>, asOf: string): AuditCheck[] {
  const spans = check('Congress: current service start and end (legislators-current.json)');
  const current = check('Congress: current flags (current file → current seat; historical file → none)');
  for (const l of readJson(join(dataDir, 'congress-legislators/json/legislators-current.json')) as JsonLegislator[]) {
    const id = `bioguide:${l.id.bioguide}`;
    const expected = serviceStart(l.terms);
    const person = byId.get(id);
    spans.checked += 1;
    current.checked += 1;
    const seat = person?.roles.find((r) => r.source === 'congress-legislators' && (CHAMBER_LABEL[expected.type]?.test(r.label) ?? false) && r.end === expected.end);
    if (!seat) {
      spans.disagreements.push(`${id} ${l.name.first} ${l.name.last}: no ${expected.type} role ending ${expected.end}`);
      continue;
    }
    if (seat.start !== expected.start) spans.disagreements.push(`${id} ${l.name.first} ${l.name.last}: service start ${seat.start}, data says ${expected.start}`);
    if (expected.district !== null && expected.district > 0 && !new RegExp(`\\b${expected.district}(?:st|nd|rd|th) district$`).test(seat.label)) {
      spans.disagreements.push(`${id} ${l.name.first} ${l.name.last}: seat "${seat.label}", data says district ${expected.district}`);
    }
    const shouldBeCurrent = expected.end > asOf;
    if (seat.current !== shouldBeCurrent) current.disagreements.push(`${id} ${l.name.first} ${l.name.last}: current ${seat.current}, term ends ${expected.end}`);
  }
  const parties = check('Congress: a past member’s undated seat carries the historical file’s party, in historians’ words, or none');
  const executive = check('Presidents and vice presidents: every term inside a role (executive.json)');
  for (const l of readJson(join(dataDir, 'congress-legislators/json/executive.json')) as JsonLegislator[]) {
    const person = [...byId.values()].find((p) => (l.id.bioguide ? p.id === `bioguide:${l.id.bioguide}` : p.id === `govtrack:${l.id.govtrack}`));
    for (const t of l.terms) {
      executive.checked += 1;
      const office = t.type === 'prez' ? 'president' : 'vice-president';
      const inside = person?.roles.some((r) => r.office === office && r.start !== null && r.start <= t.start && (r.end === null || r.end >= t.end));
      if (!inside) executive.disagreements.push(`${l.name.first} ${l.name.last}: ${t.type} ${t.start}–${t.end} not inside any role`);
    }
  }
  for (const row of readCsv(join(dataDir, 'congress-legislators/csv/legislators-historical.csv'))) {
    current.checked += 1;
    const person = byId.get(`bioguide:${row.bioguide_id}`);
    if (!person) {
      current.disagreements.push(`bioguide:${row.bioguide_id} ${row.first_name} ${row.last_name}: former member missing`);
      continue;
    }
    const seat = person.roles.find((r) => r.source === 'congress-legislators' && (r.office === 'senator' || r.office === 'representative' || r.office === 'delegate') && r.current);
    if (seat) current.disagreements.push(`${person.id} ${person.name}: former member shown current as ${seat.label}`);
    // A dated record of the same seat, where one exists, replaces the undated one.
    const undated = person.roles.find((r) => r.source === 'congress-legislators' && r.start === null && r.end === null);
    if (undated === undefined) continue;
    parties.checked += 1;
    const disagreement = historicalPartyDisagreement((row.party ?? '').trim(), (row.birthday ?? '').trim(), undated.party);
    if (disagreement !== null) parties.disagreements.push(`${person.id} ${person.name}: ${disagreement}`);
  }
  return [spans, current, parties, executive];
}

/**
 * A cabinet-level post is held at the president's pleasure: a role still current in a snapshot
 * taken before a different president was sworn in (executive.json, known at the Congress data's
 * as-of date) cannot be current, and must say it ended by that inauguration.
 */
function cabinetAdministrationCheck(dataDir: string, file: KnowledgeFile, congressAsOf: string): AuditCheck {
  const c = check('Cabinet: no cabinet-level role current past a change of president after its snapshot (executive.json)');
  const terms = (readJson(join(dataDir, 'congress-legislators/json/executive.json')) as JsonLegislator[])
    .flatMap((l) => l.terms.filter((t) => t.type === 'prez').map((t) => ({ who: l.id.bioguide ?? String(l.id.govtrack), start: t.start })))
    .sort((a, b) => a.start.localeCompare(b.start));
  const changes = terms.filter((t, i) => i === 0 || terms[i - 1]?.who !== t.who).map((t) => t.start).filter((d) => d <= congressAsOf);
  for (const p of file.people) {
    for (const r of p.roles.filter((x) => x.office === 'cabinet' && x.end === null && (x.current || x.endBy !== undefined))) {
      c.checked += 1;
      const change = changes.find((d) => d.slice(0, r.asOf.length) > r.asOf && d >= (r.start ?? ''));
      if (change === undefined) continue;
      if (r.current) c.disagreements.push(`${p.id} ${p.name}: ${r.label} current as of ${r.asOf}, but a new president took office ${change}`);
      else if (r.endBy !== change) c.disagreements.push(`${p.id} ${p.name}: ${r.label} ended by ${r.endBy ?? '?'}, the next inauguration is ${change}`);
    }
  }
  return c;
}

const MAX_FJC_APPOINTMENTS = 3;

/**
 * A judge merged into a person of another source: that person has the judge's surname among its
 * names (the other source may spell it otherwise: "De Haven") and a role on the first court from
 * the first commission.
 */
function mergedJudge(row: Record<string, string>, byId: Map<string, Person>): Person | undefined {
  const surname = normalizeKey((row['Last Name'] ?? '').trim());
  const court = (row['Court Name (1)'] ?? '').trim();
  const commission = usDate(row['Recess Appointment Date (1)']) ?? usDate(row['Commission Date (1)']);
  return [...byId.values()].find(
    (p) => !p.id.startsWith('fjc:') && [p.formalName ?? p.name, ...p.aliases].some((n) => normalizeKey(n).includes(surname)) && p.roles.some((r) => r.source === 'fjc-judges' && r.start === commission && (r.office === 'justice' || r.label.endsWith(court))),
  );
}

/** Judges from the wide judges.csv (the generator reads the long service file). */
function judgeChecks(dataDir: string, byId: Map<string, Person>): AuditCheck[] {
  const status = check('Judges: status at the export (sitting, senior, retired, deceased) from judges.csv');
  const dates = check('Judges: commission, senior-status and termination dates');
  // The FJC's two exports disagree on a few senior-status dates; those judges are listed apart, not failed.
  const longForm = new Map<string, string>();
  for (const r of readCsv(join(dataDir, 'fjc-federal-judges/federal-judicial-service.csv'))) longForm.set(`${r.nid}|${r.Sequence}`, usDate(r['Senior Status Date']) ?? '');
  for (const row of readCsv(join(dataDir, 'fjc-federal-judges/judges.csv'))) {
    const conflict = [1, 2, 3].find((n) => (row[`Court Name (${n})`] ?? '').trim() !== '' && (longForm.get(`${row.nid}|${n}`) ?? '') !== (usDate(row[`Senior Status Date (${n})`]) ?? ''));
    if (conflict !== undefined) {
      status.notes.push(`fjc:${row.nid} ${row['First Name']} ${row['Last Name']}: appointment ${conflict} senior status "${usDate(row[`Senior Status Date (${conflict})`]) ?? ''}" in judges.csv, "${longForm.get(`${row.nid}|${conflict}`)}" in federal-judicial-service.csv`);
      continue;
    }
    // The wide table has dates for three appointments only; a fourth appointment is checked by its presence.
    if ((row['Court Name (4)'] ?? '').trim() !== '') continue;
    const id = `fjc:${(row.nid ?? '').trim()}`;
    const person = byId.get(id) ?? mergedJudge(row, byId);
    status.checked += 1;
    if (!person) {
      status.disagreements.push(`${id} ${row['First Name']} ${row['Last Name']}: judge missing`);
      continue;
    }
    // A judge merged into a person of another source is named by both ids.
    const who = person.id === id ? id : `${id} (${person.id})`;
    const dead = (row['Death Year'] ?? '').trim() !== '';
    let last: { court: string; senior: string | null; term: string | null } | null = null;
    let sittingAppointments = 0;
    // The appointer an appointment is filed under; "None (reassignment)" keeps the one before.
    let appointer: string | null = null;
    // Senior status reached on the appointment before (a property, so the loop's flow typing keeps it a string | null).
    const previous: { senior: string | null } = { senior: null };
    for (let n = 1; n <= MAX_FJC_APPOINTMENTS; n += 1) {
      const court = (row[`Court Name (${n})`] ?? '').trim();
      if (court === '') continue;
      // A recess appointee's service begins at the recess appointment, before any commission.
      const commission = usDate(row[`Recess Appointment Date (${n})`]) ?? usDate(row[`Commission Date (${n})`]);
      const president = (row[`Appointing President (${n})`] ?? '').trim();
      const moved = president === '' || president.startsWith('None');
      if (!moved) appointer = president;
      // A judge moved to a new court while on senior status sits there as a senior judge from the move.
      const ownSenior = usDate(row[`Senior Status Date (${n})`]);
      const seniorBefore = previous.senior;
      const senior: string | null = ownSenior ?? (moved && seniorBefore !== null && commission !== null && seniorBefore <= commission ? commission : null);
      previous.senior = senior;
      const term = usDate(row[`Termination Date (${n})`]);
      last = { court, senior, term };
      if (term === null && !dead) sittingAppointments += 1;
      dates.checked += 1;
      const roles = person.roles.filter((r) => r.source === 'fjc-judges' && r.label.endsWith(court === 'Supreme Court of the United States' ? 'Court' : court));
      const justice = court === 'Supreme Court of the United States';
      const filedUnder = person.roles.find((r) => r.source === 'fjc-judges' && r.start === commission && (justice ? r.office === 'justice' : r.label.endsWith(court)))?.appointedBy ?? null;
      if ((filedUnder?.replace(/ \(.*\)$/, '') ?? null) !== appointer) dates.disagreements.push(`${who} ${person.name}: ${court} from ${commission} appointed by ${filedUnder ?? 'nobody'}, data says ${appointer ?? 'nobody'}`);
      if (senior === commission && !justice) {
        if (!roles.some((r) => r.label.startsWith('Senior') && r.start === commission && (term === null || r.end === term))) dates.disagreements.push(`${who} ${person.name}: no senior service on ${court} from ${commission}`);
        continue;
      }
      const active = person.roles.find((r) => r.source === 'fjc-judges' && r.start === commission && (justice ? r.office === 'justice' : r.label.endsWith(court) && !r.label.startsWith('Senior')));
      if (!active) {
        dates.disagreements.push(`${who} ${person.name}: no role for ${court} from ${commission}`);
        continue;
      }
      const expectedEnd = senior ?? term;
      if (expectedEnd !== null && active.end !== expectedEnd) dates.disagreements.push(`${who} ${person.name}: ${court} active service ends ${active.end}, data says ${expectedEnd}`);
      if (senior !== null && !justice && !roles.some((r) => r.label.startsWith('Senior') && r.start === senior && (term === null || r.end === term))) {
        dates.disagreements.push(`${who} ${person.name}: no senior service on ${court} from ${senior}${term ? ` to ${term}` : ''}`);
      }
    }
    if (last === null) continue;
    const sitting = !dead && last.term === null;
    const currentRoles = person.roles.filter((r) => r.source === 'fjc-judges' && r.current);
    const isJustice = last.court === 'Supreme Court of the United States';
    let expected: string;
    if (!sitting) expected = 'none';
    else if (last.senior === null) expected = 'active';
    else expected = isJustice ? 'none' : 'senior';
    const got = currentRoles.length === 0 ? 'none' : currentRoles.every((r) => r.label.startsWith('Senior')) ? 'senior' : 'active';
    // A judge may sit on two districts at once (joint appointments): one current role per sitting appointment.
    if (got !== expected || currentRoles.length > Math.max(1, sittingAppointments)) status.disagreements.push(`${who} ${person.name}: status ${got} (${currentRoles.length} current roles), data says ${expected}`);
  }
  return [status, dates];
}

/**
 * Open States: a term is current unless its end has passed and the holder is known to have gone:
 * someone else's term in the same office is on file, or the holder is known later in another
 * office (a later role in the same record, or a role current at a later date or begun after that
 * end in any source), or someone else holds the same office now. One holder filed twice under a
 * short and a long given name ("Pat", "Patrick") is one holder.
 */
function openStatesCheck(dataDir: string, byId: Map<string, Person>, asOf: string): AuditCheck {
  const c = check('Governors, statewide officers and mayors: current unless ended and gone (Open States)');
  interface Row { id: string; name: string; given_name: string | null; family_name: string | null; role: string; jurisdiction: string; end_date: string | null; links?: string[]; sources?: string[]; file?: string }
  // A county's executive, board or (township) supervisor filed among the mayors: its own email, pages or jurisdiction say county, never mayor.
  const countyOffice = (r: Row): boolean => {
    if (r.role !== 'mayor' || r.file === undefined) return false;
    const email = /^email:\s*(\S+)/m.exec(readFileSync(join(dataDir, 'openstates-people', r.file), 'utf8'))?.[1] ?? '';
    const said = [r.jurisdiction, email, ...(r.links ?? []), ...(r.sources ?? [])].join(' ').toLowerCase();
    return /county|supervisor/.test(said) && !said.includes('mayor');
  };
  const all = [
    ...(readJson(join(dataDir, 'openstates-people/executive-roles.json')) as Row[]),
    ...(readJson(join(dataDir, 'openstates-people/mayors.json')) as Row[]),
  ];
  const rows = all.filter((r) => ['governor', 'lt_governor', 'mayor', 'attorney general'].includes(r.role));
  const squash = (n: string): string => normalizeKey(n).replace(/[.,]/g, '');
  const holder = (r: Row): string => {
    const family = squash(r.family_name ?? r.name.split(' ').slice(-1)[0] ?? '').split(' ').filter((w) => !/^(jr|sr|ii|iii|iv)$/.test(w)).join(' ');
    return `${family}|${squash(r.given_name ?? r.name).slice(0, 3)}`;
  };
  const latestEnd = new Map<string, { end: string; holder: string }>();
  for (const r of rows) {
    const key = `${r.role}|${r.jurisdiction}`;
    const end = r.end_date ?? '9999';
    const prev = latestEnd.get(key);
    if (!prev || end > prev.end) latestEnd.set(key, { end, holder: holder(r) });
  }
  const people = [...byId.values()].filter((p) => p.sources.includes('openstates-people'));
  const everyone = [...byId.values()];
  for (const r of rows) {
    c.checked += 1;
    const ended = r.end_date !== null && r.end_date <= asOf;
    const succeeded = latestEnd.get(`${r.role}|${r.jurisdiction}`)?.holder !== holder(r);
    const person = byId.get(`os:${r.id.replace(/^ocd-person\//, '')}`) ?? people.find((p) => squash(p.name) === squash(r.name) || p.aliases.includes(normalizeKey(r.name)));
    // DC has no governor: Open States files its mayor under that role.
    const office = r.role === 'governor' && /\/district:dc\//.test(r.jurisdiction) ? 'mayor' : r.role === 'lt_governor' ? 'lt-governor' : r.role === 'attorney general' ? 'attorney-general' : r.role;
    const roles = person?.roles.filter((x) => x.source === 'openstates-people' && x.office === office) ?? [];
    if (countyOffice(r)) {
      if (roles.length > 0) c.disagreements.push(`${r.name} (${r.jurisdiction}): a county or township office shown as ${itemAt(roles, 0).label}`);
      continue;
    }
    if (person === undefined || roles.length === 0) {
      c.disagreements.push(`${r.name} (${r.role}, ${r.jurisdiction}): missing`);
      continue;
    }
    const end = r.end_date ?? '9999';
    const sameRecordLater = all.some((o) => o.id === r.id && o.role !== r.role && (o.end_date === null || o.end_date > end));
    const laterElsewhere = person.roles.some((x) => x.office !== office && ((x.current && x.asOf > end) || (x.start !== null && x.start > end)));
    const label = itemAt(roles, 0).label;
    const heldByOther = everyone.some((p) => p !== person && p.roles.some((x) => x.label === label && x.current && x.start !== null && x.start > (itemAt(roles, 0).start ?? '')));
    const expected = !ended || !(succeeded || sameRecordLater || laterElsewhere || heldByOther);
    // A last-known role (the record ended, nothing later on file) does not say the holder left.
    const notLeft = (x: Role): boolean => x.current || x.lastKnown === true;
    if (expected && !roles.some(notLeft)) c.disagreements.push(`${r.name}: ${label} shown as left office; the record is the latest on file`);
    if (!expected && roles.some(notLeft) && !rows.some((o) => holder(o) === holder(r) && o.jurisdiction === r.jurisdiction && o.role === r.role && (o.end_date === null || o.end_date > asOf))) {
      c.disagreements.push(`${r.name}: ${label} shown as current although the holder is gone`);
    }
  }
  return c;
}

/**
 * A statewide office or a mayoralty has one holder at a time, so a holder succeeded on file left
 * when the next holder on file took office, or on the record's end when that is within 45 days
 * of it (a stale term date a year before the successor is no departure). Seats in a legislature
 * pass to no one in particular, and governors' ends have a check of their own.
 */
function openStatesHandoverCheck(dataDir: string, byId: Map<string, Person>): AuditCheck {
  const c = check('Statewide officers and mayors succeeded on file: the role ends when the next holder starts (Open States)');
  interface Row { id: string; name: string; family_name: string | null; role: string; jurisdiction: string; start_date: string | null; end_date: string | null }
  const rows = [
    ...(readJson(join(dataDir, 'openstates-people/executive-roles.json')) as Row[]),
    ...(readJson(join(dataDir, 'openstates-people/mayors.json')) as Row[]),
  ].filter((r) => !['lower', 'upper', 'legislature', 'governor'].includes(r.role));
  const family = (r: Row): string => normalizeKey(r.family_name ?? r.name.split(' ').slice(-1)[0] ?? '');
  const toleranceMs = 45 * 86_400_000;
  for (const r of rows) {
    if (r.end_date === null) continue;
    const next = rows
      .filter((o) => o.role === r.role && o.jurisdiction === r.jurisdiction && family(o) !== family(r) && o.start_date !== null && o.start_date > (r.start_date ?? ''))
      .map((o) => o.start_date as string)
      .sort()[0];
    if (next === undefined) continue;
    const person = byId.get(`os:${r.id.replace(/^ocd-person\//, '')}`);
    const roles = person?.roles.filter((x) => x.source === 'openstates-people' && !x.current && x.lastKnown !== true && x.start === r.start_date) ?? [];
    if (roles.length === 0) continue;
    c.checked += 1;
    const expected = Date.parse(next) - Date.parse(r.end_date) > toleranceMs ? next : r.end_date;
    if (!roles.some((x) => x.end === expected)) c.disagreements.push(`${r.name} (${r.role}, ${r.jurisdiction}): ends ${roles.map((x) => x.end ?? 'open').join(', ')}, the next holder on file starts ${next} (record's end ${r.end_date})`);
  }
  return c;
}

/**
 * Governors' term ends: the record's end, unless it falls inside a term of a governor inaugurated
 * in the regular season (December, or January up to the 21st); then the end is the next
 * anniversary of the inauguration a whole number of terms (four years, two in NH and VT) on.
 */
function governorTermCheck(dataDir: string, byId: Map<string, Person>): AuditCheck {
  const c = check('Governors: term end is the record\'s, or the term boundary when the record ends inside a term (Open States)');
  interface Row { id: string; state: string; role: string; start_date: string | null; end_date: string | null }
  for (const r of readJson(join(dataDir, 'openstates-people/executive-roles.json')) as Row[]) {
    if (r.role !== 'governor' || r.state === 'dc' || r.start_date === null || r.end_date === null) continue;
    const person = byId.get(`os:${r.id.replace(/^ocd-person\//, '')}`);
    const role = person?.roles.find((x) => x.office === 'governor' && x.source === 'openstates-people' && x.start === r.start_date);
    if (role === undefined) continue;
    c.checked += 1;
    const years = r.state === 'nh' || r.state === 'vt' ? 2 : 4;
    const regular = /-12-/.test(r.start_date.slice(4, 8)) || (r.start_date.slice(5, 7) === '01' && Number(r.start_date.slice(8, 10)) <= 21);
    const offBy = (y: number): number => Math.abs(days(`${y}${r.start_date?.slice(4) ?? ''}`, r.end_date ?? ''));
    const startYear = Number(r.start_date.slice(0, 4));
    const candidates = Array.from({ length: 10 }, (_, i) => startYear + (i + 1) * years);
    const onBoundary = candidates.some((y) => offBy(y) <= CONTINUOUS_SERVICE_DAYS);
    const expected = !regular || onBoundary ? r.end_date : `${candidates.find((y) => `${y}${r.start_date?.slice(4) ?? ''}` > (r.end_date ?? '')) ?? '?'}-${r.start_date.slice(5, 7)}`;
    if (role.end !== expected) c.disagreements.push(`${person?.name ?? r.id}: governor's term ends ${role.end ?? 'null'}, expected ${expected} (record ${r.start_date}–${r.end_date})`);
  }
  return c;
}

const LEVELS = ['I', 'II', 'III', 'IV', 'V'];

/**
 * PLUM: a role without "Acting" must come from a presidential-appointment row of someone holding
 * no other post, or whose other posts are in other agencies at a lower Executive Schedule level
 * (read from any row of the same position). A post held beside a higher one in another agency
 * must be labelled acting. One card's posts in two agencies must be so tied by their levels: the
 * export gives only names, and a namesake's post is no part of the card.
 */
function plumCheck(dataDir: string, file: KnowledgeFile): AuditCheck {
  const c = check('PLUM: confirmed officials only where the export supports it; the lower of two posts in two agencies is acting; posts in two agencies join only when their levels tie them');
  const everyRow = readCsv(join(dataDir, 'opm-plum/plum-book-export.csv'));
  const position = (r: Record<string, string>): string => `${(r.AgencyName ?? '').trim()}|${(r.PositionTitle ?? '').trim().toUpperCase()}`;
  const level = new Map<string, number>();
  for (const r of everyRow) {
    const n = LEVELS.indexOf((r.LevelGradePay ?? '').trim());
    if (n >= 0) level.set(position(r), Math.min(level.get(position(r)) ?? n, n));
  }
  const rows = everyRow.filter((r) => r.PositionStatus?.trim() === 'Filled');
  const key = (first: string, last: string): string => `${first} ${last}`.trim().toUpperCase().replace(/\s+/g, ' ');
  const posts = new Map<string, Record<string, string>[]>();
  for (const r of rows) posts.set(key(r.IncumbentFirstName ?? '', r.IncumbentLastName ?? ''), [...(posts.get(key(r.IncumbentFirstName ?? '', r.IncumbentLastName ?? '')) ?? []), r]);
  /** True when `row` is outranked by another open post of the same person in another agency. */
  const outranked = (row: Record<string, string>, open: Record<string, string>[]): boolean =>
    open.some((o) => (o.AgencyName ?? '').trim() !== (row.AgencyName ?? '').trim() && (level.get(position(o)) ?? 99) < (level.get(position(row)) ?? -1));
  const agencyOf = (r: Record<string, string>): string => (r.AgencyName ?? '').trim();
  const dashed = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  // Rows of one name are one person's when in one agency, or when both posts' levels are known and differ (one heads, the other is held acting).
  const tied = (a: Record<string, string>, b: Record<string, string>): boolean => {
    if (agencyOf(a) === agencyOf(b)) return true;
    const [la, lb] = [level.get(position(a)), level.get(position(b))];
    return la !== undefined && lb !== undefined && la !== lb;
  };
  const titleKey = (t: string): string => t.toUpperCase().replace(/\bUNITED STATES\b/g, 'U.S.').replace(/\s+/g, ' ').trim();
  for (const p of file.people) {
    if (!p.roles.some((r) => r.source === 'opm-plum')) continue;
    const idName = p.id.startsWith('plum:') ? p.id.slice('plum:'.length) : null;
    // A namesake told apart by agency has the agency in its id.
    const named = [...posts.entries()].flatMap(([k, list]) =>
      idName !== null ? (dashed(k) === idName ? list : list.filter((r) => `${dashed(k)}-${dashed(agencyOf(r))}` === idName)) : p.aliases.includes(normalizeKey(k)) ? list : [],
    );
    // The row of each role: the one with the longest title the role's label holds.
    const anchors = p.roles
      .filter((r) => r.source === 'opm-plum')
      .map((role) => named.filter((r) => titleKey(role.label).includes(titleKey(r.PositionTitle ?? ''))).sort((a, b) => (b.PositionTitle ?? '').length - (a.PositionTitle ?? '').length)[0])
      .filter((r): r is Record<string, string> => r !== undefined);
    for (let i = 0; i < anchors.length; i += 1) {
      for (let j = i + 1; j < anchors.length; j += 1) {
        const [a, b] = [itemAt(anchors, i), itemAt(anchors, j)];
        c.checked += 1;
        if (!tied(a, b)) c.disagreements.push(`${p.name}: posts in ${agencyOf(a)} and ${agencyOf(b)} joined on the name alone`);
      }
    }
    const mine = named.filter((r) => anchors.length === 0 || anchors.some((a) => tied(a, r)));
    const open = mine.filter((r) => usDate(r.IncumbentVacateDate) === null);
    for (const role of p.roles.filter((r) => r.source === 'opm-plum' && r.current && r.office === 'official')) {
      const row = open.find((r) => role.label.replace(/^Acting /, '').toUpperCase().startsWith((r.PositionTitle ?? '').trim().toUpperCase()));
      if (row === undefined) continue;
      c.checked += 1;
      if (outranked(row, open) && !role.acting) c.disagreements.push(`${p.name}: "${role.label}" held beside a higher post in another agency, not labelled acting`);
    }
    for (const role of p.roles.filter((r) => r.source === 'opm-plum' && r.office !== 'official')) {
      c.checked += 1;
      if (role.acting) {
        if (!role.label.startsWith('Acting ')) c.disagreements.push(`${p.name}: acting role labelled "${role.label}"`);
        continue;
      }
      const principal = open.filter((r) => (r.AppointmentTypeDescription ?? '').trim() === 'PAS');
      const others = open.filter((r) => !/\bMEMBER\b/.test(r.PositionTitle ?? ''));
      const titles = new Set(others.map((r) => r.PositionTitle?.trim()));
      // The post of the role: the one no other open post outranks.
      const own = others.filter((r) => !outranked(r, open));
      const ownOutranksRest = own.length > 0 && new Set(own.map((r) => r.PositionTitle?.trim())).size === 1 && others.every((r) => own.includes(r) || (r.AgencyName ?? '').trim() !== (itemAt(own, 0).AgencyName ?? '').trim());
      const supported = (principal.length > 0 && titles.size <= 1) || (titles.size > 1 && ownOutranksRest);
      if (!supported) c.disagreements.push(`${p.name}: "${role.label}" shown as confirmed; export rows: ${mine.map((r) => `${r.PositionTitle?.trim()} [${r.AppointmentTypeDescription?.trim()}]`).join('; ')}`);
    }
  }
  return c;
}

const OFFICE_WORDS = new Set(['president', 'prime', 'minister', 'interim', 'acting', 'transitional', 'chairman', 'premier']);

/** Each leader's name read back from the Factbook text: a run of its words, with every upper-case surname word, starting with no title word. */
function worldLeaderCheck(dataDir: string, file: KnowledgeFile): AuditCheck {
  const c = check('World leaders: names read back from the Factbook text');
  interface Row { gec: string; short_name: string | null; chief_of_state: string | null; head_of_government: string | null }
  const fold = (t: string): string => normalizeKey(t).replace(/[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/g, ' ').trim();
  const people = file.people.map((p) => ({ p, name: fold(p.formalName ?? p.name) }));
  for (const row of readJson(join(dataDir, 'cia-world-factbook/leaders.json')) as Row[]) {
    if (row.gec === 'us') continue;
    for (const text of [row.chief_of_state, row.head_of_government]) {
      if (!text || /vacant|^none/i.test(text)) continue;
      // A quoted nickname ('Ferdinand "BongBong" MARCOS') is no part of the name.
      const head = text.replace(/\([^)]*\)/g, ' ').replace(/\s*"[^"]*"/g, '').split(/;|, represented|\(/)[0] ?? '';
      // Each holder of the office: an upper-case word opens their surname.
      const segments = head.split(/ and (?=\p{Lu})/u).filter((s) => /\p{Lu}{2,}/u.test(s));
      for (const segment of segments) {
        // An acronym before an office ("GNU Interim Prime Minister") names a body, not the leader.
        const words = segment.split(/\s+/);
        const surnames = words.filter((w, i) => /\p{Lu}{2,}/u.test(w) && !/^[IVX]+$/.test(w) && !OFFICE_WORDS.has((words[i + 1] ?? '').toLowerCase()));
        if (surnames.length === 0) continue;
        c.checked += 1;
        const folded = fold(segment);
        const match = people
          .filter(({ name }) => ` ${folded} `.includes(` ${name} `) && surnames.every((s) => ` ${name} `.includes(` ${fold(s)} `)))
          .map(({ p }) => p);
        if (match.length === 0) {
          c.disagreements.push(`${row.short_name}: no person whose name reads back from "${segment.trim()}"`);
          continue;
        }
        for (const p of match) {
          const first = fold(p.formalName ?? p.name).split(' ')[0] ?? '';
          if (['president', 'prime', 'minister', 'king', 'queen', 'of', 'the', 'captains', 'regent', 'chancellor'].includes(first) || (row.short_name && fold(p.formalName ?? p.name).includes(fold(row.short_name)))) {
            c.disagreements.push(`${row.short_name}: name "${p.name}" carries a title or the country`);
          }
          if (p.roles.some((r) => / of of |(\bof [A-Z][a-z]+) \1/.test(r.label))) c.disagreements.push(`${p.name}: label "${itemAt(p.roles, 0).label}"`);
        }
      }
    }
  }
  return c;
}

const MONTH_NUMBER: Readonly<Record<string, string>> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};

interface LeaderText {
  country: string;
  /** One holder's part of the chief-of-state or head-of-government text, titles included. */
  segment: string;
  /** The date the text gives for it, read the simple way: the first day, month and year after "since" or in parentheses. */
  since: string | null;
  people: Person[];
}

/** The date a Factbook leader text gives, read the simple way: the first day, month and year after "since" or in parentheses. */
function leaderSince(text: string): string | null {
  // "(since ...)" may follow a note after a semicolon ("TAGELAGI; also referred to as premier (since ...)"); a representative's date follows "represented".
  const date = /(?:since |\(|period )(?:(\d{1,2}) )?(?:([A-Z][a-z]+) )?(\d{4})/.exec(text.split(/[;,] represented/)[0] ?? '');
  const month = date?.[2] ? MONTH_NUMBER[date[2].slice(0, 3).toLowerCase()] : undefined;
  return date ? [date[3], month, month && date[1] ? date[1].padStart(2, '0') : undefined].filter((x) => x !== undefined).join('-') : null;
}

/** Every holder named in the Factbook's leader texts, with the people whose formal name reads back from it. */
function leaderTexts(dataDir: string, file: KnowledgeFile): LeaderText[] {
  interface Row { gec: string; short_name: string | null; chief_of_state: string | null; head_of_government: string | null }
  const fold = (t: string): string => normalizeKey(t).replace(/[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/g, ' ').trim();
  const people = file.people.filter((p) => p.sources.includes('cia-factbook')).map((p) => ({ p, name: fold(p.formalName ?? p.name) }));
  const out: LeaderText[] = [];
  for (const row of readJson(join(dataDir, 'cia-world-factbook/leaders.json')) as Row[]) {
    if (row.gec === 'us') continue;
    for (const text of [row.chief_of_state, row.head_of_government]) {
      if (!text || /vacant|^none/i.test(text)) continue;
      const own = text.split(/;|, represented/)[0] ?? '';
      const since = leaderSince(text);
      for (const segment of own.replace(/\([^)]*\)/g, ' ').replace(/\s*"[^"]*"/g, '').split(/ and (?=\p{Lu})/u)) {
        const folded = ` ${fold(segment)} `;
        const named = people.filter(({ name }) => name !== '' && folded.includes(` ${name} `));
        // "SALMAN bin Abd al-Aziz Al Saud" inside "MUHAMMAD BIN SALMAN bin Abd al-Aziz Al Saud" is the father, not this holder.
        const found = named.filter((a) => !named.some((b) => b.name.length > a.name.length && b.name.includes(a.name))).map(({ p }) => p);
        if (found.length > 0) out.push({ country: row.short_name ?? row.gec, segment: segment.trim(), since, people: found });
      }
    }
  }
  return out;
}

/** A leader's "since" date as the card shows it is a date the Factbook text gives for them (read here by one plain pattern). */
function worldLeaderSinceCheck(texts: readonly LeaderText[]): AuditCheck {
  const c = check('World leaders: since date read back from the Factbook text');
  const dates = new Map<string, { p: Person; country: string; since: Set<string | null> }>();
  for (const t of texts) for (const p of t.people) dates.set(p.id, { p, country: t.country, since: (dates.get(p.id)?.since ?? new Set()).add(t.since) });
  for (const { p, country, since } of dates.values()) {
    for (const r of p.roles.filter((role) => role.source === 'cia-factbook')) {
      c.checked += 1;
      if (!since.has(r.start)) c.disagreements.push(`${country}: ${p.name} ${r.label} since ${r.start ?? 'no date'}, the text says ${[...since].join(' or ')}`);
    }
  }
  return c;
}

/** The display name's words all come from the raw name, in the order it writes them ("Ali Khamenei" from "Ali Hoseini-KHAMENEI"). */
function worldLeaderDisplayCheck(texts: readonly LeaderText[]): AuditCheck {
  const c = check('World leaders: display name words come from the Factbook name, in its order');
  const words = (t: string): string[] => normalizeKey(t).replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ');
  for (const t of texts) {
    const raw = words(t.segment);
    for (const p of t.people) {
      c.checked += 1;
      let at = 0;
      for (const w of words(p.name)) {
        const found = raw.indexOf(w, at);
        if (found < 0) {
          c.disagreements.push(`${t.country}: "${p.name}" is not read from "${t.segment}"`);
          break;
        }
        at = found + 1;
      }
    }
  }
  return c;
}

/**
 * The formal name is the full one: a display name that holds every word of the formal name and
 * more ("Jennifer L. McClellan" shown, "Jennifer McClellan" formal) has the two swapped.
 */
function formalNameCheck(file: KnowledgeFile): AuditCheck {
  const c = check('Names: the formal name is the fuller form of the display name');
  const words = (t: string): string[] => normalizeKey(t).replace(/[^\p{L}\p{N} ]/gu, ' ').split(/\s+/).filter((w) => w !== '');
  for (const p of file.people) {
    if (p.formalName === undefined) continue;
    c.checked += 1;
    const shown = words(p.name);
    const formal = words(p.formalName);
    if (shown.length > formal.length && formal.every((w) => shown.includes(w))) c.disagreements.push(`${p.id}: display "${p.name}" is fuller than formal "${p.formalName}"`);
  }
  return c;
}

function overlaps(a: Role, b: Role): boolean {
  if (a.start === null || b.start === null) return false;
  const aEnd = a.end ?? '9999';
  const bEnd = b.end ?? '9999';
  return a.start < bEnd && b.start < aEnd;
}

/** Two records with the same normalised name holding the same office at overlapping times are one person twice. */
function duplicateCheck(file: KnowledgeFile): AuditCheck {
  const c = check('Duplicate people: same normalised name and an overlapping office');
  const squash = (n: string): string => normalizeKey(n).replace(/[.,]/g, '');
  const byName = new Map<string, Person[]>();
  for (const p of file.people) byName.set(squash(p.name), [...(byName.get(squash(p.name)) ?? []), p]);
  for (const [name, group] of byName) {
    c.checked += 1;
    if (group.length < 2) continue;
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) {
        const a = itemAt(group, i);
        const b = itemAt(group, j);
        const clash = a.roles.find((ra) => b.roles.some((rb) => ra.label === rb.label && (overlaps(ra, rb) || (ra.current && rb.current))));
        if (clash) c.disagreements.push(`"${name}": ${a.id} and ${b.id} both ${clash.label}`);
      }
    }
  }
  return c;
}

/** "William H. Taft" / "William Howard Taft" → given name + surname key, and middle initials. */
function nameShape(name: string): { key: string; middle: string } {
  const w = normalizeKey(name)
    .replace(/[.,]/g, ' ')
    .split(/\s+/)
    .filter((x) => x !== '' && !/^(jr|sr|ii|iii|iv)$/.test(x));
  return { key: `${w[0] ?? ''} ${w.at(-1) ?? ''}`, middle: w.slice(1, -1).map((x) => x.charAt(0)).join('') };
}

/**
 * One person split across sources, found a second way: two people from different sources with the
 * same given name and surname, middle initials that agree where both give one, and either the same known birth year or
 * one office from the same start (one tenure told by two sources).
 */
export function crossSourceDuplicateCheck(file: KnowledgeFile): AuditCheck {
  const c = check('One person split across sources: same name and the same birth year or the same tenure');
  const byKey = new Map<string, { p: Person; middle: string }[]>();
  for (const p of file.people) {
    const shapes = [p.name, p.formalName].filter((n): n is string => n !== undefined).map(nameShape);
    const middle = shapes.map((x) => x.middle).sort((a, b) => b.length - a.length)[0] ?? '';
    for (const key of new Set(shapes.map((x) => x.key))) byKey.set(key, [...(byKey.get(key) ?? []), { p, middle }]);
  }
  const reported = new Set<string>();
  for (const [key, group] of byKey) {
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) {
        const a = itemAt(group, i);
        const b = itemAt(group, j);
        c.checked += 1;
        if (a.p.id === b.p.id || reported.has(`${a.p.id}|${b.p.id}`) || a.p.sources.some((x) => b.p.sources.includes(x))) continue;
        if (a.middle !== '' && b.middle !== '' && a.middle.charAt(0) !== b.middle.charAt(0)) continue;
        const sameBirth = a.p.birthYear !== null && a.p.birthYear === b.p.birthYear;
        const birthClash = a.p.birthYear !== null && b.p.birthYear !== null && a.p.birthYear !== b.p.birthYear;
        const tenure = a.p.roles.find((ra) => ra.start !== null && ra.office !== 'judge' && b.p.roles.some((rb) => rb.label === ra.label && rb.start?.slice(0, 7) === ra.start?.slice(0, 7)));
        if (sameBirth || (!birthClash && tenure !== undefined)) {
          reported.add(`${a.p.id}|${b.p.id}`);
          c.disagreements.push(`"${key}": ${a.p.id} and ${b.p.id} ${sameBirth ? `both born ${a.p.birthYear}` : `both ${tenure?.label} from ${tenure?.start}`}`);
        }
      }
    }
  }
  return c;
}

/** Levenshtein distance, stopping once it passes `max`. */
function editDistance(a: string, b: string, max: number): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) next.push(Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    if (Math.min(...next) > max) return max + 1;
    row = next;
  }
  return row[b.length] ?? max + 1;
}

/**
 * One person split across sources by spelling: two people from different sources born the same
 * year whose full names (three words or more) agree but for spacing or one letter ("John J. De
 * Haven" / "John J. DeHaven", "Winthrop Welles Ketchum" / "Winthrop Welles Ketcham").
 */
export function spellingDuplicateCheck(file: KnowledgeFile): AuditCheck {
  const c = check('One person split across sources: full names a space or a letter apart, same birth year');
  const byYear = new Map<number, { p: Person; names: string[] }[]>();
  for (const p of file.people) {
    if (p.birthYear === null) continue;
    const names = [p.name, p.formalName]
      .filter((n): n is string => n !== undefined)
      .map((n) => normalizeKey(n).replace(/[.,]/g, ' ').split(/\s+/).filter((w) => w !== '' && !/^(jr|sr|ii|iii|iv)$/.test(w)))
      .filter((w) => w.length >= 3)
      .map((w) => w.join(''));
    if (names.length > 0) byYear.set(p.birthYear, [...(byYear.get(p.birthYear) ?? []), { p, names }]);
  }
  for (const group of byYear.values()) {
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) {
        const a = itemAt(group, i);
        const b = itemAt(group, j);
        if (a.p.sources.some((x) => b.p.sources.includes(x))) continue;
        c.checked += 1;
        if (a.names.some((x) => b.names.some((y) => editDistance(x, y, 1) <= 1))) c.disagreements.push(`${a.p.id} "${a.p.name}" and ${b.p.id} "${b.p.name}", both born ${a.p.birthYear}`);
      }
    }
  }
  return c;
}

function seriesChecks(dataDir: string, file: KnowledgeFile): AuditCheck {
  const c = check('Series recomputed from their inputs (GDP growth from levels, CPI-U annual averages, population, outlays)');
  const series = new Map(file.series.map((s) => [s.id, s.values]));
  const compare = (id: string, period: string, expected: number, tolerance: number): void => {
    c.checked += 1;
    const got = series.get(id)?.[period];
    if (got === undefined || Math.abs(got - expected) > tolerance) c.disagreements.push(`${id} ${period}: ${got}, recomputed ${expected}`);
  };
  const gdp = readCsv(join(dataDir, 'us-national-stats/bea-gdp-annual.csv'));
  for (let i = 1; i < gdp.length; i += 1) compare('bea:gdp-growth', itemAt(gdp, i).date ?? '', Number(itemAt(gdp, i)['level-chained']) / Number(itemAt(gdp, i - 1)['level-chained']) - 1, PERCENT_TOLERANCE);
  const quarters = readCsv(join(dataDir, 'us-national-stats/bea-gdp-quarterly.csv'));
  for (let i = 1; i < quarters.length; i += 1) {
    const d = itemAt(quarters, i).date ?? '';
    compare('bea:gdp-growth-quarterly', `${d.slice(0, 4)}Q${(Number(d.slice(5, 7)) + 2) / 3}`, (Number(itemAt(quarters, i)['level-chained']) / Number(itemAt(quarters, i - 1)['level-chained'])) ** 4 - 1, PERCENT_TOLERANCE);
  }
  const months = new Map<string, number[]>();
  for (const r of readCsv(join(dataDir, 'us-national-stats/bls-cpi-u-monthly.csv'))) {
    const year = (r.Date ?? '').slice(0, 4);
    months.set(year, [...(months.get(year) ?? []), Number(r.Index)]);
  }
  for (const [year, values] of months) {
    if (values.length === 12) compare('bls:cpi-u', year, values.reduce((a, b) => a + b, 0) / 12, INDEX_TOLERANCE);
    else if (series.get('bls:cpi-u')?.[year] !== undefined) c.disagreements.push(`bls:cpi-u ${year}: an average of ${values.length} months`);
  }
  for (const r of readCsv(join(dataDir, 'us-national-stats/worldbank-population-by-country.csv'))) if (r['Country Code'] === 'USA') compare('wb:population-us', r.Year ?? '', Number(r.Value), 0);
  const omb: string[][] = parseCsv(readFileSync(join(dataDir, 'us-national-stats/omb-historical-tables-fy2027/hist01z1_fy2027.csv'), 'utf8'), { relax_column_count: true });
  for (const row of omb) if (/^\d{4}$/.test((row[0] ?? '').trim()) && /\d/.test(row[2] ?? '')) compare('omb:outlays', `FY${(row[0] ?? '').trim()}`, Number((row[2] ?? '').replace(/,/g, '')) * 1e6, 0.5);
  return c;
}

/** "U.S. representative from New York, 1815-1817" in a judge's career text: a seat in Congress held off the bench. */
const CAREER_SEAT = /U\.S\. (representative|senator) from ([A-Z][A-Za-z ]+?)(?=,|;|$)/g;

/**
 * A judge whose FJC career text names a seat in Congress, and a member of that name holding that
 * seat, are one person: two entries for them is a split. Read straight from judges.csv.
 */
export function judgeCareerSeatCheck(dataDir: string, file: KnowledgeFile, byId: Map<string, Person>): AuditCheck {
  const out = check('One person split across sources: a judge whose FJC career names a seat in Congress, and that member');
  const firstWord = (name: string): string => normalizeKey(name).split(' ')[0] ?? '';
  // The display name's last word (most records give no surname field): "James M. Wayne" → "wayne".
  const lastWord = (name: string): string => normalizeKey(name).replace(/,? (?:jr|sr|ii|iii|iv)\.?$/, '').split(' ').at(-1) ?? '';
  const bySurname = new Map<string, Person[]>();
  for (const p of file.people) {
    const key = lastWord(p.name);
    bySurname.set(key, [...(bySurname.get(key) ?? []), p]);
  }
  for (const row of readCsv(join(dataDir, 'fjc-federal-judges/judges.csv'))) {
    const judge = byId.get(`fjc:${(row.nid ?? '').trim()}`) ?? mergedJudge(row, byId);
    if (!judge) continue;
    const first = firstWord((row['First Name'] ?? '').replace(/[[\]]/g, ''));
    for (const [, chamber, state] of (row['Professional Career'] ?? '').matchAll(CAREER_SEAT)) {
      out.checked += 1;
      const offices = chamber === 'senator' ? ['senator'] : ['representative', 'delegate'];
      // Already one entry with the seat: a namesake holding it too is a relative (a father, a son).
      if (judge.roles.some((r) => offices.includes(r.office) && r.place === state)) continue;
      const member = (bySurname.get(lastWord((row['Last Name'] ?? '').trim())) ?? []).find(
        (p) => p.id !== judge.id && firstWord(p.name) === first && p.roles.some((r) => offices.includes(r.office) && r.place === state),
      );
      if (member) out.disagreements.push(`${judge.id} ${judge.name} and ${member.id} ${member.name}: the judge's career names "U.S. ${chamber} from ${state}", the member holds it, two entries`);
    }
  }
  return out;
}

/** The person citing an erratum, and whether the card shows the corrected value (read straight from the card). */
function erratumPerson(file: KnowledgeFile, e: Erratum): { p: Person | undefined; shown: boolean } {
  const p = file.people.find((x) => x.sources.includes(e.id));
  if (p === undefined) return { p, shown: false };
  const roles = p.roles.filter((r) => r.source === e.source);
  const shown = {
    name: p.name === e.corrected,
    title: roles.some((r) => r.title === e.corrected && r.label.startsWith(e.corrected)),
    start: roles.some((r) => r.start === e.corrected),
    end: roles.some((r) => r.end === e.corrected),
    party: p.party === e.corrected && roles.some((r) => r.party === e.corrected),
    place: roles.some((r) => r.place === e.corrected && r.label.includes(e.corrected)),
  }[e.field];
  return { p, shown };
}

/**
 * What each erratum's record says in the raw data, read here the audit's way: the Open States row's
 * first party ("Democratic" is "Democrat" on cards), or the Factbook leader text that names the
 * person (by the wrong name itself for a name erratum) with its title and "since" date.
 */
function rawErratumValue(dataDir: string, file: KnowledgeFile, e: Erratum): string | null {
  // The record's own id finds it too when the card no longer cites the erratum.
  const p = erratumPerson(file, e).p ?? file.people.find((x) => x.id === e.person);
  if (e.source === 'openstates-people') {
    interface Row { id: string; party?: string[]; jurisdiction?: string; end_date?: string }
    const rows = [...(readJson(join(dataDir, 'openstates-people/executive-roles.json')) as Row[]), ...(readJson(join(dataDir, 'openstates-people/mayors.json')) as Row[])];
    const row = rows.find((r) => `os:${r.id.replace(/^ocd-person\//, '')}` === e.person);
    if (row === undefined) return null;
    if (e.field === 'place') {
      // The place a mayor's row names is its jurisdiction's "place:" part ("place:budd_lake").
      const place = /place:([a-z_]+)/.exec(row.jurisdiction ?? '')?.[1]?.replace(/_/g, ' ') ?? null;
      return place !== null && normalizeKey(e.sourceSays.split(',')[0] ?? '') === place ? e.sourceSays : place;
    }
    if (e.field === 'end') return row.end_date ?? null;
    if (e.field !== 'party') return null;
    const party = row.party?.[0] ?? null;
    return party === 'Democratic' ? 'Democrat' : party;
  }
  const fold = (t: string): string => ` ${normalizeKey(t).replace(/[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/g, ' ').trim()} `;
  const name = fold(e.field === 'name' ? e.sourceSays : (p?.formalName ?? p?.name ?? ''));
  interface Row { gec: string; chief_of_state: string | null; head_of_government: string | null }
  for (const row of readJson(join(dataDir, 'cia-world-factbook/leaders.json')) as Row[]) {
    for (const text of [row.chief_of_state, row.head_of_government]) {
      if (!text || !fold(text.replace(/\([^)]*\)/g, ' ')).includes(name)) continue;
      if (e.field === 'name') return e.sourceSays;
      if (e.field === 'start') return leaderSince(text);
      // The title is what the text writes before the name; the whole text says what it writes now.
      if (e.field === 'title') return text.startsWith(`${e.sourceSays} `) ? e.sourceSays : text;
    }
  }
  return null;
}

/**
 * Errata (scripts/knowledge/errata.ts): the raw data still says the wrong value each one corrects
 * (a fixed source must retire its erratum), the card shows the corrected value, and cites the erratum.
 */
function errataCheck(dataDir: string, file: KnowledgeFile, errata: readonly Erratum[]): AuditCheck {
  const c = check('Errata: the source still says the wrong value, the card shows the correction and cites it');
  for (const e of errata) {
    c.checked += 1;
    const raw = rawErratumValue(dataDir, file, e);
    if (raw !== e.sourceSays) c.disagreements.push(`${e.id}: ${e.source} gives ${e.person} the ${e.field} "${raw ?? 'nothing'}", the erratum expects "${e.sourceSays}"`);
    const { p, shown } = erratumPerson(file, e);
    if (p === undefined) c.disagreements.push(`${e.id}: no person cites it`);
    else if (!shown) c.disagreements.push(`${e.id}: ${p.id} ${p.name} does not show the ${e.field} "${e.corrected}"`);
    if (file.sources[e.id]?.url !== e.citation.url) c.disagreements.push(`${e.id}: the file's source entry does not carry the erratum's citation`);
  }
  return c;
}

/**
 * The file with each erratum's corrected value put back to what the source says, for the checks
 * that read facts back from the raw data: they compare the source with itself, and the errata check
 * compares the card with the correction. Only a value the card shows exactly as corrected is put back.
 */
export function asTheSourcesSay(file: KnowledgeFile, errata: readonly Erratum[]): KnowledgeFile {
  const out = structuredClone(file);
  for (const e of errata) {
    const { p, shown } = erratumPerson(out, e);
    if (p === undefined || !shown) continue;
    const own = (r: Role): boolean => r.source === e.source;
    if (e.field === 'name') p.name = e.sourceSays;
    for (const r of p.roles.filter(own)) {
      if (e.field === 'title' && r.title === e.corrected) {
        r.title = e.sourceSays;
        r.label = `${e.sourceSays}${r.label.slice(e.corrected.length)}`;
      }
      if (e.field === 'start' && r.start === e.corrected) r.start = e.sourceSays;
      if (e.field === 'end' && r.end === e.corrected) r.end = e.sourceSays;
      if (e.field === 'party' && r.party === e.corrected) r.party = e.sourceSays;
      if (e.field === 'place' && r.place === e.corrected) {
        r.place = e.sourceSays;
        r.label = r.label.replace(e.corrected, e.sourceSays);
      }
    }
    if (e.field === 'party') p.party = e.sourceSays;
  }
  return out;
}

export function auditKnowledge(dataDir: string, generated: KnowledgeFile, errata: readonly Erratum[] = ERRATA): AuditCheck[] {
  const file = asTheSourcesSay(generated, errata);
  const byId = new Map(file.people.map((p) => [p.id, p]));
  const congressAsOf = file.sources['congress-legislators']?.asOf ?? '';
  const openStatesAsOf = file.sources['openstates-people']?.asOf ?? '';
  return [
    ...congressChecks(dataDir, byId, congressAsOf),
    cabinetAdministrationCheck(dataDir, file, congressAsOf),
    ...judgeChecks(dataDir, byId),
    openStatesCheck(dataDir, byId, openStatesAsOf),
    openStatesHandoverCheck(dataDir, byId),
    governorTermCheck(dataDir, byId),
    plumCheck(dataDir, file),
    worldLeaderCheck(dataDir, file),
    worldLeaderSinceCheck(leaderTexts(dataDir, file)),
    worldLeaderDisplayCheck(leaderTexts(dataDir, file)),
    duplicateCheck(file),
    crossSourceDuplicateCheck(file),
    spellingDuplicateCheck(file),
    judgeCareerSeatCheck(dataDir, file, byId),
    formalNameCheck(file),
    seriesChecks(dataDir, file),
    errataCheck(dataDir, generated, errata),
  ];
}

export function printAudit(checks: AuditCheck[], log: (line: string) => void): number {
  let total = 0;
  for (const c of checks) {
    log(`${c.disagreements.length === 0 ? 'ok  ' : 'FAIL'} ${c.name}: ${c.checked} checked, ${c.disagreements.length} disagreements`);
    for (const d of c.disagreements) log(`       ${d}`);
    for (const n of c.notes) log(`       note (sources disagree, skipped): ${n}`);
    total += c.disagreements.length;
  }
  log(`audit: ${checks.reduce((n, c) => n + c.checked, 0)} facts checked, ${total} disagreements`);
  return total;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const AUDIT_DATA_DIR = resolve(repoRoot, '..', 'shared', 'data');
export const AUDIT_KNOWLEDGE_PATH = join(repoRoot, 'src', 'knowledge', 'knowledge.json');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(AUDIT_DATA_DIR)) {
    console.log(`audit:knowledge skipped: no input data at ${AUDIT_DATA_DIR}`);
    process.exit(0);
  }
  const file = readJson(AUDIT_KNOWLEDGE_PATH) as KnowledgeFile;
  process.exit(printAudit(auditKnowledge(AUDIT_DATA_DIR, file), (line) => console.log(line)) === 0 ? 0 : 1);
}
