/**
 * The open card of each kind under axe, inside its shadow root (the test checks the audit reached
 * it), in light and dark, with names for every control, reduced motion and 200% zoom, in both
 * browsers (Firefox is started with the reader's preferences, which WebDriver BiDi cannot
 * emulate). Screenshots of every kind in each scheme and at 200% go to artifacts/screenshots/
 * (not committed), named by browser.
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
import { BROWSER_NAME, describeInBrowser, type BrowserSession } from './harness/session';
import { movingElements, runAxe } from './axe';

const SCREENSHOT_DIR = path.join(REPO_ROOT, 'artifacts', 'screenshots');
const CARD = ['footnote-ui', '[role="dialog"]'] as const;
/** One mark of each kind on the demo article. */
const MARKS: ReadonlyArray<readonly [MentionKind, string]> = [
  ['person', 'Thomas Homan'],
  ['statute', '8 U.S.C. § 1324'],
  ['statistic', 'about 409,000'],
];

async function openDemo(session: BrowserSession): Promise<Page> {
  const page = await session.open('demo-article.html');
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

async function screenshotCard(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const dialog = await page.$('footnote-ui >>> [role="dialog"]');
  await dialog!.screenshot({ path: `${path.join(SCREENSHOT_DIR, `${BROWSER_NAME}-card-${name}`)}.png` });
}

/** What the page's media queries say, so a test knows the preference it asked for took effect. */
async function mediaMatches(page: Page, query: string): Promise<boolean> {
  return page.evaluate((wanted) => matchMedia(wanted).matches, query);
}

/** The brightness of the card's background (the mean of its channels, 0–255): light and dark told apart. */
async function cardBackground(page: Page): Promise<number> {
  return page.evaluate(() => {
    const dialog = document.querySelector('footnote-ui')?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
    const channels = (dialog ? getComputedStyle(dialog).backgroundColor : '').match(/\d+/g)?.slice(0, 3).map(Number) ?? [];
    return channels.reduce((sum, value) => sum + value, 0) / Math.max(1, channels.length);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  describeInBrowser(
    `cards are accessible in ${scheme}`,
    (session) => {
      it('every kind of card has no serious or critical violations, and is saved as a screenshot', async () => {
        const page = await openDemo(session());
        expect(await mediaMatches(page, `(prefers-color-scheme: ${scheme})`)).toBe(true);
        for (const [kind, text] of MARKS) {
          await showCard(page, kind, text);
          // The card follows the scheme: a light background in light, a dark one in dark.
          if (scheme === 'light') expect(await cardBackground(page), kind).toBeGreaterThan(200);
          else expect(await cardBackground(page), kind).toBeLessThan(60);
          const audit = await runAxe(page, CARD);
          expect(audit.seriousViolations, kind).toEqual([]);
          // The audit reached inside the shadow root: it passed nodes there.
          expect(audit.passedTargets.filter((target) => target.startsWith('footnote-ui >>> ')).length, kind).toBeGreaterThan(3);
          await screenshotCard(page, `${kind}-${scheme}-axe`);
          await closeCard(page);
        }
      });

      if (scheme === 'light') {
        it('every control in the card has a name a screen reader can say', async () => {
          const page = await openDemo(session());
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

        it('fits the window at 200% zoom (a 1280 × 900 window seen as 640 × 450 CSS pixels)', async () => {
          const page = await openDemo(session());
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
            await screenshotCard(page, `${kind}-zoom-200`);
            await closeCard(page);
          }
        });
      }
    },
    { colorScheme: scheme },
  );
}

describeInBrowser(
  'cards under prefers-reduced-motion',
  (session) => {
    it('move nothing, and the scroll cue jumps instead of gliding', async () => {
      const page = await openDemo(session());
      expect(await mediaMatches(page, '(prefers-reduced-motion: reduce)')).toBe(true);
      // Small enough that the long cards scroll and show their cue.
      await page.setViewport({ width: 640, height: 450 });
      let cues = 0;
      for (const [kind, text] of MARKS) {
        await showCard(page, kind, text);
        expect(await movingElements(page, 'footnote-ui'), kind).toEqual([]);
        const jumped = await page.evaluate(() => {
          const dialog = document.querySelector('footnote-ui')?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
          if (!dialog?.hasAttribute('data-more')) return null;
          dialog.querySelector<HTMLElement>('.scroll-cue')!.click();
          // Read in the same task as the click: a smooth scroll would not have moved yet.
          return dialog.scrollTop > 0;
        });
        if (jumped !== null) {
          cues += 1;
          expect(jumped, kind).toBe(true);
        }
        await closeCard(page);
      }
      expect(cues).toBeGreaterThan(0);
    });
  },
  { reducedMotion: true },
);
