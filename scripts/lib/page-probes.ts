/**
 * Reads what Footnote painted, from the page's own world, as a reader's browser would show it:
 * shared by the browser tests (Chromium and Firefox), `npm start` and the browser benchmark.
 */
export type MarkedStrings = Record<string, string[]>;

const POLL_MS = 50;

/** What both playwright-core's and puppeteer-core's pages offer. */
export interface PageEvaluator {
  evaluate<R>(pageFunction: () => R | Promise<R>): Promise<R>;
  evaluate<R, A>(pageFunction: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
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

/** Polls `probe` in the page until it returns true; the two drivers' own waits take different arguments. */
export async function waitInPage(page: PageEvaluator, probe: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(probe))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

export async function waitForMarks(page: PageEvaluator): Promise<void> {
  await waitInPage(page, () => CSS.highlights.has('footnote-person'), 15_000, 'marks');
}

/**
 * Centre of the first painted range of `name` whose text is `text`, scrolled into view, in the
 * coordinates pointer and touch input use: the visual viewport's, which on a zoomed or panned
 * phone screen differ from the layout viewport's that getClientRects() reports.
 */
export async function markCentre(page: PageEvaluator, name: string, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([highlightName, wanted]: readonly [string, string]) => {
      const highlight = CSS.highlights.get(highlightName);
      if (!highlight) return null;
      for (const range of highlight as Iterable<AbstractRange>) {
        if ((range as Range).toString() !== wanted) continue;
        (range as Range).startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = (range as Range).getClientRects()[0];
        if (!rect) continue;
        const viewport = window.visualViewport;
        const [left, top, scale] = viewport ? [viewport.offsetLeft, viewport.offsetTop, viewport.scale] : [0, 0, 1];
        return { x: (rect.left + rect.width / 2 - left) * scale, y: (rect.top + rect.height / 2 - top) * scale };
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
export async function waitForFirstScan(page: PageEvaluator, timeoutMs: number): Promise<void> {
  await waitInPage(page, () => performance.getEntriesByName('footnote:scanned').length > 0, timeoutMs, 'the first scan');
}
