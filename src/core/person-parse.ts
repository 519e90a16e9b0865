/**
 * Reads one capitalised run as optional role + name ("Senate Minority Whip" + "Dana Whitcombe":
 * the whole role stays in the mention, as written, and out of the name), or rejects it as the name of a thing, a
 * place, a position or noise.
 */
import { HYPHENATED_GIVEN, isChineseName } from './person-evidence';
import { AGENCY_OPENERS, isPlace, ORGANISATION_ENDINGS, PLACE_ENDINGS, STATE_CODES, STORM_WORDS } from './person-gazetteers';
import { OCCUPATION_HEADS, positionCodeAt, ROLE_HEADS, ROLE_MODIFIERS } from './person-roles';
import { bare, NAME_PARTICLES, type Run } from './person-runs';
import { COMMON_GIVEN_NAMES, GENERATIONAL_SUFFIXES, GIVEN_NAME_TITLES, isRoleNoun, NOT_NAME_WORDS, PERSON_EVIDENCE_AFTER, PERSON_MODIFIERS, PLACE_PREFIXES, ROLE_TAIL_WORDS, THING_WORDS, TITLES } from './person-vocabulary';
import type { Token } from './text-tokens';
import { itemAt } from './item-at';
import { continuesListingTitle } from './listing-title';

const MAX_NAME_TOKENS = 4;

/** Spanish articles, which open a name of a party, a weather pattern or a place ("La Niña"). */
const SPANISH_ARTICLES: ReadonlySet<string> = new Set(['La', 'El', 'Los', 'Las']);

