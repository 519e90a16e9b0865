import { normalizeKey } from '../../src/core/text-normalize';
import { itemAt } from '../../src/core/item-at';
import type { OfficeKind } from '../../src/knowledge/schema';
import { asArray, asRecord, optString, type DataDir } from './data-files';
import { mergeKey, nameCase, slug } from './names';
import { type DraftRole, type PersonDraft } from './person-draft';

const SOURCE = 'cia-factbook';
/** The U.S. row is covered, with dates and party, by the congress-legislators executive data. */
const SKIP_GEC = new Set(['us']);

/** Words that belong to an office or rank written before a leader's name. */
const TITLE_WORDS = new Set(
  ('president prime minister king queen chancellor premier amir emir sultan prince princess grand duke ' +
    'supreme leader pope transition transitional interim acting caretaker crown governor general chief ' +
    'and of the chairperson chair vice co-prince lord mann administrator council presidential leadership ' +
    'sovereign commander-in-chief armed forces sudanese gen. col. capt. dr. sir dame taoiseach minister ' +
    'state co-vice captain captains regent secretary affairs gnu cnsp national safeguard homeland deputy federal executive yuan head government')
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

/** Lower-case name particles that belong inside a name ("Savi de TOVE", "LULA da Silva"). */
const NAME_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'bin', 'bint', 'ibn', 'al', 'el', 'y', 'e']);

