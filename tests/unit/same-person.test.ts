import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crossSourceDuplicateCheck, judgeCareerSeatCheck, spellingDuplicateCheck } from '../../scripts/audit-knowledge';
import { assemblePeople } from '../../scripts/knowledge/people-assemble';
import type { DraftRole, PersonDraft } from '../../scripts/knowledge/person-draft';
import { statedFederalOffices } from '../../scripts/knowledge/people-judges';
import { mergeVeto, nameEvidence, sameHolderEvidence, statedOfficeOf } from '../../scripts/knowledge/same-person';
import type { KnowledgeFile, Person } from '../../src/knowledge/schema';

const ASOF = '2025-06-01';
const asOf = (r: DraftRole): string => r.asOf ?? ASOF;

function role(over: Partial<DraftRole>): DraftRole {
  return { title: 'Office', place: null, label: 'Office', office: 'cabinet', party: null, start: null, end: null, current: false, source: 'src', ...over };
}

function draft(over: Partial<PersonDraft>): PersonDraft {
  return { id: 'x:1', name: 'Ada Lane', altNames: [], surname: 'Lane', firstName: 'Ada', birthYear: null, roles: [], sources: ['src'], contextExtra: [], mergeable: true, ...over };
}

const member = draft({ id: 'bioguide:L1', name: 'Ada Q. Lane', birthYear: 1950, sources: ['congress'], roles: [role({ label: 'U.S. representative from Ohio', office: 'representative', place: 'Ohio', source: 'congress' })] });

describe('one person across sources', () => {
  it('reads middle initials and suffix from the fullest name form', () => {
    expect(nameEvidence({ name: 'Ada Lane', altNames: ['Ada Quinn Lane Jr.'], surname: 'Lane' })).toEqual({ middleInitials: 'q', surname: 'lane', suffix: 'jr' });
  });

  it('merges on the same birth year, a shared state, or a career that takes up where the other ends', () => {
    expect(sameHolderEvidence(member, draft({ id: 'fjc:1', birthYear: 1950, mergeable: false, sources: ['fjc'] }), false, asOf)).toMatchObject({ merge: true, evidence: 'same birth year 1950' });
    const mayor = draft({ id: 'os:1', sources: ['os'], mergeable: false, roles: [role({ label: 'Mayor of Dayton, Ohio', office: 'mayor', place: 'Dayton, Ohio', current: true })] });
    expect(sameHolderEvidence(member, mayor, false, asOf)).toMatchObject({ merge: true, evidence: 'same place (Ohio)' });
    const judge = draft({ id: 'fjc:2', mergeable: false, sources: ['fjc'], roles: [role({ label: 'Judge', office: 'judge', start: '2000-01-01', end: '2021-03-10' })] });
    const minister = draft({ id: '538:1', sources: ['538'], roles: [role({ label: 'Attorney General', start: '2021-03-11', end: '2025-01-20' })] });
    expect(sameHolderEvidence(judge, minister, false, asOf)).toMatchObject({ merge: true });
  });

  it('keeps apart records whose middle initials, suffixes or birth years differ, or that hold two offices at once', () => {
    expect(sameHolderEvidence(member, draft({ id: 'fjc:1', name: 'Ada R. Lane', birthYear: 1950, sources: ['fjc'] }), true, asOf)).toMatchObject({ merge: false });
    expect(sameHolderEvidence(draft({ name: 'Ada Lane Jr.' }), draft({ id: 'y:1', name: 'Ada Lane Sr.', sources: ['other'] }), true, asOf)).toMatchObject({ merge: false });
    expect(sameHolderEvidence(member, draft({ id: 'fjc:1', birthYear: 1951, sources: ['fjc'] }), true, asOf)).toMatchObject({ merge: false, reason: 'born 1950 / 1951' });
    const a = draft({ id: 'a:1', sources: ['a'], roles: [role({ label: 'Judge', office: 'judge', start: '2001-01-01', end: '2010-01-01' })] });
    const b = draft({ id: 'b:1', sources: ['b'], roles: [role({ label: 'Secretary of Labor', start: '2005-01-01', end: '2009-01-01' })] });
    expect(sameHolderEvidence(a, b, true, asOf)).toMatchObject({ merge: false, reason: 'two offices at once (Judge)' });
  });

  it('does not merge a father born long before the other record’s first office, nor two records linked by the name alone', () => {
    const father = draft({ id: 'bioguide:K1', birthYear: 1925, sources: ['congress'] });
    const secretary = draft({ id: 'plum:k', sources: ['plum'], roles: [role({ label: 'Secretary of Health', current: true, asOf: '2025-06' })] });
    expect(sameHolderEvidence(father, secretary, true, asOf)).toMatchObject({ merge: false });
    const judge = draft({ id: 'fjc:3', mergeable: false, sources: ['fjc'], roles: [role({ label: 'Judge', office: 'judge', start: '1980-01-01', end: '1990-01-01' })] });
    expect(sameHolderEvidence(judge, secretary, true, asOf)).toMatchObject({ merge: false, reason: 'nothing beyond the name links them' });
  });

  it('takes the only candidate on each side when a birth year holds the other record’s dates, and not when another record fits too', () => {
    const secretary = draft({ id: '538:l', sources: ['538'], roles: [role({ label: 'Secretary of Defense', start: '2001-01-20', end: '2006-12-18' })] });
    expect(sameHolderEvidence(member, secretary, true, asOf)).toMatchObject({ merge: true });
    expect(sameHolderEvidence(member, secretary, false, asOf)).toMatchObject({ merge: false });
  });

  it('does not give a son his father\'s office on the name alone: born too late for it', () => {
    const son = draft({ id: 'bioguide:S1', birthYear: 1964, sources: ['congress'] });
    const chief = draft({ id: '538:s', sources: ['538'], roles: [role({ label: 'White House Chief of Staff', start: '1989-01-20', end: '1991-12-15' })] });
    expect(sameHolderEvidence(son, chief, true, asOf)).toMatchObject({ merge: false, reason: 'born 1964, too young for the other record\'s first office' });
  });
});

