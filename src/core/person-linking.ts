/**
 * Links a name to one knowledge-file person: by elimination, by context words nearby, or (for
 * lone surnames) by prominence, never by a guess.
 */
import { bare } from './person-runs';
import { TITLE_CONTEXT } from './person-vocabulary';
import { isAllCaps, tokenKey, type Token, type TokenizedText } from './text-tokens';
import type { PersonCandidate } from './types';
import { itemAt } from './item-at';

/** How many sentences either side of a mention are searched for context words. */
const CONTEXT_SENTENCES = 1;
/** Context never reaches further than this, however long the sentences: linear time on any page. */
const MAX_CONTEXT_TOKENS = 150;

export interface LinkSubject {
  readonly tokenFirst: number;
  readonly single: boolean;
  readonly titles: readonly string[];
}

/**
 * A state's postal code among a record's context words ("in", "me", "or", "ms") is read only
 * where the article writes it in capitals ("R-IN"): in lower case it is an everyday word, and a
 * congressman from Indiana would find support in every article's "in".
 */
const STATE_CODE_KEY = /^[a-z]{2}$/;
const CODE_PREFIX = 'code:';

function codeKey(word: string): string {
  return STATE_CODE_KEY.test(word) ? CODE_PREFIX + word : word;
}

/** The key a token of the article is matched to context words by: two capitals as a code. */
function linkKey(t: Token): string {
  const text = bare(t.text);
  if (text.length === 2 && isAllCaps(text)) return CODE_PREFIX + t.lower.slice(0, 2);
  return tokenKey(bare(t.lower));
}

interface ContextClues {
  /** Context words that stand alone: no word of a longer context phrase ("commissioner"). */
  readonly alone: readonly string[];
  /** Context phrases, each as its words ("social security" as "social", "security"). */
  readonly phrases: readonly (readonly string[])[];
}

const cluesCache = new WeakMap<PersonCandidate, ContextClues>();

/**
 * A candidate's context words, with the modifiers of its phrases kept only inside them: the
 * Social Security commissioner's record holds "social security", and a school story's "social
 * services" says nothing of that office.
 */
function cluesOf(candidate: PersonCandidate): ContextClues {
  let clues = cluesCache.get(candidate);
  if (clues) return clues;
  const words = candidate.contextWords.map(codeKey);
  const phrases = words.filter((w) => w.includes(' ')).map((w) => w.split(' '));
  // A phrase's last word, its head, stands alone too: a president's record holds "president"
  // for the presidency beside "vice president" for the office before it.
  const inPhrase = new Set(phrases.flatMap((words) => words.slice(0, -1)));
  clues = { alone: words.filter((w) => !w.includes(' ') && !inPhrase.has(w)), phrases };
  cluesCache.set(candidate, clues);
  return clues;
}

/**
 * Context words of the candidate's near the mention, and titles that fit the candidate's
 * offices. `specificOnly` leaves out the words any namesake's story has as often ("court",
 * "commissioner"): a unique name of someone obscure needs its own office or place nearby.
 */
export function contextScore(candidate: PersonCandidate, words: ReadonlySet<string>, titles: readonly string[], specificOnly = false): number {
  let score = 0;
  const clues = cluesOf(candidate);
  for (const w of clues.alone) if (words.has(w) && !(specificOnly && UNSPECIFIC_CONTEXT_WORDS.has(w))) score++;
  for (const phrase of clues.phrases) if (phrase.every((w) => words.has(w)) && !(specificOnly && UNSPECIFIC_CONTEXT_WORDS.has(phrase.join(' ')))) score++;
  for (const t of titles) {
    const c = TITLE_CONTEXT[t];
    if (c && candidate.contextWords.includes(c)) score += 2;
  }
  return score;
}

