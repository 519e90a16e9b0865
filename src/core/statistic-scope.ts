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
  let world = false;
  let local = false;
  let national = false;
  for (let k = first; k < last && itemAt(tokens, k).sentence === sentence; k++) {
    const token = itemAt(tokens, k);
    if (token.kind !== 'word') continue;
    const word = bareWord(token.lower);
    const capital = token.text !== token.lower;
    if (capital && US_ABBREVIATIONS.some((abbr) => tokenized.text.startsWith(abbr, token.start) && !isLetterAt(tokenized.text, token.start + abbr.length))) national = true;
    if (WORLD_WORDS.has(word) || FOREIGN_PLACE_WORDS.has(word)) world = true;
    else if (LOCAL_WORDS.has(word)) local = true;
    else if (US_WORDS.has(word)) national = true;
    // Places are written with capitals; a lower-case word opens none.
    if (!capital) continue;
    let phrase = '';
    for (let n = 0; n < MAX_PLACE_WORDS && k + n < tokens.length; n++) {
      const next = itemAt(tokens, k + n);
      if (next.kind !== 'word' || next.sentence !== sentence) break;
      phrase = n === 0 ? bareWord(next.lower) : `${phrase} ${bareWord(next.lower)}`;
      const scope = placeScope(phrase);
      if (scope === 'world') world = true;
      else if (scope === 'local') local = true;
      else if (scope === 'us') national = true;
    }
  }
  if (world) return 'world';
  if (local) return 'local';
  return national ? 'us' : null;
}
