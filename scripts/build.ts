/**
 * Builds both browser targets from one source: dist/chrome, dist/firefox (unpacked extensions),
 * and dist/cli.js with the knowledge file beside it.
 */
import { build, type BuildOptions } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  KNOWLEDGE_CORE_FILE,
  KNOWLEDGE_USC_HEADINGS_FILE,
  KNOWLEDGE_USC_SECTIONS_FILE,
  splitKnowledgeFile,
} from '../src/knowledge/knowledge-parts';
import type { KnowledgeFile } from '../src/knowledge/schema';
import { FIREFOX_MIN_VERSION, manifestFor, type BrowserTarget, type ManifestJson } from './lib/manifests';
import { DIST_DIR, REPO_ROOT } from './lib/paths';

const TARGETS: readonly BrowserTarget[] = ['chrome', 'firefox'];
const BROWSER_ENGINES = ['chrome110', `firefox${Number.parseInt(FIREFOX_MIN_VERSION, 10)}`];
const STATIC_FILES: ReadonlyArray<[string, string]> = [
  ['src/extension/popup/popup.html', 'popup.html'],
  ['src/extension/popup/popup.css', 'popup.css'],
  ['src/page/highlights.css', 'highlights.css'],
  ['icons', 'icons'],
];

const browserBundles: ReadonlyArray<[string, string]> = [
  ['src/extension/content-script.ts', 'content.js'],
  ['src/extension/background.ts', 'background.js'],
  ['src/extension/popup/popup.ts', 'popup.js'],
  ['src/extension/card-ui-entry.ts', 'card-ui.js'],
];

const KNOWLEDGE_SOURCE = path.join(REPO_ROOT, 'src/knowledge/knowledge.json');

function writeKnowledgeParts(outDir: string): void {
  const parts = splitKnowledgeFile(JSON.parse(readFileSync(KNOWLEDGE_SOURCE, 'utf8')) as KnowledgeFile);
  writeFileSync(path.join(outDir, KNOWLEDGE_CORE_FILE), JSON.stringify(parts.core));
  writeFileSync(path.join(outDir, KNOWLEDGE_USC_SECTIONS_FILE), JSON.stringify(parts.sections));
  writeFileSync(path.join(outDir, KNOWLEDGE_USC_HEADINGS_FILE), JSON.stringify(parts.headings));
}

async function buildBrowserTarget(target: BrowserTarget, source: ManifestJson): Promise<void> {
  const outDir = path.join(DIST_DIR, target);
  mkdirSync(outDir, { recursive: true });
  for (const [entry, outFile] of browserBundles) {
    const options: BuildOptions = {
      entryPoints: [path.join(REPO_ROOT, entry)],
      outfile: path.join(outDir, outFile),
      bundle: true,
      minify: true,
      format: 'iife',
      target: BROWSER_ENGINES,
      legalComments: 'none',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'warning',
    };
    await build(options);
  }
  for (const [from, to] of STATIC_FILES) {
    cpSync(path.join(REPO_ROOT, from), path.join(outDir, to), { recursive: true });
  }
  writeKnowledgeParts(outDir);
  const manifest = manifestFor(source, target, { includeLoopback: true });
  writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

async function buildCli(): Promise<void> {
  await build({
    entryPoints: [path.join(REPO_ROOT, 'src/cli/cli.ts')],
    outfile: path.join(DIST_DIR, 'cli.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
  });
  cpSync(KNOWLEDGE_SOURCE, path.join(DIST_DIR, 'knowledge.json'));
}

function kib(file: string): string {
  return `${(statSync(file).size / 1024).toFixed(1)} KiB`;
}

async function main(): Promise<void> {
  rmSync(DIST_DIR, { recursive: true, force: true });
  const source = JSON.parse(readFileSync(path.join(REPO_ROOT, 'manifest.json'), 'utf8')) as ManifestJson;
  for (const target of TARGETS) await buildBrowserTarget(target, source);
  await buildCli();
  const chrome = path.join(DIST_DIR, 'chrome');
  console.log(
    `built dist/chrome, dist/firefox, dist/cli.js — content.js ${kib(path.join(chrome, 'content.js'))}, ` +
      `card-ui.js ${kib(path.join(chrome, 'card-ui.js'))}, background.js ${kib(path.join(chrome, 'background.js'))}, ` +
      `popup.js ${kib(path.join(chrome, 'popup.js'))}, ` +
      [KNOWLEDGE_CORE_FILE, KNOWLEDGE_USC_SECTIONS_FILE, KNOWLEDGE_USC_HEADINGS_FILE].map((name) => `${name} ${kib(path.join(chrome, name))}`).join(', '),
  );
}

await main();
