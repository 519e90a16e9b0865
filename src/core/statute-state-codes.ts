/**
 * Sections of a U.S. state's code, which the annotation guide counts as statutes when cited as a
 * code section: "Cal. Penal Code § 187", "Texas Government Code Section 552.021",
 * "section 187 of the California Penal Code", "Florida Statutes 776.012". Only the section form
 * counts: "the penal code" or "Texas law" is law talk. State constitutions, administrative codes
 * and city codes are not statutes; the U.S. Code and Internal Revenue Code are read elsewhere.
 */

/** Bluebook abbreviations and full names of the states, D.C. and the territories. */
const STATE = String.raw`(?:Ala\.|Alabama|Alaska|Ariz\.|Arizona|Ark\.|Arkansas|Cal\.|Calif\.|California|Colo\.|Colorado|Conn\.|Connecticut|Del\.|Delaware|D\.\s?C\.|Fla\.|Florida|Ga\.|Georgia|Haw\.|Hawaii|Idaho|Ill\.|Illinois|Ind\.|Indiana|Iowa|Kan\.|Kansas|Ky\.|Kentucky|La\.|Louisiana|Me\.|Maine|Md\.|Maryland|Mass\.|Massachusetts|Mich\.|Michigan|Minn\.|Minnesota|Miss\.|Mississippi|Mo\.|Missouri|Mont\.|Montana|Neb\.|Nebraska|Nev\.|Nevada|N\.\s?H\.|New\s+Hampshire|N\.\s?J\.|New\s+Jersey|N\.\s?M\.|New\s+Mexico|N\.\s?Y\.|New\s+York|N\.\s?C\.|North\s+Carolina|N\.\s?D\.|North\s+Dakota|Ohio|Okla\.|Oklahoma|Or\.|Ore\.|Oregon|Pa\.|Pennsylvania|R\.\s?I\.|Rhode\s+Island|S\.\s?C\.|South\s+Carolina|S\.\s?D\.|South\s+Dakota|Tenn\.|Tennessee|Tex\.|Texas|Utah|Vt\.|Vermont|Va\.|Virginia|Wash\.|Washington|W\.\s?Va\.|West\s+Virginia|Wis\.|Wisconsin|Wyo\.|Wyoming|Guam|Am\.\s?Samoa|American\s+Samoa|P\.\s?R\.|Puerto\s+Rico)`;

/** Words naming which code: "Penal", "Gov't", "Health and Safety", "Rev.", "Gen.", "Comp.". */
const CODE_WORD = String.raw`(?:[A-Z][a-z]*['\u2019]?[a-z]*\.?|&|and)`;
const CODE_NOUN = String.raw`(?:Code|Codes|Stat\.|Stats\.|Statutes?|Laws?|C\.)(?:\s+Ann(?:otated|\.))?`;
const SECTION_MARK = String.raw`(?:§§?|[Ss]ections?|[Ss]ecs?\.)`;
/** "187", "552.021", "21-2-417", "46b-137", "9-22-3-2.5", "5739.02", "15B". */
const SECTION = String.raw`\d+[A-Za-z]?(?:[.:\u2013-]\d+[a-z]?)*`;
const SUBSECTIONS = String.raw`(?:\((?:[A-Za-z]{1,4}|\d{1,3})\))*`;
/** Codes that are not a state's statutes. */
const NOT_STATUTE_WORDS = /\b(?:Admin(?:istrative|\.)?|Municipal|City|County|Regulations?|Rules?|Constitution|Const\.|Internal|United|Uniform|Federal|U\.S\.)\b/;
/**
 * Without a state before it, a code is read only when its name says which state code it is by
 * subject (most state codes are named so; "Criminal Code" alone is more often Canada's).
 */
const SUBJECT_CODE = String.raw`(?:Criminal\s+Procedure|Vehicle\s+and\s+Traffic|Civil\s+Practice|Penal|Vehicle|Government|Gov['\u2019]t|Civil|Education|Elections?|Family|Labor|Insurance|Probate|Water|Evidence|Corporations|Transportation|Health\s+and\s+Safety|Welfare\s+and\s+Institutions|Business\s+and\s+Professions|Public\s+Resources|Revenue\s+and\s+Taxation|Fish\s+and\s+Game|Code\s+of\s+Civil\s+Procedure|Code\s+of\s+Criminal\s+Procedure)`;

/** "Cal. Penal Code § 187", "Mass. Gen. Laws ch. 1, § 2", "Texas Government Code Section 552.021", "Florida Statutes 776.012". */
const STATE_FIRST = new RegExp(
  String.raw`(?:\b(?<volume>\d{1,3})\s+)?\b(?<state>${STATE})\s+(?<words>(?:${CODE_WORD}\s+){0,4})(?<noun>${CODE_NOUN}),?\s*(?:ch\.\s*(?<chapter>\d+[A-Z]?),\s*)?(?:(?<mark>${SECTION_MARK})\s*(?<section>${SECTION})|(?<bare>\d+[a-z]?(?:[.:\u2013-]\d+[a-z]?)+))(?<subs>${SUBSECTIONS})(?:\s+et\.?\s+seq\.?)?`,
  'g',
);

