/**
 * Finds people: capitalised runs (`person-runs`) read as optional role + name (`person-parse`),
 * linked to the knowledge file by alias, with surnames resolved through the article's own full
 * names first (`person-coreference`). Unknown people count when a title, a given name or the
 * sentence says they are people (`person-evidence`).
 */
import { namedAsCharacter } from './person-characters';
import { creditSentences } from './person-credits';
import { describePerson } from './person-description';
import { resolvePeople, type Draft } from './person-coreference';
import { BREED_NOUNS, COMPANIES_NAMED_AS_PEOPLE, CONDITION_NOUNS, ENSEMBLE_NOUNS, EPONYMOUS_CONDITIONS, FICTIONAL_CHARACTERS, FIRM_NOUNS, MERCHANDISE_NOUNS, NAMESAKE_NOUNS, ORGANISATION_ENDINGS, ORGANISATION_NOUNS } from './person-gazetteers';
import { isGivenName, isSurnameFirstName } from './person-evidence';
import { isNotable } from './person-linking';
import { parseRun } from './person-parse';
import { doubleQuoteIndexes, namesAWorkOrNamesake } from './person-works';
import { GENERATIONAL_SUFFIXES, NOT_NAME_WORDS } from './person-vocabulary';
import { bare, capitalisedRuns, quotedNicknameAfter } from './person-runs';
import { normalizeKey } from './text-normalize';
import { isCapitalised, phraseKey, tokenKey, type Token, type TokenizedText } from './text-tokens';
import type { KnowledgeLookup, PersonCandidate, PersonMention } from './types';
import { itemAt } from './item-at';

/** Nouns a hyphenated pair of surnames modifies ("the Biden-Harris campaign"). */
const PAIR_NOUNS = new Set([
  'campaign', 'ticket', 'administration', 'era', 'deal', 'plan', 'team', 'race', 'debate', 'feud', 'rivalry', 'summit', 'meeting', 'talks', 'bill', 'amendment',
  'proposal', 'agreement', 'pairing', 'partnership', 'duo', 'tandem', 'connection', 'combination',
]);
/** An all-capitals word read as a person only when the knowledge file has it as someone's alias ("AOC"). */
const ALIAS_ACRONYM = /^\p{Lu}{3,5}$/u;
const TWO_CAPITALS = /^\p{Lu}{2}$/u;
/** The hyphens that join two names ("Biden-Harris") or a name and a modifier ("pro-Trump", "Biden-era"). */
const HYPHENS = /[-\u2010\u2011]/;
/** What stands before a brand and its goods: "a Dior bag", "her Gucci loafers", "wore Tom Ford suits". */
const MERCHANDISE_OPENERS = new Set(['a', 'an', 'the', 'her', 'his', 'my', 'their', 'our', 'your', 'this', 'that', 'wore', 'wears', 'wearing', 'bought', 'buy', 'buying']);

/** A capitalised word joined to the name by "&" on either side. */
function joinedByAmpersand(tokens: readonly Token[], first: number, last: number): boolean {
  const after = tokens[last + 2];
  const before = tokens[first - 2];
  return (tokens[last + 1]?.text === '&' && !!after && isCapitalised(after.text)) || (tokens[first - 1]?.text === '&' && !!before && isCapitalised(before.text));
}

/**
 * "the duo Bob Moses,", "Santana, the band": a band's noun right before the name, which ends the
 * phrase there ("the band Carlos Santana has led" is his), or opening its appositive.
 */
/** Capitalised words a business's noun may have after its article ("the Boston firm"). */
const FIRM_MODIFIER_MAX_WORDS = 2;

/** "the" or "a" before the noun at `noun`, with at most a few capitalised words between. */
function articleBefore(tokens: readonly Token[], noun: number): boolean {
  for (let k = noun - 1; k >= noun - 1 - FIRM_MODIFIER_MAX_WORDS; k--) {
    const t = tokens[k];
    if (!t || t.kind !== 'word') return false;
    if (t.lower === 'the' || t.lower === 'a' || t.lower === 'an') return true;
    if (!isCapitalised(t.text)) return false;
  }
  return false;
}

