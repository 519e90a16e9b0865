import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SAME_AS_OFFICIAL_WITHIN_PERCENT } from '../../src/constants';
import { recognize } from '../../src/core/recognize';
import type { KnowledgeLookup, Mention, PersonMention, StatisticMention, StatuteMention } from '../../src/core/types';
import { cardFor, cardsForIds, referencedCardIds } from '../../src/knowledge/card-data';
import { buildCardView } from '../../src/knowledge/card-view';
import { cardViewText } from '../../src/knowledge/card-view-model';
import { CONTEXT_SERIES } from '../../src/knowledge/context-series';
import { formatIsoDate } from '../../src/i18n';
import type { EntityCard, PersonCard, SeriesCard } from '../../src/knowledge/entity-card';
import { parseKnowledgeFile } from '../../src/knowledge/knowledge-file';
import { buildKnowledgeIndex } from '../../src/knowledge/knowledge-index';
import { relatedLine } from '../../src/knowledge/statute-card-view';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const file = parseKnowledgeFile(JSON.parse(readFileSync(resolve(repoRoot, 'src/knowledge/knowledge.json'), 'utf8')) as unknown);
const NOW = new Date(Date.UTC(2026, 11, 1));

function person(id: string, text = 'X', personKey = id): PersonMention {
  return { kind: 'person', start: 0, end: text.length, text, entityId: id, personKey, articleDescription: null };
}

function personHeadline(id: string, articleDate: string | null): string | null {
  const mention = person(id);
  return buildCardView({ mention, cards: cardsForIds(file, [id]), mentions: [mention], articleDate, now: NOW }).headline;
}

function idOf(name: string, office: string): string {
  const found = file.people.find((p) => p.name.includes(name) && p.roles.some((r) => r.label === office));
  if (!found) throw new Error(`no ${name} as ${office} in the knowledge file`);
  return found.id;
}

