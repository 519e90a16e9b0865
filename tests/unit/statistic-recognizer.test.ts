import { describe, expect, it } from 'vitest';
import { recognize } from '../../src/core/recognize';
import type { StatisticMention } from '../../src/core/types';
import { fixtureLookup } from './recognize-fixture';

const lookup = fixtureLookup();
const stats = (text: string): StatisticMention[] => recognize(text, lookup).filter((m): m is StatisticMention => m.kind === 'statistic');
const brief = (m: StatisticMention): [string, number, string, string | null] => [m.text, m.value, m.unit, m.qualifier];

describe('statistic recognizer: forms', () => {
  it.each([
    ['Officials deported 409,000 people.', '409,000', 409000, 'count', null],
    ['About 3.4 million people moved.', 'About 3.4 million', 3.4e6, 'count', 'about'],
    ['It would cost half a billion dollars.', 'half a billion dollars', 5e8, 'usd', null],
    ['Prices rose 20 percent in a year.', '20 percent', 0.2, 'percent', null],
    ['Prices rose 20% in a year.', '20%', 0.2, 'percent', null],
    ['Costs fell 12 per cent overall.', '12 per cent', 0.12, 'percent', null],
    ['One in five adults agreed.', 'One in five', 0.2, 'ratio', null],
    ['The plan costs $2.5 billion in all.', '$2.5 billion', 2.5e9, 'usd', null],
    ['The club paid \u00a33m for him.', '\u00a33m', 3e6, 'gbp', null],
    ['The startup raised $35M last week.', '$35M', 35e6, 'usd', null],
    ['The bonds lost \u20ac1.2bn in value.', '\u20ac1.2bn', 1.2e9, 'eur', null],
    ['Nearly 409,000 cases were closed.', 'Nearly 409,000', 409000, 'count', 'nearly'],
    ['They held more than 13,000 people.', 'more than 13,000', 13000, 'count', 'more-than'],
    ['at least 25 people were hurt', 'at least 25', 25, 'count', 'at-least'],
    ['It reached a record 52,000 crossings.', 'a record 52,000', 52000, 'count', 'record'],
    ['Turnout was Fifty-one percent.', 'Fifty-one percent', 0.51, 'percent', null],
    ['The fine is up to $250,000 per count.', 'up to $250,000', 250000, 'usd', 'up-to'],
    ['Enrollment doubled after the change.', 'doubled', 2, 'ratio', null],
    ['He won by five-and-a-half points.', 'five-and-a-half points', 5.5, 'other', null],
    ['The display measures 13.3 inches.', '13.3 inches', 13.3, 'other', null],
    ['The channel reached 10k followers.', '10k', 10000, 'count', null],
    ['Treasuries rose 7/32 in price.', '7/32', 0.21875, 'count', null],
    ['Temperatures fell to minus 5 overnight.', 'minus 5', -5, 'count', null],
    ['It only cost 15 dollars and 50 cents.', '15 dollars and 50 cents', 15.5, 'usd', null],
    ['It grew to 3 million and a half by June.', '3 million and a half', 3.5e6, 'count', null],
    ['Roughly two-thirds of voters agreed.', 'Roughly two-thirds', Number((2 / 3).toPrecision(12)), 'ratio', 'about'],
    ['He spent more than a decade abroad.', 'more than a decade', 10, 'years', 'more-than'],
  ])('%s', (text, span, value, unit, qualifier) => {
    const found = stats(text);
    expect(found.map(brief)).toEqual([[span, value, unit, qualifier]]);
    expect(text.slice((found[0] as StatisticMention).start, (found[0] as StatisticMention).end)).toBe(span);
  });

  it('reads a penalty duration without the noun it counts', () => {
    expect(stats('The penalty is five years in prison in most instances.').map(brief)).toEqual([['five years', 5, 'years', null]]);
  });

  it('reads ranges as one mention with a high value', () => {
    const [m] = stats('They face 10 to 20 years in prison.');
    expect([m?.text, m?.value, m?.valueHigh, m?.unit]).toEqual(['10 to 20 years', 10, 20, 'years']);
    const [r] = stats('Save between 25 and 30 times your spending.');
    expect([r?.text, r?.value, r?.valueHigh]).toEqual(['between 25 and 30 times', 25, 30]);
  });

  it('keeps the whole of an "of" phrase and stops before a verb', () => {
    const found = stats('Nearly 70 percent of 10 million voters agreed.');
    expect(found.map((m) => [m.text, m.counts])).toEqual([
      ['Nearly 70 percent', 'of 10 million voters'],
      ['10 million', 'voters'],
    ]);
  });

  it('gives what the number counts', () => {
    expect(stats('ICE carried out 409,000 deportations that year.')[0]?.counts).toBe('deportations');
    // A verb right after the number is not what it counts.
    expect(stats('They will not pass the record of about 409,000 set under the last administration.')[0]?.counts).toBeNull();
    expect(stats('Officials said 12,000 held at the border were released.')[0]?.counts).toBeNull();
    const [m] = stats('Rules restricted arrests to less than 20 percent of the estimated illegal immigrant population.');
    expect([m?.text, m?.value, m?.qualifier, m?.counts]).toEqual([
      'less than 20 percent',
      0.2,
      'less-than',
      'of the estimated illegal immigrant population',
    ]);
  });
});

