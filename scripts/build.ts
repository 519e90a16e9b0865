/**
 * Builds both browser targets from one source: dist/chrome, dist/firefox (unpacked extensions),
 * and dist/cli.js with the knowledge file beside it. `--store` (npm run build:store) builds the
 * silent store variant that `npm run package` zips.
 */
import { build } from 'esbuild';
import { cpSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { KNOWLEDGE_CORE_FILE, KNOWLEDGE_USC_HEADINGS_FILE, KNOWLEDGE_USC_SECTIONS_FILE } from '../src/knowledge/knowledge-parts';
import { buildBrowserTarget, KNOWLEDGE_SOURCE } from './lib/build-extension';
import type { BrowserTarget } from './lib/manifests';
import { DIST_DIR, REPO_ROOT } from './lib/paths';

const TARGETS: readonly BrowserTarget[] = ['chrome', 'firefox'];

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
  const variant = process.argv.includes('--store') ? 'store' : 'development';
  for (const target of TARGETS) await buildBrowserTarget(target, path.join(DIST_DIR, target), variant);
  await buildCli();
  const chrome = path.join(DIST_DIR, 'chrome');
  console.log(
    `built dist/chrome, dist/firefox (${variant}), dist/cli.js — content.js ${kib(path.join(chrome, 'content.js'))}, ` +
      `card-ui.js ${kib(path.join(chrome, 'card-ui.js'))}, background.js ${kib(path.join(chrome, 'background.js'))}, ` +
      `popup.js ${kib(path.join(chrome, 'popup.js'))}, ` +
      [KNOWLEDGE_CORE_FILE, KNOWLEDGE_USC_SECTIONS_FILE, KNOWLEDGE_USC_HEADINGS_FILE].map((name) => `${name} ${kib(path.join(chrome, name))}`).join(', '),
  );
}

await main();
