import { officePhrase } from './same-person';
import type { OfficeKind, RoleEndReason } from '../../src/knowledge/schema';
import type { DataDir } from './data-files';
import { isoDate, type DraftRole, type PersonDraft } from './person-draft';
import { US_STATES } from './us-states';

const SOURCE = 'fjc-judges';
const SUPREME_COURT = 'Supreme Court of the United States';

/** The FJC's termination words → why the role ended. */
export const FJC_TERMINATION: Readonly<Record<string, RoleEndReason>> = {
  Death: 'died',
  Retirement: 'retired',
  Resignation: 'resigned',
  'Appointment to Another Judicial Position': 'elevated',
  Reassignment: 'reassigned',
  'Abolition of Court': 'other',
  'Recess Appointment-Not Confirmed': 'other',
  'Impeachment & Conviction': 'removed',
};

function courtLabel(title: string, court: string): { label: string; office: OfficeKind; title: string } {
  if (court === SUPREME_COURT) {
    if (title === 'Chief Justice') return { label: 'Chief Justice of the United States', office: 'justice', title };
    return { label: 'Associate Justice of the U.S. Supreme Court', office: 'justice', title: 'Associate Justice' };
  }
  return { label: `${title === 'Judge' ? 'Judge' : title}, ${court}`, office: 'judge', title: 'Federal judge' };
}

function deathDate(judge: Record<string, string>): string | null {
  const year = (judge['Death Year'] ?? '').trim();
  if (year === '') return null;
  const month = (judge['Death Month'] ?? '').trim();
  const day = (judge['Death Day'] ?? '').trim();
  if (month === '') return year;
  return `${year}-${month.padStart(2, '0')}${day === '' ? '' : `-${day.padStart(2, '0')}`}`;
}

/** "J[ackson]" → "J.", the form the judge used; a name without brackets stays as it is. */
export function bracketShort(name: string): string {
  return name.replace(/^(\p{Lu})\[[^\]]*\]\.?/u, '$1.');
}

/** "J[ackson]" → "Jackson", the full name. */
export function bracketFull(name: string): string {
  return name.replace(/\[([^\]]*)\]/g, '$1');
}

/**
 * What a reassignment (or a statutory assignment to a new court) carries over from the appointment
 * it continues: the FJC gives "None (reassignment)" as its appointing president because no new
 * commission was issued, so the appointer is the one of the earlier commission, and a judge who was
 * already on senior status when moved sits on the new court as a senior judge.
 */
export interface CarriedCommission {
  appointedBy: string | null;
  senior: boolean;
}

const NOTHING_CARRIED: CarriedCommission = { appointedBy: null, senior: false };

/** The row's own appointing president, or null when the FJC gives none ("None (reassignment)", "None (assignment)"). */
export function ownAppointer(row: Record<string, string>): string | null {
  const president = (row.AppointingPresident ?? '').trim();
  if (president === '' || /^None\b/.test(president)) return null;
  const party = (row.PartyofAppointingPresident ?? '').trim();
  return `${president}${party && !/^None\b/.test(party) ? ` (${party})` : ''}`;
}

/**
 * One appointment → its roles. Active service runs from the recess appointment or else the
 * commission to senior status or the
 * termination; a judge who took senior status keeps serving as a senior judge until the
 * termination (a justice who takes it has retired from the Court). A judge with no termination
 * who has died served until death; one with neither still served at the export's date. A
 * reassignment takes what it carries from the earlier commission (`carried`).
 */
