/**
 * Credit lines inside the story's text, which the annotation guide counts as bylines: "Ann Lee
 * and Bo Diaz contributed to this report", "Ann Lee reported from Lima, and Bo Diaz from Quito",
 * and the author's bio closing the article ("Ann Lee is a reporter for ..."). No name in them is a
 * mention of a person in the story.
 */
import { opensItsLine } from './line-index';
import { bare } from './person-runs';
import { MONTHS } from './statistic-vocabulary';
import { isCapitalised, newlinesBetween, type Token, type TokenizedText } from './text-tokens';

/**
 * Words that make a sentence of names and places a credit: "Ann Lee via AP" under a photo, a
 * byline "By Ann Lee and Bo Diaz", "Photo: Ann Lee", "Courtesy of Ann Lee", "With files from Ann
 * Lee", "(With inputs from Ann Lee in Lima)", "With reports from Ann Lee and Bo Diaz".
 */
const CREDIT_VERBS = new Set(['contributed', 'reported', 'reporting', 'reports', 'contributing', 'editing', 'writing', 'via', 'by', 'photo', 'photograph', 'image', 'video', 'credit', 'courtesy', 'files', 'inputs']);
/**
 * The only lower-case words a credit sentence holds besides its verb: a sentence with any other
 * ("reported from Lima that the vote failed") is the story's own.
 */
const CREDIT_WORDS = new Set([
  'and', 'from', 'in', 'also', 'to', 'this', 'the', 'report', 'story', 'article', 'additional', 'with', 'by', 'of',
  'assistance', 'research', 'writer', 'writers', 'reporter', 'reporters', 'correspondent', 'correspondents', 'staff',
  'photographer', 'photographers', 'researcher', 'shot', 'edited', 'filmed', 'produced', 'family', 'estate', 'post', 'piece',
  'coverage', 'blog',
]);
/** Nouns of the newsroom that a closing author bio describes its author by. */
const NEWSROOM_NOUNS = new Set([
  'reporter', 'editor', 'producer', 'correspondent', 'writer', 'columnist', 'journalist', 'contributor', 'photographer',
  'critic', 'freelancer', 'author',
]);
const SOCIAL_NETWORKS = new Set(['twitter', 'x', 'instagram', 'facebook', 'threads', 'bluesky', 'mastodon', 'linkedin']);
/** "Tested by: Ann Lee", "Photographed by Bo Diaz": a line that opens by crediting someone. */
const CREDIT_LEADS = new Set(['tested', 'reviewed', 'photographed', 'photography', 'photos', 'illustrated', 'illustration', 'illustrations', 'words', 'interview', 'interviewed', 'produced', 'edited', 'written', 'story', 'text', 'article']);
/** "About the Author": the heading over the closing bio; the sentences under it are credits. */
const ABOUT_THE_AUTHOR = /^about the authors?$/;
const ABOUT_THE_AUTHOR_WORDS = 3;
const SENTENCES_UNDER_AUTHOR_HEADING = 3;
/** A bio closes the article: it stands among its last sentences (page furniture may follow it). */
const BIO_TAIL_SENTENCES = 6;
/** Verbs of a closing bio that says what its author writes ("writes about", "covers politics"). */
const BIO_VERBS = new Set(['writes', 'covers']);
/** What may follow a bio verb: its topic's preposition or the beat ("covers politics", "covers the courts"). */
const BIO_VERB_OBJECTS = new Set(['about', 'on', 'for', 'the', 'politics', 'business', 'sports', 'science', 'technology', 'health', 'courts', 'culture', 'music', 'food', 'travel', 'education']);
/** How far after "is a" the newsroom noun may stand ("is the Asia Digital Editor"). */
const BIO_NOUN_WORDS = 8;

function sentenceTokens(tokens: readonly Token[]): Array<{ first: number; last: number }> {
  const spans: Array<{ first: number; last: number }> = [];
  for (let k = 0; k < tokens.length; k++) {
    const s = (tokens[k] as Token).sentence;
    const span = spans[s];
    if (span) span.last = k;
    else spans[s] = { first: k, last: k };
  }
  return spans;
}

function pairKey(tokens: readonly Token[], k: number): string {
  return `${(tokens[k] as Token).text} ${bare((tokens[k + 1] as Token).text)}`;
}

