/**
 * The recognition lookup built from the knowledge file: maps keyed on normalised names, built
 * in one pass over people, acts, constitutional provisions and series. U.S. Code headings are
 * read in place (the file already keys them by title and section), so tens of thousands of
 * sections cost nothing to index.
 */
import { itemAt } from '../core/item-at';
import { normalizeKey } from '../core/text-normalize';
import type { KnowledgeLookup, PersonCandidate, SeriesCandidate, StatuteCandidate } from '../core/types';
import { KEY_SEPARATOR, SEPARATOR, sortedIndexOf, type DeferredPeopleIndex } from './knowledge-parts';
import type { Act, KnowledgeFile } from './schema';
import { uscCitation, uscTitleCitation } from './usc-citation';

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** "section 10(b) of the securities exchange act of 1934" -> section "10", act key. */
const ACT_SECTION_NAME = /^section (\d+[a-z]*)(?:\([a-z0-9]+\))* of (?:the )?(.+)$/;

type SurnameRule = NonNullable<PersonCandidate['surnameRule']>;

/**
 * Deferred people looked up in the core's sorted tables by binary search: nothing is built for
 * them at load time, and a person becomes a candidate object only when a text names them.
 */
function deferredPeopleLookup(index: DeferredPeopleIndex, surnameRule: (surname: string) => SurnameRule | undefined) {
  const split = (text: string): string[] => (text === '' ? [] : text.split(KEY_SEPARATOR));
  const aliasKeys = split(index.aliasKeys);
  const aliasRows = split(index.aliasRows);
  const surnameKeys = split(index.surnameKeys);
  const surnameRows = split(index.surnameRows);
  const givenNames = split(index.givenNames);
  const contextSets = new Map<number, readonly string[]>();
  const candidate = (row: number): PersonCandidate => {
    const [id, name, set] = itemAt(index.rows, row);
    let words = contextSets.get(set);
    if (words === undefined) {
      const joined = index.contextSets[set] ?? '';
      words = joined === '' ? [] : joined.split(SEPARATOR);
      contextSets.set(set, words);
    }
    return { id, name, contextWords: words, prominent: false };
  };
  const rowsFor = (keys: readonly string[], rows: readonly string[], key: string): number[] => {
    const at = sortedIndexOf(keys, key);
    return at < 0 ? [] : itemAt(rows, at).split(',').map(Number);
  };
  return {
    byAlias: (key: string): PersonCandidate[] => rowsFor(aliasKeys, aliasRows, key).map(candidate),
    bySurname: (key: string): PersonCandidate[] => {
      const named = new Set(rowsFor(aliasKeys, aliasRows, key));
      const rule = surnameRule(key);
      return rowsFor(surnameKeys, surnameRows, key)
        .filter((row) => !named.has(row))
        .map((row) => ({ ...candidate(row), viaSurname: true, ...(rule ? { surnameRule: rule } : {}) }));
    },
    isGivenName: (key: string): boolean => sortedIndexOf(givenNames, key) >= 0,
  };
}

/**
 * `deferredPeople`, in the packaged build, indexes the deferred people (past officeholders, judges, state officers) whose full records are not
 * in `file` (they load only for cards).
 */
