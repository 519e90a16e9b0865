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
    ['The plan costs $2.5 billion over a decade.', '$2.5 billion', 2.5e9, 'usd', null],
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
    const [m] = stats('Rules restricted arrests to less than 20 percent of the estimated illegal immigrant population.');
    expect([m?.text, m?.value, m?.qualifier, m?.counts]).toEqual([
      'less than 20 percent',
      0.2,
      'less-than',
      'of the estimated illegal immigrant population',
    ]);
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

  it('does not compare a figure far from any official value', () => {
    const [m] = stats('The town recorded 12 deportations in 2012.');
    expect(m?.comparison).toBeNull();
  });
});