/**
 * Codes cited by their own abbreviation: "A.R.S. § 16-642", "N.J.S.A. 2C:11-3", "RCW 9A.32.030",
 * "MCL 750.316", Ohio's "R.C. 3505.181", Pennsylvania's "26 Pa.C.S. § 204" and "25 P.S. § 3146.6(a)",
 * New York's "CPL 30.30", Vermont's "13 V.S.A. § 1043", Maine's "10 M.R.S. § 1348", North Carolina's
 * "G.S. 75-1.1". Without a section sign the number must have its parts ("750.316"), so a bare
 * count after an acronym is never read as a section.
 */
const ABBREVIATED_CODE = String.raw`(?:Pa\.\s?C\.\s?S\.|P\.\s?S\.|CPL|R\.C\.|O\.R\.C\.|A\.R\.S\.|N\.J\.S\.A\.|N\.J\.\s?Stat\.|O\.C\.G\.A\.|RCW|ORS|MCL|M\.C\.L\.|NRS|K\.S\.A\.|C\.R\.S\.|KRS|HRS|RSA|M\.G\.L\.|F\.S\.|T\.C\.A\.|La\.\s?R\.S\.|SDCL|NDCC|U\.C\.A\.|N\.C\.G\.S\.|N\.C\.\s?Gen\.\s?Stat\.|G\.\s?S\.|V\.\s?S\.\s?A\.|M\.\s?R\.\s?S\.(?:\s?A\.)?|Minn\.\s?Stat\.)`;
const ABBREVIATED = new RegExp(
  String.raw`(?:\b(?<volume>\d{1,3})\s+)?\b(?<code>${ABBREVIATED_CODE})\s*(?:(?<mark>${SECTION_MARK})\s*(?<section>${SECTION})|(?<bare>\d+[A-Za-z]*[.:-]\d[\w.:-]*\w))(?<subs>${SUBSECTIONS})`,
  'g',
);

/** California's penal code by its initials, "PC 667.5(b)": three digits at least, so "PC 2.0" stays a computer. */
const CALIFORNIA_PC = new RegExp(String.raw`\bP\.?C\.?\s+(?:§\s*)?\d{3,}[a-z]?(?:\.\d+)?(?![\w.])${SUBSECTIONS}`, 'g');

/** Words one of the forms above always holds: where to look. */
const ANCHOR = new RegExp(String.raw`Code|Stat\.|Statutes?\b|Laws?\b|\bC\.|ILCS|§|\bP\.?C\.?\s|G\.\s?L\.|${ABBREVIATED_CODE}`, 'g');
/** How far around an anchor a cite can reach: a state, four words of a code's name, a section. */
const WINDOW_BEFORE_CHARS = 120;
const WINDOW_AFTER_CHARS = 60;

/** Illinois cites its compiled statutes by chapter and act: "410 ILCS 54/1", "720 ILCS 5/12-3.05(a)". */
const ILLINOIS = new RegExp(String.raw`\b\d{1,3}\s+ILCS\s+\d+\/${SECTION}${SUBSECTIONS}`, 'g');

/**
 * "Penal Code section 187", "Vehicle Code § 23152(a)", "Vehicle Code 23152" (a year is not a
 * section); New York names its codes "Law": "Penal Law § 125.25", "Criminal Procedure Law article 245".
 */
const SUBJECT_FIRST = new RegExp(
  String.raw`\b(?<words>${SUBJECT_CODE})\s+(?<noun>Code|Law)\s*,?\s*(?:(?<mark>${SECTION_MARK}|article)\s*(?<section>${SECTION})|(?<bare>(?!(?:19|20)\d\d\b)\d{3,}[a-z]?(?:[.:-]\d+)*))(?<subs>${SUBSECTIONS})`,
  'g',
);

/** "Code of Virginia § 18.2-57", "G.L. c. 186, § 15B" (Massachusetts: the chapter, then the section). */
const CODE_OF_STATE = new RegExp(
  String.raw`\b(?<code>Code\s+of\s+${STATE}|(?:M\.\s?)?G\.\s?L\.\s*c\.\s*\d+[A-Z]?,?)\s*(?<mark>§§?)\s*(?<section>${SECTION})(?<subs>${SUBSECTIONS})`,
  'g',
);

/** "section 893.135, Florida Statutes": the section, a comma, then the state's code. */
const SECTION_COMMA_CODE = new RegExp(
  String.raw`\b(?<mark>[Ss]ections?|[Ss]ec\.)\s+(?<section>${SECTION})(?<subs>${SUBSECTIONS}),\s+(?<state>${STATE})\s+(?<words>(?:${CODE_WORD}\s+){0,4})(?<noun>${CODE_NOUN})\b`,
  'g',
);

