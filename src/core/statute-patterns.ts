/**
 * The citation forms of U.S. federal law that news copy uses, as regular expressions, and the
 * helpers that normalise their parts. Kept apart from the recognizer so the forms read as a list.
 */
import { lookupTable } from './lookup-table';

/** A U.S. Code section number: "1324", "5318A", "612c", "404o-1", "288–1", "460nnn-101". */
const USC_SECTION = String.raw`\d+[A-Za-z]*(?:[-\u2013]\d+[A-Za-z]*)*`;
/** Subsection chain: "(a)(1)(A)", "(ff)(1)", " (c)". */
const SUBSECTIONS = String.raw`(?:\s?\((?:[A-Za-z]{1,4}|\d{1,3})\)(?:\((?:[A-Za-z]{1,4}|\d{1,3})\))*)?`;
const USC_MARK = String.raw`(?:U\.\s?S\.\s?C(?:\.\s?[ASU]\.|\.)?|U\.S\.\s?Code|USC|usc|United\s+States\s+Code)`;
const SECTION_MARK = String.raw`(?:§§?|[Ss]ecs?\.|[Ss]ections?|SECTION|S\.)`;
const USC_TAIL = String.raw`(?:\s+et\.?\s+seq\.?|\s+note\b)?`;
/** Continuation of a list or range after "§§": "§§ 8344 and 8468", "§§ 451--473", "§§ 1324-1325". */
const USC_MORE = String.raw`(?:\s*(?:,|and|or|&|through|to|--|-|\u2013|\u2014)\s*(?:§\s*)?${USC_SECTION}${SUBSECTIONS}(?![\dA-Za-z]|\s*(?:U\.|C\.|USC|CFR)))*`;

const USC_HEAD = String.raw`\b(?<title>\d{1,2})\s*,?\s*${USC_MARK},?\s*(?:App\.?\s*)?`;
const USC_NAME = String.raw`(?:,?\s+(?:of\s+the\s+)?(?:United\s+States\s+Code|U\.S\.\s?Code|U\.S\.C\.))`;

export const USC_PATTERNS: readonly RegExp[] = [
  // "8 U.S.C. 1324", "8 USC § 1324(a)(1)(A)", "21, United States Code, Section 853", "29 U.S.C. 1081 et seq."
  new RegExp(String.raw`${USC_HEAD}(?<mark>${SECTION_MARK})?\s*(?<section>${USC_SECTION})(?<subs>${SUBSECTIONS})${USC_TAIL}`, 'g'),
  // Lists and ranges only after a plural mark: "5 U.S.C. §§ 8344 and 8468", "50 U.S.C. App. §§ 451--473"
  new RegExp(
    String.raw`${USC_HEAD}(?<mark>§§|[Ss]ections|[Ss]ecs\.)\s*(?<section>${USC_SECTION})(?<subs>${SUBSECTIONS})(?<more>${USC_MORE})${USC_TAIL}`,
    'g',
  ),
  // "section 1324 of title 8", "section 89, title 14, United States Code"
  new RegExp(
    String.raw`\b[Ss](?:ection|ec\.)\s+(?<section>${USC_SECTION})(?<subs>${SUBSECTIONS})(?:\s+of|,)\s+[Tt]itle\s+(?<title>\d{1,2})\b${USC_NAME}?(?!\s*,?\s*(?:of\s+the\s+)?(?:Code\s+of\s+Federal|C\.?F\.?R))`,
    'g',
  ),
  // "Section 14123(a)(2) of 49 U.S.C."
  new RegExp(String.raw`\b[Ss](?:ection|ec\.)\s+(?<section>${USC_SECTION})(?<subs>${SUBSECTIONS})\s+of\s+(?<title>\d{1,2})\s+${USC_MARK}`, 'g'),
];

/** "Title 8 of the U.S. Code", "title 42, United States Code". */
export const USC_TITLE_PATTERN = new RegExp(
  String.raw`\b[Tt]itle\s+(?<title>\d{1,2})(?:\s+of\s+the|,)?\s+(?:U\.S\.\s?Code|United\s+States\s+Code|U\.S\.C\.)`,
  'g',
);