/** The index after the capitalised words that open tokens `first`..`last`. */
function capitalisedRunEnd(tokens: readonly Token[], first: number, last: number): number {
  let k = first;
  while (k <= last && (tokens[k] as Token).kind === 'word' && isCapitalised((tokens[k] as Token).text)) k++;
  return k;
}

function isCreditSentence(tokens: readonly Token[], first: number, last: number): boolean {
  let verb = false;
  for (let k = first; k <= last; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'number') return false;
    if (t.kind !== 'word' || isCapitalised(t.text)) {
      if (t.kind === 'word' && CREDIT_VERBS.has(t.lower)) verb = true;
      continue;
    }
    if (CREDIT_VERBS.has(t.lower)) verb = true;
    else if (!CREDIT_WORDS.has(t.lower)) return false;
  }
  return verb;
}

/**
 * "Ann Lee is a freelance producer based in Lima.": a sentence opening with a name, then "is a"
 * or "is the" and a newsroom noun. Returns the name's last two words, or null.
 */
function bioName(tokens: readonly Token[], first: number, last: number): string | null {
  const k = capitalisedRunEnd(tokens, first, last);
  if (k - first < 2 || k > last) return null;
  // "Ann Lee is on Twitter at annlee", "Ann Lee can be reached at": where to find the author.
  if ((tokens[k] as Token).lower === 'is' && tokens[k + 1]?.lower === 'on' && SOCIAL_NETWORKS.has(tokens[k + 2]?.lower ?? '')) return pairKey(tokens, k - 2);
  if ((tokens[k] as Token).lower === 'can' && tokens[k + 1]?.lower === 'be' && tokens[k + 2]?.lower === 'reached') return pairKey(tokens, k - 2);
  // "Ann Lee writes about politics.", "Ann Lee covers courts for the paper.": the columnist's line.
  if (BIO_VERBS.has((tokens[k] as Token).lower) && BIO_VERB_OBJECTS.has(tokens[k + 1]?.lower ?? '')) return pairKey(tokens, k - 2);
  if ((tokens[k] as Token).lower !== 'is') return null;
  const article = tokens[k + 1]?.lower;
  if (article !== 'a' && article !== 'an' && article !== 'the') return null;
  for (let j = k + 2; j <= Math.min(last, k + 1 + BIO_NOUN_WORDS); j++) {
    if (NEWSROOM_NOUNS.has((tokens[j] as Token).lower)) return pairKey(tokens, k - 2);
  }
  return null;
}

/** A name of two or more words opening a sentence, then a lower-case word: its end and its last two words. */
function nameOpening(tokens: readonly Token[], first: number, last: number): { end: number; key: string } | null {
  const k = capitalisedRunEnd(tokens, first, last);
  const next = tokens[k];
  if (k - first < 2 || k > last || !next || next.kind !== 'word' || next.text !== next.lower) return null;
  return { end: k, key: pairKey(tokens, k - 2) };
}

/** "On Twitter: Follow Ann Lee and get more coverage", "Follow Ann Lee on Instagram": where to follow the author. */
function followTheAuthor(tokens: readonly Token[], first: number, last: number): boolean {
  let follow = false;
  let network = false;
  for (let k = first; k <= last; k++) {
    const w = (tokens[k] as Token).lower;
    if (w === 'follow') follow = true;
    else if (SOCIAL_NETWORKS.has(w) && (tokens[k - 1]?.lower === 'on' || k === first)) network = true;
  }
  return follow && network;
}

/** A paragraph of nothing but a name this long or shorter is a credit ("Greg Nelson" under a photo). */
const NAME_PARAGRAPH_MAX_WORDS = 3;
/** Line breaks that make a blank line between paragraphs. */
const BLANK_LINE_BREAKS = 2;

function occurrences(text: string, what: string): number {
  let count = 0;
  for (let at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length)) count++;
  return count;
}

/**
 * "Greg Nelson" or "Valentina Palladino" as a paragraph of its own between a caption and the
 * story: a photographer's credit or the byline under the standfirst. A name the story also uses
 * elsewhere, by its surname or in full inside its prose, is a subheading about that person instead.
 */
function isNameParagraph(tokenized: TokenizedText, first: number, last: number): boolean {
  const { tokens, text } = tokenized;
  let words = 0;
  for (let k = first; k <= last; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'word' && isCapitalised(t.text)) words++;
    else if (t.text !== '.') return false;
  }
  if (words < 2 || words > NAME_PARAGRAPH_MAX_WORDS) return false;
  const start = (tokens[first] as Token).start;
  const end = (tokens[last] as Token).end;
  if (!standsAlone(tokenized, first, last)) return false;
  const name = text.slice(start, end);
  const inFull = occurrences(text, name);
  return occurrences(text, (tokens[last] as Token).text) === inFull && inFull === linesOf(text, name);
}

