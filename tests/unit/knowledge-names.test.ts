import { describe, expect, it } from 'vitest';
import { displayName, formalName, usableNickname, type NameParts } from '../../scripts/knowledge/people-congress';
import { appointmentRoles } from '../../scripts/knowledge/people-judges';
import { parseLeaders } from '../../scripts/knowledge/people-world-leaders';

const parts = (p: Partial<NameParts>): NameParts => ({ first: '', middle: null, last: '', suffix: null, nickname: null, officialFull: null, ...p });

describe('Congress names', () => {
  it('shows the press form and keeps the official name, with its middle initial, as the formal one', () => {
    const n = parts({ first: 'Marla', middle: 'Q.', last: 'Brennick', officialFull: 'Marla Q. Brennick' });
    expect(displayName(n)).toBe('Marla Brennick');
    expect(formalName(n)).toBe('Marla Q. Brennick');
  });

  it('uses a given-name nickname for display and the full name as formal', () => {
    const n = parts({ first: 'Robert', middle: 'T.', last: 'Venn', nickname: 'Bob', officialFull: 'Bob Venn' });
    expect(displayName(n)).toBe('Bob Venn');
    expect(formalName(n)).toBe('Robert T. Venn');
  });

  it('keeps the suffix but leaves the middle initial to the formal name', () => {
    const n = parts({ first: 'Dale', middle: 'R.', last: 'Ormsby', suffix: 'Jr.', officialFull: 'Dale R. Ormsby, Jr.' });
    expect(displayName(n)).toBe('Dale Ormsby Jr.');
    expect(formalName(n)).toBe('Dale R. Ormsby, Jr.');
  });

  it('ignores a nickname column that holds a place', () => {
    expect(usableNickname('of Upper Marsh')).toBeNull();
    expect(usableNickname('Chuck')).toBe('Chuck');
    expect(displayName(parts({ first: 'Ezra', last: 'Pellow', nickname: 'of Upper Marsh' }))).toBe('Ezra Pellow');
  });

  it('keeps the official form when the first name is only an initial', () => {
    expect(displayName(parts({ first: 'J.', middle: 'Harlan', last: 'Quist', officialFull: 'J. Harlan Quist' }))).toBe('J. Harlan Quist');
  });
});

describe('FJC appointment dates', () => {
  it('starts a recess appointee’s service at the recess appointment, not the later commission', () => {
    const row = { CourtName: 'U.S. District Court for the District of Nowhere', AppointmentTitle: 'Judge', RecessAppointmentDate: '1961-10-05', CommissionDate: '1962-03-16' };
    expect(appointmentRoles(row, null)[0]?.start).toBe('1961-10-05');
    expect(appointmentRoles({ ...row, RecessAppointmentDate: '' }, null)[0]?.start).toBe('1962-03-16');
  });
});

describe('Factbook leader parsing', () => {
  it('keeps an elided particle in the name', () => {
    expect(parseLeaders("Prime Minister Tomás d'Avila dos SANTOSA (since 3 May 2024)", 'Ruritania')[0]).toMatchObject({ title: 'Prime Minister', name: "Tomás d'Avila dos Santosa" });
  });

  it('reads an acronym before the office as neither title nor name', () => {
    expect(parseLeaders('Secretary of State for Foreign and Political Affairs Lia VANTE (since 1 June 2022)', 'Ruritania')[0]).toMatchObject({ name: 'Lia Vante' });
    expect(parseLeaders('XQR Interim Prime Minister Omar Bel HADDU (since 1 June 2022)', 'Ruritania')[0]).toMatchObject({ title: 'Interim Prime Minister', name: 'Omar Bel Haddu' });
  });

  it('leaves the realm after a monarch’s name out of the name', () => {
    expect(parseLeaders('King OSKAR-LEOPOLD of the Lowlands (since 2 March 2010)', 'Ruritania')[0]?.name).toBe('Oskar-Leopold');
  });

  it('keeps only the subject of an entry written as a sentence', () => {
    expect(parseLeaders('overall Council Leader HAMZATULLAH Rahimi is the so-called guide of the council and effectively the head of government', 'Ruritania')[0]).toMatchObject({ title: 'Council Leader', name: 'Hamzatullah Rahimi' });
  });
});