function namesABand(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const next = tokens[last + 1];
  const endsPhrase = !next || next.kind === 'punct' || next.lower === 'and' || next.lower === 'or';
  if (before && before.text === before.lower && ENSEMBLE_NOUNS.has(before.lower) && tokens[first - 2]?.lower === 'the' && endsPhrase) return true;
  // "the Boston firm Hallett Pryce, which": a business, whatever words stand between "the" and the noun.
  if (before && before.text === before.lower && FIRM_NOUNS.has(before.lower) && endsPhrase && articleBefore(tokens, first - 1)) return true;
  return next?.text === ',' && tokens[last + 2]?.lower === 'the' && ENSEMBLE_NOUNS.has(tokens[last + 3]?.lower ?? '');
}

/** An opener at `k`, or one a lower-case word before it ("the thrifted Jonathan Adler lamp"). */
function merchandiseOpensAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return false;
  return MERCHANDISE_OPENERS.has(t.lower) || (t.text === t.lower && MERCHANDISE_OPENERS.has(tokens[k - 1]?.lower ?? ''));
}

function nameKeyOf(text: string, tokens: readonly Token[], from: number, to: number): string {
  const last = itemAt(tokens, to);
  return phraseKey(text.slice(itemAt(tokens, from).start, last.start) + bare(last.text));
}

/** The capitalised word before a surname, and how far back it is looked for. */
const GIVEN_BEFORE = /(?:^|\s)(\p{Lu}\p{Ll}+)$/u;
const MAX_GIVEN_NAME_CHARS = 20;

/** True when the text names someone in full with this surname ("Auston Matthews" for "Matthews"). */
function namedInFull(text: string, surname: string): boolean {
  for (let at = text.indexOf(` ${surname}`); at > 0; at = text.indexOf(` ${surname}`, at + 1)) {
    const end = at + 1 + surname.length;
    if (/[\p{L}-]/u.test(text[end] ?? '')) continue;
    const given = GIVEN_BEFORE.exec(text.slice(Math.max(0, at - MAX_GIVEN_NAME_CHARS), at))?.[1];
    if (given && !NOT_NAME_WORDS.has(given.toLowerCase())) return true;
  }
  return false;
}

/**
 * "Biden-Harris" before a noun such as "campaign": two known people, one of them notable, or two
 * people the article names in full ("the Matthews-Nylander pairing" after Auston Matthews and
 * William Nylander).
 */
function pairedDrafts(tokens: readonly Token[], text: string, lookup: KnowledgeLookup, nameFirst: number, last: number): Draft[] | null {
  const lastTok = itemAt(tokens, last);
  const parts = bare(lastTok.text).split(HYPHENS);
  // Only as a modifier ("the Biden-Harris campaign"), never a hyphenated given name ("Rose-Lynn").
  if (parts.length !== 2 || !PAIR_NOUNS.has(tokens[last + 1]?.lower ?? '')) return null;
  const partCandidates = parts.map((p) => lookup.peopleByAlias(normalizeKey(p)));
  const known = partCandidates.every((c) => c.length > 0) && partCandidates.some((c) => c.some(isNotable));
  if (!known && !parts.every((p) => namedInFull(text, p))) return null;
  let offset = lastTok.start;
  return parts.map((p, k) => {
    const key = normalizeKey(p);
    const d: Draft = {
      start: offset, end: offset + p.length, nameStart: offset, tokenFirst: nameFirst, tokenLast: last, nameKey: key, surname: key,
      titles: [], role: null, single: true, candidates: partCandidates[k] ?? [], fullMatch: false, paired: true,
    };
    offset += p.length + 1;
    return d;
  });
}

/** Other spellings of a name to look up: without middle initials, and "JD" as "j.d.". */
function alternativeKeys(nameWords: readonly string[]): string[] {
  const out: string[] = [];
  const withoutInitials = nameWords.filter((w, k, all) => k === 0 || k === all.length - 1 || w.length > 1);
  if (withoutInitials.length !== nameWords.length) out.push(normalizeKey(withoutInitials.join(' ')));
  const first = nameWords[0] as string;
  if (TWO_CAPITALS.test(first)) out.push(normalizeKey([`${first[0]}.${first[1]}.`, ...nameWords.slice(1)].join(' ')));
  return out;
}

