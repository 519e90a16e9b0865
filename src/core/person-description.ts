/**
 * How the article itself describes a person: an appositive ("Thomas Homan, the acting director
 * of ICE,"), a predicate ("Homan is the acting director of ICE"), or a role-led sentence right
 * before the one that first names them ("The acting director of ICE is fed up ... Thomas Homan
 * is now looking ...").
 */
import { isRoleNoun } from './person-vocabulary';
import type { TokenizedText } from './text-tokens';
import { itemAt } from './item-at';

export interface DescribedMention {
  readonly start: number;
  readonly end: number;
  readonly personKey: string;
  readonly tokenFirst: number;
  readonly tokenLast: number;
}

const MAX_DESCRIPTION_CHARS = 160;
/** How far past the name an appositive's opening word is looked for ("Microsoft's", a long possessive). */
const APPOSITIVE_LOOKAHEAD_CHARS = 40;
const ROLE_NOUNS =
  'director|head|chief|secretary|chairman|chairwoman|chair|president|administrator|commissioner|leader|spokesman|spokeswoman|spokesperson|mayor|governor|attorney general|founder|commander|ambassador|minister|senator|representative|judge|justice|ceo|executive|officer|adviser|advisor|aide|deputy|lawyer|attorney|professor|economist|analyst|author|member|owner|editor|coach|manager|official';
