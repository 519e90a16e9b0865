/**
 * The toolbar popup, opened as a page for a given tab (`popup.html?tab=N`): entities grouped and
 * counted, the filter box of long lists, the keyboard, the empty states, axe and screenshots in
 * light and dark, reduced motion and 200% zoom, in both browsers (Firefox is started with the
 * reader's preferences; screenshots go to artifacts/screenshots/, not committed, named by
 * browser). Expectations are derived from what the content script reports for the page.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { POPUP_FILTER_MIN_ENTITIES } from '../../src/constants';
import { message, useMessageCatalogue, type MessageCatalogue } from '../../src/i18n';
import { KINDS } from '../../src/kinds';
import type { PageMentionsReply } from '../../src/extension/messages';
import { REPO_ROOT } from '../../scripts/lib/paths';
import { markedStrings, waitForFirstScan, waitForMarks } from '../../scripts/lib/page-probes';
import { cardLabel } from './harness/card-probes';
import { BROWSER_NAME, describeInBrowser, type BrowserSession } from './harness/session';
import { movingElements, runAxe } from './axe';

useMessageCatalogue(JSON.parse(readFileSync(path.join(REPO_ROOT, '_locales', 'en', 'messages.json'), 'utf8')) as MessageCatalogue, 'en-US');

const SCREENSHOT_DIR = path.join(REPO_ROOT, 'artifacts', 'screenshots');
const MANY = 'pages/article-many-entities.html';

async function screenshotBody(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const body = await page.$('body');
  await body!.screenshot({ path: `${path.join(SCREENSHOT_DIR, `${BROWSER_NAME}-${name}`)}.png` });
}

/** Opens `file` in a tab (waiting for its marks, or for its first scan when none are expected) and the popup for it. */
async function openArticleIn(session: BrowserSession, file: string, marked = true): Promise<{ page: Page; popup: Page }> {
  const page = await session.open(file);
  if (marked) await waitForMarks(page);
  else {
    // The content script reports its scans to the extension only, so an extension page asks for them.
    const extensionPage = await session.browser.openExtensionPage('popup.html');
    await waitForFirstScan(extensionPage, page.url(), 15_000);
    await extensionPage.close();
  }
  const popup = await session.openPopup(page);
  await expect.poll(() => popupState(popup)).not.toBe(undefined);
  return { page, popup };
}

async function popupState(popup: Page): Promise<string | undefined> {
  return popup.evaluate(() => document.body.dataset.state);
}

async function statusText(popup: Page): Promise<string> {
  return popup.evaluate(() => document.querySelector('#page-status')?.textContent.trim() ?? '');
}

async function clickButtonNamed(popup: Page, name: string): Promise<void> {
  await popup.evaluate((wanted) => {
    const button = Array.from(document.querySelectorAll('button')).find((candidate) => candidate.textContent === wanted);
    if (!button) throw new Error(`no button "${wanted}"`);
    button.click();
  }, name);
}

async function focusedKey(popup: Page): Promise<string | undefined> {
  return popup.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.entityKey);
}