describe('statistic recognizer: currencies and magnitudes', () => {
  const money = (m: StatisticMention): [string, number, string, string | undefined] => [m.text, m.value, m.unit, m.currencyCode];
  it.each([
    ['Ministers received five million yen from the firm.', 'five million yen', 5e6, 'other', 'JPY'],
    ['Output broke through 100 billion yuan last year.', '100 billion yuan', 1e11, 'other', 'CNY'],
    ['He was eligible for a loan of 35 lakh rupees.', '35 lakh rupees', 3.5e6, 'other', 'INR'],
    ['Shares closed one penny lower.', 'one penny', 0.01, 'gbp', 'GBP'],
    ['Shares were priced at 470 pence each.', '470 pence', 4.7, 'gbp', 'GBP'],
    ['He was fined 10,000 Swiss francs by UEFA.', '10,000 Swiss francs', 10000, 'other', 'CHF'],
    ['The stake sold for 323 million euros.', '323 million euros', 3.23e8, 'eur', 'EUR'],
    ['Exports fell to HK$10.05 billion.', 'HK$10.05 billion', 1.005e10, 'other', 'HKD'],
    ['The charge was C$300 million.', 'C$300 million', 3e8, 'other', 'CAD'],
    ['The fare is Rs. 500 per trip.', 'Rs. 500', 500, 'other', 'INR'],
    ['It withdrew its one-yen bid.', 'one-yen', 1, 'other', 'JPY'],
    ['The bill came to \u00a5300,000 in all.', '\u00a5300,000', 300000, 'other', undefined],
    ['It costs a hundred thousand dollars.', 'a hundred thousand dollars', 100000, 'usd', 'USD'],
    ['"We spent P4.7 billion on dikes," she said.', 'P4.7 billion', 4.7e9, 'other', 'PHP'],
    ['Families will receive P10,000 each.', 'P10,000', 10000, 'other', 'PHP'],
    ['The fund holds \u20b1300,000 in all.', '\u20b1300,000', 300000, 'other', 'PHP'],
  ])('%s', (text, span, value, unit, code) => {
    expect(stats(text).map(money)).toEqual([[span, value, unit, code]]);
  });

  it('reads a bare P as the peso only before a large magnitude or a number grouped in thousands', () => {
    expect(stats('The Huawei P50 sold 3 million units, and the P4 engine 12,000.').map((m) => m.text)).toEqual(['3 million', '12,000']);
  });

  it('reads a spaced one-letter magnitude only where no word follows', () => {
    expect(stats('The index closed at 2.33 k.').map(brief)).toEqual([['2.33 k', 2330, 'count', null]]);
    expect(stats('She ran a 10 K race.').map((m) => [m.text, m.value])).toEqual([['10', 10]]);
  });

  it('reads fractions of a magnitude', () => {
    expect(stats('It cost two thirds of a million.').map((m) => [m.text, Math.round(m.value)])).toEqual([['two thirds of a million', 666667]]);
    expect(stats('It costs three quarters billion us dollars.').map((m) => [m.text, m.value])).toEqual([['three quarters billion us dollars', 7.5e8]]);
  });

  it('splits two amounts when a currency code opens the second', () => {
    expect(stats('rmb 10 usd 20').map((m) => [m.text, m.value])).toEqual([['rmb 10', 10], ['usd 20', 20]]);
  });

  it('reads thousands grouped with narrow no-break spaces', () => {
    expect(stats('Attendance was 40\u202f000 in all.').map((m) => [m.text, m.value])).toEqual([['40\u202f000', 40000]]);
  });

  it('reads "3 hundred and 2 hundred" as two numbers and stops before "and 0"', () => {
    expect(stats('3 hundred and 2 hundred are two valid numbers.').map((m) => m.value)).toEqual([300, 200]);
    expect(stats('4 thousand 3 hundred and 0 are two valid numbers.').map((m) => m.value)).toEqual([4300, 0]);
  });
});

