/**
 * Firefox for the browser tests: Debian's firefox-esr (or FIREFOX_PATH), driven over WebDriver
 * BiDi by puppeteer-core, since playwright-core drives only its own patched Firefox builds.
 * Where none is found the Firefox tests are skipped with a clear line.
 */
import { existsSync } from 'node:fs';

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

function resolveFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  const found = fromEnv ? (existsSync(fromEnv) ? fromEnv : null) : (FIREFOX_CANDIDATES.find((candidate) => existsSync(candidate)) ?? null);
  if (!found) console.warn('Firefox browser tests skipped: no Firefox found (install Debian `firefox-esr` or set FIREFOX_PATH)');
  return found;
}

export const FIREFOX_PATH = resolveFirefox();
