/**
 * Content script: scans the page for its article, asks the background what it mentions, paints the
 * marks and keeps them in step with the page and the settings. It keeps a page state that says
 * why the page shows what it shows, for the popup. A re-injected or reloaded instance tears the
 * old one down first; a dead extension context ends this one quietly.
 *
 * Nothing is written into the page's own performance timeline (any page script could read it and
 * learn that Footnote is installed): timings are taken with `performance.now()` and given only to
 * the extension, through the `footnote:page-timings` message.
 */
import browser from 'webextension-polyfill';
import { RECOGNIZE_TIMEOUT_MS, SCAN_SLICE_MS } from '../constants';
import { Annotator, type CardHostLoader } from '../page/annotator';
import { observeArticle } from '../page/article-observer';
import { guardHighlights } from '../page/highlight-guard';
import { browserHighlightPainter } from '../page/highlight-painter';
import { watchNavigation } from '../page/navigation-watcher';
import { detectArticleSteps, detectLargestBlockSteps } from '../page/detect-article';
import { scanDocumentSteps } from '../page/scan-document';
import type { TextIndex } from '../page/text-index';
import { runInSlices } from '../page/work-slices';
import { loadCardUi } from './card-ui-loader';
import { log } from './log';
import { listenFor, sendToBackground } from './message-channel';
import { CONTENT_PROTOCOL, type PageMentionsReply, type PageState, type PageTimings, type RecognizeResponse } from './messages';
import { enabledKinds, isActiveOnHost, type Settings } from './settings';
import { loadSettings, onSettingsChanged } from './settings-store';

const TEARDOWN_KEY = '__footnoteTeardown';
/** Scans of one run whose article the page replaced while they ran, before the last one stands. */
const MAX_SCAN_ATTEMPTS = 3;

type FootnoteGlobal = typeof globalThis & { [TEARDOWN_KEY]?: () => void };

/** The background did not answer, or answered with an error instead of mentions. */
class BackgroundUnreachable extends Error {}

