/**
 * Footnote on a phone: a 390×844 screen with touch input (Chromium emulates a touch screen;
 * Firefox gets a window that size and the same touch pointer events). A tap opens a card and a
 * tap outside closes it, a swipe that starts on a mark only scrolls, a resting finger is not a
 * hover, the card is a bottom sheet that fits the screen, and the popup works at that width.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { HOVER_DWELL_MS } from '../../src/constants';
import { REPO_ROOT } from '../../scripts/lib/paths';
import { markCentre, markedStrings, waitForMarks } from '../../scripts/lib/page-probes';
import { openCard } from './harness/card-probes';
import { browserLacks, describeInBrowser, PHONE_VIEWPORT } from './harness/session';

const SCREENSHOTS_DIR = path.join(REPO_ROOT, 'artifacts', 'screenshots');
/** Longer than the dwell, with room for a slow machine to have opened a card if it were going to. */
const LONGER_THAN_DWELL_MS = HOVER_DWELL_MS * 3;

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function viewport(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => ({ width: window.visualViewport?.width ?? innerWidth, height: window.visualViewport?.height ?? innerHeight }));
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS_DIR, `${name}.png`) });
}

describeInBrowser('on a phone-sized touch screen', (session) => {
  async function openDemoOnPhone(): Promise<Page> {
    const page = await session().open('demo-article.html', { phone: true });
    await waitForMarks(page);
    return page;
  }

  it('opens a card on a tap, as a bottom sheet that fits the screen with its mark above it; a tap outside closes it', async () => {
    const page = await openDemoOnPhone();
    const screen = await viewport(page);
    expect(screen).toEqual(PHONE_VIEWPORT);
    const point = await markCentre(page, 'footnote-person', 'Thomas Homan');
    await page.touchscreen.tap(point.x, point.y);
    await expect.poll(async () => (await openCard(page))?.label).toContain('Thomas Homan');
    const card = (await openCard(page))!;
    expect(card.sheet).toBe(true);
    expect(card.rect.left).toBe(0);
    expect(card.rect.right).toBeCloseTo(screen.width, 0);
    expect(card.rect.bottom).toBeCloseTo(screen.height, 0);
    expect(card.rect.top).toBeGreaterThan(0);
    const markRect = await page.evaluate(() => {
      for (const range of (CSS.highlights.get('footnote-person') ?? []) as Iterable<AbstractRange>) {
        if ((range as Range).toString() === 'Thomas Homan') return (range as Range).getBoundingClientRect().toJSON() as DOMRect;
      }
      return null;
    });
    expect(markRect!.top).toBeGreaterThanOrEqual(0);
    expect(markRect!.bottom).toBeLessThanOrEqual(card.rect.top);
    await screenshot(page, `${session().name}-card-phone`);
    // A tap on plain text above the sheet, on no mark.
    const plain = await page.evaluate((sheetTop) => {
      for (const paragraph of Array.from(document.querySelectorAll('article p'))) {
        const box = paragraph.getBoundingClientRect();
        if (box.top > 0 && box.bottom < sheetTop) return { x: box.right - 4, y: box.bottom - 4 };
      }
      return { x: 4, y: 4 };
    }, card.rect.top);
    await page.touchscreen.tap(plain.x, plain.y);
    await expect.poll(() => openCard(page)).toBeNull();
  });

  it('opens nothing under a finger that rests on a mark: touch has no hover', async () => {
    const page = await openDemoOnPhone();
    const point = await markCentre(page, 'footnote-statistic', 'about 409,000');
    const touch = await page.touchscreen.touchStart(point.x, point.y);
    await touch.move(point.x + 1, point.y + 1);
    await pause(LONGER_THAN_DWELL_MS);
    expect(await openCard(page)).toBeNull();
    await touch.end();
  });

  it('scrolls, and opens nothing, when a swipe starts on a mark', async ({ skip }) => {
    const page = await openDemoOnPhone();
    const point = await markCentre(page, 'footnote-statistic', 'about 409,000');
    const before = await page.evaluate(() => scrollY);
    const touch = await page.touchscreen.touchStart(point.x, point.y);
    for (let step = 1; step <= 6; step++) await touch.move(point.x, point.y - step * 50);
    await touch.end();
    await pause(LONGER_THAN_DWELL_MS);
    expect(await openCard(page)).toBeNull();
    const gap = browserLacks('touch-panning');
    if (gap) skip(gap);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(before);
  });

  it('scrolls a card longer than its sheet inside the sheet', async () => {
    const page = await openDemoOnPhone();
    // A short screen (a phone with its keyboard up, or a small phone): the sheet is short too.
    const touch = browserLacks('touch-emulation') === undefined;
    await page.setViewport({ width: PHONE_VIEWPORT.width, height: 420, deviceScaleFactor: 1, hasTouch: touch, isMobile: touch });
    const point = await markCentre(page, 'footnote-person', 'Thomas Homan');
    await page.touchscreen.tap(point.x, point.y);
    await expect.poll(() => openCard(page)).not.toBeNull();
    const card = (await openCard(page))!;
    const screen = await viewport(page);
    expect(card.sheet).toBe(true);
    expect(card.rect.top).toBeGreaterThanOrEqual(0);
    expect(card.rect.bottom).toBeCloseTo(screen.height, 0);
    expect(card.scrollable).toBe(true);
  });

  it('shows a usable popup at phone width: nothing overflows, and a tap on a listed item opens its card', async () => {
    const page = await openDemoOnPhone();
    const marks = await markedStrings(page);
    const popup = await session().openPopup(page, { phone: true });
    await expect.poll(() => popup.evaluate(() => document.querySelectorAll('#found-list li').length)).toBeGreaterThan(0);
    const layout = await popup.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const controls = Array.from(document.querySelectorAll<HTMLElement>('input, button:not([hidden]), label'));
      return {
        width,
        overflow: document.documentElement.scrollWidth - width,
        outside: controls.filter((control) => control.getBoundingClientRect().right > width + 0.5).map((control) => control.outerHTML.slice(0, 60)),
        headings: Array.from(document.querySelectorAll('#found-list h3'), (h) => h.textContent),
      };
    });
    expect(layout.width).toBe(PHONE_VIEWPORT.width);
    expect(layout.overflow).toBe(0);
    expect(layout.outside).toEqual([]);
    // Headings count entities, so each is at least one and at most the marks of its kind.
    const kinds: Array<[string, string]> = [['People', 'footnote-person'], ['Laws', 'footnote-statute'], ['Statistics', 'footnote-statistic']];
    expect(layout.headings).toHaveLength(kinds.length);
    kinds.forEach(([title, highlight], i) => {
      const count = Number(new RegExp(`^${title} · (\\d+)$`).exec(layout.headings[i] ?? '')?.[1]);
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThanOrEqual(marks[highlight]?.length ?? 0);
    });
    await screenshot(popup, `${session().name}-popup-phone`);
    const entry = await popup.evaluate(() => {
      const button = document.querySelector<HTMLButtonElement>('#found-list [data-kind="statute"] button.entity')!;
      const box = button.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2, label: button.querySelector('.entity-name')?.textContent ?? '' };
    });
    await popup.touchscreen.tap(entry.x, entry.y);
    await expect.poll(async () => (await openCard(page))?.label).toContain(entry.label);
  });
});