describe('person cards read against the article’s date', () => {
  const VP = 'Vice President of the United States';
  const PRESIDENT = 'President of the United States';

  it('leads with the role held on the article’s date, then what came later', () => {
    const biden = idOf('Biden', VP);
    const card = cardFor(file, biden) as PersonCard;
    const vp = card.roles.find((r) => r.label === VP)!;
    const pres = card.roles.find((r) => r.label === PRESIDENT)!;
    const span = (r: typeof vp): string => `${r.start!.slice(0, 4)}–${r.current ? 'present' : r.end!.slice(0, 4)}`;
    expect(personHeadline(biden, '2015-05-01')).toBe(`${VP} (${span(vp)}) · ${pres.current ? 'now' : 'later'} ${PRESIDENT} (${span(pres)})`);
    expect(personHeadline(biden, '2022-03-01')).toBe(`${PRESIDENT} (${span(pres)})`);
  });

  it('says "again" for a second term of the same office, and "Former" without a date or after the role', () => {
    const trump = idOf('Trump', PRESIDENT);
    const card = cardFor(file, trump) as PersonCard;
    const terms = card.roles.filter((r) => r.label === PRESIDENT);
    if (terms.length === 2 && terms.some((t) => t.current)) {
      const first = terms.find((t) => !t.current)!;
      const now = terms.find((t) => t.current)!;
      expect(personHeadline(trump, '2019-06-01')).toBe(`${PRESIDENT} (${first.start!.slice(0, 4)}–${first.end!.slice(0, 4)}) · again since ${now.start!.slice(0, 4)}`);
      expect(personHeadline(trump, '2016-12-22')).toBe(`Later ${PRESIDENT} (${first.start!.slice(0, 4)}–${first.end!.slice(0, 4)}) · again since ${now.start!.slice(0, 4)}`);
    }
    const obama = idOf('Obama', PRESIDENT);
    expect(personHeadline(obama, '2015')).toBe(`${PRESIDENT} (2009–2017)`);
    // An article from before the first term leads with what came next, not with today's office.
    expect(personHeadline(obama, '2003-05-01')).toMatch(/^Later /);
    expect(personHeadline(obama, '2003-05-01')).not.toContain(`Former`);
    expect(personHeadline(obama, null)).toBe(`Former ${PRESIDENT} (2009–2017)`);
    expect(personHeadline(obama, '2024-02-02')).toBe(`Former ${PRESIDENT} (2009–2017)`);
  });

  it('never calls a cabinet secretary "former" on a story from before the end the source could not date', () => {
    // The FiveThirtyEight file (early 2023) says "Still in office"; the next administration began in January 2025.
    for (const [name, office] of [['Janet Yellen', 'Secretary of the Treasury'], ['Pete Buttigieg', 'Secretary of Transportation'], ['Jennifer Granholm', 'Secretary of Energy']] as const) {
      const id = idOf(name, office);
      const mention = person(id);
      const text = cardViewText(buildCardView({ mention, cards: cardsForIds(file, [id]), mentions: [mention], articleDate: '2024-06-01', now: NOW }));
      expect(personHeadline(id, '2024-06-01')).toBe(`${office} (2021 until 2025 or earlier)`);
      expect(text).not.toMatch(/former/i);
    }
    expect(personHeadline(idOf('Mayorkas', 'Secretary of Homeland Security'), '2024-06-01')).toBe('Secretary of Homeland Security (2021–2025)');
  });

  it('shows the party a person held in the role the card leads with, not the one they hold today', () => {
    const gabbard = idOf('Tulsi Gabbard', 'U.S. representative for Hawaii’s 2nd district');
    const facts = (articleDate: string): string | undefined => {
      const mention = person(gabbard);
      const view = buildCardView({ mention, cards: cardsForIds(file, [gabbard]), mentions: [mention], articleDate, now: NOW });
      const block = view.blocks.find((b) => b.type === 'text' && b.role === 'facts');
      return block?.type === 'text' ? block.text : undefined;
    };
    expect(personHeadline(gabbard, '2018-05-10')).toMatch(/^U\.S\. representative for Hawaii’s 2nd district \(2013–2021\)/);
    expect(facts('2018-05-10')).toMatch(/^Democrat · Hawaii/);
    expect(facts('2025-06-01')).toMatch(/^Republican · /);
  });

  it('gives the as-of date of current roles, and says when it is more than a year old', () => {
    const stale = file.people.find((p) => p.roles[0]!.current && (file.sources[p.roles[0]!.source]?.asOf ?? '9') < '2025-11')!;
    const card = cardFor(file, stale.id) as PersonCard;
    const mention = person(stale.id);
    const text = cardViewText(buildCardView({ mention, cards: { [stale.id]: card }, mentions: [mention], articleDate: null, now: NOW }));
    const oldest = card.roles.filter((r) => r.current).map((r) => r.asOf!).sort()[0]!;
    expect(text).toContain(`Current role as of ${formatIsoDate(oldest)}; may have changed.`);
    const fresh = buildCardView({ mention, cards: { [stale.id]: card }, mentions: [mention], articleDate: null, now: new Date(Date.UTC(Number(oldest.slice(0, 4)), 11, 1)) });
    expect(cardViewText(fresh)).toContain(`Current role as of ${formatIsoDate(oldest)}.`);
  });

  it('gives a person outside the knowledge file a card from the article', () => {
    const first: PersonMention = { kind: 'person', start: 0, end: 14, text: 'Dr. Alan Greer', entityId: null, personKey: 'alan greer', articleDescription: 'the county health officer' };
    const second: PersonMention = { ...first, start: 40, end: 45, text: 'Greer', articleDescription: null };
    const view = buildCardView({ mention: second, cards: {}, mentions: [first, second], articleDate: null, now: NOW });
    expect(view).toMatchObject({ cardId: 'article:person:alan greer', title: 'Alan Greer', headline: 'Described here as “the county health officer”.' });
    expect(cardViewText(view)).toContain('Mentioned 2 times in this article.');
  });

  it('says a surname the article uses for two of its people means neither for sure, not that it is missing from the file', () => {
    // Seen in Chromium: "Biden" in a story naming Joe and Hunter Biden read "Not in Footnote's knowledge file".
    const lone: PersonMention = { kind: 'person', start: 0, end: 5, text: 'Biden', entityId: null, personKey: 'biden', articleDescription: null, namesakes: ['Joe Biden', 'Hunter Biden'] };
    const text = cardViewText(buildCardView({ mention: lone, cards: {}, mentions: [lone], articleDate: null, now: NOW }));
    expect(text).toContain('The article names more than one person of this name (Joe Biden and Hunter Biden), and does not say which one is meant here.');
    expect(text).not.toContain('Not in Footnote');
  });

  it('titles an article-only card with the name the article gives, without the title word, accents and all', () => {
    const first: PersonMention = {
      kind: 'person', start: 0, end: 33, text: 'President Richard von Weizsäcker', entityId: null, personKey: 'richard von weizsacker',
      name: 'Richard von Weizsäcker', articleDescription: null,
    };
    const second: PersonMention = { ...first, start: 50, end: 60, text: 'Weizsäcker' };
    const view = buildCardView({ mention: second, cards: {}, mentions: [first, second], articleDate: null, now: NOW });
    expect(view).toMatchObject({ title: 'Richard von Weizsäcker', label: 'Richard von Weizsäcker' });
  });
});

