import { describe, expect, it } from 'vitest';
import { congressPeople, describeUndatedTerm, termsToRoles, undatedParty, withNicknameFromFirst, type Term } from '../../scripts/knowledge/people-congress';
import { bracketFull, bracketShort, courtStateWords, judgeDisplayName, judgePeople } from '../../scripts/knowledge/people-judges';
import { governorTermEnd, handedOver, openStatesPeople, pressName, sameHolder } from '../../scripts/knowledge/people-openstates';
import { DataDir } from '../../scripts/knowledge/data-files';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ownPostByLevel, plumPeople, positionLevels, postLabel } from '../../scripts/knowledge/people-plum';
import { assemblePeople, settleLastKnownRoles, summarize } from '../../scripts/knowledge/people-assemble';
import type { Role } from '../../src/knowledge/schema';

const term = (start: string, end: string, district: number, type = 'rep'): Term => ({ type, start, end, state: 'CA', district, party: 'Republican' });

describe('Congress seats', () => {
  it('gives a representative one role per district, each with its own dates', () => {
    const roles = termsToRoles([term('2013-01-03', '2015-01-03', 21), term('2015-01-06', '2017-01-03', 21), term('2017-01-03', '2019-01-03', 22)]);
    expect(roles.map((r) => [r.label, r.start, r.end])).toEqual([
      ['U.S. representative for California’s 21st district', '2013-01-03', '2017-01-03'],
      ['U.S. representative for California’s 22nd district', '2017-01-03', '2019-01-03'],
    ]);
  });

  it('names a seat whose district the record does not know (-1) by its state, not as at large', () => {
    expect(termsToRoles([term('1821-12-03', '1823-03-03', -1)])[0]?.label).toBe('U.S. representative from California');
    expect(termsToRoles([term('1821-12-03', '1823-03-03', 0)])[0]?.label).toBe('U.S. representative for California (at large)');
  });

  it('claims no statehood for an undated statewide seat a territory\'s delegate may have held', () => {
    const seat = (state: string, district: number): Term => ({ type: 'rep', start: '', end: null, state, district, party: null });
    // Born 1811, Minnesota a state in 1858: the last seat may be the territory's.
    expect(describeUndatedTerm(seat('MN', -1), 1811).label).toBe('Member of the U.S. House for Minnesota or, before statehood, its territory');
    expect(describeUndatedTerm(seat('AK', 0), null).title).toBe('Member of the U.S. House');
    // Too young to sit before statehood, or a numbered district, or a state never a territory: a representative.
    expect(describeUndatedTerm(seat('AK', 0), 1950).label).toBe('U.S. representative for Alaska (at large)');
    expect(describeUndatedTerm(seat('MN', 3), 1811).title).toBe('U.S. representative');
    expect(describeUndatedTerm(seat('NH', -1), 1740).label).toBe('U.S. representative from New Hampshire');
  });

  it('calls an undated "Republican" Jefferson\'s party or the later one only when the birth year rules the other out', () => {
    // Too old to sit from 1854 (no member has sat past 100), too young to sit before 1830 (none has sat before 22).
    expect(undatedParty('Republican', 1745)).toBe('Democratic-Republican');
    expect(undatedParty('Republican', 1820)).toBe('Republican');
    expect(undatedParty('Federalist', 1765)).toBe('Federalist');
    // Born in 1789, one member sat from 1855, another before 1830: the birth year tells neither.
    expect(undatedParty('Republican', 1789)).toBeNull();
    expect(undatedParty('Republican', 1765)).toBeNull();
    expect(undatedParty('Republican', null)).toBeNull();
  });

  it('keeps every party a member sat with in one seat, each from the day of the switch', () => {
    const seat = (start: string, end: string, party: string, affiliations?: { party: string; start: string }[]): Term => ({
      type: 'rep', start, end, state: 'NJ', district: 2, party, ...(affiliations ? { affiliations } : {}),
    });
    const [role] = termsToRoles([
      seat('2019-01-03', '2021-01-03', 'Republican', [{ party: 'Democrat', start: '2019-01-03' }, { party: 'Republican', start: '2019-12-19' }]),
      seat('2021-01-03', '2023-01-03', 'Republican'),
    ]);
    expect(role).toMatchObject({ start: '2019-01-03', end: '2023-01-03', party: 'Republican', parties: [{ party: 'Democrat', start: '2019-01-03' }, { party: 'Republican', start: '2019-12-19' }] });
    expect(termsToRoles([seat('2019-01-03', '2021-01-03', 'Democrat'), seat('2021-01-03', '2023-01-03', 'Democrat')])[0]).not.toHaveProperty('parties');
  });

  it('reads the files\' party names as historians write them, and dates a "Republican" only by what the birth year allows', () => {
    const root = mkdtempSync(join(tmpdir(), 'footnote-congress-'));
    mkdirSync(join(root, 'congress-legislators/csv'), { recursive: true });
    const current = [{
      id: { bioguide: 'Z000001' }, name: { first: 'Jeff', last: 'Vandermeer' }, bio: { birthday: '1953-02-23' },
      terms: [{ type: 'rep', start: '2019-01-03', end: '2021-01-03', state: 'NJ', district: 2, party: 'Republican',
        party_affiliations: [{ start: '2019-01-03', end: '2019-12-18', party: 'Democrat' }, { start: '2019-12-19', end: '2021-01-03', party: 'Republican' }] }],
    }];
    writeFileSync(join(root, 'congress-legislators/legislators-current.yaml'), JSON.stringify(current));
    writeFileSync(join(root, 'congress-legislators/executive.yaml'), '[]');
    const row = (id: string, first: string, last: string, birthday: string, type: string, state: string, party: string): string => [last, first, birthday, type, state, type === 'rep' ? '1' : '', party, id].join(',');
    writeFileSync(join(root, 'congress-legislators/csv/legislators-historical.csv'), [
      'last_name,first_name,birthday,type,state,district,party,bioguide_id',
      row('Z000002', 'Lewis', 'Mallory', '1786-05-28', 'sen', 'DE', 'Jackson'),
      row('Z000003', 'Daniel', 'Roddy', '1764-09-10', 'sen', 'DE', 'Adams'),
      row('Z000004', 'Silas', 'Condor', '1778-08-18', 'rep', 'NJ', 'Anti Jacksonian'),
      row('Z000005', 'Joel', 'Frostly', '1765-10-26', 'rep', 'NY', 'Crawford Republican'),
      row('Z000006', 'Amos', 'Grangely', '1789-06-03', 'rep', 'NY', 'Republican'),
      row('Z000007', 'Richard', 'Bassard', '1745-04-02', 'sen', 'DE', 'Republican'),
      row('Z000008', 'Asa', 'Hodgeley', '1822-01-22', 'rep', 'AR', 'Republican'),
      row('Z000009', 'Jean', 'Destrade', '', 'sen', 'LA', 'Unknown'),
    ].join('\n'));
    const party = new Map(congressPeople(new DataDir(root)).map((p) => [p.id, p.roles.map((r) => r.party)]));
    expect(Object.fromEntries(party)).toEqual({
      'bioguide:Z000001': ['Republican'],
      'bioguide:Z000002': ['Jacksonian'],
      'bioguide:Z000003': ['Pro-Adams'],
      'bioguide:Z000004': ['Anti-Jacksonian'],
      'bioguide:Z000005': ['Democratic-Republican (Crawford faction)'],
      'bioguide:Z000006': [null],
      'bioguide:Z000007': ['Democratic-Republican'],
      'bioguide:Z000008': ['Republican'],
      'bioguide:Z000009': [null],
    });
    expect(congressPeople(new DataDir(root)).find((p) => p.id === 'bioguide:Z000001')?.roles[0]?.parties).toEqual([{ party: 'Democrat', start: '2019-01-03' }, { party: 'Republican', start: '2019-12-19' }]);
  });

  it('reads a nickname written in the first-name field', () => {
    expect(withNicknameFromFirst({ first: 'Nicole (Nikki)', middle: null, last: 'Vance', suffix: null, nickname: null, officialFull: null })).toMatchObject({ first: 'Nicole', nickname: 'Nikki' });
  });

  it('still joins a senator’s consecutive terms into one service', () => {
    const roles = termsToRoles([term('2013-01-03', '2019-01-03', 0, 'sen'), term('2019-01-03', '2025-01-03', 0, 'sen')]);
    expect(roles.map((r) => [r.start, r.end])).toEqual([['2013-01-03', '2025-01-03']]);
  });
});

