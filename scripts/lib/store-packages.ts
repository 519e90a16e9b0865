/**
 * The store packages: dist/chrome and dist/firefox zipped by `web-ext build` with the store
 * manifest (no loopback hosts), and the source archive addons.mozilla.org asks for when the code
 * it reviews is bundled and minified: the repository minus build output, with the two commands
 * that rebuild the bundles byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { manifestFor, type BrowserTarget, type ManifestJson } from './manifests';
import { DIST_DIR, REPO_ROOT } from './paths';

const WEB_EXT = path.join(REPO_ROOT, 'node_modules', '.bin', 'web-ext');
export const SOURCE_README = 'SOURCE-README.md';
/** The commands that turn the source archive back into dist/, as the reviewer runs them. */
export const REBUILD_COMMANDS = ['npm ci', 'npm run build'] as const;

function sourceManifest(root: string): ManifestJson & { version: string } {
  return JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8')) as ManifestJson & { version: string };
}

export function packageVersion(): string {
  return sourceManifest(REPO_ROOT).version;
}

export function storePackageName(target: BrowserTarget, version: string): string {
  return `footnote-${target}-${version}.zip`;
}

export function sourceArchiveName(version: string): string {
  return `footnote-source-${version}.zip`;
}

/** Zips `sourceDir` into `outDir/filename` with web-ext (it skips dotfiles, node_modules and zips). */
function zipWithWebExt(sourceDir: string, outDir: string, filename: string): string {
  mkdirSync(outDir, { recursive: true });
  const run = spawnSync(WEB_EXT, ['build', '--source-dir', sourceDir, '--artifacts-dir', outDir, '--filename', filename, '--overwrite-dest', '--no-input', '--no-config-discovery'], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`web-ext build failed for ${filename}:\n${run.stderr || run.stdout}`);
  return path.join(outDir, filename);
}

function withStagingDir<T>(label: string, body: (dir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), `footnote-${label}-`));
  try {
    return body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Zips the built `dist/<target>` with the store manifest into `outDir`; returns the zip's path. */
export function writeStorePackage(target: BrowserTarget, outDir: string): string {
  const built = path.join(DIST_DIR, target);
  if (!existsSync(path.join(built, 'manifest.json'))) throw new Error(`${path.relative(REPO_ROOT, built)} is missing; run \`npm run build\` first`);
  return withStagingDir(target, (staging) => {
    cpSync(built, staging, { recursive: true });
    const manifest = manifestFor(sourceManifest(REPO_ROOT), target, { includeLoopback: false });
    writeFileSync(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    return zipWithWebExt(staging, outDir, storePackageName(target, packageVersion()));
  });
}

/** The repository's files as git sees them (tracked, or new and not ignored): no dist/, no node_modules. */
export function sourceFiles(): string[] {
  const run = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the source archive lists files with git, which failed:\n${run.stderr}`);
  return run.stdout
    .split('\0')
    .filter((file) => file !== '' && existsSync(path.join(REPO_ROOT, file)))
    .sort();
}

function sourceReadme(version: string): string {
  const nodeMajor = process.versions.node.split('.')[0];
  return `# Footnote ${version}: source of the store packages

This archive is Footnote's repository without build output. The packages
\`${storePackageName('firefox', version)}\` and \`${storePackageName('chrome', version)}\` are
built from it with Node.js ${nodeMajor} (package.json asks for >= 20.19) and npm:

    ${REBUILD_COMMANDS.join('\n    ')}

\`dist/firefox/\` and \`dist/chrome/\` then hold every file of the packages byte for byte, except
that each package's \`manifest.json\` leaves out the \`127.0.0.1\` and \`localhost\` host patterns
the built copies keep for the demo and the browser tests (\`npm run package\` writes the packages).

- \`scripts/build.ts\` bundles \`src/\` with esbuild (exact versions in package-lock.json); nothing
  is fetched or generated at build time.
- \`src/knowledge/knowledge.json\` is the knowledge file shipped with the extension, split into
  three JSON files by the build. \`npm run knowledge\` regenerates it from public reference data
  that is not part of this archive; the build does not need it.
`;
}

/** Writes the source archive into `outDir`; returns its path. */
export function writeSourceArchive(outDir: string): string {
  const version = packageVersion();
  return withStagingDir('source', (staging) => {
    for (const file of sourceFiles()) {
      mkdirSync(path.dirname(path.join(staging, file)), { recursive: true });
      cpSync(path.join(REPO_ROOT, file), path.join(staging, file));
    }
    writeFileSync(path.join(staging, SOURCE_README), sourceReadme(version));
    return zipWithWebExt(staging, outDir, sourceArchiveName(version));
  });
}
