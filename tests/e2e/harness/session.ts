/**
 * One browser suite, two browsers: each test file calls `describeInBrowser`, and vitest runs it
 * once in the `chromium` project and once in the `firefox` project, against the built extension
 * for that browser. Every test gets its own tabs and starts from a clean extension state (default
 * settings, no site enabled); nothing one test leaves behind reaches the next.
 */
import { afterAll, afterEach, beforeAll, describe, inject } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  launchExtensionBrowser,
  serveDirectory,
  type BrowserName,
  type ExtensionBrowser,
  type MediaPreferences,
  type StaticServer,
} from '../../../scripts/lib/browser';
import { startRecordingProxy, type RecordingProxy } from '../../../scripts/lib/recording-proxy';
import { FIXTURES_DIR } from './fixtures';
import { extensionDirFor } from './global-setup';

export const BROWSER_NAME: BrowserName = inject('browserName');
const EXECUTABLE = inject('browserExecutable');

/**
 * What a browser truly lacks under test, with the reason; a test that needs it skips itself there
 * with `skip(browserLacks(...))`, and the reason shows in the report.
 */
const GAPS: Readonly<Record<BrowserName, Partial<Record<Gap, string>>>> = {
  chromium: {
    'assigned-shortcuts': 'headless Chromium leaves suggested_key shortcuts unassigned for an extension loaded from the command line',
  },
  firefox: {
    'touch-emulation':
      'Firefox 153 has no touch-screen emulation over WebDriver BiDi (emulation.setTouchOverride): the page reports a fine pointer, though taps arrive as touch pointer events',
    'touch-panning': "WebDriver BiDi's touch input in Firefox 153 dispatches touch events to the page without panning it",
  },
};

export type Gap = 'assigned-shortcuts' | 'touch-emulation' | 'touch-panning';

export function browserLacks(gap: Gap): string | undefined {
  return GAPS[BROWSER_NAME][gap];
}

/** A phone in portrait: the size of a common 6.1-inch screen in CSS pixels. */
export const PHONE_VIEWPORT = { width: 390, height: 844 } as const;
const DESKTOP_VIEWPORT = { width: 1280, height: 900 } as const;

export interface OpenOptions {
  /** Phone-sized viewport with touch input (Chromium emulates a touch screen; Firefox gets a narrow window). */
  readonly phone?: boolean;
}

export interface BrowserSession {
  readonly name: BrowserName;
  readonly browser: ExtensionBrowser;
  readonly server: StaticServer;
  /** Opens a page from tests/fixtures in a new tab. */
  open(fixture: string, options?: OpenOptions): Promise<Page>;
  /** Opens the popup as a tab, pointed at `page`'s tab as the toolbar popup would be. */
  openPopup(page: Page, options?: OpenOptions): Promise<Page>;
  /** The browser's tab id of `page`. */
  tabIdOf(page: Page): Promise<number>;
  /** Runs `fn` in an extension page, where `api` is the extension API (`browser` or `chrome`). */
  inExtension<R, A>(fn: (api: ExtensionApi, arg: A) => Promise<R>, arg: A): Promise<R>;
  /** Hosts other than loopback that anything in the browser asked for since it started. */
  outsideHosts(): string[];
}

