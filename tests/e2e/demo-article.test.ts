/**
 * The built extension on the demo article served from 127.0.0.1, in Chromium and in Firefox:
 * what is painted, the badge, the cards, the keyboard, the popup and its switches, enabling a
 * site, and that nothing leaves the machine. Each test opens its own tab.
 */
import { expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { markCentre, markedStrings, waitForMarks, type MarkedStrings } from '../../scripts/lib/page-probes';
import { activeTag, cardLabel, focusRing, openCard } from './harness/card-probes';
import { browserLacks, describeInBrowser, type BrowserSession } from './harness/session';

const DEMO = 'demo-article.html';
/** A host the page itself asks for, to show the request recorder works. */
const PROBE_HOST = 'request-probe.example';

function total(marks: MarkedStrings): number {
  return Object.values(marks).flat().length;
}

describeInBrowser('Footnote on the demo article', (session) => {
  async function openDemo(): Promise<Page> {
    const page = await session().open(DEMO);
    await waitForMarks(page);
    return page;
  }

  function stepMark(s: BrowserSession, tabId: number, direction: 1 | -1): Promise<unknown> {
    return s.inExtension((api, [id, dir]) => api.tabs.sendMessage(id, { type: 'footnote:step-mark', direction: dir }), [tabId, direction] as const);
  }

  it('paints exactly the people, statutes and statistics of the body, one highlight name per kind', async () => {
    const marks = await markedStrings(await openDemo());
    expect(marks['footnote-person']).toEqual([
      'Thomas Homan',
      'Mr. Homan',
      'President Donald Trump',
      'Homan',
      'President Barack Obama',
      'Homan',
      'Homeland Security Secretary Kristi Noem',
      'Sen. Chuck Grassley',
      'Maria Ocampo',
      'Obama',
      'Ocampo',
    ]);
    expect(marks['footnote-statute']).toEqual(['8 U.S.C. § 1324', 'section 274 of the Immigration and Nationality Act', 'Tenth Amendment']);
    expect(marks['footnote-statistic']).toEqual([
      'roughly 340',
      'more than 1,800',
      'up to five years',
      'as many as 10 years',
      'about 409,000',
      'roughly 3.7 million',
      '$2.5 billion',
      'less than 20 percent',
      'nearly 60%',
      'more than a decade',
    ]);
  });

  it('shows the number of painted marks on the toolbar badge', async () => {
    const page = await openDemo();
    const painted = String(total(await markedStrings(page)));
    const tabId = await session().tabIdOf(page);
    const badge = (): Promise<string> => session().inExtension((api, id) => api.action.getBadgeText({ tabId: id }), tabId);
    await expect.poll(badge).toBe(painted);
  });

  it('leaves the headline, nav, share bar, teasers, comments and footer unmarked', async () => {
    const all = Object.values(await markedStrings(await openDemo())).flat();
    for (const outside of ['Elizabeth Warren', 'Sen. Elizabeth Warren', '8 U.S.C. 1325', '18 U.S.C. 1001', 'First Amendment', '$4 billion', '1,200', '30 percent', '45 million dollars', 'Barack Obama']) {
      expect(all).not.toContain(outside);
    }
  });

  it('opens a card named after the person on click; Escape closes it and focus comes back', async () => {
    const page = await openDemo();
    const point = await markCentre(page, 'footnote-person', 'Thomas Homan');
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => cardLabel(page)).toContain('Thomas Homan');
    expect((await openCard(page))?.text).toContain('acting director');
    await expect.poll(() => activeTag(page)).toBe('footnote-ui');
    await page.keyboard.press('Escape');
    await expect.poll(() => openCard(page)).toBeNull();
    await expect.poll(() => activeTag(page)).toBe('body');
  });

  it('shows the statute card with its heading and the crosswalked act section', async () => {
    const page = await openDemo();
    const point = await markCentre(page, 'footnote-statute', '8 U.S.C. § 1324');
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => cardLabel(page)).toContain('8 U.S.C. § 1324');
    expect((await openCard(page))?.text).toMatch(/Bringing in and harboring certain aliens/i);
  });

  it('opens a card after the pointer rests on a mark, without taking focus', async () => {
    const page = await openDemo();
    const point = await markCentre(page, 'footnote-statistic', 'about 409,000');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => cardLabel(page), { timeout: 3_000 }).toMatch(/^about 409,000 — .*[Rr]emovals/);
    expect((await openCard(page))?.text).toContain('Official figure');
    expect(await activeTag(page)).toBe('body');
    await page.mouse.move(5, 5);
    await expect.poll(() => openCard(page), { timeout: 3_000 }).toBeNull();
  });

  it('registers the two keyboard commands, with the same suggested shortcuts', async ({ skip }) => {
    const commands = await session().inExtension((api) => api.commands.getAll(), null);
    const shortcuts = Object.fromEntries(commands.flatMap(({ name, shortcut }) => (name?.endsWith('-mark') ? [[name, shortcut] as const] : [])));
    expect(Object.keys(shortcuts).sort()).toEqual(['next-mark', 'previous-mark']);
    const gap = browserLacks('assigned-shortcuts');
    if (gap) skip(gap);
    expect(shortcuts).toEqual({ 'next-mark': 'Alt+Shift+N', 'previous-mark': 'Alt+Shift+P' });
  });

  it('reaches marks by keyboard: the shortcut moves between marks and Enter opens the card', async () => {
    const page = await openDemo();
    const marks = await markedStrings(page);
    const tabId = await session().tabIdOf(page);
    // What the background sends when the shortcut is pressed; a key press synthesized by the
    // driver reaches the page, not the browser's shortcut handler.
    await stepMark(session(), tabId, 1);
    await stepMark(session(), tabId, 1);
    // The second mark in reading order: the first two painted ranges across kinds, by position.
    const inOrder = await page.evaluate(() => {
      const ranges: Range[] = [];
      for (const name of ['footnote-person', 'footnote-statute', 'footnote-statistic']) {
        for (const range of (CSS.highlights.get(name) ?? []) as Iterable<AbstractRange>) ranges.push(range as Range);
      }
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      return ranges.map((range) => range.toString());
    });
    expect(inOrder).toHaveLength(total(marks));
    expect(await focusRing(page)).toEqual([inOrder[1]]);
    await page.keyboard.press('Enter');
    await expect.poll(() => openCard(page)).not.toBeNull();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect(await focusRing(page)).toEqual([]);
  });

  it('lists what was found in the popup, grouped by kind, and goes to a mark on click', async () => {
    const page = await openDemo();
    const marks = await markedStrings(page);
    const popup = await session().openPopup(page);
    const headings = (): Promise<string[]> => popup.evaluate(() => Array.from(document.querySelectorAll('#found-list h3'), (h) => h.textContent));
    // Counted as entities: Homan's four spellings are one person, the act's section and the Code section one law.
    await expect.poll(headings).toEqual([expect.stringMatching(/^People · \d+$/), 'Laws · 2', expect.stringMatching(/^Statistics · \d+$/)]);
    // The popup asks for the knowledge date after it has listed the marks: wait for that answer too.
    await expect.poll(() => popup.evaluate(() => document.querySelector('#knowledge-date')?.textContent)).toMatch(/^Knowledge file as of \w+ \d{1,2}, \d{4}$/);
    const rows = (kind: string): Promise<Array<[string, string]>> =>
      popup.evaluate(
        (k) => Array.from(document.querySelectorAll(`#found-list [data-kind="${k}"] button.entity`), (b) => [b.querySelector('.entity-name')?.textContent ?? '', b.querySelector('.entity-count')?.textContent ?? ''] as [string, string]),
        kind,
      );
    // The act's own section is listed under the U.S. Code section the crosswalk maps it to.
    expect(await rows('statute')).toEqual([['8 U.S.C. § 1324', '2'], ['Tenth Amendment', '1']]);
    const homanMarks = marks['footnote-person']!.filter((text) => text.endsWith('Homan')).length;
    expect((await rows('person'))[0]).toEqual(['Thomas Homan', String(homanMarks)]);
    await popup.evaluate(() => document.querySelectorAll<HTMLButtonElement>('#found-list [data-kind="statute"] button.entity')[1]!.click());
    await expect.poll(() => cardLabel(page)).toBe('U.S. Const. amend. X');
    expect((await openCard(page))?.text).toContain('Tenth Amendment');
  });

  it('turns every highlight off from the popup and back on, live, leaving the page as served', async () => {
    const page = await openDemo();
    const painted = await markedStrings(page);
    const pageAsServed = await page.evaluate(() => document.documentElement.outerHTML);
    // A card opened and closed leaves nothing behind once Footnote is off.
    const point = await markCentre(page, 'footnote-person', 'Thomas Homan');
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => openCard(page)).not.toBeNull();
    await page.keyboard.press('Escape');
    const popup = await session().openPopup(page);
    await expect.poll(() => popup.evaluate(() => document.querySelectorAll('#found-list li').length)).toBeGreaterThan(0);
    await popup.click('#enabled');
    await expect.poll(async () => total(await markedStrings(page))).toBe(0);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(pageAsServed);
    await popup.click('#enabled');
    await expect.poll(() => markedStrings(page)).toEqual(painted);
  });

  it('enables a site for good, and a re-injected content script replaces the running one', async () => {
    const page = await openDemo();
    const before = await markedStrings(page);
    const tabId = await session().tabIdOf(page);
    const origin = new URL(page.url()).origin;
    // Each content-script instance reports when it started; a replacement reports a later start.
    const startedAt = (): Promise<number> =>
      session().inExtension(async (api, id) => {
        const timings = (await api.tabs.sendMessage(id, { type: 'footnote:page-timings' })) as { startedAtMs: number };
        return timings.startedAtMs;
      }, tabId);
    const firstStart = await startedAt();
    const registered = await session().inExtension(
      async (api, [id, siteOrigin]) => {
        await api.runtime.sendMessage({ type: 'footnote:enable-site', origin: siteOrigin, tabId: id });
        return api.scripting.getRegisteredContentScripts();
      },
      [tabId, origin] as const,
    );
    expect(registered.map((script) => [script.id, script.matches])).toEqual([['footnote-site:http://127.0.0.1/*', ['http://127.0.0.1/*']]]);
    await expect.poll(startedAt, { timeout: 10_000 }).toBeGreaterThan(firstStart);
    await expect.poll(() => markedStrings(page)).toEqual(before);
    const point = await markCentre(page, 'footnote-person', 'Thomas Homan');
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => openCard(page)).not.toBeNull();
    expect(await page.evaluate(() => document.querySelectorAll('footnote-ui').length)).toBe(1);
  });

  it('sends no request to any host but 127.0.0.1: page, content script, card, background and popup', async () => {
    const page = await openDemo();
    const point = await markCentre(page, 'footnote-statute', '8 U.S.C. § 1324');
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => openCard(page)).not.toBeNull();
    const popup = await session().openPopup(page);
    await expect.poll(() => popup.evaluate(() => document.querySelector('#knowledge-date')?.textContent ?? '')).not.toBe('');
    // The recorder sees what the page itself asks of the outside world, so it would see ours.
    await page.evaluate((url) => fetch(url).then(() => undefined, () => undefined), `http://${PROBE_HOST}/`);
    await expect.poll(() => session().outsideHosts()).toContain(PROBE_HOST);
    expect(session().outsideHosts().filter((host) => host !== PROBE_HOST)).toEqual([]);
  });
});