describeInBrowser('the popup', (session) => {
  const openArticle = (file: string, marked = true): Promise<{ page: Page; popup: Page }> => openArticleIn(session(), file, marked);

  for (const file of ['demo-article.html', MANY]) {
    it(`counts entities, not mentions, one row per entity, on ${file}`, async () => {
      const { page, popup } = await openArticle(file);
      await expect.poll(() => popupState(popup)).toBe('found');
      const tabId = await session().tabIdOf(page);
      const response = (await session().inExtension((api, id) => api.tabs.sendMessage(id, { type: 'footnote:page-mentions' }), tabId)) as PageMentionsReply;
      for (const { kind, pluralMessage } of KINDS) {
        const expected = new Map<string, number>();
        for (const mention of response.mentions.filter((m) => m.kind === kind)) expected.set(mention.entityKey, (expected.get(mention.entityKey) ?? 0) + 1);
        const shown = await popup.evaluate(
          (k) => ({
            heading: document.querySelector(`#found-list section[data-kind="${k}"] h3`)?.textContent ?? null,
            rows: Array.from(document.querySelectorAll<HTMLElement>(`#found-list section[data-kind="${k}"] button.entity`), (row) => [
              row.dataset.entityKey ?? '',
              Number(row.querySelector('.entity-count')?.textContent),
            ] as [string, number]),
          }),
          kind,
        );
        expect(shown.heading).toBe(expected.size === 0 ? null : `${message(pluralMessage)} · ${expected.size}`);
        expect(shown.rows).toHaveLength(expected.size);
        expect(new Map(shown.rows)).toEqual(expected);
      }
      const total = new Set(response.mentions.map((mention) => `${mention.kind}:${mention.entityKey}`)).size;
      expect(await popup.evaluate(() => document.querySelectorAll('#filter').length)).toBe(total > POPUP_FILTER_MIN_ENTITIES ? 1 : 0);
    });
  }

  it('names entities as readers know them: no formal suffixes, acts by name, one row per person', async () => {
    const { popup } = await openArticle(MANY);
    await expect.poll(() => popupState(popup)).toBe('found');
    const names = await popup.evaluate(() => Array.from(document.querySelectorAll('.entity-name'), (name) => name.textContent));
    expect(names).toContain('Joe Biden');
    expect(names).toContain('Voting Rights Act');
    expect(names.filter((name) => /\bJr\.$|Pub\. L\./.test(name))).toEqual([]);
    // Warren is named twice, spelled two ways: one row, two mentions.
    expect(names.filter((name) => name.includes('Warren'))).toEqual(['Elizabeth Warren']);
  });

  it('filters a long list, and is operable from the keyboard alone', async () => {
    const { page, popup } = await openArticle(MANY);
    await expect.poll(() => popupState(popup)).toBe('found');
    const rowCount = (): Promise<number> => popup.evaluate(() => document.querySelectorAll('button.entity').length);
    const allRows = await rowCount();
    expect(allRows).toBeGreaterThan(POPUP_FILTER_MIN_ENTITIES);
    // The filter has the focus on opening, so the reader can type at once.
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('filter');

    // Every control is reached by Tab, from the top.
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const controls = await popup.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('button, input')).filter((control) => control.offsetParent !== null).length);
    const reached = new Set<string>();
    for (let step = 0; step < controls; step++) {
      await popup.keyboard.press('Tab');
      reached.add(
        await popup.evaluate(() => {
          const active = document.activeElement as HTMLElement | null;
          return active ? `${active.id}|${active.dataset.entityKey ?? active.dataset.kind ?? active.textContent}` : '';
        }),
      );
    }
    expect(reached.size).toBe(controls);

    await popup.focus('#filter');
    await popup.keyboard.type('bide');
    await expect.poll(rowCount).toBeLessThan(allRows);
    expect(await popup.evaluate(() => Array.from(document.querySelectorAll('.entity-name'), (name) => name.textContent))).toEqual(['Joe Biden']);
    expect(await popup.evaluate(() => document.querySelector('[role="status"].visually-hidden')?.textContent)).toBe(message('popupSearchResults', '1'));
    await popup.keyboard.press('Escape');
    expect(await rowCount()).toBe(allRows);

    // Arrows move between rows; End and Home jump.
    const keys = await popup.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('button.entity'), (row) => row.dataset.entityKey));
    await popup.keyboard.press('ArrowDown');
    expect(await focusedKey(popup)).toBe(keys[0]);
    await popup.keyboard.press('ArrowDown');
    expect(await focusedKey(popup)).toBe(keys[1]);
    await popup.keyboard.press('End');
    expect(await focusedKey(popup)).toBe(keys.at(-1));
    await popup.keyboard.press('Home');
    expect(await focusedKey(popup)).toBe(keys[0]);

    // Typing and Enter goes to the first match in the article and opens its card.
    await popup.focus('#filter');
    await popup.keyboard.type('warren');
    // Only the key press: the popup closes itself once the card is open, before any key-up.
    await popup.keyboard.down('Enter');
    await expect.poll(() => cardLabel(page)).toContain('Warren');
  });

  it('says why nothing is marked, and offers the way back', async () => {
    const { page, popup } = await openArticle('demo-article.html');
    await expect.poll(() => popupState(popup)).toBe('found');

    await popup.click('#enabled');
    await expect.poll(() => statusText(popup)).toBe(message('popupStatusOffEverywhere'));
    await screenshotBody(popup, 'popup-empty-off');
    await clickButtonNamed(popup, message('popupTurnOn'));
    await expect.poll(() => popupState(popup)).toBe('found');
    expect(await popup.evaluate(() => document.querySelector<HTMLInputElement>('#enabled')?.checked)).toBe(true);

    const host = new URL(page.url()).hostname;
    await popup.click('#site-enabled');
    await expect.poll(() => statusText(popup)).toBe(message('popupStatusOffForSite', host));
    await clickButtonNamed(popup, message('popupTurnOnForSite'));
    await expect.poll(() => popupState(popup)).toBe('found');

    for (const { kind } of KINDS) await popup.click(`input[data-kind="${kind}"]`);
    await expect.poll(() => statusText(popup)).toBe(message('popupStatusAllKindsOff'));
    for (const { kind } of KINDS) await popup.click(`input[data-kind="${kind}"]`);
    await expect.poll(() => popupState(popup)).toBe('found');

    const nonArticle = await openArticle('pages/nonarticle-dashboard.html', false);
    await expect.poll(() => statusText(nonArticle.popup)).toBe(message('popupStatusNotArticle'));

    const portuguese = await openArticle('pages/article-short-portuguese.html', false);
    await expect.poll(() => statusText(portuguese.popup)).toBe(message('popupStatusNotEnglish'));
    expect(Object.values(await markedStrings(portuguese.page)).flat()).toEqual([]);
  });

});

