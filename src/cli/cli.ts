/** `node dist/cli.js scan PAGE.html [--url URL] [--cards]`: prints one JSON object; errors are one line on stderr. */
import { readFileSync, statSync } from 'node:fs';
import { buildKnowledgeIndex } from '../knowledge/knowledge-index';
import type { KnowledgeFile } from '../knowledge/schema';
import { scanHtml } from './scan';
import { itemAt } from '../core/item-at';

const USAGE = 'usage: footnote scan PAGE.html [--url URL] [--cards]';

class CliError extends Error {}

interface ScanArgs {
  readonly file: string;
  readonly url: string | null;
  readonly cards: boolean;
}

function parseArgs(argv: readonly string[]): ScanArgs {
  const [command, ...rest] = argv;
  if (command !== 'scan') throw new CliError(USAGE);
  let file: string | null = null;
  let url: string | null = null;
  let cards = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = itemAt(rest, i);
    if (arg === '--url') {
      const value = rest[++i];
      if (!value) throw new CliError('--url needs a value');
      try {
        url = new URL(value).href;
      } catch {
        throw new CliError(`--url is not a URL: ${value}`);
      }
    } else if (arg === '--cards') {
      cards = true;
    } else if (arg.startsWith('-')) {
      throw new CliError(`unknown option ${arg}; ${USAGE}`);
    } else if (file === null) {
      file = arg;
    } else {
      throw new CliError(USAGE);
    }
  }
  if (file === null) throw new CliError(USAGE);
  return { file, url, cards };
}

/** A NUL byte or a run of undecodable bytes means this is not an HTML text file. */
function readHtml(file: string): string {
  let stats;
  try {
    stats = statSync(file);
  } catch {
    throw new CliError(`cannot read ${file}: no such file`);
  }
  if (stats.isDirectory()) throw new CliError(`cannot read ${file}: it is a directory`);
  const bytes = readFileSync(file);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const replacements = text.split('\uFFFD').length - 1;
  if (bytes.includes(0) || replacements > text.length / 100) {
    throw new CliError(`cannot read ${file}: not an HTML text file`);
  }
  return text;
}

function loadKnowledge(): KnowledgeFile {
  return JSON.parse(readFileSync(new URL('./knowledge.json', import.meta.url), 'utf8')) as KnowledgeFile;
}

/** A page the DOM library still cannot take is the input's fault: one line naming the file and why. */
function scanOrExplain<T>(file: string, scan: () => T): T {
  try {
    return scan();
  } catch (error) {
    const cause = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new CliError(`cannot scan ${file}: ${cause.split('\n')[0] ?? ''}`);
  }
}

function main(argv: readonly string[]): number {
  try {
    const args = parseArgs(argv);
    const html = readHtml(args.file);
    const file = loadKnowledge();
    const result = scanOrExplain(args.file, () => scanHtml(html, args.url, { file, lookup: buildKnowledgeIndex(file) }, { cards: args.cards }));
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof CliError ? error.message : `unexpected error: ${String(error)}`;
    process.stderr.write(`footnote: ${message}\n`);
    return error instanceof CliError ? 2 : 1;
  }
}

process.exitCode = main(process.argv.slice(2));
