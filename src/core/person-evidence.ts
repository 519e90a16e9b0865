/**
 * What the article itself says about a capitalised name: that it is a person ("Mr. X", "X
 * said", "X, 24,", "X, the coach"), a given name, a Chinese name, or an ordinary word.
 */
import { JAPANESE_GIVEN_NAMES, WORLD_GIVEN_NAMES } from './given-names';
import { POPULAR_GIVEN_NAMES } from './given-names-popular';
import { namedAsActor } from './person-characters';
import { isPlace } from './person-gazetteers';
import { bare } from './person-runs';
import { positionCodeAt, ROLE_MODIFIERS } from './person-roles';
import { AUTHORED_WORKS, COMMON_GIVEN_NAMES, PERSON_AGENT_PARTICIPLES, KIN_NOUNS, EVERYDAY_WORD_FIRST_NAMES, PERSON_GENERATIONS, PERSON_APPOSITIVE_TITLES, PERSON_EVIDENCE_AFTER, PERSON_ONLY_PARTICIPLES, PERSON_ONLY_VERBS, isRoleNoun } from './person-vocabulary';
import { adjacent, isCapitalised, OPENING_QUOTES, phraseKey, type Token, type TokenizedText } from './text-tokens';
import type { KnowledgeLookup } from './types';
import { itemAt } from './item-at';
import { smallNumberWord } from './number-parser';

const APPOSITIVE_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'former', 'longtime', 'veteran']);
/**
 * Appositive head nouns that organisations and places share with people ("Huawei, its rival"),
 * unless "his" or "her" opens the appositive.
 */
const NOT_APPOSITIVE_ROLES = new Set(['rival', 'challenger', 'successor', 'predecessor', 'opponent']);
const PERSONAL_OPENERS = new Set(['his', 'her']);
/** Dashes that may close an age as a comma does ("Braun, 38 – who manages"). */
const AGE_CLOSERS = new Set([',', '\u2013', '\u2014', '-']);
/** How far back from ", Name" a role noun with "of" may stand ("The leader of the party, Name,"). */
const ROLE_OF_WORDS = 6;
const APPOSITIVE_WORDS = 8;
/** Highest age read from "Mahomes, 24,". */
export const MAX_AGE = 110;
/** Broadcasters and papers known by their initials, whose possessive owns a reporter's name ("ESPN's", "CNN’s"). */
const NEWS_OUTLET_INITIALS = new Set([
  'espn', 'cnn', 'nbc', 'abc', 'cbs', 'bbc', 'npr', 'pbs', 'ap', 'afp', 'msnbc', 'cnbc', 'itv', 'rte', 'cbc', 'nhk', 'kbs', 'sbs',
  'dw', 'rfi', 'tmz', 'wsj', 'nyt', 'ft', 'tnt',
]);

function newsOutletPossessive(word: string): boolean {
  return POSSESSIVE.test(word) && NEWS_OUTLET_INITIALS.has(word.slice(0, -2).toLowerCase()) && /^\p{Lu}{2,5}$/u.test(word.slice(0, -2));
}
/** Titles any adult may carry: they say a name is a person's, not which office holder it is. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr']);

/** The most common Chinese surnames in pinyin: "Wang Yi" is surname first. */
const CHINESE_SURNAMES = new Set([
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he',
  'lin', 'gao', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao',
  'tian', 'dong', 'pan', 'yuan', 'cai', 'jiang', 'yu', 'du', 'ye', 'cheng', 'wei', 'su', 'lu', 'ding', 'ren', 'shen', 'yao',
  'xi', 'lyu', 'qin', 'fu', 'zou', 'meng', 'bai', 'kong', 'mao', 'qian', 'hou', 'shi', 'xiong', 'jin', 'yan', 'duan', 'fan',
]);
/** One or two pinyin syllables, capitalised only at the start ("Yi", "Jinping", "Keqiang"). */
const PINYIN_SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iao|ian|iang|iong|uai|uan|uang|ai|ao|an|ang|ei|en|eng|ia|ie|in|ing|iu|ong|ou|ua|uo|ui|un|ue|a|e|i|o|u|v)(?:r)?';
const PINYIN_GIVEN = new RegExp(`^${PINYIN_SYLLABLE}(?:${PINYIN_SYLLABLE})?$`);

