/**
 * Capitalised runs: the stretches of text a name can be. Tokens are joined across spaces, a
 * single line break, initials' periods and name particles, never across a sentence end.
 */
import { STATE_CODES } from './person-gazetteers';
import { TITLES } from './person-vocabulary';
import { CLOSING_QUOTES, isAllCaps, isCapitalised, OPENING_QUOTES, type Token, type TokenizedText } from './text-tokens';
import { itemAt } from './item-at';
import { opensItsLine } from './line-index';

export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'al', 'du', 'di', 'dos', 'ten', 'ter', 'ap', 'ibn', 'bint', 'das', 'dela', 'delos']);
/** What may separate two words of one name: spaces, one line break, invisible format characters. */
const NAME_GAP = /^[ \t\u00A0\u00AD\u200B-\u200D\u2060\uFEFF]*\n?[ \t\u00A0\u00AD\u200B-\u200D\u2060\uFEFF]*$/;
/** Two capitals; a module constant because the build turns an inline `\p{…}` literal into a new RegExp per call. */
const TWO_CAPITALS = /^\p{Lu}{2}$/u;
/** Two capitals written as a given name ("JD", "TJ"); common two-letter abbreviations are not. */
const NOT_INITIALS = new Set(['us', 'uk', 'eu', 'un', 'ny', 'la', 'dc', 'tv', 'ai', 'pm', 'am', 'ok', 'id', 'it', 'hq', 'pr', 'vp', 'gm', 'nj', 'nc', 'sc', 'nd', 'sd', 'pa', 'va', 'wa', 'ca', 'tx', 'fl', 'ga', 'oh', 'mi', 'az', 'co', 'hk', 'uae']);

/** The word without a possessive ending ("Homan's" -> "Homan"). */
export function bare(word: string): string {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  if (last === 39 || last === 0x2019) return word.slice(0, -1);
  if (last !== 115 || n < 2) return word;
  const before = word.charCodeAt(n - 2);
  return before === 39 || before === 0x2019 ? word.slice(0, -2) : word;
}

/** The Arabic article as it is romanised before a surname, assimilated forms included. */
const ARABIC_ARTICLE = '(?:al|el|ad|ar|as|ash|at|az|an)-';
/** "al-Bashir", "el-Sisi": a surname led by the Arabic article, written in lower case inside a name. */
const ARTICLE_LED_SURNAME = new RegExp(`^${ARABIC_ARTICLE}\\p{Lu}\\p{Ll}`, 'u');

/** The article's hyphen stands third or fourth: most words are ruled out before the pattern runs. */
function isArticleLedSurname(word: string): boolean {
  const hyphen = word.indexOf('-');
  return (hyphen === 2 || hyphen === 3) && ARTICLE_LED_SURNAME.test(word);
}
const ARTICLE_LED_KEY = new RegExp(`^${ARABIC_ARTICLE}(.+)$`);

/** The surname without its Arabic article: "al-bashir" -> "bashir", as "Mr. Bashir" names him. */
export function withoutArticle(key: string): string | null {
  const m = ARTICLE_LED_KEY.exec(key);
  return m ? (m[1] as string) : null;
}

export function isNameWord(t: Token): boolean {
  if (t.kind !== 'word' || !isCapitalised(t.text)) return false;
  const b = bare(t.text);
  return !isAllCaps(b) || b.length === 1;
}

/** "JD" in "JD Vance": two capitals standing for a given name, right before a name word. */
export function isInitialsWord(t: Token, next: Token | undefined): boolean {
  return t.kind === 'word' && t.text.length === 2 && TWO_CAPITALS.test(t.text) && !NOT_INITIALS.has(t.lower) && !!next && next.sentence === t.sentence && isNameWord(next) && next.start === t.end + 1;
}

/** Words a nickname between quotes may have ("Big Lou", "The Rock"). */
const NICKNAME_MAX_WORDS = 3;

/**
 * `Luis "Big Lou" Ocampo`: a nickname in quotes inside a name, a space either side, words glued to their quotes. The index of its closing quote, or -1.
 */
export function quotedNicknameAfter(tokens: readonly Token[], k: number): number {
  const cur = tokens[k];
  const open = tokens[k + 1];
  if (!cur || !open || !OPENING_QUOTES.has(open.text) || open.start !== cur.end + 1) return -1;
  let end = open.end;
  for (let j = k + 2; j <= k + 2 + NICKNAME_MAX_WORDS; j++) {
    const t = tokens[j];
    if (!t || t.sentence !== cur.sentence) return -1;
    if (CLOSING_QUOTES.has(t.text)) return j > k + 2 && t.start === end ? j : -1;
    if (t.kind !== 'word' || t.start !== (j === k + 2 ? end : end + 1)) return -1;
    end = t.end;
  }
  return -1;
}

