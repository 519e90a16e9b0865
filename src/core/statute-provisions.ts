/**
 * Provisions a story cites by number alone: "Section 2" once it has named the Voting Rights Act,
 * "Section 7 of the 1935 law", "Section 48D of the tax code", "Title II" of an act named before,
 * "Exemption 7(E)" of FOIA, and whole Code titles used as authority ("federalized under Title 10").
 * Lower case "section" and a bare "§" count only where the text points back to a law ("section
 * 7(c) of the law", "whose section 4024") or a law was cited earlier in the same sentence: alone,
 * "section 3" is too often a newspaper's or a report's. A number followed by "of" something that is not a law ("Section 3 of the contract")
 * is not a statute, and "Section 8 vouchers" is a housing programme.
 */

export type ProvisionWord = 'Section' | 'Title' | 'Exemption' | '§';

export interface ProvisionCite {
  readonly start: number;
  readonly end: number;
  readonly word: ProvisionWord;
  /** "2", "48D", "552.021", "II", "7". */
  readonly number: string;
  readonly subsections: string;
  /**
   * What follows: "of the tax code", "of the law" (the act named last), "of" a name ("Title I of
   * FISA": `ofStart` is where the name begins), or nothing.
   */
  readonly of: 'tax-code' | 'law' | 'named' | null;
  readonly ofStart: number | null;
  /**
   * Whether the text itself points back to a law: "section 7(c) of the law", "the CARES Act, whose
   * section 4024", "its Section 5". Only such a cite may be linked to that law; lower case
   * "section" and a bare "§" count only then, or after a law in the same sentence.
   */
  readonly pointsBack: boolean;
  /** "section" in lower case or a bare "§": weaker than the capitalised word. */
  readonly weak: boolean;
}

/** Words around a section number that make it a programme's name: "Section 8 vouchers". */
const PROGRAMME_AFTER = /^\s+(?:voucher|housing|tenant|program|programme|rental|landlord)/i;
/** "units subsidized through Section 8": the same programme, named after its subsidy. */
const HOUSING_BEFORE = /(?:subsidi[sz]ed|housing|rent(?:al)?|vouchers?)\s+(?:\w+\s+)?$/i;

/** The highest title number of the U.S. Code. */
const MAX_USC_TITLE = 54;

const PROVISION = /(?:\b(?<word>Section|section|Title|Exemption)\s+|(?<sign>§)\s*)(?<number>\d{1,5}[A-Z]?(?:[.-]\d+)*|[IVX]{1,5})(?![\w-])(?<subs>(?:\((?:[A-Za-z]{1,4}|\d{1,3})\))*)/g;
const POSSESSIVE_BEFORE = /\b(?:whose|its|the\s+(?:law|act|statute)['\u2019]s)\s+$/i;
const OF_PHRASE = /^\s+of\s+(?:the\s+|this\s+|that\s+)?(?:same\s+)?(?<what>(?:\d{4}\s+)?[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)/;
const TAX_CODE = /^(?:federal\s+)?tax\s+code\b|^Internal\s+Revenue/i;
const LAW_NOUN = /^(?:\d{4}\s+)?(?:law|act|statute|legislation|measure|code)s?\b/i;

/** Every capitalised "Section N" / "Title N" / "Exemption N" not followed by another kind of document. */
export function provisionCites(text: string): ProvisionCite[] {
  if (!/[Ss]ection |Title |Exemption |§/.test(text)) return [];
  const found: ProvisionCite[] = [];
  for (const m of text.matchAll(PROVISION)) {
    const g = m.groups ?? {};
    const weak = g.sign !== undefined || g.word === 'section';
    const word: ProvisionWord = g.sign !== undefined ? '§' : g.word === 'section' ? 'Section' : (g.word as ProvisionWord);
    const number = g.number ?? '';
    const roman = /^[IVX]+$/.test(number);
    if (word === 'Title' && !roman && (!/^\d+$/.test(number) || Number(number) < 1 || Number(number) > MAX_USC_TITLE)) continue;
    if (word !== 'Title' && roman) continue;
    // A "§" inside a longer cite ("8 U.S.C. § 1324") belongs to that cite; only one standing alone is read here.
    if (g.sign !== undefined && /[\w.]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const end = m.index + m[0].length;
    const ofMatch = OF_PHRASE.exec(text.slice(end, end + 60));
    if (PROGRAMME_AFTER.test(text.slice(end, end + 12)) || HOUSING_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    let of: ProvisionCite['of'] = null;
    let ofStart: number | null = null;
    if (ofMatch) {
      const what = ofMatch.groups?.what ?? '';
      if (TAX_CODE.test(what)) of = 'tax-code';
      else if (LAW_NOUN.test(what)) of = 'law';
      else {
        // "of FISA" joins the law's own mention; "of the report" finds none and is dropped.
        of = 'named';
        ofStart = end + ofMatch[0].length - what.length;
      }
    }
    const pointsBack = of === 'law' || POSSESSIVE_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index));
    found.push({ start: m.index, end, word, number, subsections: g.subs ?? '', of, ofStart, pointsBack, weak });
  }
  return found;
}
