/**
 * Finds references to U.S. federal law: Code and CFR citations, public laws, the Statutes at
 * Large, the Constitution, named acts and popular names, and act sections mapped to the Code.
 * State codes and case reporters are never read as U.S. Code: every Code form needs its
 * "U.S.C." / "title N" anchor.
 */
import { actNameIndex, type ActNameIndex } from './statute-names';
import {
  ACT_ABBREVIATIONS,
  ACT_SECTION_AFTER,
  ACT_SECTION_BEFORE,
  AMENDMENT_PATTERN,
  ARTICLE_PATTERN,
  CFR_PATTERN,
  cleanSection,
  cleanSubsections,
  CONSTITUTION_CITE_PATTERN,
  INTERNAL_REVENUE_CODE_PATTERN,
  SEC_RULE_PATTERN,
  NAMED_ACT_PATTERN,
  ordinalNumber,
  PUBLIC_LAW_PATTERN,
  romanToNumber,
  STATUTES_AT_LARGE_PATTERN,
  toRoman,
  TREASURY_REGULATION_PATTERN,
  USC_PATTERNS,
  USC_TITLE_PATTERN,
} from './statute-patterns';
import { actInitialisms, sponsorNames, yearLedActs } from './statute-act-references';
import { provisionCites, type ProvisionCite } from './statute-provisions';
import { stateCodeCites } from './statute-state-codes';
import { normalizeKey } from './text-normalize';
import { FOREIGN_PLACE_WORDS, US_CONTEXT_WORDS } from './foreign-places';
import { US_STATES } from './person-gazetteers';
import { tokenAt, type Token, type TokenizedText } from './text-tokens';
import type { KnowledgeLookup, StatuteMention } from './types';
import { itemAt } from './item-at';

/** The highest Congress a public-law number can name for a while yet. */
const MAX_CONGRESS = 130;
const MAX_AMENDMENT = 27;

function mention(text: string, start: number, end: number, citation: string, entityId: string | null): StatuteMention {
  return { kind: 'statute', start, end, text: text.slice(start, end), entityId, citation };
}

const SAME_TITLE_SECTION = /^\s*(?:,|and|or)\s+(?:§\s*)?(\d+[a-z]+)\b/;

/**
 * What every U.S. Code citation holds: the code's mark or a title number. A text without one is
 * spared the citation patterns, which are costly to try at every position.
 */
const USC_PRESENT = /U\.\s?S\.\s?C|U\.S\.\s?Code|USC|usc|United\s+States\s+Code|[Tt]itle\s+\d/;
/** What every public-law citation opens with. */
const PUBLIC_LAW_PRESENT = /\b(?:Pub|Priv|Pvt|P\.\s?L\.|PL)/;

function uscCitations(text: string, lookup: KnowledgeLookup, out: StatuteMention[]): void {
  if (!USC_PRESENT.test(text)) return;
  for (const pattern of USC_PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const g = m.groups ?? {};
      const title = String(Number(g.title));
      let section = cleanSection(g.section ?? '');
      const subs = cleanSubsections(g.subs);
      const plural = /^(§§|[Ss]ections|[Ss]ecs\.)$/.test(g.mark ?? '');
      let rangeEnd = '';
      if (plural && !g.more && section.includes('-')) {
        const [a, b] = section.split('-');
        if (a && b && /^\d/.test(b)) {
          section = a;
          rangeEnd = `-${b}`;
        }
      }
      const more = (g.more ?? '').replace(/\s+/g, ' ').replace(/\s*(--|\u2013|\u2014)\s*/g, '-').trim();
      const app = /App\./.test(m[0]) ? ' App.' : '';
      const tail = /et\.?\s+seq/.test(m[0]) ? ' et seq.' : /\snote\b/.test(m[0]) ? ' note' : '';
      const sign = plural || more ? '§§' : '§';
      const moreText = more ? (/^[,]/.test(more) ? more : ` ${more}`) : '';
      const citation = `${title} U.S.C.${app} ${sign} ${section}${subs}${rangeEnd}${moreText}${tail}`;
      const entity = app ? null : lookup.uscSection(title, section);
      const end = m.index + m[0].length;
      out.push(mention(text, m.index, end, citation, entity?.id ?? null));
      // "15 U.S.C. 78j(b) and 78ff": a second section of the same title, lettered so it cannot be a count.
      const next = plural ? null : SAME_TITLE_SECTION.exec(text.slice(end, end + 24));
      if (next) {
        const start = end + next[0].length - (next[1] as string).length;
        out.push(mention(text, start, start + (next[1] as string).length, `${title} U.S.C. § ${next[1]}`, lookup.uscSection(title, next[1] as string)?.id ?? null));
      }
    }
  }
  USC_TITLE_PATTERN.lastIndex = 0;
  for (let m = USC_TITLE_PATTERN.exec(text); m; m = USC_TITLE_PATTERN.exec(text)) {
    const title = String(Number(m.groups?.title));
    const entity = lookup.uscTitle?.(title) ?? null;
    out.push(mention(text, m.index, m.index + m[0].length, `${title} U.S.C.`, entity?.id ?? null));
  }
}