export function appointmentRoles(row: Record<string, string>, died: string | null, carried: CarriedCommission = NOTHING_CARRIED): DraftRole[] {
  const court = (row.CourtName ?? '').trim();
  if (court === '') return [];
  const { label, office, title } = courtLabel((row.AppointmentTitle ?? '').trim(), court);
  // A recess appointee sits from the recess appointment; the later commission (if confirmed) only continues that service.
  const start = isoDate(row.RecessAppointmentDate) ?? isoDate(row.CommissionDate);
  const senior = isoDate(row['Senior Status Date']);
  const terminationWord = (row.Termination ?? '').trim();
  const termination = isoDate(row['Termination Date']);
  const finalEnd = termination ?? died;
  const finalReason: RoleEndReason | undefined = termination !== null ? FJC_TERMINATION[terminationWord] ?? 'other' : died !== null ? 'died' : undefined;
  const appointer = ownAppointer(row) ?? carried.appointedBy;
  const appointedBy = appointer !== null ? { appointedBy: appointer } : {};
  const active: DraftRole = {
    title,
    place: null,
    label,
    office,
    party: null,
    start,
    end: senior ?? finalEnd,
    current: senior === null && finalEnd === null,
    ...(senior !== null ? { endReason: office === 'justice' ? 'retired' : 'senior-status' } : finalReason ? { endReason: finalReason } : {}),
    source: SOURCE,
    ...appointedBy,
  };
  const seniorRole = (from: string | null): DraftRole => ({
    title: 'Senior federal judge',
    place: null,
    label: `Senior Judge, ${court}`,
    office,
    party: null,
    start: from,
    end: finalEnd,
    current: finalEnd === null,
    ...(finalReason ? { endReason: finalReason } : {}),
    source: SOURCE,
    ...appointedBy,
  });
  // A senior judge moved to a new court never served there in active service.
  if (carried.senior && senior === null && office !== 'justice') return [seniorRole(start)];
  if (senior === null || office === 'justice') return [active];
  return [active, seniorRole(senior)];
}

/**
 * A judge's appointments in sequence → roles. A row without its own appointing president is a
 * reassignment or assignment: it carries the appointer of the appointment before it (which may
 * itself be carried, along a chain of reassignments), and senior status when the earlier
 * appointment had reached it by the day of the move.
 */
export function judgeAppointmentRoles(appointments: readonly Record<string, string>[], died: string | null): DraftRole[] {
  const out: DraftRole[] = [];
  let previous: { appointedBy: string | null; senior: string | null } | null = null;
  for (const row of appointments) {
    const own = ownAppointer(row);
    const start = isoDate(row.RecessAppointmentDate) ?? isoDate(row.CommissionDate);
    const carried: CarriedCommission =
      own === null && previous !== null
        ? { appointedBy: previous.appointedBy, senior: previous.senior !== null && start !== null && previous.senior <= start }
        : NOTHING_CARRIED;
    out.push(...appointmentRoles(row, died, carried));
    const rowSenior = isoDate(row['Senior Status Date']);
    previous = { appointedBy: own ?? carried.appointedBy, senior: rowSenior ?? (carried.senior ? start : null) };
  }
  return out;
}

/** State names, longest first, so "West Virginia" is found before "Virginia". */
const STATES_LONGEST_FIRST = Object.entries(US_STATES)
  .map(([abbr, name]) => ({ abbr, name: name.replace(/^the /, '') }))
  .sort((a, b) => b.name.length - a.name.length);

/**
 * The state a district court sits in, as context words ("kentucky", "ky"): a judge's namesake in
 * a story rarely names the judge's state, while "federal" and "court" are in every other story.
 */
export function courtStateWords(court: string): string[] {
  const found = STATES_LONGEST_FIRST.find(({ name }) => court.endsWith(` ${name}`));
  return found ? [found.name.toLowerCase(), found.abbr.toLowerCase()] : [];
}

/** An initial, with or without its period ("J.", "W"). */
function isInitial(word: string): boolean {
  return /^\p{Lu}\.?$/u.test(word);
}

/**
 * The name as the court's own listing and most reports give it: first name, middle initial and
 * surname ("Sandra D. O'Connor", "Samuel A. Alito Jr."), never a shortened form that drops what
 * tells two judges apart. A judge who goes by an initial goes by the name after it ("J. Harvie
 * Wilkinson", "C. Arlen Beam"), never by two bare initials where the record has the middle name;
 * two initials stay two initials ("U. W. Clemon").
 */
export function judgeDisplayName(first: string, middle: string, last: string, suffix: string): string {
  const middleWord = isInitial(middle) ? `${middle.charAt(0)}.` : middle;
  const suffixPart = suffix ? ` ${suffix}` : '';
  if (isInitial(first) && middleWord !== '') return `${first} ${middleWord} ${last}${suffixPart}`;
  const middleInitial = /^\p{Lu}/u.test(middle) ? ` ${middle.charAt(0)}.` : '';
  return `${first}${middleInitial} ${last}${suffixPart}`;
}

/** A federal office outside the courts named in an FJC career entry ("U.S. representative from New York, 1815-1817"). */
const FEDERAL_CAREER_ENTRY = /^(?:U\.S\. (?:representative|senator) from [A-Z]|.*\b(?:of the United States|Federal Bureau of Investigation|Central Intelligence)\b)/;

