/**
 * People the knowledge file does not know, read from what the sentence says about them, and the
 * names of things that only look like people. Every sentence is invented; each reproduces a
 * pattern met on news pages.
 */
import { describe, expect, it } from 'vitest';
import { recognize } from '../../src/core/recognize';
import { isRoleNoun } from '../../src/core/person-vocabulary';
import type { PersonMention } from '../../src/core/types';
import { buildKnowledgeIndex } from '../../src/knowledge/knowledge-index';
import type { Person } from '../../src/knowledge/schema';
import { fixtureKnowledgeFile } from './recognize-fixture';

function extraPerson(id: string, name: string, surname: string, contextWords: readonly string[] = ['senator'], prominent = true): Person {
  return {
    id, name, aliases: [name.toLowerCase()], surname, birthYear: null, party: null, state: null,
    roles: [{ title: 'Official', place: null, label: 'Official', office: 'official', party: null, start: null, end: null, current: true, asOf: '2025-01-01', source: 'test' }],
    contextWords: [...contextWords], prominent, summary: 'Test person.', sources: ['test'],
  };
}

const file = fixtureKnowledgeFile();
// Past officeholders give the knowledge file given names that are also words of things.
const lookup = buildKnowledgeIndex({
  ...file,
  people: [
    ...file.people,
    extraPerson('p:pruitt', 'Wells Pruitt', 'pruitt'),
    extraPerson('p:brewer', 'Dow Brewer', 'brewer'),
    extraPerson('p:reyes', 'Falcon Reyes', 'reyes'),
    extraPerson('p:calhoun', 'Ezra Calhoun', 'calhoun'),
    extraPerson('p:tanner', 'Mo Tanner', 'tanner'),
    // A former acting head of an agency: an obscure namesake for most articles that name her.
    extraPerson('p:kingsley', 'Michaela Kingsley', 'kingsley', ['agency', 'commissioner', 'security', 'social', 'social security'], false),
    // A senator who sat in the cabinet: notable, and named alone in the press.
    extraPerson('p:coatsley', 'Dan Coatsley', 'coatsley', ['cabinet', 'director', 'intelligence', 'national', 'senate', 'senator'], false),
    // A congressman of the 1870s from Indiana: "in" is his state's code among his context words.
    extraPerson('p:shankley', 'John Shankley', 'shankley', ['congressman', 'in', 'indiana', 'representative'], false),
    // A sitting congressman whose surname an author of a cited work bears.
    extraPerson('p:fitzwalter', 'Brian Fitzwalter', 'fitzwalter', ['congressman', 'pa', 'pennsylvania', 'representative']),
    // Another country's prime minister who shares a surname with a Sudanese president.
    { ...extraPerson('p:al-bashiri', 'Muhammad al-Bashiri', 'al-bashiri', ['leader', 'minister', 'premier', 'prime', 'prime minister', 'syria']), aliases: ['muhammad al-bashiri', 'bashiri', 'al-bashiri'] },
  ],
});
const people = (text: string): PersonMention[] => recognize(text, lookup).filter((m): m is PersonMention => m.kind === 'person');
const texts = (text: string): string[] => people(text).map((m) => m.text);

