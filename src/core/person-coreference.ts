/**
 * Who each name is: full names first establish the article's people (linked or not), then
 * surnames and first names alone join the chain of the full name they repeat, else link to the
 * knowledge file only when it leaves no doubt. Every mention of one chain shares one key.
 */
import { isPlace, NEWS_AGENCIES } from './person-gazetteers';
import { acceptColumnMates } from './person-table-columns';
import { tablesIn } from './table-cells';
import { lineAround, opensItsLine } from './line-index';
import { HONORIFICS, isCommonGivenName, isGivenName, lowerCaseWords, MAX_AGE, isVietnameseName, personEvidence, SUBJECT_PRONOUNS, subjectThenPronoun } from './person-evidence';
import { articleSupports, articleWords, contextScore, contextWords, isNotable, isSoleNotableLeader, pick, soleLeader, solePresident, type ArticleWords } from './person-linking';
import { bare, isNameWord, NAME_PARTICLES, quotedNicknameAfter, withoutArticle } from './person-runs';
import { COMMON_WORD_SURNAMES, GENERATIONAL_SUFFIXES, GIVEN_NAME_TITLES, KIN_NOUNS, PUBLIC_OFFICE_TITLES, NOT_NAME_WORDS, PERSON_EVIDENCE_AFTER, PLACE_MODIFIED_NOUNS, PLACE_NAMES, PLACE_PLURALS, PLACE_PREPOSITIONS, isRoleNoun } from './person-vocabulary';
import { adjacent, CLOSING_QUOTES, isCapitalised, LIST_BULLETS, OPENING_QUOTES, tokenKey, type Token, type TokenizedText } from './text-tokens';
import type { KnowledgeLookup, PersonCandidate } from './types';
import { itemAt } from './item-at';

export interface Draft {
  readonly start: number;
  readonly end: number;
  readonly nameStart: number;
  readonly tokenFirst: number;
  readonly tokenLast: number;
  readonly nameKey: string;
  readonly surname: string;
  readonly titles: readonly string[];
  readonly role: string | null;
  readonly single: boolean;
  readonly candidates: readonly PersonCandidate[];
  readonly fullMatch: boolean;
  /** One of two known surnames joined by a hyphen ("Biden-Harris"): the pairing is the evidence. */
  readonly paired?: boolean;
  /** The surname of "Roosevelt-era": an era is named after a notable leader, whom no other word need support. */
  readonly namesAnEra?: boolean;
  /** The knowledge file knows the whole written form as this person's alias ("AOC"). */
  readonly aliasOnly?: boolean;
  /** A surname-first name ("Wang Yi"): a person by its form. */
  readonly surnameFirst?: boolean;
  /** A title word alone ("King"): only the surname of one of the article's full names. */
  readonly titleAlone?: boolean;
  /** "Tiger Woods", "Shaker Heights": a name ending as a place does, a person only on the article's evidence ("Woods said"). */
  readonly placeEnding?: boolean;
}

export interface Resolved {
  readonly draft: Draft;
  readonly entityId: string | null;
  readonly personKey: string;
  /** The chains a lone surname could join when the article names several people who bear it. */
  readonly namesakes?: readonly string[];
}

/** Not a person whatever the sentence says: a place or a news agency. */
function namesNonPerson(key: string): boolean {
  return isPlace(key) || NEWS_AGENCIES.has(key);
}

const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/** True when the token after a name is a lower-case word the name may modify ("a Warhol panel"). */
function modifiesANoun(after: Token | undefined): boolean {
  return !!after && after.kind === 'word' && after.text === after.lower && !/\d/.test(after.text);
}
/** The surnames a plural may be the family of: "joneses" -> jones, "whitfields" -> whitfield. */
function familyOf(plural: string): string[] {
  if (!plural.endsWith('s') || plural.length < 4) return [];
  return plural.endsWith('es') ? [plural.slice(0, -1), plural.slice(0, -2)] : [plural.slice(0, -1)];
}

/** `Marcus "Scoop" Ellison`: the one-word nickname inside a full name, which the article may use alone. */
function quotedNickname(tokens: readonly Token[], d: Draft): string | null {
  for (let k = d.tokenFirst; k < d.tokenLast; k++) {
    const close = quotedNicknameAfter(tokens, k);
    if (close === k + 3) return tokenKey(bare(itemAt(tokens, k + 2).lower));
  }
  return null;
}

/** Crafts the famous dead are named by with one name ("the poet Camões", "the painter Vermeer"). */
const CRAFT_NOUNS: ReadonlySet<string> = new Set([
  'poet', 'painter', 'novelist', 'composer', 'philosopher', 'playwright', 'sculptor', 'architect', 'explorer', 'navigator',
  'dramatist', 'essayist', 'satirist', 'prophet', 'evangelist', 'apostle', 'emperor', 'pharaoh', 'conqueror',
]);

/** Performers known by one name, which the press puts before it in lower case ("pop star Kalei", "singer Rihanna"). */
const STAGE_NOUNS: ReadonlySet<string> = new Set(['star', 'singer', 'rapper', 'songwriter', 'singer-songwriter', 'popstar', 'diva', 'dj', 'drummer', 'guitarist', 'bassist', 'frontman', 'frontwoman', 'vocalist', 'influencer', 'comedian', 'footballer', 'striker', 'winger', 'midfielder', 'goalkeeper']);

/** "pop star Kalei", "singer Rihanna": one name after a performer's noun in lower case, not after "the" ("the star Sirius"). */
function stageNameAfter(tokens: readonly Token[], first: number): boolean {
  const noun = tokens[first - 1];
  return !!noun && noun.text === noun.lower && STAGE_NOUNS.has(noun.lower) && tokens[first - 2]?.lower !== 'the' && tokens[first - 2]?.lower !== 'a';
}

/** "the poet Camões": one name after "the" and a craft, the way the famous dead are named. */
function calledByCraft(tokens: readonly Token[], first: number): boolean {
  return CRAFT_NOUNS.has(tokens[first - 1]?.lower ?? '') && tokens[first - 2]?.lower === 'the';
}

/** Works an artist's name stands before: "a 1939 Picasso portrait", "a Warhol panel". */
const ARTWORK_NOUNS: ReadonlySet<string> = new Set(['portrait', 'portraits', 'painting', 'paintings', 'canvas', 'canvases', 'panel', 'sculpture', 'sculptures', 'drawing', 'drawings', 'etching', 'mural', 'self-portrait', 'triptych', 'lithograph', 'watercolour', 'watercolor']);
/** What opens the phrase of an artist's work: "a", or "a" and a year ("the Preferences panel" is a window's). */
const ARTWORK_OPENERS: ReadonlySet<string> = new Set(['a', 'an']);

/**
 * "a 1939 Picasso portrait", "a Warhol panel", "a Yayoi Kusama pumpkin sculpture": a name after "a"
 * and before a kind of artwork, or a lower-case word and one, is its artist's.
 */
