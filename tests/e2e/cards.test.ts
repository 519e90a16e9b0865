/**
 * Cards in the browser, read as a reader reads them: a statistic card for a percentage, a dollar
 * amount, a count and a duration; a past officeholder read against the article's date; a person
 * the knowledge file does not hold; a statute with "Copy citation" and a scroll cue. Each card's
 * lines are the lines `scan --cards` prints for the same page, and a screenshot of every card
 * kind, light and dark and in both browsers, is saved to artifacts/screenshots/ for a person to look at.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { beforeAll, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/lib/paths';
import { markCentre, waitForMarks } from '../../scripts/lib/page-probes';
import { FIXTURES_DIR } from './harness/fixtures';
import { BROWSER_NAME, describeInBrowser, type BrowserSession } from './harness/session';

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

interface ShownCard {
  readonly label: string | null;
  readonly title: string | null;
  /** Its kind label, then every heading, paragraph, list item and caption, one per line. */
  readonly lines: string;
  readonly byClass: Readonly<Record<string, string>>;
}

/** Opening the cards page and its cards, and saving what a card looks like, in `session`'s browser. */
function cardActions(session: () => BrowserSession) {
  async function openArticle(viewport = { width: 1100, height: 900 }): Promise<Page> {
    const page = await session().open(PAGE);
    await page.setViewport({ ...viewport, deviceScaleFactor: 1 });
    await waitForMarks(page);
    return page;
  }

  async function shown(page: Page): Promise<ShownCard | null> {
    return page.evaluate(() => {
      const card = document.querySelector('footnote-ui')?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
      if (!card || card.hidden || !card.querySelector('h2')) return null;
      const byClass: Record<string, string> = {};
      for (const line of Array.from(card.querySelectorAll('p[class]'))) byClass[line.className] ??= line.textContent;
      return {
        label: card.getAttribute('aria-label'),
        title: card.querySelector('h2')?.textContent ?? null,
        lines: [card.querySelector('.kind'), ...Array.from(card.querySelectorAll('h2, h3, p, li, figcaption'))].map((node) => node?.textContent ?? '').join('\n'),
        byClass,
      };
    });
  }

  /** Clicks a mark and waits for its card. */
  async function open(page: Page, kind: 'person' | 'statute' | 'statistic', text: string): Promise<ShownCard> {
    await page.keyboard.press('Escape');
    const point = await markCentre(page, `footnote-${kind}`, text);
    await page.mouse.click(point.x, point.y);
    await expect.poll(async () => (await shown(page))?.label ?? null).not.toBeNull();
    return (await shown(page))!;
  }

  async function dialog(page: Page): Promise<ElementHandle<HTMLElement>> {
    return page.evaluateHandle(() => document.querySelector('footnote-ui')!.shadowRoot!.querySelector<HTMLElement>('[role="dialog"]')!);
  }

  async function screenshot(page: Page, name: string): Promise<void> {
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    const card = await dialog(page);
    await card.screenshot({ path: path.join(SCREENSHOTS_DIR, `${BROWSER_NAME}-card-${name}.png`) });
  }

  return { openArticle, open, dialog, screenshot };
}

