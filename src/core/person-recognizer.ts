/**
 * Finds people: capitalised runs of tokens, read as optional title + name, linked to the
 * knowledge file by alias, with surnames resolved through the article's own full names first
 * (coreference), then through the knowledge file when it leaves no doubt. Unknown people count
 * when a title or a given name says they are people.
 */
import { describePerson } from './person-description';
import {
  COMMON_GIVEN_NAMES,
  COMMON_WORD_SURNAMES,
  NOT_NAME_WORDS,
  ROLE_TAIL_WORDS,
  PERSON_EVIDENCE_AFTER,
  PERSON_MODIFIERS,
  PLACE_NAMES,
  PLACE_PREFIXES,
  PLACE_PREPOSITIONS,
  ROLE_NOUNS_BEFORE,
  THING_WORDS,
  TITLE_CONTEXT,
  TITLES,
} from './person-vocabulary';
import { normalizeKey } from './text-normalize';
import { isAllCaps, isCapitalised, phraseKey, tokenKey, type Token, type TokenizedText } from './text-tokens';
import type { KnowledgeLookup, PersonCandidate, PersonMention } from './types';
import { itemAt } from './item-at';

/** How many sentences either side of a mention are searched for context words. */
const CONTEXT_SENTENCES = 1;
const MAX_NAME_TOKENS = 4;
/** Nouns a hyphenated pair of surnames modifies ("the Biden-Harris campaign"). */
const PAIR_NOUNS = new Set(['campaign', 'ticket', 'administration', 'era', 'deal', 'plan', 'team', 'race', 'debate', 'feud', 'rivalry', 'summit', 'meeting', 'talks', 'bill', 'amendment', 'proposal', 'agreement']);
const NAME_PARTICLES = new Set(['de', 'da', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'al', 'du', 'di', 'dos', 'ten', 'ter']);
/** What may separate two words of one name: spaces, one line break, invisible format characters. */
const NAME_GAP = /^[ \t\u00A0\u00AD\u200B-\u200D\u2060\uFEFF]*\n?[ \t\u00A0\u00AD\u200B-\u200D\u2060\uFEFF]*$/;