describe('PLUM post labels', () => {
  it('names the component a post sits in, and the department for its front office', () => {
    expect(postLabel('DEPUTY COMMISSIONER', 'DEPARTMENT OF HOMELAND SECURITY', 'U.S. CUSTOMS AND BORDER PROTECTION')).toBe('Deputy Commissioner, U.S. Customs and Border Protection');
    expect(postLabel('DEPUTY ADMINISTRATOR', 'ENVIRONMENTAL PROTECTION AGENCY', 'OFFICE OF THE ADMINISTRATOR')).toBe('Deputy Administrator, Environmental Protection Agency');
    expect(postLabel('DEPUTY SECRETARY OF ENERGY', 'DEPARTMENT OF ENERGY', 'OFFICE OF THE SECRETARY')).toBe('Deputy Secretary of Energy');
  });
});

describe('PLUM acting officials', () => {
  const row = (agency: string, title: string, level: string, status = 'Filled'): Record<string, string> => ({ AgencyName: agency, PositionTitle: title, LevelGradePay: level, PositionStatus: status });
  // The head of one agency filling in at another: the filled row shows a salary, the vacant row of the same post its level.
  const trade = row('TRADE OFFICE', 'TRADE ENVOY', '$203,500');
  const ethics = row('ETHICS OFFICE', 'DIRECTOR', 'III');
  const levels = positionLevels([trade, row('TRADE OFFICE', 'TRADE ENVOY', 'I', 'Vacant'), ethics]);

  it('reads a post’s level from any row of it', () => {
    expect(levels.get('TRADE OFFICE|TRADE ENVOY')).toBe(1);
    expect(levels.get('ETHICS OFFICE|DIRECTOR')).toBe(3);
  });

  it('makes the lower of two posts in two agencies the acting one', () => {
    expect(ownPostByLevel(trade, ethics, levels)).toBe('post');
    expect(ownPostByLevel(ethics, trade, levels)).toBe('other');
  });

  it('does not decide between two posts of one agency (a deputy filling in is handled apart)', () => {
    expect(ownPostByLevel(row('ETHICS OFFICE', 'DEPUTY DIRECTOR', 'IV'), ethics, positionLevels([ethics, row('ETHICS OFFICE', 'DEPUTY DIRECTOR', 'IV')]))).toBeNull();
  });
});

