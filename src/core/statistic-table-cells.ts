/**
 * Figures standing alone in table cells ("12,345" under "Votes", "3029" beside a district): a
 * cell holding nothing but a number is a figure, of what its column's heading names. Columns of
 * labels (years, ranks, ages, jersey numbers, dates, versions, scores) are left alone, as the
 * same numbers are in prose.
 */
import { parseDigits } from './number-parser';
import { CURRENCY_PREFIXES } from './statistic-vocabulary';
import { tablesIn, type Table, type TableCell } from './table-cells';
import type { StatisticMention } from './types';

const FIGURE_CELL = /^(US\$|C\$|A\$|[$£€¥₹])?(\d[\d,.\u202f\u2009]*)(%)?$/u;

/** Headings of columns whose numbers name or place a row rather than measure it. */
const LABEL_HEADINGS = new Set([
  'year', 'years', 'yr', 'date', 'dates', 'rank', 'rk', 'ranking', 'no', 'no.', '#', 'age', 'born', 'died', 'pos', 'pos.', 'position',
  'jersey', 'zip', 'zip code', 'phone', 'id', 'version', 'release', 'score', 'scores', 'result', 'time', 'round', 'rd', 'pick', 'seed',
  'season', 'week', 'day', 'place', 'class', 'grade', 'chapter', 'section', 'page', 'line', 'code', 'number', 'num', 'model',
]);
/** First words of headings that say the same ("Year founded", "Date of birth", "Rank 2019"). */
const LABEL_HEADING_OPENERS = new Set(['year', 'date', 'rank', 'age', 'born', 'jersey', 'zip', 'phone', 'version', 'release', 'score', 'season', 'week', 'round', 'pick', 'seed']);

const EARLIEST_YEAR = 1800;
const LATEST_YEAR = 2100;
/** A column reading 1, 2, 3 and on, at least this long, numbers its rows. */
const MIN_RANK_RUN = 3;

interface FigureCell {
  readonly cell: TableCell;
  readonly text: string;
  readonly sign: string | undefined;
  readonly digits: string;
  readonly percent: boolean;
  readonly value: number;
}

function figureIn(text: string, cell: TableCell): FigureCell | null {
  if (cell.end === cell.start) return null;
  const cellText = text.slice(cell.start, cell.end);
  const m = FIGURE_CELL.exec(cellText);
  if (!m) return null;
  const digits = m[2] as string;
  const value = parseDigits(digits);
  if (value === null) return null;
  return { cell, text: cellText, sign: m[1], digits, percent: m[3] !== undefined, value };
}

/** A cell's figure, read once per table. */
type FiguresOf = (cell: TableCell) => FigureCell | null;

function figuresOf(text: string, table: Table): FiguresOf {
  const read = table.rows.map((row) => row.map((cell) => figureIn(text, cell)));
  return (cell) => read[cell.row]?.[cell.column] ?? null;
}

/**
 * A heading row names the columns below it: no figure in it, words in some cell, and figures in
 * the row after it. Tables side by side reach the text as one run of rows, so each heading row
 * starts a part of its own.
 */
function isHeadingRow(text: string, figures: FiguresOf, row: readonly TableCell[], next: readonly TableCell[] | undefined): boolean {
  if (next === undefined || row.some((c) => figures(c) !== null) || !row.some((c) => /\p{L}/u.test(text.slice(c.start, c.end)))) return false;
  return next.some((c) => figures(c) !== null);
}

interface TablePart {
  readonly heading: readonly TableCell[] | null;
  readonly rows: readonly (readonly TableCell[])[];
}

function partsOf(text: string, figures: FiguresOf, table: Table): TablePart[] {
  const parts: TablePart[] = [];
  let current: { heading: readonly TableCell[] | null; rows: (readonly TableCell[])[] } = { heading: null, rows: [] };
  table.rows.forEach((row, r) => {
    if (isHeadingRow(text, figures, row, table.rows[r + 1])) {
      if (current.heading !== null || current.rows.length > 0) parts.push(current);
      current = { heading: row, rows: [] };
    } else current.rows.push(row);
  });
  parts.push(current);
  return parts;
}

/**
 * The heading over a cell. A heading row shorter than the row under it has lost its empty
 * corner cell (nothing marks an empty cell in the text), so the two are lined up at their right.
 */