export function contextWords(tokenized: TokenizedText, tokenIndex: number): Set<string> {
  const { tokens } = tokenized;
  const s = itemAt(tokens, tokenIndex).sentence;
  const words = new Set<string>();
  const from = Math.max(0, tokenIndex - MAX_CONTEXT_TOKENS);
  const to = Math.min(tokens.length, tokenIndex + MAX_CONTEXT_TOKENS);
  for (let k = tokenIndex; k >= from && itemAt(tokens, k).sentence >= s - CONTEXT_SENTENCES; k--) words.add(linkKey(itemAt(tokens, k)));
  for (let k = tokenIndex + 1; k < to && itemAt(tokens, k).sentence <= s + CONTEXT_SENTENCES; k++) {
    words.add(linkKey(itemAt(tokens, k)));
  }
  return words;
}

/** One candidate by elimination or by context, else null: never a guess. */
export function pick(candidates: readonly PersonCandidate[], tokenized: TokenizedText, subject: LinkSubject, allowProminent: boolean): PersonCandidate | null {
  const usable = candidates.filter((c) => !(subject.single && c.surnameRule === 'never-alone'));
  if (usable.length === 0) return null;
  const needsContext = subject.single && usable.some((c) => c.surnameRule === 'needs-context');
  if (usable.length === 1 && !needsContext) return usable[0] as PersonCandidate;
  const words = contextWords(tokenized, subject.tokenFirst);
  let best: PersonCandidate | null = null;
  let bestScore = 0;
  let tie = false;
  for (const c of usable) {
    const s = contextScore(c, words, subject.titles);
    if (s > bestScore) {
      best = c;
      bestScore = s;
      tie = false;
    } else if (s === bestScore && s > 0) tie = true;
  }
  if (best && !tie) return best;
  if (allowProminent && !needsContext) {
    const prominent = usable.filter((c) => c.prominent);
    if (prominent.length === 1) return prominent[0] as PersonCandidate;
  }
  return null;
}

/**
 * Context words that say nothing about which person is meant: parties, the country, and titles
 * and institutions every long story names. A namesake's article has "U.S.", "Democrats",
 * "president", "federal" or "court" as often as the officeholder's does; only the place, the
 * office or the body that is the person's own tells them apart.
 */
const UNSPECIFIC_CONTEXT_WORDS: ReadonlySet<string> = new Set([
  'd', 'r', 'i', 'u.s.', 'us', 'code:us', 'united', 'states', 'state', 'city', 'leader', 'king', 'president', 'vice president',
  'democrat', 'democratic', 'democrats', 'republican', 'republicans', 'gop', 'independent',
  'federal', 'senior', 'court', 'judge', 'house', 'official', 'agency', 'director', 'government',
  // Offices every level of government and many a league or company has ("the police commissioner").
  'commissioner', 'administrator', 'chair', 'chairman', 'chairwoman', 'member',
  // Words a shop's or a park's page has as often as a cabinet member's ("medicine cabinet", "national park").
  'cabinet', 'national',
  // A head of government's titles, which every country's ministers and chancellors share.
  'minister', 'chancellor', 'premier',
]);

/** Every word of the article, and every run of words up to `MAX_PHRASE_WORDS`, for phrase context words ("white house"). */
export interface ArticleWords {
  readonly phrases: ReadonlySet<string>;
}

const MAX_PHRASE_WORDS = 4;

export function articleWords(tokenized: TokenizedText): ArticleWords {
  const words = tokenized.tokens.filter((t) => t.kind === 'word').map(linkKey);
  const phrases = new Set<string>();
  for (let k = 0; k < words.length; k++) {
    let phrase = '';
    for (let n = 0; n < MAX_PHRASE_WORDS && k + n < words.length; n++) {
      phrase = n === 0 ? (words[k] as string) : `${phrase} ${words[k + n] as string}`;
      phrases.add(phrase);
    }
  }
  return { phrases };
}

/**
 * Whether the article anywhere names something that belongs to this person (a place, an office,
 * an institution) beyond the party and the country. A famous office holder's article does; a
 * namesake's rarely names the right state or office ("Dion" in a story about a singer is not the
 * mayor of Portland, Maine).
 */
