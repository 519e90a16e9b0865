/**
 * How the packaged extension carries the one knowledge file. Store linters refuse to parse any file
 * over 5 MB, half of the Code part is section headings that only a card ever shows, and most
 * people are past officeholders (or sitting judges and state officers) whose full record only a
 * card needs. So the build writes:
 * - the core (everything but the Code and those deferred people's records), needed to recognise
 *   anything, with a compact index of every deferred person (id, name, aliases, surname, context
 *   words) so they are recognised from the start;
 * - the Code's titles and section numbers, which recognition checks citations against;
 * - the section headings, fetched only when a card for a Code section is first built;
 * - the deferred people's full records in a few parts, each fetched the first time a card for
 *   one of its people is built.
 */
import { itemAt } from '../core/item-at';
import type { KnowledgeFile, Person, UscTitle } from './schema';

export const KNOWLEDGE_CORE_FILE = 'knowledge-core.json';
export const KNOWLEDGE_USC_SECTIONS_FILE = 'knowledge-usc-sections.json';
export const KNOWLEDGE_USC_HEADINGS_FILE = 'knowledge-usc-headings.json';
/** Parts the deferred people's records are spread over: each well under the store linters' 5 MB. */
export const KNOWLEDGE_PEOPLE_PART_COUNT = 5;

export function knowledgePeoplePartFile(part: number): string {
  return `knowledge-people-${part}.json`;
}

/** Joins section numbers, aliases and context words in one string: far smaller to fetch and parse than arrays. */
export const SEPARATOR = '|';

/** One deferred person in the start-up index: id, display name, index into `contextSets`. Rows are in id order. */
export type DeferredPersonRow = readonly [id: string, name: string, contextSet: number];

/**
 * Deferred people as recognition needs them, laid out so that loading costs one JSON parse and
 * a few string splits: lookups are binary searches over sorted key lists, and a person becomes an
 * object only when a text names them.
 */
export interface DeferredPeopleIndex {
  /** Distinct context-word sets, each joined by SEPARATOR: thousands of former members share a few hundred. */
  readonly contextSets: readonly string[];
  readonly rows: readonly DeferredPersonRow[];
  /** Sorted normalised aliases, joined by KEY_SEPARATOR. */
  readonly aliasKeys: string;
  /** For each alias key, the row numbers naming it, comma-separated, joined by KEY_SEPARATOR. */
  readonly aliasRows: string;
  /** Sorted surnames that may link alone (most past officeholders have none), and their rows, the same way. */
  readonly surnameKeys: string;
  readonly surnameRows: string;
  /** Sorted first words of the aliases, joined by KEY_SEPARATOR. */
  readonly givenNames: string;
}

/** Separates keys in the sorted lists: never part of a normalised name. */
export const KEY_SEPARATOR = '\n';

export type KnowledgeCore = Omit<KnowledgeFile, 'usc'> & { readonly deferredPeople: DeferredPeopleIndex };
/** Title number -> its name and its section numbers joined by SEPARATOR. */
export type UscSections = Readonly<Record<string, { readonly name: string; readonly sections: string }>>;
/** Title number -> section number -> heading. */
export type UscHeadings = Readonly<Record<string, Readonly<Record<string, string>>>>;

export interface KnowledgeParts {
  readonly core: KnowledgeCore;
  readonly sections: UscSections;
  readonly headings: UscHeadings;
  /** Deferred people's full records, part n at index n. */
  readonly people: readonly (readonly Person[])[];
}

/** What recognition needs of a person, whether the full record is loaded or not. */
export type PersonIndexEntry = Pick<Person, 'id' | 'name' | 'aliases' | 'surname' | 'contextWords' | 'prominent'>;

/**
 * People whose record is in the core: the prominent (holding a notable office by their source).
 * Everyone else (past officeholders, sitting judges, state officers) is recognised from the
 * deferred index and carded from a people part.
 */