interface Drafts {
  readonly drafts: Draft[];
  /** Surnames of fictional characters the article names: not read alone as real people. */
  readonly blockedSurnames: Set<string>;
  /** Words the article names an organisation with ("Mozilla" of "Mozilla Corporation"), and the token each is first so used at. */
  readonly organisationNames: Map<string, number>;
}

function drafts(tokenized: TokenizedText, lookup: KnowledgeLookup): Drafts {
  const { tokens } = tokenized;
  const out: Draft[] = [];
  const blockedSurnames = new Set<string>();
  const characterNames = new Set<string>();
  const quotes = doubleQuoteIndexes(tokens);
  const organisationNames = new Map<string, number>();
  const addOrganisation = (name: string, at: number): void => {
    if (!organisationNames.has(name)) organisationNames.set(name, at);
  };
  const isGiven = (word: string): boolean => isGivenName(lookup, word);
  let covered = -1;
  for (const run of capitalisedRuns(tokenized)) {
    // "AOC": an all-capitals alias the knowledge file gives a person, outside any run.
    for (let k = covered + 1; k < run.first; k++) {
      const draft = acronymDraft(tokens, lookup, k) ?? prefixedDraft(tokens, lookup, k) ?? knownAsAcronymDraft(tokens, k);
      if (draft) out.push(draft);
    }
    covered = run.last;
    // "the Biden-era law", "a Trump-appointed judge": the surname inside a name-led modifier.
    const suffixed = suffixedDraft(tokens, lookup, run.last);
    if (suffixed) {
      out.push(suffixed);
      continue;
    }
    for (const name of organisationNamesIn(tokens, run, isGiven)) addOrganisation(name, run.first);
    const parsed = parseRun(tokens, run, isGiven);
    if (!parsed) continue;
    const firstTok = itemAt(tokens, parsed.mentionFirst);
    const lastTok = itemAt(tokens, parsed.last);
    // "Kennedy Jr.": the surname stands before the generation.
    const surnameTok = GENERATIONAL_SUFFIXES.has(lastTok.lower) ? itemAt(tokens, parsed.last - 1) : lastTok;
    // "Gilberto Teodoro Jr. had sent": the generation keeps its abbreviation's period.
    const period = tokens[parsed.last + 1];
    const end = surnameTok !== lastTok && period?.text === '.' && period.start === lastTok.end ? period.end : lastTok.end - (lastTok.text.length - bare(lastTok.text).length);
    const nameWords: string[] = [];
    let nickname = false;
    for (let k = parsed.nameFirst; k <= parsed.last; k++) {
      const t = itemAt(tokens, k);
      if (t.kind === 'word') nameWords.push(bare(t.text));
      // `Dwayne "The Rock" Johnson` is looked up and followed as Dwayne Johnson.
      const close = quotedNicknameAfter(tokens, k);
      if (close > 0 && close < parsed.last) {
        nickname = true;
        k = close;
      }
    }
    const single = nameWords.length === 1;
    // "Biden-Harris": two people joined by a hyphen.
    if (single && HYPHENS.test(bare(lastTok.text)) && parsed.titles.length === 0) {
      const pair = pairedDrafts(tokens, tokenized.text, lookup, parsed.nameFirst, parsed.last);
      if (pair) {
        out.push(...pair);
        continue;
      }
    }
    let nameKey = nickname ? phraseKey(nameWords.join(' ')) : nameKeyOf(tokenized.text, tokens, parsed.nameFirst, parsed.last);
    // "Benjamin Moore's Hale Navy", "four Herman Miller Eames chairs": a company, whose surname
    // alone later ("Dior bags") is the company too.
    const leadingPair = nameWords.length >= 2 ? normalizeKey(`${nameWords[0] as string} ${nameWords[1] as string}`) : '';
    if (parsed.titles.length === 0 && surnameTok === lastTok && (COMPANIES_NAMED_AS_PEOPLE.has(nameKey) || COMPANIES_NAMED_AS_PEOPLE.has(leadingPair))) {
      addOrganisation(tokenKey((nameWords[1] as string).toLowerCase()), parsed.mentionFirst);
      continue;
    }
    // "Procter & Gamble", "Nissan Sales & Regional Operations": names joined by an ampersand are a
    // firm's or a department's, unless a given name opens one ("Brad & Angelina").
    if (parsed.titles.length === 0 && joinedByAmpersand(tokens, parsed.mentionFirst, parsed.last) && !isGiven(bare(firstTok.lower))) continue;
    // "a Ralph Lauren throw", "wore Tom Ford suits": the label's goods; the designer may still be
    // named for herself ("Martha Stewart herself"). Without the article or the verb before it, the
    // noun may be a verb ("Ana Smith chairs the panel", "Mahomes throws").
    const after = tokens[parsed.last + 1];
    if (parsed.titles.length === 0 && lastTok === surnameTok && lastTok.text === bare(lastTok.text) && after?.start === lastTok.end + 1 && MERCHANDISE_NOUNS.has(after.lower) && merchandiseOpensAt(tokens, parsed.mentionFirst - 1)) {
      continue;
    }
    if (namesAWorkOrNamesake(tokens, quotes, parsed.mentionFirst, parsed.last)) continue;
    // "Parkinson's disease", "living with Alzheimer's": a condition named after its describer.
    if (lastTok.text !== bare(lastTok.text) && (CONDITION_NOUNS.has(after?.lower ?? '') || (single && EPONYMOUS_CONDITIONS.has(bare(lastTok.lower))))) continue;
    // "a pair of King Charles spaniels": a breed bears the name; "a Marie Curie fellowship" an honour.
    if (after?.start === lastTok.end + 1 && (BREED_NOUNS.has(after.lower) || (NAMESAKE_NOUNS.has(after.lower) && parsed.titles.length === 0))) continue;
    // "the duo Bob Moses", "Santana, the band": a band bears the name.
    if (parsed.titles.length === 0 && namesABand(tokens, parsed.mentionFirst, parsed.last)) continue;
    if (FICTIONAL_CHARACTERS.has(nameKey)) {
      blockedSurnames.add(tokenKey(bare(surnameTok.lower)));
      continue;
    }
    let candidates = lookup.peopleByAlias(nameKey);
    if (candidates.length === 0 && !single) {
      for (const alt of alternativeKeys(nameWords)) {
        const altCandidates = lookup.peopleByAlias(alt);
        if (altCandidates.length > 0) {
          nameKey = alt;
          candidates = altCandidates;
          break;
        }
      }
    }
    const fullMatch = !single && candidates.some((c) => c.viaSurname !== true);
    // "Newt Scamander (Eddie Redmayne)": a part an actor plays, unless it is someone real the
    // knowledge file names in full (a biopic's president).
    if (!fullMatch && namedAsCharacter(tokens, parsed.mentionFirst, parsed.last, isGiven)) {
      blockedSurnames.add(tokenKey(bare(surnameTok.lower)));
      if (!single) {
        blockedSurnames.add(tokenKey((nameWords[0] as string).toLowerCase()));
        characterNames.add(nameKey);
      }
      continue;
    }
    const surnameFirst = isSurnameFirstName(nameWords);
    out.push({
      start: firstTok.start,
      end,
      nameStart: itemAt(tokens, parsed.nameFirst).start,
      tokenFirst: parsed.mentionFirst,
      tokenLast: parsed.last,
      nameKey,
      surname: surnameFirst ? tokenKey((nameWords[0] as string).toLowerCase()) : tokenKey(bare(surnameTok.lower)),
      titles: parsed.titles,
      role: parsed.role,
      single,
      candidates: fullMatch ? candidates.filter((c) => c.viaSurname !== true) : candidates,
      fullMatch,
      surnameFirst,
      ...(parsed.titleAlone ? { titleAlone: true } : {}),
      ...(parsed.placeEnding ? { placeEnding: true } : {}),
    });
  }
  for (let k = covered + 1; k < tokens.length; k++) {
    const draft = acronymDraft(tokens, lookup, k) ?? prefixedDraft(tokens, lookup, k) ?? knownAsAcronymDraft(tokens, k);
    if (draft) out.push(draft);
  }
  // "to play Rose-Lynn Harlan … for the part": the part's full name is hers wherever it repeats.
  return { drafts: characterNames.size > 0 ? out.filter((d) => !characterNames.has(d.nameKey)) : out, blockedSurnames, organisationNames };
}

