/** `web-ext lint` on the Firefox build: any error fails; warnings are printed for a person to read. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { DIST_DIR, REPO_ROOT } from './lib/paths';

interface LintMessage {
  readonly code: string;
  readonly message: string;
  readonly file?: string;
}

interface LintReport {
  readonly count: number;
  readonly summary: { readonly errors: number; readonly notices: number; readonly warnings: number };
  readonly errors: readonly LintMessage[];
  readonly warnings: readonly LintMessage[];
}

const webExt = path.join(REPO_ROOT, 'node_modules', '.bin', 'web-ext');
const run = spawnSync(webExt, ['lint', '--source-dir', path.join(DIST_DIR, 'firefox'), '--output', 'json', '--no-input'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
const jsonStart = run.stdout.indexOf('{');
if (jsonStart < 0) {
  console.error(`web-ext lint gave no report:\n${run.stderr || run.stdout}`);
  process.exit(1);
}
const report = JSON.parse(run.stdout.slice(jsonStart)) as LintReport;
for (const item of [...report.errors, ...report.warnings]) {
  console.log(`${item.code}: ${item.message}${item.file ? ` (${item.file})` : ''}`);
}
console.log(
  `web-ext lint dist/firefox: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`,
);
process.exit(report.summary.errors === 0 ? 0 : 1);
