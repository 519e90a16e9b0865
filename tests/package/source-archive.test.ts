/**
 * The source archive for addons.mozilla.org rebuilds the store package: unzipped on its own, the
 * commands its README gives produce every file of the Firefox (and Chrome) package byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { manifestFor, type BrowserTarget, type ManifestJson } from '../../scripts/lib/manifests';
import { DIST_DIR, REPO_ROOT } from '../../scripts/lib/paths';
import { REBUILD_COMMANDS, SOURCE_README, writeSourceArchive, writeStorePackage } from '../../scripts/lib/store-packages';

const built = existsSync(path.join(DIST_DIR, 'firefox', 'manifest.json')) && existsSync(path.join(DIST_DIR, 'chrome', 'manifest.json'));
const unzipAvailable = spawnSync('unzip', ['-v']).status === 0;
if (!built) console.warn('source archive test skipped: dist/ is missing (run `npm run build`)');
else if (!unzipAvailable) console.warn('source archive test skipped: no `unzip` command (Debian: apt-get install unzip)');

function unzip(zip: string, into: string): void {
  const run = spawnSync('unzip', ['-q', zip, '-d', into], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`unzip ${zip} failed: ${run.stderr}`);
}

function filesUnder(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(root, full) : [path.relative(root, full)];
  });
}

describe.skipIf(!built || !unzipAvailable)('the source archive for addons.mozilla.org', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'footnote-source-test-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('rebuilds both store packages byte for byte with the two commands of its README', () => {
    const archive = writeSourceArchive(work);
    const source = path.join(work, 'source');
    unzip(archive, source);
    expect(existsSync(path.join(source, 'dist'))).toBe(false);
    expect(existsSync(path.join(source, 'node_modules'))).toBe(false);
    const readme = readFileSync(path.join(source, SOURCE_README), 'utf8');
    for (const command of REBUILD_COMMANDS) expect(readme).toContain(`    ${command}\n`);

    // `npm ci` would fetch the locked packages; this machine has them already, from the same lock file.
    expect(readFileSync(path.join(source, 'package-lock.json'), 'utf8')).toBe(readFileSync(path.join(REPO_ROOT, 'package-lock.json'), 'utf8'));
    symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(source, 'node_modules'));
    const build = spawnSync('npm', ['run', 'build'], { cwd: source, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);

    for (const target of ['firefox', 'chrome'] as const satisfies readonly BrowserTarget[]) {
      const packaged = path.join(work, `package-${target}`);
      unzip(writeStorePackage(target, work), packaged);
      const rebuilt = path.join(source, 'dist', target);
      const files = filesUnder(packaged).sort();
      expect(filesUnder(rebuilt).sort()).toEqual(files);
      for (const file of files.filter((name) => name !== 'manifest.json')) {
        expect(readFileSync(path.join(rebuilt, file)).equals(readFileSync(path.join(packaged, file))), `${target}/${file}`).toBe(true);
      }
      const storeManifest = manifestFor(JSON.parse(readFileSync(path.join(rebuilt, 'manifest.json'), 'utf8')) as ManifestJson, target, { includeLoopback: false });
      expect(JSON.parse(readFileSync(path.join(packaged, 'manifest.json'), 'utf8'))).toEqual(storeManifest);
    }
  });
});