function headingText(text: string, heading: readonly TableCell[] | null, column: number, rowLength: number): string | null {
  if (heading === null) return null;
  const cell = heading[heading.length < rowLength ? column - (rowLength - heading.length) : column];
  if (cell === undefined || cell.end === cell.start) return null;
  return text.slice(cell.start, cell.end).replace(/\s+/g, ' ');
}

function namesLabels(heading: string): boolean {
  const lower = heading.toLowerCase();
  if (LABEL_HEADINGS.has(lower)) return true;
  const opener = lower.split(/[\s(/]/)[0] ?? '';
  return LABEL_HEADING_OPENERS.has(opener.replace(/[.:]$/, ''));
}

function isYear(f: FigureCell): boolean {
  return f.sign === undefined && !f.percent && /^\d{4}$/.test(f.digits) && f.value >= EARLIEST_YEAR && f.value <= LATEST_YEAR;
}

/** 1, 2, 3, … in order: the row numbers of a ranking or a pager. */
function countsUpFromOne(figures: readonly FigureCell[]): boolean {
  return figures.length >= MIN_RANK_RUN && figures.every((f, k) => f.sign === undefined && !f.percent && f.digits === String(k + 1));
}

/**
 * "3 | Christchurch | 404,500": with no heading to say what it counts, a whole number just before
 * a cell of words numbers that row.
 */
function numbersItsRow(text: string, f: FigureCell, row: readonly TableCell[]): boolean {
  if (f.sign !== undefined || f.percent || !/^\d+$/.test(f.digits)) return false;
  const next = row[f.cell.column + 1];
  return next !== undefined && next.end > next.start && /^\p{L}/u.test(text.slice(next.start, next.end));
}

/** A plural noun in a heading ("Towns asking", "Votes"): the heading says what its figures count. */
const PLURAL_WORD = /\b\p{L}{2,}[^s\W]s\b/u;

function mention(f: FigureCell, heading: string | null): StatisticMention {
  const unit = f.percent ? 'percent' : f.sign !== undefined ? (CURRENCY_PREFIXES[f.sign] ?? 'other') : 'count';
  // "Last", "Change", "Price": a heading that names no counted thing is the figure's column, not its noun.
  const counted = heading !== null && PLURAL_WORD.test(heading);
  return {
    kind: 'statistic',
    start: f.cell.start,
    end: f.cell.end,
    text: f.text,
    entityId: null,
    value: f.percent ? f.value / 100 : f.value,
    valueHigh: null,
    unit,
    qualifier: null,
    counts: counted ? heading.toLowerCase() : null,
    comparison: null,
    ...(heading !== null && !counted ? { column: heading } : {}),
  };
}

export function tableCellFigures(text: string): StatisticMention[] {
  const out: StatisticMention[] = [];
  for (const table of tablesIn(text)) {
    const figureAt = figuresOf(text, table);
    for (const part of partsOf(text, figureAt, table)) {
      // A row of 1, 2, 3 (a pager) numbers pages, whatever its columns.
      const pagerRows = part.rows.map((row) => countsUpFromOne(row.map(figureAt).filter((f): f is FigureCell => f !== null)));
      const width = Math.max(0, ...part.rows.map((row) => row.length));
      for (let column = 0; column < width; column++) {
        // Rows of one width share their column's heading; a row of another width is read alone.
        const headings = new Map<number, string | null>();
        const headingOver = (row: readonly TableCell[]): string | null => {
          if (!headings.has(row.length)) headings.set(row.length, headingText(text, part.heading, column, row.length));
          return headings.get(row.length) ?? null;
        };
        const read: { readonly figure: FigureCell; readonly heading: string | null }[] = [];
        part.rows.forEach((row, r) => {
          const cell = row[column];
          const heading = headingOver(row);
          const figure = cell === undefined || (heading !== null && namesLabels(heading)) ? null : figureAt(cell);
          if (figure === null || pagerRows[r] === true || (heading === null && numbersItsRow(text, figure, row))) return;
          read.push({ figure, heading });
        });
        const figures = read.map((x) => x.figure);
        if (figures.length === 0 || figures.every(isYear) || countsUpFromOne(figures)) continue;
        for (const { figure, heading } of read) out.push(mention(figure, heading));
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