function artistOfAWork(tokens: readonly Token[], first: number, last: number): boolean {
  const after = tokens[last + 1];
  const modified = !!after && after.kind === 'word' && after.text === after.lower && ARTWORK_NOUNS.has(tokens[last + 2]?.lower ?? '');
  if (!ARTWORK_NOUNS.has(after?.lower ?? '') && !modified) return false;
  const before = tokens[first - 1];
  return !!before && (ARTWORK_OPENERS.has(before.lower) || (before.kind === 'number' && ARTWORK_OPENERS.has(tokens[first - 2]?.lower ?? '')));
}

/** What a family calls its elders, which "known to everyone as Mama" makes no nickname of anyone's. */
const FAMILY_NAMES: ReadonlySet<string> = new Set(['mama', 'papa', 'mom', 'mum', 'dad', 'daddy', 'mommy', 'mummy', 'grandma', 'grandpa', 'granny', 'nana', 'auntie', 'uncle', 'aunt']);
/** Adverbs between "known" and the comma after the name: "Zhao, widely known as CZ". */
const KNOWN_AS_ADVERBS: ReadonlySet<string> = new Set(['widely', 'better', 'popularly', 'commonly', 'also', 'universally']);
/** Words "known" may take before "as": "known to most Mexicans as AMLO". */
const KNOWN_TO_MAX_WORDS = 3;

/**
 * The person a nickname after "known as" belongs to: the name just before ", known as", its words
 * run on to the comma ("Mohamed Hamdan Dagalo, known as Hemedti", "López Obrador, known to most
 * Mexicans as AMLO").
 */
function knownAs(tokens: readonly Token[], first: number, resolved: readonly Resolved[]): Resolved | null {
  if (tokens[first - 1]?.lower !== 'as') return null;
  let k = first - 2;
  if (tokens[k]?.lower !== 'known') {
    // "known to most Mexicans as"
    let to = k;
    while (to > first - 2 - KNOWN_TO_MAX_WORDS - 1 && tokens[to]?.lower !== 'to') to--;
    if (tokens[to]?.lower !== 'to' || tokens[to - 1]?.lower !== 'known') return null;
    k = to - 1;
  }
  k--;
  if (KNOWN_AS_ADVERBS.has(tokens[k]?.lower ?? '')) k--;
  if (tokens[k]?.text !== ',') return null;
  return resolved.find((r) => r.draft.tokenLast === k - 1) ?? null;
}

/** How many times more often one chain must be named in full to own a first name it shares with another. */
const DOMINANT_CHAIN_RATIO = 2;
/** Tokens that join the items of a list: "Ann Lee, Bo Diaz and Cy Young". */
const LIST_JOINERS = new Set([',', 'and', 'or', '&']);
/** Words before a name that keep a list from making it a person. */
const COORDINATION_BLOCKERS = new Set([...PLACE_PREPOSITIONS, 'for', 'of', 'with', 'by', 'against', 'over', 'beat', 'past']);
/** How far a list of names is followed looking for what it names. */
const MAX_LIST_TOKENS = 40;

/** "Barry, Calhoun and Van Buren counties": the name is one of a list of places. */
function inPlaceList(tokens: readonly Token[], last: number): boolean {
  const sentence = itemAt(tokens, last).sentence;
  for (let k = last + 1; k < tokens.length && k <= last + MAX_LIST_TOKENS; k++) {
    const t = itemAt(tokens, k);
    if (t.sentence !== sentence) return false;
    if (LIST_JOINERS.has(t.lower) || (t.kind === 'word' && isCapitalised(t.text))) continue;
    return PLACE_PLURALS.has(t.lower);
  }
  return false;
}


/**
 * "the Falcon Heavy", "the Hazel Ridge supercomputer", a "Green Run" test: a name after "the"
 * or quoted on its own names a thing, whatever its first word.
 */
function namesAThing(tokens: readonly Token[], d: Draft): boolean {
  const before = tokens[d.tokenFirst - 1];
  if (!before) return false;
  if (before.lower === 'the' && d.start === d.nameStart) return true;
  return OPENING_QUOTES.has(before.text) && before.end === d.start && CLOSING_QUOTES.has(tokens[d.tokenLast + 1]?.text ?? '') && tokens[d.tokenLast + 1]?.start === d.end;
}

/** "Harbor Bank analyst Zachary Fadem", "Browns rusher Myles Garrett": a role noun, then a name. */
function employerBeforeRole(tokens: readonly Token[], last: number): boolean {
  const role = tokens[last + 1];
  const next = tokens[last + 2];
  return !!role && !!next && role.kind === 'word' && role.text === role.lower && isRoleNoun(role.lower) && isNameWord(next) && next.sentence === role.sentence;
}

/** Units of how long a marriage or a post has lasted: "his wife of 52 years, Ruth". */
const TENURE_UNITS: ReadonlySet<string> = new Set(['years', 'decades', 'months']);

/**
 * "his wife Greta", "his first wife, Sally,", "his wife of 52 years, Ruth,": a lower-case role noun
 * right before the name, or before a comma the name closes.
 */
function roleNounBefore(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (!before) return false;
  if (before.text !== ',') return isRoleNoun(before.lower);
  const tenure = TENURE_UNITS.has(tokens[first - 2]?.lower ?? '') && tokens[first - 3]?.kind === 'number' && tokens[first - 4]?.lower === 'of';
  return isRoleNoun(tokens[tenure ? first - 5 : first - 2]?.lower ?? '') && tokens[first + 1]?.text === ',';
}

/** Who says whose kin it is: "my wife", "his late father", "Oderan's son", an obituary's "a grandson, Mateo". */
const KIN_OWNERS: ReadonlySet<string> = new Set(['my', 'his', 'her', 'our', 'their', 'your', 'a', 'an']);
/** Words between the owner and the kin noun: "his late father", "my older sister". */
const KIN_ADJECTIVES: ReadonlySet<string> = new Set(['late', 'older', 'younger', 'elder', 'eldest', 'oldest', 'youngest', 'twin', 'little', 'big', 'baby', 'new', 'former', 'first', 'second']);

/**
 * "my husband, Jun-ho,", "her sister Consuelo", "his late father, Jagdish": a name its owner's kin
 * noun introduces is a person, whatever the given name; set off by commas it must close with one.
 */
