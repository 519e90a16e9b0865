/**
 * Names that are not people though a person's name spells them: the quoted title of a work the
 * sentence calls a work ("\"Dorothea,\" a biopic of the photographer") and a thing the sentence
 * says is named after someone ("a tractor named \"Dolly,\" after Dolly Parton").
 */
import { CLOSING_QUOTES, OPENING_QUOTES, type Token } from './text-tokens';

/** Nouns of a work whose title a quoted name may be. */
const WORK_NOUNS = new Set([
  'film', 'movie', 'biopic', 'documentary', 'series', 'miniseries', 'show', 'sitcom', 'drama', 'comedy', 'thriller', 'novel',
  'book', 'memoir', 'album', 'song', 'single', 'play', 'musical', 'opera', 'painting', 'portrait', 'exhibition', 'podcast',
  'episode', 'sculpture', 'poem', 'ballet',
]);
/** Lower-case words a work noun may have before it ("a two-hour biopic", "a new Netflix series"). */
const MAX_WORK_ADJECTIVES = 2;
const ARTICLES = new Set(['a', 'an', 'the']);

/** The index of the closing quote right after a quoted name, a comma before or after it allowed; or -1. */
function closingQuoteAfter(tokens: readonly Token[], last: number): number {
  let k = last + 1;
  if (tokens[k]?.text === ',') k++;
  return CLOSING_QUOTES.has(tokens[k]?.text ?? '') ? k : -1;
}

/** "a biopic", "the new Netflix series": an article, a few lower-case words, a work noun, from `k`. */
function workNounFrom(tokens: readonly Token[], k: number): boolean {
  if (!ARTICLES.has(tokens[k]?.lower ?? '')) return false;
  for (let j = k + 1; j <= k + 1 + MAX_WORK_ADJECTIVES; j++) {
    const t = tokens[j];
    if (!t || t.kind !== 'word') return false;
    if (WORK_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** "\"Dorothea,\" a biopic of …": a quoted name set beside the work noun it titles. */
function titleOfWork(tokens: readonly Token[], first: number, last: number): boolean {
  if (!OPENING_QUOTES.has(tokens[first - 1]?.text ?? '')) return false;
  const close = closingQuoteAfter(tokens, last);
  if (close < 0) return false;
  const after = tokens[close + 1]?.text === ',' ? close + 2 : close + 1;
  return workNounFrom(tokens, after);
}

/** "a tractor named \"Dolly,\" after Dolly Parton", "a dog named Custer after the general": the thing named. */
function namedAfterSomeone(tokens: readonly Token[], first: number, last: number): boolean {
  const quoted = OPENING_QUOTES.has(tokens[first - 1]?.text ?? '');
  if (tokens[first - (quoted ? 2 : 1)]?.lower !== 'named') return false;
  let k = quoted ? closingQuoteAfter(tokens, last) + 1 : last + 1;
  if (k === 0) return false;
  if (tokens[k]?.text === ',') k++;
  return tokens[k]?.lower === 'after';
}

/** True when the run from `first` to `last` is the title of a work or the name of a thing named after someone. */
export function namesAWorkOrNamesake(tokens: readonly Token[], first: number, last: number): boolean {
  return titleOfWork(tokens, first, last) || namedAfterSomeone(tokens, first, last);
}
