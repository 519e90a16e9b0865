/**
 * The three development corpora of `../shared/corpus/extraction`, as one list of pages with what
 * each one is scored on: Scrapinghub's ground-truth bodies, Readability's own output on its test
 * pages, and Postlight's 13-word leads.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { siteOfHost, siteOfTestPageName } from './site-folds';

export type CorpusName = 'scrapinghub' | 'readability' | 'postlight';

export interface BenchPage {
  readonly corpus: CorpusName;
  readonly id: string;
  readonly site: string;
  readonly url: string;
  readonly html: () => string;
  /** Full body text to score shingles against (Scrapinghub truth, Readability's expected output). */
  readonly truth: string | null;
  /** Words the article text must contain (Postlight). */
  readonly lead: string | null;
  /** False for pages that are not articles: only these may come back empty. */
  readonly isArticle: boolean;
}

const READABILITY_FAKE_URL = 'http://fakehost/test/page.html';

/**
 * Readability test pages that are not articles although Readability's own `readerable` check
 * passes them. Labelled by reading the pages (the same labels as tests/dom/corpus-detection), not
 * by what either extractor returns.
 */
const NOT_ARTICLES: Readonly<Record<string, string>> = {
  'mozilla-1': 'a browser product page',
  'nytimes-5': 'a news front page (a list of teasers)',
  hukumusume: "a children's-story site's page with a 300-character fable among its menus",
};

const quiet = new VirtualConsole();

function scrapinghub(dir: string): BenchPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url: string; articleBody: string }
  >;
  return Object.entries(truth).map(([id, entry]) => ({
    corpus: 'scrapinghub',
    id,
    site: siteOfHost(new URL(entry.url).hostname),
    url: entry.url,
    html: () => readFileSync(join(dir, `${id}.html`), 'utf8'),
    truth: entry.articleBody,
    lead: null,
    isArticle: true,
  }));
}

function readability(dir: string): BenchPage[] {
  const pages: BenchPage[] = [];
  for (const name of readdirSync(dir).sort()) {
    const source = join(dir, name, 'source.html');
    const expected = join(dir, name, 'expected.html');
    if (!existsSync(source) || !existsSync(expected)) continue;
    const expectedDom = new JSDOM(readFileSync(expected, 'utf8'), { virtualConsole: quiet });
    const truth = expectedDom.window.document.body.textContent;
    expectedDom.window.close();
    const metaFile = join(dir, name, 'expected-metadata.json');
    const readerable = existsSync(metaFile)
      ? (JSON.parse(readFileSync(metaFile, 'utf8')) as { readerable?: boolean }).readerable !== false
      : true;
    pages.push({
      corpus: 'readability',
      id: name,
      site: siteOfTestPageName(name),
      url: READABILITY_FAKE_URL,
      html: () => readFileSync(source, 'utf8'),
      truth,
      lead: null,
      isArticle: readerable && NOT_ARTICLES[name] === undefined,
    });
  }
  return pages;
}

function postlight(dir: string): BenchPage[] {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as Array<{ id: string; url: string; lead: string }>;
  return index.map((entry) => ({
    corpus: 'postlight',
    id: entry.id,
    site: siteOfHost(new URL(entry.url).hostname),
    url: entry.url,
    html: () => gunzipSync(readFileSync(join(dir, `${entry.id}.html.gz`))).toString('utf8'),
    truth: null,
    lead: entry.lead,
    isArticle: true,
  }));
}

export function nonArticleReason(page: BenchPage): string {
  return NOT_ARTICLES[page.id] ?? 'Readability marks it not readerable';
}

/** Every page of the corpora present under `corpusDir`, in a stable order. */
export function loadCorpora(corpusDir: string): BenchPage[] {
  const pages: BenchPage[] = [];
  const sh = join(corpusDir, 'scrapinghub');
  if (existsSync(join(sh, 'ground-truth.json'))) pages.push(...scrapinghub(sh));
  const rd = join(corpusDir, 'readability');
  if (existsSync(rd)) pages.push(...readability(rd));
  const pl = join(corpusDir, 'postlight');
  if (existsSync(join(pl, 'index.json'))) pages.push(...postlight(pl));
  return pages;
}

/** Lead comparison as Postlight's tests make it: whitespace runs collapsed, case kept. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