/**
 * The federal offices the FJC's "Professional Career" text says a judge held before or after the
 * bench, in the form `statedOffices` compares: "Director, Central Intelligence Agency, 1987-1991"
 * becomes "director of central intelligence agency".
 */
export function statedFederalOffices(career: string): string[] {
  return career
    .split(';')
    .map((entry) => entry.trim().replace(/(?:,\s*(?:ca\.\s*)?\d{4}(?:-(?:ca\.\s*)?\d{0,4})?)+$/, '').trim())
    .filter((entry) => FEDERAL_CAREER_ENTRY.test(entry))
    .map(officePhrase);
}

/** Every Article III judge in the FJC export: sitting, senior, retired and deceased, with dates. */
export function judgePeople(data: DataDir): PersonDraft[] {
  const service = new Map<string, Record<string, string>[]>();
  for (const row of data.csvRecords('fjc-federal-judges/federal-judicial-service.csv')) {
    const nid = (row.nid ?? '').trim();
    service.set(nid, [...(service.get(nid) ?? []), row]);
  }
  const out: PersonDraft[] = [];
  for (const judge of data.csvRecords('fjc-federal-judges/judges.csv')) {
    const nid = (judge.nid ?? '').trim();
    const died = deathDate(judge);
    const appointments = [...(service.get(nid) ?? [])].sort((a, b) => Number(a.Sequence) - Number(b.Sequence));
    const roles = judgeAppointmentRoles(appointments, died);
    if (roles.length === 0) continue;
    const isJustice = roles.some((r) => r.office === 'justice');
    // "J[ackson]": the judge went by the initial; the bracketed letters complete the full name.
    const rawFirst = (judge['First Name'] ?? '').trim();
    const rawMiddle = (judge['Middle Name'] ?? '').trim();
    const first = /^\[[^\]]*\]$/.test(rawFirst) ? '' : bracketShort(rawFirst);
    const middle = bracketShort(rawMiddle);
    const last = (judge['Last Name'] ?? '').trim();
    // The press writes "Samuel A. Alito Jr.", without the comma the FJC puts before a suffix.
    const suffix = (judge.Suffix ?? '').trim().replace(/^,\s*/, '');
    const suffixPart = suffix ? ` ${suffix}` : '';
    // "[Percy] Whitman Knapp": a first name wholly in brackets was never used; the judge went by the middle name.
    const unusedFirst = first === '' && rawFirst !== '' && middle !== '';
    const name = unusedFirst ? `${middle} ${last}${suffixPart}` : judgeDisplayName(first, middle, last, suffix);
    // The FJC writes a lone middle initial without its period ("William W Schwarzer").
    const middleFull = /^\p{Lu}$/u.test(bracketFull(rawMiddle)) ? `${bracketFull(rawMiddle)}.` : bracketFull(rawMiddle);
    const formal = `${bracketFull(rawFirst)}${middleFull ? ` ${middleFull}` : ''} ${last}${suffixPart}`;
    const birthYear = Number((judge['Birth Year'] ?? '').trim());
    const birthMonth = (judge['Birth Month'] ?? '').trim();
    const birthDay = (judge['Birth Day'] ?? '').trim();
    const birthDate = /^\d{4}$/.test((judge['Birth Year'] ?? '').trim()) && /^\d{1,2}$/.test(birthMonth) && /^\d{1,2}$/.test(birthDay) ? `${birthYear}-${birthMonth.padStart(2, '0')}-${birthDay.padStart(2, '0')}` : null;
    out.push({
      id: `fjc:${nid}`,
      name,
      ...(formal !== name ? { formalName: formal } : {}),
      altNames: [...(first !== '' ? [`${first} ${last}`] : []), ...(middle ? [`${first} ${middle} ${last}`] : []), ...(bracketFull(rawFirst) !== first ? [`${bracketFull(rawFirst)} ${last}`] : []), ...(unusedFirst ? [`${middle} ${last}`] : [])],
      surname: last,
      firstName: first,
      birthYear: Number.isFinite(birthYear) && birthYear > 0 ? birthYear : null,
      ...(birthDate !== null ? { birthDate } : {}),
      roles,
      sources: [SOURCE],
      contextExtra: [
        'judge',
        'court',
        ...(isJustice ? ['justice', 'supreme court'] : []),
        ...appointments.flatMap((a) => courtStateWords((a.CourtName ?? '').trim())),
      ],
      mergeable: false,
      statedOffices: statedFederalOffices(judge['Professional Career'] ?? ''),
    });
  }
  return out;
}
