/**
 * The open card of each kind under axe (inside its shadow root: the test checks the audit reached
 * it), with reduced motion and at 200% zoom; screenshots in light and dark go to
 * artifacts/screenshots/ (not committed).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kindDefinition } from '../../src/kinds';
import type { MentionKind } from '../../src/core/types';
import { REPO_ROOT } from '../../scripts/lib/paths';
import { markCentre, waitForMarks } from '../../scripts/lib/page-probes';
import { movingElements, runAxe } from './axe';
import { CHROMIUM_PATH, useChromiumSession } from './browser-env';

const SCREENSHOT_DIR = path.join(REPO_ROOT, 'artifacts', 'screenshots');
const CARD = ['footnote-ui', '[role="dialog"]'] as const;
/** One mark of each kind on the demo article. */
const MARKS: ReadonlyArray<readonly [MentionKind, string]> = [
  ['person', 'Thomas Homan'],
  ['statute', '8 U.S.C. § 1324'],
  ['statistic', 'about 409,000'],
];

describe.skipIf(CHROMIUM_PATH === null)('Cards are accessible in Chromium', () => {
  const session = useChromiumSession();
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    page = await session().browser.context.newPage();
    await page.goto(`${session().server.origin}/demo-article.html`);
    await waitForMarks(page);
  });
  afterAll(async () => {
    await page.close();
  });

  async function openCard(kind: MentionKind, text: string): Promise<void> {
    const point = await markCentre(page, kindDefinition(kind).highlightName, text);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
  }

  async function closeCard(): Promise<void> {
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(false);
  }

  for (const [kind, text] of MARKS) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`the ${kind} card has no serious or critical violations in ${colorScheme}`, async () => {
        await page.emulateMedia({ colorScheme });
        await openCard(kind, text);
        const audit = await runAxe(page, CARD);
        expect(audit.seriousViolations).toEqual([]);
        // The audit reached inside the shadow root: it passed nodes there, the close button among them.
        expect(audit.passedTargets.filter((target) => target.startsWith('footnote-ui >>> ')).length).toBeGreaterThan(3);
        const dialog = page.getByRole('dialog');
        await dialog.screenshot({ path: path.join(SCREENSHOT_DIR, `card-${kind}-${colorScheme}.png`) });
        await closeCard();
      });
    }
  }

  it('every control in the card has a name a screen reader can say', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    for (const [kind, text] of MARKS) {
      await openCard(kind, text);
      const unnamed = await page.evaluate(() => {
        const root = document.querySelector('footnote-ui')?.shadowRoot;
        if (!root) throw new Error('no card root');
        return Array.from(root.querySelectorAll<HTMLElement>('button, a[href], [role="button"], input'))
          .filter((control) => !(control.getAttribute('aria-label') ?? control.textContent ?? '').trim())
          .map((control) => control.outerHTML);
      });
      expect(unnamed).toEqual([]);
      await closeCard();
    }
  });

  it('moves nothing under prefers-reduced-motion', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const [kind, text] of MARKS) {
      await openCard(kind, text);
      expect(await movingElements(page, 'footnote-ui')).toEqual([]);
      await closeCard();
    }
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('fits the window at 200% zoom (a 1280 × 900 window seen as 640 × 450 CSS pixels)', async () => {
    await page.setViewportSize({ width: 640, height: 450 });
    try {
      for (const [kind, text] of MARKS) {
        await openCard(kind, text);
        const fit = await page.evaluate(() => {
          const card = document.querySelector('footnote-ui')?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
          if (!card) throw new Error('no card');
          const rect = card.getBoundingClientRect();
          return {
            inside: rect.left >= 0 && rect.top >= 0 && rect.right <= innerWidth && rect.bottom <= innerHeight,
            sidewaysOverflow: card.scrollWidth - card.clientWidth,
          };
        });
        expect(fit).toEqual({ inside: true, sidewaysOverflow: 0 });
        if (kind === 'statute') await page.getByRole('dialog').screenshot({ path: path.join(SCREENSHOT_DIR, 'card-statute-zoom-200.png') });
        await closeCard();
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});
