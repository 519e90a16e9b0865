/**
 * Named rules that say a number is not a quantity the article reports: a label, a date, a time,
 * an age, an ordinal, a model or version number, a score, a list count. Each rule reads the
 * number in its context and is tested on its own (`vetoOf` names the rule that fired).
 */
import { parseDigits, signBefore, smallNumberWord, yearOfDigits, type Core } from './number-parser';
import { NOT_NAME_WORDS, isRoleNoun } from './person-vocabulary';
import { readUnit, type UnitRead } from './statistic-units';
import { readQualifier, readQualifierWord } from './statistic-qualifiers';
import { COUNTED_UNIT_WORDS, LABEL_WORDS, MONTHS, NARRATIVE_COUNT_BELOW, STREET_WORDS, TIME_WINDOW_LEADS, UNIT_WORDS } from './statistic-vocabulary';
import { adjacent, CLOSING_QUOTES, isCapitalised, LIST_BULLETS, lower, OPENING_QUOTES, type Token } from './text-tokens';
import { itemAt } from './item-at';
import { lineAround, opensItsLine } from './line-index';
import { continuesListingTitle } from './listing-title';

export interface VetoContext {
  readonly tokens: readonly Token[];
  readonly text: string;
  readonly core: Core;
  readonly unit: UnitRead;
}

interface VetoRule {
  readonly name: string;
  /** The rule holds only for digits alone (no unit, currency or magnitude): other figures skip it. */
  readonly bareOnly?: true;
  readonly applies: (c: VetoContext) => boolean;
}

/** Words that lead a figure and may open the sentence with it: "Between 3,000 and 5,000", "Only 12 of". */
const NUMBER_LEADS: ReadonlySet<string> = new Set(['between', 'another', 'only', 'just', 'exactly', 'some', 'roughly', 'approximately', 'including', 'among', 'all']);

/** "Apollo", "GTX", and camel-case product words such as "iPhone" and "iOS" open a name. */
const CAMEL_CASE_START = /^\p{Ll}+\p{Lu}/u;
const LOWER_PLURAL_END = /\p{Ll}s$/u;
const LOWER_PLURAL_WORD = /^\p{Ll}+s$/u;
const LOWER_WORD = /^\p{Ll}+$/u;
const TITLE_CASE_SINGULAR = /^\p{Lu}\p{Ll}+(?<!s)$/u;
const TITLE_CASE_PLURAL = /^\p{Lu}\p{Ll}+s$/u;
/** "senators", not "bus" or "boss". */
const LOWER_PLURAL_NOUN = /^\p{Ll}+[^su]s$/u;

function namesSomething(word: string): boolean {
  return isCapitalised(word) || CAMEL_CASE_START.test(word);
}

const first = (c: VetoContext): Token => itemAt(c.tokens, c.core.first);
const prev = (c: VetoContext): Token | undefined => c.tokens[c.core.first - 1];
const next = (c: VetoContext): Token | undefined => c.tokens[c.unit.last + 1];
const glued = (c: VetoContext): Token | undefined => c.tokens[c.core.first + 1];
const hasUnit = (c: VetoContext): boolean => c.unit.unit !== null || c.core.currency !== null;
/** Digits alone: no unit, no currency, no magnitude. */

/** A list item's number at the start of its line: "3. ", "12) ". */
const ITEM_NUMBER = /^\d{1,3}[.)] /;

/** True when the number stands in an item of a list, after its bullet or its number ("- Construction: +8,000", "3. Oscar Piastri — 371"). */
const itemOfList = (c: VetoContext): boolean => {
  const at = first(c).start;
  const line = c.text.slice(lineAround(c.text, at).start, at).trimStart();
  return (LIST_BULLETS.has(line.charAt(0)) && line.charAt(1) === ' ') || ITEM_NUMBER.test(line);
};

/** Verbs of speech before the speaker whose age closes the sentence ("said Gukesh, 20."). */
const SPEECH_VERBS_BEFORE = new Set(['said', 'says', 'added', 'explained', 'recalled']);
/** How many words of the speaker's name may stand between the verb and the comma. */
const SPEAKER_NAME_WORDS = 3;

/** `"…," said Ann Lee, 41.`: an age that closes the sentence after the speaker's name. */
const closesASpeakersAge = (c: VetoContext): boolean => {
  if (next(c)?.text !== '.' || c.core.value > MAX_AGE_YEARS) return false;
  for (let k = c.core.first - 2; k >= c.core.first - 1 - SPEAKER_NAME_WORDS && k >= 0; k--) {
    const t = itemAt(c.tokens, k);
    if (SPEECH_VERBS_BEFORE.has(t.lower)) return k < c.core.first - 2;
    if (t.kind !== 'word' || !isCapitalised(t.text)) return false;
  }
  return false;
};

const bareDigits = (c: VetoContext): boolean => !c.core.spelled && !hasUnit(c) && !c.core.hasMagnitude;
const nextWord = (c: VetoContext): string => (next(c)?.lower ?? '').replace(/\.$/, '');

/** A release number: a major and a one-digit minor ("7.2"). */
const VERSION = /^(\d{1,2})\.\d$/;

/**
 * True when the text names a release of the same major after a product's name ("Linux 7.3"); a
 * label's number ("Section 2.1", "Table 2.3") names no release.
 */
function namedRelease(text: string, version: string): boolean {
  const major = (VERSION.exec(version) as RegExpExecArray)[1] as string;
  for (const m of text.matchAll(new RegExp(`\\b(\\p{Lu}[\\p{L}\\d]+) ${major}\\.\\d\\b`, 'gu'))) {
    if (!LABEL_WORDS.has((m[1] as string).toLowerCase())) return true;
  }
  return false;
}

/** "Nov. 5", "No. 2": the word before, across an abbreviation's period. */
function labelToken(c: VetoContext): Token | undefined {
  const p = prev(c);
  const before = c.tokens[c.core.first - 2];
  return p?.text === '.' && before?.kind === 'word' && adjacent(before, p) ? before : p;
}

/** Nouns a model number names ("the 747 fleet", "a 787 jet"). */
const MODEL_NOUNS = new Set([
  'fleet', 'jet', 'jetliner', 'airliner', 'aircraft', 'plane', 'max', 'freighter', 'engine', 'model', 'series', 'chip',
  'processor', 'sedan', 'coupe', 'truck', 'rifle', 'pistol', 'tank', 'helicopter', 'bomber', 'fighter', 'missile', 'variant',
]);
/** Second parts of a number compound that name a kind, not an amount ("10-speed", "four-cylinder"). */
const KIND_COMPOUNDS: ReadonlySet<string> = new Set(['speed', 'core', 'cylinder', 'door', 'star', 'piece', 'way', 'lane', 'story', 'storey', 'seater', 'bit']);
/** "14 Photos", "8 Images": the count of a gallery, a page's furniture. */
const GALLERY_WORDS: ReadonlySet<string> = new Set(['photos', 'photo', 'images', 'pictures', 'slides', 'videos', 'comments']);
const MAX_AGE_YEARS = 120;
/** Prepositions that put a year before 1500 in a date ("in 1497", "since 1415", "by 1066"). */
const EARLY_YEAR_LEADS = new Set(['in', 'since', 'by', 'until', 'till', 'circa', 'c']);
/** Words before "2010 dollars" that make the year the prices' ("in 2010 dollars", "constant 2017 dollars"). */
const PRICE_YEAR_LEADS: ReadonlySet<string> = new Set(['in', 'constant', 'chained', 'real']);
const AGE_CLOSERS: ReadonlySet<string> = new Set([',', '\u2013', '\u2014']);
/** Characters that draw a table's columns in text: box drawing and the pipe. */
const TABLE_RULES = /^[\u2500-\u257f|]$/;
/** Box-drawing rules only: a line with two ASCII bars may be a menu ("Sales | up 404 units | March"). */
const BOX_RULES = /^[\u2500-\u257f]$/;
const ANY_BOX_RULE = /[\u2500-\u257f]/;
let boxRulesText: string | null = null;
let boxRulesFound = false;