describe('card summaries', () => {
  it('claims no order for a past role the source gives no dates for', () => {
    const role = (label: string, start: string | null, end: string | null, office: Role['office']): Role =>
      ({ label, title: label, office, place: null, party: null, start, end, current: false, asOf: '2026-06-15', source: 'test' });
    const summary = summarize([role('President of the United States', '1825-03-04', '1829-03-04', 'president'), role('U.S. representative for Massachusetts’s 11th district', null, null, 'representative')]);
    expect(summary).toBe('President of the United States (1825–1829). Also served as U.S. representative for Massachusetts’s 11th district.');
    expect(summarize([role('Secretary of Labor', '2021-03-23', '2023-03-11', 'cabinet'), role('Mayor of Boston', '2014-01-06', '2021-03-22', 'mayor')])).toMatch(/Previously Mayor of Boston \(2014–2021\)\.$/);
  });

  it('says no "former", which would be wrong beside a story from the role\'s own years, and no party word that depends on the date', () => {
    const role = (over: Partial<Role>): Role => ({ label: 'Office', title: 'Office', office: 'cabinet', place: null, party: null, start: null, end: null, current: false, asOf: '2023-02-10', source: 'test', ...over });
    expect(summarize([role({ label: 'Secretary of the Treasury', start: '2021-01-26', endBy: '2025-01-20' })])).toBe('Secretary of the Treasury (2021 until 2025 or earlier).');
    expect(summarize([role({ label: 'Secretary of Homeland Security', start: '2021-02-02', end: '2025-01-20' })])).toBe('Secretary of Homeland Security (2021–2025).');
    // The flat historical file gives the last term's party, without years: it may not be the party of every term.
    expect(summarize([role({ label: 'U.S. senator from Delaware', office: 'senator', party: 'Jacksonian' })])).toBe('U.S. senator from Delaware (years not in Footnote’s data).');
    const switched = role({ label: 'U.S. representative for New Jersey’s 2nd district', office: 'representative', party: 'Republican', start: '2019-01-03', current: true, parties: [{ party: 'Democrat', start: '2019-01-03' }, { party: 'Republican', start: '2019-12-19' }] });
    expect(summarize([switched])).toBe('U.S. representative for New Jersey’s 2nd district since 2019.');
    expect(summarize([role({ label: 'U.S. senator from Iowa', office: 'senator', party: 'Republican', start: '1981-01-03', current: true })])).toBe('Republican U.S. senator from Iowa since 1981.');
  });
});

