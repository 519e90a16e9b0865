/**
 * The built extension in real headless Chromium on the demo article served from 127.0.0.1:
 * what is painted, the card, the popup switch, and that nothing leaves the machine.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { LaunchedBrowser } from '../../scripts/lib/browser';
import { CHROMIUM_PATH, useChromiumSession } from './browser-env';
import { markCentre, markedStrings, waitForFirstPaint, waitForMarks, waitForTimings } from '../../scripts/lib/page-probes';

describe.skipIf(CHROMIUM_PATH === null)('Footnote on the demo article in Chromium', () => {
  const session = useChromiumSession();
  let browser: LaunchedBrowser;
  let page: Page;
  /** The page's DOM with marks painted: highlights never touch it. */
  let pageAsServed = '';
  const requestedUrls: string[] = [];

  beforeAll(async () => {
    browser = session().browser;
    browser.context.on('request', (request) => requestedUrls.push(request.url()));
    page = await browser.context.newPage();
    await page.goto(`${session().server.origin}/demo-article.html`);
    await waitForMarks(page);
    pageAsServed = await page.evaluate(() => document.documentElement.outerHTML);
  });

  async function demoTabId(): Promise<number> {
    return browser.serviceWorker.evaluate(async (url) => {
      type TabsApi = { tabs: { query(filter: { url: string }): Promise<Array<{ id?: number }>> } };
      const [tab] = await (globalThis as unknown as { chrome: TabsApi }).chrome.tabs.query({ url });
      return tab?.id ?? -1;
    }, page.url());
  }


  it('paints exactly the people, statutes and statistics of the body, one highlight name per kind', async () => {
    const marks = await markedStrings(page);
    expect(marks['footnote-person']).toEqual([
      'Thomas Homan',
      'Mr. Homan',
      'President Donald Trump',
      'Homan',
      'President Barack Obama',
      'Homan',
      'Secretary Kristi Noem',
      'Sen. Chuck Grassley',
      'Maria Ocampo',
      'Obama',
      'Ocampo',
    ]);
    expect(marks['footnote-statute']).toEqual(['8 U.S.C. § 1324', 'section 274 of the Immigration and Nationality Act', 'Tenth Amendment']);
    expect(marks['footnote-statistic']).toEqual([
      'roughly 340',
      'more than 1,800',
      'up to five years',
      'as many as 10 years',
      'about 409,000',
      'roughly 3.7 million',
      '$2.5 billion',
      'less than 20 percent',
      'nearly 60%',
      'more than a decade',
    ]);
  });

  it('shows the number of marks on the toolbar badge', async () => {
    const tabId = await demoTabId();
    const badge = await browser.serviceWorker.evaluate((id) => {
      type ActionApi = { action: { getBadgeText(details: { tabId: number }): Promise<string> } };
      return (globalThis as unknown as { chrome: ActionApi }).chrome.action.getBadgeText({ tabId: id });
    }, tabId);
    expect(badge).toBe('24');
  });

  it('leaves the headline, nav, share bar, teasers, comments and footer unmarked', async () => {
    const all = Object.values(await markedStrings(page)).flat();
    for (const outside of ['Elizabeth Warren', 'Sen. Elizabeth Warren', '8 U.S.C. 1325', '18 U.S.C. 1001', 'First Amendment', '$4 billion', '1,200', '30 percent', '45 million dollars', 'Barack Obama']) {
      expect(all).not.toContain(outside);
    }
  });

  it('opens a card named after the person on click; Escape closes it and focus comes back', async () => {
    const point = await markCentre(page, 'footnote-person', 'Thomas Homan');
    await page.mouse.click(point.x, point.y);
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getAttribute('aria-label')).toContain('Thomas Homan');
    expect(await dialog.textContent()).toContain('acting director');
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('footnote-ui');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('body');
  });

  it('shows the statute card with its heading and the crosswalked act section', async () => {
    const point = await markCentre(page, 'footnote-statute', '8 U.S.C. § 1324');
    await page.mouse.click(point.x, point.y);
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getAttribute('aria-label')).toContain('8 U.S.C. § 1324');
    expect(await dialog.textContent()).toMatch(/Bringing in and harboring certain aliens/i);
    await page.keyboard.press('Escape');
  });

  it('opens a card after the pointer rests on a mark, without taking focus', async () => {
    const point = await markCentre(page, 'footnote-statistic', 'about 409,000');
    await page.mouse.move(point.x, point.y);
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible(), { timeout: 3_000 }).toBe(true);
    expect(await dialog.getAttribute('aria-label')).toMatch(/^about 409,000 — .*[Rr]emovals/);
    expect(await dialog.textContent()).toContain('Official figure');
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('body');
    await page.mouse.move(5, 5);
    await expect.poll(() => dialog.isVisible(), { timeout: 3_000 }).toBe(false);
  });

  it('reaches marks by keyboard: the shortcut moves between marks and Enter opens the card', async () => {
    const tabId = await demoTabId();
    const step = (direction: 1 | -1): Promise<unknown> =>
      browser.serviceWorker.evaluate(
        ([id, dir]) => {
          type TabsApi = { tabs: { sendMessage(tab: number, message: unknown): Promise<unknown> } };
          return (globalThis as unknown as { chrome: TabsApi }).chrome.tabs.sendMessage(id, { type: 'footnote:step-mark', direction: dir });
        },
        [tabId, direction] as const,
      );
    await step(1);
    await step(1);
    const focusRing = await page.evaluate(() => Array.from((CSS.highlights.get('footnote-focus') ?? []) as Iterable<AbstractRange>, (r) => (r as Range).toString()));
    expect(focusRing).toEqual(['8 U.S.C. § 1324']);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getAttribute('aria-label')).toBe('8 U.S.C. § 1324');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => CSS.highlights.has('footnote-focus'))).toBe(false);
  });

  it('lists what was found in the popup, grouped by kind, and goes to a mark on click', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await demoTabId()}`);
    await expect.poll(() => popup.locator('#found-list h3').allTextContents()).toEqual(['People (11)', 'Laws (3)', 'Statistics (10)']);
    expect(await popup.locator('#knowledge-date').textContent()).toMatch(/^Knowledge file as of \d{4}-\d{2}-\d{2}\.$/);
    // The act's own section is listed under the U.S. Code section the crosswalk maps it to.
    expect(await popup.locator('#found-list [data-kind="statute"] button').allTextContents()).toEqual(['8 U.S.C. § 1324 ×2', 'U.S. Const. amend. X']);
    expect(await popup.locator('#found-list [data-kind="person"] button').first().textContent()).toBe('Thomas Homan ×4');
    await popup.locator('#found-list [data-kind="statute"] button').nth(1).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getAttribute('aria-label')).toBe('U.S. Const. amend. X');
    expect(await dialog.textContent()).toContain('Tenth Amendment');
    await page.keyboard.press('Escape');
    if (!popup.isClosed()) await popup.close();
  });

  it('turns every highlight off from the popup and back on, live', async () => {
    const tabId = await demoTabId();
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('#found-list li').count()).toBeGreaterThan(5);
    expect(await page.evaluate(() => document.querySelector('footnote-ui') !== null)).toBe(true);
    await popup.locator('#enabled').uncheck();
    await expect.poll(async () => Object.values(await markedStrings(page)).flat().length).toBe(0);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    // Cards opened by the tests above leave nothing behind either.
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(pageAsServed);
    await popup.locator('#enabled').check();
    await expect.poll(async () => (await markedStrings(page))['footnote-statute']?.length).toBe(3);
    await popup.close();
  });

  it('enables a site for good, and a re-injected content script replaces the running one', async () => {
    const tabId = await demoTabId();
    const before = await markedStrings(page);
    const firstInstance = await waitForFirstPaint(browser.serviceWorker, page.url(), 10_000);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    const registered = await popup.evaluate(
      async ([id, origin]) => {
        type Api = {
          runtime: { sendMessage(message: unknown): Promise<unknown> };
          scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>> };
        };
        const api = (globalThis as unknown as { chrome: Api }).chrome;
        await api.runtime.sendMessage({ type: 'footnote:enable-site', origin, tabId: id });
        return api.scripting.getRegisteredContentScripts();
      },
      [tabId, new URL(page.url()).origin] as const,
    );
    await popup.close();
    expect(registered.map((script) => [script.id, script.matches])).toEqual([['footnote-site:http://127.0.0.1/*', ['http://127.0.0.1/*']]]);
    await waitForTimings(browser.serviceWorker, page.url(), (timings) => timings.startedAtMs > firstInstance.startedAtMs, 10_000);
    await expect.poll(() => markedStrings(page)).toEqual(before);
    const point = await markCentre(page, 'footnote-person', 'Thomas Homan');
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('footnote-ui').length)).toBe(1);
    await page.keyboard.press('Escape');
  });

  it('sends no request to any host but 127.0.0.1', () => {
    const hosts = new Set(requestedUrls.filter((url) => /^https?:/.test(url)).map((url) => new URL(url).hostname));
    expect([...hosts]).toEqual(['127.0.0.1']);
  });
});