/**
 * "Mozilla Corporation", "Nordic Air": the word before an organisation's ending names the
 * organisation, so that word alone elsewhere in the article ("Mozilla produces") is it too.
 */
function organisationNamesIn(tokens: readonly Token[], run: { readonly first: number; readonly last: number }, isGiven: (word: string) => boolean): string[] {
  const names: string[] = [];
  for (let k = run.first + 1; k <= run.last; k++) {
    const before = itemAt(tokens, k - 1);
    const word = bare(itemAt(tokens, k).lower);
    if (before.kind !== 'word' || !(ORGANISATION_ENDINGS.has(word) || ORGANISATION_NOUNS.has(word))) continue;
    const name = tokenKey(bare(before.lower));
    if (!isGiven(name)) names.push(name);
  }
  return names;
}

function isLowerAsciiAt(word: string, i: number): boolean {
  const c = word.charCodeAt(i);
  return c >= 97 && c <= 122;
}

function acronymDraft(tokens: readonly Token[], lookup: KnowledgeLookup, k: number): Draft | null {
  const t = itemAt(tokens, k);
  if (t.kind !== 'word' || t.text.length < 3 || t.text.length > 5 || isLowerAsciiAt(t.text, 1) || t.text === t.lower || !ALIAS_ACRONYM.test(t.text)) return null;
  const candidates = lookup.peopleByAlias(t.lower).filter((c: PersonCandidate) => c.viaSurname !== true);
  if (candidates.length === 0) return null;
  return {
    start: t.start, end: t.end, nameStart: t.start, tokenFirst: k, tokenLast: k, nameKey: t.lower, surname: t.lower, titles: [],
    role: null, single: false, candidates, fullMatch: true, aliasOnly: true,
  };
}

