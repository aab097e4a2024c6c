/**
 * Grid — what a sheet region is, as data (docs/architecture.md).
 *
 * Both adapters (Office.js in src/excel, ExcelJS in src/cli) produce a Grid; the engine never sees either
 * library. Conventions every producer keeps, so the engine needs no special cases:
 * - `values` is rectangular; an empty cell is `null`;
 * - dates are Excel serial numbers (the number format says it is a date), never JS Date objects;
 * - an Excel error value in a cell is an {@link ErrorValue};
 * - in a merged area only the top-left cell holds the value, the others are `null` (ExcelJS repeats the
 *   master's value on every cell of a merge — its reader normalises that);
 * - coordinates inside the engine are grid-relative and 0-based (`r`, `c`); `origin` turns them into sheet
 *   positions, and `a1()` into addresses for people and for formulas.
 */

/** Excel's error values, as a cell shows them. */
export type ExcelErrorCode =
  | '#DIV/0!'
  | '#VALUE!'
  | '#N/A'
  | '#NUM!'
  | '#REF!'
  | '#NAME?'
  | '#NULL!'
  | '#SPILL!'
  | '#CALC!'
  | '#GETTING_DATA';

/** An Excel error as a value: in a cell read from a sheet, or as a function's result (with a Chinese message). */
export interface ErrorValue {
  error: ExcelErrorCode;
  /** why, in Chinese, naming the argument at fault where there is one */
  message?: string;
}

export type CellValue = number | string | boolean | null | ErrorValue;

export function isErrorValue(v: unknown): v is ErrorValue {
  return typeof v === 'object' && v !== null && typeof (v as ErrorValue).error === 'string' && (v as ErrorValue).error.startsWith('#');
}

/** An inclusive rectangle, 0-based. Grid-relative inside a Grid, sheet-absolute inside an EditPlan. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  sheet: string;
  /** 0-based sheet position of values[0][0] */
  origin: { row: number; col: number };
  values: CellValue[][];
  /** the formula of each cell (`=SUM(B3:B11)`) or null; absent when the producer did not read formulas */
  formulas?: (string | null)[][];
  /** the number format of each cell (`0.00%`, `General`) or null */
  numberFormats?: (string | null)[][];
  /** merged areas, grid-relative */
  merges?: CellRange[];
  /**
   * the region's "cell value" conditional formats, grid-relative (a rule reaching beyond the region is cut to
   * it); absent when the producer did not read them
   */
  conditionalFormats?: GridRule[];
}

/** An Excel "cell value" rule as read from a sheet: `range` equal to `formula` shows `fill` (EditPlan's ConditionalFormat, less the sheet). */
export interface GridRule {
  range: CellRange;
  /** `equal`, `greaterThan` … (the EditPlan's words) */
  operator: string;
  /** the comparand as an Excel formula text: `"达标"`, `0` */
  formula: string;
  fill?: string;
  fontColor?: string;
}

/** 0 → A, 25 → Z, 26 → AA */
/** the letters of the columns asked for so far: a plan or a formula names the same few columns again and again */
const COLUMN_LETTERS: string[] = [];

export function columnLetter(col: number): string {
  const known = COLUMN_LETTERS[col];
  if (known !== undefined) return known;
  const s = lettersOf(col);
  if (Number.isInteger(col) && col >= 0 && col < 16_384) COLUMN_LETTERS[col] = s; // Excel's columns: A … XFD
  return s;
}

function lettersOf(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A → 0, AA → 26; -1 when the text is not a column name */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Sheet address of an absolute 0-based position: (2, 1) → "B3" */
export function address(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** Sheet address of a grid-relative position */
export function a1(grid: Grid, r: number, c: number): string {
  return address(grid.origin.row + r, grid.origin.col + c);
}

/** "B3" → { row: 2, col: 1 } (absolute, 0-based); null when not an address */
export function parseAddress(text: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(text.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** "A1:J12" for an absolute range */
export function rangeAddress(r: CellRange): string {
  return `${address(r.top, r.left)}:${address(r.bottom, r.right)}`;
}

/** Parse "A1:J12" (or a single "B3") into an absolute range; null when not a range address */
export function parseRange(text: string): CellRange | null {
  const parts = text.split(':');
  const a = parseAddress(parts[0]);
  const b = parts.length > 1 ? parseAddress(parts[1]) : a;
  if (!a || !b || parts.length > 2) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function gridRows(grid: Grid): number {
  return grid.values.length;
}

export function gridCols(grid: Grid): number {
  return grid.values.length ? grid.values[0].length : 0;
}

export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}
