import { describe, expect, it } from 'vitest';
import { recognize } from '../../src/core/recognize';
import type { PersonMention } from '../../src/core/types';
import { fixtureLookup } from './recognize-fixture';

const lookup = fixtureLookup();
const people = (text: string): PersonMention[] => recognize(text, lookup).filter((m): m is PersonMention => m.kind === 'person');
const summary = (text: string): Array<[string, string | null]> => people(text).map((m) => [m.text, m.entityId]);

describe('person recognizer: linking by alias and title', () => {
  it('links full names and keeps short titles in the mention', () => {
    expect(summary('President Donald Trump spoke. Sen. Elizabeth Warren replied.')).toEqual([
      ['President Donald Trump', 'p:trump'],
      ['Sen. Elizabeth Warren', 'p:warren'],
    ]);
  });

  it('keeps "former" and "acting" outside and links titled surnames', () => {
    expect(summary('The record was set under former President Obama, Mr. Obama said.')).toEqual([
      ['President Obama', 'p:obama'],
      ['Mr. Obama', 'p:obama'],
    ]);
  });

  it('drops the possessive, with straight or curly apostrophes', () => {
    const found = people("Donald Trump's plan met Barack Obama\u2019s record.");
    expect(found.map((m) => m.text)).toEqual(['Donald Trump', 'Barack Obama']);
    expect(found.every((m) => m.text === "Donald Trump's plan met Barack Obama\u2019s record.".slice(m.start, m.end))).toBe(true);
  });

  it('matches names written with diacritics and across a line break', () => {
    expect(summary('Mayor Jos\u00e9 L\u00f3pez said the city would appeal.')).toEqual([['Mayor Jos\u00e9 L\u00f3pez', 'p:lopez']]);
    expect(summary('The bill came from Elizabeth\nWarren last year.')).toEqual([['Elizabeth\nWarren', 'p:warren']]);
  });

  it('reads a name used as a modifier as the person', () => {
    expect(summary('Critics of the Obama administration were loud.')).toEqual([['Obama', 'p:obama']]);
    expect(summary('Aides to the Biden-Harris campaign left early.')).toEqual([
      ['Biden', 'p:biden'],
      ['Harris', 'p:harris'],
    ]);
  });
});

describe('person recognizer: coreference and ambiguity', () => {
  it('links later surnames, titled surnames and possessives to the full name met earlier', () => {
    const found = people('Thomas Homan is looking at options. Homan said so. Mr. Homan agreed, and Homan\u2019s aides did too.');
    expect(found.map((m) => m.text)).toEqual(['Thomas Homan', 'Homan', 'Mr. Homan', 'Homan']);
    expect(new Set(found.map((m) => m.personKey))).toEqual(new Set(['thomas homan']));
    expect(found.every((m) => m.entityId === null)).toBe(true);
  });

  it('leaves a name shared by two entries unlinked without context', () => {
    expect(summary('John Smith said he would run again.')).toEqual([['John Smith', null]]);
  });

  it('resolves a shared name by office and state words nearby', () => {
    expect(summary('Sen. John Smith of Ohio, a Democrat, said he would run again.')).toEqual([['Sen. John Smith', 'p:smith-oh']]);
  });

  it('never links a lone shared surname without context', () => {
    expect(summary('Smith said the vote was close.')).toEqual([]);
  });
});

describe('person recognizer: namesakes and first names', () => {
  it('links an obscure unique name only with a supporting word nearby', () => {
    expect(summary('Charles Simpson, a refugee worker, said the camp was full.')).toEqual([['Charles Simpson', null]]);
    expect(summary('Federal Judge Charles Simpson ruled on the motion in court.')).toEqual([['Federal Judge Charles Simpson', 'p:simpson-judge']]);
  });

  it('reads a first name alone as the person the article named in full', () => {
    const found = people('Steve Jobs founded the company. We all miss Steve so much, Cook said.');
    expect(found.map((m) => [m.text, m.personKey])).toEqual([
      ['Steve Jobs', 'steve jobs'],
      ['Steve', 'steve jobs'],
    ]);
  });
});

describe('person recognizer: people missing from the knowledge file', () => {
  it('counts a titled or given-name person as an unlinked mention', () => {
    expect(summary('Dr. Alvarez testified on Monday.')).toEqual([['Dr. Alvarez', null]]);
    expect(summary('Maria Gonzalez said the line was long.')).toEqual([['Maria Gonzalez', null]]);
  });

  it('takes the article description from an appositive', () => {
    const [m] = people('Karen Whitfield, the chief economist at the bank, said growth slowed.');
    expect(m?.articleDescription).toBe('the chief economist at the bank');
  });

  it('takes the description from a role-led sentence right before the first mention', () => {
    const found = people('The acting director of the agency is fed up with the delays. Thomas Homan is now looking at charges.');
    expect(found[0]?.articleDescription).toBe('the acting director of the agency');
  });
});

