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
import { normalizeKey } from './text-normalize';
import { FOREIGN_PLACE_WORDS, US_CONTEXT_WORDS } from './foreign-places';
import { tokenAt, type Token, type TokenizedText } from './text-tokens';
import type { KnowledgeLookup, StatuteMention } from './types';
import { itemAt } from './item-at';

/** The highest Congress a public-law number can name for a while yet. */
const MAX_CONGRESS = 130;
const MAX_AMENDMENT = 27;

function mention(text: string, start: number, end: number, citation: string, entityId: string | null): StatuteMention {
  return { kind: 'statute', start, end, text: text.slice(start, end), entityId, citation };
}

function uscCitations(text: string, lookup: KnowledgeLookup, out: StatuteMention[]): void {
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
      out.push(mention(text, m.index, m.index + m[0].length, citation, entity?.id ?? null));
    }
  }
  USC_TITLE_PATTERN.lastIndex = 0;
  for (let m = USC_TITLE_PATTERN.exec(text); m; m = USC_TITLE_PATTERN.exec(text)) {
    const title = String(Number(m.groups?.title));
    const entity = lookup.uscTitle?.(title) ?? null;
    out.push(mention(text, m.index, m.index + m[0].length, `${title} U.S.C.`, entity?.id ?? null));
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
  TREASURY_REGULATION_PATTERN.lastIndex = text.includes('Treas') ? 0 : text.length;
  for (let m = TREASURY_REGULATION_PATTERN.exec(text); m; m = TREASURY_REGULATION_PATTERN.exec(text)) {
    const citation = `26 C.F.R. § ${cleanSection(m.groups?.section ?? '')}${cleanSubsections(m.groups?.subs)}`;
    out.push(mention(text, m.index, m.index + m[0].length, citation, null));
  }
}

function publicLaws(text: string, lookup: KnowledgeLookup, out: StatuteMention[]): void {
  PUBLIC_LAW_PATTERN.lastIndex = 0;
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
  ARTICLE_PATTERN.lastIndex = text.includes('Article') ? 0 : text.length;
  for (let m = ARTICLE_PATTERN.exec(text); m; m = ARTICLE_PATTERN.exec(text)) {
    const base = `U.S. Const. art. ${m.groups?.article}`;
    const citation = m.groups?.section ? `${base}, § ${m.groups.section}` : base;
    out.push(mention(text, m.index, m.index + m[0].length, citation, link(base)));
  }
}

/** Words that open a capitalised run without being part of an act's name. */
const LEADING_NOISE = new Set([
  'the', 'under', 'in', 'a', 'an', 'by', 'of', 'to', 'and', 'but', 'with', 'from', 'for', 'on', 'as', 'at', 'that', 'this',
  'his', 'her', 'their', 'its', 'our', 'new', 'if', 'when', 'while', 'after', 'before', 'since', 'amid', 'against', 'whether',
  'such', 'each', 'every', 'any', 'no', 'said', 'says',
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
    for (;;) {
      const first = /^(\S+)\s+/.exec(name);
      if (!first || !LEADING_NOISE.has((first[1] as string).toLowerCase())) break;
      start += first[0].length;
      name = name.slice(first[0].length);
    }
    // "the German Basic Law and the British Official Secrets Act": the act is the last name.
    const joined = name.lastIndexOf(' and the ');
    if (joined > 0) {
      start += joined + ' and the '.length;
      name = name.slice(joined + ' and the '.length);
    }
    if (!/\s/.test(name)) continue;
    const end = start + name.length;
    // A known name found by the trie wins over a capitalised run that swallowed it ("X Act and the Y Act").
    if (known.some((k) => k.start < end && start < k.end && (k.start !== start || k.end !== end))) continue;
    spans.push({ start, end, name, key: normalizeKey(name) });
  }
  return spans;
}

const US_PREFIX = /(?:\bU\.S\.|\bUS|\bUnited States)\s$/;
const US_MARK = /\bU\.\s?S\.|\bUS\b|\bUnited States\b/;

/**
 * An act the knowledge file does not know is read as U.S. law only without signs of another
 * country: a foreign place in its name, a foreign place or its possessive just before it, or a
 * foreign place in its sentence with nothing there pointing to the United States.
 */
function isForeignLaw(tokenized: TokenizedText, span: NamedSpan): boolean {
  const { tokens, sentences, text } = tokenized;
  const firstIndex = tokenAt(tokens, span.start);
  const first = tokens[firstIndex];
  if (!first) return false;
  const sentence = sentences[first.sentence];
  const sentenceText = sentence ? text.slice(sentence.start, sentence.end) : '';
  const usContext = (): boolean => {
    if (US_MARK.test(sentenceText)) return true;
    for (let k = firstIndex; k >= 0 && itemAt(tokens, k).sentence === first.sentence; k--) if (US_CONTEXT_WORDS.has(itemAt(tokens, k).lower)) return true;
    for (let k = firstIndex + 1; k < tokens.length && itemAt(tokens, k).sentence === first.sentence; k++) if (US_CONTEXT_WORDS.has(itemAt(tokens, k).lower)) return true;
    return false;
  };
  const placeWord = (t: Token | undefined): boolean => !!t && t.kind === 'word' && FOREIGN_PLACE_WORDS.has(t.lower.replace(/['\u2019]s$/, ''));
  for (let k = firstIndex; k < tokens.length && itemAt(tokens, k).start < span.end; k++) {
    if (placeWord(tokens[k])) return !usContext();
  }
  let before = firstIndex - 1;
  if (tokens[before]?.lower === 'the') before--;
  if (placeWord(tokens[before])) return true;
  for (let k = firstIndex - 1; k >= 0 && itemAt(tokens, k).sentence === first.sentence; k--) if (placeWord(tokens[k])) return !usContext();
  for (let k = firstIndex + 1; k < tokens.length && itemAt(tokens, k).sentence === first.sentence; k++) if (placeWord(tokens[k])) return !usContext();
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

function actMentions(tokenized: TokenizedText, lookup: KnowledgeLookup, out: StatuteMention[]): void {
  const { text, tokens } = tokenized;
  const spans = namedActs(tokenized, actNameIndex(lookup));
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length > 4 || t.text === t.lower || hasLowerAscii(t.text)) continue;
    const full = ACT_ABBREVIATIONS[t.lower];
    if (full && t.text === t.text.toUpperCase() && ACT_SECTION_AFTER.test(text.slice(t.end, t.end + 24))) {
      spans.push({ start: t.start, end: t.end, name: t.text, key: t.lower });
    }
  }
  for (const span of spans) {
    const known = lookup.statuteByName(span.key);
    const fullKey = ACT_ABBREVIATIONS[span.key];
    if (!known && !fullKey && isForeignLaw(tokenized, span)) continue;
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
    out.push(mention(text, start, span.end, known?.citation ?? span.name, known?.id ?? null));
  }
}

export function recognizeStatutes(tokenized: TokenizedText, lookup: KnowledgeLookup): StatuteMention[] {
  const out: StatuteMention[] = [];
  const { text } = tokenized;
  uscCitations(text, lookup, out);
  cfrCitations(text, out);
  publicLaws(text, lookup, out);
  constitution(text, lookup, out);
  actMentions(tokenized, lookup, out);
  return out;
}