/** How many lines of `text` are `name` alone. */
function linesOf(text: string, name: string): number {
  let count = 0;
  for (const line of text.split('\n')) if (line.trim() === name) count++;
  return count;
}

/** Words after the name of a byline that gives the writer's post ("BBC diplomatic correspondent"). */
const BYLINE_POST_MAX_WORDS = 6;

/** True when the tokens stand as a paragraph of their own: a blank line, or the text's edge, on either side. */
function standsAlone(tokenized: TokenizedText, first: number, last: number): boolean {
  const { tokens, text } = tokenized;
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  return !(before && newlinesBetween(text, before.end, (tokens[first] as Token).start) < BLANK_LINE_BREAKS) && !(after && newlinesBetween(text, (tokens[last] as Token).end, after.start) < BLANK_LINE_BREAKS);
}

/**
 * "Caroline Hawley, BBC diplomatic correspondent" as a paragraph of its own: the byline of a
 * box of analysis inside the story, with the writer's post and no verb.
 */
function isBylineWithPost(tokenized: TokenizedText, first: number, last: number): boolean {
  const { tokens } = tokenized;
  const k = capitalisedRunEnd(tokens, first, last);
  if (k - first < 2 || k - first > NAME_PARAGRAPH_MAX_WORDS || tokens[k]?.text !== ',') return false;
  const end = (tokens[last] as Token).text === '.' ? last - 1 : last;
  if (end - k < 1 || end - k > BYLINE_POST_MAX_WORDS) return false;
  for (let j = k + 1; j <= end; j++) if ((tokens[j] as Token).kind !== 'word') return false;
  return NEWSROOM_NOUNS.has((tokens[end] as Token).lower) && standsAlone(tokenized, first, last);
}

/** Marks that close a byline's name before the date or the outlet ("By Ann Lee | Updated Dec. 3"). */
const BYLINE_SEPARATORS = new Set(['|', '\u2022', '\u00b7', '\u2014', '\u2013', '/']);
/** Words of a byline's name ("By Ann Marie Lee-Ortiz"). */
const BYLINE_NAME_MAX_WORDS = 4;
/** Words that join the names of a byline's writers. */
const BYLINE_NAME_JOINERS = new Set(['and', ',', '&']);
/** Words that open the line of a page's dates under its byline ("Updated Dec. 2, 2026, 7:48 p.m."), besides a month. */
const DATE_LINE_OPENERS = new Set([
  'updated', 'published', 'posted', 'modified', 'last', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Tokens from `k` to the end of its line. */
function lineTokensFrom(tokenized: TokenizedText, k: number): Token[] {
  const { tokens, text } = tokenized;
  const lineEnd = text.indexOf('\n', (tokens[k] as Token).start);
  const line: Token[] = [];
  for (let j = k; j < tokens.length && (lineEnd < 0 || (tokens[j] as Token).start < lineEnd); j++) line.push(tokens[j] as Token);
  return line;
}

/**
 * A line of the page under a byline, not prose: the page's dates ("Updated Dec. 2", "Sunday, Nov.
 * 22", "5 November 2026"), a dateline over them ("ULSAN, South Korea | Sept. 18") or the writer's
 * post ("Contributing columnist").
 */
function isPageLine(tokenized: TokenizedText, k: number): boolean {
  const opener = tokenized.tokens[k] as Token;
  if (DATE_LINE_OPENERS.has(opener.lower) || MONTHS.has(opener.lower) || opener.kind === 'number') return true;
  const line = lineTokensFrom(tokenized, k);
  if (opener.kind === 'word' && opener.text.length > 1 && opener.text === opener.text.toUpperCase()) return line.some((t) => MONTHS.has(t.lower));
  const last = line[line.length - 1];
  return line.length <= BYLINE_POST_MAX_WORDS && line.every((t) => t.kind === 'word') && last !== undefined && NEWSROOM_NOUNS.has(last.lower);
}

/** "in St John's" after a byline's name, to its line's end: where the writer files from. */
function placeAfterName(tokenized: TokenizedText, k: number): boolean {
  if ((tokenized.tokens[k] as Token).lower !== 'in') return false;
  const line = lineTokensFrom(tokenized, k + 1);
  return line.length > 0 && line.every((t) => (t.kind === 'word' && isCapitalised(t.text)) || t.text === "'s" || t.text === '\u2019s');
}

/** Lower-case words of a post before a byline's name ("political reporter"), or 0. */
function postBeforeName(tokens: readonly Token[], from: number): number {
  for (let k = from; k < from + BYLINE_POST_MAX_WORDS; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || t.text !== t.lower) return 0;
    if (NEWSROOM_NOUNS.has(t.lower)) return k - from + 1;
  }
  return 0;
}

/** ", Royal Editor" closing a byline's line: a comma, then a post ending in a newsroom noun. */
function postAfterName(tokenized: TokenizedText, comma: number): boolean {
  const { tokens, text } = tokenized;
  const commaTok = tokens[comma];
  if (commaTok?.text !== ',') return false;
  const lineEnd = text.indexOf('\n', commaTok.end);
  for (let k = comma + 1; k <= comma + BYLINE_POST_MAX_WORDS; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || (lineEnd >= 0 && t.start > lineEnd)) return false;
    const next = tokens[k + 1];
    if (NEWSROOM_NOUNS.has(t.lower)) return !next || (lineEnd >= 0 && next.start > lineEnd);
  }
  return false;
}

