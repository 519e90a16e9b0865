import type { DataDir } from './data-files';
import { DATASET_SOURCES } from './dataset-sources';
import { slug } from './names';
import { type DraftRole, type PersonDraft } from './person-draft';

const SOURCE = 'fivethirtyeight-cabinet';
const FILE = 'fivethirtyeight-cabinet-turnover/cabinet-turnover.csv';
/** The export covers Carter's administration onwards, so a two-digit year below this is 20xx. */
const CENTURY_PIVOT = 77;
/** Offices the file abbreviates → the office in our words. */
const OFFICE_LABELS: Readonly<Record<string, string>> = {
  'OMB Director': 'Director of the Office of Management and Budget',
  'CEA Chair': 'Chair of the Council of Economic Advisers',
  'UN Ambassador': 'U.S. Ambassador to the United Nations',
  'SBA Administrator': 'Administrator of the Small Business Administration',
  'EPA Administrator': 'Administrator of the Environmental Protection Agency',
  'OSTP Director': 'Director of the Office of Science and Technology Policy',
  'U.S. Trade Representative': 'United States Trade Representative',
  'Chief of Staff': 'White House Chief of Staff',
  'CIA Director': 'Director of the Central Intelligence Agency',
  'Director of Central Intelligence/CIA Director': 'Director of the Central Intelligence Agency',
  'Attorney General': 'Attorney General of the United States',
};
const CONTEXT_WORDS = ['cabinet', 'secretary', 'administration'];

/** "3/7/77" → "1977-03-07"; anything else (a next administration's name, "Still in office") → null. */
export function cabinetDate(raw: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/.exec(raw.trim());
  if (!m) return null;
  const yy = Number(m[3]);
  const year = yy >= CENTURY_PIVOT ? 1900 + yy : 2000 + yy;
  const [, month = '', day = ''] = m;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export function cabinetLabel(position: string): string {
  return OFFICE_LABELS[position] ?? position.replace(/ & /g, ' and ');
}

interface Tenure {
  appointee: string;
  position: string;
  start: string | null;
  end: string | null;
  stillInOffice: boolean;
}

/**
 * One tenure per appointee and office: an official who stayed on into the next administration
 * has one row ending "<next> admin" and one starting "<previous> admin", joined here.
 */
export function cabinetTenures(rows: Record<string, string>[]): Tenure[] {
  const out: Tenure[] = [];
  for (const row of rows) {
    const position = (row.position ?? '').trim();
    const appointee = (row.appointee ?? '').trim();
    if (position === '' || appointee === '' || position === 'Vice President') continue;
    const startRaw = (row.start_date ?? '').trim();
    const endRaw = (row.end_date ?? '').trim();
    const start = cabinetDate(startRaw);
    const end = cabinetDate(endRaw);
    const stillInOffice = /still in office/i.test(endRaw);
    if (start === null && / admin$/.test(startRaw)) {
      const prev = out.find((t) => t.appointee === appointee && t.position === position && t.end === null && !t.stillInOffice);
      if (prev) {
        prev.end = end;
        prev.stillInOffice = stillInOffice;
        continue;
      }
    }
    out.push({ appointee, position, start, end, stillInOffice });
  }
  return out;
}

/** Cabinet-level officials from Carter to early Biden (FiveThirtyEight, CC BY 4.0). */
export function cabinetPeople(data: DataDir): PersonDraft[] {
  const asOf = DATASET_SOURCES[SOURCE].asOf;
  const people = new Map<string, PersonDraft>();
  for (const t of cabinetTenures(data.csvRecords(FILE))) {
    const label = cabinetLabel(t.position);
    // "Still in office" is true as of the file's date: current as of then. The assembly ends it when
    // a later source shows the end, or someone else in the office.
    const role: DraftRole = { title: label, place: null, label, office: 'cabinet', party: null, start: t.start, end: t.end, current: t.stillInOffice && t.end === null, source: SOURCE, asOf };
    const id = `538:${slug(t.appointee)}`;
    const existing = people.get(id);
    if (existing) {
      existing.roles.push(role);
      continue;
    }
    const words = t.appointee.split(' ');
    const surnameWords = words.filter((w) => !/^(Jr\.|Sr\.|II|III|IV)$/.test(w));
    people.set(id, {
      id,
      name: t.appointee,
      altNames: [],
      surname: surnameWords[surnameWords.length - 1] ?? null,
      firstName: words[0] ?? '',
      birthYear: null,
      roles: [role],
      sources: [SOURCE],
      contextExtra: CONTEXT_WORDS,
      mergeable: true,
    });
  }
  return [...people.values()];
}
