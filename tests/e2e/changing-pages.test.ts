/** Articles that arrive late or change under a single-page app are marked once, fully. */
import { expect, it } from 'vitest';
import { markedStrings, waitInPage } from '../../scripts/lib/page-probes';
import { describeInBrowser } from './harness/session';

/** Long enough for any further observer rounds to settle, so a double paint would show. */
const SETTLE_MS = 1_500;

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
}

describeInBrowser('late and changing articles', (session) => {
  it('marks a body that loads two seconds late, once', async () => {
    const page = await session().open('pages/late-body.html');
    await waitInPage(page, () => CSS.highlights.has('footnote-statute'), 15_000, 'the late body marked');
    await settle();
    const marks = await markedStrings(page);
    expect(marks['footnote-statute']).toEqual(['8 U.S.C. 1324']);
    expect(marks['footnote-person']!.filter((text) => text === 'Thomas Homan')).toHaveLength(1);
    expect(marks['footnote-person']).toContain('Donald Trump');
    expect(marks['footnote-statistic']).toEqual(expect.arrayContaining(['roughly 409,000', 'less than 20 percent']));
  });

  it('follows history.pushState to a second article and marks only that one', async () => {
    const page = await session().open('pages/spa-first.html');
    await waitInPage(page, () => CSS.highlights.has('footnote-statute'), 15_000, 'the first article marked');
    const first = await markedStrings(page);
    expect(first['footnote-statistic']).toEqual(expect.arrayContaining(['about 409,000', 'less than 20 percent']));
    await expect.poll(() => page.url(), { timeout: 15_000 }).toMatch(/\/stories\/second$/);
    await waitInPage(
      page,
      () => {
        const statistics = CSS.highlights.get('footnote-statistic');
        return statistics !== undefined && Array.from(statistics as Iterable<AbstractRange>, (r) => (r as Range).toString()).includes('near 409,000');
      },
      15_000,
      'the second article marked',
    );
    await settle();
    const second = await markedStrings(page);
    expect(second['footnote-statute']).toEqual(['8 U.S.C. 1324']);
    expect(second['footnote-person']).toEqual(['Donald Trump', 'Thomas Homan']);
    expect(second['footnote-statistic']).not.toContain('about 409,000');
  });
});