describe('Open States names', () => {
  it('names a person by the nickname the record quotes, and drops a courtesy suffix', () => {
    expect(pressName('Jerrauld C. "Jay" Jones')).toEqual({ name: 'Jay Jones', formalName: 'Jerrauld C. Jones' });
    expect(pressName('Robert \u201cBobby\u201d Dyer')).toEqual({ name: 'Bobby Dyer', formalName: 'Robert Dyer' });
    expect(pressName('Chokwe Antar Lumumba, Esq.')).toEqual({ name: 'Chokwe Antar Lumumba', formalName: null });
    expect(pressName('Kim Driscoll')).toEqual({ name: 'Kim Driscoll', formalName: null });
  });
});

describe('Open States records', () => {
  it('knows one holder filed under a short and a long given name, or with a suffix', () => {
    expect(sameHolder({ name: 'Kim Ardmore', given: 'Kim', family: 'Ardmore' }, { name: 'Kimberly Ardmore', given: 'Kimberly', family: 'Ardmore' })).toBe(true);
    expect(sameHolder({ name: 'Vic Tolland', given: 'Vic', family: 'Tolland' }, { name: 'Vic R. Tolland II', given: 'Vic R.', family: 'Tolland II' })).toBe(true);
    expect(sameHolder({ name: 'Bob Marsh', given: 'Bob', family: 'Marsh' }, { name: 'Robert Marsh', given: 'Robert', family: 'Marsh' })).toBe(true);
    expect(sameHolder({ name: 'Ann Marsh', given: 'Ann', family: 'Marsh' }, { name: 'Beth Marsh', given: 'Beth', family: 'Marsh' })).toBe(false);
  });

  const role = (p: Partial<Role> & { lastKnownUntil?: string }): Role & { lastKnownUntil?: string } => ({
    title: 'Mayor', place: 'Eastport, Maine', label: 'Mayor of Eastport, Maine', office: 'mayor', party: null, start: null, end: null, current: true, asOf: '2026-08-05', source: 'openstates-people', ...p,
  });
  const asOf = (): string => '2026-08-05';

  it('ends a last-known role when the person is known later in another office', () => {
    const stale = role({ asOf: '2021-11-02', lastKnownUntil: '2021-11-02' });
    const later = role({ label: 'Lieutenant Governor of Maine', office: 'lt-governor', start: '2023-01-05', end: '2027-01-07' });
    const [mayor] = settleLastKnownRoles([stale, later], asOf);
    expect(mayor).toMatchObject({ current: false, end: '2021-11-02', asOf: '2026-08-05' });
    expect(mayor).not.toHaveProperty('lastKnownUntil');
  });

  it('marks a last-known role as such, neither current nor former, ending on its term’s end, when nothing later is known', () => {
    const [mayor] = settleLastKnownRoles([role({ asOf: '2024-01-01', lastKnownUntil: '2024-01-01' })], asOf);
    expect(mayor).toMatchObject({ current: false, lastKnown: true, end: '2024-01-01', asOf: '2026-08-05' });
    expect(mayor).not.toHaveProperty('lastKnownUntil');
    expect(summarize([mayor!])).toBe('Mayor of Eastport, Maine, on record to 2024 (no later record).');
  });
});

describe('FJC names', () => {
  it('shows the initial a judge went by and keeps the bracketed full name as the formal one', () => {
    expect(bracketShort('J[ackson]')).toBe('J.');
    expect(bracketFull('J[ackson]')).toBe('Jackson');
    expect(bracketShort('Ruth')).toBe('Ruth');
  });
});

