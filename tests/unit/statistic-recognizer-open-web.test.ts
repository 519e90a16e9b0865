/**
 * Numbers as a careful reader marks them on fresh news pages: model numbers, ages, list counts
 * and versions are not statistics; approximate and relative quantities keep their qualifier and
 * unit; a series is matched by the words the number belongs to. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { recognize } from '../../src/core/recognize';
import type { StatisticMention } from '../../src/core/types';
import { fixtureLookup } from './recognize-fixture';

const lookup = fixtureLookup();
const stats = (text: string): StatisticMention[] => recognize(text, lookup).filter((m): m is StatisticMention => m.kind === 'statistic');
const spans = (text: string): string[] => stats(text).map((m) => m.text);

describe('numbers that are not statistics', () => {
  it.each([
    ['The carrier grounded its 747 fleet for checks.'],
    ['The airline took delivery of its first A350 last spring.'],
    ['She flew on a 787 to Denver.'],
    ['Dana Reyes, 41, said the lines were long.'],
    ['Her son, 6 months, slept through the storm.'],
    ['The baby was 6 months old when they moved.'],
    ['He installed version 2.3 of the app.'],
    ['The update to Android 14 arrives next week.'],
    ['14 Photos'],
    ['Photos: 12'],
    ['The home side won 3-2 in extra time.'],
    ['The final score was 110 to 98.'],
    ['Here are 15 tips to help you sleep better.'],
    ['The 5 Biggest Packing Mistakes Travellers Make'],
    ['So 5 = 4 + 1, and 6 = 4 + 2.'],
    ['Cases by ward\n\n6817 387\n\n5559 252\n\nUpdated daily.'],
  ])('%s', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('keeps a count that comes with what it counts', () => {
    expect(spans('The airline ordered 20 jets for its routes.')).toEqual(['20']);
  });
});

describe('areas', () => {
  it('reads square feet and square miles as the measure, not a count of what follows', () => {
    const [flat] = stats('The flat has 1,300 square feet of floor space.');
    expect(flat?.text).toBe('1,300 square feet');
    expect(flat?.unit).toBe('other');
    expect(spans('The fire burned 40 square miles of forest.')).toEqual(['40 square miles']);
    expect(spans('Aid is capped at two hectares per family, across 62,000 hectares.')).toEqual(['two hectares', '62,000 hectares']);
  });
});

describe('approximate and relative quantities', () => {
  const brief = (m: StatisticMention): [string, number, number | null, string, string | null] => [m.text, m.value, m.valueHigh, m.unit, m.qualifier];
  it.each([
    ['Prices fell by 12 to 340 last week.', [['12', 12, null, 'count', null], ['340', 340, null, 'count', null]]],
    ['The market shrank by roughly $190 billion to $2.9 trillion.', [['roughly $190 billion', 1.9e11, null, 'usd', 'about'], ['$2.9 trillion', 2.9e12, null, 'usd', null]]],
    ['Output fell from about 40 to 25 tonnes.', [['about 40', 40, null, 'count', 'about'], ['25 tonnes', 25, null, 'other', null]]],
    ['He waited more than a year and a half for the ruling.', [['more than a year and a half', 1.5, null, 'years', 'more-than']]],
    ['The hearing lasted an hour and a half.', [['an hour and a half', 1.5, null, 'other', null]]],
    ['The flight took two hours in all.', [['two hours', 2, null, 'other', null]]],
    ['The deal gives the club two more years of control.', [['two more years', 2, null, 'years', null]]],
    ['Exports grew about twice as fast as imports.', [['about twice', 2, null, 'ratio', 'about']]],
    ['The cost has more than tripled since the plan began.', [['more than tripled', 3, null, 'ratio', 'more-than']]],
    ['Sales could more than triple by the end of the decade.', [['more than triple', 3, null, 'ratio', 'more-than']]],
    ['Nearly three dozen people were hurt in the crash.', [['Nearly three dozen', 36, null, 'count', 'nearly']]],
    ['The order book is full for three and a half years.', [['three and a half years', 3.5, null, 'years', null]]],
    ['We set a budget of six weekends, and she spent two nights on the roof. Two nights later, he left.', [['six weekends', 6, null, 'other', null], ['two nights', 2, null, 'other', null]]],
    ['The pressing sold out in under an hour.', [['under an hour', 1, null, 'other', 'less-than']]],
    ['Children under a year stay home.', []],
    ['Sales hit $210 million, about three times its 2024 sales.', [['$210 million', 2.1e8, null, 'usd', null], ['about three times', 3, null, 'ratio', 'about']]],
    ['We budgeted for 300,000 sales and hoped for twice that.', [['300,000', 300000, null, 'count', null], ['twice', 2, null, 'ratio', null]]],
    ['He scored twice this year and called three times that day.', []],
    ['He worked at the mill for forty-five years.', [['forty-five years', 45, null, 'years', null]]],
    ['The guide counts a qualified span: the plan costs $2.5 billion over a decade.', [['$2.5 billion', 2.5e9, null, 'usd', null], ['over a decade', 10, null, 'years', 'more-than']]],
    ['A bare span is not a figure: the rule took effect a month ago and lasts a year.', []],
    ['The share has been stuck there for half a century.', [['half a century', 50, null, 'years', null]]],
    ['The firm has grown to over sixty full-time employees.', [['over sixty', 60, null, 'count', 'more-than']]],
    ['About a dozen owners met, and two officers came.', []],
    ['The grant is about 9x as cost-effective as cash.', [['about 9x', 9, null, 'ratio', 'about']]],
    ['It plays 4x4 games at 1920x1080.', []],
    ['It has not changed in a half-century.', [['a half-century', 50, null, 'years', null]]],
    ['A little over half a century ago, the field was born.', [['over half a century', 50, null, 'years', 'more-than']]],
    ['The half-time show ran long, and half of voters left.', []],
  ] as Array<[string, Array<[string, number, number | null, string, string | null]>]>)('%s', (text, expected) => {
    expect(stats(text).map(brief)).toEqual(expected);
  });
});

describe('series are matched on the words the number belongs to', () => {
  it('matches the unemployment rate and leaves the growth figure of another noun alone', () => {
    const found = stats('The unemployment rate fell to 4 percent, while the economy grew 2.1 percent.');
    expect(found.map((m) => [m.text, m.comparison?.seriesId ?? null])).toEqual([
      ['4 percent', 'bls:unemployment-rate'],
      ['2.1 percent', null],
    ]);
  });

  it('does not match a figure about another subject to a series named earlier in the sentence', () => {
    const found = stats('Even with unemployment low, wages rose 3 percent.');
    expect(found.map((m) => [m.text, m.comparison?.seriesId ?? null])).toEqual([['3 percent', null]]);
  });
});

describe('kitchen and liquid measures', () => {
  it('leaves abbreviated recipe measures alone', () => {
    expect(spans('Have 1 cup spinach, 4 oz. cooked chicken and 8 oz. almond milk, or 2 lb. flour and 8 fl. oz. water.')).toEqual([]);
  });

  it('reads ounces and millilitres as the unit of a reported figure', () => {
    expect(stats('Adults who drank 13\u201317 ounces (375\u2013500 millilitres) of water ate less.').map((m) => [m.text, m.value, m.valueHigh])).toEqual([
      ['13\u201317 ounces', 13, 17],
      ['375\u2013500 millilitres', 375, 500],
    ]);
  });
});

describe('engines, speeds and small measures', () => {
  it.each([
    ['It has a 275-horsepower engine and a 2.0-liter turbo.', ['275-horsepower', '2.0-liter']],
    ['The sedan makes 101 hp and reaches 60 mph quickly.', ['101 hp', '60 mph']],
    ['He stands six feet tall, two inches more than his brother.', ['six feet', 'two inches']],
    ['The race lasted 55 seconds.', ['55 seconds']],
    ['The model assumes a 154-pound (70-kilogram) 40-year-old man.', ['154-pound', '70-kilogram']],
    ['The light unit has an eight-inch screen.', ['eight-inch']],
    ['The peak stands 3,754 metres (12,316 ft) high; the strait is 22 kilometres (14 mi) wide.', ['3,754 metres', '12,316 ft', '22 kilometres', '14 mi']],
    ['The record high was 42.4 \u00b0C (108.32 \u00b0F) in the town.', ['42.4 \u00b0C', '108.32 \u00b0F']],
  ])('reads the unit with the number: %s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('leaves the noun a count in digits counts out of the mention, as the guide does with "409,000 deportations"', () => {
    expect(spans('He stole 33 bases in just 73 games, and the winner needs 270 votes.')).toEqual(['33', '73', '270']);
  });

  it('leaves a small spelled count of games or seats, and an idiom of one foot, alone', () => {
    expect(spans('They lost three games and two seats after she put one foot in the door.')).toEqual([]);
  });

  it('reads a streak named by its length as a kind, not a measure', () => {
    expect(spans('The team snapped a four-game losing streak.')).toEqual([]);
  });

  it('reads neither a score nor a label as a range with a unit', () => {
    expect(spans('They won a 26\u201320 Week 15 game over the Bucs.')).toEqual([]);
  });

  it('reads a number and a capitalised unit before a name as the name, and "every" as how often', () => {
    expect(spans('If you have done the 80 Day Obsession plan, you know it. Eat every 2\u20133 hours.')).toEqual([]);
  });

  it('reads a compound measure set apart by a comma or a dash, or before an engine code, as a measure; before a name, as a kind', () => {
    expect(spans('The van is \u2013 at 195-inches \u2013 long, and it rises by a total of 3-inches.')).toEqual(['195-inches', '3-inches']);
    expect(spans('An all-new 2.0-liter, naturally aspirated engine joins the same 5.0-liter V8 engine.')).toEqual(['2.0-liter', '5.0-liter']);
    expect(spans('The club opened its gleaming, 91-acre, multipurpose headquarters.')).toEqual(['91-acre']);
    expect(spans('The new 16-inch MacBook Pro was announced.')).toEqual([]);
  });

  it('reads the neighbours of a named release as versions, and a label\'s number as no release', () => {
    expect(spans('Torvalds tagged Linux 7.3 on Sunday: more changesets than 7.2, and the 7.4 merge window is open.')).toEqual([]);
    expect(spans('See Section 2.1. The fertility rate of 2.1 is high.')).toEqual(['2.1']);
  });

  it('reads a list of ages, an age with "both" or after "who was", and a mile marker as no statistics', () => {
    expect(spans("Moton's children, ages 4, 9 and 12, live with their grandmother.")).toEqual([]);
    expect(spans('His client, who was 26 at the time, had been drinking.')).toEqual([]);
    expect(spans('Rohan and I are both 34 and together earn about $140,000 a year.')).toEqual(['about $140,000']);
    expect(spans('My daughter was waiting at mile 26 with a sign.')).toEqual([]);
    expect(spans('The firm, which was 26 at the time, grew, and they are both 34 points behind.')).toEqual(['26', '34 points']);
  });

  it('reads beats per minute as a unit', () => {
    expect(spans('It is a 122 bpm groove, and her resting heart rate is 58 bpm.')).toEqual(['122 bpm', '58 bpm']);
  });
});
