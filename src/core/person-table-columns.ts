/**
 * A table's column of people: when the article shows some cells of one column to be people
 * (a given name, the knowledge file), the column's other names are people too ("Oliver-Rainer
 * Wittmann" under developers named "Herbert Dürr" and "Jürgen Schmidt").
 */
import { cellStartingAt, type Table, type TableCell } from './table-cells';

/** People a column must already hold before its other names are read as people. */
const MIN_PEOPLE_IN_COLUMN = 2;
/** And the share of the column's names they must make up: a column of places with two names in it stays places. */
const MIN_PEOPLE_SHARE_OF_COLUMN = 0.5;

interface Span {
  readonly start: number;
  readonly end: number;
}

function wholeCell(text: string, span: Span): TableCell | null {
  const cell = cellStartingAt(text, span.start);
  return cell !== null && cell.end === span.end ? cell : null;
}

function tally(text: string, spans: readonly Span[]): Map<Table, Map<number, number>> {
  const counts = new Map<Table, Map<number, number>>();
  for (const span of spans) {
    const cell = wholeCell(text, span);
    if (cell === null) continue;
    const columns = counts.get(cell.table) ?? new Map<number, number>();
    columns.set(cell.column, (columns.get(cell.column) ?? 0) + 1);
    counts.set(cell.table, columns);
  }
  return counts;
}

/** Cells of two words or more that open with a capital, per column: the names in it, people or not (a heading is one word). */
function namesByColumn(text: string, table: Table): Map<number, number> {
  const counts = new Map<number, number>();
  for (const row of table.rows) {
    for (const cell of row) if (/^\p{Lu}\S*\s/u.test(text.slice(cell.start, cell.end))) counts.set(cell.column, (counts.get(cell.column) ?? 0) + 1);
  }
  return counts;
}

/** Calls `accept` with each unproven name that fills a cell of a column of people. */
export function acceptColumnMates<D extends Span>(text: string, people: readonly Span[], unproven: readonly D[], accept: (d: D) => void): void {
  if (unproven.length === 0) return;
  const known = tally(text, people);
  const names = new Map<Table, Map<number, number>>();
  for (const d of unproven) {
    const cell = wholeCell(text, d);
    if (cell === null) continue;
    const found = known.get(cell.table)?.get(cell.column) ?? 0;
    if (found < MIN_PEOPLE_IN_COLUMN) continue;
    let columns = names.get(cell.table);
    if (columns === undefined) {
      columns = namesByColumn(text, cell.table);
      names.set(cell.table, columns);
    }
    if (found >= (columns.get(cell.column) ?? 0) * MIN_PEOPLE_SHARE_OF_COLUMN) accept(d);
  }
}
