/**
 * Who each name is: full names first establish the article's people (linked or not), then
 * surnames and first names alone join the chain of the full name they repeat, else link to the
 * knowledge file only when it leaves no doubt. Every mention of one chain shares one key.
 */
import { isPlace, NEWS_AGENCIES } from './person-gazetteers';
import { isGivenName, lowerCaseWords, personEvidence } from './person-evidence';
import { articleSupports, articleWords, contextScore, contextWords, isNotable, pick, type ArticleWords } from './person-linking';
import { bare, NAME_PARTICLES } from './person-runs';
import { COMMON_WORD_SURNAMES, NOT_NAME_WORDS, PLACE_NAMES, PLACE_PREPOSITIONS } from './person-vocabulary';
import { tokenKey, type TokenizedText } from './text-tokens';
import type { KnowledgeLookup, PersonCandidate } from './types';
import { itemAt } from './item-at';

export interface Draft {
  readonly start: number;
  readonly end: number;
  readonly nameStart: number;
  readonly tokenFirst: number;
  readonly tokenLast: number;
  readonly nameKey: string;
  readonly surname: string;
  readonly titles: readonly string[];
  readonly role: string | null;
  readonly single: boolean;
  readonly candidates: readonly PersonCandidate[];
  readonly fullMatch: boolean;
  /** One of two known surnames joined by a hyphen ("Biden-Harris"): the pairing is the evidence. */
  readonly paired?: boolean;
  /** The knowledge file knows the whole written form as this person's alias ("AOC"). */
  readonly aliasOnly?: boolean;
  /** A surname-first name ("Wang Yi"): a person by its form. */
  readonly surnameFirst?: boolean;
}

export interface Resolved {
  readonly draft: Draft;
  readonly entityId: string | null;
  readonly personKey: string;
}

/** Not a person whatever the sentence says: a place or a news agency. */
function namesNonPerson(key: string): boolean {
  return isPlace(key) || NEWS_AGENCIES.has(key);
}

export function resolvePeople(tokenized: TokenizedText, lookup: KnowledgeLookup, all: readonly Draft[], blockedSurnames: ReadonlySet<string>): Resolved[] {
  const { tokens, sentences } = tokenized;
  const resolved: Resolved[] = [];
  const evidence = personEvidence(tokenized, all);
  // Pass 1: full names (known or plausibly human) establish who the article is about.
  const bySurname = new Map<string, Set<string>>();
  const entityByKey = new Map<string, string | null>();
  let wholeArticle: ArticleWords | null = null;
  const supportedInArticle = (candidate: PersonCandidate): boolean => articleSupports(candidate, (wholeArticle ??= articleWords(tokenized)));
  for (const d of all) {
    if (d.single) continue;
    if (namesNonPerson(d.nameKey)) continue;
    const headline = sentences[itemAt(tokens, d.tokenFirst).sentence]?.headline === true;
    let entityId: string | null = null;
    if (d.fullMatch) {
      const chosen = pick(d.candidates, tokenized, d, false);
      // A unique name match of someone obscure may be a namesake: it needs a supporting word nearby
      // or, for a past officeholder the article names in full, somewhere in the article.
      const supported =
        !!chosen &&
        (isNotable(chosen) || contextScore(chosen, contextWords(tokenized, d.tokenFirst), d.titles) > 0 || supportedInArticle(chosen));
      entityId = supported ? chosen.id : null;
      if (d.aliasOnly && !entityId) continue;
    }
    else {
      const nameTokens = tokens.slice(d.tokenFirst, d.tokenLast + 1).filter((t) => t.start >= d.nameStart);
      const firstName = bare(itemAt(nameTokens, 0).text);
      const before = tokens[d.tokenFirst - 1];
      const afterPlaceWord = !!before && PLACE_PREPOSITIONS.has(before.lower);
      const human =
        d.titles.length > 0 || evidence.has(d.surname) || d.surnameFirst === true || (isGivenName(lookup, firstName) && !headline && !afterPlaceWord);
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
    if (r.draft.surnameFirst) continue;
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
    const hasTitle = d.titles.length > 0;
    if (!hasTitle && blockedSurnames.has(d.surname)) continue;
    const firstNameOf = !hasTitle && !bySurname.has(d.surname) ? byGivenName.get(d.surname) : undefined;
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
      if (hasTitle || !headline) resolved.push({ draft: d, entityId: null, personKey: d.surname });
      continue;
    }
    if (!hasTitle) {
      if (headline && d.candidates.length === 0) continue;
      commonWords ??= lowerCaseWords(tokens);
      if (PLACE_NAMES.has(d.surname) || namesNonPerson(d.surname) || commonWords.has(d.surname) || COMMON_WORD_SURNAMES.has(d.surname)) continue;
      if (d.candidates.length === 0) continue;
      if (tok.sentenceInitial && NOT_NAME_WORDS.has(d.surname)) continue;
    }
    const chosen = pick(d.candidates, tokenized, d, true);
    if (!hasTitle && !chosen && !d.paired) continue;
    // A lone surname with no introduction in the article links only to someone notable whom the
    // article's own words point to: "Dion" in a story about a singer is not the mayor of Portland.
    if (!hasTitle && chosen && !d.paired && !(isNotable(chosen) && supportedInArticle(chosen))) continue;
    // "Steve" alone is a first name before it is anyone's surname.
    if (!hasTitle && !d.paired && isGivenName(lookup, d.surname)) continue;
    resolved.push({ draft: d, entityId: chosen?.id ?? null, personKey: chosen?.id ?? d.nameKey });
  }
  return resolved.sort((a, b) => a.draft.start - b.draft.start);
}
