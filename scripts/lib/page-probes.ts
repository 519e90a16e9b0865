/**
 * Reads what Footnote painted, from the page's own world, as a reader's browser would show it:
 * shared by the browser tests (Chromium and Firefox), `npm start` and the browser benchmark.
 */
import { CONTENT_PROTOCOL, type PageMentionsReply, type PageTimings } from '../../src/extension/messages';
import { KINDS } from '../../src/kinds';

const HIGHLIGHT_NAME_LIST: readonly string[] = KINDS.map((definition) => definition.highlightName);

export type MarkedStrings = Record<string, string[]>;

const POLL_MS = 50;

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

/**
 * Footnote's timings in the tab showing `pageUrl`, asked for from `extension` (the service worker
 * or an extension page): the content script keeps them in its own memory, never in the page's
 * performance timeline. Null while no content script answers there.
 */
export async function pageTimings(extension: PageEvaluator, pageUrl: string): Promise<PageTimings | null> {
  const reply = await askTab(extension, pageUrl, 'footnote:page-timings');
  return CONTENT_PROTOCOL['footnote:page-timings'].reply(reply) ? reply : null;
}

/** What the popup is told about the tab showing `pageUrl`: its state and its marks. */
export async function pageMentions(extension: PageEvaluator, pageUrl: string): Promise<PageMentionsReply | null> {
  const reply = await askTab(extension, pageUrl, 'footnote:page-mentions');
  return CONTENT_PROTOCOL['footnote:page-mentions'].reply(reply) ? reply : null;
}

/** Sends a request without payload to the content script of the tab showing `pageUrl`; null when none answers. */
async function askTab(extension: PageEvaluator, pageUrl: string, type: 'footnote:page-timings' | 'footnote:page-mentions'): Promise<unknown> {
  return extension.evaluate(async ([url, messageType]: readonly [string, string]) => {
    type TabsApi = {
      tabs: {
        query(filter: object): Promise<Array<{ id?: number; url?: string }>>;
        sendMessage(tabId: number, message: unknown): Promise<unknown>;
      };
    };
    const scope = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
    const api = scope.browser ?? scope.chrome;
    const tab = (await api.tabs.query({})).find((candidate) => candidate.url === url);
    if (tab?.id === undefined) return null;
    return api.tabs.sendMessage(tab.id, { type: messageType }).catch(() => null);
  }, [pageUrl, type] as const);
}

/** Content-script start to first highlights painted, as the content script measured it. */
export async function startToPaintMs(extension: PageEvaluator, pageUrl: string): Promise<number | null> {
  const timings = await pageTimings(extension, pageUrl);
  if (!timings || timings.firstPaintAtMs === null) return null;
  return timings.firstPaintAtMs - timings.startedAtMs;
}

/** Resolves with the timings once `ready` holds for them (polled, as the tab cannot push to a test). */
export async function waitForTimings(
  extension: PageEvaluator,
  pageUrl: string,
  ready: (timings: PageTimings) => boolean,
  timeoutMs: number,
): Promise<PageTimings> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const timings = await pageTimings(extension, pageUrl);
    if (timings !== null && ready(timings)) return timings;
    if (Date.now() > deadline) throw new Error(`Footnote did not get there on ${pageUrl} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Resolves once the content script has finished its first scan of the page, marks or none. */
export function waitForFirstScan(extension: PageEvaluator, pageUrl: string, timeoutMs: number): Promise<PageTimings> {
  return waitForTimings(extension, pageUrl, (timings) => timings.scans > 0, timeoutMs);
}

/** Resolves once the content script has painted marks for the first time. */
export function waitForFirstPaint(extension: PageEvaluator, pageUrl: string, timeoutMs: number): Promise<PageTimings> {
  return waitForTimings(extension, pageUrl, (timings) => timings.firstPaintAtMs !== null, timeoutMs);
}
