/** Each veto rule of the statistic recognizer, alone: the rule that fires names itself. */
import { describe, expect, it } from 'vitest';
import { readCore } from '../../src/core/number-parser';
import { readUnit } from '../../src/core/statistic-units';
import { VETO_RULES, vetoOf } from '../../src/core/statistic-vetoes';
import { tokenize } from '../../src/core/text-tokens';

/** [rule, invented sentence, the number the rule is about]. */
const EXAMPLES: ReadonlyArray<readonly [string, string, string]> = [
  ['ordinal or decade', 'The 5th Circuit ruled on it.', '5'],
  ['glued to a word or sign before', 'Flight #12 left late.', '12'],
  ['separator after', 'It happened at 7:14 today.', '7'],
  ['age compound', 'The 48-year-old left.', '48'],
  ['list numbering', '2. Pay off your debt first.', '2'],
  ['list numbering', 'The ranking was as follows: 1. Oslo 2. Bergen.', '1'],
  ['number-named thing', 'She sank a 3-pointer at the buzzer.', '3'],
  ['glued to a word after', 'She bought a 3D printer.', '3'],
  ['year', 'In 2017 the agency changed course.', '2017'],
  ['route name', 'She rode the 14 Mission bus to work.', '14'],
  ['age at', 'At 16, he went to college in Ohio.', '16'],
  ['gallery count', 'Gallery: Xbox One X | 14 Photos', '14'],
  ['drawn table cell', 'time │ status │ count\n18:00 │ 404 │ 12', '404'],
  ['drawn table cell', 'time │ status │ count\n18:00 │ 404 │ 12\n18:01 │ 200 │ 7', '12'],
  ['number alone', 'The review ended there.\n\n87\n\nThe next one begins.', '87'],
  ['spelled name', 'Ten whales were found on Ninety Mile beach last week.', 'Ninety'],
  ['name before', 'A handful of Xbox 360 games will get enhanced.', '360'],
  ['kind compound', 'Use a recent 32-bit image from the page.', '32'],
  ['kind compound', 'Power goes through a 10-speed gearbox.', '10'],
  ['age in commas', 'The former star, 42, was voted off.', '42'],
  ['age in commas', 'Her manager, Braun, 38 \u2013 who runs the label \u2013 has spoken.', '38'],
  ['label word before', 'They trigger type 2 immune responses.', '2'],
  ['route name', 'Take the 38 Geary downtown.', '38'],
  ['score pair', 'The home side won 4-1 on Tuesday.', '4'],
  ['dot leaders', 'Storage model ........................ 3', '3'],
  ['frequency', 'Eat a small meal every 3 hours.', '3'],
  ['social counter', 'Gallery 1.2K Shares and more.', '1.2'],
  ['social counter', 'Story tools: 34 Comments', '34'],
  ['rating', 'Buyers rated it 4.5 out of 5 stars.', '4.5'],
  ['rating', 'Buyers gave it 4.5 out of 5 stars.', '5'],
  ['reading time', 'By Ann Lee, 5 min read, updated Monday.', '5'],
  ['label word before', 'Page 2 of 5 of the report.', '5'],
  ['list of values', 'We used this series of values: 2, 3, 5, 2, 3, 12, 5, 3, 4 in the test.', '12'],
  ['list of values', 'Font Size 50% 75% 100% 125% 150% Text Edge Style', '100'],
  ['identifier', 'The query returns is_anomaly_3 for each row.', '3'],
  ['dot leaders', 'Response codes ........ 15 12. Subsequent requests', '12'],
  ['protocol text', 'The server answers HTTP/1.1 200 OK at once.', '200'],
  ['protocol text', 'It sends Content-Length: 106 with the body.', '106'],
  ['code', 'int main() { printf("hello"); return 0; }', '0'],
  ['journal volume', 'Political Geography. 12 (5): 437\u2013456.', '12'],
  ['coordinates', 'Wellington lies at 41\u00b017\u2032S 174\u00b027\u2032E on the coast.', '41'],
  ['coordinates', 'Wellington lies at 41\u00b017\u2032S 174\u00b027\u2032E on the coast.', '17'],
  ['reference marker', 'Two-thirds live in the north.[n 3] The rest do not.', '3'],
  ['label word before', 'We fixed bug 15 in the amend step.', '15'],
  ['score pair', 'It was a 16\u20137 victory in the final.', '16'],
  ['score pair', 'It was a 16\u20137 victory in the final.', '7'],
  ['short year', 'The 1977\u201378 team reached the final.', '78'],
  ['short year', 'In \u201980 he married his neighbour.', '80'],
  ['size label', 'The wall held two 8-by-10 photographs.', '8'],
  ['score in words', 'The final score was 110 to 98.', '110'],
  ['emergency number', 'A neighbour called 911 from the porch.', '911'],
  ['emergency number', 'The desk took 999 calls overnight.', '999'],
  ['phone number', 'Call (202) 555-0100 for details.', '202'],
  ['one-letter magnitude label', 'It plays games in native 4K on a big screen.', '4'],
  ['one-letter magnitude label', 'Every game runs in 4K.', '4'],
  ['label word before', 'He was No. 2 on the list.', '2'],
  ['section sign before', 'See \u00a7 12 for details.', '12'],
  ['month before', 'The hearing is on Nov. 5 this year.', '5'],
  ['month after', 'It ended on 5 November this year.', '5'],
  ['age word before', 'She died aged 88 at home.', '88'],
  ['age word before', 'The survey counts adults between the ages of 25 and 54.', '54'],
  ['name before', 'Apollo 11 landed on the moon.', '11'],
  ['model number', 'The carrier grounded its 747 fleet.', '747'],
  ['time of day', 'The meeting starts at 5 p.m. sharp.', '5'],
  ["o'clock", "It began at 5 o'clock sharp.", '5'],
  ['release number', "What's new in 2.26", '2.26'],
  ['time zone', 'The launch came at 1451 GMT on Friday.', '1451'],
  ['time window', 'Sales rose over the last 40 years.', '40'],
  ['age written year-old', 'The 93 year-old finished his term.', '93'],
  ['moment', 'At one point the firm had staff.', 'one'],
  ['age with old', 'The baby was 6 months old then.', '6'],
  ['relative time', 'It happened 4 years ago in May.', '4'],
  ['time after an event', 'Troops remain, 18 years after the invasion.', '18'],
  ['street address', 'They live at 350 Harbor Street now.', '350'],
  ['people of the story', 'In the end 70 of us went home.', '70'],
  ['how often', 'He has called 3 times already.', '3'],
  ['age in commas', 'Her son, 6 months, slept.', '6'],
  ['heading count', '14 Photos', '14'],
  ['one or none', 'Serve with 1 Green and a salad.', '1'],
  ['table cells', 'Dale Ramsey 12 7 3 40 points', '7'],
  ['recipe measure', 'Stir in 2 tsp. of olive oil.', '2'],
  ['counter or rating', 'The review gave the phone 4 / 5 overall.', '5'],
  ['reference marker', 'Water may help weight loss (10, 11).', '11'],
  ['arithmetic', 'So 5 = 4 + 1 in binary too.', '4'],
  ['numbers-only line', 'Totals follow.\n\n6817 387\n\nThe rest below.', '6817'],
  ['list count', 'Here are 15 tips to help you sleep.', '15'],
  ['list count', 'The 5 Biggest Decorating Mistakes Renters Make', '5'],
  ['unread language', 'Это было 13 \u043b\u0435\u0442 назад.', '13'],
];

