/**
 * The one normalisation shared by the knowledge generator, the index and the recognizers, so a
 * name written in the knowledge file and the same name met in an article meet on the same key.
 */

const APOSTROPHES = /[\u2018\u2019\u02BC\u2032`]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const WHITESPACE = /\s+/g;
/** Soft hyphens, zero-width spaces and joiners, word joiners, byte-order marks: never part of a key. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

export function normalizeKey(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .replace(WHITESPACE, ' ')
    .trim()
    .toLowerCase();
}