function bare(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  // Only words ending in an apostrophe or "s" can carry a possessive.
  if (last !== 115 && last !== 39 && last !== 0x2019) return word;
  return word.replace(/['\u2019]s?$/, '');
}

function isNameWord(t: Token): boolean {
  if (t.kind !== 'word' || !isCapitalised(t.text)) return false;
  const b = bare(t.text);
  return !isAllCaps(b) || b.length === 1;
}

interface Run {
  readonly first: number;
  readonly last: number;
}

/** Capitalised token runs, joined across spaces, a single line break, initials' periods and particles. */
function capitalisedRuns(tokenized: TokenizedText): Run[] {
  const { tokens, text } = tokenized;
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = itemAt(tokens, i);
    if (!isNameWord(t)) {
      i++;
      continue;
    }
    let last = i;
    for (;;) {
      const cur = itemAt(tokens, last);
      if (/['\u2019]s?$/.test(cur.text) && cur.text.length > 2) break;
      let j = last + 1;
      let gapEnd = cur.end;
      if (tokens[j]?.text === '.' && tokens[j]?.start === cur.end && (bare(cur.text).length <= 3 || TITLES.has(cur.text.toLowerCase()))) {
        gapEnd = itemAt(tokens, j).end;
        j++;
      }
      let next = tokens[j];
      // "Charles de Gaulle", "Erik ten Hag": the particle is checked as a gap of its own.
      let particleGapOk = true;
      if (next && NAME_PARTICLES.has(next.text) && tokens[j + 1] && isNameWord(itemAt(tokens, j + 1))) {
        particleGapOk = next.sentence === cur.sentence && NAME_GAP.test(text.slice(gapEnd, next.start)) && gapEnd < next.start;
        gapEnd = next.end;
        next = tokens[j + 1];
        j++;
      }
      if (!next || !isNameWord(next) || next.sentence !== cur.sentence || !particleGapOk) break;
      const gap = text.slice(gapEnd, next.start);
      // "R.R.", "P.J.": run-together initials have no space between them.
      const initials = gapEnd > cur.end && cur.text.length === 1 && next.text.length === 1;
      if (!NAME_GAP.test(gap) || (gap.length === 0 && !initials)) break;
      last = j;
    }
    runs.push({ first: i, last });
    i = last + 1;
  }
  return runs;
}

interface Parsed {
  /** Token index where the mention starts (title included), and where the name starts. */
  readonly mentionFirst: number;
  readonly nameFirst: number;
  readonly last: number;
  readonly titles: readonly string[];
}

function titleAt(tokens: readonly Token[], i: number, last: number): number {
  const one = bare(itemAt(tokens, i).text).toLowerCase();
  if (i + 1 <= last) {
    const two = `${one} ${bare(itemAt(tokens, i + 1).text).toLowerCase()}`;
    if (TITLES.has(two)) return 2;
  }
  return TITLES.has(one) ? 1 : 0;
}

const SAINT_PREFIXES = new Set(['st', 'saint', 'san', 'santa', 'los', 'las', 'fort', 'mount', 'port', 'cape', 'lake']);
const ORGANISATION_MODIFIER = /[-\u2010\u2011](based|leading|owned|backed|run|listed|controlled|funded|headquartered)$/;
const GROUP_PLURAL = /\p{Ll}(ists|ians)$/u;
const TRADEMARK_SIGNS = new Set(['\u00ae', '\u2122', '\u00a9']);

/** Splits a run into title(s) and name; null when the run names a thing or is only noise. */
function parseRun(tokens: readonly Token[], run: Run): Parsed | null {
  let first = run.first;
  let last = run.last;
  let placeLed = false;
  while (first <= last && NOT_NAME_WORDS.has(bare(itemAt(tokens, first).lower)) && titleAt(tokens, first, last) === 0) {
    const t = itemAt(tokens, first);
    // "respond to The Hill's request": a capital "The" inside a sentence opens the name of a thing.
    if (!t.sentenceInitial && t.text === 'The') return null;
    // "Hosting Cook", "Asked about it, ...": a sentence-opening verb form is not part of a name.
    // "South China Sea", "New York": a place word inside a sentence starts the name of a place.
    if (!t.sentenceInitial && PLACE_PREFIXES.has(bare(t.lower))) placeLed = true;
    first++;
  }
  const opener = tokens[first];
  if (opener && opener.sentenceInitial && first < last && /^[a-z]{3,}(ing|ed|ly)$/.test(opener.lower) && titleAt(tokens, first, last) === 0) first++;
  // "Singer-guitarists Tom Johnston": a capitalised compound of lower-case parts is a description.
  else if (opener && opener.sentenceInitial && first < last && /^\p{Lu}\p{Ll}+[-\u2010\u2011]\p{Ll}+$/u.test(opener.text)) first++;
  // "Sacramento-based McClatchy", "NBA-leading Lakers": organisations and teams.
  if (opener && opener.lower.includes('-') && ORGANISATION_MODIFIER.test(opener.lower)) return null;
  // "St. Martin's", "San Jose", "Fort Worth": a saint's or place prefix opens a place or a publisher.
  if (opener && SAINT_PREFIXES.has(bare(opener.lower)) && titleAt(tokens, first, last) === 0) return null;
  for (let k = first; k <= last; k++) {
    const w = bare(itemAt(tokens, k).lower);
    if (k > first && (PERSON_MODIFIERS.has(w) || (w === 'white' && bare(tokens[k + 1]?.lower ?? '') === 'house'))) {
      last = k - 1;
      break;
    }
    if (THING_WORDS.has(w) && titleAt(tokens, k, last) === 0) {
      // "European Union Gordon Sondland": the thing ends, a name may follow.
      return k < last ? parseRun(tokens, { first: k + 1, last }) : null;
    }
  }
  while (last >= first && NOT_NAME_WORDS.has(bare(itemAt(tokens, last).lower))) last--;
  if (first > last) return null;
  // A role before the title is left out: "Defense Secretary Mark Esper" -> "Secretary Mark Esper".
  for (let k = last - 1; k > first; k--) {
    if (titleAt(tokens, k, last) > 0 && titleAt(tokens, k - 1, last) === 0) {
      first = k;
      break;
    }
  }
  const titles: string[] = [];
  let nameFirst = first;
  for (;;) {
    const n = titleAt(tokens, nameFirst, last);
    if (n === 0 || nameFirst + n > last) break;
    titles.push(
      tokens
        .slice(nameFirst, nameFirst + n)
        .map((t) => bare(t.lower))
        .join(' '),
    );
    nameFirst += n;
    while (nameFirst <= last && itemAt(tokens, nameFirst).kind === 'punct') nameFirst++;
  }
  if (nameFirst > last) return null;
  let words = 0;
  for (let k = nameFirst; k <= last; k++) if (itemAt(tokens, k).kind === 'word') words++;
  if (words > MAX_NAME_TOKENS) return null;
  // "the Lakers’ lead", "the Clippers and the Lakers,": a plural standing alone after "the" is a
  // team or a family; "the Harris campaign" uses a surname as a modifier and stays.
  const lone = itemAt(tokens, last);
  const after = tokens[last + 1];
  const standsAlone = !after || after.kind === 'punct' || lone.text !== bare(lone.text) || after.lower === 'and';
  if (words === 1 && titles.length === 0 && tokens[nameFirst - 1]?.text === 'the' && /\p{Ll}s['\u2019]?$/u.test(lone.text) && standsAlone) return null;
  // "Islamists, who held power", "Tunisian Islamists": a plural of a creed or a people is a group.
  if (titles.length === 0 && GROUP_PLURAL.test(bare(lone.text))) return null;
  // "Deputy Director": titles with no name; "Chief Strategy Officer", "General Manager": a position.
  if (words === 1 && TITLES.has(bare(itemAt(tokens, last).lower))) return null;
  if (ROLE_TAIL_WORDS.has(bare(itemAt(tokens, last).lower))) return null;
  // "Don Victor® Honey": a trademark sign makes the run a product.
  const mark = tokens[last + 1];
  if (mark && mark.start === itemAt(tokens, last).end && TRADEMARK_SIGNS.has(mark.text)) return null;
  if (placeLed && titles.length === 0) return null;
  return { mentionFirst: first, nameFirst, last, titles };
}

interface Draft {
  readonly start: number;
  readonly end: number;
  readonly nameStart: number;
  readonly tokenFirst: number;
  readonly tokenLast: number;
  readonly nameKey: string;
  readonly surname: string;
  readonly titles: readonly string[];
  readonly single: boolean;
  readonly candidates: readonly PersonCandidate[];
  readonly fullMatch: boolean;
  /** One of two known surnames joined by a hyphen ("Biden-Harris"): the pairing is the evidence. */
  readonly paired?: boolean;
}

function nameKeyOf(text: string, tokens: readonly Token[], from: number, to: number): string {
  const last = itemAt(tokens, to);
  return phraseKey(text.slice(itemAt(tokens, from).start, last.start) + bare(last.text));
}

function contextScore(candidate: PersonCandidate, words: ReadonlySet<string>, titles: readonly string[]): number {
  let score = 0;
  for (const w of candidate.contextWords) if (words.has(w)) score++;
  for (const t of titles) {
    const c = TITLE_CONTEXT[t];
    if (c && candidate.contextWords.includes(c)) score += 2;
  }
  return score;
}

function contextWords(tokenized: TokenizedText, tokenIndex: number): Set<string> {
  const { tokens } = tokenized;
  const s = itemAt(tokens, tokenIndex).sentence;
  const words = new Set<string>();
  for (let k = tokenIndex; k >= 0 && itemAt(tokens, k).sentence >= s - CONTEXT_SENTENCES; k--) words.add(tokenKey(bare(itemAt(tokens, k).lower)));
  for (let k = tokenIndex + 1; k < tokens.length && itemAt(tokens, k).sentence <= s + CONTEXT_SENTENCES; k++) {
    words.add(tokenKey(bare(itemAt(tokens, k).lower)));
  }
  return words;
}

/** One candidate by elimination or by context, else null: never a guess. */
function pick(candidates: readonly PersonCandidate[], tokenized: TokenizedText, draft: Draft, allowProminent: boolean): PersonCandidate | null {
  const usable = candidates.filter((c) => !(draft.single && c.surnameRule === 'never-alone'));
  if (usable.length === 0) return null;
  const needsContext = draft.single && usable.some((c) => c.surnameRule === 'needs-context');
  if (usable.length === 1 && !needsContext) return usable[0] as PersonCandidate;
  const words = contextWords(tokenized, draft.tokenFirst);
  let best: PersonCandidate | null = null;
  let bestScore = 0;
  let tie = false;
  for (const c of usable) {
    const s = contextScore(c, words, draft.titles);
    if (s > bestScore) {
      best = c;
      bestScore = s;
      tie = false;
    } else if (s === bestScore && s > 0) tie = true;
  }
  if (best && !tie) return best;
  if (allowProminent && !needsContext) {
    const prominent = usable.filter((c) => c.prominent);
    if (prominent.length === 1) return prominent[0] as PersonCandidate;
  }
  return null;
}

/** Holds a notable office now, or held the presidency. */
function isNotable(candidate: PersonCandidate): boolean {
  return candidate.prominent || candidate.contextWords.includes('president');
}

function givenName(lookup: KnowledgeLookup, word: string): boolean {
  const key = phraseKey(word);
  return COMMON_GIVEN_NAMES.has(key) || lookup.isGivenName?.(key) === true;
}

/** Lower-case words of the article: a capitalised word also used in lower case is an ordinary word. */
function lowerCaseWords(tokens: readonly Token[]): Set<string> {
  const words = new Set<string>();
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text !== t.lower) continue;
    words.add(t.lower);
    const b = bare(t.lower);
    if (b !== t.lower) words.add(b);
  }
  return words;
}

function drafts(tokenized: TokenizedText, lookup: KnowledgeLookup): Draft[] {
  const { tokens } = tokenized;
  const out: Draft[] = [];
  for (const run of capitalisedRuns(tokenized)) {
    const parsed = parseRun(tokens, run);
    if (!parsed) continue;
    const firstTok = itemAt(tokens, parsed.mentionFirst);
    const lastTok = itemAt(tokens, parsed.last);
    const end = lastTok.end - (lastTok.text.length - bare(lastTok.text).length);
    const single = tokens.slice(parsed.nameFirst, parsed.last + 1).filter((t) => t.kind === 'word').length === 1;
    // "Biden-Harris": two people joined by a hyphen.
    if (single && /[-\u2010\u2011]/.test(bare(lastTok.text)) && parsed.titles.length === 0) {
      const parts = bare(lastTok.text).split(/[-\u2010\u2011]/);
      const partCandidates = parts.map((p) => lookup.peopleByAlias(normalizeKey(p)));
      // Only as a modifier ("the Biden-Harris campaign"), never a hyphenated given name ("Rose-Lynn").
      const modifier = PAIR_NOUNS.has(tokens[parsed.last + 1]?.lower ?? '');
      if (parts.length === 2 && modifier && partCandidates.every((c) => c.length > 0) && partCandidates.some((c) => c.some(isNotable))) {
        let offset = lastTok.start;
        parts.forEach((p, k) => {
          const key = normalizeKey(p);
          out.push({
            start: offset, end: offset + p.length, nameStart: offset, tokenFirst: parsed.nameFirst, tokenLast: parsed.last,
            nameKey: key, surname: key, titles: [], single: true, candidates: partCandidates[k] ?? [], fullMatch: false, paired: true,
          });
          offset += p.length + 1;
        });
        continue;
      }
    }
    let nameKey = nameKeyOf(tokenized.text, tokens, parsed.nameFirst, parsed.last);
    let candidates = lookup.peopleByAlias(nameKey);
    if (candidates.length === 0 && !single) {
      // "Donald J. Trump" -> "donald trump".
      const withoutInitials = tokens
        .slice(parsed.nameFirst, parsed.last + 1)
        .filter((t) => t.kind === 'word')
        .filter((t, k, all) => k === 0 || k === all.length - 1 || bare(t.text).length > 1)
        .map((t) => bare(t.text))
        .join(' ');
      const alt = normalizeKey(withoutInitials);
      if (alt !== nameKey) {
        const altCandidates = lookup.peopleByAlias(alt);
        if (altCandidates.length > 0) {
          nameKey = alt;
          candidates = altCandidates;
        }
      }
    }
    const fullMatch = !single && candidates.some((c) => c.viaSurname !== true);
    out.push({
      start: firstTok.start,
      end,
      nameStart: itemAt(tokens, parsed.nameFirst).start,
      tokenFirst: parsed.mentionFirst,
      tokenLast: parsed.last,
      nameKey,
      surname: tokenKey(bare(lastTok.lower)),
      titles: parsed.titles,
      single,
      candidates: fullMatch ? candidates.filter((c) => c.viaSurname !== true) : candidates,
      fullMatch,
    });
  }
  return out;
}

const APPOSITIVE_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'former', 'longtime', 'veteran']);
/** Appositive head nouns that organisations and places share with people ("Huawei, its rival"). */
const NOT_APPOSITIVE_ROLES = new Set(['rival', 'challenger', 'successor', 'predecessor']);
const APPOSITIVE_WORDS = 8;
/** Highest age read from "Mahomes, 24,". */
const MAX_AGE = 110;

/** "O'Neal, the former center,", "Kowalczyk, a spokeswoman for": a role noun in the appositive. */
function appositiveRole(tokens: readonly Token[], last: number): boolean {
  if (tokens[last + 1]?.text !== ',' || !APPOSITIVE_OPENERS.has(tokens[last + 2]?.lower ?? '')) return false;
  const sentence = itemAt(tokens, last).sentence;
  for (let k = last + 2; k <= last + 1 + APPOSITIVE_WORDS; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence || t.text === ',' || t.text === ';' || t.text === '(') return false;
    const w = bare(t.lower);
    if (ROLE_NOUNS_BEFORE.has(w) && !NOT_APPOSITIVE_ROLES.has(w)) return true;
  }
  return false;
}

