/**
 * The reader decides: on a page Footnote declines as "not an article", the popup offers
 * "Annotate this page anyway", which marks the page's largest block of prose for this page view.
 */
import { expect, it } from 'vitest';
import { markedStrings, pageMentions, waitForFirstScan, waitForMarks } from '../../scripts/lib/page-probes';
import { describeInBrowser } from './harness/session';

const DECLINED_PAGE = 'pages/nonarticle-reading-list.html';

describeInBrowser('annotate this page anyway', (session) => {
  it('is offered on a declined page, and marks its largest block once the reader asks', async () => {
    const page = await session().open(DECLINED_PAGE);
    const probe = await session().openPopup(page);
    await waitForFirstScan(probe, page.url(), 20_000);
    expect(await pageMentions(probe, page.url())).toMatchObject({ state: 'not-an-article', mentions: [] });
    expect(Object.values(await markedStrings(page)).flat()).toEqual([]);

    // A popup opened once the page has been read shows its empty state with the reader's way out.
    const popup = await session().openPopup(page);
    const button = await popup.waitForSelector('#annotate-anyway:not([hidden])', { timeout: 10_000 });
    expect(button).not.toBeNull();
    await button?.click();
    await waitForMarks(page);

    const marked = await markedStrings(page);
    const reply = await pageMentions(popup, page.url());
    expect(reply?.state).toBe('marked');
    const painted = Object.values(marked).flat();
    expect(painted.length).toBeGreaterThan(0);
    expect([...painted].sort()).toEqual([...(reply?.mentions ?? []).map((mention) => mention.text)].sort());
    expect(painted).toContain('Thomas Homan');
    expect(painted.some((text) => text.includes('1324'))).toBe(true);
  });

  it('does not carry the choice to the next page the tab opens', async () => {
    const page = await session().open(DECLINED_PAGE);
    const popup = await session().openPopup(page);
    await waitForFirstScan(popup, page.url(), 20_000);
    const tabId = await session().tabIdOf(page);
    const chosen = await session().inExtension((api, id) => api.tabs.sendMessage(id, { type: 'footnote:annotate-anyway' }), tabId);
    expect(chosen).toBe(true);
    await waitForMarks(page);

    await page.goto(`${session().server.origin}/pages/nonarticle-section-front.html`);
    await waitForFirstScan(popup, page.url(), 20_000);
    expect(await pageMentions(popup, page.url())).toMatchObject({ state: 'not-an-article', mentions: [] });
    expect(Object.values(await markedStrings(page)).flat()).toEqual([]);
  });
});
