/**
 * Starts a browser with a built Footnote loaded, and serves local pages on 127.0.0.1. The browser
 * tests drive Chromium and Firefox through one driver, puppeteer-core (CDP for Chromium, WebDriver
 * BiDi for Firefox, since playwright-core drives only its own patched Firefox builds); `npm start`
 * and the browser benchmark use playwright-core's Chromium.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import puppeteer, { TargetType, type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_EXTENSION_ID } from './manifests';

const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Quiet flags: this machine has no network beyond loopback, and nothing should try. */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

export function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return FIREFOX_CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
};

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves files under `root` on 127.0.0.1 at a free port. */
export async function serveDirectory(root: string): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = path.join(root, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface LaunchedBrowser {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly serviceWorker: Worker;
  close(): Promise<void>;
}

export interface LaunchOptions {
  readonly executablePath: string;
  readonly extensionDir: string;
  readonly headless: boolean;
  readonly viewport?: { width: number; height: number };
}

export async function launchWithExtension(options: LaunchOptions): Promise<LaunchedBrowser> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'footnote-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: options.executablePath,
    headless: options.headless,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    args: [
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${options.extensionDir}`,
      `--load-extension=${options.extensionDir}`,
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export type BrowserName = 'chromium' | 'firefox';

export interface ExtensionBrowserOptions {
  readonly name: BrowserName;
  readonly executablePath: string;
  readonly extensionDir: string;
  /** Send every request but loopback to this proxy on 127.0.0.1. */
  readonly proxyPort?: number;
  /**
   * Firefox only: start with these reader preferences (WebDriver BiDi cannot emulate media
   * features; Chromium pages take `page.emulateMediaFeatures` instead).
   */
  readonly media?: MediaPreferences;
}

export interface MediaPreferences {
  readonly colorScheme?: 'light' | 'dark';
  readonly reducedMotion?: boolean;
}

/** Firefox preferences that make pages, extension pages included, see `media`. */
function firefoxMediaPrefs(media: MediaPreferences | undefined): Record<string, number> {
  const dark = media?.colorScheme === 'dark' ? 1 : 0;
  return {
    ...(media?.colorScheme === undefined
      ? {}
      : {
          'ui.systemUsesDarkTheme': dark,
          // 0 dark, 1 light: what prefers-color-scheme says in content and extension pages.
          'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1,
        }),
    ...(media?.reducedMotion ? { 'ui.prefersReducedMotion': 1 } : {}),
  };
}

export interface ExtensionBrowser {
  readonly name: BrowserName;
  readonly browser: Browser;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`: where the extension's own pages live. */
  readonly extensionOrigin: string;
  /** Opens one of the extension's pages (the popup, say) as a tab; `prepare` runs on the blank tab first. */
  openExtensionPage(pathAndQuery: string, prepare?: (page: Page) => Promise<void>): Promise<Page>;
  close(): Promise<void>;
}

const EXTENSION_PAGE_TIMEOUT_MS = 15_000;
/** Nowhere: a closed port on loopback, where the browsers' own services are sent under test. */
const NOWHERE = 'http://127.0.0.1:9/';

/**
 * The browser's own calls home (extension and component updates, account checks) pointed at
 * nowhere, so that what reaches the recording proxy is what the extension asked for.
 */
const CHROMIUM_QUIET_SERVICES = [
  `--gaia-url=${NOWHERE}`,
  `--google-apis-url=${NOWHERE}`,
  `--lso-url=${NOWHERE}`,
  `--apps-gallery-update-url=${NOWHERE}`,
  `--component-updater=url-source=${NOWHERE}`,
  '--disable-features=NetworkTimeServiceQuerying',
];
/**
 * Firefox's remote agent already points Remote Settings at a dummy server, but a release build
 * obeys that only with this variable set.
 */
const FIREFOX_QUIET_ENV = { MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' };

async function launchChromiumWithExtension(options: ExtensionBrowserOptions): Promise<ExtensionBrowser> {
  const proxyFlags = options.proxyPort === undefined ? [] : [`--proxy-server=http://127.0.0.1:${options.proxyPort}`];
  const browser = await puppeteer.launch({
    executablePath: options.executablePath,
    headless: true,
    pipe: true,
    enableExtensions: true,
    defaultViewport: null,
    // Loaded from the command line, as an unpacked extension is at start-up, so its suggested
    // keyboard shortcuts are assigned (loading it later over DevTools leaves them unset).
    args: [
      ...CHROMIUM_FLAGS,
      ...CHROMIUM_QUIET_SERVICES,
      '--window-size=1280,900',
      `--disable-extensions-except=${options.extensionDir}`,
      `--load-extension=${options.extensionDir}`,
      ...proxyFlags,
    ],
  });
  const worker = await browser.waitForTarget((target) => target.type() === TargetType.SERVICE_WORKER && target.url().startsWith('chrome-extension://'));
  // Node gives non-special schemes an opaque origin, so build it from the host.
  const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
  return {
    name: 'chromium',
    browser,
    extensionOrigin,
    async openExtensionPage(pathAndQuery, prepare) {
      const page = await browser.newPage();
      await prepare?.(page);
      await page.goto(`${extensionOrigin}/${pathAndQuery}`);
      return page;
    },
    close: () => browser.close(),
  };
}

async function launchFirefoxWithExtension(options: ExtensionBrowserOptions): Promise<ExtensionBrowser> {
  // A known UUID for the extension's moz-extension:// origin (Firefox otherwise picks one at random).
  const uuid = randomUUID();
  const proxyPrefs =
    options.proxyPort === undefined
      ? {}
      : {
          'network.proxy.type': 1,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': options.proxyPort,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': options.proxyPort,
          // puppeteer points Firefox's own services at this reserved name; they are not ours to record.
          'network.proxy.no_proxies_on': 'dummy.test',
          'network.proxy.allow_hijacking_localhost': false,
        };
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: options.executablePath,
    env: { ...process.env, ...FIREFOX_QUIET_ENV },
    headless: true,
    defaultViewport: null,
    // WebDriver BiDi refuses to navigate a tab to a moz-extension:// page without system access.
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: uuid }),
      // Scrollbars over the content, as on a phone, so a 390-pixel window is 390 pixels of page.
      'ui.useOverlayScrollbars': 1,
      ...proxyPrefs,
      ...firefoxMediaPrefs(options.media),
    },
  });
  await browser.installExtension(options.extensionDir);
  const extensionOrigin = `moz-extension://${uuid}`;
  return {
    name: 'firefox',
    browser,
    extensionOrigin,
    async openExtensionPage(pathAndQuery, prepare) {
      const page = await browser.newPage();
      await prepare?.(page);
      // The tab changes process on the way to an extension page: the navigation's own promise
      // never settles and page.url() keeps the old address, so ask the document where it is.
      page.goto(`${extensionOrigin}/${pathAndQuery}`).catch(() => undefined);
      const arrived = (): Promise<boolean> =>
        page.evaluate((origin) => location.href.startsWith(origin) && document.readyState === 'complete', extensionOrigin).catch(() => false);
      const deadline = Date.now() + EXTENSION_PAGE_TIMEOUT_MS;
      while (!(await arrived())) {
        if (Date.now() > deadline) throw new Error(`Firefox did not open ${pathAndQuery}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return page;
    },
    close: () => browser.close(),
  };
}

/** Starts headless Chromium or Firefox with the unpacked extension in `extensionDir` installed. */
export function launchExtensionBrowser(options: ExtensionBrowserOptions): Promise<ExtensionBrowser> {
  return options.name === 'chromium' ? launchChromiumWithExtension(options) : launchFirefoxWithExtension(options);
}
