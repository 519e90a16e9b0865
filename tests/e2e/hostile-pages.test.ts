/**
 * Pages that work against Footnote: payloads in their text and attributes, broken JSON-LD, a
 * script that empties `CSS.highlights`, one that removes our card host, one that replaces
 * `attachShadow`, a mutation flood, ten million characters, a hundred thousand nodes and nesting
 * five thousand deep. On each, Footnote either works or gives up with at most one console line,
 * throws nothing the page sees, and leaves the tab responsive.
 */
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { MUTATION_SETTLE_MS } from '../../src/constants';
import type { PageMentionsReply, PageTimings } from '../../src/extension/messages';
import { markCentre, markedStrings, pageMentions, pageTimings, waitForFirstPaint, waitForFirstScan, waitInPage } from '../../scripts/lib/page-probes';
import { openCard } from './harness/card-probes';
import { describeInBrowser } from './harness/session';

const SCAN_TIMEOUT_MS = 60_000;
const BIG_PAGE_TEST_TIMEOUT_MS = 180_000;
/** Every console line Footnote writes starts with this (src/extension/log.ts). */
const LOG_PREFIX = 'Footnote:';
/** Entities of tests/fixtures/hostile/story.js that the knowledge file holds or the recognizers always find. */
const STORY_MARKS = ['Thomas Homan', '8 U.S.C. 1324', 'less than 20 percent'];

interface Watched {
  readonly page: Page;
  /** An extension page, to ask the tab's content script for its state and timings. */
  readonly extension: Page;
  /** Console lines Footnote wrote in this tab. */
  readonly footnoteLines: string[];
  /** Uncaught errors whose stack runs through the extension's own files. */
  readonly extensionErrors: string[];
}

/** The window of a hostile page, with what its scripts leave there. */
type HostileWindow = Window & {
  pwned?: unknown;
  highlightClears?: number;
  attachShadowCalls?: number;
  flood?: { mutations: number; elapsedMs: number | null };
  articleChars?: number;
  nodeCount?: number;
  nestingDepth?: number;
};

