/**
 * Whether a text is written in English. Footnote's recognizers, vocabularies and knowledge are
 * English: on a page in another language they mark capitalised nouns as people and read "40.000"
 * as forty, so such a page is better left unmarked, with the reason said. English prose is about
 * a fifth the function words below ("the", "of", "and"; words just as common in other languages,
 * such as "a", "in" or "was", are left out); other languages use few of them, so their share in
 * the opening words separates the two without a language model.
 */
import { ENGLISH_FUNCTION_WORDS_MIN_SHARE, LANGUAGE_SAMPLE_WORDS, LANGUAGE_MIN_WORDS } from '../constants';

const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'about', 'after', 'all', 'and', 'are', 'at', 'be', 'because', 'been', 'but', 'by', 'can',
  'could', 'did', 'for', 'from', 'had', 'has', 'have', 'he', 'him', 'his', 'how', 'if', 'into',
  'it', 'its', 'many', 'more', 'most', 'not', 'of', 'one', 'or', 'other', 'our', 'out', 'over',
  'people', 'said', 'she', 'should', 'some', 'such', 'than', 'that', 'the', 'their', 'them',
  'there', 'these', 'they', 'this', 'those', 'to', 'up', 'we', 'were', 'what', 'when', 'where',
  'which', 'while', 'who', 'will', 'with', 'would', 'you',
]);

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

/**
 * Share of the opening lower-case words (up to `LANGUAGE_SAMPLE_WORDS`) that are English function
 * words; null when there are too few to tell. Capitalised words are names and headings in any
 * language, and a results table or a list of names has almost no lower-case words: neither says
 * what language the prose is in.
 */
export function englishFunctionWordShare(text: string): number | null {
  let words = 0;
  let functionWords = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (word.length < 2 || word[0] === word[0]?.toUpperCase()) continue;
    words += 1;
    if (ENGLISH_FUNCTION_WORDS.has(word)) functionWords += 1;
    if (words >= LANGUAGE_SAMPLE_WORDS) break;
  }
  return words < LANGUAGE_MIN_WORDS ? null : functionWords / words;
}

/**
 * False only when the text is long enough to tell and reads as another language. A short text
 * is given the benefit of the doubt unless the page declares another language (`declared`, a
 * BCP 47 tag such as "de-DE", or null when the page says nothing).
 */
export function isEnglishText(text: string, declared: string | null): boolean {
  const share = englishFunctionWordShare(text);
  if (share !== null) return share >= ENGLISH_FUNCTION_WORDS_MIN_SHARE;
  return declared === null || /^en\b/i.test(declared.trim()) || declared.trim() === '';
}
