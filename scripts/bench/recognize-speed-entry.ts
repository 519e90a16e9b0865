/**
 * The timed part of `npm run bench:recognize`, bundled by esbuild as the extension's scripts are
 * and run in plain Node by the benchmark: the figure is the speed of the code the browser runs,
 * without the per-module wrappers a TypeScript loader adds to every imported name.
 *
 * Arguments: the knowledge file, then a JSON file of `{ article, smallArticle, largeArticle,
 * timingRuns, warmupRuns, scaleRuns }`. Prints one JSON line of medians in milliseconds.
 */
import { readFileSync } from 'node:fs';
import { recognize } from '../../src/core/recognize';
import { buildKnowledgeIndex } from '../../src/knowledge/knowledge-index';
import type { KnowledgeFile } from '../../src/knowledge/schema';
import { median } from './stats';

interface SpeedJob {
  readonly article: string;
  readonly smallArticle: string;
  readonly largeArticle: string;
  readonly timingRuns: number;
  readonly warmupRuns: number;
  readonly scaleRuns: number;
}

const [knowledgePath, jobPath] = process.argv.slice(2);
if (!knowledgePath || !jobPath) throw new Error('usage: recognize-speed-entry KNOWLEDGE_JSON JOB_JSON');
const lookup = buildKnowledgeIndex(JSON.parse(readFileSync(knowledgePath, 'utf8')) as KnowledgeFile);
const job = JSON.parse(readFileSync(jobPath, 'utf8')) as SpeedJob;

// The word-split baseline runs beside each recognition, so that both meet the same machine state.
const baseline: number[] = [];
const full: number[] = [];
let sink = 0;
for (let i = 0; i < job.timingRuns + job.warmupRuns; i++) {
  const t0 = performance.now();
  sink += job.article.split(/\s+/).length;
  const t1 = performance.now();
  sink += recognize(job.article, lookup).length;
  const t2 = performance.now();
  if (i >= job.warmupRuns) {
    baseline.push(t1 - t0);
    full.push(t2 - t1);
  }
}

function medianOf(article: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    sink += recognize(article, lookup).length;
    if (i > 0) times.push(performance.now() - t0);
  }
  return median(times);
}

const small = medianOf(job.smallArticle, job.scaleRuns * 3);
const large = medianOf(job.largeArticle, job.scaleRuns);
console.log(JSON.stringify({ recognizeMs: median(full), wordSplitMs: median(baseline), smallMs: small, largeMs: large, sink }));