/** Whether the text draws a table at all, looked up once per text. */
function hasBoxRules(text: string): boolean {
  if (text !== boxRulesText) {
    boxRulesText = text;
    boxRulesFound = ANY_BOX_RULE.test(text);
  }
  return boxRulesFound;
}
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);
/** Nouns for a person whose age may follow in commas ("her son, 6 months,"). */
const PERSON_NOUNS = new Set([
  'son', 'daughter', 'baby', 'child', 'boy', 'girl', 'infant', 'toddler', 'brother', 'sister', 'wife', 'husband', 'mother',
  'father', 'grandson', 'granddaughter', 'nephew', 'niece', 'twins', 'twin', 'victim', 'suspect', 'man', 'woman', 'teen',
]);
/** People an age threshold is said of: "patients over 75", "seniors over 65". */
const AGED_GROUP_NOUNS = new Set([
  'patients', 'people', 'adults', 'seniors', 'those', 'anyone', 'children', 'kids', 'women', 'men', 'residents', 'voters',
  'drivers', 'workers', 'americans', 'individuals', 'persons', 'participants', 'users', 'customers', 'riders', 'passengers',
]);
/** Verbs a golfer's round score follows ("shot 67", "carded a 64", "a closing 73"). */
const GOLF_ROUND_LEADS = new Set(['shot', 'shoots', 'carded', 'cards', 'fired', 'closing', 'opening']);
/** The range of a golfer's score for one round of 18 holes. */
const GOLF_ROUND_MIN = 55;
const GOLF_ROUND_MAX = 89;
/** How far before a score its golfer's standing against par may stand ("22-under 266", "a 17-under total of 271"). */
const TO_PAR_WINDOW_TOKENS = 4;
/** The farthest a golfer's total stands from par ("at 13 under"); more is no golf score. */
const GOLF_TO_PAR_MAX = 40;
/** Holes of a round of golf, named by their number alone ("on 18", "until 17"). */
const GOLF_HOLES = 18;
/** Verbs an age follows ("turned 91", "turns 40"). */
const AGE_TURN_VERBS = new Set(['turned', 'turns', 'turning']);

/** "22-under 266", "a 17-under total of 271": a golfer's standing against par stands just before. */
function toParBefore(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(2, first - TO_PAR_WINDOW_TOKENS); k--) {
    const t = tokens[k] as Token;
    if ((t.lower === 'under' || t.lower === 'over') && tokens[k - 1]?.text === '-' && adjacent(tokens[k - 2], tokens[k - 1]) && tokens[k - 2]?.kind === 'number') return true;
    if (t.kind === 'punct') return false;
  }
  return false;
}

/** Words of a round of golf, which make a bare number a hole's ("his birdie try on 18"). */
const GOLF_WORDS = new Set(['birdie', 'bogey', 'eagle', 'par', 'putt', 'putts', 'leaderboard', 'fairway', 'fairways', 'hole', 'holes', 'tee', 'green', 'greens', 'caddie']);

/** True when the number's sentence, or the one before it, speaks of golf. */
function sentenceSpeaksOfGolf(tokens: readonly Token[], index: number): boolean {
  const sentence = itemAt(tokens, index).sentence;
  for (let k = index - 1; k >= 0 && itemAt(tokens, k).sentence >= sentence - 1; k--) if (GOLF_WORDS.has(lower(tokens[k]))) return true;
  for (let k = index + 1; k < tokens.length && itemAt(tokens, k).sentence === sentence; k++) if (GOLF_WORDS.has(lower(tokens[k]))) return true;
  return false;
}

/** A side has ten wickets, so one number of a cricket pair is at most ten. */
const CRICKET_WICKETS = 10;
/** Words of a cricket report around "198 for 5". */
const CRICKET_WORDS: ReadonlySet<string> = new Set(['wicket', 'wickets', 'runs', 'overs', 'over', 'innings', 'bowled', 'bowler', 'bowling', 'batting', 'chase', 'declared', 'spinner', 'seamer', 'figures', 't20', 'odi']);
const SCORE_WORDS = new Set(['score', 'scored', 'won', 'win', 'wins', 'beat', 'beats', 'defeated', 'lost', 'loss', 'victory', 'game', 'match', 'led', 'trailed', 'final']);
/** Kitchen measures: "1 tsp.", "2 cups" are a recipe's instructions, not figures it reports. */
const RECIPE_MEASURES = new Set([
  'tsp', 'tbsp', 'tbs', 'teaspoon', 'teaspoons', 'tablespoon', 'tablespoons', 'cup', 'cups', 'clove', 'cloves', 'slice',
  'slices', 'pinch', 'scoop', 'scoops', 'sprig', 'sprigs', 'stalk', 'stalks', 'dash', 'handful', 'oz', 'lb', 'lbs', 'fl',
  'qt', 'pkg', 'stick', 'sticks',
]);
const AGE_TIME_WORDS = new Set(['now', 'then']);
/** How far either side of a count the program's "1 files" is looked for. */
const PROGRAM_OUTPUT_WINDOW_TOKENS = 12;
/** Plurals English puts after "1" ("1 in 5 adults" aside): "1 dollars" never, "1 hours" never. */
const ONE_PLURAL_WORDS = new Set(['times', 'others', 'plus', 'series', 'species', 'news', 'means', 'headquarters']);
/** How far either side of a count a recipe's measure is looked for. */
const RECIPE_LIST_WINDOW_TOKENS = 10;
const FRACTION_SIGNS = /^[\u00bc-\u00be\u2150-\u215e]$/;
/** Words in scripts of languages this reader does not read (a rupee sign in Tamil is still money). */
const UNREAD_SCRIPT = /^[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}]+$/u;
/** Emergency telephone lines ("called 911", "999 calls"). */
const EMERGENCY_NUMBERS = new Set(['911', '999', '112', '000', '111']);
/** Time zones written after a clock time ("1451 GMT"). */
const TIME_ZONES = new Set(['GMT', 'UTC', 'ET', 'EST', 'EDT', 'CT', 'CST', 'CDT', 'MT', 'MST', 'MDT', 'PT', 'PST', 'PDT', 'BST', 'CET', 'CEST', 'IST', 'JST', 'AEST', 'AEDT']);
/** A line this short holding a bare number is a heading or a gallery count ("14 Photos"). */
const HEADING_WORDS = 3;

/**
 * The tokens of the number's sentence, at most `limit` either side of it, and whether that is
 * the whole sentence: rules that read the sentence look only near the number, so a table of
 * thousands of numbers in one "sentence" still costs a bounded amount per number.
 */
function sentenceTokens(tokens: readonly Token[], index: number, limit: number): { tokens: Token[]; whole: boolean } {
  const s = itemAt(tokens, index).sentence;
  let from = index;
  while (from > 0 && index - from < limit && itemAt(tokens, from - 1).sentence === s) from--;
  let to = index;
  while (to + 1 < tokens.length && to - index < limit && itemAt(tokens, to + 1).sentence === s) to++;
  const whole = (from === 0 || itemAt(tokens, from - 1).sentence !== s) && (to + 1 >= tokens.length || itemAt(tokens, to + 1).sentence !== s);
  return { tokens: tokens.slice(from, to + 1), whole };
}