function introducedAsKin(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const comma = tokens[first - 1]?.text === ',';
  if (comma && !/^[,.;:!?)\u2014]$/.test(tokens[last + 1]?.text ?? '.')) return false;
  let k = comma ? first - 2 : first - 1;
  const nounToken = tokens[k];
  const noun = nounToken?.lower ?? '';
  // "started by his father\n\nConcrete information": a paragraph's last word introduces nothing after it.
  if (!nounToken || !KIN_NOUNS.has(noun) || text.slice(nounToken.end, itemAt(tokens, first).start).includes('\n')) return false;
  k--;
  if (KIN_ADJECTIVES.has(tokens[k]?.lower ?? '')) k--;
  const owner = tokens[k];
  if (!owner) return false;
  // "our partner, Microsoft": a firm's partner is a firm.
  if (noun === 'partner') return owner.lower === 'my' || owner.lower === 'his' || owner.lower === 'her';
  return KIN_OWNERS.has(owner.lower) || (owner.kind === 'word' && /['\u2019]s$/.test(owner.text) && isCapitalised(owner.text));
}

/** Words before "at" that make what follows a target ("a shot at", "yelled at"), not a place. */
const AIMING_WORDS = new Set(['shot', 'shots', 'aim', 'aimed', 'swipe', 'swipes', 'jab', 'jabs', 'dig', 'digs', 'yelled', 'shouted', 'screamed', 'laughed', 'looked', 'glanced', 'stared', 'pointed', 'lunged', 'swung', 'threw', 'fired', 'snapped', 'smiled', 'winked', 'waved', 'nodded']);

/** Nouns a president's surname stands before ("the Carter administration", "the Obama presidency"). */
const PRESIDENCY_NOUNS = new Set(['administration', 'presidency']);
/** Nouns a head of government's surname names the government by: "the Modi government", "the Putin regime". */
const GOVERNMENT_NOUNS = new Set(['government', 'regime']);

/** Plural kinship nouns that introduce a list of first names ("their two daughters, Esmeralda and Amada"). */
const KIN_PLURALS = new Set(['daughters', 'sons', 'children', 'kids', 'twins', 'sisters', 'brothers', 'grandchildren', 'grandsons', 'granddaughters']);
/** How far back through a list of names the kinship noun is looked for. */
const KIN_LIST_MAX_TOKENS = 12;

/** "their two daughters, Esmeralda and Amada", "his sons, Ari, Ben and Cy", "sons Jamie and Callum": each name of the list. */
function namedInKinList(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - KIN_LIST_MAX_TOKENS; k--) {
    const t = tokens[k] as Token;
    if (t.text === ',' && KIN_PLURALS.has(tokens[k - 1]?.lower ?? '')) return true;
    if (t.text === t.lower && KIN_PLURALS.has(t.lower)) return true;
    if (t.text !== ',' && t.lower !== 'and' && !(t.kind === 'word' && isCapitalised(t.text))) return false;
  }
  return false;
}

/** Pronouns only people take ("it" and "its" are an organisation's). */
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'himself', 'herself']);
/** Verbs of thought a person's name opens before "she" or "he" ("Rowling knew she was"). */
const THINKING_VERBS = new Set(['knew', 'thought', 'felt', 'believed', 'realized', 'realised', 'decided', 'hoped', 'feared', 'wished', 'worried', 'wondered', 'remembered', 'confessed', 'joked', 'revealed']);
/** Verbs of a reply only a person makes in quoted words ("Aniston replied, “Well"). */
const PERSONAL_REPLY_VERBS = new Set(['replied', 'joked', 'quipped', 'laughed', 'gushed', 'confessed', 'exclaimed', 'sighed', 'admitted', 'recalled', 'asked', 'answered']);
/** What one person does to another, named by "her" or "him" ("Kimmel asked her"). */
const PERSON_TO_PERSON_VERBS = new Set(['asked', 'hugged', 'kissed', 'thanked', 'texted', 'married', 'dated', 'divorced', 'praised', 'teased', 'congratulated']);
const OBJECT_PRONOUNS = new Set(['her', 'him']);
/** Verbs of a quote's attribution written before the speaker ("said Rihanna,"). */
const QUOTE_VERBS_BEFORE = new Set(['said', 'says', 'added', 'wrote', 'explained', 'recalled', 'insisted']);
/** How far after the verb of speech the pronoun is looked for ("Rowling said in a statement that she"). */
const PRONOUN_WINDOW_TOKENS = 8;

/**
 * A lone name that speaks and is then "he" or "she": "Rowling said she would", "said Rihanna, who
 * ... her". An organisation says things too ("Apple said"), but is "it".
 */
/** "has said", "had told": a perfect tense before the verb of saying. */
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'had', 'have']);

function speaksOfAPerson(tokens: readonly Token[], first: number, last: number): boolean {
  const after = tokens[last + 1];
  const before = tokens[first - 1];
  // "Rowling said she", "Rowling knew that she", "Essiedu has said he": the speaker or thinker is
  // the subject of what follows.
  const verbAt = after && PERFECT_AUXILIARIES.has(after.lower) ? last + 2 : last + 1;
  const verb = tokens[verbAt];
  if (verb && (PERSON_EVIDENCE_AFTER.has(verb.lower) || THINKING_VERBS.has(verb.lower))) {
    const k = tokens[verbAt + 1]?.lower === 'that' ? verbAt + 2 : verbAt + 1;
    if (SUBJECT_PRONOUNS.has(tokens[k]?.lower ?? '')) return true;
  }
  if (after && PERSONAL_REPLY_VERBS.has(after.lower)) {
    // "Aniston replied, “Well": a reply in the speaker's own words.
    const mark = tokens[last + 2]?.text;
    if ((mark === ',' || mark === ':') && OPENING_QUOTES.has(tokens[last + 3]?.text ?? '')) return true;
  }
  // "Kimmel asked her about", "Lopez hugged him": what one person does to another.
  if (after && PERSON_TO_PERSON_VERBS.has(after.lower) && OBJECT_PRONOUNS.has(tokens[last + 2]?.lower ?? '')) return true;
  // "said Rihanna, adding that her tour": the speaker set off by a comma, then his or her own
  // ("told WeWork executives he wants" is told to them, by him).
  if (!before || !QUOTE_VERBS_BEFORE.has(before.lower) || tokens[last + 1]?.text !== ',') return false;
  const sentence = itemAt(tokens, last).sentence;
  for (let k = last + 1; k <= last + 1 + PRONOUN_WINDOW_TOKENS && k < tokens.length; k++) {
    const t = itemAt(tokens, k);
    if (t.sentence !== sentence) return false;
    if (PERSONAL_PRONOUNS.has(t.lower)) return true;
    if (t.lower === 'it' || t.lower === 'its' || t.lower === 'they' || t.lower === 'their') return false;
  }
  return false;
}

/** How far after an inverted author's given name the bracketed date of the work may open. */
const CITED_DATE_WINDOW_TOKENS = 3;

/**
 * "Lawler, Kelley (6 June 2014)", "Squires, Nick A. (May 2005)", "Fleming, Mike Jr. (2016)":
 * surname, a given name and its initials or generation, then the bracketed date ("Portland, Oregon. (Boing Boing)" is a place).
 */
function citedAuthor(tokens: readonly Token[], last: number, lookup: KnowledgeLookup): boolean {
  const given = tokens[last + 2];
  if (tokens[last + 1]?.text !== ',' || !given || !isNameWord(given) || !isGivenName(lookup, given.text)) return false;
  return citationDateAfter(tokens, last + 2);
}

