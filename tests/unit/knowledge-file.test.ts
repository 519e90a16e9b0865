import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { KnowledgeAccessor } from '../../src/knowledge/knowledge-accessor';
import { buildKnowledgeIndex } from '../../src/knowledge/knowledge-index';
import { parseKnowledgeFile } from '../../src/knowledge/knowledge-file';
import type { KnowledgeFile } from '../../src/knowledge/schema';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sharedData = resolve(repoRoot, '..', 'shared', 'data');
const file: KnowledgeFile = parseKnowledgeFile(JSON.parse(readFileSync(resolve(repoRoot, 'src/knowledge/knowledge.json'), 'utf8')) as unknown);
const acc = new KnowledgeAccessor(file);

describe('committed knowledge file', () => {
  it('validates against the schema and rejects a broken copy', () => {
    expect(file.version).toBe(1);
    const broken = { ...file, people: [{ id: 'x' }] };
    expect(() => parseKnowledgeFile(broken)).toThrow(/Invalid knowledge file: people\.0/);
  });

  it('has unique ids across every kind', () => {
    const ids = [...file.people.map((p) => p.id), ...file.statutes.map((s) => s.id), ...file.acts.map((a) => a.id), ...file.constitution.map((c) => c.id), ...file.series.map((s) => s.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every fact a source with publisher, URL and as-of date', () => {
    const cited = [
      ...file.people.flatMap((p) => [...p.sources, ...p.roles.map((r) => r.source)]),
      ...file.statutes.flatMap((s) => s.sources),
      ...file.acts.flatMap((a) => a.sources),
      ...file.constitution.flatMap((c) => c.sources),
      ...file.series.flatMap((s) => s.sources),
      file.uscSource,
    ];
    const missing = cited.filter((id) => file.sources[id] === undefined);
    expect(missing).toEqual([]);
    for (const s of Object.values(file.sources)) {
      expect(s.publisher.length).toBeGreaterThan(0);
      expect(s.url).toMatch(/^https:\/\//);
      expect(s.asOf).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });

  it('meets the content floor of the issue', () => {
    expect(file.acts.length).toBeGreaterThanOrEqual(100);
    expect(file.statutes.filter((s) => s.penalties.length > 0).length).toBeGreaterThanOrEqual(50);
    expect(file.constitution.filter((c) => c.kind === 'article')).toHaveLength(7);
    expect(file.constitution.filter((c) => c.kind === 'amendment')).toHaveLength(27);
    expect(Object.keys(file.usc)).toHaveLength(53);
  });

  it('knows 8 U.S.C. 1324 by its heading and INA § 274 through the crosswalk', () => {
    expect(acc.uscSection('usc:8:1324')?.heading).toBe('Bringing in and harboring certain aliens');
    expect(file.usc['8']?.name).toBe('Aliens and Nationality');
    const ina = acc.act('act:ina');
    expect(ina?.crosswalk?.['274']).toBe('1324');
    expect(ina?.crosswalkTitle).toBe('8');
    expect(ina?.aliases).toContain('immigration and nationality act');
    expect(acc.actSectionsFor('8', '1324').map(([a, s]) => `${a.id} ${s}`)).toEqual(['act:ina 274']);
  });

  it('maps popular names to sections and the constitution to its popular forms', () => {
    expect(acc.statute('usc:47:230')?.popularNames).toContain('section 230');
    expect(acc.statute('usc:42:265')?.popularNames).toContain('title 42');
    expect(acc.provision('const:amend:1')?.aliases).toEqual(expect.arrayContaining(['first amendment', '1st amendment', 'amendment i']));
    expect(acc.provision('const:art:2')?.aliases).toContain('article ii');
    expect(acc.provision('const:amend:14')?.citation).toBe('U.S. Const. amend. XIV');
    expect(file.acts.find((a) => a.aliases.includes('obamacare'))?.publicLaw).toBe('Pub. L. 111-148');
  });

  it('has the curated Thomas Homan record', () => {
    const homan = acc.person('cur:thomas-homan');
    expect(homan?.aliases).toEqual(expect.arrayContaining(['thomas homan', 'tom homan']));
    expect(homan?.surname).toBe('homan');
    expect(homan?.roles.map((r) => [r.label, r.current])).toEqual([
      ['White House border czar', true],
      ['Acting Director of U.S. Immigration and Customs Enforcement', false],
    ]);
  });

  it('shows the current Speaker of the House as current and a former president as former', () => {
    const speakers = file.people.filter((p) => p.roles.some((r) => r.label === 'Speaker of the U.S. House of Representatives' && r.current));
    expect(speakers.map((p) => p.name)).toEqual(['Mike Johnson']);
    const obama = file.people.find((p) => p.bioguide === 'O000167');
    expect(obama?.roles[0]?.label).toBe('President of the United States');
    expect(obama?.roles[0]?.current).toBe(false);
    expect(obama?.prominent).toBe(false);
  });

  it('never shows a governor as current past the date the record vouches for, nor one whose successor is on file', () => {
    const snapshot = file.sources['openstates-people']!.asOf;
    const govs = file.people.flatMap((p) => p.roles.filter((r) => r.office === 'governor' && r.source === 'openstates-people').map((r) => ({ p, r })));
    // A record whose term ended with nothing later on file is last known: not current, ending on that term's end.
    const lastKnown = govs.filter(({ r }) => r.lastKnown);
    expect(lastKnown.length).toBeGreaterThan(0);
    for (const { r } of lastKnown) expect(!r.current && r.end !== null && r.end <= snapshot).toBe(true);
    for (const { r } of govs.filter(({ r }) => r.current)) expect(r.end === null || r.end > snapshot).toBe(true);
    // Two holders of one office on file: only the later term is current.
    const byLabel = new Map<string, typeof govs>();
    for (const g of govs) byLabel.set(g.r.label, [...(byLabel.get(g.r.label) ?? []), g]);
    const succeeded = [...byLabel.values()].filter((list) => new Set(list.map((g) => g.p.id)).size > 1);
    expect(succeeded.length).toBeGreaterThan(0);
    for (const list of succeeded) expect(list.filter((g) => g.r.current || g.r.lastKnown).length).toBeLessThanOrEqual(1);
  });

  it('flags shared surnames in the alias table', () => {
    expect(file.ambiguousAliases['johnson']?.resolution).toBe('never-alone');
    expect(file.ambiguousAliases['homan']).toBeUndefined();
  });
});

describe('members for territories', () => {
  it('labels the sitting members for D.C. and the territories as delegates and Puerto Rico’s as resident commissioner, never as representatives', () => {
    const territories = ['District of Columbia', 'Puerto Rico', 'Guam', 'American Samoa', 'U.S. Virgin Islands', 'Northern Mariana Islands'];
    const seats = file.people.flatMap((p) => p.roles).filter((r) => r.current && r.source === 'congress-legislators' && r.place !== null && territories.includes(r.place));
    expect(seats.map((r) => r.place).sort()).toEqual([...territories].sort());
    for (const r of seats) {
      expect(r.office).toBe('delegate');
      expect(r.label).toBe(r.place === 'Puerto Rico' ? 'Resident Commissioner of Puerto Rico in the U.S. House' : `Delegate to the U.S. House from ${r.place === 'District of Columbia' || r.place === 'U.S. Virgin Islands' || r.place === 'Northern Mariana Islands' ? 'the ' : ''}${r.place}`);
    }
  });
});

describe('members of Congress under the name in use', () => {
  it('shows the Wikipedia form, keeps the record’s form as formal name and alias, and links both', () => {
    const durbin = file.people.find((p) => p.bioguide === 'D000563');
    expect(durbin).toMatchObject({ name: 'Dick Durbin', formalName: 'Richard J. Durbin' });
    expect(durbin?.aliases).toEqual(expect.arrayContaining(['dick durbin', 'richard durbin']));
    // A sitting member is named without Wikipedia's disambiguating middle initial ("John B. Larson").
    expect(file.people.find((p) => p.bioguide === 'L000557')?.name).toBe('John Larson');
  });

  it('names presidents as the press does, from their Congress record’s article title or the curated names', () => {
    const presidents = new Set(file.people.filter((p) => p.roles.some((r) => r.office === 'president')).map((p) => p.name));
    for (const name of ['George H. W. Bush', 'Gerald Ford', 'William McKinley', 'Ulysses S. Grant', 'Franklin D. Roosevelt', 'Dwight D. Eisenhower']) expect(presidents).toContain(name);
  });
});

describe('parties of past members of Congress', () => {
  const partyOf = (bioguide: string): string | null | undefined => file.people.find((p) => p.bioguide === bioguide)?.party;

  it('names the factions of 1824–1837 as historians do, never by a name that reads as a person', () => {
    const raw = new Set(['Jackson', 'Adams', 'Anti Jacksonian', 'Anti Jackson', 'Jackson Republican', 'Crawford Republican', 'Adams Republican', 'Adams Democrat', 'Unknown']);
    expect(file.people.flatMap((p) => [p.party, ...p.roles.map((r) => r.party)]).filter((party) => party !== null && raw.has(party))).toEqual([]);
    expect(partyOf('M000535')).toBe('Jacksonian'); // Louis McLane, senator from Delaware
  });

  it('gives no party to a "Republican" of the file whose birth year fits both Jefferson’s party and the later one', () => {
    // Amos P. Granger and George T. Hodges (born 1789) sat from 1855 and 1856; the others before 1830.
    for (const bioguide of ['G000373', 'H000673', 'C000953', 'D000238', 'J000010', 'N000037', 'R000322', 'S000559', 'S000575']) expect(partyOf(bioguide)).toBeNull();
  });
});

describe('world leaders under another spelling', () => {
  it('finds the King of Thailand by the spelling the press uses, which the Factbook gives as "also spelled"', () => {
    const king = file.people.find((p) => p.id === 'cia:wachiralongkon');
    expect(king?.aliases).toContain('vajiralongkorn');
    expect(buildKnowledgeIndex(file).peopleByAlias('vajiralongkorn').map((c) => c.id)).toEqual(['cia:wachiralongkon']);
  });
});

describe.skipIf(!existsSync(sharedData))('spot checks against ../shared/data', () => {
  it('has the FY2012 removals figure exactly as the yearbook CSV gives it, and the record year', () => {
    const rows = parseCsv<Record<string, string>>(readFileSync(resolve(sharedData, 'dhs-immigration-yearbook/table39-removals-returns-fy1892-2019.csv'), 'utf8'), { columns: true });
    const fy2012 = Number(rows.find((r) => r.Year === '2012')?.Removals);
    const removals = acc.series('dhs:removals');
    expect(removals?.values['FY2012']).toBe(fy2012);
    expect(removals?.values['FY2012']).toBe(415636);
    const max = rows.reduce((best, r) => (Number(r.Removals) > Number(best.Removals) ? r : best));
    expect(removals?.recordPeriod).toBe(`FY${max.Year}`);
  });
});