/** "Mahomes, 24, was named": an age set off by commas right after the name. */
function ageAfter(tokens: readonly Token[], last: number): boolean {
  const n = tokens[last + 2];
  if (tokens[last + 1]?.text !== ',' || n?.kind !== 'number' || tokens[last + 3]?.text !== ',' || !/^\d{1,3}$/.test(n.text)) return false;
  // "corso Monforte, 15, Milan" is an address: an age is followed by the sentence going on.
  const then = tokens[last + 4];
  return Number(n.text) <= MAX_AGE && then?.kind === 'word' && then.text === then.lower;
}

/** Surnames the article itself shows to be people: "Mr. X", "X said", "said X", "X, 24,", "X, the coach". */
function personEvidence(tokenized: TokenizedText, all: readonly Draft[]): Set<string> {
  const { tokens } = tokenized;
  const out = new Set<string>();
  for (const d of all) {
    const next = tokens[d.tokenLast + 1];
    const before = tokens[d.tokenFirst - 1];
    const honorific = d.titles.some((t) => t === 'mr' || t === 'mrs' || t === 'ms' || t === 'miss' || t === 'dr');
    const roleBefore =
      !!before && (ROLE_NOUNS_BEFORE.has(before.lower) || (before.text === ',' && ROLE_NOUNS_BEFORE.has(tokens[d.tokenFirst - 2]?.lower ?? '')));
    const who = next?.text === ',' && tokens[d.tokenLast + 2]?.lower === 'who';
    if (honorific || roleBefore || who || appositiveRole(tokens, d.tokenLast) || ageAfter(tokens, d.tokenLast) || (next && PERSON_EVIDENCE_AFTER.has(next.lower)) || (before && PERSON_EVIDENCE_AFTER.has(before.lower))) {
      out.add(d.surname);
    }
  }
  return out;
}

