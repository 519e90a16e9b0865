/**
 * The open card of each kind under axe, inside its shadow root (the test checks the audit reached
 * it), with names for every control, reduced motion and 200% zoom; screenshots in light and dark
 * (Chromium) go to artifacts/screenshots/ (not committed).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import type { MentionKind } from '../../src/core/types';
import { kindDefinition } from '../../src/kinds';
import { REPO_ROOT } from '../../scripts/lib/paths';
import { markCentre, waitForMarks } from '../../scripts/lib/page-probes';
import { openCard } from './harness/card-probes';
import { BROWSER_NAME, describeInBrowser } from './harness/session';
import { movingElements, runAxe } from './axe';

const SCREENSHOT_DIR = path.join(REPO_ROOT, 'artifacts', 'screenshots');
const CARD = ['footnote-ui', '[role="dialog"]'] as const;
/** One mark of each kind on the demo article. */
const MARKS: ReadonlyArray<readonly [MentionKind, string]> = [
  ['person', 'Thomas Homan'],
  ['statute', '8 U.S.C. § 1324'],
  ['statistic', 'about 409,000'],
];

describeInBrowser('cards are accessible', (session) => {
  async function openDemo(): Promise<Page> {
    const page = await session().open('demo-article.html');
    await waitForMarks(page);
    return page;
  }

  async function showCard(page: Page, kind: MentionKind, text: string): Promise<void> {
    const point = await markCentre(page, kindDefinition(kind).highlightName, text);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => openCard(page)).not.toBeNull();
  }

  async function closeCard(page: Page): Promise<void> {
    await page.keyboard.press('Escape');
    await expect.poll(() => openCard(page)).toBeNull();
  }

  for (const scheme of ['light', 'dark'] as const) {
    it.skipIf(BROWSER_NAME !== 'chromium' && scheme === 'dark')(`every kind of card has no serious or critical violations in ${scheme}`, async () => {
      const page = await openDemo();
      if (scheme === 'dark') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      for (const [kind, text] of MARKS) {
        await showCard(page, kind, text);
        const audit = await runAxe(page, CARD);
        expect(audit.seriousViolations, kind).toEqual([]);
        // The audit reached inside the shadow root: it passed nodes there.
        expect(audit.passedTargets.filter((target) => target.startsWith('footnote-ui >>> ')).length, kind).toBeGreaterThan(3);
        if (BROWSER_NAME === 'chromium') {
          mkdirSync(SCREENSHOT_DIR, { recursive: true });
          const dialog = await page.$('footnote-ui >>> [role="dialog"]');
          await dialog!.screenshot({ path: `${path.join(SCREENSHOT_DIR, `card-${kind}-${scheme}-axe`)}.png` });
        }
        await closeCard(page);
      }
    });
  }

  it('every control in the card has a name a screen reader can say', async () => {
    const page = await openDemo();
    for (const [kind, text] of MARKS) {
      await showCard(page, kind, text);
      const unnamed = await page.evaluate(() => {
        const root = document.querySelector('footnote-ui')?.shadowRoot;
        if (!root) throw new Error('no card root');
        return Array.from(root.querySelectorAll<HTMLElement>('button, a[href], [role="button"], input'))
          .filter((control) => !(control.getAttribute('aria-label') ?? control.textContent).trim())
          .map((control) => control.outerHTML);
      });
      expect(unnamed, kind).toEqual([]);
      await closeCard(page);
    }
  });

  it.skipIf(BROWSER_NAME !== 'chromium')('moves nothing under prefers-reduced-motion', async () => {
    const page = await openDemo();
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    for (const [kind, text] of MARKS) {
      await showCard(page, kind, text);
      expect(await movingElements(page, 'footnote-ui'), kind).toEqual([]);
      await closeCard(page);
    }
  });

  it('fits the window at 200% zoom (a 1280 × 900 window seen as 640 × 450 CSS pixels)', async () => {
    const page = await openDemo();
    await page.setViewport({ width: 640, height: 450 });
    for (const [kind, text] of MARKS) {
      await showCard(page, kind, text);
      const card = await openCard(page);
      expect(card!.rect.left, kind).toBeGreaterThanOrEqual(0);
      expect(card!.rect.right, kind).toBeLessThanOrEqual(640);
      expect(card!.rect.bottom, kind).toBeLessThanOrEqual(450);
      const sideways = await page.evaluate(() => {
        const dialog = document.querySelector('footnote-ui')?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
        return dialog ? dialog.scrollWidth - dialog.clientWidth : -1;
      });
      expect(sideways, kind).toBe(0);
      await closeCard(page);
    }
  });
});