function vetoAt(text: string, number: string): string | null {
  const tokenized = tokenize(text);
  const i = tokenized.tokens.findIndex((t) => t.text === number);
  const core = readCore(tokenized.tokens, i);
  if (!core) throw new Error(`no number read at "${number}" in "${text}"`);
  return vetoOf({ tokens: tokenized.tokens, text, core, unit: readUnit(tokenized.tokens, core.last) });
}

describe('statistic veto rules', () => {
  it('has an example for every rule', () => {
    expect(new Set(EXAMPLES.map(([name]) => name))).toEqual(new Set(VETO_RULES.map((r) => r.name)));
  });

  it.each(EXAMPLES)('%s: %s', (name, text, number) => {
    expect(vetoAt(text, number)).toBe(name);
  });

  it.each([
    ['Officials deported 409,000 people.', '409,000'],
    ['The airline ordered 20 jets.', '20'],
    ['Prices fell by 12 to 340 last week.', '12'],
    ['Costs rose 3 percent.', '3'],
    ['The vote (12 in favour) passed.', '12'],
    ['The study followed 77 people for a year.', '77'],
    ['The 12 reasons the court gave were brief.', '12'],
    ['The 192 opposition lawmakers walked out.', '192'],
    ['Most of Acme\u2019s 12,000 employees will go.', '12,000'],
    ['The clinic saw 2.5 million of these cases.', '2.5'],
    ['Patients have a 30-60 per cent chance of recovery.', '30'],
    ['The jury deliberated for 10 minutes before the verdict.', '10'],
    ['The firm shipped 911 units last year.', '911'],
    ['It has a 2.5-liter engine.', '2.5'],
    ['Inflation ran at 2.6 in May, up from 2.4.', '2.6'],
    ['The base sits in a 55-kilometer zone.', '55'],
    ['Stars formed 13.8 billion years after the Big Bang.', '13.8'],
    ['The 3 Republican senators voted no.', '3'],
    ['The 14 Americans were flown home.', '14'],
    ['The fund raised 10k.', '10'],
    ['At 16 percent, the rate is high.', '16'],
    ['The vote was a 10-point lead for her.', '10'],
    ['Ninety percent of voters agreed.', 'Ninety'],
    ['About 14 photos were taken of the 87 cars.', '87'],
    ['Sales | up 404 units | March', '404'],
    ['Sales rose by 10\u201320 units a week.', '10'],
    ['The vote was 12, 40 and 3 in three rounds.', '40'],
    ['Rates rose 5% 6% in a table.', '5'],
    ['The clip drew 40,000 views in a day.', '40,000'],
    ['The walk takes 45 min from the station.', '45'],
    ['Peaks rise over 3,000 metres (9,800 ft) in the south.', '9,800'],
    ['The record low was \u221225.6 \u00b0C in July.', '25.6'],
    ['The club built a 12,000-seat arena.', '12,000'],
  ])('vetoes nothing in a reported figure: %s', (text, number) => {
    expect(vetoAt(text, number)).toBeNull();
  });
});