/**
 * Common Korean surnames, and Chinese ones in the Wade-Giles spellings of Taiwan and Hong Kong,
 * written before a hyphenated given name ("Han Dong-hoon", "Tsai Ing-wen").
 */
const HYPHENATED_GIVEN_SURNAMES = new Set([
  'kim', 'lee', 'park', 'choi', 'jung', 'chung', 'kang', 'cho', 'yoon', 'yun', 'jang', 'chang', 'lim', 'han', 'oh', 'seo',
  'shin', 'kwon', 'hwang', 'ahn', 'song', 'yoo', 'hong', 'jeon', 'ko', 'moon', 'yang', 'son', 'bae', 'baek', 'nam', 'noh',
  'roh', 'ha', 'kwak', 'sung', 'cha', 'joo', 'woo', 'min', 'ryu', 'jin', 'chae', 'chun', 'hyun', 'tsai', 'lai', 'hsu',
  'chiang', 'chou', 'cheng', 'chen', 'huang', 'wu', 'lin', 'liu', 'wang', 'ma', 'ho', 'lam', 'leung', 'wong', 'chan', 'tsang',
  'paik', 'koo', 'heo', 'shim', 'um', 'won', 'bang', 'ban', 'yeo', 'ji', 'na', 'seok',
]);
/** A romanised two-syllable given name written with a hyphen: "Dong-hoon", "Ing-wen", "Jae-in". */
export const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$/u;

/** "Wang Yi", "Xi Jinping", "Han Dong-hoon": a common East Asian surname written before the given name. */
export function isChineseName(words: readonly string[]): boolean {
  if (words.length !== 2) return false;
  const surname = (words[0] as string).toLowerCase();
  if (CHINESE_SURNAMES.has(surname) && PINYIN_GIVEN.test((words[1] as string).toLowerCase())) return true;
  return HYPHENATED_GIVEN_SURNAMES.has(surname) && HYPHENATED_GIVEN.test(words[1] as string);
}

/** A romanised Japanese word: syllables of a consonant (or none) and a vowel, or a syllabic "n". */
const JAPANESE_WORD = /^(?:(?:[kgsztdnhbpmyrwfj]|sh|ch|ts|ky|gy|ny|hy|by|py|my|ry)?[aiueo]|n(?![aiueoy]))+$/;

/**
 * "Koeda Junko", "Takaichi Sanae": a Japanese given name after a word of Japanese sound that is no
 * given name itself, as Japanese news and many papers write names, surname first.
 */
export function isJapaneseName(words: readonly string[]): boolean {
  if (words.length !== 2) return false;
  const surname = (words[0] as string).toLowerCase();
  const given = (words[1] as string).toLowerCase();
  return JAPANESE_GIVEN_NAMES.has(given) && JAPANESE_WORD.test(surname) && !isCommonGivenName(surname) && !isPlace(surname);
}

/** The most common Vietnamese surnames, with and without their diacritics. */
const VIETNAMESE_SURNAMES = new Set([
  'nguyen', 'nguyễn', 'tran', 'trần', 'le', 'lê', 'pham', 'phạm', 'hoang', 'hoàng', 'huynh', 'huỳnh', 'phan', 'vu', 'vũ', 'vo', 'võ',
  'dang', 'đặng', 'bui', 'bùi', 'do', 'đỗ', 'ho', 'hồ', 'ngo', 'ngô', 'duong', 'dương', 'ly', 'lý', 'truong', 'trương', 'dinh', 'đinh',
]);
/** Middle names that follow a Vietnamese surname: "Văn" and "Thị" most of all. */
const VIETNAMESE_MIDDLE_NAMES = new Set([
  'van', 'văn', 'thi', 'thị', 'duc', 'đức', 'quoc', 'quốc', 'ngoc', 'ngọc', 'huu', 'hữu', 'minh', 'thanh', 'xuan', 'xuân', 'hong',
  'hồng', 'kim', 'thu', 'cong', 'công', 'dinh', 'đình', 'manh', 'mạnh', 'tuan', 'tuấn',
]);
/** Words of a Vietnamese name: surname, middle name, one or two given names. */
const VIETNAMESE_NAME_MIN_WORDS = 3;
const VIETNAMESE_NAME_MAX_WORDS = 4;

