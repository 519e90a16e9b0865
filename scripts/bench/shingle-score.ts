/**
 * Scoring as the Scrapinghub article-extraction benchmark does it: multisets of 4-token shingles,
 * TP/FP/FN normalised per page so every page weighs the same, precision and recall averaged over
 * pages, F1 the harmonic mean of those means.
 */
const SHINGLE_TOKENS = 4;
const TOKEN = /[\p{L}\p{N}\p{M}_]+/gu;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - SHINGLE_TOKENS + 1);
  for (let i = 0; i < last; i++) {
    const slice = tokens.slice(i, i + SHINGLE_TOKENS);
    if (slice.length === 0) continue;
    const key = slice.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function score(truth: string, predicted: string): Counts {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (t.get(key) ?? 0));
  const total = tp + fp + fn;
  return total > 0 ? { tp: tp / total, fp: fp / total, fn: fn / total } : { tp, fp, fn };
}

export function precisionOf(c: Counts): number {
  if (c.fp === 0 && c.fn === 0) return 1;
  if (c.tp === 0 && c.fp === 0) return 0;
  return c.tp / (c.tp + c.fp);
}

export function recallOf(c: Counts): number {
  if (c.fp === 0 && c.fn === 0) return 1;
  if (c.tp === 0 && c.fn === 0) return 0;
  return c.tp / (c.tp + c.fn);
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

export function metrics(all: readonly Counts[]): { precision: number; recall: number; f1: number } {
  const precision = mean(all.filter((c) => c.tp + c.fp > 0).map(precisionOf));
  const recall = mean(all.filter((c) => c.tp + c.fn > 0).map(recallOf));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function pageF1(c: Counts): number {
  const p = precisionOf(c);
  const r = recallOf(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
