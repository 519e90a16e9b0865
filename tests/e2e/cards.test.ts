/**
 * Cards in real Chromium, read as a reader reads them: a statistic card for a percentage, a
 * dollar amount, a count and a duration; a past officeholder read against the article's date; a
 * person the knowledge file does not hold; a statute with "Copy citation". Each card's lines are
 * the lines `scan --cards` prints for the same page, and a screenshot of every card kind is saved
 * to artifacts/screenshots/ for a person to look at.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/lib/paths';
import { markCentre, waitForMarks } from '../../scripts/lib/page-probes';
import { CHROMIUM_PATH, FIXTURES_DIR, useChromiumSession } from './browser-env';

const SCREENSHOTS_DIR = path.join(REPO_ROOT, 'artifacts', 'screenshots');
const PAGE = 'cards-article.html';

interface CliCard {
  readonly kind: string;
  readonly title: string;
  readonly headline: string | null;
  readonly text: string;
}

interface CliOutput {
  readonly mentions: ReadonlyArray<{ kind: string; text: string; cardId: string }>;
  readonly cards: Readonly<Record<string, CliCard>>;
}

function cliCards(): CliOutput {
  const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), 'scan', path.join(FIXTURES_DIR, PAGE), '--cards'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`scan --cards failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as CliOutput;
}

describe.skipIf(CHROMIUM_PATH === null)('cards a reader opens, in Chromium', () => {
  const session = useChromiumSession();
  let page: Page;
  let cli: CliOutput;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    cli = cliCards();
    page = await session().browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(`${session().server.origin}/${PAGE}`);
    await waitForMarks(page);
  });

  /** Clicks a mark, waits for its card and returns the dialog. */
  async function open(kind: 'person' | 'statute' | 'statistic', text: string): Promise<Locator> {
    await page.keyboard.press('Escape');
    const point = await markCentre(page, `footnote-${kind}`, text);
    await page.mouse.click(point.x, point.y);
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expect.poll(async () => (await dialog.getAttribute('aria-label')) !== null).toBe(true);
    return dialog;
  }

  /** The card's lines as shown: its kind label, then every heading, paragraph, list item and caption. */
  async function shownLines(dialog: Locator): Promise<string> {
    return dialog.evaluate((card) =>
      [card.querySelector('.kind'), ...Array.from(card.querySelectorAll('h2, h3, p, li, figcaption'))].map((node) => node?.textContent ?? '').join('\n'),
    );
  }

  function cliCardFor(text: string): CliCard {
    const mention = cli.mentions.find((m) => m.text === text);
    if (!mention) throw new Error(`scan --cards has no mention "${text}"`);
    return cli.cards[mention.cardId]!;
  }

  async function screenshot(dialog: Locator, name: string): Promise<void> {
    await dialog.screenshot({ path: path.join(SCREENSHOTS_DIR, `${name}.png`), animations: 'disabled' });
  }

  it.each([
    ['percentage', '5.3 percent', '5.3%', /^Official figure, 2015: \d+\.\d%$/m],
    ['dollar amount', '$4.5 billion', '$4.5 billion', /of federal outlays in FY2015 \(\$[\d.]+ trillion, /],
    ['count', 'about 409,000', 'About 409,000 people', /^Official figure, FY2012: [\d,]+ people$/m],
    ['duration', 'two hours', '2 hours', /^A length of time, given in the article as 2 hours; /m],
  ] as const)('opens a readable statistic card for a %s', async (name, mark, title, line) => {
    const dialog = await open('statistic', mark);
    const text = await shownLines(dialog);
    expect(await dialog.locator('h2').textContent()).toBe(title);
    expect(text).toMatch(line);
    expect(text).not.toMatch(/Value:|Qualifier:|Counts:|\d{7,}/);
    expect(text).toBe(cliCardFor(mark).text);
    await screenshot(dialog, `statistic-${name.replace(' ', '-')}`);
  });

  it('draws the official series as a sparkline with the article’s period marked', async () => {
    const dialog = await open('statistic', 'about 409,000');
    const chart = dialog.locator('svg[role="img"]');
    expect(await chart.getAttribute('aria-label')).toContain('FY2012 marked');
    expect(await chart.locator('circle').count()).toBe(1);
  });

  it('leads a past officeholder’s card with the role held on the article’s date', async () => {
    const dialog = await open('person', 'Vice President Joe Biden');
    const headline = await dialog.locator('.headline').textContent();
    expect(headline).toMatch(/^Vice President of the United States \(2009–2017\) · later President of the United States \(2021–2025\)$/);
    expect(await dialog.locator('.as-of').textContent()).toMatch(/as of /);
    expect(await shownLines(dialog)).toBe(cliCardFor('Vice President Joe Biden').text);
    await screenshot(dialog, 'person-past-officeholder');
  });

  it('gives a person outside the knowledge file a card from the article', async () => {
    const dialog = await open('person', 'Maria Delgado');
    const text = await shownLines(dialog);
    expect(text).toContain('Described here as “a county clerk from Ohio who attended as an observer”.');
    expect(text).toContain('Mentioned twice in this article.');
    expect(text).toBe(cliCardFor('Maria Delgado').text);
    await screenshot(dialog, 'person-from-article');
  });

  it('shows a current officeholder with dates', async () => {
    const dialog = await open('person', 'President Barack Obama');
    expect(await dialog.locator('.headline').textContent()).toBe('President of the United States (2009–2017)');
    await screenshot(dialog, 'person');
  });

  it('copies a statute’s citation and says so; a long card shows that it scrolls', async () => {
    await page.setViewportSize({ width: 1100, height: 520 });
    await session().browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session().server.origin });
    const dialog = await open('statute', '8 U.S.C. 1324');
    expect(await shownLines(dialog)).toBe(cliCardFor('8 U.S.C. 1324').text);
    await expect.poll(() => dialog.evaluate((card) => card.hasAttribute('data-more'))).toBe(true);
    expect(await dialog.locator('.scroll-cue').isVisible()).toBe(true);
    await screenshot(dialog, 'statute-scroll-cue');
    await dialog.getByRole('button', { name: 'Copy citation' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('Citation copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('8 U.S.C. § 1324');
    await dialog.evaluate((card) => card.scrollTo({ top: card.scrollHeight }));
    await expect.poll(() => dialog.evaluate((card) => card.hasAttribute('data-more'))).toBe(false);
    await screenshot(dialog, 'statute');
    await page.setViewportSize({ width: 1100, height: 900 });
  });

  it('reads in the dark colour scheme too', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const [kind, mark, name] of [
      ['person', 'Vice President Joe Biden', 'person'],
      ['statute', '8 U.S.C. 1324', 'statute'],
      ['statistic', 'about 409,000', 'statistic'],
    ] as const) {
      const dialog = await open(kind, mark);
      const colours = await dialog.evaluate((card) => {
        const style = getComputedStyle(card);
        return { text: style.color, background: style.backgroundColor };
      });
      expect(colours.background).not.toBe('rgb(255, 255, 255)');
      expect(colours.text).not.toBe(colours.background);
      await screenshot(dialog, `${name}-dark`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
