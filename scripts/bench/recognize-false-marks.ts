/**
 * `npm run bench:false-marks`: marks per 1,000 words, by kind, on up to 100 corpus articles that
 * no gold set labels (Scrapinghub bodies first, then Readability test pages, then Postlight pages),
 * pages not in English left unmarked as the extension leaves them, with the most
 * frequent marked strings and a seeded sample of marks in context, for a reader to judge which
 * marks are false. Nothing here decides falseness: the listing is what a person reads.
 *
 *   --src DIR      recognize with the core in DIR (default: this checkout's src), to compare
 *                  another revision on the same articles
 *   --top N        frequent strings listed per kind (default 30)
 *   --sample N     marks per kind drawn for judging, in context (default 40)
 *   --marks FILE   also write every mark (article, kind, offsets, text, context) to FILE as JSON,
 *                  to compare two revisions mark by mark
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import type { KnowledgeLookup, Mention } from '../../src/core/types';
import { isEnglishText } from '../../src/core/english-text';
import { KIND_ORDER } from '../../src/kinds';
import { postlightText, separateTableCells } from './gold-score';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ARTICLES = 100;
const CONTEXT_CHARS = 50;

function argValue(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

/** Ids and sources of every labelled article, dev and every held-out folder: only these two fields are read. */
function labelledArticles(): Set<string> {
  const out = new Set<string>();
  for (const dir of ['tests/gold', 'tests/gold/holdout', 'tests/gold/holdout-2', 'tests/gold/holdout-3', 'tests/gold/holdout-4', 'tests/gold/holdout-5', 'tests/gold/holdout-6', 'tests/gold/holdout-7']) {
    const full = path.join(ROOT, dir);
    if (!existsSync(full)) continue;
    for (const name of readdirSync(full).filter((n) => n.endsWith('.json'))) {
      const { id, source } = JSON.parse(readFileSync(path.join(full, name), 'utf8')) as { id: string; source: string };
      out.add(id);
      out.add(path.resolve(ROOT, source));
    }
  }
  return out;
}

interface Article {
  readonly name: string;
  readonly text: string;
}

function unlabelledArticles(shared: string): Article[] {
  const labelled = labelledArticles();
  const out: Article[] = [];
  const truth = JSON.parse(readFileSync(path.join(shared, 'corpus/extraction/scrapinghub/ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  for (const id of Object.keys(truth).sort()) {
    if (out.length >= ARTICLES) break;
    if (!labelled.has(id)) out.push({ name: `scrapinghub/${id.slice(0, 10)}`, text: (truth[id] as { articleBody: string }).articleBody });
  }
  const readability = path.join(shared, 'corpus/extraction/readability');
  for (const name of readdirSync(readability).sort()) {
    if (out.length >= ARTICLES) break;
    const file = path.join(readability, name, 'expected.html');
    if (!existsSync(file) || labelled.has(file)) continue;
    const dom = new JSDOM(readFileSync(file, 'utf8'));
    separateTableCells(dom.window.document);
    const text = dom.window.document.body.textContent;
    dom.window.close();
    if (text.split(/\s+/).length >= 200) out.push({ name: `readability/${name}`, text });
  }
  const postlight = path.join(shared, 'corpus/extraction/postlight');
  for (const name of readdirSync(postlight).filter((n) => n.endsWith('.html.gz')).sort()) {
    if (out.length >= ARTICLES) break;
    const file = path.join(postlight, name);
    const id = name.replace(/\.html\.gz$/, '');
    if (labelled.has(file) || labelled.has(id)) continue;
    const text = postlightText(file, id);
    if (text !== null && text.split(/\s+/).length >= 200) out.push({ name: `postlight/${id}`, text });
  }
  return out;
}

/** A small seeded generator, so that two revisions are sampled alike. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function main(): Promise<void> {
  const shared = path.resolve(ROOT, '..', 'shared');
  if (!existsSync(path.join(shared, 'corpus/extraction/scrapinghub/ground-truth.json'))) {
    console.log('../shared/corpus not found: false-mark listing skipped');
    return;
  }
  const src = path.resolve(argValue('--src', path.join(ROOT, 'src')));
  const top = Number(argValue('--top', '30'));
  const sampleSize = Number(argValue('--sample', '40'));
  const { recognize } = (await import(pathToFileURL(path.join(src, 'core/recognize.ts')).href)) as { recognize: (text: string, lookup: KnowledgeLookup) => Mention[] };
  const { parseKnowledgeFile } = (await import(pathToFileURL(path.join(src, 'knowledge/knowledge-file.ts')).href)) as { parseKnowledgeFile: (raw: unknown) => unknown };
  const { buildKnowledgeIndex } = (await import(pathToFileURL(path.join(src, 'knowledge/knowledge-index.ts')).href)) as { buildKnowledgeIndex: (file: unknown) => KnowledgeLookup };
  const lookup = buildKnowledgeIndex(parseKnowledgeFile(JSON.parse(readFileSync(path.join(src, 'knowledge/knowledge.json'), 'utf8'))));
  const articles = unlabelledArticles(shared);
  let words = 0;
  const marks: Array<{ mention: Mention; article: string; context: string }> = [];
  let unread = 0;
  for (const a of articles) {
    words += a.text.split(/\s+/).filter(Boolean).length;
    // As on a page: text in another language is left unmarked (scanDocument's language check).
    if (!isEnglishText(a.text, null)) {
      unread++;
      continue;
    }
    for (const m of recognize(a.text, lookup)) {
      const context = `${a.text.slice(Math.max(0, m.start - CONTEXT_CHARS), m.start)}[[${m.text}]]${a.text.slice(m.end, m.end + CONTEXT_CHARS)}`.replace(/\s+/g, ' ');
      marks.push({ mention: m, article: a.name, context });
    }
  }
  // `--marks FILE`: every mark with its place, so that two revisions' marks can be compared one by one.
  const marksFile = argValue('--marks', '');
  if (marksFile !== '') {
    writeFileSync(marksFile, JSON.stringify(marks.map((m) => ({ article: m.article, kind: m.mention.kind, start: m.mention.start, end: m.mention.end, text: m.mention.text, context: m.context })), null, 1));
  }
  console.log(`${articles.length} unlabelled articles, ${words} words (${unread} not in English, left unmarked as on a page), core from ${path.relative(ROOT, src) || '.'}`);
  for (const kind of KIND_ORDER) {
    const ofKind = marks.filter((m) => m.mention.kind === kind);
    console.log(`\n== ${kind}: ${ofKind.length} marks, ${((ofKind.length / words) * 1000).toFixed(2)} per 1,000 words ==`);
    const counts = new Map<string, number>();
    for (const m of ofKind) {
      const key = m.mention.text.replace(/\s+/g, ' ');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const frequent = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top);
    console.log(`  most frequent: ${frequent.map(([t, n]) => `${JSON.stringify(t)} ×${n}`).join(', ')}`);
    const next = random(20261201 + kind.length);
    const pool = [...ofKind];
    const sample: typeof ofKind = [];
    while (sample.length < sampleSize && pool.length > 0) sample.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as (typeof ofKind)[number]);
    console.log(`  sample of ${sample.length} for judging:`);
    for (const s of sample) console.log(`    ${s.article.padEnd(24)} ${s.context}`);
  }
}

void main();