describe('what the sentence says makes an unknown name a person', () => {
  it('knows given names from beyond the English-speaking world', () => {
    expect(texts('Semyon Ostrakov stopped 27 shots in the second period.')).toEqual(['Semyon Ostrakov']);
  });

  it('reads a role noun set off before the name', () => {
    expect(texts('The priest, Fidelio Mantova, is acting as a go-between.')).toEqual(['Fidelio Mantova']);
  });

  it.each([
    ['Helen Brannigan, MD, led the trial.', 'Helen Brannigan'],
    ['Tavish Morrow, CEO of Lantern Games, disagreed.', 'Tavish Morrow'],
  ])('reads a title set off after the name: %s', (text, name) => {
    expect(texts(text)).toEqual([name]);
  });

  it('keeps an occupation opening the sentence as the role, out of the name and the mention', () => {
    const [m] = people('Defenseman Jonas Brodal had scored earlier for the visitors.');
    expect([m?.text, m?.name, m?.role]).toEqual(['Jonas Brodal', 'Jonas Brodal', 'defenseman']);
  });

  it('makes a person of a name listed with a person', () => {
    expect(texts('Eric Ruddock and Tavo Lindqvist also scored for the home side.')).toEqual(['Eric Ruddock', 'Tavo Lindqvist']);
  });

  it('does not take a sentence full of names, ending in a full stop, for a headline', () => {
    expect(texts('Eric Ruddock and Brady Tallis also scored for the Blue Jackets.')).toEqual(['Eric Ruddock', 'Brady Tallis']);
  });

  it('does not let a list make a person of a team after a preposition', () => {
    expect(texts('Tavo Lindqvist ran for 90 yards for Eastern Caldera and Eric Ruddock caught two passes.')).toEqual(['Tavo Lindqvist', 'Eric Ruddock']);
  });

  it('reads "according to" as a source, not a place', () => {
    expect(texts('The site was closed, according to Alex Horton of the Daily Ledger.')).toEqual(['Alex Horton']);
  });

  it.each([
    ['Han Dong-hoon, the leader of the party, urged a vote.', 'Han Dong-hoon'],
    ['Tsai Ing-wen spoke in Taipei on Monday.', 'Tsai Ing-wen'],
  ])('reads a Korean or Taiwanese name written surname first: %s', (text, name) => {
    expect(texts(text)).toEqual([name]);
  });

  it('reads a given name that is also the word for a thing as a given name', () => {
    expect(texts('Politicians such as Bill Okafor and Mark Denholm were asked.')).toEqual(['Bill Okafor', 'Mark Denholm']);
  });

  it('lets a colour end a name', () => {
    expect(texts('"It is a tax," said Lawrence White, a professor at the university.')).toEqual(['Lawrence White']);
  });
});

describe('names of things are not people', () => {
  it('reads a company whose name reads as a person\'s as the company, and its surname alone after it too', () => {
    expect(texts('Tomoko Harada, an analyst at Morgan Stanley, raised her target.')).toEqual(['Tomoko Harada']);
    expect(texts('I went with Benjamin Moore\u2019s Hale Navy and four Herman Miller Eames chairs.')).toEqual([]);
    expect(texts('Revenue at the owner of Louis Vuitton and Christian Dior rose. Dior bags sold out.')).toEqual([]);
    expect(texts('Morgan Stanley Jr. said hello.')).toEqual(['Morgan Stanley Jr.']);
  });

  it('reads a name ending in Nations, Programme or Enterprise as an organisation', () => {
    expect(texts('At least 40 people were killed, the United Nations said.')).toEqual([]);
    expect(texts('The World Food Programme said 24 million people face hunger.')).toEqual([]);
    expect(texts('Shares trailed rival Hewlett Packard Enterprise\u2019s 38% rise.')).toEqual([]);
  });

  it('reads the name before a role noun and a second name as the employer', () => {
    expect(texts('Wells Harlow analyst Zachary Fadem pointed to two reasons.')).toEqual(['Zachary Fadem']);
  });

  it('reads a list of names before "counties" as places', () => {
    expect(texts('The virus was found in Barry, Calhoun and Van Buren counties.')).toEqual([]);
  });

  it.each([
    ['Photo by James Martin/Daily Ledger'],
    ['Crowds gathered on Thursday. Anthony Wallace / AFP'],
  ])('leaves picture credits alone: %s', (text) => {
    expect(texts(text)).toEqual([]);
  });

  it('does not read a state code and a month on the next line as initials and a name', () => {
    expect(texts('Tour dates:\nAug. 2 -- Pine Hall, Dayton, OH\nAug. 8 -- Lake Arena, St. Louis, MO\nAug. 30 -- Civic Center, Denver, CO\nSept. 2 -- River Stage, Tulsa, OK')).toEqual([]);
  });

  it('reads a word glued to a digit as a code', () => {
    expect(texts('Brent LCOc1 was last at $60.73.')).toEqual([]);
  });

  it('does not take an adjective before a name for a role', () => {
    expect(texts('Peaceful relations formed, and a great Galactic Federation was founded.')).toEqual([]);
  });

  it('reads an index as a thing', () => {
    expect(texts('Stocks rose and Dow Jones Industrial Average futures fell.')).toEqual([]);
  });

  it.each([
    ['They listed several, including the Falcon Ridge and a heavier rocket.'],
    ['The stage will face a \u201cFalcon Run\u201d test next year.'],
  ])('reads a name after an article, or quoted alone, as a thing: %s', (text) => {
    expect(texts(text)).toEqual([]);
  });
});

