/**
 * Builds one browser target of the extension into a directory. Development builds (`npm run
 * build`) log to the console and match the loopback hosts the demo and the browser tests serve
 * pages from; store builds (`npm run package`) are silent and match the news sites only.
 */
import { build, type BuildOptions } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  KNOWLEDGE_CORE_FILE,
  KNOWLEDGE_USC_HEADINGS_FILE,
  KNOWLEDGE_USC_SECTIONS_FILE,
  knowledgePeoplePartFile,
  splitKnowledgeFile,
} from '../../src/knowledge/knowledge-parts';
import type { KnowledgeFile } from '../../src/knowledge/schema';
import { highlightStylesheet } from '../../src/page/highlight-stylesheet';
import { FIREFOX_MIN_VERSION, manifestFor, type BrowserTarget, type ManifestJson } from './manifests';
import { REPO_ROOT } from './paths';

export type BuildVariant = 'development' | 'store';

const BROWSER_ENGINES = ['chrome110', `firefox${Number.parseInt(FIREFOX_MIN_VERSION, 10)}`];
const STATIC_FILES: ReadonlyArray<[string, string]> = [
  ['src/extension/popup/popup.html', 'popup.html'],
  ['src/extension/popup/popup.css', 'popup.css'],
  ['icons', 'icons'],
  ['_locales', '_locales'],
];

const browserBundles: ReadonlyArray<[string, string]> = [
  ['src/extension/content-script.ts', 'content.js'],
  ['src/extension/background.ts', 'background.js'],
  ['src/extension/popup/popup.ts', 'popup.js'],
  ['src/extension/card-ui-entry.ts', 'card-ui.js'],
];

export const KNOWLEDGE_SOURCE = path.join(REPO_ROOT, 'src/knowledge/knowledge.json');

function writeKnowledgeParts(outDir: string): void {
  const parts = splitKnowledgeFile(JSON.parse(readFileSync(KNOWLEDGE_SOURCE, 'utf8')) as KnowledgeFile);
  writeFileSync(path.join(outDir, KNOWLEDGE_CORE_FILE), JSON.stringify(parts.core));
  writeFileSync(path.join(outDir, KNOWLEDGE_USC_SECTIONS_FILE), JSON.stringify(parts.sections));
  writeFileSync(path.join(outDir, KNOWLEDGE_USC_HEADINGS_FILE), JSON.stringify(parts.headings));
  parts.people.forEach((part, n) => writeFileSync(path.join(outDir, knowledgePeoplePartFile(n)), JSON.stringify(part)));
}

/** Build-time constants: production libraries, and Footnote's logging on in development builds only (src/extension/log.ts). */
export function bundleDefines(variant: BuildVariant): Record<string, string> {
  return { 'process.env.NODE_ENV': '"production"', FOOTNOTE_LOGGING: String(variant === 'development') };
}

export function readSourceManifest(): ManifestJson {
  return JSON.parse(readFileSync(path.join(REPO_ROOT, 'manifest.json'), 'utf8')) as ManifestJson;
}

export async function buildBrowserTarget(target: BrowserTarget, outDir: string, variant: BuildVariant): Promise<void> {
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
      define: bundleDefines(variant),
      logLevel: 'warning',
    };
    await build(options);
  }
  for (const [from, to] of STATIC_FILES) {
    cpSync(path.join(REPO_ROOT, from), path.join(outDir, to), { recursive: true });
  }
  writeFileSync(path.join(outDir, 'highlights.css'), highlightStylesheet());
  writeKnowledgeParts(outDir);
  const manifest = manifestFor(readSourceManifest(), target, { includeLoopback: variant === 'development' });
  writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}