describe('audit: one person split across sources', () => {
  const person = (over: Partial<Person>): Person => ({
    id: 'a:1',
    name: 'Ada Lane',
    aliases: ['ada lane'],
    surname: 'lane',
    birthYear: 1950,
    party: null,
    state: null,
    roles: [{ title: 'Judge', place: null, label: 'Judge', office: 'judge', party: null, start: '2000-01-01', end: '2010-01-01', current: false, asOf: ASOF, source: 'a' }],
    contextWords: [],
    prominent: false,
    summary: 'Judge.',
    sources: ['a'],
    ...over,
  });
  const file = (people: Person[]): KnowledgeFile => ({ people }) as unknown as KnowledgeFile;

  it('reports a judge whose FJC career names a seat in Congress apart from the member holding it, and not once they are one', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'fjc-'));
    mkdirSync(path.join(dataDir, 'fjc-federal-judges'));
    writeFileSync(
      path.join(dataDir, 'fjc-federal-judges/judges.csv'),
      'nid,First Name,Last Name,Professional Career\n7,Ada,Lane,"Private practice, Ohio, 1800-1810; U.S. representative from Ohio, 1811-1815"\n',
    );
    const judge = person({ id: 'fjc:7', sources: ['fjc-judges'] });
    const seat = { title: 'U.S. representative', place: 'Ohio', label: 'U.S. representative from Ohio', office: 'representative' as const, party: null, start: null, end: null, current: false, asOf: ASOF, source: 'congress' };
    const member = person({ id: 'bioguide:L1', roles: [seat], sources: ['congress'] });
    const apart = file([judge, member]);
    const byId = (f: KnowledgeFile): Map<string, Person> => new Map(f.people.map((p) => [p.id, p]));
    expect(judgeCareerSeatCheck(dataDir, apart, byId(apart)).disagreements).toHaveLength(1);
    const joined = file([{ ...judge, roles: [...judge.roles, seat] }]);
    expect(judgeCareerSeatCheck(dataDir, joined, byId(joined)).disagreements).toHaveLength(0);
  });

  it('reports full names a space or a letter apart, same birth year, two sources', () => {
    expect(spellingDuplicateCheck(file([person({ name: 'John J. De Haven', birthYear: 1845 }), person({ id: 'b:1', name: 'John J. DeHaven', birthYear: 1845, sources: ['b'] })])).disagreements).toHaveLength(1);
    expect(spellingDuplicateCheck(file([person({ name: 'John J. De Haven', birthYear: 1845 }), person({ id: 'b:1', name: 'John J. DeHaven', birthYear: 1846, sources: ['b'] })])).disagreements).toHaveLength(0);
    expect(spellingDuplicateCheck(file([person({ name: 'John Bell Smith', birthYear: 1845 }), person({ id: 'b:1', name: 'Joan Bess Smith', birthYear: 1845, sources: ['b'] })])).disagreements).toHaveLength(0);
  });

  it('reports two people of two sources with one name and one birth year, but not two of one source or two middle initials', () => {
    expect(crossSourceDuplicateCheck(file([person({}), person({ id: 'b:1', name: 'Ada Q. Lane', sources: ['b'] })])).disagreements).toHaveLength(1);
    expect(crossSourceDuplicateCheck(file([person({}), person({ id: 'a:2' })])).disagreements).toHaveLength(0);
    expect(crossSourceDuplicateCheck(file([person({ name: 'Ada R. Lane' }), person({ id: 'b:1', name: 'Ada Q. Lane', sources: ['b'] })])).disagreements).toHaveLength(0);
  });
});

