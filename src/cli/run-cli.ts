/**
 * `footnote scan PAGE.html [--url URL] [--cards]`: prints one JSON object on stdout; any error is one line
 * on stderr, with exit code 2 for bad input (usage, unreadable or non-HTML file) and 1 otherwise.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import catalogue from '../../_locales/en/messages.json';
import { useMessageCatalogue } from '../i18n';
import { buildKnowledgeIndex } from '../knowledge/knowledge-index';
import type { KnowledgeFile } from '../knowledge/schema';
import { scanHtml } from './scan';

const USAGE = 'usage: footnote scan PAGE.html [--url URL] [--cards]';

class CliError extends Error {}

interface ScanArgs {
  readonly file: string;
  readonly url: string | null;
  readonly cards: boolean;
}

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

function readArgs(argv: readonly string[]): ScanArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { url: { type: 'string' }, cards: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : null;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new CliError('--url needs a value');
    const option = error instanceof Error ? /'([^']+)'/.exec(error.message)?.[1] : undefined;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) throw new CliError(`unknown option ${option}; ${USAGE}`);
    throw new CliError(USAGE);
  }
  const [command, file, ...extra] = parsed.positionals;
  if (command !== 'scan' || file === undefined || extra.length > 0) throw new CliError(USAGE);
  const url = parsed.values.url;
  const cards = parsed.values.cards === true;
  if (url === undefined) return { file, url: null, cards };
  if (url === '') throw new CliError('--url needs a value');
  try {
    return { file, url: new URL(url).href, cards };
  } catch {
    throw new CliError(`--url is not a URL: ${url}`);
  }
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

/** A page the DOM library still cannot take is the input's fault: one line naming the file and why. */
function scanOrExplain<T>(file: string, scan: () => T): T {
  try {
    return scan();
  } catch (error) {
    const cause = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new CliError(`cannot scan ${file}: ${cause.split('\n')[0] ?? ''}`);
  }
}

/** Runs the command line `argv` (without node and the script); returns the exit code. */
export function runCli(argv: readonly string[], io: CliIo, loadKnowledge: () => KnowledgeFile): number {
  // Card text comes from the extension's own messages.json, bundled into dist/cli.js.
  useMessageCatalogue(catalogue);
  try {
    const args = readArgs(argv);
    const html = readHtml(args.file);
    const file = loadKnowledge();
    const result = scanOrExplain(args.file, () => scanHtml(html, args.url, { file, lookup: buildKnowledgeIndex(file) }, { cards: args.cards }));
    io.stdout(`${JSON.stringify(result)}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof CliError ? error.message : `unexpected error: ${String(error)}`;
    io.stderr(`footnote: ${message}\n`);
    return error instanceof CliError ? 2 : 1;
  }
}