/**
 * "By Ann Lee | Updated Dec. 3, 2026", "By Ann Lee\nPublished 5:00 AM": a line that opens with "By"
 * and a name, closed by a separator or the line's end, is the byline, however the page goes on.
 */
function isBylineLine(tokenized: TokenizedText, first: number, last: number): boolean {
  const { tokens, text } = tokenized;
  const by = tokens[first] as Token;
  if (by.text !== 'By' || !opensItsLine(text, by.start)) return false;
  const onLine = (j: number): boolean => !text.slice((tokens[j - 1] as Token).end, (tokens[j] as Token).start).includes('\n');
  // "By political reporter Ann Lee": the writer's post may stand before the name.
  const nameFirst = first + 1 + postBeforeName(tokens, first + 1);
  const nameFrom = (from: number): number => {
    let k = from;
    while (k <= last && k - from < BYLINE_NAME_MAX_WORDS && onLine(k) && (tokens[k] as Token).kind === 'word' && isCapitalised((tokens[k] as Token).text)) k++;
    return k - from < 2 ? from : k;
  };
  let k = nameFrom(nameFirst);
  if (k === nameFirst) return false;
  // "By Ann Lee and Bo Diaz", "By Ann Lee, Bo Diaz and Cy Roe": writers listed on the one line.
  while (k < last && BYLINE_NAME_JOINERS.has((tokens[k] as Token).lower) && onLine(k + 1)) {
    const next = nameFrom(k + 1);
    if (next === k + 1) break;
    k = next;
  }
  const nameEnd = (tokens[k - 1] as Token).end;
  const after = tokens[k];
  if (after && !BYLINE_SEPARATORS.has(after.text) && !text.slice(nameEnd, after.start).includes('\n') && !postAfterName(tokenized, k) && !placeAfterName(tokenized, k)) return false;
  // The sentence may run on past the line ("By Ann Lee\nPublished 5:00 AM"); prose on a later line is
  // the story's, but a line of the page's dates ("Updated Dec. 2, 7:48 p.m.") is not prose.
  const lineEnd = text.indexOf('\n', nameEnd);
  let dateLine = false;
  for (let j = k; j <= last; j++) {
    const t = tokens[j] as Token;
    if (lineEnd < 0 || t.start <= lineEnd) continue;
    if (opensItsLine(text, t.start)) dateLine = isPageLine(tokenized, j);
    if (!dateLine && t.kind === 'word' && t.text === t.lower) return false;
  }
  return true;
}

/** Dashes that open a live blog entry's sign-off ("— Ann Lee"). */
const SIGN_OFF_DASHES = new Set(['\u2014', '\u2013', '-']);

/**
 * "— Rosalind Achterberg" closing an entry of a live blog: a line of a dash and a name that a
 * credit line of the page already gives is the writer signing off, not a person of the story.
 */
