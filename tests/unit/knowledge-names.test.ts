import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayName, formalName, usableNickname, wikipediaName, type NameParts } from '../../scripts/knowledge/people-congress';
import { appointmentRoles, judgeAppointmentRoles } from '../../scripts/knowledge/people-judges';
import { assemblePeople, presidentPressNames, summarize } from '../../scripts/knowledge/people-assemble';
import type { Role } from '../../src/knowledge/schema';
import { fixedTermEnd, fixedTermEndBy, givenNamesInUse, officeTitle, heldBeforeSince, leaderNames, parseLeader, parseLeaders, roleLabel, sinceIsTermStart, surnameStandsAlone, worldLeaderPeople } from '../../scripts/knowledge/people-world-leaders';
import { DataDir } from '../../scripts/knowledge/data-files';
import { nameCase } from '../../scripts/knowledge/names';

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

describe('Congress names from Wikipedia titles', () => {
  it('takes the article title, without its disambiguation, as the name in use', () => {
    expect(wikipediaName('Dale Ormsby', 'Ormsby')).toBe('Dale Ormsby');
    expect(wikipediaName('Ezra Pellow (Delaware politician)', 'Pellow')).toBe('Ezra Pellow');
    expect(wikipediaName('Mara Díaz-Venn', 'Diaz-Venn')).toBe('Mara Díaz-Venn');
    // "De Witt" in the record, "DeWitt" in the title: one surname.
    expect(wikipediaName('Amos G. DeWitt', 'De Witt')).toBe('Amos G. DeWitt');
    // The record's apostrophe style is kept.
    expect(wikipediaName("Jeremy O'Brack (Maine politician)", 'O\u2019Brack')).toBe('Jeremy O\u2019Brack');
  });

  it('refuses a title that is no plain form of the name', () => {
    expect(wikipediaName('Ezra "Pleasant Hill" Pellow', 'Pellow')).toBeNull();
    expect(wikipediaName('Ezra Pell', 'Pellow')).toBeNull();
    expect(wikipediaName('List of people named Ezra Pellow', 'Pellow')).toBeNull();
    expect(wikipediaName(null, 'Pellow')).toBeNull();
  });
});

describe('FJC appointment dates', () => {
  it('starts a recess appointee’s service at the recess appointment, not the later commission', () => {
    const row = { CourtName: 'U.S. District Court for the District of Nowhere', AppointmentTitle: 'Judge', RecessAppointmentDate: '1961-10-05', CommissionDate: '1962-03-16' };
    expect(appointmentRoles(row, null)[0]?.start).toBe('1961-10-05');
    expect(appointmentRoles({ ...row, RecessAppointmentDate: '' }, null)[0]?.start).toBe('1962-03-16');
  });
});

