/**
 * `npm run tour`: reads real news pages the way a reader meets them. Each page from the shared
 * corpora is served from 127.0.0.1 to headless Chromium with the built extension; every request
 * that would leave the machine is refused. On each page the tour opens the card of the first marks
 * of every kind, saves a screenshot per card and writes every card's text to a report, so a person
 * can read the cards and look at them. The pages belong to their publishers: screenshots and the
 * report stay in `artifacts/`, which is never committed.
 *
 * Usage: tsx scripts/reader-tour.ts [--pages N] [--cards-per-kind N] [--seed N] [--only NAME,NAME]
 * (`--only` keeps the drawn pages whose name contains one of the given strings).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { KINDS } from '../src/kinds';
import { findChromium, launchWithExtension, serveDirectory } from './lib/browser';
import { markedStrings, waitInPage, type MarkedStrings } from './lib/page-probes';
import { REPO_ROOT, sharedDirOrNull } from './lib/paths';

const EXTENSION_DIR = path.join(REPO_ROOT, 'dist', 'chrome');
const OUTPUT_DIR = path.join(REPO_ROOT, 'artifacts', 'reader-tour');
const MARKS_TIMEOUT_MS = 20_000;
const CARD_TIMEOUT_MS = 5_000;
const HIGHLIGHT_NAMES: readonly string[] = KINDS.map((kind) => kind.highlightName);

interface TourPage {
  readonly name: string;
  readonly html: string;
}

interface CardReading {
  readonly kind: string;
  readonly mark: string;
  /** The words around the mark, to judge whether it should be one. */
  readonly around: string;
  readonly label: string | null;
  readonly text: string;
  readonly screenshot: string;
}

interface PageReading {
  readonly page: string;
  readonly marks: Record<string, number>;
  readonly cards: CardReading[];
  readonly problem?: string;
}

/** Deterministic shuffle (mulberry32), so a tour can be repeated and compared. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(next() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/** Postlight pages (one per site) and Scrapinghub pages, alternating, drawn by `seed`. */
function corpusPages(shared: string, count: number, seed: number): TourPage[] {
  const postlightDir = path.join(shared, 'corpus', 'extraction', 'postlight');
  const scrapinghubDir = path.join(shared, 'corpus', 'extraction', 'scrapinghub');
  const postlight = shuffled(
    readdirSync(postlightDir).filter((file) => file.endsWith('.html.gz')),
    seed,
  ).map((file) => ({ name: `postlight-${file.replace('.html.gz', '')}`, read: () => gunzipSync(readFileSync(path.join(postlightDir, file))).toString('utf8') }));
  const scrapinghub = shuffled(
    readdirSync(scrapinghubDir).filter((file) => file.endsWith('.html')),
    seed + 1,
  ).map((file) => ({ name: `scrapinghub-${file.slice(0, 10)}`, read: () => readFileSync(path.join(scrapinghubDir, file), 'utf8') }));
  const pages: TourPage[] = [];
  for (let index = 0; pages.length < count && (index < postlight.length || index < scrapinghub.length); index += 1) {
    for (const source of [postlight[index], scrapinghub[index]]) {
      if (source && pages.length < count) pages.push({ name: source.name, html: source.read() });
    }
  }
  return pages;
}

interface OpenedCard {
  readonly mark: string;
  readonly around: string;
  readonly label: string | null;
  readonly text: string;
}