/**
 * "Nguyen Van Khoa", "Trần Thị Mai Anh": a Vietnamese surname, then a middle name, as Vietnamese
 * names are written. The news names such a person again by the last word ("Khoa"), as by a surname.
 */
export function isVietnameseName(words: readonly string[]): boolean {
  if (words.length < VIETNAMESE_NAME_MIN_WORDS || words.length > VIETNAMESE_NAME_MAX_WORDS) return false;
  return VIETNAMESE_SURNAMES.has((words[0] as string).toLowerCase()) && VIETNAMESE_MIDDLE_NAMES.has((words[1] as string).toLowerCase());
}

/** A name written surname first and named again by its surname: Chinese, Korean or Japanese. */
export function isSurnameFirstName(words: readonly string[]): boolean {
  return isChineseName(words) || isJapaneseName(words);
}

export function isGivenName(lookup: KnowledgeLookup, word: string): boolean {
  const key = phraseKey(word);
  // Someone in the knowledge file was named "Gay" or "Major": as a first word those are adjectives.
  if (isCommonGivenName(key) || (lookup.isGivenName?.(key) === true && !EVERYDAY_WORD_FIRST_NAMES.has(key))) return true;
  // "Karl-Heinz", "Olli-Pekka", "Anne-Sophie": two given names joined by a hyphen are one.
  const hyphen = key.indexOf('-');
  return hyphen > 0 && key.indexOf('-', hyphen + 1) < 0 && isCommonGivenName(key.slice(0, hyphen)) && isCommonGivenName(key.slice(hyphen + 1));
}

/** A given name from the gazetteers, not merely the first word of someone in the knowledge file. */
export function isCommonGivenName(key: string): boolean {
  return COMMON_GIVEN_NAMES.has(key) || WORLD_GIVEN_NAMES.has(key) || (POPULAR_GIVEN_NAMES.has(key) && !EVERYDAY_WORD_FIRST_NAMES.has(key));
}

/**
 * Which of `words` the article also writes in lower case (possessive or not): a capitalised word
 * also used in lower case is an ordinary word.
 */
export function lowerCaseWords(tokens: readonly Token[], words: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text !== t.lower) continue;
    if (words.has(t.lower)) found.add(t.lower);
    const b = bare(t.lower);
    if (b !== t.lower && words.has(b)) found.add(b);
  }
  return found;
}

/** Heads of an "of" phrase naming an office only people hold: "head of Surface", "the chief of staff". */
const HEAD_OF_NOUNS = new Set(['head', 'chief']);

function headOf(tokens: readonly Token[], k: number): boolean {
  return HEAD_OF_NOUNS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'of';
}

/** "O'Neal, the former center,", "Kowalczyk, a spokeswoman for", "Ruiz, the head of": a role noun in the appositive. */
function appositiveRole(tokens: readonly Token[], last: number): boolean {
  if (tokens[last + 1]?.text !== ',' || !APPOSITIVE_OPENERS.has(tokens[last + 2]?.lower ?? '')) return false;
  const sentence = itemAt(tokens, last).sentence;
  const personal = PERSONAL_OPENERS.has(tokens[last + 2]?.lower ?? '');
  for (let k = last + 2; k <= last + 1 + APPOSITIVE_WORDS; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence || t.text === ',' || t.text === ';' || t.text === '(') return false;
    const w = bare(t.lower);
    // "Conchita Martínez, the Spaniard who has coached her": a people's name, then "who", is a person's.
    if ((isRoleNoun(w) && (personal || !NOT_APPOSITIVE_ROLES.has(w))) || headOf(tokens, k) || (w === 'who' && k > last + 3 && isCapitalised(itemAt(tokens, k - 1).text))) return true;
  }
  return false;
}