const SERIES: SeriesCard = {
  kind: 'series',
  id: 'test:removals',
  name: 'Removals, by fiscal year',
  unitLabel: 'people',
  periodLabel: 'Fiscal year',
  record: null,
  latest: null,
  unit: 'count',
  values: { FY2008: 360_000, FY2009: 390_000, FY2010: 380_000, FY2011: 370_000, FY2012: 400_000 },
  note: null,
  sources: [{ publisher: 'Test Office', url: 'https://example.gov/removals', asOf: '2020-10' }],
};
const CPI: SeriesCard = { ...SERIES, id: CONTEXT_SERIES.cpiU, name: 'CPI-U', unitLabel: 'index', unit: 'other', values: { '2012': 200, '2024': 300 }, sources: [{ publisher: 'BLS', url: 'https://bls.gov/cpi', asOf: '2025-01' }] };
const OUTLAYS: SeriesCard = { ...SERIES, id: CONTEXT_SERIES.federalOutlays, name: 'Outlays', unitLabel: 'U.S. dollars', unit: 'usd', values: { FY2012: 4e12 }, sources: [{ publisher: 'OMB', url: 'https://omb.gov', asOf: '2025-01' }] };
const POPULATION: SeriesCard = { ...SERIES, id: CONTEXT_SERIES.usPopulation, name: 'Population', unit: 'count', values: { '2012': 300_000_000 }, sources: [{ publisher: 'World Bank', url: 'https://worldbank.org', asOf: '2025-01' }] };
const CARDS: Record<string, EntityCard> = { [SERIES.id]: SERIES, [CPI.id]: CPI, [OUTLAYS.id]: OUTLAYS, [POPULATION.id]: POPULATION };

function statistic(over: Partial<StatisticMention>): StatisticMention {
  return { kind: 'statistic', start: 10, end: 20, text: 'x', entityId: null, value: 0, valueHigh: null, unit: 'count', qualifier: null, counts: null, comparison: null, ...over };
}

function statisticText(mention: StatisticMention, articleDate: string | null = '2013-02-01'): string {
  return cardViewText(buildCardView({ mention, cards: CARDS, mentions: [mention], articleDate, now: NOW }));
}

let knowledgeIndex: KnowledgeLookup | null = null;

/** The card text of each statistic recognised in `text`, read as an article published on `publishedDate`, against the knowledge file. */
function articleStatisticCards(text: string, publishedDate: string): string[] {
  knowledgeIndex ??= buildKnowledgeIndex(file);
  const mentions = recognize(text, knowledgeIndex, { publishedYear: Number(publishedDate.slice(0, 4)), publishedDate });
  const cards = cardsForIds(file, referencedCardIds(mentions));
  return mentions.filter((m) => m.kind === 'statistic').map((mention) => cardViewText(buildCardView({ mention, cards, mentions, articleDate: publishedDate, now: NOW })));
}

