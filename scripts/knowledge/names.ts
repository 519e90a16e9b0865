import { normalizeKey } from '../../src/core/text-normalize';

const LOWER_PARTICLES = new Set(['al', 'bin', 'bint', 'da', 'de', 'del', 'der', 'di', 'dos', 'du', 'e', 'el', 'i', 'la', 'le', 'van', 'von', 'y']);
const ROMAN = /^(?:[IVX]+)$/;
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** One upper-case word → name case: "MCMAHON" → "McMahon", "O'BRIEN" → "O'Brien", "III" stays. */
function caseWord(word: string, first: boolean): string {
  if (!first && ROMAN.test(word)) return word;
  // Initials ("J.M.") stay as written.
  if (/^(?:\p{Lu}\.)+$/u.test(word)) return word;
  const lower = word.toLowerCase();
  if (!first && LOWER_PARTICLES.has(lower)) return lower;
  return lower
    .split(/([-'\u2019])/)
    .map((part, i, parts) => {
      if (part === '' || part === '-' || part === "'" || part === '\u2019') return part;
      const afterHyphen = i > 0 && parts[i - 1] === '-';
      if (afterHyphen && LOWER_PARTICLES.has(part)) return part;
      // After an apostrophe a new capital follows a one-letter prefix ("O'Brien", "N'Diaye"), not a glottal stop inside a word ("Muli'aka'aka").
      const afterApostrophe = i > 1 && (parts[i - 1] === "'" || parts[i - 1] === '\u2019');
      if (afterApostrophe && (parts[i - 2] ?? '').length > 1) return part;
      const head = part.charAt(0).toUpperCase() + part.slice(1);
      return head.replace(/^Mc(\w)/, (_m, c: string) => `Mc${c.toUpperCase()}`);
    })
    .join('');
}

function isUpper(word: string): boolean {
  return word === word.toUpperCase() && /\p{Lu}/u.test(word);
}

/** Upper-case or mixed words → name case, leaving words that already mix cases alone. */
export function nameCase(text: string): string {
  const words = text.trim().split(/\s+/);
  return words
    .map((w, i) => {
      if (isUpper(w)) return caseWord(w, i === 0);
      return w
        .split('-')
        .map((part) => (isUpper(part) && part.length > 1 ? caseWord(part, false) : part))
        .join('-');
    })
    .join(' ');
}

/** Upper-case title text → title case with small words lower ("ALIENS AND NATIONALITY"). */
export function titleCase(text: string): string {
  const small = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to']);
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((w, i) => (i > 0 && small.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

export function slug(text: string): string {
  return normalizeKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function isSuffix(word: string): boolean {
  return SUFFIXES.has(word.toLowerCase().replace(/,$/, ''));
}

/** A name's words for comparing names: normalised, periods and commas as spaces, suffixes ("Jr.", "III") dropped. */
export function nameWords(text: string): string[] {
  return normalizeKey(text).replace(/[.,]/g, ' ').split(/\s+/).filter((w) => w !== '' && !isSuffix(w));
}

/** The key people are merged on across sources: first given name + last surname word. */
export function mergeKey(first: string, last: string): string {
  const lastWords = normalizeKey(last).split(' ').filter((w) => !isSuffix(w));
  const firstWord = normalizeKey(first).split(' ')[0] ?? '';
  return `${firstWord} ${lastWords.join(' ')}`.trim();
}

/**
 * Common English short forms of given names, used to add "Pete Hegseth" for a record that says
 * "Peter Hegseth". Official data gives legal names; news uses the short ones.
 */
export const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  alexander: ['alex'],
  andrew: ['andy'],
  anthony: ['tony'],
  benjamin: ['ben'],
  charles: ['chuck', 'charlie'],
  christopher: ['chris'],
  daniel: ['dan'],
  david: ['dave'],
  donald: ['don'],
  douglas: ['doug'],
  edward: ['ed'],
  elizabeth: ['liz', 'beth'],
  frederick: ['fred'],
  gregory: ['greg'],
  james: ['jim', 'jimmy'],
  jeffrey: ['jeff'],
  jennifer: ['jen'],
  jonathan: ['jon'],
  joseph: ['joe'],
  joshua: ['josh'],
  katherine: ['kate', 'kathy'],
  kashyap: ['kash'],
  kenneth: ['ken'],
  kristi: ['kristi'],
  lawrence: ['larry'],
  margaret: ['maggie', 'peggy'],
  matthew: ['matt'],
  michael: ['mike'],
  nicholas: ['nick'],
  pamela: ['pam'],
  patricia: ['pat'],
  patrick: ['pat'],
  peter: ['pete'],
  richard: ['rick', 'dick'],
  robert: ['bob', 'rob', 'bobby'],
  ronald: ['ron'],
  russell: ['russ'],
  samuel: ['sam'],
  stephen: ['steve'],
  steven: ['steve'],
  susan: ['sue', 'susie'],
  theodore: ['ted'],
  thomas: ['tom'],
  timothy: ['tim'],
  william: ['bill', 'will'],
};

/** "bill" → ["bill", "william"]: a given name and the full names it is a short form of. */
export function givenNameForms(word: string): string[] {
  const w = word.toLowerCase();
  return [w, ...Object.entries(SHORT_FORMS).filter(([full, shorts]) => full !== w && shorts.includes(w)).map(([full]) => full)];
}

/** Two spellings one letter apart: one letter added, dropped or changed ("Fredrick" / "Frederick", "Ketchum" / "Ketcham"). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  const [x, y] = [a.slice(i + (a.length >= b.length ? 1 : 0)), b.slice(i + (b.length >= a.length ? 1 : 0))];
  return x === y;
}
