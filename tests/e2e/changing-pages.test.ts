/** Articles that arrive late or change under a single-page app are marked once, fully. */
import { describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, useChromiumSession } from './browser-env';
import { markedStrings } from '../../scripts/lib/page-probes';

describe.skipIf(CHROMIUM_PATH === null)('late and changing articles in Chromium', () => {
  const session = useChromiumSession();

  it('marks a body that loads two seconds late, once', async () => {
    const page = await session().browser.context.newPage();
    await page.goto(`${session().server.origin}/pages/late-body.html`);
    await page.waitForFunction(() => CSS.highlights.has('footnote-statute'), undefined, { timeout: 15_000 });
    // Let any further observer rounds settle, then check nothing was painted twice.
    await page.waitForTimeout(1_500);
    const marks = await markedStrings(page);
    expect(marks['footnote-statute']).toEqual(['8 U.S.C. 1324']);
    expect(marks['footnote-person']!.filter((text) => text === 'Thomas Homan')).toHaveLength(1);
    expect(marks['footnote-person']).toContain('Donald Trump');
    expect(marks['footnote-statistic']).toEqual(expect.arrayContaining(['roughly 409,000', 'less than 20 percent']));
    await page.close();
  });

  it('follows history.pushState to a second article and marks only that one', async () => {
    const page = await session().browser.context.newPage();
    await page.goto(`${session().server.origin}/pages/spa-first.html`);
    await page.waitForFunction(() => CSS.highlights.has('footnote-statute'), undefined, { timeout: 15_000 });
    const first = await markedStrings(page);
    expect(first['footnote-statistic']).toEqual(expect.arrayContaining(['about 409,000', 'less than 20 percent']));
    await page.waitForURL('**/stories/second');
    await page.waitForFunction(
      () => {
        const statistics = CSS.highlights.get('footnote-statistic');
        return statistics !== undefined && Array.from(statistics as Iterable<AbstractRange>, (r) => (r as Range).toString()).includes('near 409,000');
      },
      undefined,
      { timeout: 15_000 },
    );
    await page.waitForTimeout(1_500);
    const second = await markedStrings(page);
    expect(second['footnote-statute']).toEqual(['8 U.S.C. 1324']);
    expect(second['footnote-person']).toEqual(['Donald Trump', 'Thomas Homan']);
    expect(second['footnote-statistic']).not.toContain('about 409,000');
    await page.close();
  });
});