/** "Eidelson, Josh (4 April 2014)", "Eich, Brendan J. (2011)": the given name of a cited author. */
function citedGivenName(tokens: readonly Token[], first: number, last: number): boolean {
  const surname = tokens[first - 2];
  if (tokens[first - 1]?.text !== ',' || !surname || !isNameWord(surname)) return false;
  return citationDateAfter(tokens, last);
}

/** After a cited author's given name at `given`: its initials or generation ("A.", "Jr."), then the bracketed date. */
function citationDateAfter(tokens: readonly Token[], given: number): boolean {
  for (let k = given + 1; k <= given + CITED_DATE_WINDOW_TOKENS; k += 2) {
    const t = tokens[k];
    if (t?.text === '(') return true;
    if (!t || !isNameWord(t) || (t.text.length !== 1 && !GENERATIONAL_SUFFIXES.has(t.lower)) || tokens[k + 1]?.text !== '.') return false;
  }
  return false;
}

/**
 * Accepts, in turns, each unproven full name that a list joins to an accepted one in the same
 * sentence: only list punctuation and conjunctions may stand between the two.
 */
function acceptCoordinated(tokens: readonly Token[], unproven: readonly Draft[], resolved: readonly Resolved[], accept: (d: Draft) => void): void {
  const byFirst = new Map<number, Draft>();
  const byLast = new Map<number, Draft>();
  for (const r of resolved) {
    if (r.draft.single) continue;
    byFirst.set(r.draft.tokenFirst, r.draft);
    byLast.set(r.draft.tokenLast, r.draft);
  }
  let waiting = [...unproven];
  for (let changed = true; changed && waiting.length > 0; ) {
    changed = false;
    const still: Draft[] = [];
    for (const d of waiting) {
      const sentence = itemAt(tokens, d.tokenFirst).sentence;
      // "for Eastern Michigan and Arthur Jackson caught", "Bezos's Blue Origin and Musk's SpaceX":
      // after a preposition or a possessive, a name is more often a team, a place or a product.
      const before = tokens[d.tokenFirst - 1];
      if (before && (COORDINATION_BLOCKERS.has(before.lower) || (before.kind === 'word' && bare(before.text) !== before.text))) continue;
      const joined = (k: number): boolean => { const t = tokens[k]; return !!t && t.sentence === sentence && LIST_JOINERS.has(t.lower); };
      let left = d.tokenFirst - 1;
      while (joined(left)) left--;
      let right = d.tokenLast + 1;
      while (joined(right)) right++;
      const neighbour = (left < d.tokenFirst - 1 ? byLast.get(left) : undefined) ?? (right > d.tokenLast + 1 ? byFirst.get(right) : undefined);
      if (neighbour && itemAt(tokens, neighbour.tokenFirst).sentence === sentence) {
        accept(d);
        byFirst.set(d.tokenFirst, d);
        byLast.set(d.tokenLast, d);
        changed = true;
      } else still.push(d);
    }
    waiting = still;
  }
}

interface PersonEdges {
  readonly byFirst: ReadonlyMap<number, Draft>;
  readonly byLast: ReadonlyMap<number, Draft>;
}

/** Full names and titled names found, by the token they open and the token they close on. */
function personEdges(resolved: readonly Resolved[]): PersonEdges {
  const byFirst = new Map<number, Draft>();
  const byLast = new Map<number, Draft>();
  for (const { draft } of resolved) {
    if (draft.single && draft.titles.length === 0) continue;
    byFirst.set(draft.tokenFirst, draft);
    byLast.set(draft.tokenLast, draft);
  }
  return { byFirst, byLast };
}

/**
 * A lone given name joined by "and" to a person: before a full name that opens with a given name
 * too, the two share its surname ("Anthony and Joe Russo", "Zara and Mike Tindall"); after a
 * person, it names a second one ("Prince William and Catherine with their children").
 */
function coordinatedWithPerson(tokens: readonly Token[], d: Draft, edges: PersonEdges): boolean {
  const after = tokens[d.tokenLast + 1];
  if (after?.lower === 'and') {
    const right = edges.byFirst.get(d.tokenLast + 2);
    const opener = right && !right.single && right.titles.length === 0 ? nameWordTokens(tokens, right)[0] : undefined;
    if (opener && isCommonGivenName(tokenKey(bare(opener.lower)))) return true;
  }
  if (tokens[d.tokenFirst - 1]?.lower !== 'and') return false;
  const left = edges.byLast.get(d.tokenFirst - 2);
  return !!left && !(after?.kind === 'word' && isCapitalised(after.text));
}

/** `"I tell them," Suzuki said`: the name a quote is given to, right after it closes. */
function attributesAQuote(tokens: readonly Token[], d: Draft): boolean {
  return CLOSING_QUOTES.has(tokens[d.tokenFirst - 1]?.text ?? '') && PERSON_EVIDENCE_AFTER.has(tokens[d.tokenLast + 1]?.lower ?? '');
}

/** Marks that set an item's figure apart from its name ("4. Ann Lee — $90,000"). */
const ITEM_SEPARATORS = new Set(['\u2014', '\u2013', '-', ':']);

/**
 * The line a full name opens as an item of a list, set apart from a figure after it ("3. Hikaru
 * Nakamura — $120,000", "- Ann Lee: 18 points"); or -1.
 */
function listItemLine(tokenized: TokenizedText, d: Draft): number {
  const { tokens, text } = tokenized;
  const first = itemAt(tokens, d.tokenFirst);
  let k = d.tokenFirst - 1;
  if (tokens[k]?.text === '.' && tokens[k - 1]?.kind === 'number') k--;
  else if (!LIST_BULLETS.has(tokens[k]?.text ?? '')) return -1;
  if (!opensItsLine(text, itemAt(tokens, k).start)) return -1;
  const separator = tokens[d.tokenLast + 1];
  if (!separator || !ITEM_SEPARATORS.has(separator.text) || tokens[d.tokenLast + 2]?.kind === 'word' && !/^[$\u00a3\u20ac]/.test(tokens[d.tokenLast + 2]?.text ?? '')) return -1;
  return lineAround(text, first.start).start;
}

/**
 * "1. Gukesh Dommaraju — $300,000 / 2. Magnus Carlsen — $180,000": the names of a list whose other
 * items name people the article proves are people too, when the items stand on consecutive lines.
 */
function acceptListMates(tokenized: TokenizedText, unproven: readonly Draft[], resolved: readonly Resolved[], accept: (d: Draft, linked: string | null) => void): void {
  const candidates = unproven.filter((d) => !d.single && d.titles.length === 0);
  if (candidates.length === 0) return;
  const { text } = tokenized;
  const provenLines: number[] = [];
  for (const r of resolved) {
    if (r.draft.single) continue;
    const line = listItemLine(tokenized, r.draft);
    if (line >= 0) provenLines.push(line);
  }
  if (provenLines.length === 0) return;
  const taken = new Set(resolved.map((r) => r.draft));
  for (const d of candidates) {
    if (taken.has(d)) continue;
    const line = listItemLine(tokenized, d);
    if (line < 0) continue;
    // Consecutive lines: only single line breaks stand between this item and a proven one.
    const near = provenLines.some((p) => {
      const [from, to] = p < line ? [p, line] : [line, p];
      return !text.slice(from, to).includes('\n\n');
    });
    if (near) accept(d, null);
  }
}

