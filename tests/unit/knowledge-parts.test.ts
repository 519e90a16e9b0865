import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/lib/paths';
import { cardFor } from '../../src/knowledge/card-data';
import { buildKnowledgeIndex } from '../../src/knowledge/knowledge-index';
import { joinWithoutHeadings, deferredPeopleEntries, peoplePartOf, splitKnowledgeFile, withDeferredPeople, withUscHeadings } from '../../src/knowledge/knowledge-parts';
import type { KnowledgeFile } from '../../src/knowledge/schema';

/** addons-linter refuses to parse files over this size (MAX_FILE_SIZE_TO_PARSE_MB). */
const STORE_LINTER_LIMIT_BYTES = 5 * 1024 * 1024;

describe('packaged knowledge parts', () => {
  const file = JSON.parse(readFileSync(path.join(REPO_ROOT, 'src/knowledge/knowledge.json'), 'utf8')) as KnowledgeFile;
  const parts = splitKnowledgeFile(file);
  const packaged = JSON.parse(JSON.stringify(parts)) as typeof parts;

  it('join back into the committed file once the headings and the people parts arrive', () => {
    const joined = withDeferredPeople(withUscHeadings(joinWithoutHeadings(packaged.core, packaged.sections), packaged.headings), packaged.people);
    expect(joined).toEqual(file);
  });

  it('index every past officeholder from the core, and put each record in the part its id names', () => {
    const past = deferredPeopleEntries(packaged.core.deferredPeople);
    expect(past.length + packaged.core.people.length).toBe(file.people.length);
    packaged.people.forEach((part, n) => expect(part.every((p) => peoplePartOf(p.id) === n)).toBe(true));
    const byId = new Map(file.people.map((p) => [p.id, p]));
    for (const entry of past) {
      const full = byId.get(entry.id)!;
      expect(entry).toEqual({ id: full.id, name: full.name, aliases: full.aliases, surname: full.surname, contextWords: full.contextWords, prominent: full.prominent });
    }
  });

  it('recognise a past officeholder by full name before the people parts arrive', () => {
    const core = joinWithoutHeadings(packaged.core, packaged.sections);
    const packagedLookup = buildKnowledgeIndex(core, packaged.core.deferredPeople);
    const fullLookup = buildKnowledgeIndex(file);
    const past = deferredPeopleEntries(packaged.core.deferredPeople);
    expect(core.people.some((p) => p.id === past[0]!.id)).toBe(false);
    // The packaged index answers every past officeholder's names and surname as the full file's index does.
    const ids = (list: readonly { id: string; viaSurname?: boolean; surnameRule?: string }[]): string[] => list.map((c) => `${c.id}${c.viaSurname ? ` via ${c.surnameRule ?? 'surname'}` : ''}`).sort();
    for (const person of past.filter((_, i) => i % 97 === 0)) {
      for (const key of [...person.aliases, ...(person.surname ? [person.surname] : [])]) {
        expect(ids(packagedLookup.peopleByAlias(key))).toEqual(ids(fullLookup.peopleByAlias(key)));
      }
      const given = person.aliases[0]?.split(' ')[0];
      if (given) expect(packagedLookup.isGivenName?.(given)).toBe(fullLookup.isGivenName?.(given));
    }
  });

  it('recognise citations against every section before the headings arrive', () => {
    const lookup = buildKnowledgeIndex(joinWithoutHeadings(packaged.core, packaged.sections));
    expect(lookup.uscSection('8', '1324')).toEqual({ id: 'usc:8:1324', citation: '8 U.S.C. § 1324' });
    expect(lookup.uscSection('8', '99999')).toBeNull();
  });

  it('spread a title\u2019s sections out only when a citation first reads them, so the cold start never does', () => {
    const joined = joinWithoutHeadings(packaged.core, packaged.sections);
    const lookup = buildKnowledgeIndex(joined);
    const spread = (title: string): boolean => Object.getOwnPropertyDescriptor(joined.usc[title], 'sections')?.get === undefined;
    expect(Object.keys(joined.usc).filter(spread)).toEqual([]);
    expect(lookup.uscSection('8', '1324')).not.toBeNull();
    expect(Object.keys(joined.usc).filter(spread)).toEqual(['8']);
    expect(Object.keys(joined.usc['8']?.sections ?? {})).toEqual(packaged.sections['8']?.sections.split('|'));
  });

  it('give the heading on the card only from the headings part', () => {
    const withoutHeadings = joinWithoutHeadings(packaged.core, packaged.sections);
    const card = cardFor(withUscHeadings(withoutHeadings, packaged.headings), 'usc:8:1324');
    expect(card?.kind === 'statute' ? card.heading : null).toBe('Bringing in and harboring certain aliens');
  });

  it('each stay under the store linter limit, and the start-up parts are small', () => {
    const sizes = [parts.core, parts.sections, parts.headings, ...parts.people].map((part) => Buffer.byteLength(JSON.stringify(part)));
    expect(sizes.every((size) => size < STORE_LINTER_LIMIT_BYTES)).toBe(true);
    expect(sizes[1]! * 4).toBeLessThan(sizes[2]!);
  });
});