describe('FJC display names', () => {
  it('names a judge by first name, middle initial and surname, and one who goes by an initial by the name after it', () => {
    expect(judgeDisplayName('Sandra', 'Day', "O'Connor", '')).toBe("Sandra D. O'Connor");
    expect(judgeDisplayName('Samuel', 'Anthony', 'Alito', 'Jr.')).toBe('Samuel A. Alito Jr.');
    expect(judgeDisplayName('Marcus', '', 'Acheson', '')).toBe('Marcus Acheson');
    // "J[ames] Harvie Wilkinson": J. Harvie, never "J. H.".
    expect(judgeDisplayName('J.', 'Harvie', 'Wilkinson', 'III')).toBe('J. Harvie Wilkinson III');
    expect(judgeDisplayName('U.', 'W.', 'Clemon', '')).toBe('U. W. Clemon');
    expect(judgeDisplayName('U.', 'W', 'Clemon', '')).toBe('U. W. Clemon');
  });

  it('tells two judges of one name apart by their middle initials, and writes a suffix without the comma', () => {
    const root = mkdtempSync(join(tmpdir(), 'footnote-fjc-'));
    mkdirSync(join(root, 'fjc-federal-judges'));
    const judge = (nid: string, first: string, middle: string, last: string, suffix = ''): string => `${nid},${first},${middle},${last},${suffix}`;
    writeFileSync(join(root, 'fjc-federal-judges/judges.csv'), ['nid,First Name,Middle Name,Last Name,Suffix', judge('1', 'Ada', 'Quinn', 'Lane'), judge('2', 'Ada', 'Rose', 'Lane'), judge('3', 'Bo', '', 'Park', '"Jr."'), judge('4', 'C[ora]', 'Lynn', 'Vance')].join('\n'));
    const service = (nid: string): string => `${nid},1,U.S. District Court for the District of Nowhere,Judge,Joe Biden,Democratic,2021-06-01,,,`;
    writeFileSync(join(root, 'fjc-federal-judges/federal-judicial-service.csv'), ['nid,Sequence,CourtName,AppointmentTitle,AppointingPresident,PartyofAppointingPresident,CommissionDate,Senior Status Date,Termination,Termination Date', ...['1', '2', '3', '4'].map(service)].join('\n'));
    expect(judgePeople(new DataDir(root)).map((p) => p.name)).toEqual(['Ada Q. Lane', 'Ada R. Lane', 'Bo Park Jr.', 'C. Lynn Vance']);
  });
});

describe('Open States: an office of one holder', () => {
  it('is left when the next holder on file takes it, when the record ends a year before that', () => {
    // Alabama's secretary of state: the record ends on a stale term date, the successor is sworn in 2023-01-16.
    expect(handedOver('2021-12-31', '2023-01-16')).toBe('2023-01-16');
    expect(handedOver(null, '2023-01-16')).toBe('2023-01-16');
    // Within a few weeks, the record's own day stands; a successor before the end changes nothing.
    expect(handedOver('2023-01-02', '2023-01-16')).toBe('2023-01-02');
    expect(handedOver('2023-01-20', '2023-01-16')).toBe('2023-01-20');
    expect(handedOver('2021-12-31', null)).toBe('2021-12-31');
  });
});

