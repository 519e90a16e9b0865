/**
 * `bench/results.json`: every figure the benchmarks print, one number per key with its unit in
 * the key's name, grouped by benchmark. Each benchmark records its own group when it finishes;
 * the file is written with its keys sorted so a change reads as a small diff, and the figures are
 * printed against the last committed results (`HEAD:bench/results.json`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../lib/paths';

/** A figure, or null where the benchmark prints "n/a" (nothing to measure). */
export type Figures = Readonly<Record<string, number | null>>;
export type Results = Readonly<Record<string, Figures>>;

export const RESULTS_FILE_FROM_ROOT = path.join('bench', 'results.json');
/** Fractions and milliseconds keep this many decimals: more is noise between two runs. */
const DECIMALS = 3;

function sortedRecord<T>(record: Readonly<Record<string, T>>, map: (value: T) => T): Record<string, T> {
  const entries = Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, value]) => [key, map(value)]));
}

function rounded(value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  return Number.isInteger(value) ? value : Number(value.toFixed(DECIMALS));
}

/** `results` with `bench`'s group replaced by `figures`; keys sorted at both levels, values rounded. */
export function withFigures(results: Results, bench: string, figures: Figures): Results {
  return sortedRecord({ ...results, [bench]: figures }, (group) => sortedRecord(group, rounded));
}

export function formatResults(results: Results): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}

function change(before: number | null, after: number | null): string {
  if (before === null || after === null) return `${String(before)} -> ${String(after)}`;
  const percent = before === 0 ? '' : ` (${after >= before ? '+' : ''}${(((after - before) / Math.abs(before)) * 100).toFixed(1)}%)`;
  return `${before} -> ${after}${percent}`;
}

/** One line per figure that differs from `before` (added, removed or changed), then a count of the rest. */
export function describeChanges(bench: string, before: Figures | undefined, after: Figures): string[] {
  if (before === undefined) return [`${bench}: no committed results to compare with`];
  const lines: string[] = [];
  let unchanged = 0;
  for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const was = key in before ? (before[key] ?? null) : undefined;
    const now = key in after ? rounded(after[key] ?? null) : undefined;
    if (was === undefined) lines.push(`  ${key}: new, ${String(now)}`);
    else if (now === undefined) lines.push(`  ${key}: removed (was ${String(was)})`);
    else if (was === now) unchanged++;
    else lines.push(`  ${key}: ${change(was, now)}`);
  }
  return [`${bench} against the last committed results: ${lines.length} changed, ${unchanged} unchanged`, ...lines];
}

function parseResults(json: string): Results {
  return JSON.parse(json) as Results;
}

function committedResults(): Results {
  try {
    const json = execFileSync('git', ['show', `HEAD:${RESULTS_FILE_FROM_ROOT.split(path.sep).join('/')}`], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return parseResults(json);
  } catch {
    return {};
  }
}

/** Records `bench`'s figures in bench/results.json and prints how they moved since the last commit. */
export function recordResults(bench: string, figures: Figures): void {
  const file = path.join(REPO_ROOT, RESULTS_FILE_FROM_ROOT);
  const current = existsSync(file) ? parseResults(readFileSync(file, 'utf8')) : {};
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, formatResults(withFigures(current, bench, figures)));
  console.log(`\n${describeChanges(bench, committedResults()[bench], figures).join('\n')}`);
  console.log(`(written to ${RESULTS_FILE_FROM_ROOT})`);
}
