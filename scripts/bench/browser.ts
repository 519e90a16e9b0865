/**
 * `npm run bench:browser`: Footnote in real headless Chromium on the largest Scrapinghub pages,
 * the demo article, a 200,000-word article and the hostile pages of the browser tests. Asks each
 * tab's content script for its timings (`footnote:page-timings`, measured inside the extension):
 * the scan's main-thread time (detect + index, its slices summed) and its longest slice, the
 * paint, and content-script start to first paint. The longest main-thread block is the longer of
 * the longest slice and the paint; a 'longtask' PerformanceObserver in each page also reports the
 * longest task it saw after the content script started (the page's own work included).
 * Requests to anything but 127.0.0.1 are refused so page scripts cannot wait on the network.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { findChromium, launchWithExtension, serveDirectory } from '../lib/browser';
import { DIST_DIR, REPO_ROOT, SHARED_DIR } from '../lib/paths';
import { MAX_MAIN_THREAD_BLOCK_MS } from '../../src/constants';
import { markedStrings, startToPaintMs, waitForFirstPaint, waitForFirstScan, type PageEvaluator } from '../lib/page-probes';
import { recordResults, type Figures } from './results';
import { median } from './stats';

const CORPUS_DIR = path.join(SHARED_DIR, 'corpus', 'extraction', 'scrapinghub');
const LARGEST_PAGES = 12;
const FRAME_BUDGET_MS = 16;
const SCAN_TIMEOUT_MS = 30_000;
/** Pages that are very large take longer to load and scan. */
const LARGE_PAGE_TIMEOUT_MS = 120_000;
/** A page Footnote scanned but may not mark (or whose marks the page removes) gets this long to paint. */
const PAINT_GRACE_MS = 10_000;
/** The long article: about 200,000 words of the hostile pages' invented story. */
const LONG_ARTICLE = 'hostile/long-article.html?words=200000';
/** The hostile pages of tests/e2e/hostile-pages.test.ts, each measured like the long article. */
const HOSTILE_PAGES = [
  'payloads', 'broken-json-ld', 'highlights-cleared-once', 'highlights-cleared-repeatedly', 'plain-story', 'attach-shadow-throws',
  'attach-shadow-odd', 'mutation-flood', 'ten-megabytes', 'hundred-thousand-nodes', 'nesting-5000',
];
const WORKER_WAKE_RUNS = 5;
/** Time for a stopped worker to be gone before the next message wakes a fresh one. */
const WORKER_STOP_SETTLE_MS = 500;

interface PageMeasures {
  readonly page: string;
  readonly detectIndexMs: number | null;
  readonly paintMs: number | null;
  readonly startToPaintMs: number | null;
  readonly longestBlockMs: number | null;
  readonly marks: number;
}

interface BlockMeasures {
  readonly page: string;
  /** The longest Footnote held the main thread in one go: its longest scan slice or its paint. */
  readonly longestBlockMs: number | null;
  readonly scanMs: number | null;
  /** The longest 'longtask' entry after the content script started, or 0 when none reached the browser's 50 ms. */
  readonly longestLongTaskMs: number;
  readonly marks: number;
}

interface LongTaskWindow {
  footnoteBenchLongTasks?: Array<{ startTime: number; duration: number }>;
}

/** Loads `url`, waits for Footnote's first scan (and paint, when it comes) and reads its main-thread blocks. */
async function measureBlocks(
  context: Awaited<ReturnType<typeof launchWithExtension>>['context'],
  extension: PageEvaluator,
  url: string,
  name: string,
): Promise<BlockMeasures> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: LARGE_PAGE_TIMEOUT_MS });
  let timings = await waitForFirstScan(extension, page.url(), LARGE_PAGE_TIMEOUT_MS);
  timings = await waitForFirstPaint(extension, page.url(), PAINT_GRACE_MS).catch(() => timings);
  const startedAt = timings.startedAtMs;
  const longTasks = await page.evaluate(
    (since: number) => ((window as LongTaskWindow).footnoteBenchLongTasks ?? []).filter((task) => task.startTime >= since).map((task) => task.duration),
    startedAt,
  );
  const blocks = [timings.longestScanSliceMs, timings.longestPaintMs].filter((value): value is number => value !== null);
  const measures: BlockMeasures = {
    page: name,
    longestBlockMs: blocks.length === 0 ? null : Math.max(...blocks),
    scanMs: timings.longestScanMs,
    longestLongTaskMs: Math.max(0, ...longTasks),
    marks: Object.values(await markedStrings(page)).flat().length,
  };
  await page.close();
  return measures;
}

