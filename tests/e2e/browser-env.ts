/**
 * Whether the browser tests can run here. Without Chromium they are skipped with a clear line,
 * unless FOOTNOTE_REQUIRE_BROWSER=1 (set by .ci/run), where a missing browser fails the run.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { findChromium, launchWithExtension, serveDirectory, type LaunchedBrowser, type StaticServer } from '../../scripts/lib/browser';
import { REPO_ROOT } from '../../scripts/lib/paths';

export const CHROME_EXTENSION_DIR = path.join(REPO_ROOT, 'dist', 'chrome');
export const FIXTURES_DIR = path.join(REPO_ROOT, 'tests', 'fixtures');

function resolveBrowser(): string | null {
  const executable = findChromium();
  const required = process.env.FOOTNOTE_REQUIRE_BROWSER === '1';
  if (!existsSync(path.join(CHROME_EXTENSION_DIR, 'manifest.json'))) {
    if (required) throw new Error('browser tests: dist/chrome is missing; run `npm run build` first');
    console.warn('browser tests skipped: dist/chrome is missing (run `npm run build`)');
    return null;
  }
  if (!executable) {
    if (required) throw new Error('browser tests: FOOTNOTE_REQUIRE_BROWSER=1 but no Chromium was found (set CHROME_PATH)');
    console.warn('browser tests skipped: no Chromium found (install Debian `chromium` or set CHROME_PATH)');
  }
  return executable;
}

export const CHROMIUM_PATH = resolveBrowser();

export interface ChromiumSession {
  readonly browser: LaunchedBrowser;
  readonly server: StaticServer;
}

/**
 * Starts Chromium with the built extension, and a server for tests/fixtures on 127.0.0.1, for the
 * describe block it is called in; both close after it. Returns the session's getter.
 */
export function useChromiumSession(): () => ChromiumSession {
  let session: ChromiumSession | null = null;
  beforeAll(async () => {
    const server = await serveDirectory(FIXTURES_DIR);
    const browser = await launchWithExtension({ executablePath: CHROMIUM_PATH!, extensionDir: CHROME_EXTENSION_DIR, headless: true });
    session = { browser, server };
  });
  afterAll(async () => {
    await session?.browser.close();
    await session?.server.close();
  });
  return () => {
    if (!session) throw new Error('the Chromium session has not started');
    return session;
  };
}