describe('Open States governor terms', () => {
  it('reads an end inside a four-year term as a wrong date: the term runs to its boundary', () => {
    // Inaugurated January 2019, re-elected: the term ends January 2027, not on 2026-01-01.
    expect(governorTermEnd('CA', '2019-01-07', '2026-01-01')).toBe('2027-01');
    // An end on a term boundary, a few days off, stays as recorded.
    expect(governorTermEnd('CA', '2019-01-07', '2027-01-04')).toBe('2027-01-04');
    expect(governorTermEnd('NJ', '2018-01-16', '2026-01-20')).toBe('2026-01-20');
    // Two-year terms in New Hampshire and Vermont.
    expect(governorTermEnd('NH', '2017-01-05', '2025-01-02')).toBe('2025-01-02');
    expect(governorTermEnd('VT', '2017-01-05', '2024-01-01')).toBe('2025-01');
  });

  it('leaves alone the term of a governor who succeeded mid-term, whose start says nothing about the cycle', () => {
    expect(governorTermEnd('MO', '2018-06-01', '2025-01-01')).toBe('2025-01-01');
  });

  it('shows a governor whose record ends inside his term as current, with the term’s end', () => {
    const root = mkdtempSync(join(tmpdir(), 'footnote-os-'));
    mkdirSync(join(root, 'openstates-people'));
    const row = { id: 'ocd-person/0000-xx', name: 'Lena Marsh', given_name: 'Lena', family_name: 'Marsh', state: 'ca', jurisdiction: 'ocd-jurisdiction/country:us/state:ca/government', party: ['Democratic'], role: 'governor' };
    writeFileSync(join(root, 'openstates-people/executive-roles.json'), JSON.stringify([{ ...row, start_date: '2019-01-07', end_date: '2026-01-01', end_date_passed_at_snapshot: true }]));
    writeFileSync(join(root, 'openstates-people/mayors.json'), '[]');
    const [governor] = openStatesPeople(new DataDir(root)).flatMap((p) => p.roles);
    expect(governor).toMatchObject({ label: 'Governor of California', start: '2019-01-07', end: '2027-01', current: true });
    expect(governor).not.toHaveProperty('lastKnownUntil');
  });
});

describe('Open States in the District of Columbia', () => {
  it('reads the "governor" of DC as its mayor and its "legislature" as the Council', () => {
    const root = mkdtempSync(join(tmpdir(), 'footnote-os-'));
    mkdirSync(join(root, 'openstates-people'));
    const row = { id: 'ocd-person/0000-dc', name: 'Lena Marsh', given_name: 'Lena', family_name: 'Marsh', state: 'dc', jurisdiction: 'ocd-jurisdiction/country:us/district:dc/government', party: ['Democratic'] };
    writeFileSync(join(root, 'openstates-people/executive-roles.json'), JSON.stringify([
      { ...row, role: 'governor', start_date: '2015-01-02', end_date: '2099-01-01' },
      { ...row, role: 'legislature', start_date: '2007-01-02', end_date: '2015-01-02' },
    ]));
    writeFileSync(join(root, 'openstates-people/mayors.json'), '[]');
    const labels = openStatesPeople(new DataDir(root)).flatMap((p) => p.roles.map((r) => `${r.office}: ${r.label}`));
    expect(labels).toContain('mayor: Mayor of the District of Columbia');
    expect(labels).toContain('other: Council member in District of Columbia');
    expect(labels.some((l) => l.includes('Governor'))).toBe(false);
  });
});

describe('a county officer filed among Open States mayors', () => {
  it('gets no mayor card when its email, pages or jurisdiction name a county or its supervisors and never a mayor', () => {
    const root = mkdtempSync(join(tmpdir(), 'footnote-os-'));
    mkdirSync(join(root, 'openstates-people/data/va/municipalities'), { recursive: true });
    writeFileSync(join(root, 'openstates-people/executive-roles.json'), '[]');
    const mayor = (id: string, name: string, place: string, email: string, url: string): Record<string, unknown> => {
      const file = `data/va/municipalities/${id}.yml`;
      writeFileSync(join(root, 'openstates-people', file), `id: ocd-person/${id}\nname: ${name}\nemail: ${email}\n`);
      return { id: `ocd-person/${id}`, name, given_name: name.split(' ')[0], family_name: name.split(' ')[1], state: 'va', role: 'mayor', jurisdiction: `ocd-jurisdiction/country:us/state:va/${place}/government`, party: [], start_date: null, end_date: '2099-01-01', links: [url], sources: [url], file };
    };
    writeFileSync(join(root, 'openstates-people/mayors.json'), JSON.stringify([
      // Arlington is a county: nothing but the record's email says so.
      mayor('a1', 'Lena Marsh', 'place:arlington', 'countymanager@arlingtonva.us', 'https://www.arlingtonva.us/contact-arlington/'),
      mayor('a2', 'Ada Lane', 'place:henrico', 'fairfield@henrico.us', 'https://henrico.us/supervisors/fairfield-district/'),
      // A county whose head is its mayor says so.
      mayor('a3', 'Kai Ono', 'place:kauai_county', 'mayor@kauai.gov', 'https://www.kauai.gov/Mayor'),
      mayor('a4', 'Ruth Park', 'place:richmond', 'ruth.park@rva.gov', 'https://www.rva.gov/office-mayor'),
    ]));
    const labels = openStatesPeople(new DataDir(root)).flatMap((p) => p.roles.map((r) => r.label));
    expect(labels.sort()).toEqual(['Mayor of kauai county, Virginia', 'Mayor of richmond, Virginia']);
  });
});