/** Capitalised words a hometown after a name may have ("of Dorchester", "of Red Bank"). */
const HOMETOWN_MAX_WORDS = 3;

/** "Nguyen Bao Anh, of Dorchester;": where a person lives, set off after the name as a list of plaintiffs gives it. */
function hometownAfter(tokens: readonly Token[], last: number): boolean {
  if (tokens[last + 1]?.text !== ',' || tokens[last + 2]?.text !== 'of') return false;
  let k = last + 3;
  while (k <= last + 2 + HOMETOWN_MAX_WORDS && tokens[k]?.kind === 'word' && isCapitalised(itemAt(tokens, k).text)) k++;
  const end = tokens[k];
  return k > last + 3 && (!end || end.text === ',' || end.text === ';' || end.text === '.');
}

/** "Mahomes, 24, was named": an age set off by commas right after the name. */
function ageAfter(tokens: readonly Token[], last: number): boolean {
  const n = tokens[last + 2];
  if (tokens[last + 1]?.text !== ',' || n?.kind !== 'number' || !AGE_CLOSERS.has(tokens[last + 3]?.text ?? '') || !/^\d{1,3}$/.test(n.text)) return false;
  // "corso Monforte, 15, Milan" is an address: an age is followed by the sentence going on.
  const then = tokens[last + 4];
  return Number(n.text) <= MAX_AGE && then?.kind === 'word' && then.text === then.lower;
}

/** Verbs of a player's line in a game story, each followed by the count it made. */
const STAT_LINE_VERBS = new Set(['rushed', 'ran', 'passed', 'scored', 'netted', 'drilled', 'tallied', 'notched', 'grabbed', 'dished', 'kicked', 'threw', 'caught', 'punted', 'sacked', 'stopped', 'saved', 'pulled']);
/** Words between such a verb and its count ("rushed for 101 yards", "drilled a 3-pointer"). */
const STAT_LINE_GAP_WORDS = new Set(['for', 'a', 'an', 'his', 'her', 'all']);

/** How often, in words, a player scored: "scored twice". */
const STAT_LINE_ADVERBS = new Set(['once', 'twice', 'thrice']);
/** Verbs that take a player's count and what it counts: "made 29 saves", "had 11 rebounds". */
const STAT_LINE_COUNT_VERBS = new Set(['made', 'had', 'recorded', 'posted', 'collected', 'grabbed']);
/** What only a player's own line counts ("made 29 saves"); "had 30 points" may be a team's. */
const STAT_LINE_NOUNS = new Set(['saves', 'stops', 'tackles', 'rebounds', 'assists', 'receptions', 'carries', 'catches', 'sacks', 'interceptions', 'strikeouts', 'wickets', 'steals', 'blocks']);

function isCount(t: Token | undefined): boolean {
  return !!t && (t.kind === 'number' || STAT_LINE_ADVERBS.has(t.lower) || smallNumberWord(t.lower) !== null);
}

/** "Shaq Vann rushed for 101 yards", "Nerlens Noel scored 15 points", "Matthews scored twice", "Rautiainen made 29 saves": a player's line in a game story. */
function statLineAfter(tokens: readonly Token[], last: number): boolean {
  const verb = tokens[last + 1]?.lower ?? '';
  if (STAT_LINE_COUNT_VERBS.has(verb) && isCount(tokens[last + 2]) && STAT_LINE_NOUNS.has(tokens[last + 3]?.lower ?? '')) return true;
  if (!STAT_LINE_VERBS.has(verb)) return false;
  const k = STAT_LINE_GAP_WORDS.has(tokens[last + 2]?.lower ?? '') ? last + 3 : last + 2;
  return isCount(tokens[k]);
}

/** "Real Madrid", "Manchester United": a team named for its city scores too. */
function namesAPlace(tokens: readonly Token[], d: EvidenceSubject): boolean {
  return isPlace(d.surname) || isPlace(bare(itemAt(tokens, d.tokenFirst).lower));
}