/** "Zhao, widely known as CZ": an all-capitals nickname after "known as", which no run holds. */
function knownAsAcronymDraft(tokens: readonly Token[], k: number): Draft | null {
  if (tokens[k - 1]?.lower !== 'as' || (tokens[k - 2]?.lower !== 'known' && tokens[k - 5]?.lower !== 'known')) return null;
  const t = itemAt(tokens, k);
  if (t.kind !== 'word' || t.text.length < 2 || t.text.length > 5 || !/^\p{Lu}+$/u.test(t.text)) return null;
  return {
    start: t.start, end: t.end, nameStart: t.start, tokenFirst: k, tokenLast: k, nameKey: t.lower, surname: t.lower, titles: [],
    role: null, single: true, candidates: [], fullMatch: false,
  };
}

/** "pro-Trump", "anti-Trump", "post-Mugabe": a stance or an era named by a surname. */
const NAME_PREFIX = /^(?:pro|anti|post|pre|never|ex)[-\u2010\u2011](?=\p{Lu}\p{Ll})/u;

/**
 * The surname inside "pro-Trump", as a lone surname: it is marked only when it joins one of the
 * article's people or links as a lone surname would ("pro-Israeli" names no one).
 */
function prefixedDraft(tokens: readonly Token[], lookup: KnowledgeLookup, k: number): Draft | null {
  const t = itemAt(tokens, k);
  if (t.kind !== 'word' || !isLowerAsciiAt(t.text, 0)) return null;
  const prefix = NAME_PREFIX.exec(t.text);
  if (!prefix) return null;
  const name = bare(t.text.slice(prefix[0].length));
  if (HYPHENS.test(name)) return null;
  return surnameInWordDraft(lookup, k, t.start + prefix[0].length, name);
}

