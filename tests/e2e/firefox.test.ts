/** The built dist/firefox in real headless Firefox: the same source marks and explains the demo article. */
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory, type StaticServer } from '../../scripts/lib/browser';
import { REPO_ROOT } from '../../scripts/lib/paths';
import { FIXTURES_DIR } from './browser-env';
import { FIREFOX_PATH } from './firefox-env';
import { markCentre, markedStrings } from '../../scripts/lib/page-probes';

const FIREFOX_EXTENSION_DIR = path.join(REPO_ROOT, 'dist', 'firefox');

describe.skipIf(FIREFOX_PATH === null)('Footnote on the demo article in Firefox', () => {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let page: Page;

  beforeAll(async () => {
    server = await serveDirectory(FIXTURES_DIR);
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH!, headless: true });
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
    page = await browser.newPage();
    await page.goto(`${server.origin}/demo-article.html`);
    await page.waitForFunction(() => performance.getEntriesByName('footnote:painted').length > 0, { timeout: 20_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('paints the statutes of the body with the Highlight API', async () => {
    const marks = await markedStrings(page);
    expect(marks['footnote-statute']).toEqual(['8 U.S.C. § 1324', 'section 274 of the Immigration and Nationality Act', 'Tenth Amendment']);
    expect(marks['footnote-person']).toContain('Thomas Homan');
    expect(marks['footnote-statistic']).toContain('about 409,000');
  });

  it('opens the card named after the person on click, and Escape closes it', async () => {
    const point = await markCentre(page, 'footnote-person', 'Thomas Homan');
    await page.mouse.click(point.x, point.y);
    const dialogLabel = (): Promise<string | null> =>
      page.evaluate(() => {
        const dialog = document.querySelector('footnote-ui')?.shadowRoot?.querySelector('[role="dialog"]');
        return dialog && !(dialog as HTMLElement).hidden ? dialog.getAttribute('aria-label') : null;
      });
    await expect.poll(dialogLabel, { timeout: 5_000 }).toBe('Thomas Homan');
    await page.keyboard.press('Escape');
    await expect.poll(dialogLabel, { timeout: 5_000 }).toBeNull();
  });
});
