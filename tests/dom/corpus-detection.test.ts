import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { recognize } from '../../src/core/recognize';
import { buildKnowledgeIndex } from '../../src/knowledge/knowledge-index';
import type { KnowledgeFile } from '../../src/knowledge/schema';
import { buildMarks } from '../../src/page/mark-list';
import { scanDocument } from '../../src/page/scan-document';

const CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/extraction');
const present = existsSync(CORPUS_DIR);
const PAGE_TIMEOUT_MS = 30_000;
/** Readability's hand-made fixtures are under this size; they are not real web pages. */
const MIN_REAL_PAGE_BYTES = 5000;
/**
 * Real pages in readability/ that are not articles although Readability extracts something:
 * a section front listing teasers, a product landing page, and a 300-character children's story.
 */
const NOT_ARTICLES = new Set(['nytimes-5', 'mozilla-1', 'hukumusume']);

interface CorpusPage {
  name: string;
  path: string;
  url: string;
  article: boolean;
}

function listPages(): CorpusPage[] {
  if (!present) return [];
  const pages: CorpusPage[] = [];
  const shDir = join(CORPUS_DIR, 'scrapinghub');
  const truth = JSON.parse(readFileSync(join(shDir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  for (const [id, entry] of Object.entries(truth)) {
    pages.push({ name: `scrapinghub/${id.slice(0, 12)}`, path: join(shDir, `${id}.html`), url: entry.url, article: true });
  }
  const rdDir = join(CORPUS_DIR, 'readability');
  for (const name of readdirSync(rdDir).sort()) {
    const path = join(rdDir, name, 'source.html');
    if (!existsSync(path)) continue;
    const meta = JSON.parse(readFileSync(join(rdDir, name, 'expected-metadata.json'), 'utf8')) as { readerable?: boolean };
    const real = statSync(path).size >= MIN_REAL_PAGE_BYTES;
    const article = real && meta.readerable === true && !NOT_ARTICLES.has(name);
    pages.push({ name: `readability/${name}`, path, url: 'http://fakehost/test/page.html', article });
  }
  return pages;
}

if (!present) console.log(`corpus-detection skipped: ${CORPUS_DIR} not found`);

const KNOWLEDGE_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/knowledge/knowledge.json');

describe.skipIf(!present)('the page pipeline over the extraction corpus', () => {
  const lookup = present ? buildKnowledgeIndex(JSON.parse(readFileSync(KNOWLEDGE_PATH, 'utf8')) as KnowledgeFile) : null;

  // The extension's pipeline (scan, recognition with the scan's options, every mention mapped back to a live Range): no page may throw.
  it.each(listPages())('$name', (page) => {
    const dom = new JSDOM(readFileSync(page.path, 'utf8'), { url: page.url, virtualConsole: new VirtualConsole() });
    try {
      const scan = scanDocument(dom.window.document);
      if (page.article) expect(scan, 'a real article must be detected').not.toBeNull();
      if (scan === null) return;
      for (const root of scan.detection.roots) expect(dom.window.document.contains(root)).toBe(true);
      expect(scan.text.length).toBeGreaterThan(0);
      expect(scan.index.text.startsWith(scan.text)).toBe(true);
      const mentions = recognize(scan.text, lookup!, scan.options);
      const marks = buildMarks(mentions, scan.index, new Set(['person', 'statute', 'statistic']));
      expect(marks.map((mark) => mark.range.toString().replace(/\s+/g, ' '))).toEqual(
        marks.map((mark) => mark.mention.text.replace(/\s+/g, ' ')),
      );
    } finally {
      dom.window.close();
    }
  }, PAGE_TIMEOUT_MS);
});
