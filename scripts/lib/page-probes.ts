/**
 * Reads what Footnote painted, from the page's own world, as a reader's browser would show it:
 * shared by the browser tests (Chromium and Firefox), `npm start` and the browser benchmark.
 */
import type { Page } from 'playwright-core';
import { KINDS } from '../../src/kinds';

const HIGHLIGHT_NAME_LIST: readonly string[] = KINDS.map((definition) => definition.highlightName);

export type MarkedStrings = Record<string, string[]>;

/** What both playwright-core's and puppeteer-core's pages offer. */
export interface PageEvaluator {
  evaluate<R>(pageFunction: () => R | Promise<R>): Promise<R>;
  evaluate<R, A>(pageFunction: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

export async function markedStrings(page: PageEvaluator): Promise<MarkedStrings> {
  return page.evaluate((names: readonly string[]) => {
    const result: Record<string, string[]> = {};
    for (const name of names) {
      const highlight = CSS.highlights.get(name);
      result[name] = highlight ? Array.from(highlight as Iterable<AbstractRange>, (range) => (range as Range).toString()) : [];
    }
    return result;
  }, HIGHLIGHT_NAME_LIST);
}

export async function waitForMarks(page: Page): Promise<void> {
  await page.waitForFunction(() => CSS.highlights.has('footnote-person'), undefined, { timeout: 15_000 });
}

/** Viewport centre of the first painted range of `name` whose text is `text`. */
export async function markCentre(page: PageEvaluator, name: string, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([highlightName, wanted]: readonly [string, string]) => {
      const highlight = CSS.highlights.get(highlightName);
      if (!highlight) return null;
      for (const range of highlight as Iterable<AbstractRange>) {
        if ((range as Range).toString() !== wanted) continue;
        (range as Range).startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = (range as Range).getClientRects()[0];
        if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    },
    [name, text] as const,
  );
  if (!point) throw new Error(`no painted ${name} mark reads "${text}"`);
  return point;
}

/** Content-script start to first highlights painted, from the script's own user-timing marks. */
export async function startToPaintMs(page: PageEvaluator): Promise<number | null> {
  return page.evaluate(() => {
    const started = performance.getEntriesByName('footnote:started')[0];
    const painted = performance.getEntriesByName('footnote:painted')[0];
    return started && painted ? painted.startTime - started.startTime : null;
  });
}

/** Resolves once the content script has finished its first scan of the page, marks or none. */
export async function waitForFirstScan(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('footnote:scanned').length > 0, undefined, { timeout: timeoutMs });
}
