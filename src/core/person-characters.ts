/**
 * Fictional characters the article itself names as such: the part an actor plays ("Newt Scamander
 * (Eddie Redmayne)", "playing the chaos theorist Ian Malcolm", "Newt Scamander, who is played by",
 * "Elle Fanning as Effie Trinket", "Beneatha (a fizzing Ann Okoye)", "return as Paul Atreides"),
 * or a name after "the character" or "the narrator". The annotation guide does not count them as
 * people, whatever given name they open with.
 */
import { isNameWord } from './person-runs';
import type { Token } from './text-tokens';

/** Verbs an actor plays a part with; any lower-case words may stand between them and the part. */
const PORTRAYAL_VERBS = new Set(['portrays', 'portrayed', 'portraying', 'voices', 'voiced', 'voicing']);
/**
 * Forms of "play": only with a described part between them and the name ("playing the chaos
 * theorist Ian Malcolm"), since "Nadal played Federer" names an opponent.
 */
const PLAY_VERBS = new Set(['plays', 'played', 'playing', 'play']);
/** Words of the screen and the stage: with one in the sentence, "agreed to play Rose-Lynn Harlan" names a part. */
const SCREEN_WORDS = new Set([
  'role', 'roles', 'part', 'film', 'films', 'movie', 'movies', 'series', 'show', 'musical', 'character', 'script', 'cast', 'casting',
  'stage', 'episode', 'sequel', 'biopic', 'drama', 'comedy', 'production', 'broadway', 'premiere', 'screen', 'adaptation', 'book',
  'books', 'novel', 'novels',
]);
/** How far either side of a name the sentence is searched for a word of the screen. */
const SCREEN_WINDOW_TOKENS = 30;

function sentenceSpeaksOfScreen(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]?.sentence;
  for (let k = Math.max(0, at - SCREEN_WINDOW_TOKENS); k <= at + SCREEN_WINDOW_TOKENS && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.sentence === sentence && SCREEN_WORDS.has(t.lower)) return true;
  }
  return false;
}
const PASSIVE_PORTRAYAL_VERBS = new Set(['played', 'portrayed', 'voiced']);
const ARTICLES = new Set(['the', 'a', 'an', 'his', 'her', 'their']);
/** Nouns that name a part in a story ("the character Izuku", "the narrator, Nick"). */
const PART_NOUNS = new Set(['character', 'characters', 'protagonist', 'narrator', 'antagonist', 'villain', 'heroine', 'antihero', 'ego']);
/** How far back from the name a verb of portrayal is looked for ("playing the grumpy old chaos theorist"). */
const PORTRAYAL_GAP_WORDS = 5;
/** Words of an actor's name in brackets after the part ("(Eddie Redmayne)"). */
const MAX_ACTOR_WORDS = 3;

/** Lower-case words a critic may set before the actor in brackets ("(a fizzing Ann Lee)"). */
const MAX_ACTOR_EPITHET_WORDS = 2;

/**
 * "Newt Scamander (Eddie Redmayne)", "her daughter Beneatha (a fizzing Ann Okoye)": the part, then
 * only the actor's name in brackets, or "a" and a critic's epithet before it.
 */
function actorInBrackets(tokens: readonly Token[], last: number, isGiven: (word: string) => boolean): boolean {
  if (tokens[last + 1]?.text !== '(') return false;
  let nameAt = last + 2;
  let epithet = false;
  if (/^an?$/.test(tokens[nameAt]?.text ?? '')) {
    nameAt++;
    while (nameAt <= last + 3 + MAX_ACTOR_EPITHET_WORDS && tokens[nameAt]?.kind === 'word' && tokens[nameAt]?.text === tokens[nameAt]?.lower) {
      nameAt++;
      epithet = true;
    }
    if (!epithet) return false;
  }
  const first = tokens[nameAt];
  if (!first || !isNameWord(first) || (!epithet && !isGiven(first.text))) return false;
  let k = nameAt + 1;
  while (k < nameAt + MAX_ACTOR_WORDS && tokens[k] && isNameWord(tokens[k] as Token)) k++;
  return k > nameAt + 1 && tokens[k]?.text === ')';
}

const IS_WAS = new Set(['is', 'was']);

/** Lower-case words between a passive verb of portrayal and "by" ("played with chilling courtesy by"). */
const MAX_MANNER_WORDS = 4;
/** Tokens of an appositive between a part and "played by" ("Karl Lindner, the polite emissary, played by"). */
const MAX_APPOSITIVE_TOKENS = 12;

/** The index of "by" after a passive verb of portrayal at `k`, with a few words of manner between; or -1. */
function portrayalBy(tokens: readonly Token[], k: number): number {
  if (!PASSIVE_PORTRAYAL_VERBS.has(tokens[k]?.lower ?? '')) return -1;
  for (let j = k + 1; j <= k + 1 + MAX_MANNER_WORDS; j++) {
    const t = tokens[j];
    if (!t || t.kind !== 'word' || t.text !== t.lower) return -1;
    if (t.lower === 'by') return j;
  }
  return -1;
}

/**
 * "Newt Scamander, who is played by", "Ian Malcolm, portrayed by", "Izuku is voiced by", "Karl
 * Lindner, the polite emissary, played with chilling courtesy by".
 */