function signOffs(tokenized: TokenizedText, spans: ReadonlyArray<{ first: number; last: number }>, credits: Set<number>): void {
  const { tokens, text } = tokenized;
  let creditText: string | null = null;
  spans.forEach((span, s) => {
    const dash = tokens[span.first] as Token;
    const words = span.last - span.first;
    if (!SIGN_OFF_DASHES.has(dash.text) || words < 2 || words > NAME_PARAGRAPH_MAX_WORDS || credits.has(s) || !opensItsLine(text, dash.start)) return;
    for (let k = span.first + 1; k <= span.last; k++) if (!isCapitalised((tokens[k] as Token).text) || (tokens[k] as Token).kind !== 'word') return;
    const after = tokens[span.last + 1];
    if (after && !text.slice((tokens[span.last] as Token).end, after.start).includes('\n')) return;
    const textOf = (first: number, last: number): string => text.slice((tokens[first] as Token).start, (tokens[last] as Token).end);
    creditText ??= [...credits].map((c) => (spans[c] ? textOf(spans[c].first, spans[c].last) : '')).join('\n');
    if (creditText.includes(textOf(span.first + 1, span.last))) credits.add(s);
  });
}

/** Indexes of the sentences that are credit lines or a closing author bio. */
export function creditSentences(tokenized: TokenizedText): Set<number> {
  const { tokens } = tokenized;
  const spans = sentenceTokens(tokens);
  const credits = new Set<number>();
  // Only a sentence that says "follow" is searched for where to follow the author.
  const followSentences = new Set<number>();
  for (const t of tokens) if (t.lower === 'follow') followSentences.add(t.sentence);
  spans.forEach((span, s) => {
    const opener = tokens[span.first] as Token;
    const creditLead = (CREDIT_LEADS.has(opener.lower) && tokens[span.first + 1]?.lower === 'by') || (followSentences.has(s) && followTheAuthor(tokens, span.first, span.last));
    if (creditLead || isBylineLine(tokenized, span.first, span.last) || isCreditSentence(tokens, span.first, span.last) || isNameParagraph(tokenized, span.first, span.last) || isBylineWithPost(tokenized, span.first, span.last)) credits.add(s);
    // Only a sentence of three words can be the heading: no other sentence's text is joined up.
    const heading = span.last - span.first === ABOUT_THE_AUTHOR_WORDS - 1 ? tokens.slice(span.first, span.last + 1).map((t) => t.lower).join(' ') : '';
    if (ABOUT_THE_AUTHOR.test(heading)) for (let next = s + 1; next <= s + SENTENCES_UNDER_AUTHOR_HEADING && next < spans.length; next++) credits.add(next);
    // "About the author\nAnn Lee\nSenior Editor": a heading on its own line, the bio run on after it.
    const headingLine = span.last - span.first >= ABOUT_THE_AUTHOR_WORDS && tokenized.text.slice((tokens[span.first + ABOUT_THE_AUTHOR_WORDS - 1] as Token).end, (tokens[span.first + ABOUT_THE_AUTHOR_WORDS] as Token).start).includes('\n');
    if (headingLine && ABOUT_THE_AUTHOR.test(tokens.slice(span.first, span.first + ABOUT_THE_AUTHOR_WORDS).map((t) => t.lower).join(' '))) credits.add(s);
  });
  signOffs(tokenized, spans, credits);
  const bios = new Map<number, string>();
  let creditText: string | null = null;
  for (let s = Math.max(0, spans.length - BIO_TAIL_SENTENCES); s < spans.length; s++) {
    const span = spans[s];
    if (!span || credits.has(s)) continue;
    const name = bioName(tokens, span.first, span.last);
    if (name) {
      bios.set(s, name);
      continue;
    }
    // "Ann Lee covers schools for the Courier.": any closing sentence about the byline's writer.
    const opener = nameOpening(tokens, span.first, span.last);
    if (!opener) continue;
    creditText ??= [...credits].map((c) => (spans[c] ? tokenized.text.slice((tokens[spans[c].first] as Token).start, (tokens[spans[c].last] as Token).end) : '')).join('\n');
    if (creditText.includes(tokenized.text.slice((tokens[span.first] as Token).start, (tokens[opener.end - 1] as Token).end))) bios.set(s, opener.key);
  }
  if (bios.size === 0) return credits;
  // A person of the story may be described the same way: a bio's author is named nowhere else.
  const storyNames = new Set<string>();
  spans.forEach((span, s) => {
    if (credits.has(s) || bios.has(s)) return;
    for (let k = span.first; k < span.last; k++) storyNames.add(pairKey(tokens, k));
  });
  for (const [s, name] of bios) if (!storyNames.has(name)) credits.add(s);
  return credits;
}
