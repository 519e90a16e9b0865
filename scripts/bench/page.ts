/**
 * `npm run bench:page`: the whole per-page pipeline against @mozilla/readability on the same
 * jsdom documents, in one process. Content-script side (main thread in a tab): `scanDocument`
 * (detection, text index, length limit, publication date) and mapping mentions to Ranges.
 * Background side: recognition with the full knowledge index and the scan's options.
 * Times are ratios to Readability's parse of the same page (its clone is made outside the clock).
 * jsdom is slower than a browser, so the absolute figures are upper bounds. Also prints the size
 * of the built content script (target: under 60 KB), and the scan of a 200,000-word article
 * (tests/fixtures/hostile/long-article.html) step by step: the longest step between two yields is
 * the least a tab's main thread is held in one go (`bench:browser` measures it in Chromium).
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { recognize } from '../../src/core/recognize';
import { buildKnowledgeIndex } from '../../src/knowledge/knowledge-index';
import type { KnowledgeFile } from '../../src/knowledge/schema';
import { MAX_MAIN_THREAD_BLOCK_MS } from '../../src/constants';
import { scanDocument, scanDocumentSteps, type DocumentScan } from '../../src/page/scan-document';
import { DIST_DIR, REPO_ROOT, SHARED_DIR } from '../lib/paths';
import { recordResults } from './results';
import { median, percentile } from './stats';

const CORPUS_DIR = path.join(SHARED_DIR, 'corpus', 'extraction', 'scrapinghub');
const CONTENT_SCRIPT_LIMIT_KB = 60;
/** Each page is timed this many times and the fastest run kept, to damp the GC's noise. */
const RUNS_PER_PAGE = 3;

interface PageTiming {
  readonly id: string;
  readonly pageMs: number;
  readonly recognizeMs: number;
  readonly readabilityMs: number;
  readonly mentions: number;
}

