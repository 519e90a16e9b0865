import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';

export class DataMissingError extends Error {}

/** Reads files under one root, failing with one clear line when a file is absent. */
export class DataDir {
  constructor(readonly root: string) {}

  path(relative: string): string {
    const full = join(this.root, relative);
    if (!existsSync(full)) throw new DataMissingError(`knowledge: missing input file ${full}`);
    return full;
  }

  text(relative: string): string {
    return readFileSync(this.path(relative), 'utf8').replace(/^\uFEFF/, '');
  }

  json(relative: string): unknown {
    return JSON.parse(this.text(relative)) as unknown;
  }

  yaml(relative: string): unknown {
    return parseYaml(this.text(relative)) as unknown;
  }

  /** Rows keyed by the header line. */
  csvRecords(relative: string): Record<string, string>[] {
    return parseCsv<Record<string, string>>(this.text(relative), {
      columns: true,
      skip_empty_lines: true,
      relax_column_count: true,
    });
  }

  /** Raw rows, for files whose header spans several lines. */
  csvRows(relative: string): string[][] {
    return parseCsv(this.text(relative), { relax_column_count: true });
  }
}

export function asRecord(value: unknown, what: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`knowledge: expected an object for ${what}`);
  }
  return value as Record<string, unknown>;
}

export function asArray(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`knowledge: expected a list for ${what}`);
  return value;
}

export function optString(value: unknown): string | null {
  if (typeof value === 'string') {
    const t = value.trim();
    return t === '' ? null : t;
  }
  if (typeof value === 'number') return String(value);
  return null;
}
