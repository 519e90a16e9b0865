/**
 * Builds and zips the store packages: the store build is silent (no console logging) and its
 * manifests leave out the loopback hosts that the demo and the browser tests use.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildBrowserTarget } from './lib/build-extension';
import type { BrowserTarget } from './lib/manifests';
import { DIST_DIR, REPO_ROOT } from './lib/paths';

const version = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'manifest.json'), 'utf8')) as { version: string }).version;

for (const target of ['chrome', 'firefox'] as const satisfies readonly BrowserTarget[]) {
  const staging = mkdtempSync(path.join(tmpdir(), `footnote-${target}-`));
  await buildBrowserTarget(target, staging, 'store');
  const zip = path.join(DIST_DIR, `footnote-${target}-${version}.zip`);
  rmSync(zip, { force: true });
  const result = spawnSync('zip', ['-q', '-r', '-X', zip, '.'], { cwd: staging, stdio: 'inherit' });
  rmSync(staging, { recursive: true, force: true });
  if (result.status !== 0) {
    console.error(`zip failed for ${target} (is the zip command installed?)`);
    process.exit(1);
  }
  console.log(`wrote ${path.relative(REPO_ROOT, zip)}`);
}