describeInBrowser('hostile pages', (session) => {
  const opened: Page[] = [];

  async function visit(file: string): Promise<Watched> {
    const extensionOrigin = session().browser.extensionOrigin;
    // Opened first, so that the page comes to the front after it.
    const extension = await asker();
    const page = await session().browser.browser.newPage();
    opened.push(page);
    const footnoteLines: string[] = [];
    const extensionErrors: string[] = [];
    page.on('console', (message) => {
      if (message.text().startsWith(LOG_PREFIX)) footnoteLines.push(message.text());
    });
    page.on('pageerror', (error) => {
      const text = String((error as Error).stack ?? error);
      if (text.includes(extensionOrigin) || text.includes(LOG_PREFIX)) extensionErrors.push(text);
    });
    await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
    // In front, where the browser does not slow the page's timers down as it does in a background tab.
    await page.bringToFront();
    await page.goto(`${session().server.origin}/hostile/${file}`);
    return { page, extension, footnoteLines, extensionErrors };
  }

  /** An extension page to ask the tab's content script for its state and timings. */
  async function asker(): Promise<Page> {
    const page = await session().browser.openExtensionPage('popup.html');
    opened.push(page);
    return page;
  }

  async function closeAll(): Promise<void> {
    for (const page of opened.splice(0)) if (!page.isClosed()) await page.close();
  }

  /** The page still runs its own work: an evaluation returns and a timer the page sets fires. */
  async function expectResponsive(page: Page): Promise<void> {
    expect(await page.evaluate(() => 6 * 7)).toBe(42);
    expect(await page.evaluate(() => new Promise<string>((resolve) => setTimeout(() => resolve('fired'), 0)))).toBe('fired');
  }

  /** At most one console line from Footnote, and nothing thrown from the extension. */
  function expectQuiet(watched: Watched): void {
    expect(watched.extensionErrors).toEqual([]);
    expect(watched.footnoteLines.length, watched.footnoteLines.join("\n")).toBeLessThanOrEqual(1);
  }

  async function mentionsOf({ page, extension }: Watched): Promise<PageMentionsReply> {
    const reply = await pageMentions(extension, page.url());
    if (reply === null) throw new Error(`no content script answers in ${page.url()}`);
    return reply;
  }

  async function marks(page: Page): Promise<string[]> {
    return Object.values(await markedStrings(page)).flat();
  }

  /** Clicks the painted mark reading `text` and returns the card that opens. */
  async function clickMark(page: Page, text: string): Promise<NonNullable<Awaited<ReturnType<typeof openCard>>>> {
    const point = await markCentre(page, 'footnote-person', text);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => openCard(page), { timeout: 15_000 }).not.toBeNull();
    const card = await openCard(page);
    if (card === null) throw new Error('the card closed again');
    return card;
  }

  it('shows script and HTML payloads as text and runs none of them', async () => {
    try {
      const watched = await visit('payloads.html');
      const { page } = watched;
      await waitForFirstPaint(watched.extension, page.url(), SCAN_TIMEOUT_MS);
      expect(await marks(page)).toEqual(expect.arrayContaining(['Thomas Homan', 'Donald Trump', 'Dana Whitfield']));
      const card = await clickMark(page, 'Dana Whitfield');
      // The words the article says about her include the payload, as characters.
      expect(card.text).toContain('<svg onload=');
      await clickMark(page, 'Thomas Homan');
      // An element the payloads would have made carries their marker in an attribute, or is a script.
      const cardPayloads = await page.evaluate(() => {
        const root = document.querySelector('footnote-ui')?.shadowRoot;
        if (!root) return null;
        return Array.from(root.querySelectorAll('*')).filter(
          (node) => node.tagName === 'SCRIPT' || Array.from(node.attributes).some((attribute) => /pwned|javascript:/.test(attribute.value)),
        ).length;
      });
      expect(cardPayloads).toBe(0);
      const popup = await session().openPopup(page);
      await waitInPage(popup, () => document.querySelector('.entity-name') !== null, 15_000, 'the popup list');
      const popupView = await popup.evaluate(() => ({
        names: Array.from(document.querySelectorAll('.entity-name'), (node) => node.textContent),
        active: Array.from(document.querySelectorAll('*')).filter(
          (node) => Array.from(node.attributes).some((attribute) => attribute.value.includes('pwned')) || (node.tagName === 'SCRIPT' && node.textContent.includes('pwned')),
        ).length,
      }));
      expect(popupView.names).toEqual(expect.arrayContaining(['Dana Whitfield']));
      expect(popupView.active).toBe(0);
      expect(await page.evaluate(() => (window as HostileWindow).pwned)).toBeUndefined();
      await expectResponsive(page);
      expectQuiet(watched);
    } finally {
      await closeAll();
    }
  });

  it('marks the article of a page whose JSON-LD is invalid, mistyped, deeply nested and huge', async () => {
    try {
      const watched = await visit('broken-json-ld.html');
      await waitForFirstPaint(watched.extension, watched.page.url(), SCAN_TIMEOUT_MS);
      expect(await marks(watched.page)).toEqual(expect.arrayContaining(STORY_MARKS));
      await expectResponsive(watched.page);
      expectQuiet(watched);
    } finally {
      await closeAll();
    }
  });

  it('paints its marks again after the page empties CSS.highlights once', async () => {
    try {
      const watched = await visit('highlights-cleared-once.html');
      const { page } = watched;
      await waitInPage(page, () => (window as HostileWindow).highlightClears === 1, SCAN_TIMEOUT_MS, 'the page to clear the highlights');
      await waitInPage(page, () => CSS.highlights.has('footnote-person'), 15_000, 'the marks back');
      expect(await marks(page)).toEqual(expect.arrayContaining(STORY_MARKS));
      await expectResponsive(page);
      expectQuiet(watched);
    } finally {
      await closeAll();
    }
  });

  it('gives up quietly on a page that empties CSS.highlights over and over', async () => {
    try {
      const watched = await visit('highlights-cleared-repeatedly.html');
      const { page } = watched;
      await waitForFirstPaint(watched.extension, page.url(), SCAN_TIMEOUT_MS);
      // Footnote paints the marks again a few times, then says once that it stops.
      await expect.poll(() => watched.footnoteLines.length, { timeout: 30_000 }).toBe(1);
      const clears = await page.evaluate(() => (window as HostileWindow).highlightClears ?? 0);
      // The page goes on clearing; Footnote says nothing more.
      await expect.poll(() => page.evaluate(() => (window as HostileWindow).highlightClears ?? 0), { timeout: 30_000 }).toBeGreaterThanOrEqual(clears + 5);
      expect((await mentionsOf(watched)).state).toBe('marked');
      await expectResponsive(page);
      expectQuiet(watched);
    } finally {
      await closeAll();
    }
  });

  it('opens the next card after the page removes the card host, open or closed', async () => {
    try {
      const watched = await visit('plain-story.html');
      const { page } = watched;
      await waitForFirstPaint(watched.extension, page.url(), SCAN_TIMEOUT_MS);
      expect((await clickMark(page, 'Thomas Homan')).label).toContain('Homan');
      // Removed while a card is open.
      await page.evaluate(() => document.querySelector('footnote-ui')?.remove());
      expect(await openCard(page)).toBeNull();
      expect((await clickMark(page, 'Donald Trump')).label).toContain('Trump');
      // Removed while no card is open.
      await page.keyboard.press('Escape');
      await expect.poll(() => openCard(page)).toBeNull();
      await page.evaluate(() => document.querySelector('footnote-ui')?.remove());
      expect((await clickMark(page, 'Thomas Homan')).label).toContain('Homan');
      await expectResponsive(page);
      expectQuiet(watched);
    } finally {
      await closeAll();
    }
  });

  for (const file of ['attach-shadow-throws.html', 'attach-shadow-odd.html']) {
    it(`opens cards on a page that replaces Element.prototype.attachShadow (${file})`, async () => {
      try {
        const watched = await visit(file);
        const { page } = watched;
        await waitForFirstPaint(watched.extension, page.url(), SCAN_TIMEOUT_MS);
        expect((await clickMark(page, 'Thomas Homan')).label).toContain('Homan');
        // Footnote used the browser's own attachShadow, never the page's replacement.
        expect(await page.evaluate(() => (window as HostileWindow).attachShadowCalls)).toBe(0);
        await expectResponsive(page);
        expectQuiet(watched);
      } finally {
        await closeAll();
      }
    });
  }

  it('re-scans a page flooded with mutations a bounded number of times', async () => {
    try {
      const watched = await visit('mutation-flood.html');
      const { page } = watched;
      const { extension } = watched;
      await waitInPage(page, () => (window as HostileWindow).flood?.elapsedMs !== null, SCAN_TIMEOUT_MS, 'the flood to end');
      await waitForFirstPaint(extension, page.url(), SCAN_TIMEOUT_MS);
      const timings = (await pageTimings(extension, page.url())) as PageTimings;
      const { mutations, nowMs } = await page.evaluate(() => ({ mutations: (window as HostileWindow).flood?.mutations ?? 0, nowMs: performance.now() }));
      // The observer waits for the page to settle before each re-scan, so however many mutations
      // arrive, scans are at least one settle period apart (plus the first scan and one in flight).
      const bound = 2 + Math.ceil((nowMs - timings.startedAtMs) / MUTATION_SETTLE_MS);
      expect(mutations).toBeGreaterThan(bound * 10);
      expect(timings.scans).toBeLessThanOrEqual(bound);
      expect(await marks(page)).toEqual(expect.arrayContaining(STORY_MARKS));
      await expectResponsive(page);
      expectQuiet(watched);
    } finally {
      await closeAll();
    }
  });

  it('marks the first part of an article of ten million characters', { timeout: BIG_PAGE_TEST_TIMEOUT_MS }, async () => {
    try {
      const watched = await visit('ten-megabytes.html');
      const { page } = watched;
      expect(await page.evaluate(() => (window as HostileWindow).articleChars)).toBeGreaterThanOrEqual(10_000_000);
      await waitForFirstScan(watched.extension, page.url(), BIG_PAGE_TEST_TIMEOUT_MS);
      const reply = await mentionsOf(watched);
      expect(reply.state).toBe('marked');
      expect(reply.truncated).toBe(true);
      expect(await marks(page)).toEqual(expect.arrayContaining(STORY_MARKS));
      await expectResponsive(page);
      expectQuiet(watched);
    } finally {
      await closeAll();
    }
  });

  it('marks a page of a hundred thousand nodes', { timeout: BIG_PAGE_TEST_TIMEOUT_MS }, async () => {
    try {
      const watched = await visit('hundred-thousand-nodes.html');
      const { page } = watched;
      expect(await page.evaluate(() => (window as HostileWindow).nodeCount)).toBeGreaterThanOrEqual(100_000);
      await waitForFirstScan(watched.extension, page.url(), BIG_PAGE_TEST_TIMEOUT_MS);
      expect((await mentionsOf(watched)).state).toBe('marked');
      expect(await marks(page)).toEqual(expect.arrayContaining(STORY_MARKS));
      await expectResponsive(page);
      expectQuiet(watched);
    } finally {
      await closeAll();
    }
  });

  it('marks the story at the bottom of elements nested five thousand deep', { timeout: BIG_PAGE_TEST_TIMEOUT_MS }, async () => {
    try {
      const watched = await visit('nesting-5000.html');
      const { page } = watched;
      expect(await page.evaluate(() => (window as HostileWindow).nestingDepth)).toBe(5000);
      await waitForFirstScan(watched.extension, page.url(), BIG_PAGE_TEST_TIMEOUT_MS);
      expect((await mentionsOf(watched)).state).toBe('marked');
      // The story is told twice, above the nesting and at its bottom: both are marked.
      const homan = (await marks(page)).filter((text) => text === 'Thomas Homan');
      expect(homan).toHaveLength(2);
      await expectResponsive(page);
      expectQuiet(watched);
    } finally {
      await closeAll();
    }
  });
});
