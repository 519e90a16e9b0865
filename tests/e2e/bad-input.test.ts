/** Pages that are not articles, are empty, or misbehave get no stray marks and no errors from us. */
import { expect, it } from 'vitest';
import { markedStrings, waitForFirstScan } from '../../scripts/lib/page-probes';
import { describeInBrowser } from './harness/session';

describeInBrowser('bad input', (session) => {
  async function visit(file: string): Promise<{ marks: string[]; extensionErrors: string[] }> {
    const extensionOrigin = session().browser.extensionOrigin;
    const extensionErrors: string[] = [];
    const page = await session().browser.browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' && (message.location().url ?? '').startsWith(extensionOrigin)) extensionErrors.push(message.text());
    });
    page.on('pageerror', (error) => {
      if (String((error as Error).stack).includes(extensionOrigin)) extensionErrors.push(String(error));
    });
    await page.goto(`${session().server.origin}/${file}`);
    await waitForFirstScan(page, 15_000);
    const marks = Object.values(await markedStrings(page)).flat();
    await page.close();
    return { marks, extensionErrors };
  }

  it('marks nothing on pages that are not articles', async () => {
    for (const page of ['pages/nonarticle-section-front.html', 'pages/nonarticle-search-results.html', 'pages/nonarticle-dashboard.html']) {
      expect(await visit(page)).toEqual({ marks: [], extensionErrors: [] });
    }
  });

  it('marks nothing on an empty page', async () => {
    expect(await visit('bad-input/empty-body.html')).toEqual({ marks: [], extensionErrors: [] });
  });

  it('marks only the article of a page whose scripts throw and whose JSON-LD is broken', async () => {
    const { marks, extensionErrors } = await visit('bad-input/throwing-scripts.html');
    expect(extensionErrors).toEqual([]);
    expect(marks).toEqual(expect.arrayContaining(['Jordan Alvarez', 'more than 300', '$1.2 million', 'about 15 percent']));
    expect(marks).not.toContain('Lee Carter');
  });
});