describe('statistic recognizer: what is not a statistic', () => {
  it.each([
    ['In 2017 the agency changed course.'],
    ['The hearing is on Nov. 5 in the afternoon.'],
    ['The meeting starts at 5 p.m. sharp.'],
    ['He scored at 7:14 of the first period.'],
    ['Volker, 44, said he was surprised.'],
    ['The 48-year-old Australian was evicted.'],
    ['She finished first and he was No. 2 on the list.'],
    ['The 5th Circuit ruled in the 1990s.'],
    ['It is covered by section 1324 and chapter 12 of the rules.'],
    ['They live at 1600 Pennsylvania Avenue now.'],
    ['Call 202-555-0100 for details.'],
    ['The Wild won 4-1 on Tuesday.'],
    ['Two officers and one of them left.'],
    ['Apollo 11 landed on the moon.'],
    ['It happened four years ago and two days later.'],
    ['Save in a 401(k) for retirement.'],
    ['The 16-inch MacBook Pro was announced.'],
  ])('%s', (text) => {
    expect(stats(text).map((m) => m.text)).toEqual([]);
  });

  it('leaves the numbers of a citation to the statute', () => {
    const found = recognize('It violates 8 U.S.C. 1324(a)(1) and Pub. L. 111-148.', lookup);
    expect(found.map((m) => m.kind)).toEqual(['statute', 'statute']);
  });
});

describe('statistic recognizer: official series', () => {
  it('compares with the record year when the text speaks of a record under a president', () => {
    const text =
      'Homan was not sure he could break the record for deportations this year. That deportation record was set under former President Obama. "I think 409,000 is a stretch this year," he said.';
    const m = stats(text).find((s) => s.text === '409,000');
    expect(m?.comparison).toEqual({ seriesId: 'dhs:removals', period: 'FY2013', officialValue: 432281, differencePercent: -5.4, periodReason: 'record year' });
    expect(m?.entityId).toBe('dhs:removals');
  });

  it('uses the year named in the sentence', () => {
    const [m] = stats('In 2012 the government carried out 410,000 removals.');
    expect(m?.comparison?.period).toBe('FY2012');
    expect(m?.comparison?.periodReason).toBe('in 2012');
  });

  it('resolves "last year" and "this year" against the publication year, fiscal series by fiscal year', () => {
    const text = 'The government carried out 390,000 removals last year.';
    const [m] = recognize(text, lookup, { publishedYear: 2012 }).filter((x): x is StatisticMention => x.kind === 'statistic');
    expect([m?.comparison?.period, m?.comparison?.periodReason]).toEqual(['FY2011', 'last year (2011)']);
    const [r] = recognize('The unemployment rate was 4 percent this year.', lookup, { publishedYear: 2019 }).filter(
      (x): x is StatisticMention => x.kind === 'statistic',
    );
    expect([r?.comparison?.period, r?.comparison?.periodReason]).toEqual(['2019', 'this year (2019)']);
  });

  it('without a publication year, "last year" is compared with no period, not with the latest', () => {
    const [m] = stats('The government carried out 390,000 removals last year.');
    expect(m?.comparison).toBeNull();
  });

  it('prefers a record named in the text over a relative year', () => {
    const text =
      'Homan was not sure he could break the record for deportations this year. That deportation record was set under former President Obama. "I think 409,000 is a stretch this year," he said.';
    const m = recognize(text, lookup, { publishedYear: 2017 }).find((s): s is StatisticMention => s.kind === 'statistic' && s.text === '409,000');
    expect(m?.comparison?.period).toBe('FY2013');
  });

  it('does not compare a figure far from any official value', () => {
    const [m] = stats('The town recorded 12 deportations in 2012.');
    expect(m?.comparison).toBeNull();
  });
});

describe('statistic recognizer: labels that look like amounts', () => {
  it('leaves numbers in camel-case product names alone', () => {
    expect(stats('She upgraded to iOS 13.2 on her iPhone 11 last week.').map((m) => m.text)).toEqual([]);
  });

  it('leaves one-letter magnitudes without a currency that name a kind of thing', () => {
    expect(stats('It plays games in native 4K on a 4K TV; the Block 1B rocket flew.').map((m) => m.text)).toEqual([]);
    expect(stats('The app passed 1B users and $4K in fees.').map((m) => m.text)).toEqual(['1B', '$4K']);
  });

  it('reads "the 93 year-old" as an age and "at one point" as a moment', () => {
    expect(stats('The 93 year-old finished his term.').map((m) => m.text)).toEqual([]);
    expect(stats('At one point the firm had 5,000 staff.').map((m) => m.text)).toEqual(['5,000']);
  });
});