describe('a record that also gives a legal name', () => {
  it('reads no middle-initial conflict when both records carry the same full name in use', () => {
    // The Congress record's legal name "Joel Quill Lane" reads initial q; the name in use, in both records, is "Ada Bram Lane".
    const senator = draft({ id: 'bioguide:L2', name: 'Ada Bram Lane', formalName: 'Joel Quill Lane', altNames: ['Joel Lane', 'Ada Bram Lane'], birthYear: 1890, sources: ['congress'] });
    const judge = draft({ id: 'fjc:9', name: 'Ada B. Lane', altNames: ['Ada Bram Lane'], birthYear: 1890, sources: ['fjc'], mergeable: false });
    expect(mergeVeto(senator, judge, asOf)).toBeNull();
    // Without the shared full name the initials still keep two records apart.
    expect(mergeVeto({ ...senator, name: 'Ada Lane', altNames: ['Joel Lane'] }, judge, asOf)).toMatch(/^middle initials/);
  });
});

describe('a cabinet role current in an older snapshot', () => {
  const options = { extraNames: new Map<string, string[]>(), renames: new Map<string, string>(), sourceAsOf: (id: string): string => (id === '538' ? '2023-02-10' : '2025-06') };
  const secretary = draft({ id: '538:ada-lane', sources: ['538'], roles: [role({ label: 'Secretary of Labor', start: '2021-03-23', current: true, source: '538', asOf: '2023-02-10' })] });

  it('stays current as of its snapshot while no later source shows someone else in the office', () => {
    const [person] = assemblePeople([secretary], options).people;
    expect(person?.roles[0]).toMatchObject({ current: true, asOf: '2023-02-10' });
  });

  it('is no longer current once a later source shows a new president sworn in after its snapshot, and ended by that day', () => {
    const president = (id: string, start: string, end: string): PersonDraft =>
      draft({ id, name: `President ${id}`, surname: id, firstName: 'President', sources: ['congress'], roles: [role({ label: 'President of the United States', office: 'president', start, end, current: end > '2026-06-15', source: 'congress', asOf: '2026-06-15' })] });
    const withPresidents = { ...options, sourceAsOf: (id: string): string => (id === 'congress' ? '2026-06-15' : options.sourceAsOf(id)) };
    const person = assemblePeople([secretary, president('p1', '2021-01-20', '2025-01-20'), president('p2', '2025-01-20', '2029-01-20')], withPresidents).people.find((p) => p.id === '538:ada-lane');
    expect(person?.roles[0]).toMatchObject({ current: false, end: null, endBy: '2025-01-20' });
    expect(person?.summary).toBe('Secretary of Labor (2021 until 2025 or earlier).');
    // A president's second term is no change of administration: his secretaries stay current.
    const second = assemblePeople([secretary, president('p1', '2021-01-20', '2029-01-20')], withPresidents).people.find((p) => p.id === '538:ada-lane');
    expect(second?.roles[0]).toMatchObject({ current: true });
  });

  it('ends, on a date the sources do not give, when a later source shows someone else in the office', () => {
    const successor = draft({ id: 'plum:bo-park', name: 'Bo Park', surname: 'Park', firstName: 'Bo', sources: ['plum'], roles: [role({ label: 'Secretary of Labor', current: true, source: 'plum' })] });
    const person = assemblePeople([secretary, successor], options).people.find((p) => p.id === '538:ada-lane');
    expect(person?.roles[0]).toMatchObject({ current: false, end: null });
    expect(person?.summary).toBe('Secretary of Labor (from 2021, end date unknown).');
  });
});