/** Once the extension is reloaded or removed, `runtime.id` reads undefined in its old content scripts. */
function isContextAlive(): boolean {
  // Typed as always a string, but an invalidated context reads undefined.
  const runtime: { readonly id?: string } = browser.runtime;
  return runtime.id !== undefined;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** Main-thread time of this instance, kept in the extension's memory only. */
class Timings {
  private readonly startedAtMs = performance.now();
  private firstPaintAtMs: number | null = null;
  private scans = 0;
  private longestScanMs: number | null = null;
  private longestScanSliceMs: number | null = null;
  private longestPaintMs: number | null = null;

  scanned(busyMs: number, longestSliceMs: number): void {
    this.longestScanMs = Math.max(this.longestScanMs ?? 0, busyMs);
    this.longestScanSliceMs = Math.max(this.longestScanSliceMs ?? 0, longestSliceMs);
  }

  painted(durationMs: number): void {
    this.longestPaintMs = Math.max(this.longestPaintMs ?? 0, durationMs);
    this.firstPaintAtMs ??= performance.now();
  }

  finished(): void {
    this.scans++;
  }

  report(): PageTimings {
    const { startedAtMs, firstPaintAtMs, scans, longestScanMs, longestScanSliceMs, longestPaintMs } = this;
    return { startedAtMs, firstPaintAtMs, scans, longestScanMs, longestScanSliceMs, longestPaintMs };
  }
}

async function start(): Promise<void> {
  const timings = new Timings();
  const global = globalThis as FootnoteGlobal;
  global[TEARDOWN_KEY]?.();
  const controller = new AbortController();
  const { signal } = controller;
  const painter = browserHighlightPainter(window);
  if (!painter) {
    log.warn('this browser has no CSS Custom Highlight API; nothing will be marked');
    return;
  }
  const loadCardHost: CardHostLoader = () =>
    loadCardUi()
      .then((ui) => ui.createCardHost(document))
      .catch((error: unknown) => {
        log.warn('the card UI could not be loaded:', error);
        throw error;
      });
  const annotator = new Annotator(document, painter, loadCardHost);
  const teardown = (): void => {
    controller.abort();
    annotator.destroy();
    if (global[TEARDOWN_KEY] === teardown) Reflect.deleteProperty(global, TEARDOWN_KEY);
  };
  // Registered before the first await, so an instance injected meanwhile still finds and ends this one.
  global[TEARDOWN_KEY] = teardown;
  let settings: Settings = await loadSettings();
  if (signal.aborted) return;
  let state: PageState = 'starting';
  let failure: string | null = null;
  let truncated = false;
  let generation = 0;
  /** The reader chose "Annotate this page anyway": until the page navigates, its largest block of prose is the article. */
  let readerChoseBlock = false;
  let lastShown: { index: TextIndex; response: RecognizeResponse; articleDate: string | null } | null = null;

  let observation: AbortController | null = null;
  signal.addEventListener('abort', () => observation?.abort(), { once: true });
  /** Watch the article's roots once found; until then, the body, for an article that loads late. */
  const observe = (roots: readonly Element[] | null): void => {
    observation?.abort();
    observation = new AbortController();
    observeArticle(document, runSafely, observation.signal, roots ? { roots } : {});
  };

  /** Records why the page shows what it shows, and tells the badge how many marks there are. */
  const settle = (next: PageState, error: string | null = null): void => {
    state = next;
    failure = error;
    timings.finished();
    sendToBackground('footnote:mark-count', { count: annotator.markCount() }).catch(log.failure('Updating the badge'));
  };

  /** Takes every mark down and records why the page shows none. */
  const showNothing = (reason: PageState): void => {
    annotator.clear();
    lastShown = null;
    settle(reason);
  };

  const inactiveState = (): PageState | null => {
    if (!settings.enabled) return 'off-everywhere';
    return isActiveOnHost(settings, location.hostname) ? null : 'off-for-site';
  };

  const paint = (index: TextIndex, response: RecognizeResponse, articleDate: string | null): void => {
    const paintStarted = performance.now();
    annotator.show(index, response.mentions, response.cards, enabledKinds(settings), articleDate);
    timings.painted(performance.now() - paintStarted);
    lastShown = { index, response, articleDate };
    settle(annotator.markCount() > 0 ? 'marked' : 'no-matches');
  };

  /** Scans, asks for the mentions and paints; resolves with the scan's main-thread time (null when it did not finish). */
  const run = async (): Promise<number | null> => {
    const mine = ++generation;
    const off = inactiveState();
    if (off !== null) {
      showNothing(off);
      return null;
    }
    // In slices, so that a very long page never holds the tab; a newer run makes this one stop.
    // The page runs between slices: a scan whose article was replaced meanwhile is done again.
    let sliced = null;
    for (let attempt = 0; attempt < MAX_SCAN_ATTEMPTS; attempt++) {
      sliced = await runInSlices(
        scanDocumentSteps(document, readerChoseBlock ? detectLargestBlockSteps : detectArticleSteps),
        SCAN_SLICE_MS,
        () => mine !== generation || signal.aborted,
      );
      if (sliced === null) return null;
      if (sliced.value === null || sliced.value.detection.roots.every((root) => root.isConnected)) break;
    }
    if (sliced === null) return null;
    timings.scanned(sliced.busyMs, sliced.longestSliceMs);
    const scan = sliced.value;
    observe(scan ? scan.detection.roots : null);
    if (!scan) {
      truncated = false;
      showNothing('not-an-article');
      return sliced.busyMs;
    }
    truncated = scan.truncated;
    if (!scan.english) {
      showNothing('not-english');
      return sliced.busyMs;
    }
    const { articleDate } = scan;
    if (lastShown && lastShown.index.text === scan.index.text) {
      // Same article text: only the DOM nodes may have moved, so repaint against the new index.
      paint(scan.index, lastShown.response, articleDate);
      return sliced.busyMs;
    }
    const response = await withTimeout(sendToBackground('footnote:recognize', { text: scan.text, options: scan.options }), RECOGNIZE_TIMEOUT_MS).catch(
      (error: unknown) => {
        throw new BackgroundUnreachable(error instanceof Error ? error.message : String(error));
      },
    );
    if (mine !== generation || signal.aborted) return sliced.busyMs;
    paint(scan.index, response, articleDate);
    return sliced.busyMs;
  };

  function runSafely(): Promise<number | null> {
    return run().catch((error: unknown) => {
      // The extension was reloaded or removed: this instance can no longer reach it.
      if (!isContextAlive()) {
        teardown();
        return null;
      }
      log.warn('marking this page failed:', error);
      const reason = error instanceof Error ? error.message : String(error);
      settle(error instanceof BackgroundUnreachable ? 'background-unreachable' : 'error', reason);
      return null;
    });
  }

  onSettingsChanged((next) => {
    settings = next;
    if (lastShown && inactiveState() === null) paint(lastShown.index, lastShown.response, lastShown.articleDate);
    else void runSafely();
  }, signal);

  const onMessage = listenFor(
    CONTENT_PROTOCOL,
    {
      'footnote:page-mentions': (): PageMentionsReply => ({ state, error: failure, truncated, mentions: annotator.summaries() }),
      'footnote:reveal-mention': (request) => annotator.reveal(request.index),
      'footnote:step-mark': (request) => {
        annotator.step(request.direction);
        return true;
      },
      'footnote:annotate-anyway': async () => {
        readerChoseBlock = true;
        await runSafely();
        return state === 'marked' || state === 'no-matches';
      },
      'footnote:page-timings': () => timings.report(),
    },
    'the content script',
  );
  browser.runtime.onMessage.addListener(onMessage);
  guardHighlights(painter, signal, () => log.warn('this page keeps removing the highlights; marks stay off'));
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });

  watchNavigation(
    window,
    () => {
      lastShown = null;
      readerChoseBlock = false;
      void runSafely();
    },
    signal,
  );
  void runSafely();
}

start().catch(log.failure('Starting Footnote on this page'));
