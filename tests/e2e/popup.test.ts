/**
 * The toolbar popup in real Chromium, opened as a page for a given tab (`popup.html?tab=N`):
 * entities grouped and counted, the filter box of long lists, the keyboard, every empty state,
 * axe, and screenshots in light and dark (saved to artifacts/screenshots/, not committed).
 * Expectations are derived from what the content script reports for the page.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { POPUP_FILTER_MIN_ENTITIES } from '../../src/constants';
import { message, useMessageCatalogue, type MessageCatalogue } from '../../src/i18n';
import { KINDS } from '../../src/kinds';
import type { PageMentionSummary } from '../../src/extension/messages';
import type { LaunchedBrowser } from '../../scripts/lib/browser';
import { REPO_ROOT } from '../../scripts/lib/paths';
import { waitForFirstScan, waitForMarks } from '../../scripts/lib/page-probes';
import { movingElements, runAxe } from './axe';
import { CHROMIUM_PATH, useChromiumSession } from './browser-env';

useMessageCatalogue(JSON.parse(readFileSync(path.join(REPO_ROOT, '_locales', 'en', 'messages.json'), 'utf8')) as MessageCatalogue, 'en-US');

const SCREENSHOT_DIR = path.join(REPO_ROOT, 'artifacts', 'screenshots');
const POPUP_VIEWPORT = { width: 400, height: 600 };

interface OpenArticle {
  readonly page: Page;
  readonly tabId: number;
}

describe.skipIf(CHROMIUM_PATH === null)('The popup in Chromium', () => {
  const session = useChromiumSession();
  let browser: LaunchedBrowser;
  const opened: Page[] = [];

  beforeAll(() => {
    browser = session().browser;
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });
  afterEach(async () => {
    for (const page of opened.splice(0)) if (!page.isClosed()) await page.close();
  });

  async function tabIdOf(url: string): Promise<number> {
    return browser.serviceWorker.evaluate(async (wanted) => {
      type TabsApi = { tabs: { query(filter: { url: string }): Promise<Array<{ id?: number }>> } };
      const [tab] = await (globalThis as unknown as { chrome: TabsApi }).chrome.tabs.query({ url: wanted });
      return tab?.id ?? -1;
    }, url);
  }

  async function openArticle(file: string, marked = true): Promise<OpenArticle> {
    const page = await browser.context.newPage();
    opened.push(page);
    await page.goto(`${session().server.origin}/${file}`);
    if (marked) await waitForMarks(page);
    else await waitForFirstScan(page, 15_000);
    return { page, tabId: await tabIdOf(page.url()) };
  }

  async function openPopup(tabId: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
    const popup = await browser.context.newPage();
    opened.push(popup);
    await popup.setViewportSize(POPUP_VIEWPORT);
    await popup.emulateMedia({ colorScheme });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForFunction(() => document.body.dataset.state !== undefined);
    return popup;
  }

  /** What the content script tells the popup, asked directly. */
  async function summaries(popup: Page, tabId: number): Promise<PageMentionSummary[]> {
    return popup.evaluate(async (id) => {
      type TabsApi = { tabs: { sendMessage(tab: number, request: unknown): Promise<{ mentions: PageMentionSummary[] }> } };
      const response = await (globalThis as unknown as { chrome: TabsApi }).chrome.tabs.sendMessage(id, { type: 'footnote:page-mentions' });
      return response.mentions;
    }, tabId);
  }

  async function statusText(popup: Page): Promise<string> {
    return (await popup.locator('#page-status').textContent())?.trim() ?? '';
  }

  async function setSwitch(popup: Page, selector: string, on: boolean): Promise<void> {
    await popup.locator(selector).setChecked(on);
  }

  for (const file of ['demo-article.html', 'pages/article-many-entities.html']) {
    it(`counts entities, not mentions, one row per entity, on ${file}`, async () => {
      const { tabId } = await openArticle(file);
      const popup = await openPopup(tabId);
      const mentions = await summaries(popup, tabId);
      for (const { kind, pluralMessage } of KINDS) {
        const keys = new Map<string, number>();
        for (const mention of mentions.filter((m) => m.kind === kind)) keys.set(mention.entityKey, (keys.get(mention.entityKey) ?? 0) + 1);
        const group = popup.locator(`#found-list section[data-kind="${kind}"]`);
        if (keys.size === 0) {
          expect(await group.count()).toBe(0);
          continue;
        }
        expect(await group.locator('h3').textContent()).toBe(`${message(pluralMessage)} · ${keys.size}`);
        const rows = group.locator('button.entity');
        const shown = await rows.evaluateAll((buttons) =>
          buttons.map((button) => [(button as HTMLElement).dataset.entityKey ?? '', Number(button.querySelector('.entity-count')?.textContent)] as const),
        );
        expect(new Map(shown)).toEqual(keys);
        expect(shown).toHaveLength(keys.size);
      }
      const total = new Set(mentions.map((mention) => `${mention.kind}:${mention.entityKey}`)).size;
      expect(await popup.locator('#filter').count()).toBe(total > POPUP_FILTER_MIN_ENTITIES ? 1 : 0);
    });
  }

  it('names entities as readers know them: no formal suffixes, acts by name', async () => {
    const { tabId } = await openArticle('pages/article-many-entities.html');
    const popup = await openPopup(tabId);
    const names = await popup.locator('.entity-name').allTextContents();
    expect(names).toContain('Joe Biden');
    expect(names).toContain('Voting Rights Act');
    expect(names.filter((name) => /\bJr\.$|Pub\. L\./.test(name))).toEqual([]);
    // Warren is named twice, spelled two ways: one row, two mentions.
    const warren = popup.locator('button.entity', { hasText: 'Elizabeth Warren' });
    expect(await warren.count()).toBe(1);
    expect(await warren.locator('.entity-count').textContent()).toBe('2');
  });

  it('filters a long list, and is operable from the keyboard alone', async () => {
    const { page, tabId } = await openArticle('pages/article-many-entities.html');
    const popup = await openPopup(tabId);
    const filter = popup.locator('#filter');
    const allRows = await popup.locator('button.entity').count();
    expect(allRows).toBeGreaterThan(POPUP_FILTER_MIN_ENTITIES);

    // The filter has the focus on opening, so the reader can type at once.
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('filter');
    // Every control is reached by Tab, from the top.
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const controls = await popup.locator('button:visible, input:visible').count();
    const reached = new Set<string>();
    for (let step = 0; step < controls; step++) {
      await popup.keyboard.press('Tab');
      reached.add(await popup.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        return active ? `${active.id}|${active.dataset.entityKey ?? active.dataset.kind ?? active.textContent}` : '';
      }));
    }
    expect(reached.size).toBe(controls);

    await filter.focus();
    await popup.keyboard.type('bide');
    await expect.poll(() => popup.locator('button.entity').count()).toBeLessThan(allRows);
    expect(await popup.locator('.entity-name').allTextContents()).toEqual(['Joe Biden']);
    expect(await popup.locator('[role="status"].visually-hidden').textContent()).toBe(message('popupSearchResults', '1'));
    await popup.keyboard.press('Escape');
    expect(await popup.locator('button.entity').count()).toBe(allRows);

    // Arrows move between rows; End and Home jump.
    await popup.keyboard.press('ArrowDown');
    const focusedKey = (): Promise<string | undefined> => popup.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.entityKey);
    const keys = await popup.locator('button.entity').evaluateAll((buttons) => buttons.map((button) => (button as HTMLElement).dataset.entityKey));
    expect(await focusedKey()).toBe(keys[0]);
    await popup.keyboard.press('ArrowDown');
    expect(await focusedKey()).toBe(keys[1]);
    await popup.keyboard.press('End');
    expect(await focusedKey()).toBe(keys.at(-1));
    await popup.keyboard.press('Home');
    expect(await focusedKey()).toBe(keys[0]);

    // Typing and Enter goes to the first match in the article and opens its card.
    await filter.focus();
    await popup.keyboard.type('warren');
    // Only the key press: the popup closes itself once the card is open, before any key-up.
    await popup.keyboard.down('Enter');
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getAttribute('aria-label')).toContain('Warren');
    await page.keyboard.press('Escape');
  });

  it('says why nothing is marked, and offers the way back', async () => {
    const { tabId } = await openArticle('demo-article.html');
    const popup = await openPopup(tabId);
    expect(await popup.evaluate(() => document.body.dataset.state)).toBe('found');

    await setSwitch(popup, '#enabled', false);
    await expect.poll(() => statusText(popup)).toBe(message('popupStatusOffEverywhere'));
    await popup.locator('body').screenshot({ path: path.join(SCREENSHOT_DIR, 'popup-empty-off-light.png') });
    await popup.getByRole('button', { name: message('popupTurnOn') }).click();
    await expect.poll(() => popup.evaluate(() => document.body.dataset.state)).toBe('found');
    expect(await popup.locator('#enabled').isChecked()).toBe(true);

    const host = new URL(session().server.origin).hostname;
    await setSwitch(popup, '#site-enabled', false);
    await expect.poll(() => statusText(popup)).toBe(message('popupStatusOffForSite', host));
    await popup.getByRole('button', { name: message('popupTurnOnForSite') }).click();
    await expect.poll(() => popup.evaluate(() => document.body.dataset.state)).toBe('found');

    for (const { kind } of KINDS) await setSwitch(popup, `input[data-kind="${kind}"]`, false);
    await expect.poll(() => statusText(popup)).toBe(message('popupStatusAllKindsOff'));
    for (const { kind } of KINDS) await setSwitch(popup, `input[data-kind="${kind}"]`, true);
    await expect.poll(() => popup.evaluate(() => document.body.dataset.state)).toBe('found');

    const nonArticle = await openArticle('pages/nonarticle-dashboard.html', false);
    const nonArticlePopup = await openPopup(nonArticle.tabId, 'dark');
    expect(await statusText(nonArticlePopup)).toBe(message('popupStatusNotArticle'));
    await nonArticlePopup.locator('body').screenshot({ path: path.join(SCREENSHOT_DIR, 'popup-empty-not-article-dark.png') });

    const blank = await browser.context.newPage();
    opened.push(blank);
    await blank.goto('about:blank');
    const blankPopup = await openPopup(await tabIdOf('about:blank'));
    expect(await statusText(blankPopup)).toBe(message('popupStatusNotWebPage'));
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no serious accessibility violations in ${colorScheme}, and is saved as a screenshot`, async () => {
      const { tabId } = await openArticle('pages/article-many-entities.html');
      const popup = await openPopup(tabId, colorScheme);
      const audit = await runAxe(popup);
      expect(audit.seriousViolations).toEqual([]);
      expect(audit.passedTargets.some((target) => target.includes('.entity'))).toBe(true);
      await popup.locator('body').screenshot({ path: path.join(SCREENSHOT_DIR, `popup-${colorScheme}.png`) });
    });
  }

  it('has no motion under prefers-reduced-motion, and fits a 200% zoom', async () => {
    const { tabId } = await openArticle('demo-article.html');
    const popup = await openPopup(tabId);
    await popup.emulateMedia({ reducedMotion: 'reduce' });
    expect(await movingElements(popup)).toEqual([]);
    // The browser caps popups at 800 px wide: at 200% the content must still fit without sideways scrolling.
    await popup.setViewportSize({ width: 800, height: 600 });
    await popup.evaluate(() => {
      document.documentElement.style.zoom = '2';
    });
    const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await popup.locator('body').screenshot({ path: path.join(SCREENSHOT_DIR, 'popup-zoom-200.png') });
  });
});
