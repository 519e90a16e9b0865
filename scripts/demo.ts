/**
 * `npm start`: opens Chromium with the built extension on the demo article. Without a display it
 * runs headless instead, opens a card, and writes footnote-demo.png and footnote-demo.json.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { findChromium, launchWithExtension, serveDirectory } from './lib/browser';
import { markCentre, markedStrings, startToPaintMs, waitForFirstPaint } from './lib/page-probes';
import { REPO_ROOT } from './lib/paths';

const EXTENSION_DIR = path.join(REPO_ROOT, 'dist', 'chrome');
const FIXTURES_DIR = path.join(REPO_ROOT, 'tests', 'fixtures');
const SCREENSHOT = path.join(REPO_ROOT, 'footnote-demo.png');
const REPORT = path.join(REPO_ROOT, 'footnote-demo.json');
const CARD_DEMO_NAME = 'Thomas Homan';

function hasDisplay(): boolean {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) {
    console.error('No Chromium found. Install it (Debian: apt-get install chromium) or set CHROME_PATH.');
    process.exit(1);
  }
  const headless = !hasDisplay();
  const server = await serveDirectory(FIXTURES_DIR);
  const url = `${server.origin}/demo-article.html`;
  const browser = await launchWithExtension({ executablePath, extensionDir: EXTENSION_DIR, headless });
  const page = await browser.context.newPage();
  await page.goto(url);

  if (!headless) {
    console.log(`Chromium is open with Footnote on ${url}. Close the browser window to stop.`);
    await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
    await server.close();
    return;
  }

  console.log('No display found: running Chromium headless.');
  const waitForPaint = (): Promise<unknown> => waitForFirstPaint(browser.serviceWorker, url, 20_000);
  await waitForPaint();
  const coldStartToPaintMs = await startToPaintMs(browser.serviceWorker, url);
  // A second load shows the usual case: the background already holds the knowledge index.
  await page.reload();
  await waitForPaint();
  const marks = await markedStrings(page);
  const warmStartToPaintMs = await startToPaintMs(browser.serviceWorker, url);
  const point = await markCentre(page, 'footnote-person', CARD_DEMO_NAME);
  await page.mouse.click(point.x, point.y);
  const dialog = page.getByRole('dialog');
  await dialog.waitFor({ state: 'visible', timeout: 5_000 });
  const card = await dialog.getAttribute('aria-label');
  await page.screenshot({ path: SCREENSHOT });
  const rounded = (ms: number | null): number | null => (ms === null ? null : Math.round(ms));
  const timing = { coldStartToPaintMs: rounded(coldStartToPaintMs), warmStartToPaintMs: rounded(warmStartToPaintMs) };
  writeFileSync(REPORT, `${JSON.stringify({ url, marks, timing, openedCard: card }, null, 2)}\n`);
  await browser.close();
  await server.close();
  const counts = Object.entries(marks)
    .map(([name, list]) => `${list.length} ${name.replace('footnote-', '')}`)
    .join(', ');
  console.log(`Marked ${counts}; opened the card for ${card ?? 'nothing'}.`);
  console.log(`Content-script start to highlights painted: ${timing.coldStartToPaintMs} ms cold, ${timing.warmStartToPaintMs} ms warm.`);
  console.log(`Screenshot: ${SCREENSHOT}`);
  console.log(`Report:     ${REPORT}`);
}

await main();
