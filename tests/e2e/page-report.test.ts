/**
 * What a tab tells the extension about itself (its state for the popup, its timings for the
 * benchmarks), and that it tells the page nothing: no entry in the page's performance timeline.
 */
import { describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, useChromiumSession } from './browser-env';
import { markedStrings, pageMentions, waitForFirstPaint, waitForFirstScan } from '../../scripts/lib/page-probes';

describe.skipIf(CHROMIUM_PATH === null)('the page report in Chromium', () => {
  const session = useChromiumSession();

  it('leaves no Footnote entry in the page performance timeline, and reports its timings to the extension', async () => {
    const page = await session().browser.context.newPage();
    await page.goto(`${session().server.origin}/demo-article.html`);
    const timings = await waitForFirstPaint(session().browser.serviceWorker, page.url(), 20_000);
    expect(timings.scans).toBeGreaterThan(0);
    expect(timings.firstPaintAtMs!).toBeGreaterThanOrEqual(timings.startedAtMs);
    expect(timings.longestScanMs).not.toBeNull();
    expect(timings.longestPaintMs).not.toBeNull();
    const entries = await page.evaluate(() => performance.getEntries().map((entry) => `${entry.entryType} ${entry.name}`));
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.filter((entry) => /footnote/i.test(entry))).toEqual([]);
    await page.close();
  });

  it('says why a page is marked, or why it is not', async () => {
    const worker = session().browser.serviceWorker;
    const article = await session().browser.context.newPage();
    await article.goto(`${session().server.origin}/demo-article.html`);
    await waitForFirstPaint(worker, article.url(), 20_000);
    const marked = await pageMentions(worker, article.url());
    const painted = Object.values(await markedStrings(article)).flat();
    expect(marked).toMatchObject({ state: 'marked', error: null, truncated: false });
    expect(marked!.mentions.map((mention) => mention.text).sort()).toEqual([...painted].sort());
    await article.close();

    const front = await session().browser.context.newPage();
    await front.goto(`${session().server.origin}/pages/nonarticle-section-front.html`);
    await waitForFirstScan(worker, front.url(), 20_000);
    expect(await pageMentions(worker, front.url())).toEqual({ state: 'not-an-article', error: null, truncated: false, mentions: [] });
    await front.close();
  });
});
