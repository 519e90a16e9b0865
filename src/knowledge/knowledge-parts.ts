/**
 * How the packaged extension carries the one knowledge file. Store linters refuse to parse any file
 * over 5 MB, half of the Code part is section headings that only a card ever shows, and most
 * people are past officeholders whose full record only a card needs. So the build writes:
 * - the core (everything but the Code and the past officeholders' records), needed to recognise
 *   anything, with a compact index of every past officeholder (id, name, aliases, surname, context
 *   words) so they are recognised from the start;
 * - the Code's titles and section numbers, which recognition checks citations against;
 * - the section headings, fetched only when a card for a Code section is first built;
 * - the past officeholders' full records in a few parts, each fetched the first time a card for
 *   one of its people is built.
 */
import type { KnowledgeFile, Person, UscTitle } from './schema';

export const KNOWLEDGE_CORE_FILE = 'knowledge-core.json';
export const KNOWLEDGE_USC_SECTIONS_FILE = 'knowledge-usc-sections.json';
export const KNOWLEDGE_USC_HEADINGS_FILE = 'knowledge-usc-headings.json';
/** Parts the past officeholders' records are spread over: each well under the store linters' 5 MB. */
export const KNOWLEDGE_PEOPLE_PART_COUNT = 5;

export function knowledgePeoplePartFile(part: number): string {
  return `knowledge-people-${part}.json`;
}

/** Joins section numbers, aliases and context words in one string: far smaller to fetch and parse than arrays. */
const SEPARATOR = '|';

/** One past officeholder in the start-up index: id, name, aliases, surname ('' for none), index into `contextSets`. */
export type PastPersonRow = readonly [id: string, name: string, aliases: string, surname: string, contextSet: number];

export interface PastPeopleIndex {
  /** Distinct context-word sets, each joined by SEPARATOR: thousands of former members share a few hundred. */
  readonly contextSets: readonly string[];
  readonly rows: readonly PastPersonRow[];
}

export type KnowledgeCore = Omit<KnowledgeFile, 'usc'> & { readonly pastPeople: PastPeopleIndex };
/** Title number -> its name and its section numbers joined by SEPARATOR. */
export type UscSections = Readonly<Record<string, { readonly name: string; readonly sections: string }>>;
/** Title number -> section number -> heading. */
export type UscHeadings = Readonly<Record<string, Readonly<Record<string, string>>>>;

export interface KnowledgeParts {
  readonly core: KnowledgeCore;
  readonly sections: UscSections;
  readonly headings: UscHeadings;
  /** Past officeholders' full records, part n at index n. */
  readonly people: readonly (readonly Person[])[];
}

/** What recognition needs of a person, whether the full record is loaded or not. */
export type PersonIndexEntry = Pick<Person, 'id' | 'name' | 'aliases' | 'surname' | 'contextWords' | 'prominent'>;

/**
 * People whose record is in the core: anyone holding an office by their source, or prominent.
 * Everyone else is a past officeholder, recognised from the index and carded from a people part.
 */
export function isCorePerson(person: Person): boolean {
  return person.prominent || person.roles.some((r) => r.current);
}

/** FNV-1a over the id: the same id always lands in the same part, on every machine. */
export function peoplePartOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % KNOWLEDGE_PEOPLE_PART_COUNT;
}

export function splitKnowledgeFile(file: KnowledgeFile): KnowledgeParts {
  const { usc, people, ...rest } = file;
  const sections: Record<string, { name: string; sections: string }> = {};
  const headings: Record<string, Record<string, string>> = {};
  for (const [number, title] of Object.entries(usc)) {
    sections[number] = { name: title.name, sections: Object.keys(title.sections).join(SEPARATOR) };
    headings[number] = title.sections;
  }
  const corePeople: Person[] = [];
  const parts: Person[][] = Array.from({ length: KNOWLEDGE_PEOPLE_PART_COUNT }, () => []);
  const contextSets: string[] = [];
  const contextSetIndex = new Map<string, number>();
  const rows: PastPersonRow[] = [];
  for (const person of people) {
    if (isCorePerson(person)) {
      corePeople.push(person);
      continue;
    }
    parts[peoplePartOf(person.id)]!.push(person);
    const words = person.contextWords.join(SEPARATOR);
    let set = contextSetIndex.get(words);
    if (set === undefined) {
      set = contextSets.length;
      contextSets.push(words);
      contextSetIndex.set(words, set);
    }
    rows.push([person.id, person.name, person.aliases.join(SEPARATOR), person.surname ?? '', set]);
  }
  return { core: { ...rest, people: corePeople, pastPeople: { contextSets, rows } }, sections, headings, people: parts };
}

/** The past officeholders of the core's index, as recognition reads people. */
export function pastPeopleEntries(index: PastPeopleIndex): PersonIndexEntry[] {
  const sets = index.contextSets.map((s) => (s === '' ? [] : s.split(SEPARATOR)));
  return index.rows.map(([id, name, aliases, surname, set]) => ({
    id,
    name,
    aliases: aliases === '' ? [] : aliases.split(SEPARATOR),
    surname: surname === '' ? null : surname,
    contextWords: sets[set] ?? [],
    prominent: false,
  }));
}

/**
 * The knowledge file as recognition needs it: every title and section present, headings empty
 * until `withUscHeadings` fills them in, and only the core's people until `withPastPeople`.
 */
export function joinWithoutHeadings(core: KnowledgeCore, sections: UscSections): KnowledgeFile {
  const { pastPeople: _past, ...rest } = core;
  const usc: Record<string, UscTitle> = {};
  for (const [number, title] of Object.entries(sections)) {
    const empty: Record<string, string> = {};
    for (const section of title.sections.split(SEPARATOR)) empty[section] = '';
    usc[number] = { name: title.name, sections: empty };
  }
  return { ...rest, usc };
}

export function withUscHeadings(file: KnowledgeFile, headings: UscHeadings): KnowledgeFile {
  const usc: Record<string, UscTitle> = {};
  for (const [number, title] of Object.entries(file.usc)) usc[number] = { name: title.name, sections: { ...headings[number] } };
  return { ...file, usc };
}

/** The file with the records of some people parts added, people kept in id order as in the full file. */
export function withPastPeople(file: KnowledgeFile, parts: readonly (readonly Person[])[]): KnowledgeFile {
  const known = new Set(file.people.map((p) => p.id));
  const added = parts.flat().filter((p) => !known.has(p.id));
  if (added.length === 0) return file;
  const people = [...file.people, ...added].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...file, people };
}