function internalRevenueCode(text: string, lookup: KnowledgeLookup, out: StatuteMention[]): void {
  INTERNAL_REVENUE_CODE_PATTERN.lastIndex = /Internal Revenue Code|IRC/.test(text) ? 0 : text.length;
  for (let m = INTERNAL_REVENUE_CODE_PATTERN.exec(text); m; m = INTERNAL_REVENUE_CODE_PATTERN.exec(text)) {
    const g = m.groups ?? {};
    const section = g.before ?? g.after;
    if (section === undefined) {
      out.push(mention(text, m.index, m.index + m[0].length, '26 U.S.C.', lookup.uscTitle?.('26')?.id ?? null));
      continue;
    }
    const clean = cleanSection(section);
    const citation = `26 U.S.C. § ${clean}${cleanSubsections(g.beforeSubs ?? g.afterSubs)}`;
    out.push(mention(text, m.index, m.index + m[0].length, citation, lookup.uscSection('26', clean)?.id ?? null));
  }
}

function cfrCitations(text: string, out: StatuteMention[]): void {
  CFR_PATTERN.lastIndex = 0;
  for (let m = CFR_PATTERN.exec(text); m; m = CFR_PATTERN.exec(text)) {
    const g = m.groups ?? {};
    let end = m.index + m[0].length;
    let section = cleanSection(g.section ?? '');
    // A trailing period belongs to the sentence, not the section.
    while (section.endsWith('.')) {
      section = section.slice(0, -1);
      end--;
    }
    const isPart = /^[Pp]art/.test(g.mark ?? '') && !section.includes('.');
    const citation = `${Number(g.title)} C.F.R. ${isPart ? 'Part' : '§'} ${section}${cleanSubsections(g.subs)}`;
    out.push(mention(text, m.index, end, citation, null));
  }
  SEC_RULE_PATTERN.lastIndex = text.includes('Rule') ? 0 : text.length;
  for (let m = SEC_RULE_PATTERN.exec(text); m; m = SEC_RULE_PATTERN.exec(text)) {
    out.push(mention(text, m.index, m.index + m[0].length, `17 C.F.R. § 240.${m.groups?.rule ?? ''}`, null));
  }
  TREASURY_REGULATION_PATTERN.lastIndex = text.includes('Treas') ? 0 : text.length;
  for (let m = TREASURY_REGULATION_PATTERN.exec(text); m; m = TREASURY_REGULATION_PATTERN.exec(text)) {
    const citation = `26 C.F.R. § ${cleanSection(m.groups?.section ?? '')}${cleanSubsections(m.groups?.subs)}`;
    out.push(mention(text, m.index, m.index + m[0].length, citation, null));
  }
}

function publicLaws(text: string, lookup: KnowledgeLookup, out: StatuteMention[]): void {
  PUBLIC_LAW_PATTERN.lastIndex = PUBLIC_LAW_PRESENT.test(text) ? 0 : text.length;
  for (let m = PUBLIC_LAW_PATTERN.exec(text); m; m = PUBLIC_LAW_PATTERN.exec(text)) {
    const g = m.groups ?? {};
    const congress = Number(g.congress);
    if (congress < 1 || congress > MAX_CONGRESS) continue;
    const isPrivate = /^P(riv|vt)/.test(g.kind ?? '');
    const law = `${isPrivate ? 'Pvt.' : 'Pub.'} L. ${congress}-${Number(g.number)}`;
    const section = g.section ?? g.after;
    const citation = section ? `${law}, § ${section}${cleanSubsections(g.subs ?? g.afterSubs)}` : law;
    const entity = isPrivate ? null : lookup.statuteByName(normalizeKey(law));
    out.push(mention(text, m.index, m.index + m[0].length, citation, entity?.id ?? null));
  }
  STATUTES_AT_LARGE_PATTERN.lastIndex = text.includes('Stat.') ? 0 : text.length;
  for (let m = STATUTES_AT_LARGE_PATTERN.exec(text); m; m = STATUTES_AT_LARGE_PATTERN.exec(text)) {
    const citation = `${Number(m.groups?.volume)} Stat. ${Number(m.groups?.page)}`;
    const entity = lookup.statuteByName(normalizeKey(citation));
    out.push(mention(text, m.index, m.index + m[0].length, citation, entity?.id ?? null));
  }
}