/** First words of the two-word titles, so most words cost one lookup. */
const TITLE_FIRST_WORDS: ReadonlySet<string> = new Set([...TITLES].filter((t) => t.includes(' ')).map((t) => t.split(' ')[0] as string));
const SAINT_PREFIXES = new Set(['st', 'saint', 'san', 'santa', 'los', 'las', 'fort', 'mount', 'port', 'cape', 'lake', 'nuevo', 'nueva', 'ciudad', 'puerto', 'porto']);
const ORGANISATION_MODIFIER = /[-\u2010\u2011](based|leading|owned|backed|run|listed|controlled|funded|headquartered)$/;
const GROUP_PLURAL = /\p{Ll}(ists|ians)$/u;
const LOWER_COMPOUND = /^\p{Lu}\p{Ll}+[-\u2010\u2011]\p{Ll}+$/u;
const LOWER_PLURAL_END = /\p{Ll}s['\u2019]?$/u;
const TRADEMARK_SIGNS = new Set(['\u00ae', '\u2122', '\u00a9']);
/** Titles that are also surnames: after another title they name the person ("Coach Pope", "Senator King"). */
const TITLE_SURNAMES = new Set(['pope', 'king', 'bishop']);
/** Verbs that open a sentence as a command addressed to the reader, before a name ("Ask Ann Lee"). */
const IMPERATIVE_OPENERS = new Set(['ask', 'enter', 'meet', 'tell', 'call', 'thank', 'watch', 'welcome', 'take', 'let', 'help', 'join', 'follow', 'blame', 'remember', 'consider', 'imagine', 'picture', 'think', 'forget', 'trust', 'listen', 'read']);
/** Party labels before a title ("Democratic Sen."): said of the person, never part of the role or name. */
const PARTY_WORDS = new Set(['democratic', 'republican', 'gop', 'conservative', 'liberal', 'labour', 'socialist', 'independent']);

export interface Parsed {
  /** Token index where the mention starts (title included), and where the name starts. */
  readonly mentionFirst: number;
  readonly nameFirst: number;
  readonly last: number;
  /** Title words read before the name ("sen", "deputy attorney general", with its head "attorney general"). */
  readonly titles: readonly string[];
  /** The role as written before the name, lower case without periods, or null. */
  readonly role: string | null;
  /** A title word standing alone ("King said"): a person only as the surname of someone the article names in full ("Michelle King"). */
  readonly titleAlone?: boolean;
  /** One or two words ending as a place does ("Tiger Woods", "Glen Woods", "Woods"): a person only on the article's own evidence. */
  readonly placeEnding?: boolean;
}

/** A title word as `TITLES` spells it: "attorney-general" is "attorney general". */
function titleWord(lower: string): string {
  const word = bare(lower);
  if (TITLES.has(word) || !word.includes('-')) return word;
  const spaced = word.replace(/-/g, ' ');
  return TITLES.has(spaced) ? spaced : word;
}

/** Length in tokens of a title from `TITLES` at token i (one or two words), else 0. */
export function titleAt(tokens: readonly Token[], i: number, last: number): number {
  const one = titleWord(itemAt(tokens, i).lower);
  if (i + 1 <= last && TITLE_FIRST_WORDS.has(one)) {
    const two = `${one} ${bare(itemAt(tokens, i + 1).lower)}`;
    if (TITLES.has(two)) return 2;
  }
  return TITLES.has(one) ? 1 : 0;
}

interface Role {
  /** Token index of the first name token after the role. */
  readonly nameFirst: number;
  readonly phrase: string;
  /** Title units of the role, in order ("deputy", "attorney general"). */
  readonly units: readonly string[];
  /** True when some word of the role is a modifier or head rather than a title. */
  readonly compound: boolean;
}

/** The longest role at `first` that leaves at least one name word before `last`. */
function readRole(tokens: readonly Token[], first: number, last: number): Role | null {
  const units: string[] = [];
  let compound = false;
  let k = first;
  let best: Role | null = null;
  while (k <= last) {
    const n = titleAt(tokens, k, last);
    let isHead = false;
    if (n > 0) {
      units.push(tokens.slice(k, k + n).map((t) => titleWord(t.lower)).join(' '));
      k += n;
      isHead = true;
    } else {
      const w = bare(itemAt(tokens, k).lower);
      if (ROLE_HEADS.has(w)) isHead = true;
      else if (!ROLE_MODIFIERS.has(w)) break;
      units.push(w);
      compound = true;
      k++;
    }
    while (k <= last && itemAt(tokens, k).kind === 'punct') k++;
    if (isHead && k <= last) best = { nameFirst: k, phrase: units.join(' '), units: [...units], compound: compound || units.length > 1 };
  }
  return best;
}

/** Colours that are surnames after a given name ("Lawrence White", "Jack Black"). */
const COLOUR_SURNAMES = new Set(['white', 'black']);

function colourSurname(tokens: readonly Token[], nameFrom: number, last: number, isGiven: (word: string) => boolean): boolean {
  return last > nameFrom && COLOUR_SURNAMES.has(bare(itemAt(tokens, last).lower)) && isGiven(bare(itemAt(tokens, last - 1).lower));
}

/** Capitalised words or numbers of a product title that must follow a brand before its price. */
const LISTING_BRAND_MIN_TITLE_TOKENS = 2;

/**
 * "says Will McClay": inside a sentence the verb is written in lower case, so a capital "Will"
 * before another name word is the given name. Opening a sentence it is the verb ("Will Congress
 * act?") unless a comma or a past-tense verb follows the name.
 */
function modalAsGivenName(tokens: readonly Token[], first: number, last: number): boolean {
  const t = itemAt(tokens, first);
  if (t.text !== 'Will' || first >= last) return false;
  if (!t.sentenceInitial) return true;
  // "Will Cathcart, who heads WhatsApp, said", "Will Smith announced": a question's verb never
  // follows its subject so ("Will Congress act?").
  const after = tokens[last + 1];
  return last === first + 1 && !!after && after.sentence === t.sentence && (after.text === ',' || (after.kind === 'word' && after.text === after.lower && (PERSON_EVIDENCE_AFTER.has(after.lower) || /^[a-z]{3,}ed$/.test(after.lower))));
}

/** "Museum of", "University of": a capitalised institution word and "of" just before `first`. */
function organisationOfBefore(tokens: readonly Token[], first: number): boolean {
  const head = tokens[first - 2];
  return tokens[first - 1]?.text === 'of' && !!head && head.text !== head.lower && (THING_WORDS.has(head.lower) || ORGANISATION_ENDINGS.has(head.lower));
}

/** Prefixes of ships' names: "USS Gerald Ford", "HMS Queen Elizabeth". */
const SHIP_PREFIXES = new Set(['uss', 'usns', 'hms', 'hmcs', 'hmas', 'hmnzs', 'rms', 'mv', 'ms', 'ss', 'ins', 'brp']);
/** Kinds of ship named right before a ship's name: "the aircraft carrier Gerald R. Ford", "the vessel Ever Given". */
const SHIP_NOUNS = new Set(['vessel', 'ship', 'ferry', 'tanker', 'freighter', 'frigate', 'destroyer', 'carrier', 'cruiser', 'yacht', 'submarine', 'liner', 'trawler']);

function isShipPrefix(t: Token | undefined): boolean {
  return !!t && SHIP_PREFIXES.has(t.lower) && t.text === t.text.toUpperCase();
}

/** A ship named for a person: its prefix or its kind opens the run or stands before it ("the R/V Sally Ride", "the carrier Gerald Ford"). */
function namesAShip(tokens: readonly Token[], first: number): boolean {
  const opener = itemAt(tokens, first);
  const before = tokens[first - 1];
  if (isShipPrefix(opener) || isShipPrefix(before)) return true;
  if (before && SHIP_NOUNS.has(before.lower) && before.text === before.lower) return true;
  // "R/V", research vessels: the run starts at the "V".
  return opener.text === 'V' && before?.text === '/' && tokens[first - 2]?.text === 'R';
}

/** Marks of a court case between two parties: "Whitcombe v. United States", "Roe vs. Wade". */
const CASE_MARKS = new Set(['v', 'vs']);

/** A party to a court case, named before or after its "v.": the case, not the person. */
function namesACase(tokens: readonly Token[], first: number, last: number): boolean {
  const after = tokens[last + 1];
  const before = tokens[first - 1];
  return (!!after && CASE_MARKS.has(after.text) && tokens[last + 2]?.text === '.') || (before?.text === '.' && CASE_MARKS.has(tokens[first - 2]?.text ?? ''));
}

/** Splits a run into title(s) and name; null when the run names a thing or is only noise. */
export function parseRun(tokens: readonly Token[], run: Run, isGiven: (word: string) => boolean): Parsed | null {
  // "#Hamilton Chicago": a hashtag names a topic, not a person.
  const hash = tokens[run.first - 1];
  if (hash?.text === '#' && hash.end === itemAt(tokens, run.first).start) return null;
  if (namesAShip(tokens, run.first) || namesACase(tokens, run.first, run.last)) return null;
  // "Cyclone Winston", "Tropical Storm Ana": a storm's name.
  for (let k = run.first; k < run.last; k++) if (STORM_WORDS.has(itemAt(tokens, k).lower)) return null;
  let first = run.first;
  let last = run.last;
  // "Martin Luther King Jr.": the generation is read apart, so that it is no name for a title
  // before it ("King" is no king here); it rejoins the name at the end.
  while (last > first && GENERATIONAL_SUFFIXES.has(itemAt(tokens, last).lower)) last--;
  const beforeGeneration = last;
  let placeLed = false;
  while (first <= last && (NOT_NAME_WORDS.has(bare(itemAt(tokens, first).lower)) || PARTY_WORDS.has(itemAt(tokens, first).lower)) && !modalAsGivenName(tokens, first, last) && titleAt(tokens, first, last) === 0 && !readRole(tokens, first, last)) {
    const t = itemAt(tokens, first);
    // "respond to The Hill's request": a capital "The" inside a sentence opens the name of a thing;
    // so does a capital "Dear" ("the Broadway sensation Dear Evan Hansen").
    if (!t.sentenceInitial && (t.text === 'The' || t.text === 'Dear')) return null;
    // "Hosting Cook", "Asked about it, ...": a sentence-opening verb form is not part of a name.
    // "South China Sea", "New York": a place word inside a sentence starts the name of a place.
    if (!t.sentenceInitial && PLACE_PREFIXES.has(bare(t.lower))) placeLed = true;
    first++;
  }
  const opener = tokens[first];
  // "Mohamed Salah", "Emily Chen": a given name may end as a verb form or an adverb does.
  if (opener && opener.sentenceInitial && first < last && /^[a-z]{3,}(ing|ed|ly)$/.test(opener.lower) && titleAt(tokens, first, last) === 0 && !isGiven(opener.lower)) first++;
  // "Thunder: F Hamidou Diallo missed", "QB Dak Prescott": a player's position before the name.
  else if (opener && first + 2 <= last && positionCodeAt(tokens, first) && (opener.text.length > 1 || isGiven(bare(itemAt(tokens, first + 1).lower)))) first++;
  // "Ask Damien Chazelle, the director": a sentence-opening imperative before a given name and a surname.
  else if (opener && opener.sentenceInitial && first + 2 <= last && IMPERATIVE_OPENERS.has(opener.lower) && isGiven(bare(itemAt(tokens, first + 1).lower))) first++;
  // "Singer-guitarists Tom Johnston": a capitalised compound of lower-case parts is a description.
  else if (opener && opener.sentenceInitial && first < last && LOWER_COMPOUND.test(opener.text)) first++;
  // "Actor Tom Hanks said": a profession capitalised only because it opens the sentence describes
  // the person and stays out of the name, unlike a title ("Senator Bob Casey").
  else if (opener && opener.sentenceInitial && first < last && isRoleNoun(opener.lower) && titleAt(tokens, first, last) === 0 && !readRole(tokens, first, last)) first++;
  // "Sacramento-based McClatchy", "NBA-leading Lakers": organisations and teams.
  if (opener && opener.lower.includes('-') && ORGANISATION_MODIFIER.test(opener.lower)) return null;
  // "St. Martin's", "San Jose", "Fort Worth": a saint's or place prefix opens a place or a publisher.
  if (opener && SAINT_PREFIXES.has(bare(opener.lower)) && titleAt(tokens, first, last) === 0) return null;
  // "Agence Nouvelle-Presse": a news agency.
  if (opener && AGENCY_OPENERS.has(opener.lower)) return null;
  // "La Niña", "La Libertad Avanza": a Spanish article opens the name of a thing, unless a given
  // name and a surname follow it.
  if (opener && SPANISH_ARTICLES.has(opener.text) && first < last && (last === first + 1 || !isGiven(bare(itemAt(tokens, first + 1).lower)))) return null;
  // "Poland Anna Nowak", "Ohio Mark Delaney": a dateline or caption place before a name.
  if (first + 2 <= last && isPlace(bare(itemAt(tokens, first).lower)) && !isGiven(bare(itemAt(tokens, first).lower)) && isGiven(bare(itemAt(tokens, first + 1).lower))) first++;
  let role = readRole(tokens, first, last);
  // "Defenseman Jonas Brodal scored": an occupation opening the sentence is kept as the role but
  // stays out of the mention, like "the defenseman Jonas Brodal"; a title ("Coach") stays in.
  const occupationOpens = role !== null && itemAt(tokens, first).sentenceInitial && role.units.length === 1 && OCCUPATION_HEADS.has(role.units[0] as string);
  // "Israeli Prime Minister Benjamin Netanyahu": words before a role describe the person, and stay out.
  for (let k = first + 1; !role && k < last; k++) {
    if (titleAt(tokens, k, last) === 0 && !ROLE_MODIFIERS.has(bare(itemAt(tokens, k).lower))) continue;
    role = readRole(tokens, k, last);
    if (role) first = k;
  }
  // "the Museum of Modern Art said": the words after an institution's "of" end its name, unless
  // a role follows them ("Bank of America CEO Brian Moynihan").
  if (!role && organisationOfBefore(tokens, run.first)) return null;
  const nameFrom = role ? role.nameFirst : first;
  // "U.S.", "D.C.", "L.A.": letters alone with their periods are a place's initials, never a name.
  if (nameFrom < last && tokens.slice(nameFrom, last + 1).every((t) => t.kind === 'punct' || t.text.length === 1)) return null;
  // "La La Land", "Bora Bora": a word said twice opens the name of a film, song or place.
  if (nameFrom < last && itemAt(tokens, nameFrom).text === itemAt(tokens, nameFrom + 1).text) return null;
  for (let k = nameFrom; k <= last; k++) {
    const w = bare(itemAt(tokens, k).lower);
    if (k > nameFrom && (PERSON_MODIFIERS.has(w) || (w === 'white' && bare(tokens[k + 1]?.lower ?? '') === 'house'))) {
      last = k - 1;
      break;
    }
    // "Bill Clinton", "Mark Kelly": a given name opening a name is not the thing word it spells.
    const givenFirst = k === nameFrom && k < last && COMMON_GIVEN_NAMES.has(w);
    // "Dae-jung Park", "Park Seo-yeon": beside a Korean given name, "Park" is the surname.
    const koreanSurname = w === 'park' && HYPHENATED_GIVEN.test(itemAt(tokens, k > nameFrom ? k - 1 : Math.min(k + 1, last)).text);
    // "Speaker Matt Hall": after a title, a given name and one more word is a person's name; a
    // royal's title with a given name names things after them ("Queen Elizabeth Hospital").
    const titledSurname = !!role && k === last && k === nameFrom + 1 && COMMON_GIVEN_NAMES.has(bare(itemAt(tokens, nameFrom).lower)) && !role.units.some((u) => GIVEN_NAME_TITLES.has(u));
    if ((THING_WORDS.has(w) || ORGANISATION_ENDINGS.has(w)) && !givenFirst && !koreanSurname && !titledSurname) {
      // "European Union Gordon Sondland": the thing ends, a name may follow.
      return k < last ? parseRun(tokens, { first: k + 1, last }, isGiven) : null;
    }
  }
  // "Liu He": a Chinese given name may spell an English word.
  const chinese = last === nameFrom + 1 && isChineseName([itemAt(tokens, nameFrom).text, bare(itemAt(tokens, last).text)]);
  while (!chinese && last >= nameFrom && NOT_NAME_WORDS.has(bare(itemAt(tokens, last).lower)) && !colourSurname(tokens, nameFrom, last, isGiven)) last--;
  if (nameFrom > last) return null;
  let nameFirst = nameFrom;
  const titles: string[] = [];
  if (role) {
    titles.push(...role.units.filter((u) => TITLES.has(u)));
    if (role.compound) titles.push(role.phrase);
  }
  while (nameFirst <= last && itemAt(tokens, nameFirst).kind === 'punct') nameFirst++;
  if (nameFirst > last) return null;
  let words = 0;
  let particles = 0;
  for (let k = nameFirst; k <= last; k++) {
    const t = itemAt(tokens, k);
    if (t.kind !== 'word') continue;
    words++;
    if ((t.text === t.lower || k > nameFirst) && NAME_PARTICLES.has(t.lower)) particles++;
  }
  // "Luiz Inácio Lula da Silva", "Tamim bin Hamad Al Thani": a particle is no name of its own.
  if (words - particles > MAX_NAME_TOKENS) return null;
  // "the Lakers’ lead", "the Clippers and the Lakers,": a plural standing alone after "the" is a
  // team or a family; "the Harris campaign" uses a surname as a modifier and stays.
  const lone = itemAt(tokens, last);
  const after = tokens[last + 1];
  const standsAlone = !after || after.kind === 'punct' || lone.text !== bare(lone.text) || after.lower === 'and';
  if (words === 1 && titles.length === 0 && tokens[nameFirst - 1]?.text === 'the' && LOWER_PLURAL_END.test(lone.text) && standsAlone) return null;
  // "Islamists, who held power", "Tunisian Islamists": a plural of a creed or a people is a group.
  if (titles.length === 0 && GROUP_PLURAL.test(bare(lone.text))) return null;
  // "Officials said he would", "Analysts expect": people of a kind, capitalised to open a sentence.
  if (words === 1 && titles.length === 0 && lone.lower.endsWith('s') && isRoleNoun(lone.lower.slice(0, -1))) return null;
  // "Deputy Director": titles with no name; "Chief Strategy Officer", "General Manager": a position.
  // A title word alone may still be a surname the article gave in full ("Michelle King ... King said").
  // "Coach Pope", "Senator King": after a title, a title that is also a surname is the name.
  if (words === 1 && TITLES.has(bare(lone.lower)) && !(titles.length > 0 && TITLE_SURNAMES.has(bare(lone.lower)))) return titles.length === 0 && nameFirst === first ? { mentionFirst: first, nameFirst, last, titles, role: null, titleAlone: true } : null;
  if (ROLE_TAIL_WORDS.has(bare(lone.lower))) return null;
  // "Akron, OH": a place by the state code after it; "Orla Brannigan, MD," opens with a given name
  // and the letters are a degree. "Cuyahoga Falls" ends as a place does: a person only if the
  // article says so, and never in three words or more.
  const givenLed = words > 1 && isGiven(bare(itemAt(tokens, nameFirst).lower));
  if (titles.length === 0 && after?.text === ',' && !givenLed && STATE_CODES.has(tokens[last + 2]?.text ?? '')) return null;
  const placeEnding = titles.length === 0 && PLACE_ENDINGS.has(bare(lone.lower));
  if (placeEnding && (words > 2 || placeLed)) return null;
  // "Don Victor® Honey": a trademark sign makes the run a product.
  if (after && after.start === lone.end && TRADEMARK_SIGNS.has(after.text)) return null;
  // "Brent LCOc1", "Model X2": a digit glued to the last word makes it a code.
  if (after && after.start === lone.end && after.kind === 'number') return null;
  // "Ann Lee / AFP", "Photo by Ann Lee/Agency": a picture credit, not the story's text.
  if (after?.text === '/') return null;
  if (placeLed && titles.length === 0) return null;
  // "John Boos Reversible Maple Cutting Board, 18\" x 12\" for $53.68": a brand opening a shop
  // listing's product title. Words of the title must follow: "a portrait of Ann Lee for $50" names her.
  if (titles.length === 0 && continuesListingTitle(tokens, last, LISTING_BRAND_MIN_TITLE_TOKENS)) return null;
  return { mentionFirst: occupationOpens ? nameFirst : first, nameFirst, last: last === beforeGeneration ? run.last : last, titles, role: role ? role.phrase : null, ...(placeEnding ? { placeEnding: true } : {}) };
}