for (const scheme of ['light', 'dark'] as const) {
  describeInBrowser(
    `the popup in ${scheme}`,
    (session) => {
      it('has no serious accessibility violations, and is saved as a screenshot', async () => {
        const { popup } = await openArticleIn(session(), MANY);
        expect(await popup.evaluate((query) => matchMedia(query).matches, `(prefers-color-scheme: ${scheme})`)).toBe(true);
        await expect.poll(() => popupState(popup)).toBe('found');
        const audit = await runAxe(popup);
        expect(audit.seriousViolations).toEqual([]);
        expect(audit.passedTargets.some((target) => target.includes('entity'))).toBe(true);
        await screenshotBody(popup, `popup-${scheme}`);
        const empty = await openArticleIn(session(), 'pages/nonarticle-dashboard.html', false);
        await expect.poll(() => statusText(empty.popup)).toBe(message('popupStatusNotArticle'));
        expect((await runAxe(empty.popup)).seriousViolations).toEqual([]);
        await screenshotBody(empty.popup, `popup-empty-not-article-${scheme}`);
      });
    },
    { colorScheme: scheme },
  );
}

describeInBrowser(
  'the popup under prefers-reduced-motion and 200% zoom',
  (session) => {
    it('has no motion, and fits a 200% zoom without scrolling sideways', async () => {
      const { popup } = await openArticleIn(session(), 'demo-article.html');
      expect(await popup.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
      expect(await movingElements(popup)).toEqual([]);
      // The browser caps popups at 800 px wide: at 200% the content must still fit without sideways scrolling.
      await popup.setViewport({ width: 800, height: 600 });
      await popup.evaluate(() => {
        document.documentElement.style.zoom = '2';
      });
      expect(await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await screenshotBody(popup, 'popup-zoom-200');
    });
  },
  { reducedMotion: true },
);