/** Signs of a worked sum or a formula ("0 = 0*2 + 1"): its numbers are arithmetic, not figures. */
/** Dots leading to a page number, and the page number itself, before a table-of-contents entry. */
const DOT_LEADERS_BEFORE = /\.{4,}\s*(?:\d+\s*)?$/;
const DOT_LEADER_LOOKBACK_CHARS = 16;
/** Counters a page shows as buttons, title case ("34 Comments"); in prose the word is lower case and counts. */
const SOCIAL_COUNTERS: ReadonlySet<string> = new Set(['Shares', 'Likes', 'Views', 'Comments', 'Reactions', 'Retweets', 'Followers', 'Replies', 'Reposts']);
/** Rules a line of a drawn table holds between its cells: two make three columns. */
const MIN_RULES_IN_TABLE_ROW = 2;
/** A status line's protocol, or a header name, right before the number. */
const PROTOCOL_BEFORE = /(?:\bHTTP\/\d(?:\.\d)?\s+|\b[A-Z][a-z]+(?:-[A-Z][a-z]+)+:\s*"?|\b(?:ETag|Host|Expires|Age):\s*"?)$/;
const PROTOCOL_LOOKBACK_CHARS = 40;
/** Bare numbers in one comma list that make it a series of values ("2, 3, 5, 2"). */
const MIN_VALUES_IN_LIST = 4;
/** How far around a number a brace of code is looked for. */
const CODE_WINDOW_TOKENS = 12;
const BITWISE_SIGNS = new Set(['&', '|']);
const ZERO_OR_ONE = /^[01]$/;
/** Marks that close a bare value's phrase; a dash or a sign after it makes a range, a score or a percent. */
const CLAUSE_MARKS_AFTER_BARE_VALUE = new Set(['.', ',', ';', ':', ')', '!', '?']);
/** Words that end a bare value's phrase: "has a 1 on the position", "a 1 whereas the other has a 0". */
const CLAUSE_WORDS_AFTER_BARE_VALUE = new Set(['on', 'at', 'whereas', 'while', 'because', 'and', 'or', 'but', 'if', 'when', 'where', 'which', 'that', 'so', 'then']);
const ARITHMETIC_SIGNS = new Set(['=', '*', '+', '\u00d7', '\u00f7', '^', '<', '>', '\u2260', '\u2264', '\u2265']);
/** What a listicle counts: "15 tips", "The 5 Biggest Decorating Mistakes", "7 reasons". */
const LIST_NOUNS = new Set([
  'tips', 'ways', 'things', 'reasons', 'mistakes', 'ideas', 'secrets', 'steps', 'signs', 'facts', 'lessons', 'rules',
  'tricks', 'hacks', 'habits', 'questions', 'takeaways', 'photos', 'pictures', 'moments', 'gifts', 'deals', 'picks',
  'recipes', 'books', 'movies', 'songs', 'places', 'products', 'items', 'myths', 'tools', 'apps', 'games', 'quotes',
]);
/** How many words may stand between a list count and the noun it counts ("5 Biggest Decorating Mistakes"). */
const LIST_COUNT_GAP_WORDS = 3;

/** How far either side of a number a sentence is searched for words about a game. */
const SCORE_WINDOW_TOKENS = 40;

const AGE_WORDS: ReadonlySet<string> = new Set(['age', 'aged', 'ages']);
/** What joins the ages of a list ("ages 4, 9 and 12", "aged 18 to 24"). */
const AGE_LIST_JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'to', '-', '\u2013', ',']);
/** How many ages a list after "ages" may hold ("ages 4, 9 and 12"). */
const AGE_LIST_MAX_ITEMS = 6;

/**
 * True when the number at `index` is an age: after "aged", "age of", "the ages of", or the second
 * end of an age bracket ("the ages of 25 and 54", "aged 18 to 24").
 */
function ageLeads(tokens: readonly Token[], index: number): boolean {
  const before = (k: number): string => lower(tokens[k]);
  const isAgeAt = (k: number): boolean => AGE_WORDS.has(before(k)) || (before(k) === 'of' && AGE_WORDS.has(before(k - 1)));
  // "ages 18 to 22", "age 18 or even 22", "ages 4, 9 and 12": every number of a list of ages is an age.
  let k = index - 1;
  for (let item = 0; item < AGE_LIST_MAX_ITEMS; item++) {
    if (isAgeAt(k)) return true;
    const joiner = before(k) === 'even' ? k - 1 : k;
    if (!AGE_LIST_JOINERS.has(before(joiner)) || tokens[joiner - 1]?.kind !== 'number') return false;
    k = joiner - 2;
  }
  return false;
}

/** Verbs that give someone's age when a bare number ends the clause after them ("when you were 8."). */
const AGE_VERBS = new Set(['was', 'were', 'is', 'am', 'are', 'turned', 'turns']);
/** Who may be of an age: "he was 26", "his client, who was 26 at the time". */
const PERSONAL_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'we', 'they', 'who']);
/** "that year", "this fall": when the age held. */
const AGE_TIME_DETERMINERS = new Set(['that', 'this', 'last', 'next']);
const AGE_TIME_NOUNS = new Set(['year', 'season', 'summer', 'fall', 'autumn', 'winter', 'spring', 'month', 'week', 'day', 'time']);
/** What may close the clause after an age. */
const AGE_CLAUSE_ENDS = new Set(['.', ',', ';', '!', '?', ')', '\u2013', '\u2014', 'when', 'and', 'at']);

/**
 * "when you were 8.", "When Stephen was nine and 10, Jerry flew home": a whole number a person
 * (a pronoun or a name) "was" at the end of a clause is that person's age.
 */
function ageAfterBe(tokens: readonly Token[], first: number, value: number): boolean {
  if (value > MAX_AGE_YEARS || !Number.isInteger(value)) return false;
  const after = tokens[first + 1];
  // "I am 51 now.", "He was 21 that year": a time word may close the clause first.
  const timeAfter = !!after && (AGE_TIME_WORDS.has(after.lower) || (AGE_TIME_DETERMINERS.has(after.lower) && AGE_TIME_NOUNS.has(lower(tokens[first + 2]))));
  if (after !== undefined && after.sentence === tokens[first]?.sentence && !AGE_CLAUSE_ENDS.has(after.lower) && !timeAfter) return false;
  // "was nine and 10": the first of the two ages stands between.
  let verb = first - 1;
  if (/^(and|or)$/.test(lower(tokens[verb])) && (tokens[verb - 1]?.kind === 'number' || smallNumberWord(lower(tokens[verb - 1])) !== null)) verb -= 2;
  // "Rohan and I are both 34": "both" stands between the verb and the age.
  if (lower(tokens[verb]) === 'both') verb--;
  if (!AGE_VERBS.has(lower(tokens[verb]))) return false;
  const who = tokens[verb - 1];
  // A capitalised word opening the sentence may be any noun ("Turnout was 29."), but not before
  // "when" or "at the time": "Hansberry was 29 when the play opened".
  const ageClause = after !== undefined && /^(when|at)$/.test(after.lower);
  return who !== undefined && who.kind === 'word' && (PERSONAL_PRONOUNS.has(who.lower) || (isCapitalised(who.text) && (!who.sentenceInitial || ageClause)));
}

/**
 * How many numbers (each with or without "%") stand in a row around `index` with nothing but
 * spaces between them: "Font Size 50% 75% 100% 125%" is a menu of options, not four figures.
 */
function valuesInARow(tokens: readonly Token[], index: number): number {
  const valueStart = (k: number): boolean => tokens[k]?.kind === 'number';
  const valueEnd = (k: number): number => (tokens[k + 1]?.text === '%' && adjacent(tokens[k], tokens[k + 1]) ? k + 1 : k);
  const spaceOnly = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.sentence === b.sentence && b.start > a.end && b.start - a.end <= 2;
  let count = 1;
  // Forward from this value.
  for (let k = valueEnd(index); valueStart(k + 1) && spaceOnly(tokens[k], tokens[k + 1]); k = valueEnd(k + 1)) count++;
  // Backward: the token before is a value's end ("75" or "%"), its start one or two tokens back.
  for (let k = index; ; ) {
    const before = tokens[k - 1];
    if (!spaceOnly(before, tokens[k])) break;
    const start = before?.text === '%' ? k - 2 : k - 1;
    if (!valueStart(start)) break;
    count++;
    k = start;
  }
  return count;
}