describe('a second tenure in one office', () => {
  it('keeps an undated current role beside a dated past one of the same title', () => {
    const options = { extraNames: new Map<string, string[]>(), renames: new Map<string, string>(), sourceAsOf: (id: string): string => (id === '538' ? '2023-02-10' : '2025-06') };
    const first = draft({ id: '538:ada-lane', sources: ['538'], roles: [role({ label: 'Director of the Office of Management and Budget', start: '2020-07-22', end: '2021-01-20', source: '538', asOf: '2023-02-10' })] });
    const second = draft({ id: 'plum:ada-lane', sources: ['plum'], roles: [role({ label: 'Director of the Office of Management and Budget', current: true, source: 'plum' })] });
    const [person] = assemblePeople([first, second], options).people;
    expect(person?.roles.map((r) => [r.current, r.start])).toEqual([[true, null], [false, '2020-07-22']]);
    expect(person?.summary).toBe('Director of the Office of Management and Budget.');
  });
});

describe('context words of a title', () => {
  const options = { extraNames: new Map<string, string[]>(), renames: new Map<string, string>(), sourceAsOf: (): string => '2025-06' };

  it('keep the office and drop the modifiers every story has ("senior", "acting", "deputy")', () => {
    const judge = draft({ id: 'fjc:1', roles: [role({ label: 'Senior Judge, U.S. District Court', title: 'Senior Judge', office: 'judge', current: true, source: 'fjc' })] });
    const [person] = assemblePeople([judge], options).people;
    expect(person?.contextWords).toContain('judge');
    expect(person?.contextWords).not.toContain('senior');
  });
});

describe('offices a judge\'s own career record names', () => {
  it('reads the federal offices out of the FJC career text, not the state ones', () => {
    expect(statedFederalOffices('Private practice, Albany, New York, 1809-1812; U.S. representative from New York, 1815-1817; Secretary of State, Kentucky, 1801; Attorney General of the United States, 2007-2009; Director, Central Intelligence Agency, 1987-1991')).toEqual([
      'u.s. representative from new york',
      'attorney general of united states',
      'director of central intelligence agency',
    ]);
  });

  const judge = draft({ id: 'fjc:1', name: 'Ada B. Lane', birthYear: 1786, sources: ['fjc'], mergeable: false, statedOffices: ['u.s. representative from ohio'], roles: [role({ label: 'Judge, U.S. District Court for the Southern District of New York', office: 'judge', start: '1826-01-01', end: '1867-01-01', source: 'fjc' })] });

  it('is the same person as the member of Congress holding that seat, even with a birth year one apart', () => {
    const rep = draft({ id: 'bioguide:L1', name: 'Ada Lane', birthYear: 1787, sources: ['congress'], roles: [role({ label: 'U.S. representative from Ohio', office: 'representative', place: 'Ohio', source: 'congress' })] });
    expect(statedOfficeOf(judge, rep)).toBe('U.S. representative from Ohio');
    expect(sameHolderEvidence(judge, rep, false, asOf)).toMatchObject({ merge: true, strength: 5 });
    const elsewhere = { ...rep, roles: [role({ label: 'U.S. representative from Iowa', office: 'representative', place: 'Iowa', source: 'congress' })] };
    expect(sameHolderEvidence(judge, elsewhere, false, asOf)).toMatchObject({ merge: false });
  });

  it('joins the namesake born that year when two members from that state fit the career', () => {
    const older = draft({ id: 'bioguide:L1', name: 'Ada Lane', birthYear: null, sources: ['congress'], roles: [role({ label: 'U.S. representative for Ohio’s 1st district', office: 'representative', place: 'Ohio', source: 'congress' })] });
    const born = draft({ id: 'bioguide:L2', name: 'Ada Lane', birthYear: 1786, sources: ['congress'], roles: [role({ label: 'U.S. representative for Ohio’s 3rd district', office: 'representative', place: 'Ohio', source: 'congress' })] });
    const options = { extraNames: new Map<string, string[]>(), renames: new Map<string, string>(), sourceAsOf: (): string => '2025-06' };
    const people = assemblePeople([judge, older, born], options).people;
    expect(people.map((p) => [p.id, p.roles.length]).sort()).toEqual([['bioguide:L1', 1], ['bioguide:L2', 2]]);
  });
});

