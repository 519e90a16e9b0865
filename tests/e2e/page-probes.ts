/** Reads what Footnote painted, from the page's own world, as a reader's browser would show it. */
import type { Page } from 'playwright-core';

export type MarkedStrings = Record<string, string[]>;

/** What both playwright-core's and puppeteer-core's pages offer, so Chromium and Firefox tests share probes. */
export interface PageEvaluator {
  evaluate<R>(pageFunction: () => R | Promise<R>): Promise<R>;
}

export async function markedStrings(page: PageEvaluator): Promise<MarkedStrings> {
  return page.evaluate(() => {
    const result: Record<string, string[]> = {};
    for (const name of ['footnote-person', 'footnote-statute', 'footnote-statistic']) {
      const highlight = CSS.highlights.get(name);
      result[name] = highlight ? Array.from(highlight as Iterable<AbstractRange>, (range) => (range as Range).toString()) : [];
    }
    return result;
  });
}

export async function waitForMarks(page: Page): Promise<void> {
  await page.waitForFunction(() => CSS.highlights.has('footnote-person'), undefined, { timeout: 15_000 });
}

/** Viewport centre of the first painted range of `name` whose text is `text`. */
export async function markCentre(page: Page, name: string, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([highlightName, wanted]) => {
      const highlight = CSS.highlights.get(highlightName!);
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