describe('statistic cards', () => {
  const compared = (value: number, official: number): StatisticMention =>
    statistic({
      text: `about ${value}`,
      value,
      qualifier: 'about',
      counts: 'removals',
      comparison: { seriesId: SERIES.id, period: 'FY2012', officialValue: official, differencePercent: Math.round(((value - official) / official) * 1000) / 10, periodReason: 'in 2012' },
    });

  it('puts the official figure first, compares with stated thresholds naming both periods, and places it in its series', () => {
    const view = buildCardView({ mention: compared(409_000, 400_000), cards: CARDS, mentions: [], articleDate: null, now: NOW });
    expect(view.title).toBe('About 409,000 removals');
    expect(view.headline).toBe('Official figure, FY2012: 400,000 people');
    const text = cardViewText(view);
    expect(text).toContain('About the same as the official figure: 409,000 against 400,000 people in FY2012 (+2.3%; the article’s figure is for 2012).');
    expect(text).toContain('FY2012 is the highest of 5 fiscal years on record (FY2008–FY2012).');
    expect(text).toContain('Change from FY2011 (370,000 people): +8.1%.');
    expect(view.blocks.some((b) => b.type === 'sparkline' && b.highlight === 'FY2012' && b.points.length === 5)).toBe(true);
    const above = 400_000 * (1 + (SAME_AS_OFFICIAL_WITHIN_PERCENT + 1) / 100);
    expect(statisticText(compared(above, 400_000))).toMatch(/^6\.0% higher than the official figure: .* in FY2012 \(the article’s figure is for 2012\)\.$/m);
    expect(statisticText(compared(300_000, 400_000))).toMatch(/^25% lower than the official figure/m);
  });

  it('says "highest since" when a figure tops the years just before it', () => {
    const values = { ...SERIES.values, FY2013: 385_000 };
    const cards = { ...CARDS, [SERIES.id]: { ...SERIES, values } };
    const mention = statistic({ value: 385_000, comparison: { seriesId: SERIES.id, period: 'FY2013', officialValue: 385_000, differencePercent: 0, periodReason: 'in 2013' } });
    expect(cardViewText(buildCardView({ mention, cards, mentions: [], articleDate: null, now: NOW }))).toContain('FY2013 is the 3rd highest of 6 fiscal years on record (FY2008–FY2013), lowest since FY2011.');
  });

  it('names the column of a table figure whose heading counts nothing, and counts what a plural heading names', () => {
    const last = statisticText(statistic({ text: '225.86', value: 225.86, column: 'Last' }));
    expect(last).toContain('A number in the column \u201cLast\u201d of a table in the article, given as 225.86;');
    expect(last).not.toContain('count of');
    expect(statisticText(statistic({ text: '1,250', value: 1250, counts: 'towns asking' }))).toContain('1,250 towns asking');
  });

  it('puts money in today’s dollars and against the budget, and people per 100,000 residents', () => {
    const money = statisticText(statistic({ text: '$2.5 billion', value: 2.5e9, unit: 'usd', counts: 'federal program' }), '2012-05-01');
    expect(money).toContain('About $3.75 billion in 2024 dollars (prices from 2012 to 2024, CPI-U, BLS).');
    expect(money).toContain('0.06% of federal outlays in FY2012 ($4 trillion, OMB).');
    // Seen in Chromium: a company's $1 billion read "0.00% of U.S. GDP".
    const gdp: SeriesCard = { ...OUTLAYS, id: CONTEXT_SERIES.gdp, name: 'GDP', values: { '2012': 16.2e12 }, sources: [{ publisher: 'BEA', url: 'https://bea.gov', asOf: '2025-01' }] };
    const small = statistic({ text: '$1 billion', value: 1e9, unit: 'usd', counts: 'revenue' });
    const smallText = cardViewText(buildCardView({ mention: small, cards: { ...CARDS, [gdp.id]: gdp }, mentions: [small], articleDate: '2012-05-01', now: NOW }));
    expect(smallText).toContain('0.0062% of U.S. GDP in 2012 ($16.2 trillion, BEA).');
    const people = statisticText(statistic({ text: '12,000', value: 12_000, counts: 'people', qualifier: 'about', scope: 'us' }), '2012-05-01');
    expect(people).toContain('About 4 per 100,000 U.S. residents (population 300 million in 2012, World Bank).');
    // A count whose sentence names no place, compared with no national series, may be anyone's.
    expect(statisticText(statistic({ text: '12,000', value: 12_000, counts: 'people' }), '2012-05-01')).not.toContain('per 100,000');
    expect(statisticText(statistic({ text: '12,000', value: 12_000, counts: 'cases', scope: 'world' }), '2012-05-01')).not.toContain('per 100,000');
    expect(statisticText(statistic({ text: '12,000', value: 12_000, counts: 'state residents', scope: 'local' }), '2012-05-01')).not.toContain('per 100,000');
    const abroadMoney = statisticText(statistic({ text: 'US$2.5 billion', value: 2.5e9, unit: 'usd', counts: 'stimulus', scope: 'world' }), '2012-05-01');
    expect(abroadMoney).toContain('in 2024 dollars');
    expect(abroadMoney).not.toContain('federal outlays');
    // Seen in Chromium on a Canadian story: a Toronto home at "$816,720" put in U.S. 2024 dollars.
    const foreignDollars = statisticText(statistic({ text: '$816,720', value: 816_720, unit: 'usd', counts: 'average home price', scope: 'world' }), '2012-05-01');
    expect(foreignDollars).not.toContain('in 2024 dollars');
    const abroad = statisticText(statistic({ text: '12,000', value: 12_000, counts: 'people in India' }), '2012-05-01');
    expect(abroad).not.toContain('per 100,000');
    expect(statisticText(statistic({ text: '10', value: 10, counts: 'human cases' }), '2012-05-01')).not.toContain('per 100,000');
    const world = statisticText(statistic({ text: '8 billion', value: 8e9, counts: 'people' }), '2012-05-01');
    expect(world).not.toContain('per 100,000');
  });

  it('puts money in the prices, and people against the population, of the year the text names', () => {
    // Seen by a fact-checker in an article from 2010: "$1,000 in 1990" read "About $1,439 in 2024 dollars (prices from 2010 to 2024)".
    const [dollars] = articleStatisticCards('A family that earned $1,000 in 1990 could buy far more with it.', '2010-06-01');
    expect(dollars).toContain('About $2,401 in 2024 dollars (prices from 1990 to 2024, CPI-U,');
    const [priced] = articleStatisticCards('The program cost $3 billion in 2010 dollars.', '2019-03-01');
    expect(priced).toContain('About $4.316 billion in 2024 dollars (prices from 2010 to 2024, CPI-U,');
    const [adjusted] = articleStatisticCards('The median family earned $150,000 in today’s dollars in 1980.', '2019-03-01');
    expect(adjusted).not.toContain('2024 dollars');
    // And "2,801 people in fiscal 1892" per 100,000 residents of 2010: the population of 1892 is not on file.
    const [early] = articleStatisticCards('The United States deported 2,801 people in fiscal 1892.', '2010-06-01');
    expect(early).not.toContain('per 100,000');
    const [later] = articleStatisticCards('The United States deported 392,000 people in fiscal 2009.', '2012-06-01');
    expect(later).toMatch(/per 100,000 U\.S\. residents \(population [\d.]+ million in 2009,/);
  });

  it('never reads a figure as a share of its own series, nor against a whole it is no part of', () => {
    // Seen by a fact-checker: GDP as "100% of U.S. GDP", outlays as "100% of federal outlays", the
    // population as "About 100,000 per 100,000 U.S. residents", receipts as "74% of federal outlays".
    const [gdp, outlays, receipts, population, real] = articleStatisticCards(
      [
        'U.S. GDP was $27.7 trillion in 2023, the Commerce Department said.',
        'Federal outlays were $6.13 trillion in fiscal 2023.',
        'Federal receipts totaled $4.44 trillion in fiscal 2023.',
        'The U.S. population reached 334 million in 2023.',
        'Real GDP was $22.7 trillion in 2023.',
      ].join(' '),
      '2024-11-01',
    );
    expect(gdp).toContain('Official figure, 2023:');
    expect(gdp).not.toContain('of U.S. GDP');
    expect(outlays).not.toContain('of federal outlays');
    expect(outlays).toMatch(/^22% of U\.S\. GDP in 2023 /m);
    expect(receipts).not.toContain('of federal outlays');
    expect(receipts).toMatch(/^16% of U\.S\. GDP in 2023 /m);
    expect(population).toContain('Population of the United States');
    expect(population).not.toContain('per 100,000');
    // Real GDP is in chained 2017 dollars: neither a share of nominal GDP nor an amount of 2023's prices.
    expect(real).not.toMatch(/of U\.S\. GDP|2024 dollars/);
    const taxes = statisticText(statistic({ text: '$500 billion', value: 5e11, unit: 'usd', counts: 'federal tax revenue', scope: 'us' }), '2012-05-01');
    expect(taxes).not.toContain('of federal outlays');
  });

  it('says in one sentence what an unmatched number is, without a "Value:" label', () => {
    const hours = buildCardView({ mention: statistic({ text: 'two hours', value: 2, unit: 'other' }), cards: {}, mentions: [], articleDate: null, now: NOW });
    expect(hours.title).toBe('2 hours');
    expect(hours.headline).toBe('A length of time, given in the article as 2 hours; Footnote has no official series to compare it with.');
    // The recognizer counts weeks in days; the card keeps the article's weeks.
    const weeks = buildCardView({ mention: statistic({ text: '50 weeks', value: 350, unit: 'days' }), cards: {}, mentions: [], articleDate: null, now: NOW });
    expect(weeks.title).toBe('50 weeks');
    expect(buildCardView({ mention: statistic({ text: '10 days', value: 10, unit: 'days' }), cards: {}, mentions: [], articleDate: null, now: NOW }).title).toBe('10 days');
    const half = buildCardView({ mention: statistic({ text: 'More than half', value: 0.5, unit: 'ratio', qualifier: 'more-than', counts: 'of voters' }), cards: {}, mentions: [], articleDate: null, now: NOW });
    expect(half.title).toBe('More than half of voters');
    expect(half.headline).toBe('A share of voters, given in the article as more than half; Footnote has no official series to compare it with.');
    expect(cardViewText(half)).not.toMatch(/Value:|Qualifier:/);
    const pure = buildCardView({ mention: statistic({ text: '85% pure', value: 0.85, unit: 'percent', counts: 'pure' }), cards: {}, mentions: [], articleDate: null, now: NOW });
    expect([pure.title, pure.headline]).toEqual(['85%', 'A percentage, given in the article as 85%; Footnote has no official series to compare it with.']);
  });
});

describe('statute cards', () => {
  it('names each related provision once', () => {
    expect(relatedLine({ id: 'act:ina', citation: 'INA § 274', label: 'Immigration and Nationality Act § 274' })).toBe('Immigration and Nationality Act § 274');
    expect(relatedLine({ id: 'usc:8:1324', citation: '8 U.S.C. § 1324', label: 'Bringing in and harboring certain aliens' })).toBe('8 U.S.C. § 1324 — Bringing in and harboring certain aliens');
    expect(relatedLine({ id: 'act:x', citation: 'Pub. L. 1-2', label: 'Pub. L. 1-2' })).toBe('Pub. L. 1-2');
  });

  it('leads a Code section with its heading and offers its citation to copy', () => {
    const mention: StatuteMention = { kind: 'statute', start: 0, end: 5, text: '8 U.S.C. 1324', entityId: 'usc:8:1324', citation: '8 U.S.C. § 1324' };
    const view = buildCardView({ mention, cards: cardsForIds(file, ['usc:8:1324']), mentions: [mention], articleDate: null, now: NOW });
    expect(view.title).toBe('8 U.S.C. § 1324');
    expect(view.headline).toBe(file.usc['8']!.sections['1324']);
    expect(view.blocks).toContainEqual(expect.objectContaining({ type: 'copy', text: '8 U.S.C. § 1324' }));
  });

  it('says a state code section is state law, not a gap in the federal entries', () => {
    const state: StatuteMention = { kind: 'statute', start: 0, end: 21, text: 'Cal. Penal Code § 187', entityId: null, citation: 'Cal. Penal Code § 187', jurisdiction: 'state' };
    const federal: StatuteMention = { kind: 'statute', start: 0, end: 13, text: '8 U.S.C. 9999', entityId: null, citation: '8 U.S.C. § 9999' };
    const view = (mention: StatuteMention) => buildCardView({ mention, cards: {}, mentions: [mention], articleDate: null, now: NOW });
    expect([view(state).title, view(state).headline]).toEqual(['Cal. Penal Code § 187', 'A section of a state’s code. Footnote’s entries cover U.S. federal law only.']);
    expect(view(federal).headline).toBe('Footnote has no entry for this provision.');
  });
});

describe('card data for a page', () => {
  it('sends the context series a statistic needs along with its entities', () => {
    const mentions: Mention[] = [statistic({ value: 2e9, unit: 'usd' }), statistic({ value: 100, unit: 'count' })];
    const ids = referencedCardIds(mentions);
    for (const id of [CONTEXT_SERIES.federalOutlays, CONTEXT_SERIES.gdp, CONTEXT_SERIES.usPopulation, CONTEXT_SERIES.cpiU]) expect(ids.has(id)).toBe(true);
  });
});
