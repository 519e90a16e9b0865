/**
 * Where the things a figure counts are, when its sentence says so: the whole country ("U.S.",
 * "nationwide", "Americans"), one state, county or city ("Kentucky", "state residents"), or the
 * world and other countries ("worldwide", "in India"). A card that relates a count to the U.S.
 * population or economy must know: "3,248 cases worldwide" per 100,000 Americans is a wrong fact.
 */
import { FOREIGN_PLACE_WORDS } from './foreign-places';
import { itemAt } from './item-at';
import { CITIES, COUNTRIES, US_STATES } from './person-gazetteers';
import { tokenKey, type TokenizedText } from './text-tokens';
import type { StatisticScope } from './types';

const WORLD_WORDS: ReadonlySet<string> = new Set(['worldwide', 'globally', 'global', 'world', 'international', 'internationally', 'abroad', 'overseas']);
const LOCAL_WORDS: ReadonlySet<string> = new Set(['state', 'statewide', 'county', 'counties', 'countywide', 'city', 'citywide', 'local', 'municipal', 'town', 'district']);
/** Only words that cannot mean another country: "the country" and "national" may be any country's, "us" a pronoun. */
const US_WORDS: ReadonlySet<string> = new Set(['nationwide', 'american', 'americans', 'federal']);
/** The country's abbreviations as written: "U.S." is tokenised letter by letter, "US" in capitals is never the pronoun. */
const US_ABBREVIATIONS: readonly string[] = ['U.S.', 'US', 'USA', 'U.S.A.'];
/** Country names in the gazetteer that are this country. */
const OWN_COUNTRY: ReadonlySet<string> = new Set(['united states', 'america']);
/** The capital stands for the federal government as often as for the state or the city: it says nothing. */
const AMBIGUOUS_PLACES: ReadonlySet<string> = new Set(['washington']);
const MAX_PLACE_WORDS = 3;
/** The sentence is read this far either side of the figure, so a page without full stops stays linear. */
const MAX_SCOPE_TOKENS = 60;
const POSSESSIVE_END = /['’]s$/;

function isLetterAt(text: string, i: number): boolean {
  const c = text.charAt(i);
  return c.toLowerCase() !== c.toUpperCase();
}

/** "Kentucky's" -> "kentucky". */
function bareWord(lower: string): string {
  return tokenKey(lower.replace(POSSESSIVE_END, ''));
}

function placeScope(key: string): StatisticScope | null {
  if (AMBIGUOUS_PLACES.has(key)) return null;
  if (OWN_COUNTRY.has(key)) return 'us';
  if (US_STATES.has(key) || CITIES.has(key)) return 'local';
  if (COUNTRIES.has(key)) return 'world';
  return null;
}

const WORLD_FLAG = 1;
const LOCAL_FLAG = 2;
const NATIONAL_FLAG = 4;
const READ_FLAG = 8;
/** Each token's own scope words, read once per text: the figures of one sentence share them. */
const tokenFlags = new WeakMap<TokenizedText, Uint8Array>();

/** What the token at `k`, and the place names it opens, say of the scope: WORLD_FLAG, LOCAL_FLAG, NATIONAL_FLAG. */
function scopeFlagsAt(tokenized: TokenizedText, k: number): number {
  let flags = tokenFlags.get(tokenized);
  if (!flags) {
    flags = new Uint8Array(tokenized.tokens.length);
    tokenFlags.set(tokenized, flags);
  }
  const known = flags[k] as number;
  if (known & READ_FLAG) return known;
  const { tokens } = tokenized;
  const token = itemAt(tokens, k);
  let found = READ_FLAG;
  if (token.kind === 'word') {
    const word = bareWord(token.lower);
    const capital = token.text !== token.lower;
    if (capital && US_ABBREVIATIONS.some((abbr) => tokenized.text.startsWith(abbr, token.start) && !isLetterAt(tokenized.text, token.start + abbr.length))) found |= NATIONAL_FLAG;
    if (WORLD_WORDS.has(word) || FOREIGN_PLACE_WORDS.has(word)) found |= WORLD_FLAG;
    else if (LOCAL_WORDS.has(word)) found |= LOCAL_FLAG;
    else if (US_WORDS.has(word)) found |= NATIONAL_FLAG;
    // Places are written with capitals; a lower-case word opens none.
    if (capital) {
      let phrase = '';
      for (let n = 0; n < MAX_PLACE_WORDS && k + n < tokens.length; n++) {
        const next = itemAt(tokens, k + n);
        if (next.kind !== 'word' || next.sentence !== token.sentence) break;
        phrase = n === 0 ? bareWord(next.lower) : `${phrase} ${bareWord(next.lower)}`;
        const scope = placeScope(phrase);
        if (scope === 'world') found |= WORLD_FLAG;
        else if (scope === 'local') found |= LOCAL_FLAG;
        else if (scope === 'us') found |= NATIONAL_FLAG;
      }
    }
  }
  flags[k] = found;
  return found;
}

/**
 * The scope its sentence gives the figure at `tokenIndex`, or null when the sentence says none.
 * Abroad or local wins over national: "in the U.S. and worldwide" is not a U.S. figure alone.
 */
export function scopeOfFigure(tokenized: TokenizedText, tokenIndex: number): StatisticScope | null {
  const { tokens } = tokenized;
  const sentence = itemAt(tokens, tokenIndex).sentence;
  let first = tokenIndex;
  while (first > 0 && tokenIndex - first < MAX_SCOPE_TOKENS && itemAt(tokens, first - 1).sentence === sentence) first--;
  const last = Math.min(tokens.length, tokenIndex + MAX_SCOPE_TOKENS);
  let flags = 0;
  for (let k = first; k < last && itemAt(tokens, k).sentence === sentence; k++) flags |= scopeFlagsAt(tokenized, k);
  const world = (flags & WORLD_FLAG) !== 0;
  const local = (flags & LOCAL_FLAG) !== 0;
  const national = (flags & NATIONAL_FLAG) !== 0;
  if (world) return 'world';
  if (local) return 'local';
  return national ? 'us' : null;
}