const ROLE_SUBJECT = new RegExp(
  String.raw`^(?:the|The)\s+(?:(?:acting|former|interim|new|deputy|top|current|outgoing|incoming|then)\s+)*(?:${ROLE_NOUNS})\s+(?:of|for|at)\s+`,
);
const PREDICATE = /^\s+(?:is|was|has been|had been|became|remains)\s+(?=(?:the|a|an)\s)/;
const APPOSITIVE_START = /^,\s+(?=(?:the|a|an|former|acting|then|now|currently|his|her|their)\b|\p{Lu}[\p{L}.&-]*['\u2019]s\s)/u;
/** "Alexander Vindman, who is the White House's Ukraine expert,": a relative clause that says what the person is. */
const WHO_IS = /^,\s+who\s+(?:is|was)\s+(?=(?:the|a|an)\s)/;
/** "As a boy, Gosling was the sole male in his troupe": a predicate of another time than the story's. */
const PAST_TIME_OPENING = /^(?:as an? (?:boy|girl|child|kid|teen|teenager|student|young \w+)|when (?:he|she|they) was|back in|in (?:his|her) (?:youth|teens|twenties))\b/i;

/** "the more one sees of her", "the better": a comparative clause, not a noun phrase. */
const COMPARATIVE_OPENING = /^(?:the|a|an)\s+(?:more|less|better|worse|fewer|most|least|same|sooner|longer|further)\b/i;
/** "the day after the vote", "a week later": a time adverbial set off by commas. */
const TIME_OPENING = /^(?:the|a|an|that|this)\s+(?:(?:next|following|previous|same|other)\s+)?(?:day|days|week|weeks|month|months|year|years|morning|afternoon|evening|night|time|moment|weekend|hour|minute)\b/i;
/** "the last to leave", "the first one": an ordinal standing for a person, not a description. */
const ORDINAL_STAND_IN = /^(?:the|a|an)\s+(?:first|last|only|next|one)\s+(?:to|one|who|that)\b/i;
/** A subject pronoun inside the phrase makes it a clause ("the more one sees of him"). */
const CLAUSE_SUBJECT = /\b(?:he|she|they|we|i|you|it)\s+\p{Ll}+|\bone\s+(?!of\b)\p{Ll}+s\b/u;

/**
 * A verb of its own outside a relative clause makes the phrase a clause: "the seed of that
 * philosophy was planted by Parcells" ("the lawyer who was fired" stays a noun phrase).
 */
const FINITE_VERB = /\b(?:is|was|are|were|has|had|have|will|would|could|can)\b/;
const RELATIVE_PRONOUN = /\b(?:who|whom|whose|that|which|where|when)\b/;

/**
 * A verb with its object: "Luis de Miranda weaves a history", "the movie follows Katherine", "a
 * pastor published a book", "the Tribes sent a Declaration".
 */
const VERB_THEN_OBJECT = [
  /\p{Lu}\p{Ll}+\s+\p{Ll}+s\s+(?:a|an|the|his|her|their|its)\s/u,
  /\b(?:the|a|an)\s+\p{Ll}+\s+\p{Ll}+s\s+(?:\p{Lu}|(?:a|an|the|his|her|their|its)\s)/u,
  /(?<!\b(?:be|been|being|to)\s)\b(?:\p{Ll}{3,}ed|sent|made|took|gave|told|wrote|led|won|held|brought|began|became|met|left|built|bought|sold|found|kept|paid|ran|saw|struck|threw|drew|chose|spent|taught|caught|fought|sought|knew|grew|flew)\s+(?:a|an|the|his|her|their|its)\s/u,
];

function ownVerb(phrase: string): boolean {
  for (const pattern of VERB_THEN_OBJECT) {
    const verb = pattern.exec(phrase);
    if (verb && !RELATIVE_PRONOUN.test(phrase.slice(0, verb.index))) return true;
  }
  const verb = FINITE_VERB.exec(phrase);
  return !!verb && !RELATIVE_PRONOUN.test(phrase.slice(0, verb.index));
}

/** "a deal for Trump, a second person briefed on the call said": the speaker of what comes before, not the name's appositive. */
const ATTRIBUTION_ENDING = /\b(?:said|says|told|added|noted|wrote|explained)$/;

/** Where a description's head noun ends: the words that open what is said of the head. */
const HEAD_END_ALL = /\s(?:of|at|in|for|with|who|whose|whom|that|which|where|on|to|behind|from|under|and|since|herself|himself|the)\b/g;
/** Endings of nouns for what a person is or does ("owner", "advisor", "historian", "resident", "surgeon"); "-ist" is read by `isRoleNoun`. */
const PERSON_HEAD_ENDING = /(?:er|or|ian|ant|ent|ate|eon|ee|ar|yst)s?$/;
/** Heads of a person's description that neither the role nouns (`isRoleNoun`) nor an ending give away. */
const PERSON_HEADS = new Set([
  'man', 'woman', 'men', 'women', 'child', 'expert', 'native', 'male', 'female', 'fellow', 'head', 'chief', 'guy',
  'girl', 'boy', 'kid', 'person', 'spouse', 'widow', 'ally', 'hero', 'heroine', 'icon', 'legend', 'figure',
  'celebrity', 'alumnus', 'alumna', 'mogul', 'tycoon', 'idol', 'monk', 'nun', 'cardinal', 'pope', 'queen', 'king',
  'prince', 'princess', 'duke', 'lady', 'lord', 'staff', 'crew', 'protégé', 'protege', 'prodigy', 'boss', 'cfo', 'coo',
  'cto', 'chair', 'envoy',
]);

/**
 * The head noun of a description names what a person is: "the Cowboys' owner", "a Navy
 * veteran", "a 23-year-old". "The great discovery", "a 35-foot-wide stainless steel disk" or
 * "the radically deconstructed fashions of Coco Chanel" describe something else.
 */
function headNamesAPerson(phrase: string): boolean {
  // Each stretch before a boundary ends in a candidate head ("a fierce and uncompromising elder of").
  const ends = [...phrase.matchAll(HEAD_END_ALL)].map((m) => m.index);
  ends.push(phrase.length);
  return ends.some((end, k) => {
    const words = phrase.slice(0, end).trim().split(/\s+/);
    const head = (words[words.length - 1] ?? '').replace(/[\u2019']s?$|[^\p{L}\p{N}-]+$/gu, '');
    const lower = head.toLowerCase();
    // "a Virginia Democrat": a capitalised head only where the phrase opens, not a name it ends on.
    if (k === 0 && /^\p{Lu}/u.test(head)) return true;
    return lower.endsWith('-old') || isRoleNoun(lower) || PERSON_HEADS.has(lower) || PERSON_HEAD_ENDING.test(lower);
  });
}

/** True for a noun phrase that can describe a person: an appositive or a predicate nominative. */
export function isDescription(phrase: string): boolean {
  return !COMPARATIVE_OPENING.test(phrase) && !TIME_OPENING.test(phrase) && !ORDINAL_STAND_IN.test(phrase) && !CLAUSE_SUBJECT.test(phrase) && !ownVerb(phrase) && !ATTRIBUTION_ENDING.test(phrase) && headNamesAPerson(phrase);
}

/**
 * "For Stephen, the seed ...": a sentence opening with such a word and the name has the name
 * close an opening phrase, and what follows the comma is the sentence ("belonged to Viktor
 * Usov, the cat's owner" is an appositive).
 */
const OPENING_PHRASE_WORDS = new Set(['for', 'to', 'with', 'like', 'unlike', 'as', 'from', 'about', 'after', 'before', 'besides', 'despite']);

/** Text from `from` to the end of the clause: the next comma, semicolon, dash or sentence end, outside brackets. */
function clause(text: string, from: number, limit: number): string | null {
  let depth = 0;
  let i = from;
  for (; i < limit; i++) {
    const c = text[i] as string;
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (depth === 0 && (c === ',' || c === ';' || c === '\u2014' || c === '\n' || c === '"' || c === '\u201D')) break;
  }
  // "the director behind La La Land (which opens on December 9th)": the aside is no part of who they are.
  const out = text.slice(from, i).replace(/\s*[([][^)\]]*[)\]]/g, '').replace(/\s+/g, ' ').replace(/\.?[)\]]*$/, '').trim();
  if (out.length < 3 || out.length > MAX_DESCRIPTION_CHARS) return null;
  return out;
}

