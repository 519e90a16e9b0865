/**
 * Recognition entry point: people, statutes and statistics over one text, against the
 * knowledge index. Overlaps are settled by kind (a citation's numbers are not statistics; a law
 * named after a person is a law) and then by length.
 */
import { recognizePeople } from './person-recognizer';
import { seriesMatcher } from './series-matcher';
import { figureTimer } from './statistic-period';
import { recognizeStatistics } from './statistic-recognizer';
import { scopeOfFigure } from './statistic-scope';
import { tableCellFigures } from './statistic-table-cells';
import { recognizeStatutes } from './statute-recognizer';
import { tokenAt, tokenize } from './text-tokens';
import type { KnowledgeLookup, Mention, MentionKind, RecognizeOptions, StatisticMention } from './types';

export type { RecognizeOptions } from './types';

const PRIORITY: Readonly<Record<MentionKind, number>> = { statute: 3, person: 2, statistic: 1 };

function better(a: Mention, b: Mention): boolean {
  if (PRIORITY[a.kind] !== PRIORITY[b.kind]) return PRIORITY[a.kind] > PRIORITY[b.kind];
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb;
  return a.start < b.start;
}

const rank = (a: Mention, b: Mention): number => (better(a, b) ? -1 : better(b, a) ? 1 : 0);

/** The best mentions of one group of mutually reachable overlaps, best first. */
function keepBest(group: readonly Mention[], into: Mention[]): void {
  if (group.length === 1) {
    into.push(group[0] as Mention);
    return;
  }
  const kept: Mention[] = [];
  for (const m of [...group].sort(rank)) {
    if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  }
  into.push(...kept);
}

/**
 * Keeps the best of every group of overlapping mentions, in text order. Mentions are swept by
 * position into groups linked by overlap; only inside a group (a few mentions) are they ranked,
 * so the cost is n log n for the sort, not n² over the article.
 */
export function resolveOverlaps(mentions: readonly Mention[]): Mention[] {
  const byStart = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Mention[] = [];
  let group: Mention[] = [];
  let groupEnd = -1;
  for (const m of byStart) {
    if (group.length > 0 && m.start >= groupEnd) {
      keepBest(group, kept);
      group = [];
    }
    group.push(m);
    groupEnd = Math.max(groupEnd, m.end);
  }
  if (group.length > 0) keepBest(group, kept);
  return kept.sort((a, b) => a.start - b.start);
}

export function recognize(text: string, lookup: KnowledgeLookup, options: RecognizeOptions = {}): Mention[] {
  const tokenized = tokenize(text);
  const statutes = recognizeStatutes(tokenized, lookup);
  const people = recognizePeople(tokenized, lookup);
  // A cell's figure first: where both read the same number, the one that knows its column's heading is kept.
  const statistics = [...tableCellFigures(text), ...recognizeStatistics(tokenized)];
  const kept = resolveOverlaps([...statutes, ...people, ...statistics]);
  const compare = seriesMatcher(tokenized, lookup);
  const timeOf = figureTimer(tokenized, options.publishedYear ?? null);
  return kept.map((m) => {
    if (m.kind !== 'statistic') return m;
    const tokenIndex = tokenAt(tokenized.tokens, m.start);
    const lastToken = Math.max(tokenIndex, tokenAt(tokenized.tokens, m.end) - 1);
    const { period, prices } = timeOf(tokenIndex, lastToken, m.unit === 'usd');
    const timed: StatisticMention = { ...m, ...(period ? { period } : {}), ...(prices !== null ? { prices } : {}) };
    const comparison = compare(timed, tokenIndex);
    const scope = scopeOfFigure(tokenized, tokenIndex);
    const read: StatisticMention = { ...timed, ...(scope ? { scope } : {}), ...(comparison ? { comparison, entityId: comparison.seriesId } : {}) };
    return read;
  });
}