const CFR_SECTION = String.raw`\d+[A-Za-z]*(?:[-\u2013.][A-Za-z0-9]+|\([A-Za-z0-9]{1,4}\)(?=(?:\([A-Za-z0-9]{1,4}\))*[-\u2013]))*`;
export const CFR_PATTERN = new RegExp(
  String.raw`\b(?<title>\d{1,2})\s*C\.?\s?F\.?\s?R\.?,?\s*(?<mark>[Pp]arts?|§§?|[Ss]ecs?\.|[Ss]ections?)?\s*(?<section>${CFR_SECTION})(?<subs>${SUBSECTIONS})`,
  'g',
);

/** "Pub. L. 111-148", "Public Law 96–164", "P.L. 111-80", "PL 111-83", "Priv. L. No. 96-164". */
export const PUBLIC_LAW_PATTERN = new RegExp(
  String.raw`(?:\b[Ss]ection\s+(?<section>\d+[A-Za-z]*)(?<subs>${SUBSECTIONS})\s+of\s+)?(?:\b(?<kind>Pub(?:lic|\.)?|Priv(?:ate|\.)?|Pvt\.?)\s*L(?:aw|\.)?|\bP\.\s?L\.|\bPL)\s*(?:No\.?\s*|Number\s+)?(?<congress>\d{1,3})\s?[-\u2013]\s?(?<number>\d{1,4})\b(?:,\s*§\s*(?<after>\d+[A-Za-z]*)(?<afterSubs>${SUBSECTIONS}))?`,
  'g',
);

/**
 * The Internal Revenue Code is title 26 of the U.S. Code, section for section: "Internal Revenue
 * Code section 501(c)(3)", "section 162(m) of the Internal Revenue Code", "IRC § 1031". The name
 * alone is the whole title.
 */
export const INTERNAL_REVENUE_CODE_PATTERN = new RegExp(
  String.raw`(?:\b${SECTION_MARK}\s*(?<before>${USC_SECTION})(?<beforeSubs>${SUBSECTIONS})\s+of\s+the\s+)?(?:\bInternal\s+Revenue\s+Code(?:\s+of\s+(?:1954|1986))?|\bIRC(?=\s*(?:§|[Ss]ec)))(?:,?\s*${SECTION_MARK}\s*(?<after>${USC_SECTION})(?<afterSubs>${SUBSECTIONS}))?`,
  'g',
);

/**
 * Exchange Act rules keep their number in the CFR: "Rule 10b-5" is 17 C.F.R. § 240.10b-5, and so
 * are "Rule 14a-8", "Rule 10b5-1", "Rule 15c3-3".
 */
export const SEC_RULE_PATTERN = /\bRule\s+(?<rule>\d{1,2}[a-z]{1,2}\d?-\d{1,2}[a-z]?)(?![\w-])/g;

/** Treasury regulations are title 26 of the CFR: "Treas. Reg. § 1.41-2". */
export const TREASURY_REGULATION_PATTERN = new RegExp(String.raw`\bTreas\.\s?Reg\.\s*(?:§\s*)?(?<section>${CFR_SECTION})(?<subs>${SUBSECTIONS})`, 'g');

export const STATUTES_AT_LARGE_PATTERN = /\b(?<volume>\d{1,3})\s+Stat\.\s+(?<page>\d{1,5})\b/g;

/** "U.S. Const. art. I, § 8, cl. 17", "U. S. Const. Amend. IV", "U.S. Constitution Art. III § 2, cl. 1". */
export const CONSTITUTION_CITE_PATTERN = new RegExp(
  String.raw`\bU\.\s?S\.\s?(?:CONST|Const|Constitution)\.?,?\s*(?:(?:art|Art|ART)\.?\s*(?<article>[IVX]+)|(?:amend|Amend|AMEND|amdt|Amdt)\.?\s*(?<amendment>[IVX]+|\d{1,2}))(?:,?\s*(?:§|¶|[Ss]ec\.)\s*(?<section>\d+))?(?:,?\s*cl\.\s*(?<clause>\d+))?`,
  'g',
);

