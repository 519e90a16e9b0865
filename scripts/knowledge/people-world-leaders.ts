import { normalizeKey } from '../../src/core/text-normalize';
import { itemAt } from '../../src/core/item-at';
import type { OfficeKind } from '../../src/knowledge/schema';
import { asArray, asRecord, optString, type DataDir } from './data-files';
import { isSuffix, mergeKey, nameCase, slug } from './names';
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
    'state co-vice captain captains regent secretary affairs gnu cnsp national safeguard homeland deputy federal executive yuan head government ' +
    'emperor empress commissioner presidency assembly territorial confederation air vice-marshal marshal sr.')
    .split(' '),
);
const MONTHS: Readonly<Record<string, string>> = {
  january: '01', february: '02', march: '03', april: '04', may: '05', june: '06', july: '07',
  august: '08', september: '09', october: '10', november: '11', december: '12',
  // Abbreviated months occur too ("since 5 Sep 2025", "21 Oct 2024").
  jan: '01', feb: '02', mar: '03', apr: '04', jun: '06', jul: '07', aug: '08', sep: '09', sept: '09', oct: '10', nov: '11', dec: '12',
};

function isCapsToken(token: string, previous: string | undefined): boolean {
  if (/^[IVX]+$/.test(token) && previous !== undefined && isCapsToken(previous, undefined)) return false;
  return token
    .split(/[-']/)
    .some((part) => part.length >= 2 && part === part.toUpperCase() && /\p{Lu}{2}/u.test(part));
}

function sinceDate(text: string): string | null {
  // "(since 6 May 2025)"; a few entries drop the word: "(28 October 2022)".
  const m = /since (?:(\d{1,2}) )?([A-Za-z]+ )?(\d{4})/.exec(text) ?? /\((\d{1,2}) ([A-Za-z]+ )(\d{4})\)/.exec(text);
  if (!m) return null;
  const month = m[2] ? MONTHS[m[2].trim().toLowerCase()] : undefined;
  if (month && m[1]) return `${m[3]}-${month}-${m[1].padStart(2, '0')}`;
  if (month) return `${m[3]}-${month}`;
  return m[3] ?? null;
}

export interface ParsedLeader {
  title: string | null;
  name: string;
  surname: string;
  first: string;
  since: string | null;
  /** Given names before the upper-case surname, as written ("Emmerson", "Dambudzo"). */
  given: string[];
  /** The upper-case surname as the Factbook writes it ("MNANGAGWA"), to find it elsewhere in the text. */
  surnameAsWritten: string;
  /** A nickname written in quotes ('Ferdinand "BongBong" MARCOS'). */
  nickname: string | null;
  /** Words after the upper-case surname ("Corona" in "Luis Rodolfo ABINADER Corona"), as cased in `name`. */
  after: string[];
  /** The name as the text also spells it ("WACHIRALONGKON; also spelled Vajiralongkorn" → "Vajiralongkorn"). */
  spellings: string[];
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
  const written = ofAt < 0 ? all : all.slice(0, ofAt);
  // An acronym right before an office word ("CNSP Prime Minister", "GNU Interim ...") names a body, not the leader.
  const firstSurnameAt = written.findIndex((t, i) => isCapsToken(t, written[i - 1]) && !TITLE_WORDS.has((written[i + 1] ?? '').toLowerCase()));
  if (firstSurnameAt < 0) return null;
  // "Esera Fofō Filipo Tuisano TUISANO": the surname written twice, in the given names and in capitals, is one word.
  const doubled = firstSurnameAt > 0 && fold(itemAt(written, firstSurnameAt - 1)) === fold(itemAt(written, firstSurnameAt));
  const tokens = doubled ? written.filter((_, i) => i !== firstSurnameAt - 1) : written;
  const capsAt = doubled ? firstSurnameAt - 1 : firstSurnameAt;
  let start = capsAt;
  // "Ministers" in "President of Council of Ministers" is a title word as much as "minister".
  const stops = (t: string): boolean => {
    const w = t.toLowerCase();
    return TITLE_WORDS.has(w) || TITLE_WORDS.has(w.replace(/s$/, '')) || countryWords.has(w);
  };
  while (start > 0) {
    const prev = itemAt(tokens, start - 1);
    // A word right after "of" or "the" names the office's body or realm ("President of China XI Jinping").
    if (stops(prev) || /^(?:of|the)$/.test(tokens[start - 2] ?? '')) break;
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
  const title = tokens
    .slice(0, start)
    .join(' ')
    .replace(/,$/, '')
    .replace(/^(?:\p{Ll}+\s+)+(?=\p{Lu})/u, '')
    .replace(/^\p{Lu}{2,}\s+(?=\p{Lu})/u, '')
    .replace(/(?:\s+(?:Dr\.|Gen\.|Col\.|Capt\.|Sir|Dame|Sr\.|Air Vice-Marshal|(?<!Governor )General))+$/, '')
    .trim();
  const given = nameCase(tokens.slice(start, capsAt).join(' ')).split(' ').filter((w) => w !== '');
  const lastCaps = tokens.reduce((at, t, i) => (i >= capsAt && isCapsToken(t, tokens[i - 1]) ? i : at), capsAt);
  const nameWordsCased = name.replace(/, (Jr\.|Sr\.)$/, ' $1').split(' ');
  return {
    title: title === '' ? null : title,
    name,
    surname,
    first: start < capsAt ? itemAt(tokens, start) : surname,
    since,
    given: start < capsAt ? given : [],
    // The span as written, particles between upper-case words included ("CORREIA e SILVA").
    surnameAsWritten: tokens.slice(capsAt, lastCaps + 1).join(' '),
    nickname: null,
    after: nameWordsCased.slice(nameWordsCased.length - (tokens.length - 1 - lastCaps)),
    spellings: [],
  };
}

/**
 * "King WACHIRALONGKON; also spelled Vajiralongkorn", "SONEXAY (also spelled SONXAI) Siphandon":
 * another spelling of the words right before it, often the one the press uses.
 */
const ALSO_SPELLED = /[;,]?\s*\(?\balso spelled\s+([^();,]+?)\s*(?:\)|(?=[;,(]|$))/u;

/** The text with the other spelling in place of the words it respells, in capitals where they were (the parser's surname mark). */
function respelled(text: string, spelled: RegExpExecArray): string {
  const variant = (spelled[1] ?? '').trim().split(/\s+/);
  const before = text.slice(0, spelled.index).trimEnd().split(/\s+/);
  const replaced = before.slice(before.length - variant.length);
  const words = variant.map((w, i) => (isCapsToken(replaced[i] ?? '', replaced[i - 1]) ? w.toUpperCase() : w));
  return [...before.slice(0, before.length - variant.length), ...words].join(' ') + text.slice(spelled.index + spelled[0].length);
}

/**
 * "Prime Minister Sifi GHRIEB (since 28 August 2025)" → title, properly cased name, date. Two
 * holders of one office ("Captains Regent Matteo ROSSI and Lorenzo BUGLI") give two results.
 */
export function parseLeaders(text: string, country = ''): ParsedLeader[] {
  const spelled = ALSO_SPELLED.exec(text);
  if (spelled !== null) {
    const others = parseLeaders(respelled(text, spelled), country);
    return parseLeaders(text.replace(spelled[0], ' '), country).map((p, i) => {
      const other = others[i]?.name;
      return other === undefined || other === p.name ? p : { ...p, spellings: [...p.spellings, other] };
    });
  }
  const since = sinceDate(text) ?? periodStart(text);
  // A sentence ("X is the so-called ...") keeps only its subject.
  const head = (text.split(/;|, represented/)[0] ?? '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\(.*$/, '')
    .replace(/\s+(?:is|was|who)\s.*$/, '')
    .replace(/,\s*$/, '')
    .trim();
  if (head === '' || /^none$/i.test(head) || /vacant/i.test(head)) return [];
  // 'Ferdinand "BongBong" MARCOS': the quoted nickname is no given name.
  const nickname = /["\u201c]([^"\u201d]+)["\u201d]/u.exec(head)?.[1]?.trim() ?? null;
  if (nickname !== null) return parseLeaders(text.replace(/\s*["\u201c][^"\u201d]+["\u201d]/u, ''), country).map((p) => ({ ...p, nickname: nameCase(nickname) }));
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
  /** The conventional long form ("Swiss Confederation"), or null. */
  longName: string | null;
  population: number;
  chief: string | null;
  head: string | null;
  /** The country profile's text, HTML and entities removed, for the names it mentions. */
  profile: string;
  /** Its "election results" paragraph. */
  elections: string;
  /** The first language the profile lists is Spanish: people carry two surnames and the press uses the first. */
  twoSurnames: boolean;
}

/** "Svalbard (sometimes referred to as Spitsbergen, ...)": a note in parentheses is no part of the name; "Congo (Brazzaville)" keeps its qualifier. */
function cleanCountryName(short: string, long: string | null): string {
  const bare = short.replace(/\s*\(([^)]*)\)/g, (m, inner: string) => (inner.split(/\s+/).length > 3 ? '' : m)).trim();
  // "The Dominican" against "Dominican Republic": a clipped short form; the long form is the name.
  const clipped = /^The (.+)$/.exec(bare)?.[1];
  if (clipped !== undefined && long !== null && long === `${clipped} Republic`) return long;
  return bare;
}

const ENTITY_LETTER = /&([A-Za-z])(?:acute|grave|circ|uml|tilde|cedil|ring|slash|caron);/g;

function plain(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(ENTITY_LETTER, '$1')
    .replace(/&rsquo;|&#39;/g, "'")
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .replace(/\s+/g, ' ');
}

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

/** A country profile as plain text (tags and entities out: "TOUAD&Eacute;RA" → "TOUADERA"), and its election results. */
function readProfile(data: DataDir, region: string, gec: string): { text: string; elections: string; twoSurnames: boolean } {
  let raw: unknown;
  try {
    raw = data.json(`cia-world-factbook/countries/${region}/${gec}.json`);
  } catch {
    return { text: '', elections: '', twoSurnames: false };
  }
  const government = asRecord(asRecord(raw, 'profile').Government ?? {}, 'government');
  const executive = asRecord(government['Executive branch'] ?? {}, 'executive branch');
  const people = asRecord(asRecord(raw, 'profile')['People and Society'] ?? {}, 'people and society');
  const languages = plain(leaves(people.Languages ?? '').join(' ')).trim();
  return {
    text: leaves(raw).map(plain).join(' \n '),
    elections: plain(leaves(executive['election results'] ?? '').join(' ')),
    twoSurnames: /^(?:Castilian )?Spanish\b/.test(languages),
  };
}

function readRows(data: DataDir): Row[] {
  return asArray(data.json('cia-world-factbook/leaders.json'), 'leaders').map((raw) => {
    const r = asRecord(raw, 'leader row');
    const short = optString(r.short_name);
    const long = optString(r.long_name);
    const longName = long && long.toLowerCase() !== 'none' ? long : null;
    const country = short && short.toLowerCase() !== 'none' ? cleanCountryName(short, longName) : (longName ?? '');
    const pop = Number((optString(r.population) ?? '0').replace(/[^0-9].*$/, '').replace(/,/g, ''));
    const gec = optString(r.gec) ?? '';
    const profile = country === '' ? { text: '', elections: '', twoSurnames: false } : readProfile(data, optString(r.region) ?? '', gec);
    return {
      gec,
      country,
      longName,
      population: Number((optString(r.population) ?? '').split(' ')[0]?.replace(/,/g, '') ?? pop) || 0,
      chief: optString(r.chief_of_state),
      head: optString(r.head_of_government),
      profile: profile.text,
      elections: profile.elections,
      twoSurnames: profile.twoSurnames,
    };
  });
}

function fold(text: string): string {
  return normalizeKey(text).replace(/[^\p{L}\p{N}' -]/gu, '');
}

/**
 * The given names the Factbook itself uses with this surname in running text ("Emmerson
 * MNANGAGWA reelected president", "President Cyril RAMAPHOSA"): the shortest run of the full
 * given names that stands right before the upper-case surname somewhere in the profile. That is
 * the form the press uses; null when the profile never shortens the name.
 */
export function givenNamesInUse(parsed: Pick<ParsedLeader, 'given' | 'surnameAsWritten'>, profile: string): string[] | null {
  if (parsed.given.length < 2 || parsed.surnameAsWritten === '') return null;
  const given = parsed.given.map(fold);
  let best: number[] | null = null;
  const surname = parsed.surnameAsWritten.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of profile.matchAll(new RegExp(`((?:\\S+ ){1,4})${surname}${WORD_END}`, 'gu'))) {
    const written = (m[1] ?? '').trim().split(' ');
    const before = written.map(fold);
    // The words right before the surname that are, in order, given names of this person.
    const run: number[] = [];
    let at = given.length;
    for (let i = before.length - 1; i >= 0; i -= 1) {
      const found = given.lastIndexOf(before[i] ?? '', at - 1);
      if (found < 0) break;
      run.unshift(found);
      at = found;
    }
    // A name word that is none of theirs right before the run ("Xaviar Espot ZAMORA" for "Xavier"): the name is misspelt, not shortened.
    const left = written[written.length - run.length - 1];
    if (left !== undefined && /^\p{Lu}\p{Ll}/u.test(left) && !TITLE_WORDS.has(left.toLowerCase())) continue;
    if (run.length > 0 && run.length < given.length && (best === null || run.length < best.length)) best = run;
  }
  return best === null ? null : best.map((i) => itemAt(parsed.given, i));
}

/** The end of a word: not followed by a letter, a hyphen or an apostrophe, except a possessive ("MILEI's"). */
const WORD_END = "(?=$|[^\\p{L}'\u2019-]|['\u2019]s\\b)";

/**
 * True when the profile writes the upper-case surname without the words that follow it in the
 * full name somewhere ("Daniel ORTEGA" for "Jose Daniel ORTEGA Saavedra"): those words are a
 * second surname the press leaves out.
 */
export function surnameStandsAlone(parsed: Pick<ParsedLeader, 'surnameAsWritten' | 'after'>, profile: string): boolean {
  const next = parsed.after[0];
  if (next === undefined || parsed.surnameAsWritten === '') return false;
  const surname = parsed.surnameAsWritten.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of profile.matchAll(new RegExp(`${surname}${WORD_END}\\s*(\\S*)`, 'gu'))) {
    if (fold(m[1] ?? '') !== fold(next) && !/^['\u2019]s\b/u.test(m[1] ?? '')) return true;
  }
  return false;
}

/** A Russian or Belarusian patronymic ("Vladimirovich"): the press drops it. */
const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ovich|evich|ovna|evna|ichna)$/u;

const YEARLY_RESULT = /(\d{4})\s*[:-]\s*(.*?)(?=\d{4}\s*[:-]|$)/gs;

/** A temporary qualifier before an office: the same office, held for now. */
const TEMPORARY = /^(?:acting|interim|caretaker|transition(?:al)?)\s+/;

/**
 * True when the Factbook's "since" date is the start of the current term rather than of the time
 * in office: the election results show the same person (same surname after one of their given
 * names) elected to the same office in an earlier year, or re-elected to it in the election that
 * opened this term. The Factbook gives no earlier date, so the card must say "current term since".
 */
export function sinceIsTermStart(parsed: Pick<ParsedLeader, 'since' | 'surnameAsWritten' | 'given'>, title: string, electionResults: string): boolean {
  const sinceYear = Number((parsed.since ?? '').slice(0, 4));
  if (!sinceYear || parsed.surnameAsWritten === '') return false;
  const office = normalizeKey(title).replace(TEMPORARY, '');
  const given = new Set(parsed.given.map(fold));
  const surname = parsed.surnameAsWritten.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const elected = new RegExp(`(\\S+)\\s+${surname}(?:\\s+\\([^)]*\\))?\\s+(re-?elected|elected|reappointed|appointed)\\s+([a-z ]+?)(?=\\s+(?:in|by|for|on|during|with|after)\\b|\\s*[;,.(]|$)`, 'gu');
  for (const m of electionResults.matchAll(YEARLY_RESULT)) {
    const year = Number(m[1]);
    for (const e of (m[2] ?? '').matchAll(elected)) {
      // The same person: a given name of theirs right before the surname (not a father or namesake).
      if (given.size > 0 && !given.has(fold(e[1] ?? ''))) continue;
      if (normalizeKey(e[3] ?? '') !== office) continue;
      if (year < sinceYear - 1) return true;
      if (/^re/.test(e[2] ?? '') && year >= sinceYear - 1 && year <= sinceYear) return true;
    }
  }
  return false;
}

export interface LeaderNames {
  /** The press form: the formal name unless the data shows which words the press drops. */
  name: string;
  /** Every other form a reader may meet: given names shortened from either end, the second surname dropped or kept. */
  altNames: string[];
  surname: string;
  firstName: string;
}

/** Runs of the given names that keep the first or the last one ("Bola", "Bola Ahmed", "Ahmed Adekunle", "Adekunle"). */
function givenRuns(given: readonly string[]): string[][] {
  const runs: string[][] = [];
  for (let n = 1; n <= given.length; n += 1) runs.push(given.slice(0, n), given.slice(given.length - n));
  return runs;
}

/**
 * The press form of a Factbook name, and the forms between it and the formal one. The upper-case
 * surname is the anchor. Given names drop only where the profile itself drops them (or they are a
 * patronymic); words after the surname drop where the profile drops them, or where the country
 * names people with two surnames (Spanish usage: "Claudia SHEINBAUM Pardo" is "Claudia Sheinbaum"),
 * never a particle-led or suffix tail elsewhere ("LULA da Silva", "MARCOS, Jr."). A surname written
 * first ("XI Jinping", "KIM Jong Un") keeps everything. Where no rule applies, the formal name stays.
 */
export function leaderNames(parsed: ParsedLeader, profile: string, twoSurnames: boolean): LeaderNames {
  // Two upper-case surnames where Spanish is spoken: the press may use the first one alone, as another
  // name. Elsewhere two words in capitals are one surname ("PIRC MUSAR", "LEON GUERRERO", "VILA NOVA"),
  // and "DOS RAMOS" is one surname with its particle.
  const surnames = parsed.surname.split(' ');
  const firstSurname = twoSurnames && surnames.length === 2 && parsed.first !== parsed.surname && !NAME_PARTICLES.has(itemAt(surnames, 0).toLowerCase()) ? itemAt(surnames, 0) : null;
  const withoutPatronymic = parsed.given.filter((w) => !PATRONYMIC.test(w));
  const givenInUse = givenNamesInUse(parsed, profile) ?? (withoutPatronymic.length > 0 && withoutPatronymic.length < parsed.given.length ? withoutPatronymic : null);
  const afterFirst = parsed.after[0] ?? '';
  const afterLast = parsed.after[parsed.after.length - 1] ?? '';
  const westernOrder = parsed.given.length > 0 && afterFirst !== '' && !isSuffix(afterLast);
  const secondSurname = westernOrder && twoSurnames;
  const dropAfter = secondSurname || (westernOrder && !NAME_PARTICLES.has(afterFirst.toLowerCase()) && surnameStandsAlone(parsed, profile));
  const core = parsed.name.replace(/, (Jr\.|Sr\.)$/, ' $1').split(' ');
  const surnamePart = core.slice(parsed.given.length, core.length - parsed.after.length);
  const withSuffix = (words: readonly string[]): string => words.join(' ').replace(/ (Jr\.|Sr\.)$/, ', $1');
  // "Ali Hoseini-KHAMENEI": the upper-case part after a mixed-case one is the surname the press uses.
  const cappedTail = surnamePart.length === 1 && parsed.surname !== itemAt(surnamePart, 0) && itemAt(surnamePart, 0).endsWith(`-${parsed.surname}`) ? [parsed.surname] : null;
  // "MUHAMMAD BIN ZAYID Al Nuhayyan": a name and patronymic written in capitals is the name in use; the family name drops.
  const cappedPatronymic = parsed.given.length === 0 && /^\S+ (?:BIN|IBN) \S+$/.test(parsed.surnameAsWritten) && parsed.after.length > 0;
  const shortWords = [...(givenInUse ?? parsed.given), ...(cappedTail ?? surnamePart), ...(dropAfter || cappedPatronymic ? [] : parsed.after)];
  const name = givenInUse !== null || dropAfter || cappedTail !== null || cappedPatronymic ? withSuffix(shortWords) : parsed.name;
  const tails = dropAfter || (westernOrder && !NAME_PARTICLES.has(afterFirst.toLowerCase())) ? [parsed.after, []] : [parsed.after];
  // Where the profile shows which given names stay, every form keeps them ("Mohammed Irfaan ALI" is never "Mohammed Ali").
  const runs = givenRuns(parsed.given).filter((run) => givenInUse === null || givenInUse.every((w) => run.includes(w)));
  const between = parsed.given.length < 2 ? [] : runs.flatMap((run) => tails.map((tail) => withSuffix([...run, ...surnamePart, ...tail])));
  const alternatives = [
    ...(firstSurname ? [`${parsed.first} ${firstSurname}`] : []),
    ...(parsed.nickname ? [`${parsed.nickname} ${surnamePart.join(' ')}`] : []),
    ...(dropAfter ? [withSuffix([...parsed.given, ...surnamePart])] : []),
    ...between,
  ];
  return {
    name,
    altNames: [...new Set(alternatives)].filter((a) => a !== name && a !== parsed.name),
    surname: firstSurname ?? parsed.surname,
    firstName: givenInUse?.[0] ?? parsed.first,
  };
}

/** Words that say a person took an office by force, whatever its title. */
const TOOK_POWER = /\bcoup\b|\bseized power\b|\btook power\b/;
const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;

/**
 * True when the profile's running text shows the person in this office before the "since" date:
 * they resigned on that very date and stay on (a caretaker: "SCHOOF resigned on 3 June 2025"), or
 * a sentence that names them with the office (or a coup) falls in an earlier year ("In 2021, Col
 * Mamady DOUMBOUYA led ... coup"; "In 2018, ... elected Nikol PASHINYAN ... as the new prime
 * minister"), the year being the last one the paragraph gave before the mention. The
 * election results cannot show these: power taken in a coup, a prime minister chosen by parliament.
 */
export function heldBeforeSince(parsed: Pick<ParsedLeader, 'since' | 'surnameAsWritten' | 'given' | 'after'>, title: string, profile: string): boolean {
  const since = parsed.since ?? '';
  const sinceYear = Number(since.slice(0, 4));
  if (!sinceYear || parsed.surnameAsWritten === '') return false;
  const surname = parsed.surnameAsWritten.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of profile.matchAll(new RegExp(`${surname}${WORD_END}[^.;]*?\\bresigned on (\\d{1,2}) ([A-Za-z]+) (\\d{4})`, 'gu'))) {
    const [, day = '', month = '', year = ''] = m;
    if (`${year}-${MONTHS[month.toLowerCase()] ?? ''}-${day.padStart(2, '0')}` === since) return true;
  }
  const office = new RegExp(`(?<!vice |deputy |lieutenant |lt\\.? )\\b${normalizeKey(title).replace(TEMPORARY, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
  const given = new Set(parsed.given.map(fold));
  const named = new RegExp(`(\\S+)\\s+${surname}${WORD_END}`, 'gu');
  for (const paragraph of profile.split('\n')) {
    for (const n of paragraph.matchAll(named)) {
      if (given.size > 0 && !given.has(fold(n[1] ?? ''))) continue;
      const at = n.index + n[0].length;
      // "Sultan MOHAMMED V" is not King MOHAMMED VI, nor "Ferdinand MARCOS" his son "MARCOS, Jr.".
      const tail = parsed.after[0];
      if (tail !== undefined && (given.size === 0 || isSuffix(tail)) && !new RegExp(`^,?\\s*${tail.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu').test(paragraph.slice(at))) continue;
      const opened = Math.max(0, ...[...paragraph.slice(0, n.index).matchAll(/[.;!?]\s/g)].map((b) => b.index + 1));
      const closed = paragraph.slice(at).search(/[.;!?](?:\s|$)/);
      const said = normalizeKey(paragraph.slice(at, closed < 0 ? undefined : at + closed));
      const claim = office.exec(said) ?? TOOK_POWER.exec(said);
      // An election in an earlier year is the election results' to tell, and may be an earlier, separate spell ("was the
      // first woman elected president" in 2016, back in 2023): here only a coup or an appointment counts.
      if (claim === null || /\belected\b/.test(said.slice(0, claim.index))) continue;
      // What the sentence says of them comes after their name ("... DOUMBOUYA led a coup", "... PASHINYAN, as the new prime
      // minister"); its year is the last one before the name in the sentence ("In 2021, ..."), or else the one after the claim
      // ("... was first elected president in 1994").
      const year = Number(
        [...paragraph.slice(opened, n.index).matchAll(YEAR)].pop()?.[1] ?? [...said.slice(claim.index).matchAll(YEAR)][0]?.[1] ?? 0,
      );
      if (year > 0 && year < sinceYear - 1) return true;
    }
  }
  return false;
}

const TAKES_THE = new Set(['United Kingdom', 'Netherlands', 'Philippines', 'United Arab Emirates', 'Central African Republic', 'Holy See (Vatican City)', 'Maldives', 'Marshall Islands', 'Solomon Islands', 'Comoros', 'Seychelles', 'Czech Republic', 'Cook Islands', 'Cayman Islands', 'Faroe Islands', 'Falkland Islands (Islas Malvinas)']);

function placeLabel(country: string): string {
  return TAKES_THE.has(country) ? `the ${country}` : country;
}

/** "Prime Minister" + "Spain" → "Prime Minister of Spain"; a title that already names the country (or its long form, "Swiss Confederation") stays as it is. */
export function roleLabel(title: string, country: string, longName: string | null = null): string {
  const words = normalizeKey(country).split(/[\s,()]+/).filter((w) => w.length > 2 && w !== 'the' && w !== 'and');
  const named = (words.length > 0 && words.every((w) => normalizeKey(title).includes(w))) || (longName !== null && normalizeKey(title).includes(normalizeKey(longName)));
  return named ? title : `${title} of ${placeLabel(country)}`;
}

/**
 * Heads of state and government of every country, one record per person. `skipNames` are merge
 * keys of people the U.S. data already covers (the U.S. president is chief of state of territories).
 */
/** A royal style the Factbook writes after the office, before the name ("King Sultan IBRAHIM", "Prime Minister Crown Prince SALMAN"). */
const STYLE_AFTER_OFFICE = /^(King|Queen|Prime Minister|President|Emir|Amir)\s+(?:Sultan|Crown Prince|Sheikh|Shaykh)$/;

/** The office as a card names it: "King Sultan" is the King, "Captains Regent" one Captain Regent. */
export function officeTitle(written: string): string {
  return written.replace(/^co-chiefs of state /i, '').replace(/^Captains Regent$/, 'Captain Regent').replace(STYLE_AFTER_OFFICE, '$1');
}

/**
 * Offices held for a term fixed by law and never renewed at once: San Marino's two Captains
 * Regent serve six months, the President of the Swiss Confederation one calendar year, the chair
 * of Bosnia and Herzegovina's three-member presidency rotates every eight months. The
 * Factbook lists whoever held them when it was written; the term's end is known.
 */
const FIXED_TERM_MONTHS: Readonly<Record<string, number>> = { 'Captain Regent': 6, 'President of the Swiss Confederation': 12, 'Chairperson of the Presidency': 8 };

/** A fixed term's last day; null for other offices, which run until the holder leaves. */
export function fixedTermEnd(title: string, since: string | null): string | null {
  const months = FIXED_TERM_MONTHS[title];
  if (months === undefined || since === null || !/^\d{4}-\d{2}-\d{2}$/.test(since)) return null;
  const day = new Date(`${since}T00:00:00Z`);
  day.setUTCMonth(day.getUTCMonth() + months);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/**
 * A fixed term's end as the role records it: null while the term still runs on the knowledge
 * file's as-of date (the holder is current then, "since" the term began), the day it ended once
 * that date is past (the card says the record runs to then).
 */
export function fixedTermEndBy(title: string, since: string | null, fileAsOf: string): string | null {
  const end = fixedTermEnd(title, since);
  return end !== null && end < fileAsOf ? end : null;
}

export function worldLeaderPeople(data: DataDir, skipNames: ReadonlySet<string>, fileAsOf: string): PersonDraft[] {
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
        const title = officeTitle(parsed.title ?? (office === 'head-of-state' ? 'Head of state' : 'Head of government'));
        const termEnd = fixedTermEndBy(title, parsed.since, fileAsOf);
        const role: DraftRole = {
          title,
          place: row.country,
          label: roleLabel(title, row.country, row.longName),
          office,
          party: null,
          start: parsed.since,
          // A term fixed by law that ended before the file's date ended on its day whoever was chosen next: the card says the term's end, not "current".
          ...(termEnd === null ? { end: null, current: true } : { end: termEnd, current: false, lastKnown: true }),
          ...(sinceIsTermStart(parsed, title, row.elections) || heldBeforeSince(parsed, title, row.profile.replace(row.elections, ' ')) ? { termStart: true } : {}),
          ...(/^acting\b/i.test(title) ? { acting: true } : {}),
          source: SOURCE,
        };
        if (existing) {
          if (!existing.roles.some((r) => r.label === role.label)) existing.roles.push(role);
          continue;
        }
        const names = leaderNames(parsed, row.profile, row.twoSurnames);
        people.set(id, {
          id,
          name: names.name,
          ...(names.name !== parsed.name ? { formalName: parsed.name } : {}),
          altNames: names.altNames,
          ...(parsed.spellings.length > 0 ? { spellings: parsed.spellings } : {}),
          surname: names.surname,
          firstName: names.firstName,
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
