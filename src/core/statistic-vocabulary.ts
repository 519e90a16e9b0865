/** Words around a number that say what kind of quantity it is, or that it is not a statistic. */
import { lookupTable } from './lookup-table';
import type { StatisticQualifier, StatisticUnit } from './types';

/** Qualifier phrases (lower case, space separated), longest first when matched. */
export const QUALIFIERS: ReadonlyArray<readonly [string, StatisticQualifier]> = [
  ['just short of', 'nearly'],
  ['no more than', 'at-most'],
  ['no fewer than', 'at-least'],
  ['no less than', 'at-least'],
  ['as many as', 'up-to'],
  ['as much as', 'up-to'],
  ['more than', 'more-than'],
  ['greater than', 'more-than'],
  ['upwards of', 'more-than'],
  ['in excess of', 'more-than'],
  ['less than', 'less-than'],
  ['fewer than', 'less-than'],
  ['at least', 'at-least'],
  ['at most', 'at-most'],
  ['up to', 'up-to'],
  ['close to', 'nearly'],
  ['just over', 'more-than'],
  ['just under', 'less-than'],
  ['just below', 'less-than'],
  ['just above', 'more-than'],
  ['an estimated', 'about'],
  ['a record', 'record'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['barely', 'nearly'],
  ['near', 'nearly'],
  ['about', 'about'],
  ['around', 'about'],
  ['approximately', 'about'],
  ['roughly', 'about'],
  ['some', 'about'],
  ['estimated', 'about'],
  ['over', 'more-than'],
  ['above', 'more-than'],
  ['under', 'less-than'],
  ['below', 'less-than'],
  ['record', 'record'],
];

export interface UnitWord {
  readonly unit: StatisticUnit;
  /** Multiplier into the unit's scale ("decades" -> 10 years, "percent" -> 1/100). */
  readonly scale: number;
  readonly kind: 'percent' | 'money' | 'duration' | 'measure' | 'ratio' | 'points';
  /** ISO 4217 code of a currency the unit names unambiguously. */
  readonly code?: string;
}

const percent: UnitWord = { unit: 'percent', scale: 0.01, kind: 'percent' };
const measure: UnitWord = { unit: 'other', scale: 1, kind: 'measure' };
const yen: UnitWord = { unit: 'other', scale: 1, kind: 'money', code: 'JPY' };
const yuan: UnitWord = { unit: 'other', scale: 1, kind: 'money', code: 'CNY' };
const rupee: UnitWord = { unit: 'other', scale: 1, kind: 'money', code: 'INR' };
const rouble: UnitWord = { unit: 'other', scale: 1, kind: 'money', code: 'RUB' };
/** French, Swiss and West African francs share the word; the card says which only when the text does. */
const franc: UnitWord = { unit: 'other', scale: 1, kind: 'money' };
const peso: UnitWord = { unit: 'other', scale: 1, kind: 'money' };
const penny: UnitWord = { unit: 'gbp', scale: 0.01, kind: 'money', code: 'GBP' };
const dollar: UnitWord = { unit: 'usd', scale: 1, kind: 'money', code: 'USD' };
const cent: UnitWord = { unit: 'usd', scale: 0.01, kind: 'money', code: 'USD' };
const euro: UnitWord = { unit: 'eur', scale: 1, kind: 'money', code: 'EUR' };
const pound: UnitWord = { unit: 'gbp', scale: 1, kind: 'money', code: 'GBP' };
const year: UnitWord = { unit: 'years', scale: 1, kind: 'duration' };
const decade: UnitWord = { unit: 'years', scale: 10, kind: 'duration' };
const century: UnitWord = { unit: 'years', scale: 100, kind: 'duration' };
const month: UnitWord = { unit: 'months', scale: 1, kind: 'duration' };
const day: UnitWord = { unit: 'days', scale: 1, kind: 'duration' };
const week: UnitWord = { unit: 'days', scale: 7, kind: 'duration' };
const clockTime: UnitWord = { unit: 'other', scale: 1, kind: 'duration' };
const points: UnitWord = { unit: 'other', scale: 1, kind: 'points' };

/** Unit words that follow a number (singular and plural forms both listed). */
export const UNIT_WORDS: Readonly<Record<string, UnitWord>> = lookupTable({
  percent: percent,
  percents: percent,
  percentage: percent,
  pct: percent,
  dollars: dollar,
  dollar: dollar,
  cents: cent,
  cent: cent,
  pence: penny,
  penny: penny,
  pennies: penny,
  yen: yen,
  yuan: yuan,
  renminbi: yuan,
  rmb: yuan,
  '\u5143': yuan,
  rupees: rupee,
  rupee: rupee,
  roubles: rouble,
  rouble: rouble,
  rubles: rouble,
  ruble: rouble,
  francs: franc,
  franc: franc,
  pesos: peso,
  peso: peso,
  usd: dollar,
  eur: euro,
  gbp: pound,
  musd: { unit: 'usd', scale: 1e6, kind: 'money' },
  meur: { unit: 'eur', scale: 1e6, kind: 'money' },
  mgbp: { unit: 'gbp', scale: 1e6, kind: 'money' },
  euros: euro,
  euro: euro,
  years: year,
  year: year,
  decades: decade,
  decade: decade,
  centuries: century,
  century: century,
  months: month,
  month: month,
  days: day,
  day: day,
  weeks: week,
  week: week,
  // A weekend and a night are counted as spans of their own ("in six weekends", "two nights on the roof").
  weekends: { unit: 'other', scale: 1, kind: 'duration' },
  nights: { unit: 'other', scale: 1, kind: 'duration' },
  hours: clockTime,
  hour: clockTime,
  minutes: clockTime,
  minute: clockTime,
  min: clockTime,
  mins: clockTime,
  // Plural only: "second" after a number is as often an ordinal's word ("a second time").
  seconds: clockTime,
  times: { unit: 'ratio', scale: 1, kind: 'ratio' },
  points: points,
  point: points,
  inches: measure, inch: measure, feet: measure, foot: measure, miles: measure, mile: measure, ft: measure, mi: measure, yd: measure,
  pounds: measure, pound: measure, kilograms: measure, kilogram: measure, kg: measure, km: measure,
  kilometers: measure, kilometres: measure, meters: measure, metres: measure, acres: measure,
  kilometer: measure, kilometre: measure, meter: measure, metre: measure, acre: measure,
  hectares: measure, hectare: measure,
  tons: measure, tonnes: measure, gallons: measure, barrels: measure, degrees: measure,
  ton: measure, tonne: measure, gallon: measure, barrel: measure, degree: measure, liter: measure, litre: measure,
  games: measure, game: measure, seats: measure, votes: measure,
  ounces: measure, ounce: measure, grams: measure, gram: measure, milligrams: measure, milliliters: measure,
  millilitres: measure, liters: measure, litres: measure, pints: measure, quarts: measure,
  watts: measure, watt: measure, mw: measure, gw: measure, kw: measure, mwh: measure, gwh: measure, kwh: measure, megawatts: measure, megawatt: measure,
  gigawatts: measure, gigawatt: measure, kilowatts: measure, kilowatt: measure,
  horsepower: measure, hp: measure, bhp: measure, mph: measure, kph: measure, mpg: measure, bpm: measure,
  // Computing and electronics, often glued to the number ("8GB", "2.3GHz", "60FPS", "3.5mm").
  gb: measure, mb: measure, tb: measure, kb: measure, gigabytes: measure, gigabyte: measure, megabytes: measure,
  megabyte: measure, terabytes: measure, terabyte: measure, ghz: measure, mhz: measure, khz: measure, hz: measure,
  fps: measure, kbps: measure, mbps: measure, gbps: measure, kps: measure, mah: measure, megapixels: measure, megapixel: measure,
  mm: measure, cm: measure, mg: measure, nm: measure, nanometer: measure, nanometers: measure, nanometre: measure, nanometres: measure,
  yards: measure, yard: measure, kilos: measure, kilo: measure, knots: measure, knot: measure, bushels: measure, bushel: measure,
  millimeters: measure, millimetres: measure, millimeter: measure, millimetre: measure, centimeters: measure, centimetres: measure,
  centimeter: measure, centimetre: measure,
  lira: { unit: 'other', scale: 1, kind: 'money', code: 'TRY' },
  kronor: { unit: 'other', scale: 1, kind: 'money', code: 'SEK' },
  krona: { unit: 'other', scale: 1, kind: 'money', code: 'SEK' },
  kroner: { unit: 'other', scale: 1, kind: 'money' },
  krone: { unit: 'other', scale: 1, kind: 'money' },
  rand: { unit: 'other', scale: 1, kind: 'money', code: 'ZAR' },
});

/**
 * Nouns a number compound counts, as a size ("a nine-member board", "a 24-bed unit", "a 100-page
 * report", "a 513-seat chamber"): read only after a hyphen, where the compound is a measure. A
 * game's tallies ("a three-game streak", "a two-goal night") are the sports page's kinds, and left out.
 */
export const COMPOUND_COUNT_NOUNS: Readonly<Record<string, UnitWord>> = lookupTable({
  member: measure, page: measure, seat: measure, bed: measure, bedroom: measure, act: measure, paragraph: measure,
  chapter: measure, episode: measure, judge: measure, nation: measure, country: measure, vote: measure,
});

/** Unit words that count things rather than measure them ("three games", "Xbox 360 games"). */
export const COUNTED_UNIT_WORDS: ReadonlySet<string> = new Set(['games', 'game', 'seats', 'votes']);

/** Currency signs and codes written before the number ("Sh" is the East African shillings' sign: Kenya's, Uganda's, Tanzania's). */
export const CURRENCY_PREFIXES: Readonly<Record<string, StatisticUnit>> = lookupTable({
  $: 'usd', '£': 'gbp', '€': 'eur', US$: 'usd', USD: 'usd', GBP: 'gbp', EUR: 'eur', Rs: 'other', 'C$': 'other', 'A$': 'other',
  '¥': 'other', '₹': 'other', JPY: 'other', CNY: 'other', RMB: 'other', INR: 'other', CHF: 'other', '₱': 'other',
  PHP: 'other', Sh: 'other', KSh: 'other', KES: 'other', '₦': 'other', NGN: 'other',
});

/** A country's word before a currency names whose it is: "10,000 Swiss francs", "125 million Australian dollars". */
export const NAMED_CURRENCIES: Readonly<Record<string, UnitWord>> = lookupTable({
  'swiss franc': { unit: 'other', scale: 1, kind: 'money', code: 'CHF' },
  'swiss francs': { unit: 'other', scale: 1, kind: 'money', code: 'CHF' },
  'us dollar': { unit: 'usd', scale: 1, kind: 'money', code: 'USD' },
  'us dollars': { unit: 'usd', scale: 1, kind: 'money', code: 'USD' },
  'australian dollars': { unit: 'other', scale: 1, kind: 'money', code: 'AUD' },
  'canadian dollars': { unit: 'other', scale: 1, kind: 'money', code: 'CAD' },
  'hong kong dollars': { unit: 'other', scale: 1, kind: 'money', code: 'HKD' },
  'new zealand dollars': { unit: 'other', scale: 1, kind: 'money', code: 'NZD' },
  'singapore dollars': { unit: 'other', scale: 1, kind: 'money', code: 'SGD' },
  'chinese yuan': yuan,
  'japanese yen': yen,
  'indian rupees': rupee,
  'pakistani rupees': { unit: 'other', scale: 1, kind: 'money', code: 'PKR' },
  'mexican pesos': { unit: 'other', scale: 1, kind: 'money', code: 'MXN' },
  'russian roubles': rouble,
  'russian rubles': rouble,
});

/** ISO 4217 codes of the prefixes that name one currency ("¥" is both yen and yuan). */
export const PREFIX_CODES: Readonly<Record<string, string>> = lookupTable({
  $: 'USD', US$: 'USD', USD: 'USD', '£': 'GBP', GBP: 'GBP', '€': 'EUR', EUR: 'EUR', Rs: 'INR', '₹': 'INR', INR: 'INR',
  JPY: 'JPY', CNY: 'CNY', RMB: 'CNY', CHF: 'CHF', 'C$': 'CAD', 'A$': 'AUD', '₱': 'PHP', PHP: 'PHP', KSh: 'KES', KES: 'KES', '₦': 'NGN', NGN: 'NGN',
});

/**
 * Philippine news writes the peso as a bare "P" against the number ("P4.7 billion", "P10,000"), and
 * Nigerian news the naira as "N" ("N500m"). A letter before digits is as often a model ("Huawei
 * P50", "N95 masks"), so it is read as the currency only before a magnitude of a million or more or
 * a number grouped in thousands.
 */
export const CURRENCY_LETTERS: Readonly<Record<string, string>> = lookupTable({ P: 'PHP', N: 'NGN' });
export const CURRENCY_LETTER_MIN_MAGNITUDE = 1e6;

/** Letters written against "$" to say whose dollar it is: "HK$", "C$", "NZ$". */
export const DOLLAR_COUNTRY_CODES: Readonly<Record<string, string>> = lookupTable({
  US: 'USD', HK: 'HKD', C: 'CAD', CA: 'CAD', CAD: 'CAD', A: 'AUD', AU: 'AUD', AUD: 'AUD', NZ: 'NZD', NZD: 'NZD', S: 'SGD',
  SG: 'SGD', R: 'BRL', NT: 'TWD', Mex: 'MXN', MX: 'MXN',
});

/** Indian numbering words after a number ("Rs 24 lakh"). */
export const REGIONAL_MAGNITUDES: Readonly<Record<string, number>> = lookupTable({ lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7 });

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Words after which a number is a label, not a quantity ("No. 2", "section 1324", "Route 66"). */
export const LABEL_WORDS = new Set([
  'bug', 'issue', 'ticket', 'revision', 'rev', 'build', 'patch', 'photo', 'image', 'slide', 'picture',
  'no', 'nos', 'number', 'section', 'sections', 'sec', 'chapter', 'article', 'title', 'page', 'pages', 'p', 'pp', 'rule',
  'route', 'highway', 'interstate', 'flight', 'room', 'suite', 'apt', 'unit', 'box', 'level', 'grade', 'grades', 'class', 'category',
  'phase', 'stage', 'game', 'round', 'episode', 'season', 'volume', 'vol', 'part', 'district', 'precinct', 'ward',
  'station', 'gate', 'terminal', 'channel', 'version', 'amendment', 'act', 'paragraph', 'clause', 'item', 'exhibit',
  'step', 'week', 'day', 'model', 'covid', 'proposition', 'prop', 'measure', 'figure', 'table', 'line', 'lane', 'pier',
  'dock', 'platform', 'bay', 'hole', 'lap', 'race', 'match', 'heat', 'pick', 'seed', 'jersey', 'series', 'type', 'group',
  'code', 'value', 'mile', 'exit', 'marker',
]);

export const STREET_WORDS = new Set([
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr', 'way', 'place', 'pl',
  'court', 'ct', 'parkway', 'pkwy', 'highway', 'hwy', 'square', 'plaza', 'terrace', 'circle',
]);

/** Words in a sentence that make a spelled-out duration a penalty ("five years in prison"). */
export const PENALTY_WORDS = new Set([
  'prison', 'jail', 'sentence', 'sentenced', 'penalty', 'penalties', 'punishable', 'imprisonment', 'probation',
  'incarceration', 'custody', 'parole', 'behind', 'term', 'terms', 'faces', 'face', 'facing', 'maximum', 'minimum',
]);

/** Words after a duration that make it narrative time, not a measure ("two days later", "three weeks into"). */
export const NARRATIVE_TIME_AFTER = new Set(['ago', 'later', 'earlier', 'old', 'before', 'after', 'since', 'prior', 'into']);

/** Words before a duration that make it a point in time or a frequency ("in two years", "every two years"). */
export const POINT_IN_TIME_LEADS = new Set(['in', 'every']);

/** Words before a duration that make it a window of time, not a length ("the past two years", "the next 24 hours"). */
export const TIME_WINDOW_LEADS = new Set(['past', 'last', 'next', 'coming', 'previous', 'recent', 'first', 'final', 'few']);

/** Verbs of change that are statistics on their own: "doubled", "tripled". */
export const CHANGE_WORDS: Readonly<Record<string, number>> = lookupTable({
  doubled: 2, doubling: 2, tripled: 3, tripling: 3, quadrupled: 4, halved: 0.5,
});

/** "double" and "triple" as verbs: a change only when a qualifier says so ("more than triple"). */
export const CHANGE_VERB_BASES: Readonly<Record<string, number>> = lookupTable({ double: 2, triple: 3, quadruple: 4 });

/**
 * Counts below this are the story's narrative, not its figures: "three games", "5 of them",
 * "called 3 times"; the guide's small counts in narrative.
 */
export const NARRATIVE_COUNT_BELOW = 10;

/** Words that end the noun phrase a number counts. */
export const PHRASE_STOPS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must',
  'have', 'has', 'had', 'do', 'does', 'did', 'said', 'say', 'says', 'in', 'on', 'at', 'to', 'from', 'for', 'by', 'with',
  'and', 'or', 'but', 'that', 'which', 'who', 'whom', 'whose', 'this', 'these', 'those', 'than', 'as', 'per', 'a', 'an',
  'the', 'last', 'next', 'each', 'every', 'over', 'under', 'since', 'during', 'after', 'before', 'about', 'into', 'ago',
  'later', 'earlier', 'so', 'if', 'when', 'while', 'because', 'why', 'how', 'where', 'whether', 'through', 'of', 'it', 'its', 'their', 'his', 'her', 'our',
  'they', 'he', 'she', 'we', 'i', 'you', 'not', 'no', 'more', 'less', 'up', 'down', 'out', 'off', 'year', 'years',
  'according', 'among', 'between', 'against', 'across', 'also', 'just', 'only', 'still', 'now', 'then',
]);

/** Verbs of a rise or a fall, whose "by" phrase gives the size of the change ("cut by a third"). */
export const CHANGE_VERBS: ReadonlySet<string> = new Set([
  'rose', 'rise', 'rises', 'risen', 'fell', 'fall', 'falls', 'fallen', 'grew', 'grow', 'grows', 'grown', 'cut', 'cuts',
  'reduced', 'reduce', 'reduces', 'increased', 'increase', 'increases', 'decreased', 'decrease', 'decreases', 'dropped',
  'drop', 'drops', 'declined', 'decline', 'declines', 'shrank', 'shrink', 'shrinks', 'shrunk', 'slashed', 'slash',
  'boosted', 'boost', 'raised', 'raise', 'raises', 'lowered', 'lower', 'lowers', 'jumped', 'jump', 'jumps', 'climbed',
  'climb', 'climbs', 'surged', 'plunged', 'plummeted', 'tumbled', 'slid', 'slipped', 'soared', 'expanded', 'contracted',
  'trimmed', 'widened', 'narrowed',
]);