/** How often a name must label a line of speech before it is read as a speaker's. */
const MIN_SPEAKER_LABELS = 2;
/** Words that label lines of a page without naming a speaker ("Update:", "Note:", "Photo:"). */
const NOT_SPEAKER_LABELS = new Set([
  'update', 'updated', 'note', 'editor', 'photo', 'photos', 'source', 'sources', 'related', 'correction', 'disclosure', 'watch',
  'listen', 'read', 'video', 'credit', 'caption', 'summary', 'background', 'context', 'answer', 'question', 'warning', 'tip',
  'bottom', 'verdict', 'pros', 'cons', 'price', 'specs', 'rating', 'score', 'host', 'guest', 'narrator', 'transcript', 'announcer',
]);

/** "Kwame: Thanks for having me." on a line of its own: a name that labels the speaker of the line. */
function isSpeakerLabel(tokenized: TokenizedText, d: Draft): boolean {
  const { tokens, text } = tokenized;
  const colon = tokens[d.tokenLast + 1];
  const first = itemAt(tokens, d.tokenFirst);
  if (colon?.text !== ':' || !adjacent(itemAt(tokens, d.tokenLast), colon)) return false;
  return opensItsLine(text, first.start);
}

/** "while son Bento, 2, ate": a kin noun right before the name and an age set off after it. */
function kinOfAnAge(tokens: readonly Token[], d: Draft): boolean {
  if (!KIN_NOUNS.has(tokens[d.tokenFirst - 1]?.lower ?? '') || tokens[d.tokenLast + 1]?.text !== ',') return false;
  const age = tokens[d.tokenLast + 2];
  return age?.kind === 'number' && /^\d{1,3}$/.test(age.text) && Number(age.text) <= MAX_AGE && tokens[d.tokenLast + 3]?.text === ',';
}

/** "Daniel Whitfield (Anne-Marie) of Holland": an obituary's list of survivors names a spouse in brackets after each. */
function spouseInBrackets(tokens: readonly Token[], d: Draft, edges: PersonEdges): boolean {
  return tokens[d.tokenFirst - 1]?.text === '(' && tokens[d.tokenLast + 1]?.text === ')' && edges.byLast.has(d.tokenFirst - 2);
}

/** Unproven full names the article also writes where they were proven: the same people. */
function acceptRepeatedNames(unproven: readonly Draft[], resolved: readonly Resolved[], accept: (d: Draft, linked: string | null) => void): void {
  const proven = new Map<string, string | null>();
  for (const r of resolved) if (!r.draft.single) proven.set(r.draft.nameKey, r.entityId);
  const taken = new Set(resolved.map((r) => r.draft));
  for (const d of unproven) {
    if (d.single || taken.has(d) || !proven.has(d.nameKey)) continue;
    accept(d, proven.get(d.nameKey) ?? null);
  }
}

/** The words of a draft's name, its title left out. */
function nameWordTokens(tokens: readonly Token[], d: Draft): Token[] {
  const words: Token[] = [];
  for (let k = d.tokenFirst; k <= d.tokenLast; k++) {
    const t = itemAt(tokens, k);
    if (t.start >= d.nameStart && t.kind === 'word') words.push(t);
    // `Rafael "Rafi" Ortega` is named in two words: the nickname is no part of the name's shape.
    const close = quotedNicknameAfter(tokens, k);
    if (close > 0 && close < d.tokenLast) k = close;
  }
  return words;
}

/**
 * "Victoria Rodríguez Ceja ... Rodríguez said": a Spanish or Portuguese name ends in two surnames,
 * and the news names its bearer again by the first. Given names, then exactly two more words.
 */
function firstOfTwoSurnames(tokens: readonly Token[], d: Draft, isGiven: (word: string) => boolean): string | null {
  const words = nameWordTokens(tokens, d);
  if (words.length < 3) return null;
  let given = 0;
  while (given < words.length && isGiven(bare(itemAt(words, given).lower))) given++;
  if (given === 0 || given !== words.length - 2) return null;
  const first = itemAt(words, given);
  if (!isNameWord(first) || bare(first.text).length < 3 || GENERATIONAL_SUFFIXES.has(itemAt(words, given + 1).lower)) return null;
  return tokenKey(bare(first.lower));
}

/**
 * "Luiz Inácio Lula da Silva ... Lula said": the word before a particle, after the given names,
 * is the name its bearer goes by alone.
 */
function wordBeforeParticle(tokens: readonly Token[], d: Draft): string | null {
  const words = nameWordTokens(tokens, d);
  for (let k = 2; k < words.length - 1; k++) {
    const particle = itemAt(words, k);
    if (particle.text !== particle.lower || !NAME_PARTICLES.has(particle.lower)) continue;
    const before = itemAt(words, k - 1);
    return isNameWord(before) && bare(before.text).length >= 3 ? tokenKey(bare(before.lower)) : null;
  }
  return null;
}

