import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cardFor } from '../../src/knowledge/card-data';
import { parseKnowledgeFile } from '../../src/knowledge/knowledge-file';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const file = parseKnowledgeFile(JSON.parse(readFileSync(resolve(repoRoot, 'src/knowledge/knowledge.json'), 'utf8')) as unknown);

describe('cardFor', () => {
  it('builds the 8 U.S.C. 1324 statute card with heading, penalties, INA § 274 and the official link', () => {
    const card = cardFor(file, 'usc:8:1324');
    expect(card?.kind).toBe('statute');
    if (card?.kind !== 'statute') return;
    expect(card.citation).toBe('8 U.S.C. § 1324');
    expect(card.title).toBe('Title 8 — Aliens and Nationality');
    expect(card.heading).toBe('Bringing in and harboring certain aliens');
    expect(card.penalties[2]).toBe('Death or life in prison if someone dies');
    expect(card.related[0]).toEqual({ id: 'act:ina', citation: 'INA § 274', label: 'Immigration and Nationality Act § 274' });
    expect(card.officialUrl).toBe('https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title8-section1324');
    expect(card.sources.map((s) => s.publisher)).toContain('Office of the Law Revision Counsel, U.S. House of Representatives');
  });

  it('builds a card for an uncurated section from the headings alone', () => {
    const card = cardFor(file, 'usc:18:1111');
    expect(card?.kind === 'statute' ? card.heading : null).toBe('Murder');
    expect(card?.kind === 'statute' ? card.summary : 'x').toBeNull();
    expect(cardFor(file, 'usc:8:999999')).toBeNull();
  });

  it('builds a card for a whole title, for cites like "Title 8 of the U.S. Code"', () => {
    const card = cardFor(file, 'usc:8');
    expect(card?.kind).toBe('statute');
    if (card?.kind !== 'statute') return;
    expect(card.citation).toBe('8 U.S.C.');
    expect(card.title).toBe('Title 8 — Aliens and Nationality');
    expect(card.summary).toMatch(/^Title 8 of the United States Code gathers the federal laws on aliens and nationality, in [\d,]+ sections\.$/);
    expect(card.officialUrl).toBe('https://uscode.house.gov/browse/prelim@title8');
    expect(cardFor(file, 'usc:99')).toBeNull();
  });

  it('builds person cards: current role in words, former roles never current', () => {
    const johnson = cardFor(file, 'bioguide:J000299');
    expect(johnson).toMatchObject({ kind: 'person', name: 'Mike Johnson', role: 'Speaker of the U.S. House of Representatives', roleIsCurrent: true, party: 'Republican', state: 'Louisiana' });
    const obama = cardFor(file, 'bioguide:O000167');
    expect(obama).toMatchObject({ role: 'President of the United States', roleIsCurrent: false, roleDates: '2009–2017' });
    const warren = cardFor(file, 'bioguide:W000817');
    expect(warren).toMatchObject({ role: 'U.S. senator from Massachusetts', roleIsCurrent: true, party: 'Democrat' });
  });

  it('says PLUM data may be stale, with its as-of date', () => {
    const lyons = cardFor(file, 'plum:todd-lyons');
    expect(lyons?.kind === 'person' ? lyons.role : null).toBe('Acting Director of U.S. Immigration and Customs Enforcement');
    expect(lyons?.kind === 'person' ? lyons.caveat : null).toContain('as of mid-2025');
    expect(lyons?.sources[0]?.asOf).toBe('2025-06');
  });

  it('builds the Homan card from the curated entry', () => {
    const homan = cardFor(file, 'cur:thomas-homan');
    expect(homan).toMatchObject({ role: 'White House border czar', roleIsCurrent: true, roleDates: '2025–present' });
    expect(homan?.kind === 'person' ? homan.otherRoles : []).toEqual(['Acting Director of U.S. Immigration and Customs Enforcement (2017–2018)']);
  });

  it('builds series cards with record and latest values', () => {
    const card = cardFor(file, 'dhs:removals');
    expect(card).toMatchObject({ kind: 'series', record: { period: 'FY2013', value: 432281 }, latest: { period: 'FY2019', value: 359885 } });
    const ice = cardFor(file, 'ice:removals');
    expect(ice).toMatchObject({ record: { period: 'FY2012', value: 409849 } });
    const rate = cardFor(file, 'bls:unemployment-rate');
    expect(rate).toMatchObject({ latest: { period: '2024', value: 0.04 } });
  });

  it('builds act and constitution cards', () => {
    expect(cardFor(file, 'act:aca')).toMatchObject({ citation: 'Pub. L. 111-148', title: 'Patient Protection and Affordable Care Act' });
    expect(cardFor(file, 'const:amend:1')).toMatchObject({ citation: 'U.S. Const. amend. I', title: 'First Amendment', officialUrl: 'https://constitution.congress.gov/constitution/amendment-1/' });
    expect(cardFor(file, 'nope')).toBeNull();
  });
});