describe('a profession before a name', () => {
  it.each([
    ['The study was led by epidemiologist Tarn Velisko at the institute.', 'Tarn Velisko'],
    ['The medal went to swimmer Oksa Bremmel in the final.', 'Oksa Bremmel'],
    ['The book was written with co-author Deva Illiquist last year.', 'Deva Illiquist'],
    ['The award went to pianist Irto Vasquell and the orchestra.', 'Irto Vasquell'],
  ])('marks the person a profession names, also one in -ist: %s', (text, name) => {
    expect(texts(text)).toEqual([name]);
  });

  it('reads a given name a kinship noun introduced as that person wherever it stands after', () => {
    expect(texts('He said his wife, Kimberly, had been ill. Kimberly thanked the doctors, and Kimberly rested.')).toEqual(['Kimberly', 'Kimberly', 'Kimberly']);
  });

  it('reads no -ist word that is no profession as a role', () => {
    expect(['pianist', 'epidemiologist', 'cyclist', 'swimmer'].filter(isRoleNoun)).toHaveLength(4);
    expect(['insist', 'assist', 'playlist', 'waitlist', 'list', 'twist'].filter(isRoleNoun)).toEqual([]);
  });
});

describe('an organisation named by one word', () => {
  it('reads the word before "Corporation" or "Foundation" alone as the organisation, also where a sentence gives it a person\'s evidence', () => {
    const text = 'Velmora is run by the Velmora Foundation. Velmora said the code is open. "Critics Publicly Rip Velmora". The Velmora community grew.';
    expect(texts(text)).toEqual([]);
  });

  it('still reads a person of the story who bears the name', () => {
    expect(texts('Ann Velmora founded the Velmora Foundation. Velmora said it would grow.')).toEqual(['Ann Velmora', 'Velmora']);
  });
});

describe('given names from many places open a name', () => {
  it.each([
    ['She met Gertrude Stainley in Paris.', 'Gertrude Stainley'],
    ['The winner was Cristiano Ravelli in the second half.', 'Cristiano Ravelli'],
    ['A song by Kacey Marlowe played on the radio.', 'Kacey Marlowe'],
    ['The dress of Lupita Onyango was stolen.', 'Lupita Onyango'],
  ])('marks a person nobody introduced: %s', (text, name) => {
    expect(texts(text)).toEqual([name]);
  });
});

describe('an obscure namesake needs its own office named, not a word of it', () => {
  it('leaves a school official unlinked beside "social services" or a police commissioner', () => {
    const school = 'Supt. Michaela Kingsley runs the district. The bill gives children healthcare and social services.';
    expect(people(school).map((m) => m.entityId)).toEqual([null]);
    const police = 'Michaela Kingsley, the superintendent, met the police commissioner on Monday.';
    expect(people(police).map((m) => m.entityId)).toEqual([null]);
  });

  it('reads a word of a shop listing as no cabinet member, whatever "Medicine Cabinet" the page sells', () => {
    expect(texts('Velvet Hangers for Coatsley and Pants for $19.99. Oak Medicine Cabinet for $40. National Parks Pass for $80.')).toEqual([]);
    expect(people('Coatsley told the Senate intelligence panel on Monday.').map((m) => m.entityId)).toEqual(['p:coatsley']);
  });

  it('reads a state\'s code only in capitals, and only near the name', () => {
    const tour = 'The band worked with producer John Shankley on the album. It has ten songs. The band rehearsed for a month. The tour stops in Noblesville, IN, and in Tampa, FL.';
    expect(people(tour).map((m) => m.entityId)).toEqual([null]);
    expect(people('Rep. John Shankley (R-IN) spoke in the House.').map((m) => m.entityId)).toEqual(['p:shankley']);
  });

  it('reads an author in a list of references as a credit, linked to no one', () => {
    expect(texts('^ Fitzwalter, John (2004). "Food, warfare and Pennsylvania farms". Journal of History.')).toEqual([]);
    expect(texts('^ Fitzwalter, John A. (May 2005). "Ebbs and flows". The Review.')).toEqual([]);
    expect(texts('Kim Bellmore wrote first. ^ Bellmore, Kim (31 March 2014). "A stunt". The Post.')).toEqual(['Kim Bellmore']);
    expect(texts('^ Stringman, Hugh; Pedder, Robert (2009). "Sheep farming". Robert Pedder said so.')).toEqual(['Robert Pedder']);
    expect(people('Fitzwalter, the Pennsylvania congressman, said he would vote no.').map((m) => m.entityId)).toEqual(['p:fitzwalter']);
  });

  it('reads an article-led surname as the end of the name, and the honorific surname as the same person', () => {
    const text = 'Charges were filed against Sudan\u2019s president, Omar Hassan al-Bashiri, and the foreign minister spoke. Officials said Mr. Bashiri must be held accountable.';
    const found = people(text);
    expect(found.map((m) => m.text)).toEqual(['Omar Hassan al-Bashiri', 'Mr. Bashiri']);
    expect(found.map((m) => m.entityId)).toEqual([null, null]);
    expect(new Set(found.map((m) => m.personKey)).size).toBe(1);
  });

  it('links her where the article names the office she held', () => {
    expect(people('Michaela Kingsley ran Social Security for a month.').map((m) => m.entityId)).toEqual(['p:kingsley']);
  });
});