export function resolvePeople(
  tokenized: TokenizedText,
  lookup: KnowledgeLookup,
  all: readonly Draft[],
  blockedSurnames: ReadonlySet<string>,
  organisationNames: ReadonlyMap<string, number>,
): Resolved[] {
  const { tokens, sentences } = tokenized;
  const resolved: Resolved[] = [];
  const evidence = personEvidence(tokenized, all);
  // "Paapa Essiedu ... Essiedu has said he": a surname the article speaks of as a person's shows
  // the full name to be one.
  const lone = all.filter((d) => d.single && d.titles.length === 0);
  // "Norris will be champion if he finishes": only for the surname of a full name the article gives
  // ("Lando Norris"), not a given name ("Alice commits her fix" in a tutorial).
  const fullNameSurnames = new Set(all.filter((d) => !d.single).map((d) => d.surname));
  const speaksAsAPerson = new Set(lone.filter((d) => speaksOfAPerson(tokens, d.tokenFirst, d.tokenLast) || (fullNameSurnames.has(d.surname) && !isCommonGivenName(d.surname) && subjectThenPronoun(tokens, d.tokenFirst, d.tokenLast))));
  for (const d of speaksAsAPerson) evidence.add(d.surname);
  // Pass 1: full names (known or plausibly human) establish who the article is about.
  const bySurname = new Map<string, Set<string>>();
  const entityByKey = new Map<string, string | null>();
  let wholeArticle: ArticleWords | null = null;
  const supportedInArticle = (candidate: PersonCandidate): boolean => articleSupports(candidate, (wholeArticle ??= articleWords(tokenized)));
  const unproven: Draft[] = [];
  // Full names in headings and subheadings, taken only when the article names the person so elsewhere.
  const headed: Draft[] = [];
  let loneCounts: Map<string, number> | null = null;
  const loneMentions = (surname: string): number => {
    if (!loneCounts) {
      loneCounts = new Map();
      for (const x of all) if (x.single) loneCounts.set(x.surname, (loneCounts.get(x.surname) ?? 0) + 1);
    }
    return loneCounts.get(surname) ?? 0;
  };
  // "a trip to Walter Reed hospital": a name the article puts before "hospital" or "police" is a
  // place wherever it stands ("a visit to Walter Reed on Saturday").
  const placeModifiers = new Set(all.filter((d) => PLACE_MODIFIED_NOUNS.has(tokens[d.tokenLast + 1]?.lower ?? '')).map((d) => d.nameKey));
  const accept = (d: Draft, linked: string | null): void => {
    let entityId = linked;
    // "De Bruyne" after "Kevin De Bruyne": a particle-led surname is the article's earlier full name.
    let nameFirst = d.tokenFirst;
    while (itemAt(tokens, nameFirst).start < d.nameStart) nameFirst++;
    const particleSurname = !entityId && NAME_PARTICLES.has(itemAt(tokens, nameFirst).lower);
    const earlier = particleSurname ? resolved.find((r) => !r.draft.single && r.draft.nameKey.endsWith(` ${d.nameKey}`)) : undefined;
    if (earlier) entityId = earlier.entityId;
    const personKey = earlier ? earlier.personKey : (entityId ?? d.nameKey);
    resolved.push({ draft: d, entityId, personKey });
    entityByKey.set(personKey, entityId);
    for (const surname of [d.surname, withoutArticle(d.surname), d.single ? null : firstOfTwoSurnames(tokens, d, (w) => isGivenName(lookup, w)), d.single ? null : quotedNickname(tokens, d), d.single ? null : wordBeforeParticle(tokens, d)]) {
      if (surname === null) continue;
      const keys = bySurname.get(surname) ?? new Set<string>();
      keys.add(personKey);
      bySurname.set(surname, keys);
    }
  };
  for (const d of all) {
    if (d.single) continue;
    if (namesNonPerson(d.nameKey) || inPlaceList(tokens, d.tokenLast)) continue;
    const headline = sentences[itemAt(tokens, d.tokenFirst).sentence]?.headline === true;
    let entityId: string | null = null;
    if (d.fullMatch) {
      const chosen = pick(d.candidates, tokenized, d, false);
      // A unique name match of someone obscure may be a namesake: it needs a supporting word nearby
      // or, for a past officeholder the article names in full, somewhere in the article.
      const supported =
        !!chosen &&
        (isNotable(chosen) || contextScore(chosen, contextWords(tokenized, d.tokenFirst), d.titles, true) > 0 || supportedInArticle(chosen));
      entityId = supported ? chosen.id : null;
      if (d.aliasOnly && !entityId) continue;
    }
    else {
      const nameTokens = tokens.slice(d.tokenFirst, d.tokenLast + 1).filter((t) => t.start >= d.nameStart);
      const firstName = bare(itemAt(nameTokens, 0).text);
      const before = tokens[d.tokenFirst - 1];
      // "according to Alex Horton" is a source, not a place; "a stake in Laura Finch's company"
      // names an owner when a gazetteer given name opens it ("to Forest Hill's motel" does not).
      const lastTok = itemAt(tokens, d.tokenLast);
      const possessive = lastTok.text !== bare(lastTok.text) && isCommonGivenName(tokenKey(firstName.toLowerCase()));
      // "a change to Tony Romo", "a call from Ann Lee": after "to" or "from", a gazetteer given name
      // and a surname that is no word or place of its own name a person ("to Forest Hill" does not).
      const plainSurname = !COMMON_WORD_SURNAMES.has(d.surname) && !PLACE_NAMES.has(d.surname) && !isPlace(d.surname);
      // "a shot at Matt Murray", "yelled at Ann Lee": "at" after a word of aiming names a target, not a
      // place ("out at Olive Garden" stays a place).
      const aimedAt = before?.lower === 'at' && AIMING_WORDS.has(tokens[d.tokenFirst - 2]?.lower ?? '');
      const personAfterTo =
        (before?.lower === 'to' || before?.lower === 'from' || aimedAt) && isCommonGivenName(tokenKey(firstName.toLowerCase())) && plainSurname && nameWordTokens(tokens, d).length === 2 && !placeModifiers.has(d.nameKey);
      const afterPlaceWord = !!before && PLACE_PREPOSITIONS.has(before.lower) && !possessive && !personAfterTo && !(before.lower === 'to' && tokens[d.tokenFirst - 2]?.lower === 'according');
      // "Bin Laden" after "Osama bin Laden": a particle-led repeat of the article's full name.
      const particleRepeat = NAME_PARTICLES.has(itemAt(nameTokens, 0).lower) && resolved.some((r) => !r.draft.single && r.draft.nameKey.endsWith(` ${d.nameKey}`));
      // "OkCupid Publicly Rips Mozilla": evidence for an organisation's name ("Mozilla said") makes
      // no person of a run ending in it; a given name still opens a person ("Ann Mozilla").
      const surnameEvidence = evidence.has(d.surname) && !(organisationNames.has(d.surname) && !isGivenName(lookup, firstName));
      // "Tiger Woods ... Woods said": a name ending as a place does needs the article's word that it is a person's.
      if (d.placeEnding === true && d.titles.length === 0 && !surnameEvidence) continue;
      const human =
        d.titles.length > 0 || surnameEvidence || artistOfAWork(tokens, d.tokenFirst, d.tokenLast) || d.surnameFirst === true || particleRepeat || isVietnameseName(nameWordTokens(tokens, d).map((t) => bare(t.text))) || (isGivenName(lookup, firstName) && !headline && !afterPlaceWord && !namesAThing(tokens, d));
      // "Harbor Bank analyst Zachary Fadem": a name before a role and a second name is the employer.
      const employer = d.titles.length === 0 && employerBeforeRole(tokens, d.tokenLast);
      // "Forest Hill police officers": the town, modifying the noun after it.
      const town = d.titles.length === 0 && PLACE_MODIFIED_NOUNS.has(tokens[d.tokenLast + 1]?.lower ?? '');
      if (!human || employer || town) {
        if (!headline && !employer && !town) unproven.push(d);
        else if (headline) headed.push(d);
        continue;
      }
    }
    accept(d, entityId);
  }
  // "Eric Dale and Boone Jenner also scored": a name joined by "and" or a comma to a person's is one too.
  acceptCoordinated(tokens, unproven, resolved, (d) => accept(d, null));
  // "LONDON — Gukesh Dommaraju beat …" with no evidence of its own, and a caption that proves him
  // ("Gukesh Dommaraju and Magnus Carlsen shake hands"): the same full name is the same person.
  acceptRepeatedNames(unproven, resolved, accept);
  acceptListMates(tokenized, unproven, resolved, accept);
  // "Andrea Bocelli" as a subheading over the paragraph that names him: the same person.
  for (const d of headed) {
    const same = resolved.find((r) => !r.draft.single && r.draft.nameKey === d.nameKey);
    if (same) accept(d, same.entityId);
  }
  if (tablesIn(tokenized.text).length > 0) {
    const taken = new Set(resolved.map((r) => r.draft));
    const names = unproven.filter((d) => !d.single && d.titles.length === 0 && !taken.has(d));
    acceptColumnMates(tokenized.text, resolved.filter((r) => !r.draft.single).map((r) => r.draft), names, (d) => accept(d, null));
  }
  // Pass 2: surnames alone, with or without a title; titled ones first, so that the bare name
  // joins the chain a title started, before or after it.
  let commonWords: Set<string> | null = null;
  // First names of the article's full names, filled once the titled names are read.
  const byGivenName = new Map<string, Set<string>>();
  // A lone name accepted on its own evidence owns its surname, unless a full name already does.
  const startsChain = (surname: string, personKey: string, entityId: string | null): void => {
    if (bySurname.has(surname)) return;
    bySurname.set(surname, new Set([personKey]));
    entityByKey.set(personKey, entityId);
  };
  // The lone names the knowledge file does not know that the article speaks of as people ("Rowling knew she").
  const speaking = new Set(lone.filter((d) => d.candidates.length === 0 && speaksAsAPerson.has(d)));
  // The people found by then, by their first and last token, for the given names joined to them.
  let edges: PersonEdges | null = null;
  // "Marisa: Welcome back." … "Marisa: How many?": a given name that labels the lines of a transcript.
  let speakerLabels: Map<string, number> | null = null;
  const speakerOfATranscript = (d: Draft): boolean => {
    if (!isSpeakerLabel(tokenized, d)) return false;
    if (!speakerLabels) {
      speakerLabels = new Map();
      for (const x of lone) if (isSpeakerLabel(tokenized, x)) speakerLabels.set(x.surname, (speakerLabels.get(x.surname) ?? 0) + 1);
    }
    // A gazetteer given name: "Q:", "Thunder:" and "Content-Type:" label lines too.
    return (speakerLabels.get(d.surname) ?? 0) >= MIN_SPEAKER_LABELS && isCommonGivenName(d.surname) && !NOT_SPEAKER_LABELS.has(d.surname);
  };
  // The token a chain's first full or titled name opens at.
  const firstFullMention = (personKey: string): number => {
    let first = Infinity;
    for (const r of resolved) if (r.personKey === personKey && (!r.draft.single || r.draft.titles.length > 0)) first = Math.min(first, r.draft.tokenFirst);
    return first;
  };
  const resolveSingle = (d: Draft): void => {
    const tok = itemAt(tokens, d.tokenFirst);
    // "the King" is a monarch; "King said" after "Michelle King" is hers.
    if (d.titleAlone && (bySurname.get(d.surname)?.size !== 1 || tokens[d.tokenFirst - 1]?.lower === 'the')) return;
    const headline = sentences[tok.sentence]?.headline === true;
    const hasTitle = d.titles.length > 0;
    if (!hasTitle && blockedSurnames.has(d.surname)) return;
    // "the Roosevelt-era pool": an era bears a notable leader's name, which no other word need support;
    // linked when one notable bears it.
    if (d.namesAnEra === true && !bySurname.has(d.surname)) {
      const notable = d.candidates.filter(isNotable);
      if (notable.length === 0) return;
      const entityId = notable.length === 1 ? (notable[0] as PersonCandidate).id : null;
      resolved.push({ draft: d, entityId, personKey: entityId ?? d.nameKey });
      return;
    }
    // "Fitzpatrick, John (2004)": the author of a work in a list of references, a credit as a
    // byline is, whoever of the article or the knowledge file bears the name.
    if (!hasTitle && (citedAuthor(tokens, d.tokenLast, lookup) || citedGivenName(tokens, d.tokenFirst, d.tokenLast))) return;
    // "mistake it for a Ferrari.", "a Shelby GT500": a surname after "a" that heads its phrase is the
    // make or the work that bears it; one that modifies a noun is still its bearer ("a Trump rally").
    if (!hasTitle && tok.start === d.nameStart && INDEFINITE_ARTICLES.has(tokens[d.tokenFirst - 1]?.lower ?? '') && !modifiesANoun(tokens[d.tokenLast + 1])) return;
    // "the Joneses", "the Whitfields" after "Stephen Jones", "Ann Whitfield": the family the article names.
    if (!hasTitle && tokens[d.tokenFirst - 1]?.lower === 'the' && familyOf(d.surname).some((name) => bySurname.has(name))) {
      resolved.push({ draft: d, entityId: null, personKey: d.nameKey });
      return;
    }
    // "Mohamed Hamdan Dagalo, known as Hemedti", "Zhao, widely known as CZ": the nickname is his.
    const nicknamed = hasTitle || KIN_NOUNS.has(d.surname) || FAMILY_NAMES.has(d.surname) ? null : knownAs(tokens, d.tokenFirst, resolved);
    if (nicknamed) {
      resolved.push({ draft: d, entityId: nicknamed.entityId, personKey: nicknamed.personKey });
      startsChain(d.surname, nicknamed.personKey, nicknamed.entityId);
      return;
    }
    const firstNameOf = !hasTitle && !bySurname.has(d.surname) ? byGivenName.get(d.surname) : undefined;
    if (firstNameOf) {
      // "Ivan served as CEO" after "Ivan Braiker": a sentence may open with the given name, when a
      // verb follows it and it is no word a sentence opens with.
      const after = tokens[d.tokenLast + 1];
      const opensWithName = tok.sentenceInitial && !NOT_NAME_WORDS.has(d.surname) && after?.kind === 'word' && after.text === after.lower;
      const personKey = dominantChain(firstNameOf);
      if (personKey !== null && (!tok.sentenceInitial || opensWithName || isSpeakerLabel(tokenized, d))) {
        resolved.push({ draft: d, entityId: entityByKey.get(personKey) ?? null, personKey });
      }
      return;
    }
    const article = bySurname.get(d.surname);
    if (article && article.size === 1) {
      const personKey = [...article][0] as string;
      // "Honda Motor raised … Honda would keep …", and only later "Soichiro Honda built a company":
      // the firm the article opened with, unless the bare name speaks or wears a title ("Mr. Honda").
      const firmFirst = organisationNames.get(d.surname);
      if (!hasTitle && firmFirst !== undefined && firmFirst < firstFullMention(personKey) && !speaksAsAPerson.has(d) && !attributesAQuote(tokens, d)) return;
      resolved.push({ draft: d, entityId: entityByKey.get(personKey) ?? null, personKey });
      return;
    }
    if (article && article.size > 1) {
      // "Vice President Biden" in a story of Joe and Hunter Biden: the office says which one.
      const byOffice = hasTitle ? pick(d.candidates.filter((c) => article.has(c.id)), tokenized, d, true) : null;
      if (byOffice && d.titles.some((t) => !HONORIFICS.has(t))) {
        resolved.push({ draft: d, entityId: byOffice.id, personKey: byOffice.id });
        return;
      }
      if (hasTitle || !headline) resolved.push({ draft: d, entityId: null, personKey: d.surname, namesakes: [...article] });
      return;
    }
    if (!hasTitle) {
      // "the Carter administration", "the Lincoln administration": a surname before "administration"
      // names the president of it when one bearer held the presidency, whatever place or defense
      // secretary shares the name; "the Modi government" the one notable leader who bears it.
      const noun = tokens[d.tokenLast + 1]?.lower ?? '';
      const president = PRESIDENCY_NOUNS.has(noun) ? solePresident(d.candidates) : GOVERNMENT_NOUNS.has(noun) ? soleLeader(d.surname, d.candidates) : null;
      if (president) {
        resolved.push({ draft: d, entityId: president.id, personKey: president.id });
        return;
      }
      if (headline && d.candidates.length === 0) return;
      if (inPlaceList(tokens, d.tokenLast)) return;
      // "Ferguson police officer Darren Wilson": the town, modifying the noun after it.
      if (PLACE_MODIFIED_NOUNS.has(tokens[d.tokenLast + 1]?.lower ?? '')) return;
      commonWords ??= lowerCaseWords(tokens, new Set(all.filter((x) => x.single).map((x) => x.surname)));
      if (PLACE_NAMES.has(d.surname) || namesNonPerson(d.surname) || commonWords.has(d.surname) || COMMON_WORD_SURNAMES.has(d.surname)) return;
      // "Mozilla produces" after "the Mozilla Corporation": the organisation, unless a person of the story bears the name.
      if (organisationNames.has(d.surname)) return;
      // "his wife Greta", "his first wife, Sally,", "the prophet Muhammad": a given name after a
      // kinship or role noun is a person the article names by that name alone.
      // "his wife, Kimberly, ... Kimberly said": the name so introduced is hers wherever it stands after.
      // "Rowling said she would", "said Rihanna, who": a lone name the article speaks of as a person.
      // "their two daughters, Esmeralda and Amada": the names a kin list introduces, given names of the gazetteers or not.
      // "while son Bento, 2, ate the petals": a kin noun before the name and an age after it.
      const introduced = namedInKinList(tokens, d.tokenFirst) || kinOfAnAge(tokens, d) || (isCommonGivenName(d.surname) && (roleNounBefore(tokens, d.tokenFirst) || (edges !== null && (coordinatedWithPerson(tokens, d, edges) || spouseInBrackets(tokens, d, edges))))) || speakerOfATranscript(d) || introducedAsKin(tokenized.text, tokens, d.tokenFirst, d.tokenLast) || calledByCraft(tokens, d.tokenFirst) || artistOfAWork(tokens, d.tokenFirst, d.tokenLast) || stageNameAfter(tokens, d.tokenFirst);
      if (introduced || (speaking.has(d) && !headline && !NOT_NAME_WORDS.has(d.surname))) {
        resolved.push({ draft: d, entityId: null, personKey: d.nameKey });
        startsChain(d.surname, d.nameKey, null);
        return;
      }
      if (d.candidates.length === 0) return;
      if (tok.sentenceInitial && NOT_NAME_WORDS.has(d.surname)) return;
    }
    let chosen = pick(d.candidates, tokenized, d, true);
    if (!hasTitle && !chosen && !d.paired) return;
    // A lone surname with no introduction in the article links only to someone notable whom the
    // article's own words point to: "Dion" in a story about a singer is not the mayor of Portland.
    const linkable = (c: PersonCandidate): boolean => isNotable(c) && (supportedInArticle(c) || isSoleNotableLeader(d.surname, loneMentions(d.surname), c, d.candidates));
    if (!hasTitle && chosen && !d.paired && !linkable(chosen)) return;
    // "Dr. Pepper", "Mr. Jones": an honorific names no office, so it links no better than a bare surname.
    if (hasTitle && chosen && d.titles.every((t) => HONORIFICS.has(t)) && !linkable(chosen)) chosen = null;
    // "Steve" alone is a first name before it is anyone's surname.
    if (!hasTitle && !d.paired && isGivenName(lookup, d.surname)) return;
    const personKey = chosen?.id ?? d.nameKey;
    resolved.push({ draft: d, entityId: chosen?.id ?? null, personKey });
    // "President-elect Trump" (linked), "Prince Andrew" (a title worn with the given name), "Chief
    // Minister Siddaramaiah" (an office): the titled name starts a chain that the bare name joins
    // wherever it stands. An unlinked "Mr. X" does not: fiction's characters are named so as often
    // as the news's people.
    if (hasTitle && (chosen || d.titles.some((t) => GIVEN_NAME_TITLES.has(t) || PUBLIC_OFFICE_TITLES.has(t)))) startsChain(d.surname, personKey, chosen?.id ?? null);
  };
  for (const d of all) if (d.single && d.titles.length > 0) resolveSingle(d);
  // "We all miss Steve" after "Steve Jobs".
  const fullNames = new Map<string, number>();
  for (const r of resolved) if (!r.draft.single) fullNames.set(r.personKey, (fullNames.get(r.personKey) ?? 0) + 1);
  // "Jerry" in a profile of Jerry Jones that also names "Jerry Jr." once: the chain the article
  // names in full at least twice as often as any other with that first name.
  const dominantChain = (keys: ReadonlySet<string>): string | null => {
    const ranked = [...keys].map((k) => [k, fullNames.get(k) ?? 0] as const).sort((a, b) => b[1] - a[1]);
    const [top, second] = ranked;
    if (!top) return null;
    return !second || top[1] >= DOMINANT_CHAIN_RATIO * second[1] ? top[0] : null;
  };
  for (const r of resolved) {
    if (r.draft.surnameFirst) continue;
    const nameTokens = nameWordTokens(tokens, r.draft);
    const given = nameTokens[0] ? tokenKey(bare(nameTokens[0].lower)) : null;
    if (!given || given.length < 2 || given === r.draft.surname) continue;
    const keys = byGivenName.get(given) ?? new Set<string>();
    keys.add(r.personKey);
    byGivenName.set(given, keys);
  }
  // "Rowling's world ... as if Rowling knew she was": a lone name the article speaks of as a
  // person starts its chain first, so that its mentions before that sentence join it too.
  edges = personEdges(resolved);
  for (const d of speaking) resolveSingle(d);
  for (const d of lone) if (!speaking.has(d)) resolveSingle(d);
  return resolved.sort((a, b) => a.draft.start - b.draft.start);
}