async function openCardOn(page: Page, highlightName: string, occurrence: number): Promise<OpenedCard | null> {
  const target = await page.evaluate(
    ([name, index]: readonly [string, number]) => {
      const highlight = CSS.highlights.get(name);
      const range = highlight ? (Array.from(highlight as Iterable<AbstractRange>)[index] as Range | undefined) : undefined;
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      const block = range.startContainer.parentElement?.closest('p, li, h1, h2, h3, h4, figcaption, td, div');
      const around = (block?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
      const inLink = Boolean(range.startContainer.parentElement?.closest('a[href]'));
      return rect ? { mark: range.toString(), around, inLink, x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    },
    [highlightName, occurrence] as const,
  );
  if (!target) return null;
  // A reader who clicks a name inside a link follows the link; hovering is how a card opens there.
  if (target.inLink) await page.mouse.move(target.x, target.y);
  else await page.mouse.click(target.x, target.y);
  try {
    await waitInPage(page, () => Boolean(document.querySelector('footnote-ui')?.shadowRoot?.querySelector('[role="dialog"]:not([hidden])')), CARD_TIMEOUT_MS, 'a card');
  } catch {
    return { mark: target.mark, around: target.around, label: null, text: '(no card opened)' };
  }
  const card = await page.evaluate(() => {
    const dialog = document.querySelector('footnote-ui')?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
    return { label: dialog?.getAttribute('aria-label') ?? null, text: dialog?.innerText ?? '' };
  });
  return { mark: target.mark, around: target.around, ...card };
}

/** Indexes of the marks to open: the first, and then ones spread through the article. */
function occurrencesToOpen(total: number, wanted: number): number[] {
  const picks = new Set<number>();
  for (let step = 0; step < wanted && step < total; step += 1) picks.add(Math.floor((step * total) / wanted));
  return [...picks];
}

async function readPage(page: Page, origin: string, tourPage: TourPage, cardsPerKind: number): Promise<PageReading> {
  try {
    await page.goto(`${origin}/${tourPage.name}.html`, { waitUntil: 'domcontentloaded' });
  } catch (error) {
    // A saved page may send itself elsewhere (a script or a meta refresh to its live site), which
    // the tour refuses: that page is reported and the tour goes on.
    return { page: tourPage.name, marks: {}, cards: [], problem: `the page navigated away (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
  }
  try {
    await page.waitForFunction((names: readonly string[]) => names.some((name) => CSS.highlights.has(name)), HIGHLIGHT_NAMES, { timeout: MARKS_TIMEOUT_MS });
  } catch {
    return { page: tourPage.name, marks: {}, cards: [], problem: 'no marks painted' };
  }
  const marks: MarkedStrings = await markedStrings(page);
  const cards: CardReading[] = [];
  for (const kind of KINDS) {
    const painted = marks[kind.highlightName] ?? [];
    for (const occurrence of occurrencesToOpen(painted.length, cardsPerKind)) {
      const card = await openCardOn(page, kind.highlightName, occurrence);
      if (!card) continue;
      const screenshot = `${tourPage.name}-${kind.kind}-${occurrence}.png`;
      await page.screenshot({ path: path.join(OUTPUT_DIR, screenshot) });
      cards.push({ kind: kind.kind, ...card, screenshot });
      await page.keyboard.press('Escape');
      await page.mouse.move(0, 0);
    }
  }
  const counts = Object.fromEntries(KINDS.map((kind) => [kind.kind, (marks[kind.highlightName] ?? []).length]));
  return { page: tourPage.name, marks: counts, cards };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      pages: { type: 'string', default: '12' },
      'cards-per-kind': { type: 'string', default: '2' },
      seed: { type: 'string', default: '20261201' },
      only: { type: 'string' },
    },
  });
  const shared = sharedDirOrNull();
  if (!shared) {
    console.error('The shared corpora (../shared) are absent: the reader tour has no pages to read.');
    process.exit(1);
  }
  const executablePath = findChromium();
  if (!executablePath) {
    console.error('No Chromium found. Install it (Debian: apt-get install chromium) or set CHROME_PATH.');
    process.exit(1);
  }
  const wanted = values.only?.split(',').filter(Boolean) ?? [];
  const drawn = corpusPages(shared, wanted.length > 0 ? Number.MAX_SAFE_INTEGER : Number(values.pages), Number(values.seed));
  const pages = wanted.length > 0 ? drawn.filter((page) => wanted.some((name) => page.name.includes(name))) : drawn;
  const stage = path.join(tmpdir(), `footnote-tour-${process.pid}`);
  mkdirSync(stage, { recursive: true });
  for (const tourPage of pages) writeFileSync(path.join(stage, `${tourPage.name}.html`), tourPage.html);
  rmSync(OUTPUT_DIR, { recursive: true, force: true });
  mkdirSync(OUTPUT_DIR, { recursive: true });

  const server = await serveDirectory(stage);
  const browser = await launchWithExtension({ executablePath, extensionDir: EXTENSION_DIR, headless: true });
  await browser.context.route('**/*', (route) => (new URL(route.request().url()).origin === server.origin ? route.continue() : route.abort()));
  const readings: PageReading[] = [];
  for (const tourPage of pages) {
    // A tab of its own for each page: one that keeps navigating must not reach into the next.
    const page = await browser.context.newPage();
    const reading = await readPage(page, server.origin, tourPage, Number(values['cards-per-kind']));
    await page.close();
    readings.push(reading);
    console.log(`\n## ${reading.page}  marks ${JSON.stringify(reading.marks)}${reading.problem ? `  (${reading.problem})` : ''}`);
    for (const card of reading.cards) {
      console.log(`- [${card.kind}] "${card.mark}" → ${card.text.replace(/\s+/g, ' ').slice(0, 400)}`);
      console.log(`    in: ${card.around}`);
    }
  }
  writeFileSync(path.join(OUTPUT_DIR, 'report.json'), `${JSON.stringify(readings, null, 2)}\n`);
  await browser.close();
  await server.close();
  rmSync(stage, { recursive: true, force: true });
  console.log(`\nScreenshots and report: ${OUTPUT_DIR}`);
}

await main();