function fastest(run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < RUNS_PER_PAGE; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

function timePage(id: string, html: string, lookup: ReturnType<typeof buildKnowledgeIndex>): PageTiming {
  const dom = new JSDOM(html, { url: 'https://news.example/article', virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  let scan: DocumentScan | null = null;
  const pageMs = fastest(() => {
    scan = scanDocument(doc);
    if (!scan) return;
    for (const mention of recognize(scan.text, lookup, scan.options)) scan.index.rangeFor(mention.start, mention.end);
  });
  let mentions = 0;
  const recognizeMs = fastest(() => {
    const scanned: DocumentScan | null = scan;
    mentions = scanned === null ? 0 : recognize(scanned.text, lookup, scanned.options).length;
  });
  let readabilityMs = Number.POSITIVE_INFINITY;
  for (let i = 0; i < RUNS_PER_PAGE; i++) {
    const clone = doc.cloneNode(true) as Document;
    const started = performance.now();
    new Readability(clone).parse();
    readabilityMs = Math.min(readabilityMs, performance.now() - started);
  }
  dom.window.close();
  // The page side is reported without recognition, which runs in the background.
  return { id, pageMs: pageMs - recognizeMs, recognizeMs, readabilityMs, mentions };
}

const HOSTILE_DIR = path.join(REPO_ROOT, 'tests', 'fixtures', 'hostile');
const LONG_ARTICLE_WORDS = 200_000;

interface StepTiming {
  readonly totalMs: number;
  readonly longestStepMs: number;
  readonly steps: number;
}

/** The long article's scan, run step by step as a tab runs it, fastest of `RUNS_PER_PAGE`. */
function longArticleSteps(): StepTiming {
  // The page builds its article with its own script (our story, repeated); jsdom runs it.
  const html = readFileSync(path.join(HOSTILE_DIR, 'long-article.html'), 'utf8').replace(
    '<script src="story.js"></script>',
    () => `<script>${readFileSync(path.join(HOSTILE_DIR, 'story.js'), 'utf8')}</script>`,
  );
  const dom = new JSDOM(html, { url: `http://127.0.0.1/long-article.html?words=${LONG_ARTICLE_WORDS}`, runScripts: 'dangerously', virtualConsole: new VirtualConsole() });
  let best: StepTiming | null = null;
  for (let run = 0; run < RUNS_PER_PAGE; run++) {
    const steps = scanDocumentSteps(dom.window.document);
    let totalMs = 0;
    let longestStepMs = 0;
    let count = 0;
    for (;;) {
      const started = performance.now();
      const next = steps.next();
      const took = performance.now() - started;
      totalMs += took;
      longestStepMs = Math.max(longestStepMs, took);
      count++;
      if (next.done === true) break;
    }
    if (best === null || totalMs < best.totalMs) best = { totalMs, longestStepMs, steps: count };
  }
  dom.window.close();
  return best ?? { totalMs: 0, longestStepMs: 0, steps: 0 };
}

function main(): void {
  const contentScript = path.join(DIST_DIR, 'chrome', 'content.js');
  if (existsSync(contentScript)) {
    const kb = statSync(contentScript).size / 1024;
    console.log(`content.js: ${kb.toFixed(1)} KB minified (limit ${CONTENT_SCRIPT_LIMIT_KB} KB) ${kb < CONTENT_SCRIPT_LIMIT_KB ? 'OK' : 'OVER'}`);
  } else {
    console.log('content.js: not built (run `npm run build`)');
  }
  const long = longArticleSteps();
  console.log(
    `${LONG_ARTICLE_WORDS.toLocaleString('en')}-word article, jsdom: scan ${long.totalMs.toFixed(1)} ms in ${long.steps} steps, longest step ${long.longestStepMs.toFixed(1)} ms (a tab yields between steps; limit per block ${MAX_MAIN_THREAD_BLOCK_MS} ms in a browser)`,
  );
  const longFigures = {
    long_article_200k_words_scan_ms: long.totalMs,
    long_article_200k_words_longest_step_ms: long.longestStepMs,
    long_article_200k_words_steps_count: long.steps,
  };
  if (!existsSync(CORPUS_DIR)) {
    console.log(`bench:page corpus pages skipped: ${CORPUS_DIR} is absent (../shared is not checked out beside the repo)`);
    recordResults('page', { content_js_kb: existsSync(contentScript) ? statSync(contentScript).size / 1024 : null, ...longFigures });
    return;
  }
  const file = JSON.parse(readFileSync(path.join(REPO_ROOT, 'src/knowledge/knowledge.json'), 'utf8')) as KnowledgeFile;
  const lookup = buildKnowledgeIndex(file);
  const pages = readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.html')).sort();
  const timings = pages.map((name) => timePage(name.slice(0, 10), readFileSync(path.join(CORPUS_DIR, name), 'utf8'), lookup));
  const pipelineRatios = timings.map((t) => (t.pageMs + t.recognizeMs) / t.readabilityMs);
  const pageRatios = timings.map((t) => t.pageMs / t.readabilityMs);
  const worst = [...timings].sort((a, b) => b.pageMs + b.recognizeMs - (a.pageMs + a.recognizeMs))[0];
  if (!worst) {
    console.log(`bench:page skipped: no pages in ${CORPUS_DIR}`);
    return;
  }
  console.log(`\n${timings.length} Scrapinghub pages, jsdom, fastest of ${RUNS_PER_PAGE} runs each`);
  console.log(`page side (detect + index + ranges): median ${median(timings.map((t) => t.pageMs)).toFixed(2)} ms, p95 ${percentile(timings.map((t) => t.pageMs), 0.95).toFixed(2)} ms`);
  console.log(`recognition (background):            median ${median(timings.map((t) => t.recognizeMs)).toFixed(2)} ms, p95 ${percentile(timings.map((t) => t.recognizeMs), 0.95).toFixed(2)} ms`);
  console.log(`Readability parse:                   median ${median(timings.map((t) => t.readabilityMs)).toFixed(2)} ms`);
  console.log(`ratio page side / Readability:       median ${median(pageRatios).toFixed(3)}, worst ${Math.max(...pageRatios).toFixed(3)}`);
  console.log(`ratio whole pipeline / Readability:  median ${median(pipelineRatios).toFixed(3)}, worst ${Math.max(...pipelineRatios).toFixed(3)} (target ≤ 0.25)`);
  console.log(`heaviest page ${worst.id}: page side ${worst.pageMs.toFixed(1)} ms + recognition ${worst.recognizeMs.toFixed(1)} ms, ${worst.mentions} mentions`);
  recordResults('page', {
    ...longFigures,
    content_js_kb: existsSync(contentScript) ? statSync(contentScript).size / 1024 : null,
    pages_count: timings.length,
    page_side_median_ms: median(timings.map((t) => t.pageMs)),
    page_side_p95_ms: percentile(timings.map((t) => t.pageMs), 0.95),
    recognition_median_ms: median(timings.map((t) => t.recognizeMs)),
    recognition_p95_ms: percentile(timings.map((t) => t.recognizeMs), 0.95),
    readability_median_ms: median(timings.map((t) => t.readabilityMs)),
    page_side_to_readability_median_ratio: median(pageRatios),
    page_side_to_readability_worst_ratio: Math.max(...pageRatios),
    pipeline_to_readability_median_ratio: median(pipelineRatios),
    pipeline_to_readability_worst_ratio: Math.max(...pipelineRatios),
    heaviest_page_side_ms: worst.pageMs,
    heaviest_page_recognition_ms: worst.recognizeMs,
    heaviest_page_mentions_count: worst.mentions,
  });
}

main();