describe('FJC reassignments', () => {
  const first = { Sequence: '1', CourtName: 'U.S. Court of Customs and Patent Appeals', AppointmentTitle: 'Associate Judge', AppointingPresident: 'John F. Kennedy', PartyofAppointingPresident: 'Democratic', CommissionDate: '7/3/1963', 'Senior Status Date': '', Termination: 'Reassignment', 'Termination Date': '10/1/1982' };
  const moved = { Sequence: '2', CourtName: 'U.S. Court of Appeals for the Federal Circuit', AppointmentTitle: 'Judge', AppointingPresident: 'None (reassignment)', PartyofAppointingPresident: 'None (reassignment)', CommissionDate: '10/1/1982', 'Senior Status Date': '', Termination: 'Death', 'Termination Date': '4/14/1986' };
  const asRoles = (roles: ReturnType<typeof judgeAppointmentRoles>): Role[] => roles.map((r) => ({ ...r, asOf: '2023-06' }));

  it('files a reassignment under the president of the commission it carries, never "None"', () => {
    const roles = judgeAppointmentRoles([first, moved], null);
    expect(roles.map((r) => r.appointedBy)).toEqual(['John F. Kennedy (Democratic)', 'John F. Kennedy (Democratic)']);
    expect(summarize(asRoles(roles).reverse())).toMatch(/Appointed by John F\. Kennedy\.$/);
  });

  it('carries the appointer along a chain of reassignments, and gives none when no commission is on file', () => {
    const third = { ...moved, Sequence: '3', CourtName: 'U.S. District Court for the District of Elsewhere', CommissionDate: '1/1/1984', 'Termination Date': '' };
    expect(judgeAppointmentRoles([first, { ...moved, Termination: 'Reassignment', 'Termination Date': '1/1/1984' }, third], null).map((r) => r.appointedBy)).toEqual([
      'John F. Kennedy (Democratic)',
      'John F. Kennedy (Democratic)',
      'John F. Kennedy (Democratic)',
    ]);
    expect(judgeAppointmentRoles([{ ...moved, Sequence: '1' }], null)[0]?.appointedBy).toBeUndefined();
  });

  it('keeps a judge who was on senior status when reassigned a senior judge on the new court', () => {
    const roles = judgeAppointmentRoles([{ ...first, 'Senior Status Date': '3/1/1973' }, moved], null);
    expect(roles.map((r) => `${r.label} ${r.start}–${r.end}`)).toEqual([
      'Associate Judge, U.S. Court of Customs and Patent Appeals 1963-07-03–1973-03-01',
      'Senior Judge, U.S. Court of Customs and Patent Appeals 1973-03-01–1982-10-01',
      'Senior Judge, U.S. Court of Appeals for the Federal Circuit 1982-10-01–1986-04-14',
    ]);
    // An active judge reassigned stays an active judge.
    expect(judgeAppointmentRoles([first, moved], null)[1]?.label).toBe('Judge, U.S. Court of Appeals for the Federal Circuit');
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

describe('Factbook leader parsing: offices, bodies and honorifics', () => {
  it('reads the body an office belongs to as part of the title, never as a given name', () => {
    expect(parseLeaders('President of Ruritania ZHOU Mingde (since 1 May 2013)', 'Lowland Territory')[0]).toMatchObject({ title: 'President of Ruritania', name: 'Zhou Mingde' });
    expect(parseLeaders('Chairperson of the Presidency Anto VRANIC (chairperson since 1 July 2025; member since 2018)', 'Ruritania')[0]).toMatchObject({ title: 'Chairperson of the Presidency', name: 'Anto Vranic' });
    expect(parseLeaders('President of the Territorial Assembly Lupe TAUFA (since 2 March 2022)', 'Ruritania')[0]).toMatchObject({ title: 'President of the Territorial Assembly', name: 'Lupe Taufa' });
    expect(parseLeaders('Emperor AKIHIRO (since 1 May 2019)', 'Ruritania')[0]).toMatchObject({ title: 'Emperor', name: 'Akihiro' });
    expect(parseLeaders('Commissioner Rani PATELL (since 16 December 2024)', 'Ruritania')[0]).toMatchObject({ title: 'Commissioner', name: 'Rani Patell' });
  });

  it('keeps ranks out of both the title and the name', () => {
    expect(parseLeaders('Administrator Air Vice-Marshal Peter J.M. STOKELY (since 1 September 2022)', 'Ruritania')[0]).toMatchObject({ title: 'Administrator', name: 'Peter J.M. Stokely' });
    expect(parseLeaders('Acting President Sr. Gen. TAN MYO AUNG (since 31 July 2025)', 'Ruritania')[0]).toMatchObject({ title: 'Acting President' });
    expect(parseLeaders('Council Chair and Commander of the Armed Forces General Omar al-HADDU (since 11 November 2021)', 'Ruritania')[0]?.title).toBe('Council Chair and Commander of the Armed Forces');
  });

  it('takes a quoted nickname out of the name and keeps it apart', () => {
    expect(parseLeaders('President Ferdinand "DingDing" SALCEDO, Jr. (since 30 June 2022)', 'Ruritania')[0]).toMatchObject({ title: 'President', name: 'Ferdinand Salcedo, Jr.', nickname: 'DingDing' });
  });

  it('keeps the other spelling the text gives of a name, after it or in brackets inside it', () => {
    expect(parseLeaders('King WACHIRASAK; also spelled Vajirasak (since 1 December 2016)', 'Ruritania')[0]).toMatchObject({ title: 'King', name: 'Wachirasak', since: '2016-12-01', spellings: ['Vajirasak'] });
    expect(parseLeaders('Prime Minister SONEVAN (also spelled SONVAN) Siphalath (since 30 December 2022)', 'Ruritania')[0]).toMatchObject({ name: 'Sonevan Siphalath', surname: 'Sonevan', spellings: ['Sonvan Siphalath'] });
    expect(parseLeaders('Prime Minister Lia VANTE (since 1 June 2022)', 'Ruritania')[0]?.spellings).toEqual([]);
  });

  it('finds a leader by the other spelling too, a one-word name as well', () => {
    const root = mkdtempSync(join(tmpdir(), 'footnote-leaders-'));
    mkdirSync(join(root, 'cia-world-factbook'), { recursive: true });
    writeFileSync(join(root, 'cia-world-factbook/leaders.json'), JSON.stringify([
      { gec: 'rr', region: 'europe', short_name: 'Ruritania', long_name: 'Kingdom of Ruritania', population: '1,000,000', chief_of_state: 'King WACHIRASAK; also spelled Vajirasak (since 1 December 2016)', head_of_government: 'Prime Minister SONEVAN (also spelled SONVAN) Siphalath (since 30 December 2022)' },
    ]));
    const drafts = worldLeaderPeople(new DataDir(root), new Set(), '2026-01-22');
    const people = assemblePeople(drafts, { extraNames: new Map(), renames: new Map(), sourceAsOf: () => '2026-01-22' }).people;
    expect(people.map((p) => [p.name, p.aliases])).toEqual([
      ['Sonevan Siphalath', ['sonevan siphalath', 'sonvan siphalath']],
      ['Wachirasak', ['vajirasak']],
    ]);
  });

  it('reads an abbreviated month', () => {
    expect(parseLeaders('Prime Minister ANUKUL Charoenrat (since 5 Sep 2025)', 'Ruritania')[0]?.since).toBe('2025-09-05');
  });

  it('reads a date given without "since"', () => {
    expect(parseLeaders('Prime Minister Tsepo Samuel MOLAPO (28 October 2022)', 'Ruritania')[0]?.since).toBe('2022-10-28');
  });

  it('names a country by its long form when the title already does', () => {
    expect(roleLabel('President of the Alpine Confederation', 'Alpinia', 'Alpine Confederation')).toBe('President of the Alpine Confederation');
    expect(roleLabel('Prime Minister', 'Alpinia', 'Alpine Confederation')).toBe('Prime Minister of Alpinia');
  });

  it('capitalises after an apostrophe only behind a one-letter prefix', () => {
    expect(nameCase("LUPE'AKA'AKA")).toBe("Lupe'aka'aka");
    expect(nameCase("O'BRIEN")).toBe("O'Brien");
  });
});

describe('Factbook press names and terms', () => {
  const leader = parseLeaders('President Tendai Rufaro MOYO-NKOMO (since 4 September 2023)', 'Ruritania')[0]!;

  it('shortens a name only to the given names the profile itself uses with the surname', () => {
    expect(givenNamesInUse(leader, 'In 2017 Vice President Tendai MOYO-NKOMO took power.')).toEqual(['Tendai']);
    expect(givenNamesInUse(leader, "President Tendai MOYO-NKOMO's government fell.")).toEqual(['Tendai']);
    expect(givenNamesInUse(leader, 'President Tendai Rufaro MOYO-NKOMO (since 4 September 2023)')).toBeNull();
    // A namesake (a father) with another given name says nothing about this person.
    expect(givenNamesInUse(leader, 'His father Simba MOYO-NKOMO ruled before him.')).toBeNull();
  });

  it('drops a second surname only where the profile writes the surname alone', () => {
    const spanish = parseLeaders('President Ana Lucia QUIROGA Belmonte (since 1 March 2025)', 'Ruritania')[0]!;
    expect(spanish.after).toEqual(['Belmonte']);
    expect(surnameStandsAlone(spanish, 'elections won by Ana Lucia QUIROGA in 2024')).toBe(true);
    expect(surnameStandsAlone(spanish, 'President Ana Lucia QUIROGA Belmonte (since 1 March 2025)')).toBe(false);
  });

  it('says the date opens the current term when the election results show the person elected before it', () => {
    const results = '2023: Tendai MOYO-NKOMO reelected president; percent of vote - Tendai MOYO-NKOMO 52% 2018: Tendai MOYO-NKOMO elected president in first round';
    expect(sinceIsTermStart(leader, 'President', results)).toBe(true);
    // Elected once, in the election that opened the term: the date is when service began.
    expect(sinceIsTermStart(leader, 'President', '2023: Tendai MOYO-NKOMO elected president in first round')).toBe(false);
    // A namesake's re-election, or election to another office, is not this person's term.
    expect(sinceIsTermStart(leader, 'President', '2018: Simba MOYO-NKOMO reelected president')).toBe(false);
    expect(sinceIsTermStart(leader, 'President', '2018: Tendai MOYO-NKOMO (independent) elected lieutenant governor')).toBe(false);
  });
  it('reads a typographic possessive as no second surname, and a misspelt given name as no shortening', () => {
    const spanish = parseLeaders('President Ana Lucia QUIROGA Belmonte (since 1 March 2025)', 'Ruritania')[0]!;
    expect(surnameStandsAlone(spanish, 'Ana Lucia QUIROGA\u2019s party won.')).toBe(false);
    // "Tendei Rufaro MOYO-NKOMO": the first given name misspelt, not dropped.
    expect(givenNamesInUse(leader, '2019: Tendei Rufaro MOYO-NKOMO elected president')).toBeNull();
  });

  it('drops the second surname where the country names people with two surnames, and keeps the formal name otherwise', () => {
    const spanish = parseLeaders('President Ana Lucia QUIROGA Belmonte (since 1 March 2025)', 'Ruritania')[0]!;
    expect(leaderNames(spanish, '', true).name).toBe('Ana Lucia Quiroga');
    expect(leaderNames(spanish, '', false).name).toBe('Ana Lucia Quiroga Belmonte');
    // A particle-led tail is a surname of its own outside that usage; a suffix always stays.
    const particle = parseLeaders('President Joao Carlos PEREIRA da Costa (since 1 March 2025)', 'Ruritania')[0]!;
    expect(leaderNames(particle, '', false).name).toBe('Joao Carlos Pereira da Costa');
    const suffix = parseLeaders('President Tomas REYES, Jr. (since 1 March 2025)', 'Ruritania')[0]!;
    expect(leaderNames(suffix, '', true).name).toBe('Tomas Reyes, Jr.');
  });

  it('keeps two upper-case words one surname outside the countries that use two ("PIRC MUSAR", "LEON GUERRERO")', () => {
    const compound = parseLeaders('President Natasa PIRC MUSAR (since 23 December 2022)', 'Ruritania')[0]!;
    const names = leaderNames(compound, '', false);
    expect(names.surname.toLowerCase()).toBe('pirc musar');
    expect(names.altNames.map((n) => n.toLowerCase())).not.toContain('natasa pirc');
    const spanish = parseLeaders('President Ana Lucia QUIROGA BELMONTE (since 1 March 2025)', 'Ruritania')[0]!;
    expect(leaderNames(spanish, '', true).surname.toLowerCase()).toBe('quiroga');
  });

  it('keeps every form between the press name and the formal one as another name', () => {
    const long = parseLeaders('President Kola Adewale Bayo ADEYEMI (since 29 May 2023)', 'Ruritania')[0]!;
    const names = leaderNames(long, '', false);
    expect(names.name).toBe('Kola Adewale Bayo Adeyemi');
    expect(names.altNames).toEqual(expect.arrayContaining(['Kola Adeyemi', 'Kola Adewale Adeyemi', 'Bayo Adeyemi', 'Adewale Bayo Adeyemi']));
    // Where the profile shows the given name in use, no form drops it ("Rufaro" alone is no name of Tendai's).
    expect(leaderNames(leader, 'Rufaro MOYO-NKOMO won.', false).altNames).not.toContain('Tendai Moyo-Nkomo');
  });

  it('uses the upper-case part of a hyphenated surname, and an upper-case name with its patronymic', () => {
    expect(leaderNames(parseLeaders('Supreme Leader Omar Rahimi-TAVANA (since 4 June 1989)', 'Ruritania')[0]!, '', false).name).toBe('Omar Tavana');
    expect(leaderNames(parseLeaders('President HAMID BIN SAQR Al Qasimi (since 14 May 2022)', 'Ruritania')[0]!, '', false).name).toBe('Hamid bin Saqr');
    // Surname first with a plain upper-case surname: nothing drops ("ZHOU Mingde").
    expect(leaderNames(parseLeaders('President ZHOU Mingde (since 1 May 2013)', 'Ruritania')[0]!, '', false).name).toBe('Zhou Mingde');
  });

  it('says the date opens the current term when the profile shows the person in power earlier by a coup, an appointment or a resignation', () => {
    const colonel = parseLeaders('President Col. Sekou Amadou TOURAY (since 17 January 2026)', 'Ruritania')[0]!;
    expect(heldBeforeSince(colonel, 'President', 'In 2021, Col Sekou Amadou TOURAY led a military coup, suspending the constitution.')).toBe(true);
    const premier = parseLeaders('Prime Minister Aram VARDANYAN (since 10 September 2021)', 'Ruritania')[0]!;
    expect(heldBeforeSince(premier, 'Prime Minister', 'In 2018, after the premier resigned, the assembly elected party chief Aram VARDANYAN, as the new prime minister.')).toBe(true);
    const caretaker = parseLeaders('Caretaker Prime Minister Piet DAALDER (since 3 June 2025)', 'Ruritania')[0]!;
    expect(heldBeforeSince(caretaker, 'Caretaker Prime Minister', 'note: Prime Minister Piet DAALDER resigned on 3 June 2025 but stays on in a caretaker capacity')).toBe(true);
    expect(heldBeforeSince(caretaker, 'Caretaker Prime Minister', 'note: Prime Minister Piet DAALDER resigned on 3 June 2024 and was reappointed')).toBe(false);
    // A later year, an earlier election (maybe a separate spell), a namesake, or another office say nothing.
    expect(heldBeforeSince(colonel, 'President', 'The 2025 elections were won when Sekou Amadou TOURAY became president in 2026.')).toBe(false);
    expect(heldBeforeSince(colonel, 'President', 'In 2016, Sekou TOURAY was the first soldier elected president.')).toBe(false);
    expect(heldBeforeSince(colonel, 'President', 'In 1984, Lansana TOURAY led a coup.')).toBe(false);
    expect(heldBeforeSince(colonel, 'President', 'In 2019, Sekou TOURAY became vice president.')).toBe(false);
    const king = parseLeaders('King TUPOLA VI (since 18 March 2012)', 'Ruritania')[0]!;
    expect(heldBeforeSince(king, 'King', 'In 1845, a chief was crowned King TUPOLA I, founding the monarchy.')).toBe(false);
  });
});

describe('presidents named as the press names them', () => {
  const president = (name: string, names: string[], formalName?: string): Parameters<typeof presidentPressNames>[0][number] =>
    ({ name, names, ...(formalName ? { formalName } : {}), roles: [{ office: 'president' }] });
  const pressName = presidentPressNames([
    president('Bill Clinton', ['William Clinton'], 'William Jefferson Clinton'),
    president('George H. W. Bush', ['George Bush'], 'George Herbert Walker Bush'),
    president('George W. Bush', ['George Bush'], 'George Walker Bush'),
    president('John Adams', []),
    president('John Quincy Adams', []),
    president('Harry S. Truman', ['Harry Truman']),
  ]);

  it('reads the name a court record gives by its first name, surname and middle initials', () => {
    expect(pressName('William J. Clinton')).toBe('Bill Clinton');
    expect(pressName('George H.W. Bush')).toBe('George H. W. Bush');
    expect(pressName('George W. Bush')).toBe('George W. Bush');
    expect(pressName('Harry S Truman')).toBe('Harry S. Truman');
    expect(pressName('John Adams')).toBe('John Adams');
  });

  it('keeps a name it cannot tell apart or does not know as recorded', () => {
    expect(pressName('George Bush')).toBe('George Bush');
    expect(pressName('Grover Cleveland')).toBe('Grover Cleveland');
  });
});

describe('world leaders with terms fixed by law', () => {
  it('ends a Captain Regent six months and a Swiss president a year after taking office, and no other office', () => {
    expect(fixedTermEnd('Captain Regent', '2025-10-01')).toBe('2026-03-31');
    expect(fixedTermEnd('President of the Swiss Confederation', '2026-01-01')).toBe('2026-12-31');
    expect(fixedTermEnd('Chairperson of the Presidency', '2025-07-16')).toBe('2026-03-15');
    expect(fixedTermEnd('President', '2026-01-01')).toBeNull();
    expect(fixedTermEnd('Captain Regent', '2025')).toBeNull();
  });

  it('keeps a fixed term current while it still runs on the file date, and ended once that date is past', () => {
    // The Factbook of January 2026 lists the Swiss president for 2026: in a file of August 2026 he is sitting.
    expect(fixedTermEndBy('President of the Swiss Confederation', '2026-01-01', '2026-08-05')).toBeNull();
    expect(fixedTermEndBy('Captain Regent', '2025-10-01', '2026-08-05')).toBe('2026-03-31');
    expect(fixedTermEndBy('President', '2026-01-01', '2026-08-05')).toBeNull();
  });
});

describe('world leaders whose surname the Factbook writes twice', () => {
  it('reads a surname written among the given names and again in capitals once', () => {
    const parsed = parseLeader('Head of Government Esera Fofō Filipo Tuisano TUISANO (since 17 March 2025)');
    expect([parsed?.name, parsed?.surname, parsed?.given]).toEqual(['Esera Fofō Filipo Tuisano', 'Tuisano', ['Esera', 'Fofō', 'Filipo']]);
  });
});

describe('world leaders\' offices', () => {
  it('names the office, not the royal style written after it', () => {
    expect(officeTitle('King Sultan')).toBe('King');
    expect(officeTitle('Prime Minister Crown Prince')).toBe('Prime Minister');
    expect(officeTitle('Captains Regent')).toBe('Captain Regent');
    expect(officeTitle('Crown Prince and Prime Minister')).toBe('Crown Prince and Prime Minister');
  });
});