/** "Fan Mengguang, deputy director of", "Panos Panay, head of": a title only people carry, after role modifiers. */
function titleAfter(tokens: readonly Token[], last: number): boolean {
  if (tokens[last + 1]?.text !== ',') return false;
  let k = last + 2;
  while (k < last + 5 && ROLE_MODIFIERS.has(tokens[k]?.lower ?? '')) {
    if (headOf(tokens, k)) return true;
    k++;
  }
  return PERSON_APPOSITIVE_TITLES.has(tokens[k]?.lower ?? '');
}

/** "The leader of the party, Rachid Benali, condemned": a role noun and its "of" phrase, then the name set off by commas. */
function roleOfBefore(tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[first - 1]?.text !== ',' || tokens[last + 1]?.text !== ',') return false;
  const sentence = itemAt(tokens, first).sentence;
  for (let k = first - 2; k >= Math.max(1, first - 1 - ROLE_OF_WORDS); k--) {
    const t = itemAt(tokens, k);
    if (t.sentence !== sentence || t.kind === 'punct') return false;
    if (t.lower === 'of') return isRoleNoun(itemAt(tokens, k - 1).lower);
  }
  return false;
}

/** "— Otmar Kessler (@okessler) November 18, 2019": the name signing an embedded post, before its handle. */
function handleAfter(tokens: readonly Token[], last: number): boolean {
  return tokens[last + 1]?.text === '(' && tokens[last + 2]?.text === '@';
}

/** "Kessler was born in 1889", "... born in Braunau": a birth with its date or place, as a record states it. */
function bornAfter(tokens: readonly Token[], last: number): boolean {
  const verb = tokens[last + 1]?.lower;
  if ((verb !== 'was' && verb !== 'is') || tokens[last + 2]?.lower !== 'born') return false;
  const preposition = tokens[last + 3]?.lower;
  const what = tokens[last + 4];
  return (preposition === 'in' || preposition === 'on') && !!what && (what.kind === 'number' || isCapitalised(what.text));
}

/** "(R-Texas)", "(D-N.Y.)", "(I-Vt.)": a legislator's party and state after the name. */
const PARTY_STATE_TAG = /^[RDI]-\p{Lu}/u;

function partyTagAfter(tokens: readonly Token[], last: number): boolean {
  return tokens[last + 1]?.text === '(' && PARTY_STATE_TAG.test(tokens[last + 2]?.text ?? '');
}

/** "the 23-year-old Dontrell Hayes": an age written as a modifier before the name. */
function ageBefore(tokens: readonly Token[], first: number): boolean {
  return tokens[first - 1]?.lower === 'year-old' && tokens[first - 2]?.text === '-' && tokens[first - 3]?.kind === 'number';
}

/** How far back from "as Name" the verb of an identification may stand ("identified the victim as"). */
const IDENTIFIED_AS_WORDS = 4;
const IDENTIFYING_VERBS = new Set(['identified', 'identifies', 'identify']);

/** "Police identified the victim as Dontrell Hayes": a person named by the police or the coroner. */
function identifiedAs(tokens: readonly Token[], first: number, last: number): boolean {
  // "identified ethnically as European": one word after "as" may be what someone is, not who.
  if (tokens[first - 1]?.lower !== 'as' || last === first) return false;
  const sentence = itemAt(tokens, first).sentence;
  for (let k = first - 2; k >= Math.max(0, first - 1 - IDENTIFIED_AS_WORDS); k--) {
    const t = itemAt(tokens, k);
    if (t.sentence !== sentence || t.kind !== 'word' || t.text !== t.lower) return false;
    if (IDENTIFYING_VERBS.has(t.lower)) return true;
  }
  return false;
}

