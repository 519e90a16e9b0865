/**
 * What a tab tells the extension about itself (its state for the popup, its timings for the
 * benchmarks), and that it tells the page nothing: no entry in the page's performance timeline.
 */
import { expect, it } from 'vitest';
import { markedStrings, pageMentions, waitForFirstPaint, waitForFirstScan } from '../../scripts/lib/page-probes';
import { describeInBrowser } from './harness/session';

describeInBrowser('the page report', (session) => {
  it('leaves no Footnote entry in the page performance timeline, and reports its timings to the extension', async () => {
    const page = await session().open('demo-article.html');
    const extension = await session().openPopup(page);
    const timings = await waitForFirstPaint(extension, page.url(), 20_000);
    expect(timings.scans).toBeGreaterThan(0);
    expect(timings.firstPaintAtMs).toBeGreaterThanOrEqual(timings.startedAtMs);
    expect(timings.longestScanMs).not.toBeNull();
    expect(timings.longestPaintMs).not.toBeNull();
    const entries = await page.evaluate(() => performance.getEntries().map((entry) => `${entry.entryType} ${entry.name}`));
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.filter((entry) => /footnote/i.test(entry))).toEqual([]);
  });

  it('says why a page is marked, or why it is not', async () => {
    const article = await session().open('demo-article.html');
    const extension = await session().openPopup(article);
    await waitForFirstPaint(extension, article.url(), 20_000);
    const marked = await pageMentions(extension, article.url());
    const painted = Object.values(await markedStrings(article)).flat();
    expect(marked).toMatchObject({ state: 'marked', error: null, truncated: false });
    expect(marked?.mentions.map((mention) => mention.text).sort()).toEqual([...painted].sort());

    const front = await session().open('pages/nonarticle-section-front.html');
    await waitForFirstScan(extension, front.url(), 20_000);
    expect(await pageMentions(extension, front.url())).toEqual({ state: 'not-an-article', error: null, truncated: false, mentions: [] });
  });
});
