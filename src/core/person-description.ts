/**
 * How the article itself describes a person: an appositive ("Thomas Homan, the acting director
 * of ICE,"), a predicate ("Homan is the acting director of ICE"), or a role-led sentence right
 * before the one that first names them ("The acting director of ICE is fed up ... Thomas Homan
 * is now looking ...").
 */
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
const ROLE_NOUNS =
  'director|head|chief|secretary|chairman|chairwoman|chair|president|administrator|commissioner|leader|spokesman|spokeswoman|spokesperson|mayor|governor|attorney general|founder|commander|ambassador|minister|senator|representative|judge|justice|ceo|executive|officer|adviser|advisor|aide|deputy|lawyer|attorney|professor|economist|analyst|author|member|owner|editor|coach|manager|official';
const ROLE_SUBJECT = new RegExp(
  String.raw`^(?:the|The)\s+(?:(?:acting|former|interim|new|deputy|top|current|outgoing|incoming|then)\s+)*(?:${ROLE_NOUNS})\s+(?:of|for|at)\s+`,
);
const PREDICATE = /^\s+(?:is|was|has been|had been|became|remains)\s+(?=(?:the|a|an)\s)/;
const APPOSITIVE_START = /^,\s+(?=(?:the|a|an|former|acting|then|now|currently)\b)/;

/** "the more one sees of her", "the better": a comparative clause, not a noun phrase. */
const COMPARATIVE_OPENING = /^(?:the|a|an)\s+(?:more|less|better|worse|fewer|most|least|same|sooner|longer|further)\b/i;
/** "the day after the vote", "a week later": a time adverbial set off by commas. */
const TIME_OPENING = /^(?:the|a|an|that|this)\s+(?:(?:next|following|previous|same|other)\s+)?(?:day|days|week|weeks|month|months|year|years|morning|afternoon|evening|night|time|moment|weekend|hour|minute)\b/i;
/** "the last to leave", "the first one": an ordinal standing for a person, not a description. */
const ORDINAL_STAND_IN = /^(?:the|a|an)\s+(?:first|last|only|next|one)\s+(?:to|one|who|that)\b/i;
/** A subject pronoun inside the phrase makes it a clause ("the more one sees of him"). */
const CLAUSE_SUBJECT = /\b(?:he|she|they|we|i|you|it)\s+\p{Ll}+|\bone\s+(?!of\b)\p{Ll}+s\b/u;

/** True for a noun phrase that can describe a person: an appositive or a predicate nominative. */
export function isDescription(phrase: string): boolean {
  return !COMPARATIVE_OPENING.test(phrase) && !TIME_OPENING.test(phrase) && !ORDINAL_STAND_IN.test(phrase) && !CLAUSE_SUBJECT.test(phrase);
}

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
  const out = text.slice(from, i).replace(/\s+/g, ' ').replace(/\.$/, '').trim();
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
    const appositive = APPOSITIVE_START.exec(after);
    if (appositive) {
      const d = clause(text, m.end + appositive[0].length, limit);
      if (d && isDescription(d)) {
        out.set(m.personKey, d);
        continue;
      }
    }
    const predicate = PREDICATE.exec(after.length < 12 ? after : text.slice(m.end, Math.min(limit, m.end + 20)));
    if (predicate) {
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
