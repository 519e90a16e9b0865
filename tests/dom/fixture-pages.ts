import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');

/** Parses one of our fixture pages into a fresh document (no scripts run). */
export function loadPage(name: string): Document {
  const html = readFileSync(join(PAGES_DIR, name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

export const FIRST_PARAGRAPH_START = 'The Larkfield town council voted on Tuesday';
export const LAST_PARAGRAPH_END = 'on the edge of town.';