/** The lone-surname draft for a surname written inside the word at token `k`, from offset `start`. */
function surnameInWordDraft(lookup: KnowledgeLookup, k: number, start: number, name: string): Draft {
  const key = tokenKey(name.toLowerCase());
  return {
    start, end: start + name.length, nameStart: start, tokenFirst: k, tokenLast: k, nameKey: key, surname: key, titles: [],
    role: null, single: true, candidates: lookup.peopleByAlias(key), fullMatch: false,
  };
}

/** "Biden-era", "Trump-appointed": an era or an act named by a surname before it. */
const NAME_SUFFIX = /^(\p{Lu}\p{Ll}+)[-\u2010\u2011](?:era|led|backed|appointed|endorsed|nominated|aligned|allied)$/u;

/**
 * The surname inside "Biden-era", as a lone surname: like "pro-Trump", it is marked only when it
 * joins one of the article's people or links as a lone surname would ("Saudi-led" names no one).
 */
function suffixedDraft(tokens: readonly Token[], lookup: KnowledgeLookup, k: number): Draft | null {
  const t = itemAt(tokens, k);
  const match = t.kind === 'word' && t.text.length > 4 && HYPHENS.test(t.text) ? NAME_SUFFIX.exec(t.text) : null;
  if (!match) return null;
  const draft = surnameInWordDraft(lookup, k, t.start, match[1] as string);
  return t.lower.endsWith('era') ? { ...draft, namesAnEra: true } : draft;
}

function spaces(name: string): number {
  let n = 0;
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) n++;
  return n;
}

/** The name part of a mention, spaces collapsed: "Ms. Roe" -> "Roe". */
function nameText(text: string, d: Draft): string {
  return text.slice(d.nameStart, d.end).replace(/\s+/g, ' ');
}

/**
 * The lookup with alias answers kept for one article: a surname repeated twenty times is looked up
 * once. Only for the length of one call, so a people part loaded later is never missed.
 */
function remembering(lookup: KnowledgeLookup): KnowledgeLookup {
  const answers = new Map<string, readonly PersonCandidate[]>();
  const remembered = Object.create(lookup) as KnowledgeLookup;
  remembered.peopleByAlias = (key) => {
    let found = answers.get(key);
    if (found === undefined) {
      found = lookup.peopleByAlias(key);
      answers.set(key, found);
    }
    return found;
  };
  return remembered;
}

export function recognizePeople(tokenized: TokenizedText, knowledge: KnowledgeLookup): PersonMention[] {
  const { text } = tokenized;
  const lookup = remembering(knowledge);
  const { drafts: found, blockedSurnames, organisationNames } = drafts(tokenized, lookup);
  const credits = creditSentences(tokenized);
  const all = credits.size === 0 ? found : found.filter((d) => !credits.has(itemAt(tokenized.tokens, d.tokenFirst).sentence));
  const resolved = resolvePeople(tokenized, lookup, all.sort((a, b) => a.start - b.start), blockedSurnames, organisationNames);
  // One name per chain, the fullest the article uses, so every list shows one entry per person.
  const chainName = new Map<string, string>();
  for (const r of resolved) {
    const name = nameText(text, r.draft);
    const known = chainName.get(r.personKey);
    if (known === undefined || spaces(name) > spaces(known)) chainName.set(r.personKey, name);
  }
  const descriptions = describePerson(tokenized, resolved.map((r) => ({ start: r.draft.start, end: r.draft.end, personKey: r.personKey, tokenFirst: r.draft.tokenFirst, tokenLast: r.draft.tokenLast })));
  return resolved.map((r) => ({
    kind: 'person',
    start: r.draft.start,
    end: r.draft.end,
    text: text.slice(r.draft.start, r.draft.end),
    entityId: r.entityId,
    personKey: r.personKey,
    name: chainName.get(r.personKey) ?? nameText(text, r.draft),
    role: r.draft.role,
    articleDescription: descriptions.get(r.personKey) ?? null,
    ...(r.namesakes ? { namesakes: r.namesakes.map((key) => chainName.get(key) ?? key) } : {}),
  }));
}
