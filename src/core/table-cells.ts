/**
 * Tables in the text. The page layer writes a table row as one line whose cells a tab sets apart
 * (`page/text-index.ts`); consecutive such lines, with only blank lines between them, are one
 * table. Rules that read a cell under its column's heading, or beside the other cells of its
 * column, ask this module instead of scanning for tabs themselves.
 */

export interface TableCell {
  /** Offsets of the cell's text, surrounding spaces left out; `start === end` for an empty cell. */
  readonly start: number;
  readonly end: number;
  readonly row: number;
  readonly column: number;
  readonly table: Table;
}

export interface Table {
  readonly rows: readonly (readonly TableCell[])[];
}

let cachedText: string | null = null;
let cachedTables: readonly Table[] = [];
let cachedByStart = new Map<number, TableCell>();

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 0xa0;
}

function cellsOf(text: string, from: number, to: number, row: number, table: Table): TableCell[] {
  const cells: TableCell[] = [];
  let start = from;
  for (let column = 0; start <= to; column++) {
    let end = text.indexOf('\t', start);
    if (end < 0 || end > to) end = to;
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    cells.push({ start: s, end: e, row, column, table });
    start = end + 1;
  }
  return cells;
}

function parse(text: string): void {
  const tables: Table[] = [];
  const byStart = new Map<number, TableCell>();
  let rows: TableCell[][] | null = null;
  let table: Table | null = null;
  // The next tab at or after the line's start, found once for all the lines before it: a table at
  // the end of a long article costs one scan, not one per paragraph.
  let tab = -1;
  for (let lineStart = 0; lineStart <= text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (tab !== text.length && tab < lineStart) {
      tab = text.indexOf('\t', lineStart);
      if (tab < 0) tab = text.length;
    }
    if (tab < lineEnd) {
      if (rows === null || table === null) {
        rows = [];
        table = { rows };
        tables.push(table);
      }
      const cells = cellsOf(text, lineStart, lineEnd, rows.length, table);
      rows.push(cells);
      for (const c of cells) if (c.end > c.start) byStart.set(c.start, c);
    } else if (rows !== null && text.slice(lineStart, lineEnd).trim() !== '') {
      rows = null;
      table = null;
    }
    lineStart = lineEnd + 1;
  }
  cachedTables = tables;
  cachedByStart = byStart;
}

function ensure(text: string): void {
  if (text === cachedText) return;
  cachedText = text;
  if (text.includes('\t')) parse(text);
  else {
    cachedTables = [];
    cachedByStart = new Map();
  }
}

/** Every table of the text, rows in order. */
export function tablesIn(text: string): readonly Table[] {
  ensure(text);
  return cachedTables;
}

/** The non-empty cell whose text starts at `start`, or null when no cell does. */
export function cellStartingAt(text: string, start: number): TableCell | null {
  ensure(text);
  return cachedByStart.get(start) ?? null;
}
