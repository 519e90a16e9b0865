import type { OfficeKind } from '../../src/knowledge/schema';
import { asArray, asRecord, optString, type DataDir } from './data-files';
import { mergeKey, nameCase, slug } from './names';
import { type DraftRole, type PersonDraft } from './person-draft';
import { itemAt } from '../../src/core/item-at';

const SOURCE = 'cia-factbook';
/** The U.S. row is covered, with dates and party, by the congress-legislators executive data. */
const SKIP_GEC = new Set(['us']);

/** Words that belong to an office or rank written before a leader's name. */
const TITLE_WORDS = new Set(
  ('president prime minister king queen chancellor premier amir emir sultan prince princess grand duke ' +
    'supreme leader pope transition transitional interim acting caretaker crown governor general chief ' +
    'and of the chairperson chair vice co-prince lord mann administrator council presidential leadership ' +
    'sovereign commander-in-chief armed forces sudanese gen. col. capt. dr. sir dame taoiseach minister ' +
    'state co-vice gnu cnsp national safeguard homeland deputy federal executive yuan head government')
    .split(' '),
);
const MONTHS: Readonly<Record<string, string>> = {
  january: '01', february: '02', march: '03', april: '04', may: '05', june: '06', july: '07',
  august: '08', september: '09', october: '10', november: '11', december: '12', oct: '10',
};

function isCapsToken(token: string, previous: string | undefined): boolean {
  if (/^[IVX]+$/.test(token) && previous !== undefined && isCapsToken(previous, undefined)) return false;
  return token
    .split(/[-']/)
    .some((part) => part.length >= 2 && part === part.toUpperCase() && /\p{Lu}{2}/u.test(part));
}

function sinceDate(text: string): string | null {
  const m = /since (?:(\d{1,2}) )?([A-Za-z]+ )?(\d{4})/.exec(text);
  if (!m) return null;
  const month = m[2] ? MONTHS[m[2].trim().toLowerCase()] : undefined;
  if (month && m[1]) return `${m[3]}-${month}-${m[1].padStart(2, '0')}`;
  if (month) return `${m[3]}-${month}`;
  return m[3] ?? null;
}

interface ParsedLeader {
  title: string | null;
  name: string;
  surname: string;
  first: string;
  since: string | null;
}

/** "Prime Minister Sifi GHRIEB (since 28 August 2025)" → title, properly cased name, date. */
export function parseLeader(text: string): ParsedLeader | null {
  const since = sinceDate(text);
  const head = (text.split(/;|, represented/)[0] ?? '').replace(/\([^)]*\)/g, ' ').replace(/\(.*$/, '').replace(/,\s*$/, '').trim();
  if (head === '' || /^none$/i.test(head) || /vacant/i.test(head)) return null;
  const tokens = head.split(/\s+/).map((t) => t.replace(/,$/, '')).filter((t) => t !== '');
  const capsAt = tokens.findIndex((t, i) => isCapsToken(t, tokens[i - 1]));
  if (capsAt < 0) return null;
  let start = capsAt;
  while (start > 0 && /^\p{Lu}/u.test(itemAt(tokens, start - 1)) && !TITLE_WORDS.has(itemAt(tokens, start - 1).toLowerCase())) start -= 1;
  const nameTokens = tokens.slice(start);
  const name = nameCase(nameTokens.join(' ')).replace(/ (Jr\.|Sr\.)$/, ', $1');
  const surnameTokens = tokens.slice(capsAt).filter((t, i, all) => isCapsToken(t, all[i - 1]));
  const surname = nameCase(surnameTokens.join(' '));
  const title = tokens.slice(0, start).join(' ').replace(/,$/, '').trim();
  return { title: title === '' ? null : title, name, surname, first: start < capsAt ? itemAt(tokens, start) : surname, since };
}

interface Row {
  gec: string;
  country: string;
  population: number;
  chief: string | null;
  head: string | null;
}

function readRows(data: DataDir): Row[] {
  return asArray(data.json('cia-world-factbook/leaders.json'), 'leaders').map((raw) => {
    const r = asRecord(raw, 'leader row');
    const short = optString(r.short_name);
    const long = optString(r.long_name);
    const country = short && short.toLowerCase() !== 'none' ? short : long && long.toLowerCase() !== 'none' ? long : '';
    const pop = Number((optString(r.population) ?? '0').replace(/[^0-9].*$/, '').replace(/,/g, ''));
    return {
      gec: optString(r.gec) ?? '',
      country,
      population: Number((optString(r.population) ?? '').split(' ')[0]?.replace(/,/g, '') ?? pop) || 0,
      chief: optString(r.chief_of_state),
      head: optString(r.head_of_government),
    };
  });
}

const TAKES_THE = new Set(['United Kingdom', 'Netherlands', 'Philippines', 'United Arab Emirates', 'Central African Republic', 'Holy See (Vatican City)', 'Maldives', 'Marshall Islands', 'Solomon Islands', 'Comoros', 'Seychelles', 'Czech Republic', 'Cook Islands', 'Cayman Islands', 'Faroe Islands', 'Falkland Islands (Islas Malvinas)']);

function placeLabel(country: string): string {
  return TAKES_THE.has(country) ? `the ${country}` : country;
}

/**
 * Heads of state and government of every country, one record per person. `skipNames` are merge
 * keys of people the U.S. data already covers (the U.S. president is chief of state of territories).
 */
export function worldLeaderPeople(data: DataDir, skipNames: ReadonlySet<string>): PersonDraft[] {
  const rows = readRows(data)
    .filter((r) => r.country !== '' && !SKIP_GEC.has(r.gec))
    .sort((a, b) => b.population - a.population || (a.gec < b.gec ? -1 : 1));
  const people = new Map<string, PersonDraft>();
  for (const row of rows) {
    const roles: [string | null, OfficeKind][] = [
      [row.chief, 'head-of-state'],
      [row.head, 'head-of-government'],
    ];
    for (const [text, office] of roles) {
      if (text === null) continue;
      const parsed = parseLeader(text);
      if (parsed === null) continue;
      if (skipNames.has(mergeKey(parsed.first, parsed.surname))) continue;
      const id = `cia:${slug(parsed.name)}`;
      const existing = people.get(id);
      // A monarch or president who reigns over several territories keeps the role in the most
      // populous one; the same person as both head of state and government keeps both.
      if (existing && existing.roles.some((r) => r.place !== row.country)) continue;
      const title = parsed.title ?? (office === 'head-of-state' ? 'Head of state' : 'Head of government');
      const role: DraftRole = {
        title,
        place: row.country,
        label: `${title} of ${placeLabel(row.country)}`,
        office,
        party: null,
        start: parsed.since,
        end: null,
        current: true,
        source: SOURCE,
      };
      if (existing) {
        if (!existing.roles.some((r) => r.label === role.label)) existing.roles.push(role);
        continue;
      }
      people.set(id, {
        id,
        name: parsed.name,
        altNames: [],
        surname: parsed.surname,
        firstName: parsed.first,
        birthYear: null,
        roles: [role],
        sources: [SOURCE],
        contextExtra: [row.country.toLowerCase()],
        mergeable: false,
      });
    }
  }
  return [...people.values()];
}
