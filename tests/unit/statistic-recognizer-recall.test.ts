/**
 * Figures a careful reader of news marks that the recognizer used to pass over: spelled durations
 * and number-and-unit modifiers, spans said with "a" and a qualifier, fractions and multiples with a
 * qualifier, ranges with a unit after the second number; and the time windows, time zones and age
 * brackets that are not figures. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { recognize } from '../../src/core/recognize';
import type { StatisticMention } from '../../src/core/types';
import { fixtureLookup } from './recognize-fixture';

const lookup = fixtureLookup();
const stats = (text: string): StatisticMention[] => recognize(text, lookup).filter((m): m is StatisticMention => m.kind === 'statistic');
const spans = (text: string): string[] => stats(text).map((m) => m.text);
type Brief = [string, number, number | null, string, string | null];
const brief = (m: StatisticMention): Brief => [m.text, m.value, m.valueHigh, m.unit, m.qualifier];

describe('spelled durations carry their unit', () => {
  it.each([
    ['The festival typically runs five days each spring.', ['five days']],
    ['Officials described a tense six hours at the border.', ['six hours']],
    ['They have six years of shared history.', ['six years']],
    ['The target was reached three years early.', ['three years']],
    ['The fund has grown for four straight years.', ['four straight years']],
    ['Prices rose for three consecutive months.', ['three consecutive months']],
  ] as Array<[string, string[]]>)('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    ['The vote is in two years.'],
    ['Elections are held every two years.'],
    ['Three weeks into the strike, talks resumed.'],
    ['Two days later the bridge reopened.'],
  ])('a point in time, not a length: %s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('number-and-unit modifiers of time', () => {
  it.each([
    ['The council approved a five-year plan.', ['five-year']],
    ['She signed a one-year contract with the club.', ['one-year']],
    ['After a two-day trial, the jury returned.', ['two-day']],
    ['It is the third 90-day extension of the permit.', ['90-day']],
    // The annotation guide counts a term as a modifier: "30-year".
    ['Yields on 10-year notes rose, and the 30-year bond slipped.', ['10-year', '30-year']],
  ] as Array<[string, string[]]>)('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    ['Veterans of the Six-Day War gathered.'],
    ['The 10-Year Treasury Note is quoted here.'],
  ])('names a kind of thing: %s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('time windows are not figures', () => {
  it.each([
    ['Every study over the last 40 years agreed.'],
    ['Doctors will examine him within the next 24 hours.'],
  ])('%s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('spans, fractions and multiples said with a qualifier', () => {
  it.each([
    ['Farmers now have barely a month to clear the fields.', [['barely a month', 1, null, 'months', 'nearly']]],
    ['The lake has been managed for nearly a century.', [['nearly a century', 100, null, 'years', 'nearly']]],
    ['A crackdown would bring a year or two of fury.', [['a year or two', 1, 2, 'years', null]]],
    ['Crews stay at sea for a week or longer at a time.', [['a week or longer', 7, null, 'days', 'at-least']]],
    ['Up to a dozen people fall ill each year.', [['Up to a dozen', 12, null, 'count', 'up-to']]],
    ['More than a third of the staff will leave.', [['More than a third', 0.333333333333, null, 'ratio', 'more-than']]],
    ['Chains cut staff at about twice the rate of rivals.', [['about twice', 2, null, 'ratio', 'about']]],
  ] as Array<[string, Brief[]]>)('%s', (text, expected) => {
    expect(stats(text).map(brief)).toEqual(expected);
  });

  it('leaves a bare "a dozen" and "a third" in narrative alone', () => {
    expect(spans('A dozen reporters waited while a third man spoke.')).toEqual([]);
  });

  it('reads "about a dozen" as narrative, not a bounded count', () => {
    expect(spans('About a dozen neighbours came to help.')).toEqual([]);
  });

  it('reads a qualified span before "ago" or "later" as a point in time, and before "old" as an age', () => {
    expect(spans('Barely a week ago the mill was open. Nearly a year later it closed.')).toEqual([]);
    expect(spans('Some pipes more than a century old still hold.')).toEqual([]);
  });
});

describe('a part of a whole in digits is one figure', () => {
  it.each([
    ['The team has won 12 of 13 games.', [['12 of 13', 0.923076923077, null, 'ratio', null]]],
    ['Officials said 11 of the 12 cities failed the test.', [['11 of the 12', 0.916666666667, null, 'ratio', null]]],
  ] as Array<[string, Brief[]]>)('%s', (text, expected) => {
    expect(stats(text).map(brief)).toEqual(expected);
  });

  it('leaves "one of the two" in words to narrative', () => {
    expect(spans('One of the two guards left early.')).toEqual([]);
  });
});

describe('ranges with the unit after the second number', () => {
  it.each([
    ['Patients have a 30-60 per cent chance of recovery.', [['30-60 per cent', 0.3, 0.6, 'percent', null]]],
    ['The plants range from 30-600 MW in size.', [['30-600 MW', 30, 600, 'other', null]]],
    ['Symptoms appear after one-to-seven days, officials say.', [['one-to-seven days', 1, 7, 'days', null]]],
  ] as Array<[string, Brief[]]>)('%s', (text, expected) => {
    expect(stats(text).map(brief)).toEqual(expected);
  });

  it('leaves a spelled range without a unit alone', () => {
    expect(spans('They held one-to-one talks.')).toEqual([]);
  });
});

describe('counts a label rule used to take', () => {
  it.each([
    ['Most of Acme\u2019s 12,000 employees will go.', ['12,000']],
    ['The vote left the 192 opposition lawmakers short.', ['192']],
    ['India had more than 2.5 million of these deaths.', ['more than 2.5 million']],
    ['They mapped the 1,900-mile-wide (3,100 kilometers) moon.', ['1,900-mile-wide', '3,100 kilometers']],
    ['The base lies inside a 55-kilometer \u201cbuffer zone\u201d near the border.', ['55-kilometer']],
  ] as Array<[string, string[]]>)('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('still reads "5 of them" as people of the story', () => {
    expect(spans('Police said 5 of them were arrested.')).toEqual([]);
  });
});

describe('times and age brackets', () => {
  it.each([
    ['The rocket lifted off at 8:51 p.m. (1451 GMT) on Friday.'],
    ['The ratio covers people between the ages of 25 and 54.'],
  ])('%s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('a share that sizes a change needs no qualifier', () => {
  it.each([
    ['The drug reduced deaths by a third.', ['a third'], 1 / 3],
    ['Home prices fell by a quarter in 2009.', ['a quarter'], 0.25],
    ['Sales rose by a fifth, to 12 million.', ['a fifth', '12 million'], 0.2],
  ])('%s', (text, expected, value) => {
    expect(spans(text)).toEqual(expected);
    expect(stats(text)[0]?.value).toBeCloseTo(value);
  });

  it('leaves "a third party" and a share of something else unmarked', () => {
    expect(spans('The data was cut by a third party.')).toEqual([]);
    expect(spans('He won by a third of a second.')).toEqual([]);
  });
});

describe('a quarter-point or half-point move of a rate', () => {
  it('reads it after "by" with the verb of the move, or before the noun of the move, in percentage points', () => {
    expect(stats('The bank decided to cut its benchmark interest rate by a quarter-point last month.').map(brief)).toEqual([['a quarter-point', 0.0025, null, 'percent', null]]);
    expect(stats('Markets expect a half-point cut in June.').map(brief)).toEqual([['a half-point', 0.005, null, 'percent', null]]);
  });

  it('leaves a point share that is no move unmarked', () => {
    expect(spans('He hit a half-point shot at the buzzer.')).toEqual([]);
  });
});

describe('pence, shillings, signed changes, "one in every" and lengths of time told in two units', () => {
  it('reads a "p" glued to a small number as pence, not a video resolution', () => {
    expect(stats('MPs urged the Chancellor to drop the 5p rise in fuel duty.').map(brief)).toEqual([['5p', 0.05, null, 'gbp', null]]);
    expect(spans('Shares closed 52.5p higher.')).toEqual(['52.5p']);
    expect(spans('It records 1080p and 720p video.')).toEqual([]);
  });

  it('reads "Sh" and "KSh" before a number as shillings', () => {
    expect(spans('The shilling traded at around Sh129 to the dollar, and the state will borrow Sh1.3 trillion.')).toEqual(['around Sh129', 'Sh1.3 trillion']);
    expect(stats('A fine of KSh 500 applies.').map((m) => m.currencyCode)).toEqual(['KES']);
  });

  it('keeps the plus sign of a change in a list, and still drops the numbers of a sum', () => {
    expect(spans('Where the jobs were:\n- Health care: +46,000\n- Manufacturing: -9,000')).toEqual(['+46,000', '-9,000']);
    expect(stats('Health care: +46,000').map(brief)).toEqual([['+46,000', 46000, null, 'count', null]]);
    expect(spans('It is as easy as 2+2 and x + 5 = 9. Call +49 (0)40 890 85-433 or +44 20 7946 0000.')).toEqual([]);
  });

  it('reads "one in every four" as a proportion', () => {
    expect(stats('One in every four new dollars goes to debt service.').map(brief)).toEqual([['One in every four', 0.25, null, 'ratio', null]]);
  });

  it('reads a length of time told in two units as one figure', () => {
    expect(spans('The finale runs 2 hours and 46 minutes; the first ran 1 hour 50 minutes.')).toEqual(['2 hours and 46 minutes', '1 hour 50 minutes']);
    expect(spans('He served two years and three months.')).toEqual(['two years and three months']);
    expect(spans('It took 5 minutes and 3 hours.')).toEqual(['5 minutes', '3 hours']);
    expect(spans('The finale runs 2 hours')).toEqual(['2 hours']);
    expect(spans('The finale runs 2 hours and')).toEqual(['2 hours']);
  });
});

describe('race times, watts, glued temperatures, nanometres, and clause ends after a number', () => {
  it('reads hours-minutes-seconds and minutes-seconds with a fraction as lengths of time, not times of day or scores', () => {
    expect(spans('I ran the first half in 2:18:40 and finished in 4:40:45. A lap of 1:19.387 took pole.')).toEqual(['2:18:40', '4:40:45', '1:19.387']);
    expect(spans('Cleared to land at 6:47 p.m., and at 12:30 the score was 3:2.')).toEqual([]);
  });

  it('reads watts, nanometres, and a "C" or "F" glued to a temperature the sentence speaks of', () => {
    expect(spans('The 30W charger uses a 2-nanometer chip.')).toEqual(['30W', '2-nanometer']);
    expect(spans('Track temperatures near 38C at lights out.')).toEqual(['near 38C']);
    expect(spans('The deal keeps 1.5C on life support, and warming could reach 2C.')).toEqual(['1.5C', '2C']);
    expect(spans('Bus 5C leaves from the depot. Anker 60W 10-Port USB Charger, 20W Output.')).toEqual([]);
    expect(spans('10-25 17:12:11.001 24358 W dex2oat')).not.toContain('24358 W');
  });

  it('reads a figure before a colon that ends a clause, and a qualified count of photos', () => {
    expect(spans('The number needed to treat was about 125: that many patients.')).toEqual(['about 125']);
    expect(spans('After roughly 2,400 photos later, I understand.')).toEqual(['roughly 2,400']);
    expect(spans('Gallery: 14 Photos')).toEqual([]);
  });
});

describe('the naira, "within a month", "about one quarter" and spelled proportions of a larger whole', () => {
  it('reads "N" against a magnitude and "₦" as the naira, not a mask or model', () => {
    expect(stats('The court ordered them to pay the sum of N500m, and ₦40,000 in costs.').map((m) => [m.text, m.currencyCode])).toEqual([['N500m', 'NGN'], ['₦40,000', 'NGN']]);
    expect(spans('He wore N95 masks.')).toEqual([]);
  });

  it('reads "within a month" as a length, unless "Within" opens the sentence', () => {
    expect(spans('His symptoms improved rapidly within a month.')).toEqual(['a month']);
    expect(spans('Within a decade, the debt rose.')).toEqual([]);
  });

  it('reads "about one quarter" as "about a quarter"', () => {
    expect(stats('In-ad units generate about one quarter of the revenue.').map(brief)).toEqual([['about one quarter', 0.25, null, 'ratio', 'about']]);
  });

  it('reads "four of the five" as a proportion, and "two of the three" as narrative', () => {
    expect(spans('They predicted the choices of four of the five participants.')).toEqual(['four of the five']);
    expect(spans('He was losing on two of the three scorecards.')).toEqual([]);
  });
});

describe('figures in the items of a list', () => {
  it('keeps the figures of bulleted and numbered items, and drops the items\' numbers', () => {
    expect(spans('Where the jobs were\n- Health care: +46,000\n- Construction: +8,000\n- Manufacturing: -9,000')).toEqual(['+46,000', '+8,000', '-9,000']);
    expect(spans('Championship standings\n1. Lando Norris, McLaren — 408\n3. Oscar Piastri, McLaren — 371\n\nThe finale is next.')).toEqual(['408', '371']);
    expect(spans('Top scorers\n\n1. Manchester City — 45 points\n2. Real Madrid — 41 points')).toEqual(['45 points', '41 points']);
  });
});

describe('an age closing a speaker\'s sentence, and a critic\'s rating', () => {
  it('drops an age after the speaker\'s name at the end of the sentence', () => {
    expect(spans('"I just tried to make one good move," said Tavish Odegbami, 20. "Fine."')).toEqual([]);
    expect(spans('Sales rose 20 percent, said Ann Lee.')).toEqual(['20 percent']);
  });

  it('reads "3.5 of 4 stars" as no proportion', () => {
    expect(spans('Rating: 3.5 of 4 stars')).not.toContain('3.5 of 4');
  });
});

describe('"half the size"', () => {
  it('reads "half" before a measure the phrase names as a share, and "half the players" as narrative', () => {
    expect(spans('Newsrooms are often half the size within months. It gives only half the financial help people need.')).toEqual(['half', 'half']);
    expect(spans('Half the players we put up are gone. In the first half the team scored. He cut it in half the next day.')).toEqual([]);
  });
});

describe('signs in the cells of a table', () => {
  it('keeps the minus of a change in its own cell', () => {
    expect(stats('Ticker\tLast\tChange\tChange %\nHD\t225.86\t-12.99\t-5.44%').filter((m) => m.unit === 'percent').map((m) => [m.text, m.value])).toEqual([['-5.44%', -0.0544]]);
  });
});

describe('sizes and measures written as number compounds, and units of sport, farming and foreign money', () => {
  it.each([
    ['The rest of the 142-act bill leans young, and a 100-page report came out.', ['142-act', '100-page']],
    ['The 24-bed lounge opens beside the 513-seat chamber.', ['24-bed', '513-seat']],
    ['A nine-member board wrote a two-page reply.', ['nine-member', 'two-page']],
    ['He hit a 371-yard drive, for 1,047 yards on the season.', ['371-yard', '1,047 yards']],
    ['Aid came to 15 billion lira and 11 million kronor; the farm sold 60 kilos at 45 knots.', ['15 billion lira', '11 million kronor', '60 kilos', '45 knots']],
  ] as Array<[string, string[]]>)('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    ['A four-door sedan took the two-way street.'],
    ['They extended a three-game streak with a two-goal night.'],
  ])('names a kind of thing: %s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
