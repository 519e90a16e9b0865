/**
 * The whole page pipeline over the Postlight parser's saved pages (gzipped in ../shared): scan,
 * recognise, and map every mention back to a live Range, with no exception on any page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { recognize } from '../../src/core/recognize';
import { buildKnowledgeIndex } from '../../src/knowledge/knowledge-index';
import type { KnowledgeFile } from '../../src/knowledge/schema';
import { buildMarks } from '../../src/page/mark-list';
import { scanDocument } from '../../src/page/scan-document';

const POSTLIGHT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/extraction/postlight');
const KNOWLEDGE_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/knowledge/knowledge.json');
const present = existsSync(join(POSTLIGHT_DIR, 'index.json'));
/** jsdom on a shared machine: generous, so only a hang fails on time. */
const PAGE_TIMEOUT_MS = 120_000;
const ALL_KINDS = new Set(['person', 'statute', 'statistic'] as const);

interface PostlightPage {
  readonly id: string;
  readonly url: string;
}

function listPages(): PostlightPage[] {
  if (!present) return [];
  const pages = JSON.parse(readFileSync(join(POSTLIGHT_DIR, 'index.json'), 'utf8')) as PostlightPage[];
  return pages.filter((page) => existsSync(join(POSTLIGHT_DIR, `${page.id}.html.gz`)));
}

if (!present) console.log(`corpus-postlight skipped: ${POSTLIGHT_DIR} not found`);

describe.skipIf(!present)('the page pipeline over the Postlight pages', () => {
  const lookup = present ? buildKnowledgeIndex(JSON.parse(readFileSync(KNOWLEDGE_PATH, 'utf8')) as KnowledgeFile) : null;

  it.each(listPages())('$id', (page) => {
    const html = gunzipSync(readFileSync(join(POSTLIGHT_DIR, `${page.id}.html.gz`))).toString('utf8');
    const dom = new JSDOM(html, { url: page.url, virtualConsole: new VirtualConsole() });
    try {
      const scan = scanDocument(dom.window.document);
      if (scan === null || lookup === null) return;
      for (const root of scan.detection.roots) expect(dom.window.document.contains(root)).toBe(true);
      const mentions = recognize(scan.text, lookup, scan.options);
      const marks = buildMarks(mentions, scan.index, ALL_KINDS);
      expect(marks.map((mark) => mark.range.toString().replace(/\s+/g, ' '))).toEqual(marks.map((mark) => mark.mention.text.replace(/\s+/g, ' ')));
    } finally {
      dom.window.close();
    }
  }, PAGE_TIMEOUT_MS);
});