describe('a judge\'s court as context words', () => {
  it('names the district court\'s state, the longer state name first, and nothing for a circuit', () => {
    expect(courtStateWords('U.S. District Court for the Western District of Kentucky')).toEqual(['kentucky', 'ky']);
    expect(courtStateWords('U.S. District Court for the Southern District of West Virginia')).toEqual(['west virginia', 'wv']);
    expect(courtStateWords('U.S. District Court for the District of Columbia')).toEqual(['district of columbia', 'dc']);
    expect(courtStateWords('U.S. Court of Appeals for the Sixth Circuit')).toEqual([]);
  });
});

describe('Open States offices under their states\' own names', () => {
  const root = mkdtempSync(join(tmpdir(), 'footnote-os-'));
  mkdirSync(join(root, 'openstates-people'));
  const row = (id: string, state: string, role: string): Record<string, unknown> => ({
    id: `ocd-person/${id}`, name: `Ada ${id}`, given_name: 'Ada', family_name: id, state, role, jurisdiction: `ocd-jurisdiction/country:us/state:${state}/government`, party: ['Republican'], start_date: null, end_date: '2099-01-01',
  });
  writeFileSync(join(root, 'openstates-people/executive-roles.json'), JSON.stringify([
    row('Pa', 'pa', 'secretary of state'), row('Va', 'va', 'secretary of state'), row('Ky', 'ky', 'secretary of state'),
    // Massachusetts's chief election officer is its Secretary of the Commonwealth; Virginia's is the Commissioner of Elections.
    row('Ma', 'ma', 'chief election officer'), row('Vae', 'va', 'chief election officer'),
    { ...row('Del', 'va', 'lower'), end_date: '2020-01-01' }, { ...row('Del', 'va', 'attorney general') },
    { ...row('Asm', 'ca', 'lower'), end_date: '2020-01-01' }, { ...row('Asm', 'ca', 'attorney general') },
    { ...row('Rep', 'pa', 'lower'), end_date: '2020-01-01' }, { ...row('Rep', 'pa', 'attorney general') },
  ]));
  writeFileSync(join(root, 'openstates-people/mayors.json'), '[]');
  const people = openStatesPeople(new DataDir(root));
  const labels = (family: string): string[] => people.find((p) => p.surname === family)?.roles.map((r) => r.label) ?? [];

  it('calls the secretary of Pennsylvania, Massachusetts and Virginia the Secretary of the Commonwealth, and Kentucky\'s the Secretary of State', () => {
    expect(labels('Pa')).toEqual(['Secretary of the Commonwealth of Pennsylvania']);
    expect(labels('Va')).toEqual(['Secretary of the Commonwealth of Virginia']);
    expect(labels('Ma')).toEqual(['Secretary of the Commonwealth of Massachusetts']);
    expect(labels('Ky')).toEqual(['Secretary of State of Kentucky']);
    expect(labels('Vae')).toEqual(['Chief Election Officer of Virginia']);
  });

  it('calls a member of a House of Delegates a delegate and of an Assembly an assembly member', () => {
    expect(labels('Del')).toContain('State delegate in Virginia');
    expect(labels('Asm')).toContain('State Assembly member in California');
    expect(labels('Rep')).toContain('State representative in Pennsylvania');
  });

  it('gives a state officer the words of their own office, not "secretary of state"', () => {
    const options = { extraNames: new Map<string, string[]>(), renames: new Map<string, string>(), sourceAsOf: (): string => '2026-08-05' };
    const words = (family: string): readonly string[] => assemblePeople(people.filter((p) => p.surname === family), options).people[0]?.contextWords ?? [];
    expect(words('Pa')).toContain('secretary of the commonwealth');
    expect(words('Pa')).not.toContain('secretary of state');
    expect(words('Ma')).not.toContain('secretary of state');
    expect(words('Ky')).toContain('secretary of state');
  });
});