export const VETO_RULES: readonly VetoRule[] = [
  { name: 'ordinal or decade', applies: (c) => !c.core.spelled && adjacent(first(c), glued(c)) && glued(c)?.kind === 'word' && /^(st|nd|rd|th|s)$/i.test(glued(c)?.text ?? '') },
  {
    name: 'glued to a word or sign before',
    applies: (c) => {
      const p = prev(c);
      if (c.core.spelled || !p || !adjacent(p, first(c))) return false;
      const gluedDash = p.text === '-' && adjacent(c.tokens[c.core.first - 2], p);
      return p.kind === 'word' || gluedDash || ['#', '/', '.', ':'].includes(p.text);
    },
  },
  // "3:2", "1/2", "12(b)": a separator glued on both sides; "was about 125: that many" ends a clause.
  {
    name: 'separator after',
    applies: (c) => !c.core.spelled && c.core.last === c.core.first && adjacent(first(c), glued(c)) && ['/', ':', '('].includes(glued(c)?.text ?? '') && (glued(c)?.text !== ':' || adjacent(glued(c), c.tokens[c.core.first + 2])),
  },
  // "a 3-pointer", "an 18-wheeler", "a 2-seater": a noun in -er named by its number.
  { name: 'number-named thing', applies: (c) => !c.core.spelled && glued(c)?.text === '-' && adjacent(first(c), glued(c)) && c.unit.unit === null && /^\p{Ll}+ers?$/u.test(c.tokens[c.core.first + 2]?.text ?? '') },
  { name: 'age compound', applies: (c) => !c.core.spelled && glued(c)?.text === '-' && /-old$/.test(c.tokens[c.core.first + 2]?.lower ?? '') },
  {
    name: 'list numbering',
    applies: (c) =>
      !c.core.spelled && (first(c).sentenceInitial || prev(c)?.text === ':' || opensItsLine(c.text, first(c).start)) && adjacent(first(c), glued(c)) && (glued(c)?.text === '.' || glued(c)?.text === ')') && !!c.tokens[c.core.first + 2],
  },
  { name: 'glued to a word after', applies: (c) => !c.core.spelled && adjacent(first(c), glued(c)) && glued(c)?.kind === 'word' && c.core.last === c.core.first && c.unit.unit === null },
  { name: 'year', bareOnly: true, applies: (c) => bareDigits(c) && yearOfDigits(first(c).text) !== null },
  // "in 2010 dollars", "constant 2017 dollars": the year whose prices an amount is in, not an amount.
  {
    name: 'price year',
    applies: (c) =>
      !c.core.spelled && c.core.currency === null && !c.core.hasMagnitude && c.core.last === c.core.first && yearOfDigits(first(c).text) !== null &&
      PRICE_YEAR_LEADS.has(lower(prev(c))) && /^dollars?$/.test(c.tokens[c.core.first + 1]?.lower ?? ''),
  },
  // "sailed from here in 1497.": an earlier year needs the preposition of a date and nothing counted after it.
  { name: 'early year', bareOnly: true, applies: (c) => bareDigits(c) && /^1[0-4]\d\d$/.test(first(c).text) && EARLY_YEAR_LEADS.has(lower(prev(c))) && next(c)?.kind !== 'word' && next(c)?.kind !== 'number' },
  // "the 1977–78 team", "in ’80": a year written short, after a full year or an apostrophe.
  {
    name: 'short year',
    bareOnly: true,
    applies: (c) => {
      if (!bareDigits(c) || !/^\d{2}$/.test(first(c).text)) return false;
      const p = prev(c);
      if ((p?.text === '\u2019' || p?.text === "'") && adjacent(p, first(c)) && !adjacent(c.tokens[c.core.first - 2], p)) return true;
      const year = c.tokens[c.core.first - 2];
      return (p?.text === '\u2013' || p?.text === '-' || p?.text === '/') && adjacent(p, first(c)) && adjacent(year, p) && /^(1[5-9]|20)\d{2}$/.test(year?.text ?? '');
    },
  },
  {
    name: 'score pair',
    bareOnly: true,
    applies: (c) => {
      if (!bareDigits(c)) return false;
      const g = glued(c);
      if (g?.text === '-' && adjacent(first(c), g) && c.tokens[c.core.first + 2]?.kind === 'number' && readUnit(c.tokens, c.core.first + 2).unit === null) return true;
      if (prev(c)?.text === '-' && c.tokens[c.core.first - 2]?.kind === 'number') return true;
      // With an en dash, "10–20" is a range; "a 16–7 victory", higher number first, is a score.
      const after = c.tokens[c.core.first + 2];
      if (g?.text === '\u2013' && adjacent(first(c), g) && adjacent(g, after) && after?.kind === 'number' && parseDigits(after.text) !== null && (parseDigits(after.text) as number) < c.core.value && readUnit(c.tokens, c.core.first + 2).unit === null) return true;
      const before = c.tokens[c.core.first - 2];
      return prev(c)?.text === '\u2013' && adjacent(before, prev(c)) && adjacent(prev(c), first(c)) && before?.kind === 'number' && (parseDigits(before.text) ?? 0) > c.core.value;
    },
  },
  // "two 8-by-10 photographs": a print or paper size, with no unit, names a kind of thing.
  { name: 'size label', bareOnly: true, applies: (c) => bareDigits(c) && glued(c)?.text === '-' && adjacent(first(c), glued(c)) && lower(c.tokens[c.core.first + 2]) === 'by' && c.tokens[c.core.first + 4]?.kind === 'number' },
  {
    // "won 110 to 98": the higher number first, in a sentence about a game.
    name: 'score in words',
    bareOnly: true,
    applies: (c) => {
      if (!bareDigits(c)) return false;
      const value = c.core.value;
      const after = c.tokens[c.core.last + 2];
      const before = c.tokens[c.core.first - 2];
      const pairAfter = lower(c.tokens[c.core.last + 1]) === 'to' && after?.kind === 'number' && Number(after.text) < value;
      const pairBefore = lower(prev(c)) === 'to' && before?.kind === 'number' && Number(before.text) > value && lower(c.tokens[c.core.first - 3]) !== 'from';
      if (!pairAfter && !pairBefore) return false;
      return sentenceTokens(c.tokens, c.core.first, SCORE_WINDOW_TOKENS).tokens.some((t) => SCORE_WORDS.has(t.lower));
    },
  },
  // "Australia made 198 for 5": a side's runs for its wickets are its score, as "16-7" is. A
  // bowler's "3 for 26", wickets first, is the player's line, counted as "scored 27 points" is.
  {
    name: 'cricket total',
    bareOnly: true,
    applies: (c) => {
      if (!bareDigits(c)) return false;
      const after = c.tokens[c.core.last + 2];
      const before = c.tokens[c.core.first - 2];
      const wicketsAfter = lower(c.tokens[c.core.last + 1]) === 'for' && after?.kind === 'number' && /^\d{1,2}$/.test(after.text) && Number(after.text) <= CRICKET_WICKETS && Number(after.text) < c.core.value;
      const runsBefore = lower(prev(c)) === 'for' && before?.kind === 'number' && /^\d{1,3}$/.test(before.text) && c.core.value <= CRICKET_WICKETS && Number(before.text) > c.core.value;
      if (!wicketsAfter && !runsBefore) return false;
      return sentenceTokens(c.tokens, c.core.first, SCORE_WINDOW_TOKENS).tokens.some((t) => CRICKET_WORDS.has(t.lower));
    },
  },
  // "called 911", "999 calls": an emergency line is a phone number.
  { name: 'emergency number', bareOnly: true, applies: (c) => bareDigits(c) && EMERGENCY_NUMBERS.has(first(c).text) && (/^(call|calls|called|calling|dial|dialed|dialled|dispatcher|dispatchers|operator|operators|line|system|center|centre)$/.test(nextWord(c)) || /^(call|called|calling|dial|dialed|dialled|dialing|dialling)$/.test(lower(prev(c)))) },
  { name: 'phone number', applies: (c) => !c.core.spelled && /\d{3}[-.)\s]+\d{3}[-.\s]\d{4}/.test(c.text.slice(Math.max(0, first(c).start - 6), first(c).end + 10)) },
  {
    // "4K display", "Block 1B", "a 1B variant": a one-letter magnitude with no currency is a label
    // unless it counts something plural ("1B users", "30K people").
    name: 'one-letter magnitude label',
    applies: (c) => {
      if (c.core.currency || c.core.spelled || c.core.last !== c.core.first + 1 || !/^[kKbBM]$/.test(itemAt(c.tokens, c.core.last).text)) return false;
      const n = next(c);
      const p = prev(c);
      const countsPlural = n?.kind === 'word' && (LOWER_PLURAL_END.test(n.text) || n.lower === 'people');
      if (p?.kind === 'word' && namesSomething(p.text) && !p.sentenceInitial) return true;
      if (n?.kind === 'word') return !countsPlural && c.unit.unit === null;
      // "plays games in 4K.": the display resolutions, at the end of a clause too ("10k" alone is ten thousand).
      return c.unit.unit === null && /^[48]$/.test(first(c).text) && itemAt(c.tokens, c.core.last).text === 'K';
    },
  },
  {
    name: 'label word before',
    applies: (c) => {
      if (hasUnit(c)) return false;
      if (LABEL_WORDS.has(labelToken(c)?.lower ?? '')) return true;
      // "Page 2 of 5": the second number of a label's "N of M".
      return lower(prev(c)) === 'of' && c.tokens[c.core.first - 2]?.kind === 'number' && LABEL_WORDS.has(lower(c.tokens[c.core.first - 3]));
    },
  },
  // "1.2K Shares", "34 Comments": a page's social counters, written as buttons.
  { name: 'social counter', applies: (c) => !c.core.spelled && c.unit.unit === null && c.core.currency === null && next(c)?.kind === 'word' && SOCIAL_COUNTERS.has(next(c)?.text ?? '') },
  // "Rated 4.5 out of 5 stars", "4/5 stars": a rating, not a figure reported.
  {
    name: 'rating',
    applies: (c) => {
      if (c.core.spelled || hasUnit(c)) return false;
      if (/^(rated|rating|rates)$/.test(lower(prev(c)))) return true;
      // The scale's end: "out of [5] stars".
      const overBefore = (lower(prev(c)) === 'of' && lower(c.tokens[c.core.first - 2]) === 'out') || prev(c)?.text === '/';
      if (overBefore && /^stars?$/.test(nextWord(c))) return true;
      const k = c.core.last + 1;
      const over = lower(c.tokens[k]) === 'out' && lower(c.tokens[k + 1]) === 'of' ? k + 2 : c.tokens[k]?.text === '/' ? k + 1 : -1;
      return over > 0 && c.tokens[over]?.kind === 'number' && /^stars?$/.test(lower(c.tokens[over + 1]));
    },
  },
  // "5 min read": how long the page takes to read.
  { name: 'reading time', applies: (c) => c.unit.unit?.kind === 'duration' && nextWord(c) === 'read' },
  { name: 'section sign before', applies: (c) => labelToken(c)?.text === '\u00a7' || labelToken(c)?.text === '\u00b6' },
  { name: 'month before', applies: (c) => !hasUnit(c) && (!c.core.hasMagnitude || !c.core.spelled) && MONTHS.has(labelToken(c)?.lower ?? '') },
  { name: 'month after', applies: (c) => !hasUnit(c) && MONTHS.has(nextWord(c)) },
  { name: 'age word before', applies: (c) => !hasUnit(c) && !c.core.hasMagnitude && ageLeads(c.tokens, c.core.first) },
  {
    // A capitalised word right before a bare number names something: "Apollo 11", "Title 42";
    // opening a sentence, a word that leads a figure does not ("Between 3,000 and 5,000 people").
    name: 'name before',
    applies: (c) => {
      const l = labelToken(c);
      // "Xbox 360 games": a count of things after the number does not make it less of a name.
      const countedUnit = c.unit.unit !== null && COUNTED_UNIT_WORDS.has(lower(c.tokens[c.unit.last]));
      if ((hasUnit(c) && !countedUnit) || c.core.hasMagnitude || !l || l !== prev(c) || l.kind !== 'word' || !namesSomething(l.text) || MONTHS.has(l.lower)) return false;
      // "Acme's 12,000 employees": an owner's name, not a name the number belongs to.
      if (/['\u2019]s$/.test(l.text)) return false;
      return !readQualifierWord(l.lower) && !(l.sentenceInitial && (NOT_NAME_WORDS.has(l.lower) || NUMBER_LEADS.has(l.lower)));
    },
  },
  // "Linux 7.3 ... more changesets than 7.2", "the 7.4 merge window": a release the article names
  // elsewhere after its product's name, and its neighbours in the same series.
  { name: 'version of a named release', bareOnly: true, applies: (c) => bareDigits(c) && VERSION.test(first(c).text) && namedRelease(c.text, first(c).text) },
  {
    // "the 747 fleet", "a 787 to Denver": a bare number after a determiner, not counting a plural, is a model.
    name: 'model number',
    bareOnly: true,
    applies: (c) => {
      if (!bareDigits(c) || !DETERMINERS.has(lower(prev(c)))) return false;
      // "the 142-act bill": a compound with a lower-case noun is a size, not a model.
      if (glued(c)?.text === '-' && adjacent(first(c), glued(c)) && /^\p{Ll}/u.test(c.tokens[c.core.first + 2]?.text ?? '')) return false;
      const n = next(c);
      if (n?.kind === 'word' && MODEL_NOUNS.has(n.lower)) return true;
      // "the 192 opposition lawmakers": a plural one word on still says what is counted.
      const countsPlural = (t: Token | undefined): boolean => t?.kind === 'word' && LOWER_PLURAL_WORD.test(t.text);
      const n2 = c.tokens[c.unit.last + 2];
      return !countsPlural(n) && !(n?.kind === 'word' && LOWER_WORD.test(n.text) && countsPlural(n2)) && /^\d{3}$/.test(first(c).text);
    },
  },
  {
    name: 'time of day',
    applies: (c) => {
      const n = next(c);
      if (!n || c.core.spelled || hasUnit(c) || !/^(a\.m|p\.m|am|pm|a|p)$/.test(nextWord(c))) return false;
      return /^(a\.m|p\.m|am\b|pm\b)/.test(c.text.slice(n.start, n.start + 4).toLowerCase());
    },
  },
  { name: "o'clock", applies: (c) => nextWord(c) === "o'clock" },
  // "What's new in 2.26", "fixed in 4.1.": a bare decimal after "in" that nothing follows is a release, not a figure.
  {
    name: 'release number',
    applies: (c) => {
      const n = next(c);
      return bareDigits(c) && first(c).text.includes('.') && lower(prev(c)) === 'in' && (!n || n.sentence !== first(c).sentence || n.kind === 'punct');
    },
  },
  // "(1451 GMT)", "at 10 ET": a clock time in a time zone.
  { name: 'time zone', bareOnly: true, applies: (c) => bareDigits(c) && next(c)?.kind === 'word' && TIME_ZONES.has(next(c)?.text ?? '') },
  // "the past two years", "over the last 40 years", "within the next 24 hours": a window of time, not a length reported.
  { name: 'time window', applies: (c) => c.unit.unit?.kind === 'duration' && !c.unit.compound && TIME_WINDOW_LEADS.has(lower(prev(c))) },
  // "eat every 2–3 hours", "every 4 years": how often, not a length reported.
  {
    name: 'frequency',
    applies: (c) => {
      const dash = (t: Token | undefined): boolean => t?.text === '-' || t?.text === '\u2013' || lower(t) === 'to';
      // The range's second number: "every 2–[3 hours]".
      if (c.unit.unit?.kind === 'duration' && dash(prev(c)) && c.tokens[c.core.first - 2]?.kind === 'number' && lower(c.tokens[c.core.first - 3]) === 'every') return true;
      if (lower(prev(c)) !== 'every') return false;
      if (c.unit.unit?.kind === 'duration') return true;
      // "every 2–3 hours": the unit comes after the range's second number.
      return dash(next(c)) && c.tokens[c.unit.last + 2]?.kind === 'number' && UNIT_WORDS[lower(c.tokens[c.unit.last + 3])]?.kind === 'duration';
    },
  },
  { name: 'age written year-old', applies: (c) => !hasUnit(c) && /^(years?|months?|weeks?|days?)-old$/.test(nextWord(c)) },
  // "at one point", "at one stage": a moment in the story, not a measure.
  { name: 'moment', applies: (c) => c.core.spelled && c.core.value === 1 && lower(prev(c)) === 'at' && /^(point|stage)$/.test(lower(c.tokens[c.core.last + 1])) },
  { name: 'age with old', applies: (c) => c.unit.unit?.kind === 'duration' && (nextWord(c) === 'old' || (nextWord(c) === '-' && lower(c.tokens[c.unit.last + 2]) === 'old')) },
  { name: 'relative time', applies: (c) => c.unit.unit?.kind === 'duration' && /^(ago|later|earlier)$/.test(nextWord(c)) },
  // "18 years after the invasion": a point in time; "for 10 minutes before", "less than 10 minutes before" are lengths.
  {
    name: 'time after an event',
    applies: (c) =>
      c.unit.unit?.kind === 'duration' &&
      !c.unit.compound &&
      !c.core.hasMagnitude &&
      /^(after|before)$/.test(nextWord(c)) &&
      !/^(for|to|of)$/.test(lower(prev(c))) &&
      readQualifier(c.tokens, c.core.first) === null,
  },
  {
    name: 'street address',
    applies: (c) => {
      const n = next(c);
      if ((hasUnit(c) && c.unit.unit?.kind !== 'measure') || c.core.spelled || n?.kind !== 'word' || !isCapitalised(n.text)) return false;
      for (let k = c.unit.last + 1; k <= c.unit.last + 4; k++) if (STREET_WORDS.has(lower(c.tokens[k]).replace(/\.$/, ''))) return true;
      return false;
    },
  },
  // "5 of them", "three of us": a small count of people in the story, not a figure; "22 of them",
  // "297 of whom" count what the story measures ("2.5 million of these deaths" is one too).
  { name: 'people of the story', applies: (c) => !hasUnit(c) && !c.core.hasMagnitude && c.core.value < NARRATIVE_COUNT_BELOW && lower(next(c)) === 'of' && /^(us|them|you|those|these|whom|which)$/.test(lower(c.tokens[c.unit.last + 2])) },
  // "called 3 times already": how often something happened, a few times; "scanned 1,142 times in
  // 18 months" is a count the story reports.
  {
    name: 'how often',
    applies: (c) => c.unit.unit?.kind === 'ratio' && c.core.value < NARRATIVE_COUNT_BELOW && /^(already|since|before|per|a|an|in|this|last|during|today|yesterday|now|so|when|while|after|that)$/.test(lower(next(c))),
  },
  {
    // "Volker, 44, said", "the former star, 42, was", "her son, 6 months, slept": an age set off by commas after a person.
    name: 'age in commas',
    applies: (c) => {
      // "Braun, 38 – who manages": a dash may close the age as a comma does.
      if (c.core.spelled || prev(c)?.text !== ',' || !(AGE_CLOSERS.has(next(c)?.text ?? '') || closesASpeakersAge(c))) return false;
      const before = c.tokens[c.core.first - 2];
      if (!before || before.kind !== 'word') return false;
      if (!hasUnit(c)) return isCapitalised(before.text) || (isRoleNoun(before.lower) && Number(first(c).text) <= MAX_AGE_YEARS);
      return c.unit.unit?.kind === 'duration' && (PERSON_NOUNS.has(before.lower) || isCapitalised(before.text));
    },
  },
  // "Buck Cullen with his daughter Kaiarahi (10 months)", "Ann Lee (41)": an age in brackets after a name.
  {
    name: 'age in brackets',
    applies: (c) => {
      if (c.core.spelled || prev(c)?.text !== '(' || next(c)?.text !== ')') return false;
      const before = c.tokens[c.core.first - 2];
      if (!before || before.kind !== 'word' || !isCapitalised(before.text) || before.sentenceInitial) return false;
      if (!hasUnit(c)) return c.core.value <= MAX_AGE_YEARS;
      return c.unit.unit?.kind === 'duration';
    },
  },
  // "the ECRI top 10 hazards", "finished in the top 5": a ranking's size names the list.
  { name: 'top of a ranking', bareOnly: true, applies: (c) => bareDigits(c) && lower(prev(c)) === 'top' },
  // "the old man, now 74, is", "Ann Lee, then 19, was": an age set off by commas after "now" or "then".
  {
    name: 'age now or then',
    bareOnly: true,
    applies: (c) => {
      if (!bareDigits(c) || !AGE_TIME_WORDS.has(lower(prev(c))) || c.tokens[c.core.first - 2]?.text !== ',' || !AGE_CLOSERS.has(next(c)?.text ?? '') || c.core.value > MAX_AGE_YEARS) return false;
      const who = c.tokens[c.core.first - 3];
      return who?.kind === 'word' && (isCapitalised(who.text) || PERSON_NOUNS.has(who.lower) || isRoleNoun(who.lower));
    },
  },
  { name: 'age after was', bareOnly: true, applies: (c) => bareDigits(c) && ageAfterBe(c.tokens, c.core.first, c.core.value) },
  // "Player turned 91 last month": an age reached.
  { name: 'age turned', bareOnly: true, applies: (c) => bareDigits(c) && c.core.value <= MAX_AGE_YEARS && Number.isInteger(c.core.value) && AGE_TURN_VERBS.has(lower(prev(c))) && !(next(c)?.kind === 'word' && LOWER_PLURAL_WORD.test(next(c)?.text ?? '')) },
  // "patients over 75", "seniors over 65": the bound of an age group.
  { name: 'age threshold', bareOnly: true, applies: (c) => bareDigits(c) && c.core.value <= MAX_AGE_YEARS && /^(over|under)$/.test(lower(prev(c))) && AGED_GROUP_NOUNS.has(lower(c.tokens[c.core.first - 2])) },
  // "Åberg shot 67", "a closing 73", "an 8-under 64", "at 22-under 266": a golfer's score, not a figure counted.
  {
    name: 'golf score',
    bareOnly: true,
    applies: (c) => {
      if (!bareDigits(c)) return false;
      if (toParBefore(c.tokens, c.core.first)) return true;
      const lead = lower(prev(c)) === 'a' || lower(prev(c)) === 'an' ? lower(c.tokens[c.core.first - 2]) : lower(prev(c));
      return GOLF_ROUND_LEADS.has(lead) && c.core.value >= GOLF_ROUND_MIN && c.core.value <= GOLF_ROUND_MAX && !(next(c)?.kind === 'word' && LOWER_PLURAL_WORD.test(next(c)?.text ?? ''));
    },
  },
  // "finished at 13 under", "two under par": a golfer's standing against par.
  { name: 'score to par', bareOnly: true, applies: (c) => bareDigits(c) && Number.isInteger(c.core.value) && c.core.value <= GOLF_TO_PAR_MAX && /^(under|over)$/.test(nextWord(c)) && (lower(c.tokens[c.unit.last + 2]) === 'par' || /^(at|finished|finish|finishing)$/.test(lower(prev(c)))) },
  // "his birdie try on 18 from 20 feet", "a leaderboard until 17,": a hole named by its number.
  { name: 'golf hole', bareOnly: true, applies: (c) => bareDigits(c) && Number.isInteger(c.core.value) && c.core.value <= GOLF_HOLES && /^(on|until|till)$/.test(lower(prev(c))) && (next(c)?.kind === 'punct' || /^(from|and|with)$/.test(lower(next(c)))) && sentenceSpeaksOfGolf(c.tokens, c.core.first) },
  // "patients 65 or older", "adults 18 and younger": the bound of an age bracket.
  { name: 'age bracket', bareOnly: true, applies: (c) => bareDigits(c) && c.core.value <= MAX_AGE_YEARS && /^(or|and)$/.test(lower(next(c))) && /^(older|younger)$/.test(lower(c.tokens[c.unit.last + 2])) },
  // "(95% confidence interval, 0.63 to 0.78)": the level of a statistical interval, not a finding.
  { name: 'confidence level', applies: (c) => c.unit.unit?.unit === 'percent' && /^(confidence|ci|credible)$/.test(nextWord(c)) },
  {
    // "14 Photos", "Photos: 12": a bare count on a line of its own is a heading or a gallery count.
    name: 'heading count',
    applies: (c) => {
      const n = next(c);
      if (!bareDigits(c) || (n && n.sentence === first(c).sentence && n.kind !== 'word' && n.text !== '.')) return false;
      // "- Construction: +8,000", "3. Oscar Piastri, McLaren — 371": an item of a list, not a heading.
      if (itemOfList(c)) return false;
      const near = sentenceTokens(c.tokens, c.core.first, HEADING_WORDS * 3);
      const whole = near.whole;
      const words = near.tokens.filter((t) => t.kind === 'word');
      return whole && words.length > 0 && words.length <= HEADING_WORDS && words.every((t) => isCapitalised(t.text) && t.text !== t.text.toUpperCase());
    },
  },
  {
    // "Casey 1 0 0 0 40": three or more bare numbers side by side are the cells of a table.
    name: 'table cells',
    bareOnly: true,
    applies: (c) => {
      if (!bareDigits(c)) return false;
      const s = first(c).sentence;
      const cell = (k: number): boolean => c.tokens[k]?.kind === 'number' && c.tokens[k].sentence === s;
      const at = c.core.first;
      return (cell(at - 1) && cell(at + 1)) || (cell(at - 1) && cell(at - 2)) || (cell(at + 1) && cell(at + 2));
    },
  },
  { name: 'recipe measure', bareOnly: true, applies: (c) => bareDigits(c) && RECIPE_MEASURES.has(nextWord(c)) },
  // "1 cup asparagus, 2 soft-boiled eggs, ½ cup sweet potato": a count among a recipe's measures is an ingredient.
  {
    name: 'recipe list',
    bareOnly: true,
    applies: (c) => {
      if (!bareDigits(c)) return false;
      for (let k = Math.max(1, c.core.first - RECIPE_LIST_WINDOW_TOKENS); k < c.tokens.length && k <= c.unit.last + RECIPE_LIST_WINDOW_TOKENS; k++) {
        if (k === c.core.first) continue;
        if (RECIPE_MEASURES.has((itemAt(c.tokens, k).lower).replace(/\.$/, '')) && (c.tokens[k - 1]?.kind === 'number' || FRACTION_SIGNS.test(c.tokens[k - 1]?.text ?? ''))) return true;
      }
      return false;
    },
  },
  // "0 = 0*2 + 1", "x > 4": numbers in a worked sum or a formula.
  // "Health care: +46,000" is a signed change, not a sum; "+49 (0)40 890" is a telephone number's country code.
  { name: 'arithmetic', bareOnly: true, applies: (c) => bareDigits(c) && ((ARITHMETIC_SIGNS.has(prev(c)?.text ?? '') && (signBefore(c.tokens, c.core.first, c.text) !== '+' || next(c)?.text === '(' || next(c)?.kind === 'number')) || ARITHMETIC_SIGNS.has(next(c)?.text ?? '')) },
  // "100 | 001", "6 & 5", "~ 2": bitwise operators between numbers; "&" and "|" elsewhere join words or cells.
  {
    name: 'bitwise operation',
    bareOnly: true,
    applies: (c) => {
      if (!bareDigits(c)) return false;
      const before = prev(c)?.text ?? '';
      const after = next(c)?.text ?? '';
      if (before === '~') return true;
      return (BITWISE_SIGNS.has(before) && c.tokens[c.core.first - 2]?.kind === 'number') || (BITWISE_SIGNS.has(after) && c.tokens[c.unit.last + 2]?.kind === 'number');
    },
  },
  // "this(context, attrs, 0);": an argument of a call in code.
  { name: 'code argument', bareOnly: true, applies: (c) => bareDigits(c) && next(c)?.text === ')' && c.tokens[c.unit.last + 2]?.text === ';' },
  {
    // "6817 387" on a line of its own: a data widget's row of cells, with nothing said about them.
    name: 'numbers-only line',
    bareOnly: true,
    applies: (c) => {
      if (!bareDigits(c)) return false;
      const near = sentenceTokens(c.tokens, c.core.first, HEADING_WORDS * 3);
      return near.whole && near.tokens.length >= 2 && near.tokens.every((t) => t.kind === 'number');
    },
  },
  {
    // "Here are 15 tips", "The 5 Biggest Decorating Mistakes Millennials Make": the size of a list
    // the article is, not a figure it reports.
    name: 'list count',
    applies: (c) => {
      if (hasUnit(c) || c.core.hasMagnitude) return false;
      for (let k = c.core.last + 1; k <= c.core.last + 1 + LIST_COUNT_GAP_WORDS; k++) {
        const t = c.tokens[k];
        if (!t || t.kind !== 'word' || t.sentence !== first(c).sentence) return false;
        if (!LIST_NOUNS.has(t.lower)) continue;
        const before = lower(prev(c));
        // After "the" only in a title ("The 5 Biggest Mistakes"): "the 12 reasons the court gave" is a count.
        return first(c).sentenceInitial || /^(these|are|our)$/.test(before) || (before === 'the' && isCapitalised(t.text));
      }
      return false;
    },
  },
  {
    // "1 / 5" under a photo, "4 / 5" for a review: a counter or a rating.
    name: 'counter or rating',
    bareOnly: true,
    applies: (c) => {
      if (!bareDigits(c)) return false;
      const after = c.tokens[c.core.last + 1];
      const before = prev(c);
      return (after?.text === '/' && c.tokens[c.core.last + 2]?.kind === 'number') || (before?.text === '/' && c.tokens[c.core.first - 2]?.kind === 'number');
    },
  },
  {
    // "(7)", "(38, 39)", "[1]": reference markers pointing at a source list.
    name: 'reference marker',
    bareOnly: true,
    applies: (c) => {
      if (!bareDigits(c)) return false;
      let k = c.core.first - 1;
      while (c.tokens[k]?.text === ',' && c.tokens[k - 1]?.kind === 'number') k -= 2;
      const open = c.tokens[k]?.text;
      let j = c.core.last + 1;
      while (c.tokens[j]?.text === ',' && c.tokens[j + 1]?.kind === 'number') j += 2;
      const close = c.tokens[j]?.text;
      // "[n 3]": a footnote's letter before its number.
      const lettered = open === 'n' && c.tokens[k - 1]?.text === '[' && close === ']';
      return (open === '(' && close === ')') || (open === '[' && close === ']') || lettered;
    },
  },
  // "Storage model.......3", "....15 12. Subsequent PUT": a table of contents' page and section numbers.
  { name: 'dot leaders', bareOnly: true, applies: (c) => bareDigits(c) && DOT_LEADERS_BEFORE.test(c.text.slice(Math.max(0, first(c).start - DOT_LEADER_LOOKBACK_CHARS), first(c).start)) },
  // "HTTP/1.1 200 OK", "Content-Length: 106", "ETag: \"1382\"": protocol text quoted in the page.
  { name: 'protocol text', bareOnly: true, applies: (c) => bareDigits(c) && PROTOCOL_BEFORE.test(c.text.slice(Math.max(0, first(c).start - PROTOCOL_LOOKBACK_CHARS), first(c).start)) },
  // "return 0;", "{ count: 10 }": a number in a line of code.
  {
    name: 'code',
    bareOnly: true,
    applies: (c) => {
      if (!bareDigits(c)) return false;
      if (lower(prev(c)) === 'return') return true;
      const around = sentenceTokens(c.tokens, c.core.first, CODE_WINDOW_TOKENS).tokens;
      return around.some((t) => t.text === '{') && around.some((t) => t.text === '}');
    },
  },
  // "the bit has the value 1", "the bit for our first option is 0": a zero or a one that counts
  // nothing and measures nothing gives a card nothing to explain ("1 in 5" and "1 to 3" are ratios).
  {
    name: 'bare zero or one',
    bareOnly: true,
    applies: (c) => {
      if (!bareDigits(c) || c.core.first !== c.unit.last || !ZERO_OR_ONE.test(first(c).text)) return false;
      const after = next(c);
      if (!after || c.tokens[c.unit.last + 2]?.kind === 'number') return false;
      if (after.kind === 'punct') return CLAUSE_MARKS_AFTER_BARE_VALUE.has(after.text);
      return CLAUSE_WORDS_AFTER_BARE_VALUE.has(after.lower);
    },
  },
  // "Fire Tablet, 7\" Display, Wi-Fi, 8 GB - Black for $39.99": a size or a count in a shop listing's
  // product title names the product, like a model number; the price after it is the figure.
  {
    name: 'product listing title',
    applies: (c) => !c.core.currency && continuesListingTitle(c.tokens, c.unit.last),
  },
  // '("2")', '"ETag":"1382694048000"': a bare number alone in quotes is a value or a version, not a figure.
  {
    name: 'quoted value',
    applies: (c) => {
      const open = prev(c);
      const close = next(c);
      return bareDigits(c) && !!open && !!close && OPENING_QUOTES.has(open.text) && CLOSING_QUOTES.has(close.text) && adjacent(open, first(c)) && adjacent(itemAt(c.tokens, c.unit.last), close);
    },
  },
  // "added 1 changesets with 1 changes to 1 files": counts a program wrote, with "1" before a plural.
  {
    name: 'program output',
    bareOnly: true,
    applies: (c) => {
      if (!bareDigits(c)) return false;
      const near = sentenceTokens(c.tokens, c.core.first, PROGRAM_OUTPUT_WINDOW_TOKENS).tokens;
      // "$1 bills" is English: a one before a plural counts as a program's only when no currency precedes it.
      return near.some((t, k) => t.text === '1' && t.kind === 'number' && near[k - 1]?.text !== '$' && LOWER_PLURAL_NOUN.test(near[k + 1]?.text ?? '') && !ONE_PLURAL_WORDS.has(near[k + 1]?.lower ?? ''));
    },
  },
  // "Political Geography. 12 (5): 437–456": a journal's volume and issue.
  { name: 'journal volume', bareOnly: true, applies: (c) => bareDigits(c) && next(c)?.text === '(' && c.tokens[c.unit.last + 2]?.kind === 'number' && c.tokens[c.unit.last + 3]?.text === ')' && c.tokens[c.unit.last + 4]?.text === ':' },
  // "2, 3, 5, 2, 3, 12, 5": a series of bare values, each a data point rather than a figure reported.
  {
    name: 'list of values',
    applies: (c) => {
      if (bareDigits(c)) {
        let count = 1;
        for (let k = c.core.first - 1; c.tokens[k]?.text === ',' && c.tokens[k - 1]?.kind === 'number'; k -= 2) count++;
        for (let k = c.core.last + 1; c.tokens[k]?.text === ',' && c.tokens[k + 1]?.kind === 'number'; k += 2) count++;
        if (count >= MIN_VALUES_IN_LIST) return true;
      }
      return valuesInARow(c.tokens, c.core.first) >= MIN_VALUES_IN_LIST;
    },
  },
  // "is_anomaly_1", "v_2": a number inside an identifier.
  { name: 'identifier', applies: (c) => !c.core.spelled && ((prev(c)?.text === '_' && adjacent(prev(c), first(c))) || (glued(c)?.text === '_' && adjacent(first(c), glued(c)))) },
  // "174°27′E", "41°17′S": degrees and minutes of a position.
  {
    name: 'coordinates',
    bareOnly: true,
    applies: (c) => {
      if (!bareDigits(c)) return false;
      const n = next(c);
      const p = prev(c);
      if (n && adjacent(first(c), n) && (n.text === '\u2032' || n.text === '\u2033' || (n.text === '\u00b0' && /^(?:\d+|[NSEW])$/.test(c.tokens[c.unit.last + 2]?.text ?? '')))) return true;
      return !!p && adjacent(p, first(c)) && (p.text === '\u00b0' || p.text === '\u2032');
    },
  },
  // "13 лет", "8 октября": the word after is in a script this reader does not read.
  { name: 'unread language', bareOnly: true, applies: (c) => bareDigits(c) && next(c)?.kind === 'word' && UNREAD_SCRIPT.test(next(c)?.text ?? '') },
  {
    // "the 14 Mission bus", "the 38 Geary": a number the name after it goes with is a route or a
    // line; "the 3 Republican senators" still counts the plural after the name.
    name: 'route name',
    bareOnly: true,
    applies: (c) => {
      if (!bareDigits(c) || lower(prev(c)) !== 'the') return false;
      const n = next(c);
      if (n?.kind !== 'word' || !TITLE_CASE_SINGULAR.test(n.text) || MONTHS.has(n.lower)) return false;
      const after = c.tokens[c.unit.last + 2];
      return !(after?.kind === 'word' && (LOWER_PLURAL_NOUN.test(after.text) || TITLE_CASE_PLURAL.test(after.text)));
    },
  },
  // "At 16, he went to college": an age the sentence opens with.
  { name: 'age at', bareOnly: true, applies: (c) => bareDigits(c) && lower(prev(c)) === 'at' && next(c)?.text === ',' && Number(first(c).text) <= MAX_AGE_YEARS && /^\d{1,3}$/.test(first(c).text) },
  // "a 10-speed gearbox", "an 8-core chip", "a two-door coupe": the number names a kind of thing.
  {
    name: 'kind compound',
    applies: (c) => {
      if (glued(c)?.text !== '-' || !adjacent(first(c), glued(c)) || c.unit.unit !== null) return false;
      const word = lower(c.tokens[c.core.first + 2]);
      return KIND_COMPOUNDS.has(word);
    },
  },
  // "Gallery: Xbox One X | 14 Photos", "32 comments": the count of a gallery or a thread.
  // "roughly 2,400 photos later" is a figure: a gallery's count carries no qualifier.
  { name: 'gallery count', bareOnly: true, applies: (c) => bareDigits(c) && GALLERY_WORDS.has(nextWord(c)) && readQualifier(c.tokens, c.core.first) === null },
  // "87" on a line of its own: a review score or a counter, with nothing it counts.
  {
    name: 'number alone',
    bareOnly: true,
    applies: (c) => {
      if (!bareDigits(c)) return false;
      const near = sentenceTokens(c.tokens, c.core.first, HEADING_WORDS * 3);
      // A text that is nothing but the number is that number, asked for.
      const sentence = first(c).sentence;
      const amongText = itemAt(c.tokens, 0).sentence !== sentence || itemAt(c.tokens, c.tokens.length - 1).sentence !== sentence;
      return amongText && near.whole && near.tokens.every((t) => t.kind !== 'word');
    },
  },
  // "Ninety Mile Beach": a number word written with a capital inside a sentence opens a name.
  {
    name: 'spelled name',
    applies: (c) => {
      const f = first(c);
      const n = c.tokens[c.core.last + 1];
      if (!c.core.spelled || f.sentenceInitial || !isCapitalised(f.text) || n?.kind !== 'word' || !isCapitalised(n.text)) return false;
      // In a title-case line ("Ninety Percent Of Voters Agree") every word has a capital.
      const words = sentenceTokens(c.tokens, c.core.first, HEADING_WORDS * 6).tokens.filter((t) => t.kind === 'word');
      return words.filter((t) => isCapitalised(t.text)).length * 2 < words.length;
    },
  },
  // "│ 404 │ 0 │": a cell of a table drawn in text (query output, a console), between its rules.
  {
    name: 'drawn table cell',
    applies: (c) => {
      const before = c.text.slice(0, first(c).start).trimEnd();
      const after = c.text.slice(itemAt(c.tokens, c.unit.last).end).trimStart();
      if (TABLE_RULES.test(before.slice(-1)) && TABLE_RULES.test(after.charAt(0))) return true;
      // A row's first or last cell has a rule on one side only: the line holds the others.
      if (!hasBoxRules(c.text)) return false;
      const line = lineAround(c.text, first(c).start);
      let rules = 0;
      for (let i = line.start; i < line.end && rules < MIN_RULES_IN_TABLE_ROW; i++) if (BOX_RULES.test(c.text.charAt(i))) rules++;
      return rules >= MIN_RULES_IN_TABLE_ROW;
    },
  },
];

/** The name of the first rule that says this number is not a quantity, or null. */
/** The rules a figure with a unit, a currency, a magnitude or spelled words can meet, in order. */
const RULES_BEYOND_BARE_DIGITS: readonly VetoRule[] = VETO_RULES.filter((rule) => rule.bareOnly !== true);

export function vetoOf(context: VetoContext): string | null {
  for (const rule of bareDigits(context) ? VETO_RULES : RULES_BEYOND_BARE_DIGITS) if (rule.applies(context)) return rule.name;
  return null;
}
