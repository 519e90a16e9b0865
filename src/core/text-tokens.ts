/**
 * Word and number tokens with their offsets, and the sentences they sit in. Every recognizer
 * walks these instead of running regular expressions over name lists, so recognition cost grows
 * with the article, not with the knowledge file.
 */

import { normalizeKey } from './text-normalize';
import { itemAt } from './item-at';
import { firstAtOrAfter } from './sorted-search';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  /** `text` in lower case, computed once. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** Index of the sentence holding the token. */
  readonly sentence: number;
  /** First word or number of its sentence (after opening quotes and brackets). */
  readonly sentenceInitial: boolean;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Most words capitalised, as in a headline: capitalisation says nothing about names there. */
  readonly headline: boolean;
}

export interface TokenizedText {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;

function isLetter(text: string, i: number): boolean {
  return isLetterCode(text.charCodeAt(i), text, i);
}

/** `isLetter` for the code `c` already read at `i`. */
function isLetterCode(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  // Curly quotes, dashes and the other general punctuation real pages are full of: no letters there.
  if ((c >= 0x2000 && c <= 0x206f) || (c >= 0xa0 && c <= 0xbf)) return c === 0xaa || c === 0xb5 || c === 0xba;
  return NON_ASCII_LETTER.test(text[i] as string);
}

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isDigit(text: string, i: number): boolean {
  return isDigitCode(text.charCodeAt(i));
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  // What `\s` matches beyond ASCII, without a regular expression per character.
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Invisible format characters real pages leave inside words: soft hyphens, zero-width spaces and
 * joiners, word joiners, byte-order marks. They belong to the word they sit in, never split it.
 */
const INVISIBLE_CHARS = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** Joiners inside a word: apostrophes and hyphens ("O'Brien", "Biden-Harris"). */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011;
}

/** Words (letters with inner apostrophes or hyphens, possessive kept), numbers ("409,000", "3.4") and single punctuation. */
function scan(text: string): RawToken[] {
  const out: RawToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = text.charCodeAt(i);
    if (isSpaceCode(first) || isInvisible(first)) {
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    let invisible = false;
    // Most words are plain lower-case ASCII: their lower-case form is the word itself.
    let plainLower = isLowerAscii(first);
    if (isLetterCode(first, text, i)) {
      kind = 'word';
      i++;
      for (;;) {
        while (i < n) {
          const c = text.charCodeAt(i);
          if (isLowerAscii(c)) i++;
          else if (isLetterCode(c, text, i)) {
            plainLower = false;
            i++;
          } else if (isInvisible(c)) {
            invisible = true;
            i++;
          } else break;
        }
        if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isLetter(text, i + 1)) {
          if (!isLowerAscii(text.charCodeAt(i + 1))) plainLower = false;
          i += 2;
          continue;
        }
        break;
      }
      // Possessive or plural-possessive apostrophe: "Homan's" was taken above; "officers'" here.
      const c = text.charCodeAt(i);
      if ((c === 39 || c === 0x2019) && (i + 1 >= n || !isLetter(text, i + 1))) i++;
    } else if (isDigitCode(first)) {
      kind = 'number';
      i++;
      for (;;) {
        while (i < n && isDigit(text, i)) i++;
        const c = text.charCodeAt(i);
        if ((c === 44 || c === 46) && i + 1 < n && isDigit(text, i + 1)) {
          i++;
          continue;
        }
        // Thin and narrow no-break spaces group thousands in SI style: "40\u202F000".
        if ((c === 0x202f || c === 0x2009) && isDigit(text, i + 1) && isDigit(text, i + 2) && isDigit(text, i + 3) && !isDigit(text, i + 4)) {
          i++;
          continue;
        }
        break;
      }
    } else {
      kind = 'punct';
      i++;
    }
    const word = text.slice(start, i);
    const lower = kind !== 'word' || plainLower ? word : word.toLowerCase();
    out.push({ kind, text: word, lower: invisible ? lower.replace(INVISIBLE_CHARS, '') : lower, start, end: i, sentence: 0, sentenceInitial: false });
  }
  return out;
}

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'st', 'jr', 'sr',
  'inc', 'co', 'corp', 'ltd', 'no', 'nos', 'nr', 'vs', 'v', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'pub', 'stat', 'sec', 'secs', 'const', 'art', 'amend', 'cl', 'app', 'seq', 'al', 'approx', 'est',
  'prof', 'rev', 'hon', 'rt', 'pres', 'supt', 'dept', 'univ', 'mt', 'ft', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.s.c', 'c.f.r',
  // Filipino usage abbreviates Maria: "Gov. Ma. Teresa Dela Cruz".
  'ma',
]);