describeInBrowser('cards a reader opens', (session) => {
  let cli: CliOutput;

  beforeAll(() => {
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    cli = cliCards();
  });

  const { openArticle, open, dialog, screenshot } = cardActions(session);

  function cliCardFor(text: string): CliCard {
    const mention = cli.mentions.find((m) => m.text === text);
    if (!mention) throw new Error(`scan --cards has no mention "${text}"`);
    return cli.cards[mention.cardId]!;
  }

  it('opens readable statistic cards for a percentage, a dollar amount, a count and a duration', async () => {
    const page = await openArticle();
    const cases = [
      ['percentage', '5.3 percent', '5.3%', /^Official figure, 2015: \d+\.\d%$/m],
      ['dollar-amount', '$4.5 billion', '$4.5 billion', /of federal outlays in FY2015 \(\$[\d.]+ trillion, /],
      ['count', 'about 409,000', 'About 409,000 people', /^Official figure, FY2012: [\d,]+ people$/m],
      ['duration', 'two hours', '2 hours', /^A length of time, given in the article as 2 hours; /m],
    ] as const;
    for (const [name, mark, title, line] of cases) {
      const card = await open(page, 'statistic', mark);
      expect(card.title).toBe(title);
      expect(card.lines).toMatch(line);
      expect(card.lines).not.toMatch(/Value:|Qualifier:|Counts:|\d{7,}/);
      expect(card.lines).toBe(cliCardFor(mark).text);
      await screenshot(page, `statistic-${name}`);
    }
  });

  it('opens a card for a figure in a table cell that says what its column counts', async () => {
    const page = await openArticle();
    const card = await open(page, 'statistic', '1,250');
    expect(card.title).toBe('1,250 towns asking');
    expect(card.lines).toMatch(/^A count of towns asking, given in the article as 1,250;/m);
    expect(card.lines).toBe(cliCardFor('1,250').text);
    await screenshot(page, 'statistic-table-cell');
  });

  it('draws the official series as a sparkline with the article’s period marked', async () => {
    const page = await openArticle();
    await open(page, 'statistic', 'about 409,000');
    const chart = await page.evaluate(() => {
      const svg = document.querySelector('footnote-ui')!.shadowRoot!.querySelector('svg[role="img"]');
      return svg ? { label: svg.getAttribute('aria-label'), dots: svg.querySelectorAll('circle').length } : null;
    });
    expect(chart?.label).toContain('FY2012 marked');
    expect(chart?.dots).toBe(1);
  });

  it('leads a past officeholder’s card with the role held on the article’s date; a person from the article has a card too', async () => {
    const page = await openArticle();
    const biden = await open(page, 'person', 'Vice President Joe Biden');
    expect(biden.byClass.headline).toBe('Vice President of the United States (2009–2017) · later President of the United States (2021–2025)');
    expect(biden.byClass['as-of']).toMatch(/ as of /);
    expect(biden.lines).toBe(cliCardFor('Vice President Joe Biden').text);
    await screenshot(page, 'person-past-officeholder');
    const obama = await open(page, 'person', 'President Barack Obama');
    expect(obama.byClass.headline).toBe('President of the United States (2009–2017)');
    await screenshot(page, 'person');
    const delgado = await open(page, 'person', 'Maria Delgado');
    expect(delgado.lines).toContain('Described here as “a county clerk from Ohio who attended as an observer”.');
    expect(delgado.lines).toContain('Mentioned 2 times in this article.');
    expect(delgado.lines).toBe(cliCardFor('Maria Delgado').text);
    await screenshot(page, 'person-from-article');
  });

  it('shows that a long card scrolls, and copies a statute’s citation with a visible confirmation', async () => {
    if (BROWSER_NAME === 'chromium') {
      await session()
        .browser.browser.defaultBrowserContext()
        .setPermission(
          session().server.origin,
          { permission: { name: 'clipboard-read' }, state: 'granted' },
          { permission: { name: 'clipboard-write' }, state: 'granted' },
        );
    }
    const page = await openArticle({ width: 1100, height: 520 });
    const card = await open(page, 'statute', '8 U.S.C. 1324');
    expect(card.lines).toBe(cliCardFor('8 U.S.C. 1324').text);
    const handle = await dialog(page);
    await expect.poll(() => handle.evaluate((el) => el.hasAttribute('data-more'))).toBe(true);
    await screenshot(page, 'statute-scroll-cue');
    const copy = await handle.evaluateHandle((el) => el.querySelector<HTMLButtonElement>('button.copy')!);
    await copy.click();
    const status = (): Promise<string> => handle.evaluate((el) => el.querySelector('[role="status"]')?.textContent ?? '');
    // The clipboard answers in its own time; on a loaded machine that can pass a second.
    if (BROWSER_NAME === 'chromium') {
      await expect.poll(status, { timeout: 5_000 }).toBe('Citation copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('8 U.S.C. § 1324');
    } else {
      // Either way the reader is told what happened; Firefox may refuse the clipboard.
      await expect.poll(status, { timeout: 5_000 }).not.toBe('');
    }
    await handle.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect.poll(() => handle.evaluate((el) => el.hasAttribute('data-more'))).toBe(false);
    await screenshot(page, 'statute');
  });
});

describeInBrowser(
  'cards a reader opens, in the dark',
  (session) => {
    const { openArticle, open, dialog, screenshot } = cardActions(session);

    it('reads in the dark colour scheme too', async () => {
      const page = await openArticle();
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      for (const [kind, mark, name] of [
        ['person', 'Vice President Joe Biden', 'person'],
        ['statute', '8 U.S.C. 1324', 'statute'],
        ['statistic', 'about 409,000', 'statistic'],
      ] as const) {
        await open(page, kind, mark);
        const colours = await (await dialog(page)).evaluate((el) => ({ text: getComputedStyle(el).color, background: getComputedStyle(el).backgroundColor }));
        expect(colours.background).not.toBe('rgb(255, 255, 255)');
        expect(colours.text).not.toBe(colours.background);
        await screenshot(page, `${name}-dark`);
      }
    });
  },
  { colorScheme: 'dark' },
);