describe('person recognizer: no false persons', () => {
  it('ignores buildings, memorials, media and organisations named after people', () => {
    expect(summary('Protesters gathered at Trump Tower and the Lincoln Memorial.')).toEqual([]);
    expect(summary('The Washington Times reported the story first.')).toEqual([]);
    expect(summary("The office did not respond to The Hill's request.")).toEqual([]);
  });

  it.each([
    ['She joined the company as Chief Strategy Officer last year.'],
    ['Thank you, Mr. Ranking Member, for the time.'],
    ['Add a jar of Don Victor\u00ae Honey to the pan.'],
    ['The lamps were made by Peter Koros Design in Amsterdam.'],
    ['The novel was published by St. Martin\u2019s in 1990.'],
    ['Sacramento-based McClatchy reported a loss.'],
    ['The Lakers\u2019 lead shrank, but the NBA-leading Lakers, who have won 12 games, held on.'],
    ['The High Commissioner for Human Rights said the decision was wrong.'],
    ['Few programs may be more cost-effective than this one.'],
  ])('ignores positions, products, firms, publishers, teams and common words: %s', (text) => {
    expect(summary(text)).toEqual([]);
  });

  it('keeps run-together initials inside one name', () => {
    expect(summary('A decade before George R.R. Martin wrote it, Coach P.J. Fleck said so.')).toEqual([
      ['George R.R. Martin', null],
      ['Coach P.J. Fleck', null],
    ]);
  });

  it('drops a lower-case description that opens a sentence, and keeps "the Harris campaign"', () => {
    expect(summary('Singer-guitarists Tom Johnston and Patrick Simmons will tour.')).toEqual([
      ['Tom Johnston', null],
      ['Patrick Simmons', null],
    ]);
    expect(summary('Vice President Kamala Harris spoke. Aides to the Harris campaign left early.')).toEqual([
      ['Vice President Kamala Harris', 'p:harris'],
      ['Harris', 'p:harris'],
    ]);
  });

  it('ignores sentence-initial capitalised words, all-caps text and headline case', () => {
    expect(summary('Will the vote pass? Hope is fading.')).toEqual([]);
    expect(summary('TRUMP SAYS HE WILL WIN')).toEqual([]);
    expect(summary('Local Leaders Gather For Annual Harvest Parade')).toEqual([]);
  });

  it('ignores roles without a name and places that share a name with people', () => {
    expect(summary('The acting director said the President would decide.')).toEqual([]);
    expect(summary('Lawmakers in Washington argued late into the night.')).toEqual([]);
  });
});

describe('person recognizer: invisible characters, particles and introductions', () => {
  it('reads through soft hyphens, zero-width spaces and word joiners inside a name', () => {
    expect(summary('Elizabeth War\u00adren spoke first. Donald Tr\u200bump replied.')).toEqual([
      ['Elizabeth War\u00adren', 'p:warren'],
      ['Donald Tr\u200bump', 'p:trump'],
    ]);
    expect(summary('Elizabeth\u2060 Warren voted no.')).toEqual([['Elizabeth\u2060 Warren', 'p:warren']]);
  });

  it('keeps lower-case particles inside a name and links a particle-led surname back to it', () => {
    const found = people('The striker Pieter van Dalen scored twice. Van Dalen said the pitch was soft.');
    expect(found.map((m) => [m.text, m.personKey])).toEqual([
      ['Pieter van Dalen', 'pieter van dalen'],
      ['Van Dalen', 'pieter van dalen'],
    ]);
    expect(people('Coach Erik ten Hoorn said nothing.').map((m) => m.text)).toEqual(['Coach Erik ten Hoorn']);
  });

  it('takes an appositive role or an age after the name as evidence of a person', () => {
    expect(people("Brandur O'Keeffe, the former center, joined the board. O'Keeffe declined.").map((m) => [m.text, m.personKey])).toEqual([
      ["Brandur O'Keeffe", "brandur o'keeffe"],
      ["O'Keeffe", "brandur o'keeffe"],
    ]);
    expect(people('Quillon Ravensworth, 24, was named the most valuable player.').map((m) => m.text)).toEqual(['Quillon Ravensworth']);
  });

  it('does not read an address with a number after commas as an age', () => {
    expect(people('The showroom is in Corso Vantelli, 15, Milan.').map((m) => m.text)).toEqual([]);
  });

  it('does not read plurals of creeds or peoples as persons', () => {
    expect(people('Lankan Islamists, who held power until 2013, lost. Critics blamed Lankan Islamists again.').map((m) => m.text)).toEqual([]);
  });
});