/** No abbreviation is longer, and lower-casing never shortens a word: longer words skip the lower-casing. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

const CLOSERS = /["\u201D\u2019')\]]/;

function isSentenceEnd(text: string, tokens: readonly RawToken[], i: number): boolean {
  const tok = tokens[i];
  if (!tok) return false;
  if (tok.text === '!' || tok.text === '?') return true;
  if (tok.text !== '.') return false;
  const prev = tokens[i - 1];
  if (prev && prev.end === tok.start && prev.kind === 'word') {
    if (prev.text.length <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(prev.text.toLowerCase())) return false;
    // A single capital letter before a period is an initial ("J. Smith", "U.S."), but for the
    // network a post went up on ("he wrote on X. Safadi said").
    if (prev.text.length === 1 && !(prev.text === 'X' && /^(on|via)$/.test(tokens[i - 2]?.lower ?? ''))) return false;
    if (prev.start > 0 && text[prev.start - 1] === '.') return false;
  }
  const next = tokens[i + 1];
  if (!next) return true;
  if (next.start === tok.end) return false;
  return /^[\p{Lu}\d"\u201C\u2018'([]/u.test(next.text);
}

interface RawToken {
  kind: TokenKind;
  text: string;
  lower: string;
  start: number;
  end: number;
  sentence: number;
  sentenceInitial: boolean;
}

/** A year, as a cited work's date gives it. */
const YEAR = /^(1[5-9]|20)\d\d$/;

/** Items ending in a figure that make a capitalised line a list of names and figures, not a headline. */
const LIST_FIGURES_MIN = 2;

/** Marks that open an item of a bulleted list: "- Zara and Mike Tindall" is an item, not a headline. */
export const LIST_BULLETS: ReadonlySet<string> = new Set(['-', '\u2022', '*', '\u2013', '\u00b7']);

function isHeadline(tokens: readonly RawToken[], from: number, to: number): boolean {
  if (LIST_BULLETS.has(tokens[from]?.text ?? '')) return false;
  // "Tobias "Knightmare" Ellingsen-Baah — $90,000": a name set against its figure is a line of a table.
  if (tokens[to - 1]?.kind === 'number' && tokens.slice(from, to).some((t) => t.text === '\u2014' || t.text === '\u2013')) return false;
  // "Eric Dale and Boone Jenner also scored for the Blue Jackets.": a full stop ends a sentence of
  // the story, however many names it holds; headlines go without one.
  // "... a graduate of the Wharton School of Business in 1955." ends on a year and a full stop too,
  // "... voted to hold Bank Rate at 3.5%." on a percentage.
  // "... by Ann Lee (312 pages, $27)." closes its bracket before the stop; a reference list's
  // "Eich, Brendan (April 2, 2003)." closes on its date and reads as a heading does.
  let stopAfter = to - 2;
  while (stopAfter > from && CLOSERS.test(tokens[stopAfter]?.text ?? '') && tokens[stopAfter]?.text.length === 1) stopAfter--;
  const beforeStop = stopAfter < to - 2 && YEAR.test(tokens[stopAfter]?.text ?? '') ? undefined : tokens[stopAfter];
  if (to - 1 > from && tokens[to - 1]?.text === '.' && ((beforeStop?.kind === 'word' && beforeStop.text.length > 1) || beforeStop?.kind === 'number' || beforeStop?.text === '%')) return false;
  let words = 0;
  let capitalised = 0;
  let listedFigures = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t) continue;
    // "Scoring: Jalen Carter 18, Dev Okafor 12": a figure closing an item of a list.
    if (t.kind === 'number' && (tokens[i + 1]?.text === ',' || tokens[i + 1]?.text === ';')) listedFigures++;
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (isCapitalised(t.text)) capitalised++;
  }
  return words >= 3 && capitalised / words >= 0.75 && listedFigures < LIST_FIGURES_MIN;
}

/** How many line breaks stand in `text` between two offsets. */
export function newlinesBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/**
 * True when a tab stands between two offsets: the page layer writes one between the cells of a
 * table row, and a cell ends its sentence as a paragraph does.
 */
