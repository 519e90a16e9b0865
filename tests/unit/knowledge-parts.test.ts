import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/lib/paths';
import { cardFor } from '../../src/knowledge/card-data';
import { buildKnowledgeIndex } from '../../src/knowledge/knowledge-index';
import { joinWithoutHeadings, pastPeopleEntries, peoplePartOf, splitKnowledgeFile, withPastPeople, withUscHeadings } from '../../src/knowledge/knowledge-parts';
import type { KnowledgeFile } from '../../src/knowledge/schema';

/** addons-linter refuses to parse files over this size (MAX_FILE_SIZE_TO_PARSE_MB). */
const STORE_LINTER_LIMIT_BYTES = 5 * 1024 * 1024;

describe('packaged knowledge parts', () => {
  const file = JSON.parse(readFileSync(path.join(REPO_ROOT, 'src/knowledge/knowledge.json'), 'utf8')) as KnowledgeFile;
  const parts = splitKnowledgeFile(file);
  const packaged = JSON.parse(JSON.stringify(parts)) as typeof parts;

  it('join back into the committed file once the headings and the people parts arrive', () => {
    const joined = withPastPeople(withUscHeadings(joinWithoutHeadings(packaged.core, packaged.sections), packaged.headings), packaged.people);
    expect(joined).toEqual(file);
  });

  it('index every past officeholder from the core, and put each record in the part its id names', () => {
    const past = pastPeopleEntries(packaged.core.pastPeople);
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
    const lookup = buildKnowledgeIndex(core, pastPeopleEntries(packaged.core.pastPeople));
    const past = pastPeopleEntries(packaged.core.pastPeople)[0]!;
    expect(core.people.some((p) => p.id === past.id)).toBe(false);
    expect(lookup.peopleByAlias(past.aliases[0]!).map((c) => c.id)).toContain(past.id);
  });

  it('recognise citations against every section before the headings arrive', () => {
    const lookup = buildKnowledgeIndex(joinWithoutHeadings(packaged.core, packaged.sections));
    expect(lookup.uscSection('8', '1324')).toEqual({ id: 'usc:8:1324', citation: '8 U.S.C. § 1324' });
    expect(lookup.uscSection('8', '99999')).toBeNull();
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