/** "Article 5 of the North Atlantic Treaty", "Article I, Section 12 of the Florida Constitution": another document's article. */
const OF_ANOTHER_DOCUMENT = /^(?:,?\s+(?:[Ss]ection|§)\s*\d+)?\s+of\s+(?:the\s+)?(?!(?:U\.S\.\s+|United\s+States\s+|federal\s+)?Constitution)\p{Lu}/u;

const DUE_PROCESS_CLAUSE = /\bDue Process Clauses?\b(?:\s+of\s+the\s+(?<amendment>Fifth|Fourteenth|5th|14th)\s+Amendment\b)?/g;

function constitution(text: string, lookup: KnowledgeLookup, out: StatuteMention[]): void {
  const link = (citation: string): string | null => lookup.statuteByName(normalizeKey(citation))?.id ?? null;
  CONSTITUTION_CITE_PATTERN.lastIndex = /Const/i.test(text) ? 0 : text.length;
  for (let m = CONSTITUTION_CITE_PATTERN.exec(text); m; m = CONSTITUTION_CITE_PATTERN.exec(text)) {
    const g = m.groups ?? {};
    let base: string;
    if (g.article) base = `U.S. Const. art. ${g.article.toUpperCase()}`;
    else {
      const n = /^\d+$/.test(g.amendment ?? '') ? Number(g.amendment) : romanToNumber(g.amendment ?? '');
      if (!n || n > MAX_AMENDMENT) continue;
      base = `U.S. Const. amend. ${toRoman(n)}`;
    }
    const citation = `${base}${g.section ? `, § ${g.section}` : ''}${g.clause ? `, cl. ${g.clause}` : ''}`;
    out.push(mention(text, m.index, m.index + m[0].length, citation, link(base)));
  }
  AMENDMENT_PATTERN.lastIndex = text.includes('Amendment') ? 0 : text.length;
  for (let m = AMENDMENT_PATTERN.exec(text); m; m = AMENDMENT_PATTERN.exec(text)) {
    const n = ordinalNumber(m.groups?.ordinal ?? '');
    if (!n || n > MAX_AMENDMENT) continue;
    const citation = `U.S. Const. amend. ${toRoman(n)}`;
    out.push(mention(text, m.index, m.index + m[0].length, citation, link(citation)));
  }
  // The Fifth and the Fourteenth Amendments each have one: linked only when the text says which.
  DUE_PROCESS_CLAUSE.lastIndex = text.includes('Due Process') ? 0 : text.length;
  for (let m = DUE_PROCESS_CLAUSE.exec(text); m; m = DUE_PROCESS_CLAUSE.exec(text)) {
    const n = ordinalNumber(m.groups?.amendment ?? '');
    const citation = n ? `U.S. Const. amend. ${toRoman(n)}` : 'U.S. Const. amends. V, XIV (Due Process Clauses)';
    out.push(mention(text, m.index, m.index + m[0].length, citation, n ? link(citation) : null));
  }
  ARTICLE_PATTERN.lastIndex = text.includes('Article') ? 0 : text.length;
  for (let m = ARTICLE_PATTERN.exec(text); m; m = ARTICLE_PATTERN.exec(text)) {
    if (OF_ANOTHER_DOCUMENT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    const base = `U.S. Const. art. ${m.groups?.article}`;
    const citation = m.groups?.section ? `${base}, § ${m.groups.section}` : base;
    out.push(mention(text, m.index, m.index + m[0].length, citation, link(base)));
  }
}

/** Words that open a capitalised run without being part of an act's name. */
const LEADING_NOISE = new Set([
  'the', 'under', 'in', 'a', 'an', 'by', 'of', 'to', 'and', 'but', 'with', 'from', 'for', 'on', 'as', 'at', 'that', 'this',
  'his', 'her', 'their', 'its', 'our', 'new', 'if', 'when', 'while', 'after', 'before', 'since', 'amid', 'against', 'whether',
  'such', 'each', 'every', 'any', 'no', 'said', 'says', 'then', 'now', 'still', 'also', 'meanwhile', 'however', 'yet',
]);

interface NamedSpan {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly key: string;
}

const ACT_WORD = /\bAct\b/g;
/** Every character `NAMED_ACT_PATTERN` can match. */
const NAMED_ACT_CHAR = /[\w'\u2019.&\s-]/;

/**
 * The next `NAMED_ACT_PATTERN` match at or after `from`, the same one a plain `exec` finds: a
 * match ends in "Act" and is made of name characters only, so it cannot start before the stretch
 * of such characters leading to the first "Act" ahead. Running the pattern from there, not from
 * `from`, spares it a try at every capital of the article.
 */
function nextNamedAct(text: string, from: number): RegExpExecArray | null {
  ACT_WORD.lastIndex = from;
  const act = ACT_WORD.exec(text);
  if (!act) return null;
  let start = act.index;
  while (start > from && NAMED_ACT_CHAR.test(text[start - 1] as string)) start--;
  NAMED_ACT_PATTERN.lastIndex = start;
  return NAMED_ACT_PATTERN.exec(text);
}

function namedActs(tokenized: TokenizedText, names: ActNameIndex): NamedSpan[] {
  const { text } = tokenized;
  const known: NamedSpan[] = names.find(tokenized);
  const spans: NamedSpan[] = [...known];
  if (!text.includes('Act')) return spans;
  for (let m = nextNamedAct(text, 0); m; m = nextNamedAct(text, m.index + m[0].length)) {
    let start = m.index;
    let name = m[0];
    // "Article II. The Affordable Care Act": a name does not run across a sentence's end.
    if (name.includes('. ')) {
      const sentence = tokenized.sentences[itemAt(tokenized.tokens, tokenAt(tokenized.tokens, start + name.length) - 1).sentence];
      if (sentence && sentence.start > start) {
        name = name.slice(sentence.start - start);
        start = sentence.start;
      }
    }
    for (;;) {
      const first = /^(\S+)\s+/.exec(name);
      if (!first || !LEADING_NOISE.has((first[1] as string).toLowerCase())) break;
      start += first[0].length;
      name = name.slice(first[0].length);
    }
    // "the Hughes Amendment to the Firearm Owners Protection Act": the act is the name after "to the".
    const amended = name.lastIndexOf(' Amendment to the ');
    if (amended > 0) {
      start += amended + ' Amendment to the '.length;
      name = name.slice(amended + ' Amendment to the '.length);
    }
    // "the German Basic Law and the British Official Secrets Act": the act is the last name.
    const joined = name.lastIndexOf(' and the ');
    if (joined > 0) {
      start += joined + ' and the '.length;
      name = name.slice(joined + ' and the '.length);
    }
    if (!/\s/.test(name)) continue;
    const end = start + name.length;
    const overlapping = known.filter((k) => k.start < end && start < k.end && (k.start !== start || k.end !== end));
    if (overlapping.length > 0) {
      // A run over two acts ("X Act and the Y Act") is not one name, a known name longer than the run wins,
      // and so does one after a small word ("Then the Logan Act", "Title II of the Logan Act"); a run of
      // capitalised words holding a known name is a longer act ("Electronic Communications Privacy Act").
      const outside = overlapping.some((k) => k.start < start || k.end > end);
      const lowerBefore = overlapping.some((k) => /\s\p{Ll}/u.test(text.slice(start, k.start)));
      if ((name.match(/\bAct\b/g) ?? []).length > 1 || outside || lowerBefore) continue;
      for (const k of overlapping) spans.splice(spans.indexOf(k), 1);
    }
    spans.push({ start, end, name, key: normalizeKey(name) });
  }
  return spans;
}

const US_PREFIX = /(?:\bU\.S\.|\bUS|\bUnited States)\s$/;
const US_MARK = /\bU\.\s?S\.|\bUS\b|\bUnited States\b/;
const US_MARK_ALL = /\bU\.\s?S\.|\bUS\b|\bUnited States\b/g;

/**
 * An act the knowledge file does not know is read as U.S. law only without signs of another
 * country: a foreign place in its name, a foreign place or its possessive just before it, or a
 * foreign place in its sentence with nothing there pointing to the United States.
 */
/** Whether the sentence around a token names the United States or its federal government. */
function federalContext(tokenized: TokenizedText, firstIndex: number): boolean {
  const { tokens, sentences, text } = tokenized;
  const first = itemAt(tokens, firstIndex);
  const sentence = sentences[first.sentence];
  if (US_MARK.test(sentence ? text.slice(sentence.start, sentence.end) : '')) return true;
  for (let k = firstIndex; k >= 0 && itemAt(tokens, k).sentence === first.sentence; k--) if (US_CONTEXT_WORDS.has(itemAt(tokens, k).lower)) return true;
  for (let k = firstIndex + 1; k < tokens.length && itemAt(tokens, k).sentence === first.sentence; k++) if (US_CONTEXT_WORDS.has(itemAt(tokens, k).lower)) return true;
  return false;
}

function isForeignLaw(tokenized: TokenizedText, span: NamedSpan): boolean {
  const { tokens } = tokenized;
  const firstIndex = tokenAt(tokens, span.start);
  const first = tokens[firstIndex];
  if (!first) return false;
  const usContext = (): boolean => federalContext(tokenized, firstIndex);
  const placeWord = (t: Token | undefined): boolean => !!t && t.kind === 'word' && FOREIGN_PLACE_WORDS.has(t.lower.replace(/['\u2019]s$/, ''));
  for (let k = firstIndex; k < tokens.length && itemAt(tokens, k).start < span.end; k++) {
    if (placeWord(tokens[k])) return !usContext();
  }
  let before = firstIndex - 1;
  if (tokens[before]?.lower === 'the') before--;
  if (placeWord(tokens[before])) return true;
  // "Britain expanded its own surveillance law, the Investigatory Powers Act, which U.S. officials cite":
  // the nearest place before the name decides, unless the United States is named in between.
  for (let k = firstIndex - 1; k >= 0 && itemAt(tokens, k).sentence === first.sentence; k--) {
    if (!placeWord(tokens[k])) continue;
    const between = tokenized.text.slice(itemAt(tokens, k).end, span.start);
    let usBetween = US_MARK.test(between);
    for (let b = k + 1; b < firstIndex && !usBetween; b++) usBetween = US_CONTEXT_WORDS.has(itemAt(tokens, b).lower);
    return !usBetween;
  }
  for (let k = firstIndex + 1; k < tokens.length && itemAt(tokens, k).sentence === first.sentence; k++) if (placeWord(tokens[k])) return !usContext();
  return false;
}

const STATE_BEFORE_NAME = /(?:\b(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['\u2019]s?\s+(?:[A-Z][\w-]*\s+)?|\bstate(?:['\u2019]s)?\s+)$/;
/** Words that say a sentence is about a state's own law. */
const STATE_OWN_LAW = /\b(?:its own|state law|state['\u2019]s|legislature|General Assembly|statehouse)\b/i;
/** "as the state expands vouchers under the ... Act": the state acting under a law is acting under its own. */
const THE_STATE_ACTS = /\bthe state\b(?!\s+(?:department|of)\b)/i;

/**
 * A named act the knowledge file does not hold that opens with a state's name, follows one's
 * possessive ("California's Racial Justice Act", "the Texas Public Information Act"), or follows a
 * state and "its own" law in its sentence, is state law, which the guide counts only when cited as
 * a code section; unless its sentence speaks of Congress.
 */
function isStateLaw(tokenized: TokenizedText, span: NamedSpan): boolean {
  const { text, tokens } = tokenized;
  const words = span.name.split(/\s+/);
  const opensWithState = US_STATES.has((words[0] ?? '').replace(/['\u2019]s?$/, '').toLowerCase()) || US_STATES.has(words.slice(0, 2).join(' ').toLowerCase());
  const before = STATE_BEFORE_NAME.exec(text.slice(Math.max(0, span.start - 40), span.start));
  const afterState = before !== null && (before[1] === undefined || US_STATES.has(before[1].toLowerCase()));
  // "Georgia's RICO Act" is Georgia's, whatever else its sentence says.
  if (afterState || /^\p{Lu}[\p{L}\s]*['\u2019]s?$/u.test(words[0] ?? '') && opensWithState) return true;
  const firstIndex = tokenAt(tokens, span.start);
  if (!opensWithState && !stateInSentence(tokenized, firstIndex)) return false;
  return !federalContext(tokenized, firstIndex);
}

/**
 * "Illinois also has its own police accountability law, the SAFE-T Act": a state and its own law
 * earlier in the sentence; "the state" acting before the name; or a state code section cited in the same sentence ("under N.J.S.A.
 * 2C:11-4(a) ... under the No Early Release Act").
 */
function stateInSentence(tokenized: TokenizedText, firstIndex: number): boolean {
  const { tokens, sentences, text } = tokenized;
  const sentence = sentences[itemAt(tokens, firstIndex).sentence];
  if (!sentence) return false;
  if (stateCodeCites(text.slice(sentence.start, sentence.end)).length > 0) return true;
  const beforeName = text.slice(sentence.start, itemAt(tokens, firstIndex).start);
  if (THE_STATE_ACTS.test(beforeName)) return true;
  if (!STATE_OWN_LAW.test(beforeName)) return false;
  for (let k = firstIndex - 1; k >= 0 && itemAt(tokens, k).sentence === itemAt(tokens, firstIndex).sentence; k--) {
    const word = itemAt(tokens, k).lower;
    if (US_STATES.has(word) || US_STATES.has(`${tokens[k - 1]?.lower ?? ''} ${word}`)) return true;
  }
  return false;
}

/** An act's abbreviation is written in capitals: a lower-case ASCII letter rules a word out before the table is read. */
function hasLowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** "Act 1989 No 80", "Act 2006 No. 3": how New Zealand, Australian and other Commonwealth statutes are numbered. */
const COMMONWEALTH_CITATION = /^\s*,?\s*(?:1[6-9]|20)\d{2}\s+No\.?\s*\d/;
/** Foreign place words per U.S. one beyond which a page is about another country. */
const FOREIGN_TO_US_RATIO = 3;
const MIN_FOREIGN_PLACE_WORDS = 10;

/** A page that names other countries far more than the United States ("New Zealand", "Maori" on every line). */
function aboutAnotherCountry(tokenized: TokenizedText): boolean {
  let foreign = 0;
  let us = 0;
  for (const t of tokenized.tokens) {
    if (t.kind !== 'word') continue;
    if (FOREIGN_PLACE_WORDS.has(t.lower)) foreign++;
    else if (US_CONTEXT_WORDS.has(t.lower)) us++;
  }
  us += (tokenized.text.match(US_MARK_ALL) ?? []).length;
  return foreign >= MIN_FOREIGN_PLACE_WORDS && foreign >= FOREIGN_TO_US_RATIO * Math.max(1, us);
}

function actMentions(tokenized: TokenizedText, lookup: KnowledgeLookup, out: StatuteMention[]): void {
  const { text, tokens } = tokenized;
  const spans = namedActs(tokenized, actNameIndex(lookup));
  for (const act of yearLedActs(text)) spans.push({ ...act, key: normalizeKey(act.name) });
  const named: StatuteMention[] = [];
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length > 4 || t.text === t.lower || hasLowerAscii(t.text)) continue;
    const full = ACT_ABBREVIATIONS[t.lower];
    if (full && t.text === t.text.toUpperCase() && ACT_SECTION_AFTER.test(text.slice(t.end, t.end + 24))) {
      spans.push({ start: t.start, end: t.end, name: t.text, key: t.lower });
    }
  }
  let foreignPage: boolean | null = null;
  for (const span of spans) {
    const known = lookup.statuteByName(span.key);
    const fullKey = ACT_ABBREVIATIONS[span.key];
    if (!known && !fullKey && (isForeignLaw(tokenized, span) || isStateLaw(tokenized, span))) continue;
    // "Education Act 1989 No 80": a Commonwealth parliament's citation; and on a page about another
    // country, an act the knowledge file does not know is that country's.
    if (!known && !fullKey && (COMMONWEALTH_CITATION.test(text.slice(span.end, span.end + 20)) || (foreignPage ??= aboutAnotherCountry(tokenized)))) continue;
    if (known?.id.startsWith('const:') && OF_ANOTHER_DOCUMENT.test(text.slice(span.end, span.end + 60))) continue;
    // The Constitution's amendments go by ordinals ("Second Amendment"); "Amendment 2" is a state ballot measure.
    if (known?.id.startsWith('const:amend') && /^Amendment\s+\d/.test(span.name)) continue;
    const crosswalk = (section: string): ReturnType<KnowledgeLookup['actSectionToUsc']> =>
      lookup.actSectionToUsc(span.key, section) ?? (fullKey ? lookup.actSectionToUsc(fullKey, section) : null);
    const after = ACT_SECTION_AFTER.exec(text.slice(span.end, span.end + 40));
    const before = ACT_SECTION_BEFORE.exec(text.slice(Math.max(0, span.start - 40), span.start));
    const sectionMatch = after ?? before;
    if (sectionMatch) {
      const section = sectionMatch.groups?.section ?? '';
      const subs = cleanSubsections(sectionMatch.groups?.subs);
      const usc = crosswalk(section.toLowerCase());
      const start = after ? span.start : span.start - (before as RegExpExecArray)[0].length;
      const end = after ? span.end + after[0].length : span.end;
      const citation = usc ? `${usc.citation}${subs}` : `${span.name} § ${section}${subs}`;
      out.push(mention(text, start, end, citation, usc?.id ?? known?.id ?? null));
      continue;
    }
    if (fullKey && !known) continue;
    // "the U.S. Flag Code": the country belongs to the name the article uses.
    const country = known ? US_PREFIX.exec(text.slice(Math.max(0, span.start - 16), span.start)) : null;
    const start = country ? span.start - country[0].length : span.start;
    const act = mention(text, start, span.end, known?.citation ?? span.name, known?.id ?? null);
    out.push(act);
    named.push(act);
  }
  actsByInitials(tokenized, named, out);
}

/**
 * "the NDAA" after "the National Defense Authorization Act", "Capper-Volstead" after "the
 * Capper-Volstead Act": the initials or sponsors' names an act the article named goes by.
 */
function actsByInitials(tokenized: TokenizedText, acts: readonly StatuteMention[], out: StatuteMention[]): void {
  if (acts.length === 0) return;
  const byInitials = new Map<string, StatuteMention>();
  for (const act of acts) {
    const name = act.text.replace(/^(?:U\.S\.|US|United States)\s+/, '');
    for (const initials of actInitialisms(name)) {
      if (!byInitials.has(initials)) byInitials.set(initials, act);
    }
    const sponsors = sponsorNames(name);
    if (sponsors !== null && !byInitials.has(sponsors)) byInitials.set(sponsors, act);
  }
  if (byInitials.size === 0) return;
  const taken = new Set(out.map((m) => m.start));
  for (const t of tokenized.tokens) {
    const first = t.text.charCodeAt(0);
    // Initials and sponsors' names open with a capital: most words are ruled out by their first letter.
    if (t.kind !== 'word' || first < 65 || first > 90 || t.text.length < 3 || taken.has(t.start)) continue;
    const possessive = t.text.endsWith("'s") || t.text.endsWith('\u2019s');
    const act = byInitials.get(possessive ? t.text.slice(0, -2) : t.text);
    // Initials stand for an act only once the article has named it.
    const end = t.end - (possessive ? 2 : 0);
    if (act && act.end <= t.start) out.push(mention(tokenized.text, t.start, end, act.citation, act.entityId));
  }
}

/** State code sections; one that does not name its state is dropped where the text points abroad. */
function stateCodes(tokenized: TokenizedText, out: StatuteMention[]): void {
  const { text } = tokenized;
  for (const c of stateCodeCites(text)) {
    if (!c.namesState && isForeignLaw(tokenized, { start: c.start, end: c.end, name: c.citation, key: '' })) continue;
    out.push({ ...mention(text, c.start, c.end, c.citation, null), jurisdiction: 'state' });
  }
}

/** The part of a citation that names its law: "Voting Rights Act of 1965", "18 U.S.C.", "Texas Government Code". */
function lawOf(citation: string): string {
  return citation.replace(/,?\s*(?:§|Title\s|Exemption\s).*$/, '');
}

/**
 * "Section 2", "Title II", "Exemption 7(E)" count once the article has cited a law before them;
 * a U.S. Code title ("Title 10") counts alone. A provision is linked to the law cited just before it
 * only when the text says so ("of the law", "whose section 4024"): "Section 199A" in a sentence
 * about a tax act is a section of the tax code, not of the act, and a wrong card is worse than none.
 */
function provisions(tokenized: TokenizedText, lookup: KnowledgeLookup, out: StatuteMention[]): void {
  const { text, tokens } = tokenized;
  const cites = provisionCites(text);
  if (cites.length === 0) return;
  const earlier = [...out].sort((a, b) => a.start - b.start);
  const sentenceOf = (offset: number): number => itemAt(tokens, tokenAt(tokens, offset)).sentence;
  for (const c of cites) {
    if (earlier.some((m) => m.start < c.end && c.start < m.end)) continue;
    if (c.of === 'named') {
      const law = earlier.find((m) => m.start === c.ofStart);
      if (law) joinProvision(text, c, law, lookup, out);
      continue;
    }
    const label = text.slice(c.start, c.end);
    if (c.word === 'Title' && /^\d+$/.test(c.number)) {
      out.push(mention(text, c.start, c.end, `${c.number} U.S.C.`, lookup.uscTitle?.(c.number)?.id ?? null));
      continue;
    }
    if (c.of === 'tax-code') {
      out.push(mention(text, c.start, c.end, `26 U.S.C. § ${c.number}${c.subsections}`, lookup.uscSection('26', c.number)?.id ?? null));
      continue;
    }
    const before = earlier.filter((m) => m.end <= c.start).at(-1);
    if (!before) continue;
    // "section 5336" after "31 U.S.C. 5336": the section the article has already cited, by its number.
    const repeated = c.weak && !c.pointsBack ? earlier.find((m) => m.end <= c.start && citesSection(m.citation, c.number)) : undefined;
    if (repeated) {
      out.push(mention(text, c.start, c.end, repeated.citation, repeated.entityId));
      continue;
    }
    const sameSentence = sentenceOf(before.start) === sentenceOf(c.start);
    // A bare "§" is a law's mark wherever it stands; lower case "section" needs the law nearby.
    if (c.word === 'Section' && c.weak && !c.pointsBack && !sameSentence) continue;
    // "Constitution Act 1986 ... 1 January 1987. Section 2.1. Retrieved": after a law Footnote
    // does not know, in no state's code, a section standing sentences away may be anything's.
    if (c.word === 'Section' && !c.pointsBack && !sameSentence && before.entityId === null && !before.jurisdiction && !c.of) continue;
    if (c.pointsBack) out.push(linkedProvision(text, c, before, lookup));
    else out.push({ ...mention(text, c.start, c.end, label, null), ...(before.jurisdiction ? { jurisdiction: before.jurisdiction } : {}) });
  }
}

/** Whether a citation ("31 U.S.C. § 5336(b)") is of the section numbered `number`. */
function citesSection(citation: string, number: string): boolean {
  const at = citation.indexOf(`\u00a7 ${number}`);
  if (at < 0) return false;
  const next = citation.charAt(at + 2 + number.length);
  return next === '' || next === '(' || next === ' ';
}

/** "Title I of FISA": one mention from the provision to the end of its law's name, in place of the law's. */
function joinProvision(text: string, c: ProvisionCite, law: StatuteMention, lookup: KnowledgeLookup, out: StatuteMention[]): void {
  const i = out.indexOf(law);
  if (i < 0) return;
  const usc = c.word === 'Section' || c.word === '§' ? lookup.actSectionToUsc(normalizeKey(law.text), c.number.toLowerCase()) : null;
  if (usc) {
    out[i] = mention(text, c.start, law.end, `${usc.citation}${c.subsections}`, usc.id);
    return;
  }
  const part = c.word === 'Section' || c.word === '§' ? ` § ${c.number}${c.subsections}` : `, ${c.word} ${c.number}${c.subsections}`;
  out[i] = { ...mention(text, c.start, law.end, `${lawOf(law.citation)}${part}`, law.entityId), ...(law.jurisdiction ? { jurisdiction: law.jurisdiction } : {}) };
}

function linkedProvision(text: string, c: ProvisionCite, law: StatuteMention, lookup: KnowledgeLookup): StatuteMention {
  const label = text.slice(c.start, c.end);
  if (law.jurisdiction) return { ...mention(text, c.start, c.end, label, null), jurisdiction: law.jurisdiction };
  // A public law or a page of the Statutes at Large numbers its own sections apart from the Code's.
  if (/^(?:Pub\.|Pvt\.|\d+ Stat\.)/.test(law.citation)) return mention(text, c.start, c.end, label, null);
  const base = lawOf(law.citation);
  const section = c.word === 'Section' || c.word === '§';
  const title = /^(\d+) U\.S\.C\.$/.exec(base)?.[1];
  if (section && title) {
    return mention(text, c.start, c.end, `${base} § ${c.number}${c.subsections}`, lookup.uscSection(title, c.number)?.id ?? null);
  }
  const usc = section ? lookup.actSectionToUsc(normalizeKey(law.text), c.number.toLowerCase()) : null;
  if (usc) return mention(text, c.start, c.end, `${usc.citation}${c.subsections}`, usc.id);
  const part = section ? ` § ${c.number}${c.subsections}` : `, ${c.word} ${c.number}${c.subsections}`;
  return mention(text, c.start, c.end, `${base}${part}`, law.entityId);
}

export function recognizeStatutes(tokenized: TokenizedText, lookup: KnowledgeLookup): StatuteMention[] {
  const out: StatuteMention[] = [];
  const { text } = tokenized;
  uscCitations(text, lookup, out);
  internalRevenueCode(text, lookup, out);
  cfrCitations(text, out);
  publicLaws(text, lookup, out);
  constitution(text, lookup, out);
  actMentions(tokenized, lookup, out);
  stateCodes(tokenized, out);
  provisions(tokenized, lookup, out);
  return out;
}