describe('one person under two spellings of the name', () => {
  const options = { extraNames: new Map<string, string[]>(), renames: new Map<string, string>(), sourceAsOf: (): string => '2025-06' };
  const rep = (over: Partial<PersonDraft>): PersonDraft =>
    draft({ id: 'bioguide:H1', sources: ['congress'], mergeable: true, roles: [role({ label: 'U.S. representative for California’s 1st district', office: 'representative', place: 'California', source: 'congress' })], ...over });
  const judge = (over: Partial<PersonDraft>): PersonDraft =>
    draft({ id: 'fjc:1', sources: ['fjc'], mergeable: false, roles: [role({ label: 'Judge, U.S. District Court for the Northern District of California', office: 'judge', start: '1897-06-08', end: '1913-01-26', source: 'fjc' })], ...over });
  const ids = (drafts: PersonDraft[]): string[][] => assemblePeople(drafts, options).people.map((p) => p.sources);

  it('joins a surname written with and without the space after its particle ("De Haven" / "DeHaven")', () => {
    const congress = rep({ name: 'John J. De Haven', altNames: ['John Jefferson De Haven'], surname: 'De Haven', firstName: 'John', birthYear: 1845 });
    const fjc = judge({ name: 'John J. DeHaven', altNames: ['John Jefferson DeHaven'], surname: 'DeHaven', firstName: 'John', birthYear: 1845 });
    expect(mergeVeto(congress, fjc, asOf)).toBeNull();
    expect(ids([congress, fjc])).toEqual([['congress', 'fjc']]);
  });

  it('joins names a letter apart only for two records born the same day', () => {
    const congress = rep({ name: 'Winthrop Ketchum', altNames: ['Winthrop Welles Ketchum'], surname: 'Ketchum', firstName: 'Winthrop', birthYear: 1820, birthDate: '1820-06-29' });
    const fjc = judge({ name: 'Winthrop W. Ketcham', altNames: ['Winthrop Welles Ketcham'], surname: 'Ketcham', firstName: 'Winthrop', birthYear: 1820, birthDate: '1820-06-29' });
    expect(ids([congress, fjc])).toEqual([['congress', 'fjc']]);
    const fredrick = judge({ name: 'Fredrick W. Dallinger', surname: 'Dallinger', firstName: 'Fredrick', birthYear: 1871, birthDate: '1871-10-02' });
    const frederick = rep({ name: 'Frederick W. Dallinger', surname: 'Dallinger', firstName: 'Frederick', birthYear: 1871, birthDate: '1871-10-02' });
    expect(ids([frederick, fredrick])).toEqual([['congress', 'fjc']]);
    // Born the same year but not known to be the same day: two people.
    const { birthDate: _, ...sameYear } = fjc;
    expect(mergeVeto(congress, sameYear, asOf)).toBe('different surnames');
    expect(ids([congress, sameYear])).toHaveLength(2);
  });

  it('pairs a short given name with its full form, and still needs evidence beyond the name', () => {
    const dci = draft({ id: '538:bill-webster', name: 'Bill Webster', surname: 'Webster', firstName: 'Bill', sources: ['538'], roles: [role({ label: 'Director of Central Intelligence', start: '1987-05-26', end: '1991-08-31', source: '538' })] });
    const webster = judge({ name: 'William H. Webster', surname: 'Webster', firstName: 'William', birthYear: 1924, statedOffices: ['director of central intelligence agency'], roles: [role({ label: 'Judge, U.S. Court of Appeals for the Eighth Circuit', office: 'judge', start: '1973-07-18', end: '1978-02-22', source: 'fjc' })] });
    expect(ids([dci, webster])).toEqual([['538', 'fjc']]);
    // "Mike McConnell" the intelligence director was no judge: the two offices at once keep him apart from the judge.
    const dni = draft({ id: '538:mike-mcconnell', name: 'Mike McConnell', surname: 'McConnell', firstName: 'Mike', sources: ['538'], roles: [role({ label: 'Director of National Intelligence', start: '2007-02-13', end: '2009-01-27', source: '538' })] });
    const namesake = judge({ name: 'Michael W. McConnell', surname: 'McConnell', firstName: 'Michael', birthYear: 1955, roles: [role({ label: 'Judge, U.S. Court of Appeals for the Tenth Circuit', office: 'judge', start: '2002-11-26', end: '2009-08-31', source: 'fjc' })] });
    expect(ids([dni, namesake])).toHaveLength(2);
  });

});