function keyOf(name: string): string {
  return name.replace(/[^A-Za-z0-9]+/g, '_').toLowerCase();
}

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) {
    console.log('bench:browser skipped: no Chromium found (set CHROME_PATH)');
    return;
  }
  if (!existsSync(path.join(DIST_DIR, 'chrome', 'manifest.json'))) {
    console.log('bench:browser skipped: dist/chrome is missing (run `npm run build`)');
    return;
  }
  const fixtures = await serveDirectory(path.join(REPO_ROOT, 'tests', 'fixtures'));
  const demoArticle = `${fixtures.origin}/demo-article.html`;
  const targets = [demoArticle];
  let corpus: Awaited<ReturnType<typeof serveDirectory>> | null = null;
  if (existsSync(CORPUS_DIR)) {
    const served = await serveDirectory(CORPUS_DIR);
    corpus = served;
    const largest = readdirSync(CORPUS_DIR)
      .filter((name) => name.endsWith('.html'))
      .map((name) => ({ name, size: statSync(path.join(CORPUS_DIR, name)).size }))
      .sort((a, b) => b.size - a.size)
      .slice(0, LARGEST_PAGES);
    targets.push(...largest.map(({ name }) => `${served.origin}/${name}`));
  } else {
    console.log(`corpus pages skipped: ${CORPUS_DIR} is absent`);
  }
  const browser = await launchWithExtension({ executablePath, extensionDir: path.join(DIST_DIR, 'chrome'), headless: true });
  // The page's own world: long tasks as the browser reports them, buffered from the start.
  await browser.context.addInitScript(() => {
    const tasks: Array<{ startTime: number; duration: number }> = [];
    (window as LongTaskWindow).footnoteBenchLongTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ startTime: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await browser.context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    return url.hostname === '127.0.0.1' || url.protocol === 'chrome-extension:' ? route.continue() : route.abort();
  });
  // The background worker sleeps after 30 s idle; a page then wakes it and it loads the index again.
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const devtools = await browser.context.newCDPSession(popup);
  await devtools.send('ServiceWorker.enable');
  const wokenLoadMs: number[] = [];
  for (let i = 0; i < WORKER_WAKE_RUNS; i++) {
    await devtools.send('ServiceWorker.stopAllWorkers');
    await popup.waitForTimeout(WORKER_STOP_SETTLE_MS);
    wokenLoadMs.push(
      await popup.evaluate(async () => {
        type RuntimeApi = { runtime: { sendMessage(message: unknown): Promise<{ loadMs: number }> } };
        const info = await (globalThis as unknown as { chrome: RuntimeApi }).chrome.runtime.sendMessage({ type: 'footnote:knowledge-info' });
        return info.loadMs;
      }),
    );
  }
  // The popup page stays open: it is the extension context that asks each tab for its timings.
  console.log(
    `knowledge index in a woken background worker (fetch core + section numbers, parse, build): median ${median(wokenLoadMs).toFixed(1)} ms of ${WORKER_WAKE_RUNS} wakes`,
  );
  const results: PageMeasures[] = [];
  // A first visit wakes the background and loads the knowledge index, so the pages below are warm.
  const warmUp = await browser.context.newPage();
  await warmUp.goto(demoArticle);
  await waitForFirstScan(popup, warmUp.url(), SCAN_TIMEOUT_MS);
  await warmUp.close();
  for (const url of targets) {
    const page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const timings = await waitForFirstScan(popup, page.url(), SCAN_TIMEOUT_MS);
    results.push({
      page: path.basename(new URL(url).pathname).slice(0, 16),
      detectIndexMs: timings.longestScanMs,
      paintMs: timings.longestPaintMs,
      startToPaintMs: await startToPaintMs(popup, page.url()),
      longestBlockMs: Math.max(timings.longestScanSliceMs ?? 0, timings.longestPaintMs ?? 0),
      marks: Object.values(await markedStrings(page)).flat().length,
    });
    await page.close();
  }
  const blockResults: BlockMeasures[] = [];
  for (const [file, name] of [[LONG_ARTICLE, 'long_article_200k_words'], ...HOSTILE_PAGES.map((page) => [`hostile/${page}.html`, `hostile_${keyOf(page)}`])] as const) {
    blockResults.push(await measureBlocks(browser.context, popup, `${fixtures.origin}/${file}`, name));
  }
  await popup.close();
  await browser.close();
  await fixtures.close();
  await corpus?.close();

  const fmt = (value: number | null): string => (value === null ? '   n/a' : value.toFixed(1).padStart(6));
  console.log('page              detect+index   paint  start→paint  longest block  marks');
  for (const r of results) {
    console.log(`${r.page.padEnd(16)} ${fmt(r.detectIndexMs)} ms ${fmt(r.paintMs)} ms ${fmt(r.startToPaintMs)} ms  ${fmt(r.longestBlockMs)} ms  ${r.marks}`);
  }
  const mainThread = results.map((r) => (r.detectIndexMs ?? 0) + (r.paintMs ?? 0));
  console.log(`main-thread work per page: median ${median(mainThread).toFixed(1)} ms (one frame is ${FRAME_BUDGET_MS} ms)`);
  console.log(`\npage                                   longest block   scan (summed)   longest long task after start   marks`);
  for (const r of blockResults) {
    const over = r.longestBlockMs !== null && r.longestBlockMs > MAX_MAIN_THREAD_BLOCK_MS ? '  OVER' : '';
    console.log(`${r.page.padEnd(38)} ${fmt(r.longestBlockMs)} ms${over.padEnd(6)} ${fmt(r.scanMs)} ms       ${fmt(r.longestLongTaskMs)} ms                  ${r.marks}`);
  }
  const longestBlock = Math.max(...[...results, ...blockResults].map((r) => r.longestBlockMs ?? 0));
  console.log(`longest main-thread block of Footnote on all pages above: ${longestBlock.toFixed(1)} ms (limit ${MAX_MAIN_THREAD_BLOCK_MS} ms)`);
  const perPage: Figures = Object.fromEntries(
    results.flatMap((r) => {
      const key = `page_${r.page.replace(/[^A-Za-z0-9]+/g, '_')}`;
      return [
        [`${key}_detect_index_ms`, r.detectIndexMs],
        [`${key}_paint_ms`, r.paintMs],
        [`${key}_start_to_paint_ms`, r.startToPaintMs],
        [`${key}_longest_main_thread_block_ms`, r.longestBlockMs],
        [`${key}_marks_count`, r.marks],
      ];
    }),
  );
  const perBlockPage: Figures = Object.fromEntries(
    blockResults.flatMap((r) => [
      [`${r.page}_longest_main_thread_block_ms`, r.longestBlockMs],
      [`${r.page}_scan_main_thread_ms`, r.scanMs],
      [`${r.page}_longest_long_task_after_start_ms`, r.longestLongTaskMs],
      [`${r.page}_marks_count`, r.marks],
    ]),
  );
  recordResults('browser', {
    ...perPage,
    ...perBlockPage,
    woken_worker_knowledge_load_median_ms: median(wokenLoadMs),
    main_thread_work_per_page_median_ms: median(mainThread),
    longest_main_thread_block_ms: longestBlock,
  });
}

await main();