export function buildKnowledgeIndex(file: KnowledgeFile, deferredPeople?: DeferredPeopleIndex): KnowledgeLookup {
  const byAlias = new Map<string, PersonCandidate[]>();
  const bySurname = new Map<string, PersonCandidate[]>();
  const givenNames = new Set<string>();
  const surnameRule = (surname: string): SurnameRule | undefined =>
    Object.hasOwn(file.ambiguousAliases, surname) ? file.ambiguousAliases[surname]?.resolution : undefined;
  for (const person of file.people) {
    const base: PersonCandidate = { id: person.id, name: person.name, contextWords: person.contextWords, prominent: person.prominent };
    const seen = new Set<string>();
    for (const alias of person.aliases) {
      if (seen.has(alias)) continue;
      seen.add(alias);
      push(byAlias, alias, base);
      const space = alias.indexOf(' ');
      if (space > 1) givenNames.add(alias.slice(0, space));
    }
    if (person.surname && !seen.has(person.surname)) {
      const rule = surnameRule(person.surname);
      push(bySurname, person.surname, rule ? { ...base, viaSurname: true, surnameRule: rule } : { ...base, viaSurname: true });
    }
  }
  const deferred = deferredPeople === undefined ? null : deferredPeopleLookup(deferredPeople, surnameRule);

  const statutesByName = new Map<string, StatuteCandidate>();
  const actsByKey = new Map<string, Act>();
  const addName = (key: string, candidate: StatuteCandidate): void => {
    if (!statutesByName.has(key)) statutesByName.set(key, candidate);
  };
  const yearless: Array<[string, Act, StatuteCandidate]> = [];
  for (const act of file.acts) {
    const candidate: StatuteCandidate = { id: act.id, citation: act.name };
    for (const alias of act.aliases) {
      addName(alias, candidate);
      actsByKey.set(alias, act);
      // Articles drop the year: "the Securities Exchange Act" for "... Act of 1934".
      const short = alias.replace(/ of \d{4}$/, '');
      if (short !== alias) yearless.push([short, act, candidate]);
    }
    actsByKey.set(normalizeKey(act.name), act);
    addName(normalizeKey(act.name), candidate);
    if (act.publicLaw) addName(normalizeKey(act.publicLaw), { id: act.id, citation: act.publicLaw });
  }
  const yearlessCount = new Map<string, number>();
  for (const [short] of yearless) yearlessCount.set(short, (yearlessCount.get(short) ?? 0) + 1);
  for (const [short, act, candidate] of yearless) {
    if (yearlessCount.get(short) !== 1 || statutesByName.has(short)) continue;
    addName(short, candidate);
    actsByKey.set(short, act);
  }
  for (const provision of file.constitution) {
    const candidate: StatuteCandidate = { id: provision.id, citation: provision.citation };
    addName(normalizeKey(provision.citation), candidate);
    addName(normalizeKey(provision.name), candidate);
    for (const alias of provision.aliases) addName(alias, candidate);
  }
  // Curated act sections: a popular name "section 10(b) of the securities exchange act of 1934" on a
  // Code section maps that act's section 10 there, as the shared crosswalks do for other acts.
  const curatedWalks = new Map<string, Map<string, StatuteCandidate>>();
  for (const statute of file.statutes) {
    const candidate: StatuteCandidate = { id: statute.id, citation: uscCitation(statute.title, statute.section) };
    for (const name of statute.popularNames) {
      const actSection = ACT_SECTION_NAME.exec(name);
      const act = actSection ? actsByKey.get(actSection[2] as string) : undefined;
      if (act && actSection) {
        const walk = curatedWalks.get(act.id) ?? new Map<string, StatuteCandidate>();
        walk.set(actSection[1] as string, candidate);
        curatedWalks.set(act.id, walk);
        continue;
      }
      addName(name, candidate);
    }
  }
  const names = [...statutesByName.keys()];

  const seriesByTerm = new Map<string, SeriesCandidate[]>();
  for (const s of file.series) {
    const candidate: SeriesCandidate = { id: s.id, name: s.name, unit: s.unit, values: s.values, recordPeriod: s.recordPeriod };
    for (const term of s.terms) push(seriesByTerm, term, candidate);
  }
  const terms = [...seriesByTerm.keys()];

  const uscSection = (title: string, section: string): StatuteCandidate | null => {
    const t = Object.hasOwn(file.usc, title) ? file.usc[title] : undefined;
    if (!t || !Object.hasOwn(t.sections, section)) return null;
    return { id: `usc:${title}:${section}`, citation: uscCitation(title, section) };
  };

  const none: readonly PersonCandidate[] = [];
  // A common surname has hundreds of holders: copy a list only when two must be joined.
  const joined = (a: readonly PersonCandidate[] | undefined, b: readonly PersonCandidate[] | undefined): readonly PersonCandidate[] =>
    !b || b.length === 0 ? (a ?? none) : !a || a.length === 0 ? b : [...a, ...b];
  return {
    peopleByAlias(key) {
      const full = joined(byAlias.get(key), deferred?.byAlias(key));
      const surname = joined(bySurname.get(key), deferred?.bySurname(key));
      if (full.length > 0 && surname.length > 0) {
        const ids = new Set(full.map((c) => c.id));
        return [...full, ...surname.filter((c) => !ids.has(c.id))];
      }
      return full.length > 0 ? full : surname.length > 0 ? surname : none;
    },
    uscSection,
    uscTitle(title) {
      return Object.hasOwn(file.usc, title) ? { id: `usc:${title}`, citation: uscTitleCitation(title) } : null;
    },
    isGivenName(key) {
      return givenNames.has(key) || (deferred?.isGivenName(key) ?? false);
    },
    statuteByName(key) {
      return statutesByName.get(key) ?? null;
    },
    statuteNames() {
      return names;
    },
    actSectionToUsc(actKey, section) {
      const act = actsByKey.get(actKey);
      const key = section.toLowerCase();
      const curated = act ? curatedWalks.get(act.id)?.get(key) : undefined;
      if (curated) return curated;
      const crosswalk = act?.crosswalk;
      const target = crosswalk && Object.hasOwn(crosswalk, key) ? crosswalk[key] : undefined;
      const title = act?.crosswalkTitle ?? act?.usc?.title;
      if (!target || !title) return null;
      return uscSection(title, target);
    },
    seriesByTerm(key) {
      return seriesByTerm.get(key) ?? [];
    },
    seriesTerms() {
      return terms;
    },
  };
}
