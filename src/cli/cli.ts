/** The `footnote` command (dist/cli.js), with the knowledge file the build puts beside it. */
import { readFileSync } from 'node:fs';
import type { KnowledgeFile } from '../knowledge/schema';
import { runCli } from './run-cli';

function loadKnowledge(): KnowledgeFile {
  return JSON.parse(readFileSync(new URL('./knowledge.json', import.meta.url), 'utf8')) as KnowledgeFile;
}

process.exitCode = runCli(
  process.argv.slice(2),
  { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) },
  loadKnowledge,
);
