/** Reads Footnote's card from its shadow root, the way a reader and a screen reader meet it. */
import type { Page } from 'puppeteer-core';

export interface CardState {
  readonly label: string | null;
  readonly text: string;
  readonly rect: { left: number; top: number; right: number; bottom: number; width: number; height: number };
  readonly scrollable: boolean;
  readonly sheet: boolean;
}

/** The open card, or null when none is showing. */
export async function openCard(page: Page): Promise<CardState | null> {
  return page.evaluate(() => {
    const dialog = document.querySelector('footnote-ui')?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
    if (!dialog || dialog.hidden) return null;
    const box = dialog.getBoundingClientRect();
    return {
      label: dialog.getAttribute('aria-label'),
      text: dialog.textContent,
      rect: { left: box.left, top: box.top, right: box.right, bottom: box.bottom, width: box.width, height: box.height },
      scrollable: dialog.scrollHeight > dialog.clientHeight,
      sheet: dialog.classList.contains('sheet'),
    };
  });
}

export async function cardLabel(page: Page): Promise<string | null> {
  return (await openCard(page))?.label ?? null;
}

/** The element with focus, seen from the page: our card host is one element to the page. */
export async function activeTag(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.activeElement?.tagName.toLowerCase());
}

/** Texts of the ranges the keyboard focus ring is painted on. */
export async function focusRing(page: Page): Promise<string[]> {
  return page.evaluate(() => Array.from((CSS.highlights.get('footnote-focus') ?? []) as Iterable<AbstractRange>, (range) => (range as Range).toString()));
}