export function cellBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 9) return true;
  return false;
}

export function tokenize(text: string): TokenizedText {
  const raw = scan(text);
  // Only a text holding a table has tabs: any other is spared the look between its tokens.
  const hasCells = text.includes('\t');
  // Sentence ends: token index after which a sentence closes.
  const closesAfter = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const t = itemAt(raw, i);
    const next = raw[i + 1];
    const breaks = next && next.start > t.end + 1 ? newlinesBetween(text, t.end, next.start) : next && text.charCodeAt(t.end) === 10 ? 1 : 0;
    // A line that opens with a bullet is an item of its own ("- Zara and Mike Tindall").
    if (breaks >= 2 || (breaks === 1 && (/^[.!?:"\u201D]$/.test(t.text) || LIST_BULLETS.has(next?.text ?? '')))) closesAfter[i] = 1;
    else if (hasCells && next && next.start > t.end && cellBreakBetween(text, t.end, next.start)) closesAfter[i] = 1;
    if (t.kind === 'punct' && (t.text === '.' || t.text === '!' || t.text === '?') && isSentenceEnd(text, raw, i)) {
      let j = i;
      while (raw[j + 1] && CLOSERS.test(itemAt(raw, j + 1).text) && itemAt(raw, j + 1).start === itemAt(raw, j).end) j++;
      closesAfter[j] = 1;
      i = j;
    }
  }
  if (raw.length) closesAfter[raw.length - 1] = 1;
  const sentences: Sentence[] = [];
  let first = 0;
  for (let i = 0; i < raw.length; i++) {
    if (!closesAfter[i]) continue;
    const index = sentences.length;
    let seenWord = false;
    for (let k = first; k <= i; k++) {
      const t = itemAt(raw, k);
      t.sentence = index;
      t.sentenceInitial = !seenWord && t.kind !== 'punct';
      if (t.kind !== 'punct') seenWord = true;
    }
    sentences.push({ start: itemAt(raw, first).start, end: itemAt(raw, i).end, headline: isHeadline(raw, first, i + 1) });
    first = i + 1;
  }
  const tokens: readonly Token[] = raw;
  return { text, tokens, sentences };
}

/** Index of the first token whose start is at or after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  return firstAtOrAfter(tokens, offset, (t) => t.start);
}

const UPPER_START = /^\p{Lu}/u;
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(word);
}

/**
 * ASCII letters, digits and `.'&-`: characters `normalizeKey` leaves alone (but for case). Tested
 * by character code because the keys are read for most tokens, where a regular expression's call
 * costs more than the loop.
 */
function isPlainKeyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 39 || c === 38 || c === 45;
}

/** Lower-case plain characters and spaces only: already its own key. */
function isPlainLower(lower: string): boolean {
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c !== 32 && (!isPlainKeyChar(c) || (c >= 65 && c <= 90))) return false;
  }
  return true;
}

/** `normalizeKey` for one token's lower-case text, skipping the Unicode work when it is plain ASCII. */
export function tokenKey(lower: string): string {
  return isPlainLower(lower) ? lower : normalizeKey(lower);
}

/** Plain words separated by single spaces, nothing before or after: the key is its lower case. */
function isPlainPhrase(text: string): boolean {
  let afterSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if (isPlainKeyChar(c)) afterSpace = false;
    else return false;
  }
  return !afterSpace;
}

/** `normalizeKey` for a phrase from the text, skipping the Unicode work for plain single-spaced ASCII. */
export function phraseKey(text: string): string {
  return isPlainPhrase(text) ? text.toLowerCase() : normalizeKey(text);
}

const ANY_UPPER = /\p{Lu}/u;
export function isAllCaps(word: string): boolean {
  if (word.length <= 1) return false;
  // Plain ASCII is decided by its character codes; anything else by Unicode case.
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return word === word.toUpperCase() && ANY_UPPER.test(word);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

/** A token's lower-case text, or "" past either end of the text. */
export const lower = (t: Token | undefined): string => (t ? t.lower : '');
/** True when `b` starts where `a` ends: nothing between them. */
export const adjacent = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;

/** Quotation marks that open and close a quoted word: straight, curly, double and single. */
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '\u201c', '\u2018', "'"]);
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '\u201d', '\u2019', "'"]);