export function isCorePerson(person: Person): boolean {
  return person.prominent;
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
  const rows: DeferredPersonRow[] = [];
  const aliasRows = new Map<string, number[]>();
  const surnameRows = new Map<string, number[]>();
  const givenNames = new Set<string>();
  const add = (map: Map<string, number[]>, key: string, row: number): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [row]);
    else if (list[list.length - 1] !== row) list.push(row);
  };
  for (const person of [...people].sort((a, b) => compareCodeUnits(a.id, b.id))) {
    if (isCorePerson(person)) {
      corePeople.push(person);
      continue;
    }
    itemAt(parts, peoplePartOf(person.id)).push(person);
    const words = person.contextWords.join(SEPARATOR);
    let set = contextSetIndex.get(words);
    if (set === undefined) {
      set = contextSets.length;
      contextSets.push(words);
      contextSetIndex.set(words, set);
    }
    const row = rows.length;
    rows.push([person.id, person.name, set]);
    for (const alias of person.aliases) {
      add(aliasRows, alias, row);
      const space = alias.indexOf(' ');
      if (space > 1) givenNames.add(alias.slice(0, space));
    }
    if (person.surname !== null) add(surnameRows, person.surname, row);
  }
  const table = (map: Map<string, number[]>): [string, string] => {
    const keys = [...map.keys()].sort(compareCodeUnits);
    return [keys.join(KEY_SEPARATOR), keys.map((k) => (map.get(k) ?? []).join(',')).join(KEY_SEPARATOR)];
  };
  const [aliasKeys, aliasRowList] = table(aliasRows);
  const [surnameKeys, surnameRowList] = table(surnameRows);
  const deferredPeople: DeferredPeopleIndex = {
    contextSets,
    rows,
    aliasKeys,
    aliasRows: aliasRowList,
    surnameKeys,
    surnameRows: surnameRowList,
    givenNames: [...givenNames].sort(compareCodeUnits).join(KEY_SEPARATOR),
  };
  return { core: { ...rest, people: corePeople, deferredPeople }, sections, headings, people: parts };
}

/** Plain code-unit order, the order binary searches over the key lists assume. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when `id` is a deferred person of the index (rows are in id order). */
export function isDeferredPerson(index: DeferredPeopleIndex, id: string): boolean {
  let lo = 0;
  let hi = index.rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = itemAt(index.rows, mid)[0];
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Position of `key` in a sorted list, or -1. */
export function sortedIndexOf(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = itemAt(sorted, mid);
    if (v === key) return mid;
    if (v < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The deferred people of the core's index as recognition reads people (for tests and tools; the index itself reads the tables). */
export function deferredPeopleEntries(index: DeferredPeopleIndex): PersonIndexEntry[] {
  const sets = index.contextSets.map((s) => (s === '' ? [] : s.split(SEPARATOR)));
  const aliases: string[][] = index.rows.map(() => []);
  const surnames: (string | null)[] = index.rows.map(() => null);
  const spread = (keys: string, rows: string, into: (row: number, key: string) => void): void => {
    if (keys === '') return;
    const rowLists = rows.split(KEY_SEPARATOR);
    keys.split(KEY_SEPARATOR).forEach((key, i) => {
      for (const row of itemAt(rowLists, i).split(',')) into(Number(row), key);
    });
  };
  spread(index.aliasKeys, index.aliasRows, (row, key) => itemAt(aliases, row).push(key));
  spread(index.surnameKeys, index.surnameRows, (row, key) => {
    surnames[row] = key;
  });
  return index.rows.map(([id, name, set], row) => ({
    id,
    name,
    aliases: itemAt(aliases, row).sort(compareCodeUnits),
    surname: surnames[row] ?? null,
    contextWords: sets[set] ?? [],
    prominent: false,
  }));
}

/**
 * A title whose sections (empty headings) are spread out the first time anything reads them: the
 * fifty thousand sections of the Code cost the cold start nothing, and a title costs its few
 * milliseconds only when an article first cites it.
 */
function titleWithSectionsOnDemand(name: string, joined: string): UscTitle {
  const title = { name } as UscTitle;
  Object.defineProperty(title, 'sections', {
    enumerable: true,
    configurable: true,
    get(): Record<string, string> {
      const empty: Record<string, string> = {};
      for (const section of joined.split(SEPARATOR)) empty[section] = '';
      Object.defineProperty(title, 'sections', { value: empty, enumerable: true });
      return empty;
    },
  });
  return title;
}

/**
 * The knowledge file as recognition needs it: every title and section present, headings empty
 * until `withUscHeadings` fills them in, and only the core's people until `withDeferredPeople`.
 */
export function joinWithoutHeadings(core: KnowledgeCore, sections: UscSections): KnowledgeFile {
  const { deferredPeople: _, ...rest } = core;
  const usc: Record<string, UscTitle> = {};
  for (const [number, title] of Object.entries(sections)) usc[number] = titleWithSectionsOnDemand(title.name, title.sections);
  return { ...rest, usc };
}

export function withUscHeadings(file: KnowledgeFile, headings: UscHeadings): KnowledgeFile {
  const usc: Record<string, UscTitle> = {};
  for (const [number, title] of Object.entries(file.usc)) usc[number] = { name: title.name, sections: { ...headings[number] } };
  return { ...file, usc };
}

/** The file with the records of some people parts added, people kept in id order as in the full file. */
export function withDeferredPeople(file: KnowledgeFile, parts: readonly (readonly Person[])[]): KnowledgeFile {
  const known = new Set(file.people.map((p) => p.id));
  const added = parts.flat().filter((p) => !known.has(p.id));
  if (added.length === 0) return file;
  const people = [...file.people, ...added].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...file, people };
}