export function articleSupports(candidate: PersonCandidate, words: ArticleWords): boolean {
  const clues = cluesOf(candidate);
  // A postal code anywhere in the article is a dateline's or a list of tour stops' ("Noblesville,
  // IN"): it supports a link only near the name.
  const names = (word: string): boolean => !UNSPECIFIC_CONTEXT_WORDS.has(word) && !word.startsWith(CODE_PREFIX) && words.phrases.has(word);
  return clues.alone.some(names) || clues.phrases.some((phrase) => names(phrase.join(' ')));
}

/** Office words of a head of state or government (a vice president's context holds "president" too). */
const LEADER_OFFICE_WORDS: readonly string[] = ['president', 'prime minister'];
/** Shorter surnames ("Kim", "Li", "Lee") are borne by too many people in the news to stand alone. */
const LONE_LEADER_SURNAME_MIN_LETTERS = 4;

/** A story about a leader names them again; a brand in a gift list ("Okafor gloves, $30") once. */
const LONE_LEADER_MIN_MENTIONS = 2;

/**
 * "When Trump tweeted", "Putin said": the press names a president or prime minister by surname
 * alone, often without a word of the office. Such a surname, named alone at least twice, links on
 * its own when the chosen person is the only notable bearer in the file: a judge named Nixon is
 * not named so bare, while "Bush" or "Clinton" (two notable bearers) still needs the article's
 * support.
 */
export function isSoleNotableLeader(surname: string, mentions: number, chosen: PersonCandidate, candidates: readonly PersonCandidate[]): boolean {
  if (surname.length < LONE_LEADER_SURNAME_MIN_LETTERS || mentions < LONE_LEADER_MIN_MENTIONS) return false;
  if (!LEADER_OFFICE_WORDS.some((word) => chosen.contextWords.includes(word))) return false;
  return candidates.every((c) => c.id === chosen.id || !isNotable(c));
}

/**
 * The one notable president or prime minister among the candidates ("the Modi government", "the
 * Putin regime"), or null when none or several.
 */
export function soleLeader(surname: string, candidates: readonly PersonCandidate[]): PersonCandidate | null {
  if (surname.length < LONE_LEADER_SURNAME_MIN_LETTERS) return null;
  const leaders = candidates.filter((c) => isNotable(c) && LEADER_OFFICE_WORDS.some((word) => c.contextWords.includes(word)));
  return leaders.length === 1 ? (leaders[0] as PersonCandidate) : null;
}

/** Context words only a president's or a vice president's record holds together. */
const PRESIDENCY_CONTEXT_WORDS: readonly string[] = ['president', 'white house'];

/** The one candidate whose record is the presidency's ("the Carter administration"), or null when none or several. */
export function solePresident(candidates: readonly PersonCandidate[]): PersonCandidate | null {
  const presidents = candidates.filter((c) => PRESIDENCY_CONTEXT_WORDS.every((w) => c.contextWords.includes(w)));
  return presidents.length === 1 ? (presidents[0] as PersonCandidate) : null;
}

/** Context words of an elected office in Congress or a state house (`contextWords` come from every office held). */
const ELECTED_OFFICE_WORDS: readonly string[] = ['senate', 'house', 'governor'];

/**
 * Holds a notable office now, or held the presidency or a seat on the Supreme Court, or both a
 * cabinet post and an elected office ("Hillary Clinton", named in full in a campaign story without
 * a word of her offices). A career in two institutions is a public one: a namesake named in full is
 * rare, while an obscure one-office holder's namesake is not.
 */
export function isNotable(candidate: PersonCandidate): boolean {
  const words = candidate.contextWords;
  if (candidate.prominent || words.includes('president') || words.includes('supreme court')) return true;
  return words.includes('cabinet') && ELECTED_OFFICE_WORDS.some((word) => words.includes(word));
}
