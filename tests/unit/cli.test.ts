/**
 * The `footnote scan` command, run in-process with the source knowledge file (so it needs no
 * build), and once as a user calls the built dist/cli.js when a build is there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/lib/paths';
import { runCli } from '../../src/cli/run-cli';
import type { KnowledgeFile } from '../../src/knowledge/schema';
import { CRASHING_CSS_VALUES, pageWithCss } from '../fixtures/crash-css/inputs';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const FIXTURES = path.join(REPO_ROOT, 'tests', 'fixtures');
const KNOWLEDGE = JSON.parse(readFileSync(path.join(REPO_ROOT, 'src', 'knowledge', 'knowledge.json'), 'utf8')) as KnowledgeFile;
const BUILT_CLI_TIMEOUT_MS = 60_000;

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function scan(...args: string[]): Run {
  let stdout = '';
  let stderr = '';
  const status = runCli(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) }, () => KNOWLEDGE);
  return { status, stdout, stderr };
}

interface ScanOutput {
  url: string | null;
  title: string | null;
  article: { text: string } | null;
  mentions: Array<{ kind: string; text: string; start: number; end: number; entity: { id: string; name: string } | null; cardId?: string }>;
  cards?: Record<string, { kind: string; title: string; headline: string | null; text: string }>;
}

describe('footnote scan', { timeout: 30_000 }, () => {
  it('prints the fixed JSON for the demo article, offsets indexing article.text', () => {
    const run = scan('scan', path.join(FIXTURES, 'demo-article.html'), '--url', 'https://ledger.example/story');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as ScanOutput;
    expect(output.url).toBe('https://ledger.example/story');
    expect(output.title).toBe('Border czar weighs charges against sanctuary-city officials');
    const text = output.article!.text;
    // The dek under the headline is the article's first paragraph; the body follows it.
    expect(text.startsWith('The administration says local leaders who shield migrants')).toBe(true);
    expect(text).toContain('traffickers.\n\nThe White House official in charge of border policy');
    expect(text).not.toContain('Trending');
    expect(text).not.toContain('Elizabeth Warren');
    for (const mention of output.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    const homan = output.mentions.find((m) => m.text === 'Thomas Homan');
    expect(homan?.kind).toBe('person');
    expect(homan?.entity?.name).toBe('Thomas Homan');
    const statute = output.mentions.find((m) => m.kind === 'statute');
    expect(statute?.entity).toEqual({ id: 'usc:8:1324', name: '8 U.S.C. § 1324' });
    expect(output.mentions.some((m) => m.kind === 'statistic' && m.text.includes('409,000'))).toBe(true);
  });

  it('gives null url and article for a page that is not an article', () => {
    const run = scan('scan', path.join(FIXTURES, 'bad-input', 'empty-body.html'));
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as ScanOutput;
    expect(output).toMatchObject({ url: null, article: null, mentions: [] });
  });

  it('reads a page whose scripts throw and whose JSON-LD is malformed, without running them', () => {
    const run = scan('scan', path.join(FIXTURES, 'bad-input', 'throwing-scripts.html'));
    expect(run.stderr).toBe('');
    const output = JSON.parse(run.stdout) as ScanOutput;
    expect(output.article?.text).toContain('winter shelter');
  });

  it('fails with one clear line for a missing file, a directory or a binary file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'footnote-cli-'));
    const binary = path.join(dir, 'image.html');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x10]));
    const cases: Array<[string[], RegExp]> = [
      [['scan', path.join(dir, 'missing.html')], /^footnote: cannot read .*missing\.html: no such file\n$/],
      [['scan', dir], /^footnote: cannot read .*: it is a directory\n$/],
      [['scan', binary], /^footnote: cannot read .*image\.html: not an HTML text file\n$/],
      [['scan'], /^footnote: usage: footnote scan PAGE\.html \[--url URL\] \[--cards\]\n$/],
      [['scan', binary, '--url'], /^footnote: --url needs a value\n$/],
      [['scan', binary, '--url', 'not a url'], /^footnote: --url is not a URL: not a url\n$/],
      [['scan', binary, '--cardz'], /^footnote: unknown option --cardz; usage: footnote scan PAGE\.html \[--url URL\] \[--cards\]\n$/],
      [['scan', binary, binary], /^footnote: usage: footnote scan PAGE\.html \[--url URL\] \[--cards\]\n$/],
      [['read', binary], /^footnote: usage: footnote scan PAGE\.html \[--url URL\] \[--cards\]\n$/],
    ];
    for (const [args, message] of cases) {
      const run = scan(...args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
    }
  });

  it('adds with --cards the card of every mention, reachable by its cardId, people outside the knowledge file included', () => {
    const run = scan('scan', path.join(FIXTURES, 'demo-article.html'), '--cards');
    expect(run.stderr).toBe('');
    const output = JSON.parse(run.stdout) as ScanOutput;
    const cards = output.cards ?? {};
    for (const mention of output.mentions) {
      const card = cards[mention.cardId ?? ''];
      expect(card?.kind).toBe(mention.kind);
      expect(card?.text.split('\n')).toContain(card?.title);
      if (mention.entity && mention.kind !== 'statistic') expect(mention.cardId).toBe(mention.entity.id);
    }
    const unknown = output.mentions.filter((m) => m.kind === 'person' && m.entity === null);
    expect(unknown.length).toBeGreaterThan(0);
    for (const mention of unknown) {
      const card = cards[mention.cardId ?? '']!;
      const times = unknown.filter((m) => m.cardId === mention.cardId).length;
      expect(card.text).toContain(times === 1 ? 'Mentioned once' : `Mentioned ${times} times`);
    }
    for (const card of Object.values(cards)) expect(card.text).not.toMatch(/Value:|Qualifier:|Counts:/);
  }, 30_000);

  const built = existsSync(CLI);
  if (!built) console.log('built CLI check skipped: dist/cli.js is absent (run `npm run build`)');
  it.skipIf(!built)('runs as dist/cli.js with the knowledge file beside it, and exits 2 with one line on bad input', () => {
    const page = path.join(FIXTURES, 'demo-article.html');
    const ok = spawnSync(process.execPath, [CLI, 'scan', page, '--url', 'https://ledger.example/story'], { encoding: 'utf8' });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual(JSON.parse(scan('scan', page, '--url', 'https://ledger.example/story').stdout));
    const bad = spawnSync(process.execPath, [CLI, 'scan'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('footnote: usage: footnote scan PAGE.html [--url URL] [--cards]\n');
  }, BUILT_CLI_TIMEOUT_MS);

  it('reads pages whose CSS the DOM library cannot parse, in a stylesheet or in style attributes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'footnote-cli-css-'));
    for (const where of ['style', 'attribute'] as const) {
      const file = path.join(dir, `page-${where}.html`);
      writeFileSync(file, pageWithCss(CRASHING_CSS_VALUES, where));
      const run = scan('scan', file);
      expect({ where, stderr: run.stderr, status: run.status }).toEqual({ where, stderr: '', status: 0 });
      expect((JSON.parse(run.stdout) as ScanOutput).article?.text).toContain('winter shelter program');
    }
  }, 60_000);
});