describe('PLUM rows of one name in two agencies', () => {
  const header = 'AgencyName,OrganizationName,PositionTitle,PositionStatus,AppointmentTypeDescription,ExpirationDate,LevelGradePay,Location,IncumbentFirstName,IncumbentLastName,PaymentPlanDescription,Tenure,IncumbentBeginDate,IncumbentVacateDate';
  const people = (lines: string[]): ReturnType<typeof plumPeople> => {
    const root = mkdtempSync(join(tmpdir(), 'footnote-plum-'));
    mkdirSync(join(root, 'opm-plum'));
    writeFileSync(join(root, 'opm-plum/plum-book-export.csv'), [header, ...lines].join('\n'));
    const rule = (agency: string, title: string, label: string): { agency: string; title: RegExp; label: string; office: Role['office']; words: string[] } => ({ agency, title: new RegExp(title), label, office: 'agency-head', words: [] });
    return plumPeople(new DataDir(root), {
      positions: [rule('WATER AGENCY', '^ADMINISTRATOR$', 'Administrator of the Water Agency'), rule('TRADE OFFICE', '^TRADE ENVOY$', 'Trade Envoy'), rule('ETHICS OFFICE', '^DIRECTOR$', 'Director of the Ethics Office')],
      stale: [],
      acting: [],
    });
  };

  it('keeps a namesake\'s post in another agency off the card when nothing ties the two', () => {
    const [payne, ...rest] = people([
      'ROADS DEPARTMENT,OFFICE OF THE CHIEF COUNSEL,CHIEF COUNSEL,Filled,NA,,"$175,000","Washington, DC",ADA,LANE,ES,,,',
      'WATER AGENCY,OFFICE OF THE ADMINISTRATOR,ADMINISTRATOR,Filled,PAS,,II,"Washington, DC",ADA,LANE,EX,,1/20/2025 12:00:00 AM,1/28/2025 12:00:00 AM',
      'WATER AGENCY,OFFICE OF THE GENERAL COUNSEL,DEPUTY GENERAL COUNSEL,Filled,CA,,"$225,700","Washington, DC",ADA,LANE,ES,,,',
    ]);
    expect(rest).toEqual([]);
    expect(payne?.roles.map((r) => r.label)).toEqual(['Acting Administrator of the Water Agency', 'Deputy General Counsel, Water Agency']);
  });

  it('still joins an agency head\'s acting post in another agency when the levels tie them', () => {
    const [greer, ...rest] = people([
      'TRADE OFFICE,OFFICE OF THE ENVOY,TRADE ENVOY,Vacant,PAS,,I,"Washington, DC",,,EX,,,',
      'TRADE OFFICE,OFFICE OF THE ENVOY,TRADE ENVOY,Filled,XS,,"$203,500","Washington, DC",ADA,LANE,EX,,,',
      'ETHICS OFFICE,ETHICS OFFICE,DIRECTOR,Filled,PAS,,III,"Washington, DC",ADA,LANE,EX,,,',
    ]);
    expect(rest).toEqual([]);
    expect(greer?.roles.map((r) => r.label)).toEqual(expect.arrayContaining(['Trade Envoy', 'Acting Director, Ethics Office']));
  });

  it('makes two principals of one name in two untied agencies two people', () => {
    const found = people([
      'WATER AGENCY,OFFICE OF THE ADMINISTRATOR,ADMINISTRATOR,Filled,PAS,,II,"Washington, DC",ADA,LANE,EX,,,',
      'ETHICS OFFICE,ETHICS OFFICE,DIRECTOR,Filled,PAS,,II,"Washington, DC",ADA,LANE,EX,,,',
    ]);
    expect(found.map((p) => [p.id, p.roles.map((r) => r.label)])).toEqual([
      ['plum:ada-lane', ['Administrator of the Water Agency']],
      ['plum:ada-lane-ethics-office', ['Director of the Ethics Office']],
    ]);
  });
});
