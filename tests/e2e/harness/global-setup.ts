/**
 * Runs once per browser project (`chromium`, `firefox`) before its tests: finds the browser and
 * the built extension, says in one line why the project is skipped when either is missing, and
 * hands the executable to the test files. Chromium is required when FOOTNOTE_REQUIRE_BROWSER=1
 * (set by .ci/run); Firefox is skipped where it is not installed.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium, findFirefox, type BrowserName } from '../../../scripts/lib/browser';
import { DIST_DIR } from '../../../scripts/lib/paths';

declare module 'vitest' {
  export interface ProvidedContext {
    browserName: BrowserName;
    /** Null when the project's tests are skipped. */
    browserExecutable: string | null;
  }
}

const INSTALL_HINT: Readonly<Record<BrowserName, string>> = {
  chromium: 'install Debian `chromium` or set CHROME_PATH',
  firefox: 'install Debian `firefox-esr` or set FIREFOX_PATH',
};

function extensionDirFor(name: BrowserName): string {
  return path.join(DIST_DIR, name === 'chromium' ? 'chrome' : 'firefox');
}

export default function setup(project: TestProject): void {
  const name = project.name as BrowserName;
  const required = name === 'chromium' && process.env.FOOTNOTE_REQUIRE_BROWSER === '1';
  let executable = name === 'chromium' ? findChromium() : findFirefox();
  let reason: string | null = null;
  if (!existsSync(path.join(extensionDirFor(name), 'manifest.json'))) reason = `${path.relative(process.cwd(), extensionDirFor(name))} is missing (run \`npm run build\`)`;
  else if (!executable) reason = `no ${name === 'chromium' ? 'Chromium' : 'Firefox'} found (${INSTALL_HINT[name]})`;
  if (reason) {
    if (required) throw new Error(`browser tests: FOOTNOTE_REQUIRE_BROWSER=1 but ${reason}`);
    console.warn(`${name} browser tests skipped: ${reason}`);
    executable = null;
  }
  project.provide('browserName', name);
  project.provide('browserExecutable', executable);
}

export { extensionDirFor };