interface Resolved {
  readonly draft: Draft;
  readonly entityId: string | null;
  readonly personKey: string;
}

export function recognizePeople(tokenized: TokenizedText, lookup: KnowledgeLookup): PersonMention[] {
  const { tokens, text, sentences } = tokenized;
  const all = drafts(tokenized, lookup);
  const resolved: Resolved[] = [];
  const evidence = personEvidence(tokenized, all);
  // Pass 1: full names (known or plausibly human) establish who the article is about.
  const bySurname = new Map<string, Set<string>>();
  const entityByKey = new Map<string, string | null>();
  for (const d of all) {
    if (d.single) continue;
    const headline = sentences[itemAt(tokens, d.tokenFirst).sentence]?.headline === true;
    let entityId: string | null = null;
    if (d.fullMatch) {
      const chosen = pick(d.candidates, tokenized, d, false);
      // A unique name match of someone obscure may be a namesake: it needs a supporting word nearby.
      const supported =
        !!chosen && (isNotable(chosen) || contextScore(chosen, contextWords(tokenized, d.tokenFirst), d.titles) > 0);
      entityId = supported ? chosen.id : null;
    }
    else {
      const nameTokens = tokens.slice(d.tokenFirst, d.tokenLast + 1).filter((t) => t.start >= d.nameStart);
      const firstName = bare(itemAt(nameTokens, 0).text);
      const before = tokens[d.tokenFirst - 1];
      const afterPlaceWord = !!before && PLACE_PREPOSITIONS.has(before.lower);
      const human =
        d.titles.length > 0 || evidence.has(d.surname) || (givenName(lookup, firstName) && !headline && !afterPlaceWord);
      if (!human) continue;
    }
    // "De Bruyne" after "Kevin De Bruyne": a particle-led surname is the article's earlier full name.
    let nameFirst = d.tokenFirst;
    while (itemAt(tokens, nameFirst).start < d.nameStart) nameFirst++;
    const particleSurname = !entityId && NAME_PARTICLES.has(itemAt(tokens, nameFirst).lower);
    const earlier = particleSurname ? resolved.find((r) => !r.draft.single && r.draft.nameKey.endsWith(` ${d.nameKey}`)) : undefined;
    if (earlier) entityId = earlier.entityId;
    const personKey = earlier ? earlier.personKey : (entityId ?? d.nameKey);
    resolved.push({ draft: d, entityId, personKey });
    entityByKey.set(personKey, entityId);
    const keys = bySurname.get(d.surname) ?? new Set<string>();
    keys.add(personKey);
    bySurname.set(d.surname, keys);
  }
  // First names of the article's full names: "We all miss Steve" after "Steve Jobs".
  const byGivenName = new Map<string, Set<string>>();
  for (const r of resolved) {
    const nameTokens = tokens.slice(r.draft.tokenFirst, r.draft.tokenLast + 1).filter((t) => t.start >= r.draft.nameStart && t.kind === 'word');
    const given = nameTokens[0] ? tokenKey(bare(nameTokens[0].lower)) : null;
    if (!given || given.length < 2 || given === r.draft.surname) continue;
    const keys = byGivenName.get(given) ?? new Set<string>();
    keys.add(r.personKey);
    byGivenName.set(given, keys);
  }
  // Pass 2: surnames alone, with or without a title.
  let commonWords: Set<string> | null = null;
  for (const d of all) {
    if (!d.single) continue;
    const tok = itemAt(tokens, d.tokenFirst);
    const headline = sentences[tok.sentence]?.headline === true;
    const firstNameOf = d.titles.length === 0 && !bySurname.has(d.surname) ? byGivenName.get(d.surname) : undefined;
    if (firstNameOf) {
      if (firstNameOf.size === 1 && !tok.sentenceInitial) {
        const personKey = [...firstNameOf][0] as string;
        resolved.push({ draft: d, entityId: entityByKey.get(personKey) ?? null, personKey });
      }
      continue;
    }
    const article = bySurname.get(d.surname);
    if (article && article.size === 1) {
      const personKey = [...article][0] as string;
      resolved.push({ draft: d, entityId: entityByKey.get(personKey) ?? null, personKey });
      continue;
    }
    if (article && article.size > 1) {
      if (d.titles.length > 0 || !headline) resolved.push({ draft: d, entityId: null, personKey: d.surname });
      continue;
    }
    const hasTitle = d.titles.length > 0;
    if (!hasTitle) {
      if (headline && d.candidates.length === 0) continue;
      commonWords ??= lowerCaseWords(tokens);
      if (PLACE_NAMES.has(d.surname) || commonWords.has(d.surname) || COMMON_WORD_SURNAMES.has(d.surname)) continue;
      if (d.candidates.length === 0) continue;
      if (tok.sentenceInitial && NOT_NAME_WORDS.has(d.surname)) continue;
    }
    const chosen = pick(d.candidates, tokenized, d, true);
    if (!hasTitle && !chosen && !d.paired) continue;
    // A lone surname with no introduction in the article links only to someone notable.
    if (!hasTitle && chosen && !d.paired && !isNotable(chosen)) continue;
    // "Steve" alone is a first name before it is anyone's surname.
    if (!hasTitle && !d.paired && givenName(lookup, d.surname)) continue;
    resolved.push({ draft: d, entityId: chosen?.id ?? null, personKey: chosen?.id ?? d.nameKey });
  }
  resolved.sort((a, b) => a.draft.start - b.draft.start);
  const descriptions = describePerson(tokenized, resolved.map((r) => ({ start: r.draft.start, end: r.draft.end, personKey: r.personKey, tokenFirst: r.draft.tokenFirst, tokenLast: r.draft.tokenLast })));
  return resolved.map((r) => ({
    kind: 'person',
    start: r.draft.start,
    end: r.draft.end,
    text: text.slice(r.draft.start, r.draft.end),
    entityId: r.entityId,
    personKey: r.personKey,
    articleDescription: descriptions.get(r.personKey) ?? null,
  }));
}
