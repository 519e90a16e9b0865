/**
 * Links a name to one knowledge-file person: by elimination, by context words nearby, or (for
 * lone surnames) by prominence, never by a guess.
 */
import { bare } from './person-runs';
import { TITLE_CONTEXT } from './person-vocabulary';
import { tokenKey, type TokenizedText } from './text-tokens';
import type { PersonCandidate } from './types';
import { itemAt } from './item-at';

/** How many sentences either side of a mention are searched for context words. */
const CONTEXT_SENTENCES = 1;
/** Context never reaches further than this, however long the sentences: linear time on any page. */
const MAX_CONTEXT_TOKENS = 150;

export interface LinkSubject {
  readonly tokenFirst: number;
  readonly single: boolean;
  readonly titles: readonly string[];
}

export function contextScore(candidate: PersonCandidate, words: ReadonlySet<string>, titles: readonly string[]): number {
  let score = 0;
  for (const w of candidate.contextWords) if (words.has(w)) score++;
  for (const t of titles) {
    const c = TITLE_CONTEXT[t];
    if (c && candidate.contextWords.includes(c)) score += 2;
  }
  return score;
}

export function contextWords(tokenized: TokenizedText, tokenIndex: number): Set<string> {
  const { tokens } = tokenized;
  const s = itemAt(tokens, tokenIndex).sentence;
  const words = new Set<string>();
  const from = Math.max(0, tokenIndex - MAX_CONTEXT_TOKENS);
  const to = Math.min(tokens.length, tokenIndex + MAX_CONTEXT_TOKENS);
  for (let k = tokenIndex; k >= from && itemAt(tokens, k).sentence >= s - CONTEXT_SENTENCES; k--) words.add(tokenKey(bare(itemAt(tokens, k).lower)));
  for (let k = tokenIndex + 1; k < to && itemAt(tokens, k).sentence <= s + CONTEXT_SENTENCES; k++) {
    words.add(tokenKey(bare(itemAt(tokens, k).lower)));
  }
  return words;
}

/** One candidate by elimination or by context, else null: never a guess. */
export function pick(candidates: readonly PersonCandidate[], tokenized: TokenizedText, subject: LinkSubject, allowProminent: boolean): PersonCandidate | null {
  const usable = candidates.filter((c) => !(subject.single && c.surnameRule === 'never-alone'));
  if (usable.length === 0) return null;
  const needsContext = subject.single && usable.some((c) => c.surnameRule === 'needs-context');
  if (usable.length === 1 && !needsContext) return usable[0] as PersonCandidate;
  const words = contextWords(tokenized, subject.tokenFirst);
  let best: PersonCandidate | null = null;
  let bestScore = 0;
  let tie = false;
  for (const c of usable) {
    const s = contextScore(c, words, subject.titles);
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
export function isNotable(candidate: PersonCandidate): boolean {
  return candidate.prominent || candidate.contextWords.includes('president');
}
