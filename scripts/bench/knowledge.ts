/**
 * Knowledge-file benchmark: size on disk, and the cold cost of making it usable — read + JSON.parse
 * + index build (no schema validation, as the background does) — in a fresh process each run,
 * plus the heap that remains in use afterwards.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordResults } from './results';
import { median } from './stats';

const COLD_RUNS = 5;
const TARGET_READY_MS = 150;
const TARGET_HEAP_MB = 30;
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const knowledgePath = resolve(repoRoot, 'src/knowledge/knowledge.json');

interface ColdResult {
  parseMs: number;
  indexMs: number;
  heapMb: number;
}

/** Runs inside the child process: times parse and index build, then reports heap after GC. */
async function measureOnce(): Promise<void> {
  const t0 = performance.now();
  const data = JSON.parse(readFileSync(knowledgePath, 'utf8')) as import('../../src/knowledge/schema').KnowledgeFile;
  const t1 = performance.now();
  const { buildKnowledgeIndex } = await import('../../src/knowledge/knowledge-index');
  const t2 = performance.now();
  const index = buildKnowledgeIndex(data);
  const t3 = performance.now();
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  const heapMb = process.memoryUsage().heapUsed / 1e6;
  if (index.uscSection('8', '1324') === null) throw new Error('index is missing 8 U.S.C. 1324');
  const result: ColdResult = { parseMs: t1 - t0, indexMs: t3 - t2, heapMb };
  process.stdout.write(JSON.stringify(result));
}


function main(): void {
  const raw = readFileSync(knowledgePath);
  const size = statSync(knowledgePath).size;
  console.log(`knowledge.json: ${(size / 1e6).toFixed(2)} MB (${(gzipSync(raw).length / 1e6).toFixed(2)} MB gzipped)`);
  const runs: ColdResult[] = [];
  for (let i = 0; i < COLD_RUNS; i += 1) {
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--child'], { cwd: repoRoot, encoding: 'utf8' });
    runs.push(JSON.parse(out) as ColdResult);
  }
  const parse = median(runs.map((r) => r.parseMs));
  const index = median(runs.map((r) => r.indexMs));
  const heap = median(runs.map((r) => r.heapMb));
  const ready = median(runs.map((r) => r.parseMs + r.indexMs));
  console.log(`cold (median of ${COLD_RUNS} fresh processes): read+JSON.parse ${parse.toFixed(1)} ms, index build ${index.toFixed(1)} ms, ready ${ready.toFixed(1)} ms (target ≤ ${TARGET_READY_MS} ms)`);
  console.log(`heap used after load + index (after GC): ${heap.toFixed(1)} MB (target ≤ ${TARGET_HEAP_MB} MB)`);
  recordResults('knowledge', {
    knowledge_json_mb: size / 1e6,
    knowledge_json_gzip_mb: gzipSync(raw).length / 1e6,
    cold_parse_median_ms: parse,
    cold_index_build_median_ms: index,
    cold_ready_median_ms: ready,
    heap_after_load_mb: heap,
  });
}

if (process.argv.includes('--child')) await measureOnce();
else main();