/** An elided particle joined to a name ("d'Oliveira", "l'Ouverture"): the name word is what follows it. */
const ELIDED_PARTICLE_HEAD = /^[dl]['\u2019](?=\p{Lu})/u;

/** "for the period 1 October 2025 - 31 March 2026" → the period's start. */
function periodStart(text: string): string | null {
  const m = /for the period (\d{1,2}) ([A-Za-z]+) (\d{4})/.exec(text);
  if (!m) return null;
  const [, day = '', monthName = '', year = ''] = m;
  const month = MONTHS[monthName.toLowerCase()];
  return month ? `${year}-${month}-${day.padStart(2, '0')}` : null;
}

/**
 * One name in "<title> <Given names> <SURNAME ...>": the given names are the capitalised words
 * (and name particles) right before the first upper-case word, stopping at a title word or a word
 * of the country's name; everything from there to the end is the name.
 */
function parseOne(head: string, countryWords: ReadonlySet<string>, since: string | null): ParsedLeader | null {
  const all = head.split(/\s+/).map((t) => t.replace(/,$/, '')).filter((t) => t !== '');
  const firstCaps = all.findIndex((t, i) => isCapsToken(t, all[i - 1]));
  // "King WILLEM-ALEXANDER of the Netherlands": the realm after the name is no part of it.
  const ofAt = firstCaps < 0 ? -1 : all.findIndex((t, i) => i > firstCaps && t === 'of');
  const tokens = ofAt < 0 ? all : all.slice(0, ofAt);
  // An acronym right before an office word ("CNSP Prime Minister", "GNU Interim ...") names a body, not the leader.
  const capsAt = tokens.findIndex((t, i) => isCapsToken(t, tokens[i - 1]) && !TITLE_WORDS.has((tokens[i + 1] ?? '').toLowerCase()));
  if (capsAt < 0) return null;
  let start = capsAt;
  // "Ministers" in "President of Council of Ministers" is a title word as much as "minister".
  const stops = (t: string): boolean => {
    const w = t.toLowerCase();
    return TITLE_WORDS.has(w) || TITLE_WORDS.has(w.replace(/s$/, '')) || countryWords.has(w);
  };
  while (start > 0) {
    const prev = itemAt(tokens, start - 1);
    if (stops(prev)) break;
    if (/^\p{Lu}/u.test(prev.replace(ELIDED_PARTICLE_HEAD, ''))) start -= 1;
    else if (NAME_PARTICLES.has(prev.toLowerCase()) && start - 2 >= 0 && /^\p{Lu}/u.test(itemAt(tokens, start - 2).replace(ELIDED_PARTICLE_HEAD, '')) && !stops(itemAt(tokens, start - 2))) start -= 1;
    else break;
  }
  const name = nameCase(tokens.slice(start).join(' ')).replace(/ (Jr\.|Sr\.)$/, ', $1');
  const surnameTokens = tokens.slice(capsAt).filter((t, i, all) => isCapsToken(t, all[i - 1]));
  // "Hoseini-KHAMENEI": the upper-case part after a mixed-case one is the surname the press uses.
  const tail = surnameTokens.length === 1 ? /^\p{Lu}\p{Ll}+-(\p{Lu}{2,}[\p{Lu}'-]*)$/u.exec(itemAt(surnameTokens, 0)) : null;
  const surname = nameCase(tail?.[1] ?? surnameTokens.join(' '));
  // Honorifics ("Dr.", "Gen.") belong to neither the office nor the name.
  const title = tokens.slice(0, start).join(' ').replace(/,$/, '').replace(/^(?:\p{Ll}+\s+)+(?=\p{Lu})/u, '').replace(/^\p{Lu}{2,}\s+(?=\p{Lu})/u, '').replace(/(?:\s+(?:Dr\.|Gen\.|Col\.|Capt\.|Sir|Dame))+$/, '').trim();
  return { title: title === '' ? null : title, name, surname, first: start < capsAt ? itemAt(tokens, start) : surname, since };
}

/**
 * "Prime Minister Sifi GHRIEB (since 28 August 2025)" → title, properly cased name, date. Two
 * holders of one office ("Captains Regent Matteo ROSSI and Lorenzo BUGLI") give two results.
 */
export function parseLeaders(text: string, country = ''): ParsedLeader[] {
  const since = sinceDate(text) ?? periodStart(text);
  // A sentence ("X is the so-called ...") keeps only its subject.
  const head = (text.split(/;|, represented/)[0] ?? '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\(.*$/, '')
    .replace(/\s+(?:is|was|who)\s.*$/, '')
    .replace(/,\s*$/, '')
    .trim();
  if (head === '' || /^none$/i.test(head) || /vacant/i.test(head)) return [];
  const countryWords = new Set(normalizeKey(country).split(/[\s,()]+/).filter((w) => w.length > 2 && !['and', 'the'].includes(w)));
  const parts = head.split(/ and (?=\p{Lu})/u);
  const joint = parts.length > 1 && parts.every((part) => part.split(/\s+/).some((t, i, all) => isCapsToken(t, all[i - 1])));
  if (!joint) {
    const one = parseOne(head, countryWords, since);
    return one ? [one] : [];
  }
  const first = parseOne(itemAt(parts, 0), countryWords, since);
  if (first === null) return [];
  const rest = parts.slice(1).map((part) => parseOne(part, countryWords, since)).filter((p): p is ParsedLeader => p !== null);
  return [first, ...rest.map((p) => ({ ...p, title: p.title ?? first.title }))];
}

/** The first leader of `parseLeaders`, for callers that expect one. */
export function parseLeader(text: string, country = ''): ParsedLeader | null {
  return parseLeaders(text, country)[0] ?? null;
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

/** "Prime Minister" + "Spain" → "Prime Minister of Spain"; a title that already names the country stays as it is. */
export function roleLabel(title: string, country: string): string {
  const words = normalizeKey(country).split(/[\s,()]+/).filter((w) => w.length > 2 && w !== 'the' && w !== 'and');
  const named = words.length > 0 && words.every((w) => normalizeKey(title).includes(w));
  return named ? title : `${title} of ${placeLabel(country)}`;
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
      for (const parsed of parseLeaders(text, row.country)) {
        if (skipNames.has(mergeKey(parsed.first, parsed.surname))) continue;
        const id = `cia:${slug(parsed.name)}`;
        const existing = people.get(id);
        // A monarch or president who reigns over several territories keeps the role in the most
        // populous one; the same person as both head of state and government keeps both.
        if (existing && existing.roles.some((r) => r.place !== row.country)) continue;
        const title = (parsed.title ?? (office === 'head-of-state' ? 'Head of state' : 'Head of government')).replace(/^co-chiefs of state /i, '').replace(/^Captains Regent$/, 'Captain Regent');
        const role: DraftRole = {
          title,
          place: row.country,
          label: roleLabel(title, row.country),
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
        // Two upper-case surnames (Spanish usage): the press uses the first one alone.
        // "DOS RAMOS" is one surname with its particle, not two.
        const surnames = parsed.surname.split(' ');
        const firstSurname = surnames.length === 2 && parsed.first !== parsed.surname && !NAME_PARTICLES.has(itemAt(surnames, 0).toLowerCase()) ? itemAt(surnames, 0) : null;
        const nameWords = parsed.name.split(' ');
        const surnameAsWritten = nameWords.slice(-surnames.length).join(' ');
        // "Savi de TOVE": a particle before the surname ties it to the word before; no safe short form.
        const particleBefore = NAME_PARTICLES.has((nameWords[nameWords.length - surnames.length - 1] ?? '').toLowerCase());
        const shortName =
          !normalizeKey(parsed.name).endsWith(normalizeKey(parsed.surname)) || firstSurname || particleBefore || parsed.first === parsed.surname || !parsed.name.startsWith(`${parsed.first} `)
            ? null
            : `${parsed.first} ${surnameAsWritten}`;
        // The press form is the first given name and the surname ("Vladimir Putin"); the full one is formal.
        // Two upper-case surnames may be Spanish usage or one compound surname ("VILA NOVA"), so the full name stays.
        const pressName = shortName ?? parsed.name;
        people.set(id, {
          id,
          name: pressName,
          ...(pressName !== parsed.name ? { formalName: parsed.name } : {}),
          altNames: [...(firstSurname ? [`${parsed.first} ${firstSurname}`] : []), ...(shortName && shortName !== parsed.name ? [shortName] : [])].filter((a) => a !== pressName),
          surname: firstSurname ?? parsed.surname,
          firstName: parsed.first,
          birthYear: null,
          roles: [role],
          sources: [SOURCE],
          contextExtra: [row.country.toLowerCase()],
          mergeable: false,
        });
      }
    }
  }
  return [...people.values()];
}
