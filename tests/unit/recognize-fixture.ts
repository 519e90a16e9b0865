/** A small knowledge file written for the recognizer tests (our own facts, not copied text). */
import { buildKnowledgeIndex } from '../../src/knowledge/knowledge-index';
import type { KnowledgeFile, Person } from '../../src/knowledge/schema';
import type { KnowledgeLookup } from '../../src/core/types';

const SRC = 'test';

function person(id: string, name: string, aliases: string[], surname: string, contextWords: string[], prominent: boolean): Person {
  return {
    id,
    name,
    aliases,
    surname,
    birthYear: null,
    party: null,
    state: null,
    roles: [{ title: 'Official', place: null, label: 'Official', office: 'official', party: null, start: null, end: null, current: prominent, asOf: '2025-01-01', source: SRC }],
    contextWords,
    prominent,
    summary: 'Test person.',
    sources: [SRC],
  };
}

export function fixtureKnowledgeFile(): KnowledgeFile {
  return {
    version: 1,
    asOf: '2025-01-01',
    sources: { [SRC]: { publisher: 'Test', url: 'https://example.org/', asOf: '2025-01-01' } },
    people: [
      person('p:trump', 'Donald Trump', ['donald trump', 'donald j. trump'], 'trump', ['president', 'republican'], true),
      person('p:obama', 'Barack Obama', ['barack obama', 'barack h. obama'], 'obama', ['president', 'democrat', 'administration', 'white house'], false),
      person('p:warren', 'Elizabeth Warren', ['elizabeth warren'], 'warren', ['senator', 'massachusetts', 'democrat'], true),
      person('p:smith-tx', 'John Smith', ['john smith'], 'smith', ['representative', 'texas', 'republican'], false),
      person('p:smith-oh', 'John Smith', ['john smith'], 'smith', ['senator', 'ohio', 'democrat'], false),
      person('p:lopez', 'José López', ['jose lopez'], 'lopez', ['mayor'], false),
      person('p:biden', 'Joe Biden', ['joe biden', 'joseph r. biden'], 'biden', ['president', 'democrat'], false),
      person('p:harris', 'Kamala Harris', ['kamala harris'], 'harris', ['vice president', 'california', 'democrat'], false),
      person('p:simpson-judge', 'Charles R. Simpson', ['charles simpson', 'charles r. simpson'], 'simpson', ['judge', 'court', 'federal'], false),
      person('p:oconnor', "Sandra O'Connor", ["sandra o'connor"], "o'connor", ['justice'], false),
      person('p:few', 'Pat Few', ['pat few'], 'few', ['commissioner'], true),
    ],
    usc: {
      '5': { name: 'Government Organization and Employees', sections: { '552': 'Public information' } },
      '8': {
        name: 'Aliens and Nationality',
        sections: { '1101': 'Definitions', '1324': 'Bringing in and harboring certain aliens', '1325': 'Improper entry by alien' },
      },
      '42': { name: 'The Public Health and Welfare', sections: { '1983': 'Civil action for deprivation of rights', '265': 'Suspension of entries' } },
      '47': { name: 'Telecommunications', sections: { '230': 'Protection for private blocking' } },
      '4': { name: 'Flag and Seal', sections: { '5': 'Display and use of flag by civilians' } },
      '15': { name: 'Commerce and Trade', sections: { '78a': 'Short title', '78j': 'Manipulative and deceptive devices', '78m': 'Periodical and other reports' } },
    },
    uscSource: SRC,
    statutes: [
      {
        id: 'usc:15:78j', title: '15', section: '78j', summary: 'Test.', penalties: [],
        popularNames: ['section 10(b) of the securities exchange act of 1934'],
        popularNameLabels: ['Section 10(b) of the Securities Exchange Act of 1934'], related: ['act:exchange-act'], sources: [SRC],
      },
      {
        id: 'usc:15:78m', title: '15', section: '78m', summary: 'Test.', penalties: [],
        popularNames: ['section 13 of the securities exchange act of 1934'],
        popularNameLabels: ['Section 13 of the Securities Exchange Act of 1934'], related: ['act:exchange-act'], sources: [SRC],
      },
      {
        id: 'usc:47:230', title: '47', section: '230', summary: 'Test.', penalties: [], popularNames: ['section 230'],
        popularNameLabels: ['Section 230'], related: [], sources: [SRC],
      },
      {
        id: 'usc:42:265', title: '42', section: '265', summary: 'Test.', penalties: [], popularNames: ['title 42'],
        popularNameLabels: ['Title 42'], related: [], sources: [SRC],
      },
    ],
    acts: [
      {
        id: 'act:exchange-act', name: 'Securities Exchange Act of 1934', aliases: ['securities exchange act of 1934', 'exchange act'],
        publicLaw: null, year: 1934, usc: { title: '15', section: '78a' }, summary: null, sources: [SRC],
      },
      {
        id: 'act:flag-code', name: 'United States Flag Code', aliases: ['united states flag code', 'flag code', 'federal flag code'],
        publicLaw: null, year: 1942, usc: { title: '4', section: '5' }, summary: null, sources: [SRC],
      },
      {
        id: 'act:cobra', name: 'Consolidated Omnibus Budget Reconciliation Act of 1985', aliases: ['cobra'],
        publicLaw: 'Pub. L. 99-272', year: 1986, usc: null, summary: null, sources: [SRC],
      },
      {
        id: 'act:ina', name: 'Immigration and Nationality Act', aliases: ['immigration and nationality act', 'ina'],
        publicLaw: 'Pub. L. 82-414', year: 1952, usc: { title: '8', section: null }, summary: null,
        crosswalk: { '274': '1324', '101': '1101', '275': '1325' }, crosswalkTitle: '8', sources: [SRC],
      },
      {
        id: 'act:aca', name: 'Patient Protection and Affordable Care Act', aliases: ['affordable care act', 'obamacare', 'aca'],
        publicLaw: 'Pub. L. 111-148', year: 2010, usc: { title: '42', section: null }, summary: null, sources: [SRC],
      },
      {
        id: 'act:logan', name: 'Logan Act', aliases: ['logan act'], publicLaw: null, year: 1799, usc: null, summary: null, sources: [SRC],
      },
    ],
    constitution: [
      {
        id: 'const:amend:1', kind: 'amendment', number: 1, name: 'First Amendment', citation: 'U.S. Const. amend. I',
        aliases: ['first amendment', '1st amendment'], summary: 'Test.', year: 1791, sources: [SRC],
      },
      {
        id: 'const:amend:25', kind: 'amendment', number: 25, name: 'Twenty-fifth Amendment', citation: 'U.S. Const. amend. XXV',
        aliases: ['twenty-fifth amendment', '25th amendment'], summary: 'Test.', year: 1967, sources: [SRC],
      },
      {
        id: 'const:art:2', kind: 'article', number: 2, name: 'Article II', citation: 'U.S. Const. art. II',
        aliases: ['article ii'], summary: 'Test.', year: 1788, sources: [SRC],
      },
    ],
    series: [
      {
        id: 'dhs:removals', name: 'Removals', unit: 'count', unitLabel: 'people', periodLabel: 'Fiscal year',
        terms: ['removals', 'deportations', 'deportation'],
        values: { FY2009: 379739, FY2010: 382461, FY2011: 390442, FY2012: 415636, FY2013: 432281, FY2014: 405239, FY2019: 359885 },
        recordPeriod: 'FY2013', note: null, sources: [SRC],
      },
      {
        id: 'bls:unemployment-rate', name: 'Unemployment rate', unit: 'percent', unitLabel: 'percent', periodLabel: 'Year',
        terms: ['unemployment rate', 'unemployment'], values: { '2019': 0.037, '2020': 0.081 }, recordPeriod: null, note: null, sources: [SRC],
      },
    ],
    ambiguousAliases: { 'john smith': { count: 2, resolution: 'needs-context' }, smith: { count: 2, resolution: 'needs-context' } },
  };
}

export function fixtureLookup(): KnowledgeLookup {
  return buildKnowledgeIndex(fixtureKnowledgeFile());
}