/** In "The acting director of X (ICE) is fed up", the subject ends before its verb. */
function subjectPhrase(sentence: string): string | null {
  const m = ROLE_SUBJECT.exec(sentence);
  if (!m) return null;
  const verb = /\s(?:is|was|has|had|says|said|will|would|told|wants|plans|called|announced)\s/.exec(sentence.slice(m[0].length));
  if (!verb) return null;
  const phrase = sentence.slice(0, m[0].length + verb.index).trim();
  if (phrase.length > MAX_DESCRIPTION_CHARS) return null;
  return `the${phrase.slice(3)}`;
}

export function describePerson(tokenized: TokenizedText, mentions: readonly DescribedMention[]): Map<string, string> {
  const { text, tokens, sentences } = tokenized;
  const out = new Map<string, string>();
  const seen = new Set<string>();
  for (const m of mentions) {
    if (out.has(m.personKey)) continue;
    const sentenceIndex = itemAt(tokens, m.tokenFirst).sentence;
    const sentence = sentences[sentenceIndex];
    const limit = sentence ? sentence.end : text.length;
    const after = text.slice(m.end, Math.min(limit, m.end + 12));
    const opener = tokens[m.tokenFirst - 1];
    const openingPhrase = !!opener && opener.sentenceInitial && OPENING_PHRASE_WORDS.has(opener.lower);
    const appositive = openingPhrase ? null : APPOSITIVE_START.exec(text.slice(m.end, Math.min(limit, m.end + APPOSITIVE_LOOKAHEAD_CHARS)));
    if (appositive) {
      const d = clause(text, m.end + appositive[0].length, limit);
      if (d && isDescription(d)) {
        out.set(m.personKey, d);
        continue;
      }
    }
    const who = WHO_IS.exec(text.slice(m.end, Math.min(limit, m.end + 20)));
    if (who) {
      const d = clause(text, m.end + who[0].length, limit);
      if (d && isDescription(d)) {
        out.set(m.personKey, d);
        continue;
      }
    }
    const predicate = PREDICATE.exec(after.length < 12 ? after : text.slice(m.end, Math.min(limit, m.end + 20)));
    const otherTime = !!sentence && PAST_TIME_OPENING.test(text.slice(sentence.start, m.start));
    if (predicate && !otherTime) {
      const d = clause(text, m.end + predicate[0].length, limit);
      if (d && isDescription(d)) {
        out.set(m.personKey, d);
        continue;
      }
    }
    // Only the first time a person is named can the sentence before introduce them by role.
    if (!seen.has(m.personKey) && itemAt(tokens, m.tokenFirst).sentenceInitial && sentenceIndex > 0) {
      const prev = sentences[sentenceIndex - 1];
      if (prev) {
        const d = subjectPhrase(text.slice(prev.start, prev.end));
        if (d) out.set(m.personKey, d.replace(/\s+/g, ' '));
      }
    }
    seen.add(m.personKey);
  }
  return out;
}