/** "section 187 of the California Penal Code", "Section 552.021 of the Texas Government Code". */
const SECTION_FIRST = new RegExp(
  String.raw`\b(?<mark>[Ss]ections?|[Ss]ec\.)\s+(?<section>${SECTION})(?<subs>${SUBSECTIONS})\s+of\s+the\s+(?:(?<state>${STATE})\s+(?<words>(?:${CODE_WORD}\s+){0,4})(?<noun>${CODE_NOUN})|(?<subject>${SUBJECT_CODE})\s+Code)\b`,
  'g',
);

export interface StateCodeCite {
  readonly start: number;
  readonly end: number;
  /** "California Penal Code § 187" as written, with the section sign for "section". */
  readonly citation: string;
  /** Whether the cite names its state; one that does not may still be another country's code. */
  readonly namesState: boolean;
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

function cite(match: RegExpExecArray, code: string, namesState: boolean): StateCodeCite | null {
  if (NOT_STATUTE_WORDS.test(code)) return null;
  const g = match.groups ?? {};
  const section = g.section ?? g.bare ?? '';
  let end = match.index + match[0].length;
  // A sentence's closing period is not part of "776.012.".
  if (match[0].endsWith('.') && !/et\.?\s+seq\.$/.test(match[0]) && /\d\.$/.test(match[0])) end--;
  const cleanSection = section.replace(/\.$/, '').replace(/\u2013/g, '-');
  const volume = g.volume ? `${g.volume} ` : '';
  const chapter = g.chapter ? ` ch. ${g.chapter},` : '';
  const sign = g.mark === 'article' ? 'art.' : '§';
  return { start: match.index, end, citation: `${volume}${collapse(code)}${chapter} ${sign} ${cleanSection}${g.subs ?? ''}`, namesState };
}

/** Every state code section cited in `text`, in order, none overlapping. */
/** The cites in one stretch of text, offsets relative to it. */
function citesIn(text: string): StateCodeCite[] {
  const found: StateCodeCite[] = [];
  const add = (c: StateCodeCite | null): void => {
    if (c && !found.some((f) => f.start < c.end && c.start < f.end)) found.push(c);
  };
  for (const m of text.matchAll(SECTION_FIRST)) {
    const g = m.groups ?? {};
    add(cite(m, g.state ? `${g.state} ${g.words ?? ''}${g.noun ?? ''}` : `${g.subject ?? ''} Code`, Boolean(g.state)));
  }
  for (const m of text.matchAll(CODE_OF_STATE)) add(cite(m, (m.groups?.code ?? '').replace(/,$/, ''), true));
  for (const m of text.matchAll(SECTION_COMMA_CODE)) {
    const g = m.groups ?? {};
    add(cite(m, `${g.state} ${g.words ?? ''}${g.noun ?? ''}`, true));
  }
  for (const m of text.matchAll(STATE_FIRST)) {
    const g = m.groups ?? {};
    add(cite(m, `${g.state} ${g.words ?? ''}${g.noun ?? ''}`, true));
  }
  for (const m of text.matchAll(ABBREVIATED)) add(cite(m, m.groups?.code ?? '', true));
  for (const m of text.matchAll(CALIFORNIA_PC)) add({ start: m.index, end: m.index + m[0].length, citation: `Cal. Penal Code § ${m[0].replace(/^P\.?C\.?\s+(?:§\s*)?/, '')}`, namesState: true });
  for (const m of text.matchAll(ILLINOIS)) add({ start: m.index, end: m.index + m[0].length, citation: collapse(m[0]), namesState: true });
  for (const m of text.matchAll(SUBJECT_FIRST)) {
    const g = m.groups ?? {};
    add(cite(m, `${g.words ?? ''} ${g.noun ?? ''}`, false));
  }
  return found;
}

/**
 * Every state code section cited in `text`, in order, none overlapping. The patterns are run only
 * around the words every cite holds (a code's name, a section sign, an abbreviation), not over the
 * whole article: run from every position, the states' names cost a sixth of recognition.
 */
export function stateCodeCites(text: string): StateCodeCite[] {
  const found: StateCodeCite[] = [];
  let windowStart = -1;
  let windowEnd = -1;
  const scan = (): void => {
    for (const c of citesIn(text.slice(windowStart, windowEnd))) {
      found.push({ ...c, start: c.start + windowStart, end: c.end + windowStart });
    }
  };
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(text); m; m = ANCHOR.exec(text)) {
    // A window opens at a word's start, so "West Virginia" is never read from "Virginia".
    let start = Math.max(0, m.index - WINDOW_BEFORE_CHARS);
    while (start > 0 && !/\s/.test(text[start - 1] as string)) start--;
    const end = Math.min(text.length, m.index + m[0].length + WINDOW_AFTER_CHARS);
    if (start > windowEnd) {
      if (windowEnd >= 0) scan();
      windowStart = start;
    }
    windowEnd = Math.max(windowEnd, end);
  }
  if (windowEnd >= 0) scan();
  return found.sort((a, b) => a.start - b.start);
}