describe('a surname the article speaks of as a person', () => {
  it('shows the full name before it to be one, "has said he" as much as "said he"', () => {
    expect(texts('Frost plays the giant, and Paapa Essiedu plays the teacher. Essiedu has said he is not reading the comments.')).toEqual(['Paapa Essiedu', 'Essiedu']);
    expect(texts('Ofori Kwarteng won the seat. Kwarteng said she would serve.')).toEqual(['Ofori Kwarteng', 'Kwarteng']);
  });

  it('does not make a person of a name the article speaks of as a thing', () => {
    expect(texts('Lumentis Cloud shipped. Lumentis said it would.')).toEqual([]);
  });
});

describe('popular given names the knowledge file lacks', () => {
  it('keeps a given name that ends as a verb form or an adverb does at the start of a sentence', () => {
    expect(texts('It was late. Mohamed Salah scored twice for the hosts.')).toEqual(['Mohamed Salah']);
    expect(texts('Emily Varga won the vote.')).toEqual(['Emily Varga']);
    expect(texts('Hosting Varga was a risk.')).toEqual([]);
  });


  it('reads a popular given name the knowledge file lacks as the start of a name, but not a given name that is also a word or a place', () => {
    expect(texts('The shelves were styled by Declan Morrow, whose studio has done three hotels.')).toEqual(['Declan Morrow']);
    expect(texts('Elle Varga scored twice in the second half.')).toEqual(['Elle Varga']);
    expect(texts('Coach Ferris said Nate Korsak would start on Sunday.')).toContain('Nate Korsak');
    expect(texts('Crews repaired the Dakota Access line overnight.')).toEqual([]);
    expect(texts('Fans lined up outside Harmony Hall for the show.')).toEqual([]);
  });
});

describe('a first name its owner\'s kin noun introduces', () => {
  it('reads the name as a person whatever the given name, set off by commas or not', () => {
    expect(texts('My husband, Jun-ho, would ask what we spent.')).toEqual(['Jun-ho']);
    expect(texts('She took a bus to visit her sister Consuelo in El Paso.')).toEqual(['Consuelo']);
    expect(texts('He quoted the poets the way my late father, Jagdish, used to.')).toEqual(['Jagdish']);
    expect(texts('The plan suited my sister-in-law, Priyanka.')).toEqual(['Priyanka']);
  });

  it('does not read a firm\'s partner, a name not closed by a comma, or the next paragraph as kin', () => {
    expect(texts('We thank our partner, Lumentis, for the servers.')).toEqual([]);
    expect(texts('Vexa Lumentis\u2019s partner said it would help.')).toEqual([]);
    expect(texts('It was my brother, Rafi Sandoval Homes and Gardens that built it.')).not.toContain('Rafi');
    expect(texts('The recovery was started by his father\n\nConcrete information remains elusive.')).toEqual([]);
  });
});