const POSSESSIVE = /['\u2019]s$/;
/** A word of a person's name: one capital, then lower-case letters ("BookScan" is a product's). */
const PLAIN_NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

function kinAfter(tokens: readonly Token[], last: number): boolean {
  const kin = tokens[last + 1]?.lower ?? '';
  // "Microsoft's partner": a firm has partners too.
  return POSSESSIVE.test(itemAt(tokens, last).text) && KIN_NOUNS.has(kin) && kin !== 'partner';
}

/** "Tavish Oderan Jr.": a generation after a given name and a surname ("Mike Jr." alone may be a given name cited). */
function generationAfterName(tokens: readonly Token[], first: number, last: number): boolean {
  if (!PERSON_GENERATIONS.has(itemAt(tokens, last).lower)) return false;
  // A given name before the surname, past any quoted nickname (`Dontrell "Tre" Ashby-Nwosu Jr.`).
  for (let k = first; k <= last - 2; k++) if (itemAt(tokens, k).kind === 'word') return true;
  return false;
}

/** Participles that give an office ("was appointed", "has been named"), and how far the office may follow. */
const APPOINTING_PARTICIPLES = new Set(['appointed', 'named', 'hired', 'promoted', 'nominated', 'sworn']);
const APPOINTED_ROLE_WORDS = 4;

/** "Moyo died", "Moyo was arrested", "Moyo has been hospitalized": what only befalls a person. */
function personOnlyAfter(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1]?.lower ?? '';
  if (PERSON_ONLY_VERBS.has(next)) return true;
  if (next !== 'was' && next !== 'is' && next !== 'has') return false;
  const k = tokens[last + 2]?.lower === 'been' ? last + 3 : last + 2;
  if (PERSON_ONLY_PARTICIPLES.has(tokens[k]?.lower ?? '')) return true;
  // "was appointed chief executive", "has been named the new head coach": an office given to someone.
  if (!APPOINTING_PARTICIPLES.has(tokens[k]?.lower ?? '')) return false;
  for (let j = k + 1; j <= k + APPOINTED_ROLE_WORDS; j++) {
    const t = tokens[j];
    if (!t || t.kind !== 'word' || t.text !== t.lower) return false;
    if (isRoleNoun(t.lower) || PERSON_APPOSITIVE_TITLES.has(t.lower)) return true;
  }
  return false;
}

/** People who stand with a person: "supporters of Bolanle Akintola", "the family of Delroy Ampadu". */
const FOLLOWERS_OF = new Set(['supporters', 'allies', 'aides', 'lawyers', 'attorneys', 'relatives', 'loyalists', 'confidants', 'family', 'widow', 'friends']);
/** Words that open a clause about the person just named: "cheered for Yaw Darko as he crossed the line". */
const CLAUSE_OPENERS = new Set(['as', 'when', 'while', 'because', 'after', 'before', 'until', 'since']);

/** "supporters of Bolanle Akintola", "Yaw Darko as he crossed": the name's company, or "he" or "she" right after it. */
function followedOrReferred(tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[first - 1]?.lower === 'of' && FOLLOWERS_OF.has(tokens[first - 2]?.lower ?? '')) return true;
  const pronoun = tokens[last + 2]?.lower;
  return CLAUSE_OPENERS.has(tokens[last + 1]?.lower ?? '') && (pronoun === 'he' || pronoun === 'she');
}

/** How far after the verb a subject's "his" or "her" may stand ("praised his players", "announced her resignation"). */
const OWN_PRONOUN_WORDS = 3;
/** Words after "her" that show it to be the object, not the owner ("flew her to Houston"). */
const AFTER_OBJECT_HER = new Set(['to', 'in', 'on', 'at', 'a', 'an', 'the', 'and', 'with', 'for', 'from', 'out', 'up', 'back', 'down', 'off', 'as', 'into', 'over', 'of', 'that', 'about']);

/**
 * "Pep Guardiola praised his players", "Thandiwe Mokoena announced her resignation": the subject
 * of a verb whose object is the subject's own; a firm's is "its".
 */
function ownPronounAfterVerb(tokens: readonly Token[], last: number): boolean {
  const verb = tokens[last + 1];
  if (!verb || verb.kind !== 'word' || verb.text !== verb.lower || !/(ed|s)$/.test(verb.lower)) return false;
  for (let k = last + 2; k <= last + 1 + OWN_PRONOUN_WORDS; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || t.sentence !== verb.sentence) return false;
    if (t.lower === 'his' || t.lower === 'himself' || t.lower === 'herself') return true;
    if (t.lower === 'her') {
      const owned = tokens[k + 1];
      return !!owned && owned.kind === 'word' && owned.text === owned.lower && !AFTER_OBJECT_HER.has(owned.lower);
    }
  }
  return false;
}

