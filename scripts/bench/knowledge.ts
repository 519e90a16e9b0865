/**
 * Knowledge-file benchmark: sizes on disk, and the cold cost of making the index usable the way
 * the background does — read + JSON.parse of the start-up parts (core + section numbers) + index
 * build, no schema validation — in a fresh process each run, plus the heap in use afterwards. The
 * parts that load on demand (Code headings, the records of past officeholders, judges and state officers) are sized and timed apart.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  KNOWLEDGE_CORE_FILE,
  KNOWLEDGE_PEOPLE_PART_COUNT,
  KNOWLEDGE_USC_HEADINGS_FILE,
  KNOWLEDGE_USC_SECTIONS_FILE,
  knowledgePeoplePartFile,
  splitKnowledgeFile,
} from '../../src/knowledge/knowledge-parts';
import type { KnowledgeFile } from '../../src/knowledge/schema';
import { recordResults } from './results';
import { median } from './stats';

const COLD_RUNS = 5;
const TARGET_READY_MS = 150;
const TARGET_HEAP_MB = 30;
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const knowledgePath = resolve(repoRoot, 'src/knowledge/knowledge.json');

interface ColdResult {
  /** CPU time of parse + index: on a shared, loaded machine wall time mostly measures waiting. */
  cpuMs: number;
  parseMs: number;
  indexMs: number;
  heapMb: number;
  peoplePartMs: number;
}

/** Runs inside the child process: times parse and index build, then reports heap after GC. */
async function measureOnce(dir: string): Promise<void> {
  const parts = await import('../../src/knowledge/knowledge-parts');
  const { buildKnowledgeIndex } = await import('../../src/knowledge/knowledge-index');
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const core = JSON.parse(readFileSync(join(dir, KNOWLEDGE_CORE_FILE), 'utf8')) as import('../../src/knowledge/knowledge-parts').KnowledgeCore;
  const sections = JSON.parse(readFileSync(join(dir, KNOWLEDGE_USC_SECTIONS_FILE), 'utf8')) as import('../../src/knowledge/knowledge-parts').UscSections;
  const t1 = performance.now();
  const file = parts.joinWithoutHeadings(core, sections);
  const index = buildKnowledgeIndex(file, core.deferredPeople);
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  const heapMb = process.memoryUsage().heapUsed / 1e6;
  if (index.uscSection('8', '1324') === null) throw new Error('index is missing 8 U.S.C. 1324');
  const t3 = performance.now();
  JSON.parse(readFileSync(join(dir, knowledgePeoplePartFile(0)), 'utf8'));
  const peoplePartMs = performance.now() - t3;
  const result: ColdResult = { cpuMs: (cpu.user + cpu.system) / 1000, parseMs: t1 - t0, indexMs: t2 - t1, heapMb, peoplePartMs };
  process.stdout.write(JSON.stringify(result));
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(2)} MB`;
}

function main(): void {
  const raw = readFileSync(knowledgePath);
  const file = JSON.parse(raw.toString('utf8')) as KnowledgeFile;
  console.log(`knowledge.json: ${mb(statSync(knowledgePath).size)} (${mb(gzipSync(raw).length)} gzipped), ${file.people.length} people`);
  const dir = mkdtempSync(join(tmpdir(), 'footnote-knowledge-'));
  try {
    const parts = splitKnowledgeFile(file);
    const write = (name: string, value: unknown): number => {
      const text = JSON.stringify(value);
      writeFileSync(join(dir, name), text);
      return Buffer.byteLength(text);
    };
    const core = write(KNOWLEDGE_CORE_FILE, parts.core);
    const sections = write(KNOWLEDGE_USC_SECTIONS_FILE, parts.sections);
    const headings = write(KNOWLEDGE_USC_HEADINGS_FILE, parts.headings);
    const people = parts.people.map((part, n) => write(knowledgePeoplePartFile(n), part));
    console.log(
      `start-up parts: core ${mb(core)} (${parts.core.people.length} people with records, ${parts.core.deferredPeople.rows.length} deferred people indexed), sections ${mb(sections)}; ` +
        `on demand: headings ${mb(headings)}, ${KNOWLEDGE_PEOPLE_PART_COUNT} people parts ${people.map(mb).join(', ')}`,
    );
    const runs: ColdResult[] = [];
    for (let i = 0; i < COLD_RUNS; i += 1) {
      const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--child', dir], { cwd: repoRoot, encoding: 'utf8' });
      runs.push(JSON.parse(out) as ColdResult);
    }
    const parse = median(runs.map((r) => r.parseMs));
    const index = median(runs.map((r) => r.indexMs));
    const heap = median(runs.map((r) => r.heapMb));
    const ready = median(runs.map((r) => r.parseMs + r.indexMs));
    console.log(`cold (median of ${COLD_RUNS} fresh processes): read+JSON.parse ${parse.toFixed(1)} ms, index build ${index.toFixed(1)} ms, ready ${ready.toFixed(1)} ms (target ≤ ${TARGET_READY_MS} ms)`);
    console.log(`CPU time of the same (median): ${median(runs.map((r) => r.cpuMs)).toFixed(1)} ms; load average ${(loadavg()[0] ?? 0).toFixed(1)} on ${cpus().length} cores`);
    console.log(`heap used after load + index (after GC): ${heap.toFixed(1)} MB (target ≤ ${TARGET_HEAP_MB} MB)`);
    const peoplePart = median(runs.map((r) => r.peoplePartMs));
    const cpu = median(runs.map((r) => r.cpuMs));
    console.log(`first card of a deferred person (past officeholder, judge): read+JSON.parse of one people part ${peoplePart.toFixed(1)} ms`);
    recordResults('knowledge', {
      knowledge_json_mb: statSync(knowledgePath).size / 1e6,
      knowledge_json_gzip_mb: gzipSync(raw).length / 1e6,
      people_count: file.people.length,
      startup_core_part_mb: core / 1e6,
      cold_parse_median_ms: parse,
      cold_index_build_median_ms: index,
      cold_ready_median_ms: ready,
      cold_ready_cpu_median_ms: cpu,
      heap_after_load_mb: heap,
      people_part_load_median_ms: peoplePart,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const childAt = process.argv.indexOf('--child');
if (childAt >= 0) await measureOnce(process.argv[childAt + 1] ?? '');
else main();