function portrayedAfter(tokens: readonly Token[], last: number): boolean {
  let k = last + 1;
  if (tokens[k]?.text === ',') {
    k++;
    if (tokens[k]?.lower === 'who' && IS_WAS.has(tokens[k + 1]?.lower ?? '')) k += 2;
    else if (ARTICLES.has(tokens[k]?.lower ?? '')) {
      // An appositive set off by commas: "the polite emissary from the white neighbourhood,".
      const sentence = tokens[last]?.sentence;
      let j = k;
      while (j < k + MAX_APPOSITIVE_TOKENS && tokens[j] && tokens[j]?.text !== ',' && tokens[j]?.sentence === sentence) j++;
      if (tokens[j]?.text === ',' && portrayalBy(tokens, j + 1) > 0) return true;
    }
  } else if (IS_WAS.has(tokens[k]?.lower ?? '')) k++;
  else return false;
  return portrayalBy(tokens, k) > 0;
}

/** "Beneatha (a fizzing Ann Okoye)": the actor a critic's epithet introduces in brackets after the part. */
function actorAfterPart(tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[last + 1]?.text !== ')') return false;
  let k = first - 1;
  let epithet = 0;
  while (epithet < MAX_ACTOR_EPITHET_WORDS && tokens[k]?.kind === 'word' && tokens[k]?.text === tokens[k]?.lower && !/^an?$/.test(tokens[k]?.text ?? '')) {
    k--;
    epithet++;
  }
  const part = tokens[k - 2];
  return epithet > 0 && /^an?$/.test(tokens[k]?.text ?? '') && tokens[k - 1]?.text === '(' && !!part && isNameWord(part);
}

/** "played by Eddie Redmayne", "played with chilling courtesy by Ann Lee", "Daiki Yamashita voices": the actor, a real person. */
export function namedAsActor(tokens: readonly Token[], first: number, last: number): boolean {
  if (PORTRAYAL_VERBS.has(tokens[last + 1]?.lower ?? '')) return true;
  if (actorAfterPart(tokens, first, last)) return true;
  if (tokens[first - 1]?.lower !== 'by') return false;
  for (let k = first - 2; k >= first - 2 - MAX_MANNER_WORDS && k >= 0; k--) if (portrayalBy(tokens, k) === first - 1) return true;
  return false;
}

/** "voiced Izuku", "playing the chaos theorist Ian Malcolm", "the character of Bartleby". */
function partBefore(tokens: readonly Token[], first: number): boolean {
  const sentence = tokens[first]?.sentence;
  let k = first - 1;
  if (tokens[k]?.text === ',' || tokens[k]?.lower === 'of') k--;
  if (PART_NOUNS.has(tokens[k]?.lower ?? '')) return true;
  let described = false;
  for (k = first - 1; k >= 0 && k >= first - 1 - PORTRAYAL_GAP_WORDS; k--) {
    const t = tokens[k] as Token;
    // "voiced by Daiki Yamashita" names the actor.
    if (t.sentence !== sentence || t.lower === 'by') return false;
    if (PORTRAYAL_VERBS.has(t.lower)) return true;
    // "Nadal played Federer" names an opponent; "agreed to play Rose-Lynn Harlan … for the part" a part.
    if (PLAY_VERBS.has(t.lower)) return described || sentenceSpeaksOfScreen(tokens, first);
    if (t.kind !== 'word' || t.text !== t.lower) return false;
    if (ARTICLES.has(t.lower)) described = true;
  }
  return false;
}

/** Words of an actor's name before "as" in a cast list ("Ralph Fiennes as President Snow"). */
const MAX_CAST_NAME_WORDS = 3;

/**
 * "with Elle Fanning as Effie Trinket", "Janet McTeer as Minerva McGonagall": a name after "as"
 * that follows a full name opening with a given name is the part that actor plays. A role after
 * "as" ("named Ann Lee as chair") is no name and never reaches here; a possessive ("as Ann Lee's
 * successor") names a real person.
 */
function castAs(tokens: readonly Token[], first: number, last: number, isGiven: (word: string) => boolean): boolean {
  const as = tokens[first - 1];
  if (as?.text !== 'as' || /['\u2019]s$/.test(tokens[last]?.text ?? '')) return false;
  let k = first - 2;
  while (k >= first - 1 - MAX_CAST_NAME_WORDS && tokens[k] && isNameWord(tokens[k] as Token) && tokens[k]?.sentence === as.sentence) k--;
  const actorFirst = tokens[k + 1];
  return k + 1 < first - 2 && !!actorFirst && isGiven(actorFirst.text);
}

/** Verbs of appearing in a part, which "as" and the part follow ("return as Paul Atreides", "stars as"). */
const APPEARING_VERBS = new Set([
  'return', 'returns', 'returning', 'returned', 'star', 'stars', 'starring', 'starred', 'cast', 'recast', 'reprise', 'reprises',
  'reprising', 'reprised', 'appear', 'appears', 'appearing', 'appeared', 'debuts', 'debuted', 'role',
]);

/** "Chalamet and Zendaya return as Paul Atreides", "she stars as Ann Lee", "his role as": the part. */
function appearsAs(tokens: readonly Token[], first: number, last: number): boolean {
  return tokens[first - 1]?.text === 'as' && APPEARING_VERBS.has(tokens[first - 2]?.lower ?? '') && !/['\u2019]s$/.test(tokens[last]?.text ?? '');
}

/** True when the article names the run from `first` to `last` as a part an actor plays or a character. */
export function namedAsCharacter(tokens: readonly Token[], first: number, last: number, isGiven: (word: string) => boolean): boolean {
  return actorInBrackets(tokens, last, isGiven) || portrayedAfter(tokens, last) || partBefore(tokens, first) || castAs(tokens, first, last, isGiven) || appearsAs(tokens, first, last);
}