const ORDINAL_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
  'twenty-first', 'twenty-second', 'twenty-third', 'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh',
];

/** "the First Amendment", "the 25th Amendment", "the Fourteenth Amendment to the U.S. Constitution". */
export const AMENDMENT_PATTERN = new RegExp(
  String.raw`\b(?<ordinal>(?:[Tt]wenty-)?[A-Z]?[a-z]+|\d{1,2}(?:st|nd|rd|th))\s+Amendment\b(?:\s+to\s+the\s+(?:U\.S\.\s+|United\s+States\s+)?Constitution)?`,
  'g',
);

/** "Article II", "Article I, Section 8" (Roman numerals I–VII: the Constitution's articles). */
export const ARTICLE_PATTERN = /\bArticle\s+(?<article>VII|VI|V|IV|III|II|I)\b(?:,?\s+(?:[Ss]ection|§)\s*(?<section>\d+))?(?:\s+of\s+the\s+(?:U\.S\.\s+)?Constitution)?/g;

/** Act sections: "INA section 274", "INA § 101(11)", "section 10(b) of the Securities Exchange Act". */
export const ACT_SECTION_AFTER = new RegExp(String.raw`^\s*(?:§|[Ss]ection|[Ss]ec\.)\s*(?<section>\d+[A-Za-z]*)(?<subs>${SUBSECTIONS})`);
export const ACT_SECTION_BEFORE = new RegExp(String.raw`\b[Ss](?:ection|ec\.)\s+(?<section>\d+[A-Za-z]*)(?<subs>${SUBSECTIONS})\s+of\s+(?:the\s+)?$`);

/** A named act: capitalised words ending in "Act", optionally "of 1940". */
export const NAMED_ACT_PATTERN =
  /\b(?:[A-Z][\w'’.-]*\s+(?:(?:of|and|for|on|to|in|the|&)\s+)*)*[A-Z][\w'’.-]*\s+Act\b(?:\s+of\s+\d{4})?/g;

/** Abbreviations of acts commonly cited by section, only ever read when a section follows. */
export const ACT_ABBREVIATIONS: Readonly<Record<string, string>> = lookupTable({
  ina: 'immigration and nationality act',
  nlra: 'national labor relations act',
  esa: 'endangered species act',
  caa: 'clean air act',
  cwa: 'clean water act',
  fha: 'fair housing act',
  ada: 'americans with disabilities act',
  aca: 'affordable care act',
  apa: 'administrative procedure act',
  foia: 'freedom of information act',
  fisa: 'foreign intelligence surveillance act',
});

export function ordinalNumber(word: string): number | null {
  const digits = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(word);
  if (digits) return Number(digits[1]);
  const i = ORDINAL_WORDS.indexOf(word.toLowerCase());
  return i < 0 ? null : i + 1;
}

const ROMAN: Readonly<Record<string, number>> = lookupTable({ I: 1, V: 5, X: 10 });
export function romanToNumber(roman: string): number | null {
  let total = 0;
  const up = roman.toUpperCase();
  for (let i = 0; i < up.length; i++) {
    const v = ROMAN[up[i] as string];
    const next = ROMAN[up[i + 1] as string] ?? 0;
    if (v === undefined) return null;
    total += v < next ? -v : v;
  }
  return total;
}

export function toRoman(n: number): string {
  const table: ReadonlyArray<readonly [number, string]> = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = n;
  for (const [value, numeral] of table) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

/** Section number with en dashes made hyphens: "288–1" -> "288-1". */
export function cleanSection(section: string): string {
  return section.replace(/[\u2013\u2014]/g, '-');
}

export function cleanSubsections(subs: string | undefined): string {
  return (subs ?? '').replace(/\s+/g, '');
}
