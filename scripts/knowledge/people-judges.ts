import type { OfficeKind } from '../../src/knowledge/schema';
import type { DataDir } from './data-files';
import { isoDate, type DraftRole, type PersonDraft } from './person-draft';

const SOURCE = 'fjc-judges';
const MAX_APPOINTMENTS = 4;

function col(row: Record<string, string>, name: string, n: number): string {
  return (row[`${name} (${n})`] ?? '').trim();
}

function courtLabel(title: string, court: string): { label: string; office: OfficeKind; title: string } {
  if (court === 'Supreme Court of the United States') {
    if (title === 'Chief Justice') return { label: 'Chief Justice of the United States', office: 'justice', title };
    return { label: 'Associate Justice of the U.S. Supreme Court', office: 'justice', title: 'Associate Justice' };
  }
  const shortCourt = court.replace(/^U\.S\. /, 'U.S. ');
  return { label: `Judge, ${shortCourt}`, office: 'judge', title: 'Federal judge' };
}

function appointmentRoles(row: Record<string, string>): DraftRole[] {
  const roles: DraftRole[] = [];
  for (let n = 1; n <= MAX_APPOINTMENTS; n += 1) {
    const court = col(row, 'Court Name', n);
    if (court === '') continue;
    const { label, office, title } = courtLabel(col(row, 'Appointment Title', n), court);
    const start = isoDate(col(row, 'Commission Date', n)) ?? isoDate(col(row, 'Recess Appointment Date', n));
    const end = isoDate(col(row, 'Termination Date', n));
    const senior = isoDate(col(row, 'Senior Status Date', n));
    const president = col(row, 'Appointing President', n);
    const party = col(row, 'Party of Appointing President', n);
    const current = end === null && row['Death Year']?.trim() === '';
    const seniorNote = senior !== null && current && office === 'judge' ? ' (senior status)' : '';
    roles.push({
      title,
      place: null,
      label: `${label}${seniorNote}`,
      office,
      party: null,
      start,
      end: end ?? (row['Death Year']?.trim() ? row['Death Year'].trim() : null),
      current,
      source: SOURCE,
      ...(president ? { appointedBy: `${president}${party ? ` (${party})` : ''}` } : {}),
    });
  }
  return roles;
}

/** Every Supreme Court justice, and every living Article III judge. */
export function judgePeople(data: DataDir): PersonDraft[] {
  const out: PersonDraft[] = [];
  for (const row of data.csvRecords('fjc-federal-judges/judges.csv')) {
    const roles = appointmentRoles(row);
    const isJustice = roles.some((r) => r.office === 'justice');
    const living = (row['Death Year'] ?? '').trim() === '';
    if (!isJustice && !living) continue;
    if (roles.length === 0) continue;
    const first = (row['First Name'] ?? '').trim();
    const middle = (row['Middle Name'] ?? '').trim();
    const last = (row['Last Name'] ?? '').trim();
    const suffix = (row['Suffix'] ?? '').trim();
    const middleInitial = middle && /^[A-Z]/.test(middle) ? ` ${middle.charAt(0)}.` : '';
    const name = `${first}${middleInitial} ${last}${suffix ? `${suffix.startsWith('Jr') || suffix.startsWith('Sr') ? ',' : ''} ${suffix}` : ''}`;
    const birthYear = Number((row['Birth Year'] ?? '').trim());
    out.push({
      id: `fjc:${(row.nid ?? '').trim()}`,
      name,
      altNames: [`${first} ${last}`, ...(middle ? [`${first} ${middle} ${last}`] : [])],
      surname: last,
      firstName: first,
      birthYear: Number.isFinite(birthYear) && birthYear > 0 ? birthYear : null,
      roles,
      sources: [SOURCE],
      contextExtra: ['judge', 'court', ...(isJustice ? ['justice', 'supreme court'] : [])],
      mergeable: false,
    });
  }
  return out;
}
