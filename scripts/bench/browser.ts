/**
 * `npm run bench:browser`: Footnote in real headless Chromium on the largest Scrapinghub pages and
 * the demo article. Asks each tab's content script for its timings (`footnote:page-timings`,
 * measured inside the extension): the two synchronous pieces of main-thread work (scan = detect +
 * index, paint) and content-script start to first paint.
 * Requests to anything but 127.0.0.1 are refused so page scripts cannot wait on the network.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { findChromium, launchWithExtension, serveDirectory } from '../lib/browser';
import { DIST_DIR, REPO_ROOT, SHARED_DIR } from '../lib/paths';
import { markedStrings, startToPaintMs, waitForFirstScan } from '../lib/page-probes';
import { recordResults, type Figures } from './results';
import { median } from './stats';

const CORPUS_DIR = path.join(SHARED_DIR, 'corpus', 'extraction', 'scrapinghub');
const LARGEST_PAGES = 12;
const FRAME_BUDGET_MS = 16;
const LONG_TASK_MS = 50;
const SCAN_TIMEOUT_MS = 30_000;
const WORKER_WAKE_RUNS = 5;
/** Time for a stopped worker to be gone before the next message wakes a fresh one. */
const WORKER_STOP_SETTLE_MS = 500;

interface PageMeasures {
  readonly page: string;
  readonly detectIndexMs: number | null;
  readonly paintMs: number | null;
  readonly startToPaintMs: number | null;
  readonly marks: number;
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
      marks: Object.values(await markedStrings(page)).flat().length,
    });
    await page.close();
  }
  await popup.close();
  await browser.close();
  await fixtures.close();
  await corpus?.close();

  const fmt = (value: number | null): string => (value === null ? '   n/a' : value.toFixed(1).padStart(6));
  console.log('page              detect+index   paint  start→paint  marks');
  for (const r of results) console.log(`${r.page.padEnd(16)} ${fmt(r.detectIndexMs)} ms ${fmt(r.paintMs)} ms ${fmt(r.startToPaintMs)} ms  ${r.marks}`);
  const mainThread = results.map((r) => (r.detectIndexMs ?? 0) + (r.paintMs ?? 0));
  const longestTask = Math.max(...results.map((r) => Math.max(r.detectIndexMs ?? 0, r.paintMs ?? 0)));
  console.log(`main-thread work per page: median ${median(mainThread).toFixed(1)} ms (one frame is ${FRAME_BUDGET_MS} ms); longest single piece ${longestTask.toFixed(1)} ms (limit ${LONG_TASK_MS} ms)`);
  const perPage: Figures = Object.fromEntries(
    results.flatMap((r) => {
      const key = `page_${r.page.replace(/[^A-Za-z0-9]+/g, '_')}`;
      return [
        [`${key}_detect_index_ms`, r.detectIndexMs],
        [`${key}_paint_ms`, r.paintMs],
        [`${key}_start_to_paint_ms`, r.startToPaintMs],
        [`${key}_marks_count`, r.marks],
      ];
    }),
  );
  recordResults('browser', {
    ...perPage,
    woken_worker_knowledge_load_median_ms: median(wokenLoadMs),
    main_thread_work_per_page_median_ms: median(mainThread),
    longest_main_thread_piece_ms: longestTask,
  });
}

await main();