/** "Elif Shafak's new novel", "Moyo's memoir": a work only a person writes, owned by the name. */
function authoredWorkAfter(tokens: readonly Token[], last: number): boolean {
  if (!POSSESSIVE.test(itemAt(tokens, last).text)) return false;
  const next = tokens[last + 1];
  const work = next && next.text === next.lower && !AUTHORED_WORKS.has(next.lower) ? tokens[last + 2] : next;
  return AUTHORED_WORKS.has(work?.lower ?? '');
}

/** "Tendai Moyo (pictured)", "Moyo and his wife", "the novel by Tendai Moyo". */
function personAround(tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[last + 1]?.text === '(' && tokens[last + 2]?.lower === 'pictured') return true;
  if (tokens[last + 1]?.lower === 'and' && PERSONAL_OPENERS.has(tokens[last + 2]?.lower ?? '') && KIN_NOUNS.has(tokens[last + 3]?.lower ?? '')) return true;
  if (tokens[first - 1]?.lower !== 'by') return false;
  // "\"Winter Quarters\" by Clementine Duvall": the maker of a quoted title.
  const work = tokens[first - 2];
  return AUTHORED_WORKS.has(work?.lower ?? '') || (!!work && (work.text === '"' || work.text === '\u201d') && adjacent(tokens[first - 3], work) && !adjacent(work, tokens[first - 1]));
}

/** "a patch written by Tendai Moyo", "the team, coached by Tendai Moyo": the agent of what only a person does. */
function agentAfterParticiple(tokens: readonly Token[], first: number): boolean {
  return tokens[first - 1]?.lower === 'by' && PERSON_AGENT_PARTICIPLES.has(tokens[first - 2]?.lower ?? '');
}

/** "Adaeze Nwachukwu, whose two children attend": kin only a person has, owned by the name. */
function whoseKin(tokens: readonly Token[], whose: number): boolean {
  if (tokens[whose]?.lower !== 'whose') return false;
  const noun = isCount(tokens[whose + 1]) ? tokens[whose + 2] : tokens[whose + 1];
  return KIN_NOUNS.has(noun?.lower ?? '') && noun?.lower !== 'partner';
}

/** The pronouns a person is the subject of. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
/**
 * What a full name's subject may be called after it: "Scooter Braun is unhappy with the way his
 * label". Unlike the coreference's personal pronouns, no "her": it is as often another's object.
 */
const PRONOUNS_AFTER_A_SUBJECT: ReadonlySet<string> = new Set(['he', 'she', 'his', 'him', 'himself', 'herself']);

/** How far into its sentence a subject's "he" or "she" is looked for ("Norris will be champion if he finishes"). */
const SUBJECT_PRONOUN_WINDOW_TOKENS = 8;

/**
 * "Norris will be champion if he finishes second": a name opening its sentence, then "he" or
 * "she" with no other name between, is that person; "Apple will win if it" is not. A word that
 * opens a sentence may be any word ("Nope, he said"), so only the surname of a full name the
 * article gives is read so.
 */
export function subjectThenPronoun(tokens: readonly Token[], first: number, last: number, pronouns: ReadonlySet<string> = SUBJECT_PRONOUNS): boolean {
  const opener = itemAt(tokens, first);
  if (!opener.sentenceInitial) return false;
  for (let k = last + 1; k <= last + SUBJECT_PRONOUN_WINDOW_TOKENS && k < tokens.length; k++) {
    const t = itemAt(tokens, k);
    if (t.sentence !== opener.sentence || t.text === ';' || OPENING_QUOTES.has(t.text)) return false;
    if (pronouns.has(t.lower)) return true;
    if (t.kind === 'word' && (isCapitalised(t.text) || t.lower === 'it' || t.lower === 'they')) return false;
  }
  return false;
}