/** The part of the WebExtension API the tests call from an extension page. */
export interface ExtensionApi {
  tabs: { query(filter: { url?: string }): Promise<Array<{ id?: number; url?: string }>>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { clear(): Promise<void>; get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
  scripting: {
    getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>>;
    unregisterContentScripts(filter?: { ids: string[] }): Promise<void>;
  };
  commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
}

/** Chromium emulates the reader's media preferences per page; Firefox was started with them. */
async function emulateMedia(page: Page, media: MediaPreferences | undefined): Promise<void> {
  if (BROWSER_NAME !== 'chromium' || media === undefined) return;
  const features = [
    ...(media.colorScheme ? [{ name: 'prefers-color-scheme', value: media.colorScheme }] : []),
    ...(media.reducedMotion ? [{ name: 'prefers-reduced-motion', value: 'reduce' }] : []),
  ];
  await page.emulateMediaFeatures(features);
}

async function sizePage(page: Page, options: OpenOptions | undefined): Promise<void> {
  if (options?.phone) {
    // Where touch emulation is missing, asking for it would only reload the page.
    const touch = browserLacks('touch-emulation') === undefined;
    await page.setViewport({ ...PHONE_VIEWPORT, deviceScaleFactor: 1, hasTouch: touch, isMobile: touch });
  } else {
    await page.setViewport({ ...DESKTOP_VIEWPORT, deviceScaleFactor: 1 });
  }
}

/**
 * Declares `title` for the browser of this project ("chromium: title" / "firefox: title"), with
 * a browser session shared by its tests. Skipped with the reason printed once where the browser
 * or the build is missing. With `media`, every page of the session sees those reader preferences
 * (dark scheme, reduced motion) in both browsers.
 */
export function describeInBrowser(title: string, body: (session: () => BrowserSession) => void, media?: MediaPreferences): void {
  describe.skipIf(EXECUTABLE === null)(`${BROWSER_NAME}: ${title}`, () => {
    let launched: { browser: ExtensionBrowser; server: StaticServer; proxy: RecordingProxy } | null = null;
    let apiPage: Page | null = null;
    const testPages: Page[] = [];

    beforeAll(async () => {
      const proxy = await startRecordingProxy();
      const server = await serveDirectory(FIXTURES_DIR);
      const browser = await launchExtensionBrowser({
        name: BROWSER_NAME,
        executablePath: EXECUTABLE!,
        extensionDir: extensionDirFor(BROWSER_NAME),
        proxyPort: proxy.port,
        ...(media ? { media } : {}),
      });
      launched = { browser, server, proxy };
    });

    afterAll(async () => {
      await launched?.browser.close();
      await launched?.server.close();
      await launched?.proxy.close();
    });

    const extensionPage = async (): Promise<Page> => {
      if (apiPage && !apiPage.isClosed()) return apiPage;
      apiPage = await launched!.browser.openExtensionPage('popup.html');
      return apiPage;
    };

    const session: BrowserSession = {
      name: BROWSER_NAME,
      get browser() {
        return launched!.browser;
      },
      get server() {
        return launched!.server;
      },
      async open(fixture, options) {
        const page = await launched!.browser.browser.newPage();
        testPages.push(page);
        await sizePage(page, options);
        await emulateMedia(page, media);
        await page.goto(`${launched!.server.origin}/${fixture}`);
        return page;
      },
      async openPopup(page, options) {
        const tabId = await session.tabIdOf(page);
        const popup = await launched!.browser.openExtensionPage(`popup.html?tab=${tabId}`, async (blank) => {
          await sizePage(blank, options);
          await emulateMedia(blank, media);
        });
        testPages.push(popup);
        return popup;
      },
      async tabIdOf(page) {
        const url = page.url();
        const id = await session.inExtension(async (api, wanted) => {
          const tabs = await api.tabs.query({});
          return tabs.find((tab) => tab.url === wanted)?.id ?? -1;
        }, url);
        if (id < 0) throw new Error(`no tab shows ${url}`);
        return id;
      },
      async inExtension<R, A>(fn: (api: ExtensionApi, arg: A) => Promise<R>, arg: A): Promise<R> {
        const page = await extensionPage();
        // Sent as source text and evaluated by the driver, which (unlike eval in the page) the
        // extension page's content security policy allows.
        return page.evaluate(`(${fn.toString()})(globalThis.browser ?? globalThis.chrome, ${JSON.stringify(arg)})`) as Promise<R>;
      },
      outsideHosts: () => launched!.proxy.hosts(),
    };

    // A clean start for the next test: its own tabs gone, settings back to defaults, no site enabled.
    afterEach(async () => {
      if (!launched) return;
      for (const page of testPages.splice(0)) if (!page.isClosed()) await page.close();
      await session.inExtension(async (api) => {
        await api.storage.local.clear();
        const registered = await api.scripting.getRegisteredContentScripts();
        if (registered.length > 0) await api.scripting.unregisterContentScripts({ ids: registered.map((script) => script.id) });
      }, null);
    });

    body(() => session);
  });
}