export interface Run {
  readonly first: number;
  readonly last: number;
}

/** Generations written in Roman numerals after a surname ("Thurston Howell III"). */
const ROMAN_GENERATIONS: ReadonlySet<string> = new Set(['II', 'III', 'IV']);

/** Capitalised token runs, joined across spaces, a single line break, initials' periods and particles. */
export function capitalisedRuns(tokenized: TokenizedText): Run[] {
  const { tokens, text } = tokenized;
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = itemAt(tokens, i);
    // Initials open a name only with a space after them: "Clarkston, MI\nAug. 4" is a state and a month.
    // "al-Amin told the court": an article-led surname stands alone as a name.
    if (!isNameWord(t) && !(isInitialsWord(t, tokens[i + 1]) && text.charCodeAt(t.end) === 32 && !STATE_CODES.has(t.text) && !isNameWord(tokens[i - 1] ?? t)) && !(t.kind === 'word' && isArticleLedSurname(t.text))) {
      i++;
      continue;
    }
    let last = i;
    const runOpensLine = opensItsLine(text, t.start);
    let nicknameSeen = false;
    for (;;) {
      const cur = itemAt(tokens, last);
      if (cur.text.length > 2 && bare(cur.text) !== cur.text) break;
      // `Gerald "Gus" Papadakis`: the run goes on past the nickname to the surname.
      const close = nicknameSeen ? -1 : quotedNicknameAfter(tokens, last);
      const afterNickname = tokens[close + 1];
      // `Marisol "Mari" de la Cruz`: particles may stand between the nickname and the surname.
      let surnameAt = close + 1;
      while (surnameAt < close + 3 && NAME_PARTICLES.has(tokens[surnameAt]?.text ?? '')) surnameAt++;
      const surname = tokens[surnameAt];
      if (close > 0 && afterNickname && surname && isNameWord(surname) && surname.sentence === cur.sentence && afterNickname.start === itemAt(tokens, close).end + 1) {
        last = surnameAt;
        nicknameSeen = true;
        continue;
      }
      let j = last + 1;
      let gapEnd = cur.end;
      if (tokens[j]?.text === '.' && tokens[j]?.start === cur.end && (bare(cur.text).length <= 3 || TITLES.has(cur.text.toLowerCase()))) {
        gapEnd = itemAt(tokens, j).end;
        j++;
      }
      let next = tokens[j];
      // "Charles de Gaulle", "Erik ten Hag", "Ursula von der Leyen": each particle is checked as a gap of its own.
      let particleGapOk = true;
      const particles = next && NAME_PARTICLES.has(next.text) ? (NAME_PARTICLES.has(tokens[j + 1]?.text ?? '') ? 2 : 1) : 0;
      if (particles > 0 && tokens[j + particles] && isNameWord(itemAt(tokens, j + particles))) {
        for (let p = 0; p < particles; p++) {
          const particle = itemAt(tokens, j);
          particleGapOk &&= particle.sentence === cur.sentence && NAME_GAP.test(text.slice(gapEnd, particle.start)) && gapEnd < particle.start;
          gapEnd = particle.end;
          j++;
        }
        next = tokens[j];
      }
      // "Omar Hassan al-Bashir": the article-led surname closes the name it follows.
      const articleLed = !!next && next.kind === 'word' && isArticleLedSurname(next.text);
      // "Gordon MacAllister III": a generation in Roman numerals closes the name.
      const generation = !!next && ROMAN_GENERATIONS.has(next.text) && next.start === cur.end + 1 && next.sentence === cur.sentence;
      if (generation) {
        last = j;
        break;
      }
      if (!next || !(isNameWord(next) || articleLed) || next.sentence !== cur.sentence || !particleGapOk) break;
      const gap = text.slice(gapEnd, next.start);
      // "R.R.", "P.J.": run-together initials have no space between them.
      const initials = gapEnd > cur.end && cur.text.length === 1 && next.text.length === 1;
      if (!NAME_GAP.test(gap) || (gap.length === 0 && !initials)) break;
      // A name wraps inside a line of prose ("came from Elizabeth\nWarren"); a line that is all
      // capitalised words is a heading or a list item, and the capital on the next line opens
      // something else ("AirPods Pro\nApple is expected").
      if (gap.includes('\n') && runOpensLine) break;
      // Two words before the break are a whole name already: "to Real Madrid\nKepa Arrizabalaga"
      // is a line that ends and a name that opens the next (a page's <br>), not one name.
      if (gap.includes('\n') && last > i) break;
      last = j;
    }
    runs.push({ first: i, last });
    i = last + 1;
  }
  return runs;
}