/**
 * Evidence that a name of two words or more is a person's. A lone word would need more: "Alice
 * revises her fix" in a tutorial, "supporters of Hamas".
 */
function fullNameEvidence(tokens: readonly Token[], d: EvidenceSubject): boolean {
  return d.tokenLast > d.tokenFirst && (followedOrReferred(tokens, d.tokenFirst, d.tokenLast) || ownPronounAfterVerb(tokens, d.tokenLast) || authoredWorkAfter(tokens, d.tokenLast) || subjectThenPronoun(tokens, d.tokenFirst, d.tokenLast, PRONOUNS_AFTER_A_SUBJECT));
}

export interface EvidenceSubject {
  readonly tokenFirst: number;
  readonly tokenLast: number;
  readonly surname: string;
  readonly titles: readonly string[];
}

/** Surnames the article itself shows to be people: "Mr. X", "X said", "said X", "X, 24,", "X, the coach", "played by X". */
export function personEvidence(tokenized: TokenizedText, all: readonly EvidenceSubject[]): Set<string> {
  const { tokens } = tokenized;
  const out = new Set<string>();
  for (const d of all) {
    const next = tokens[d.tokenLast + 1];
    const before = tokens[d.tokenFirst - 1];
    const honorific = d.titles.some((t) => HONORIFICS.has(t));
    const roleBefore =
      !!before && ((isRoleNoun(before.lower) && !(isCapitalised(before.text) && !before.sentenceInitial)) || positionCodeAt(tokens, d.tokenFirst - 1) || (before.text === ',' && isRoleNoun(tokens[d.tokenFirst - 2]?.lower ?? '')));
    const who = next?.text === ',' && (tokens[d.tokenLast + 2]?.lower === 'who' || whoseKin(tokens, d.tokenLast + 2));
    // "told ESPN's Shams Charania", "CNN's Jake Tapper": an outlet's initials own its reporter's full name.
    const outletReporter = !!before && d.tokenLast > d.tokenFirst && newsOutletPossessive(before.text);
    // "The singer, born Kaleinani Ruiz-Fontaine, wore": the name a person was born with.
    const birthName = before?.lower === 'born' && d.tokenLast > d.tokenFirst;
    // "according to Fabrizio Romano": a source named by two plain words is a person ("according to
    // Reuters", "Pro Football Focus" and "Circana BookScan" are a firm's names).
    const namedSource = before?.lower === 'to' && tokens[d.tokenFirst - 2]?.lower === 'according' && d.tokenLast === d.tokenFirst + 1 && PLAIN_NAME_WORD.test(itemAt(tokens, d.tokenFirst).text) && PLAIN_NAME_WORD.test(bare(itemAt(tokens, d.tokenLast).text));
    if (honorific || roleBefore || who || outletReporter || birthName || namedSource || titleAfter(tokens, d.tokenLast) || ((statLineAfter(tokens, d.tokenLast) || agentAfterParticiple(tokens, d.tokenFirst) || fullNameEvidence(tokens, d)) && !namesAPlace(tokens, d)) || roleOfBefore(tokens, d.tokenFirst, d.tokenLast) || bornAfter(tokens, d.tokenLast) || namedAsActor(tokens, d.tokenFirst, d.tokenLast) || handleAfter(tokens, d.tokenLast) || appositiveRole(tokens, d.tokenLast) || ageAfter(tokens, d.tokenLast) || hometownAfter(tokens, d.tokenLast) || partyTagAfter(tokens, d.tokenLast) || generationAfterName(tokens, d.tokenFirst, d.tokenLast) || ageBefore(tokens, d.tokenFirst) || identifiedAs(tokens, d.tokenFirst, d.tokenLast) || kinAfter(tokens, d.tokenLast) || personOnlyAfter(tokens, d.tokenLast) || personAround(tokens, d.tokenFirst, d.tokenLast) || (next && PERSON_EVIDENCE_AFTER.has(next.lower)) || (before && PERSON_EVIDENCE_AFTER.has(before.lower))) {
      out.add(d.surname);
    }
  }
  return out;
}
