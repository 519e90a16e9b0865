/**
 * Content script: finds the article, asks the background what it mentions, paints the marks and
 * keeps them in step with the page and the settings. A re-injected or reloaded instance tears the
 * old one down first; a dead extension context ends this one quietly.
 */
import browser from 'webextension-polyfill';
import { MAX_ARTICLE_CHARS, RECOGNIZE_TIMEOUT_MS } from '../constants';
import { Annotator } from '../page/annotator';
import { observeArticle } from '../page/article-observer';
import { detectArticle } from '../page/detect-article';
import { browserHighlightPainter } from '../page/highlight-painter';
import { watchNavigation } from '../page/navigation-watcher';
import { buildTextIndex } from '../page/text-index';
import { loadCardUi } from './card-ui-loader';
import { isObjectWithType, type ContentRequest, type PageMentionsResponse, type RecognizeResponse } from './messages';
import { enabledKinds, isActiveOnHost, type Settings } from './settings';
import { loadSettings, onSettingsChanged } from './settings-store';

const TEARDOWN_KEY = '__footnoteTeardown';
/** User-timing marks: when this script started, first painted, and ended each scan. */
const STARTED_MARK = 'footnote:started';
const PAINTED_MARK = 'footnote:painted';
const SCANNED_MARK = 'footnote:scanned';
/** User-timing measures of the two synchronous pieces of main-thread work: finding and indexing the article, painting it. */
const SCAN_MEASURE = 'footnote:detect-and-index';
const PAINT_MEASURE = 'footnote:paint';

type FootnoteGlobal = typeof globalThis & { [TEARDOWN_KEY]?: () => void };

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Footnote: the background did not answer in time')), ms);
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

async function start(): Promise<void> {
  performance.mark(STARTED_MARK);
  const global = globalThis as FootnoteGlobal;
  global[TEARDOWN_KEY]?.();
  const controller = new AbortController();
  const { signal } = controller;
  const painter = browserHighlightPainter(window);
  if (!painter) return;
  const annotator = new Annotator(document, painter, () => loadCardUi().then((ui) => ui.createCardHost(document)));
  const teardown = (): void => {
    controller.abort();
    annotator.destroy();
    if (global[TEARDOWN_KEY] === teardown) Reflect.deleteProperty(global, TEARDOWN_KEY);
  };
  // Registered before the first await, so an instance injected meanwhile still finds and ends this one.
  global[TEARDOWN_KEY] = teardown;
  let settings: Settings = await loadSettings();
  if (signal.aborted) return;
  let articleFound = false;
  let generation = 0;
  let lastShown: { index: ReturnType<typeof buildTextIndex>; response: RecognizeResponse; articleDate: string | null } | null = null;

  let observation: AbortController | null = null;
  signal.addEventListener('abort', () => observation?.abort(), { once: true });
  /** Watch the article's roots once found; until then, the body, for an article that loads late. */
  const observe = (roots: readonly Element[] | null): void => {
    observation?.abort();
    observation = new AbortController();
    observeArticle(document, safeRun, observation.signal, roots ? { roots } : {});
  };

  const reportCount = (): void => {
    performance.mark(SCANNED_MARK);
    browser.runtime.sendMessage({ type: 'footnote:mark-count', count: annotator.markCount() }).catch(() => undefined);
  };

  const run = async (): Promise<void> => {
    const mine = ++generation;
    if (!isActiveOnHost(settings, location.hostname)) {
      annotator.clear();
      lastShown = null;
      reportCount();
      return;
    }
    const scanStarted = performance.now();
    const detection = detectArticle(document);
    articleFound = detection !== null;
    observe(detection ? detection.roots : null);
    if (!detection) {
      annotator.clear();
      lastShown = null;
      reportCount();
      return;
    }
    const index = buildTextIndex(detection.roots);
    const articleDate = detection.publishedDate ?? (detection.publishedYear === null ? null : String(detection.publishedYear));
    const text = index.text.slice(0, MAX_ARTICLE_CHARS);
    performance.measure(SCAN_MEASURE, { start: scanStarted });
    if (lastShown && lastShown.index.text === index.text) {
      // Same article text: only the DOM nodes may have moved, so repaint against the new index.
      annotator.show(index, lastShown.response.mentions, lastShown.response.cards, enabledKinds(settings), articleDate);
      lastShown = { index, response: lastShown.response, articleDate };
      reportCount();
      return;
    }
    const response = await withTimeout<RecognizeResponse>(
      browser.runtime.sendMessage({ type: 'footnote:recognize', text, publishedYear: detection.publishedYear }),
      RECOGNIZE_TIMEOUT_MS,
    );
    if (mine !== generation || signal.aborted) return;
    const paintStarted = performance.now();
    annotator.show(index, response.mentions, response.cards, enabledKinds(settings), articleDate);
    performance.measure(PAINT_MEASURE, { start: paintStarted });
    lastShown = { index, response, articleDate };
    if (performance.getEntriesByName(PAINTED_MARK).length === 0) performance.mark(PAINTED_MARK);
    reportCount();
  };

  function safeRun(): void {
    run().catch((error: unknown) => {
      // The extension was reloaded or removed: this instance can no longer reach it.
      if (String(error).includes('Extension context invalidated')) teardown();
    });
  }

  onSettingsChanged((next) => {
    settings = next;
    if (lastShown && isActiveOnHost(settings, location.hostname)) {
      annotator.show(lastShown.index, lastShown.response.mentions, lastShown.response.cards, enabledKinds(settings), lastShown.articleDate);
      reportCount();
    } else {
      safeRun();
    }
  }, signal);

  const onMessage = (message: unknown): Promise<unknown> | undefined => {
    if (!isObjectWithType(message)) return undefined;
    const request = message as ContentRequest;
    switch (request.type) {
      case 'footnote:page-mentions': {
        const response: PageMentionsResponse = { articleFound, mentions: annotator.summaries() };
        return Promise.resolve(response);
      }
      case 'footnote:reveal-mention':
        return Promise.resolve(annotator.reveal(request.index));
      case 'footnote:step-mark':
        annotator.step(request.direction);
        return Promise.resolve(true);
      default:
        return undefined;
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });

  watchNavigation(
    window,
    () => {
      lastShown = null;
      safeRun();
    },
    signal,
  );
  safeRun();
}

void start().catch(() => undefined);
