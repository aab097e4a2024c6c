/**
 * The ZX functions by id, callable with arguments as Excel passes them to a custom function — pure
 * TypeScript (no Office), so the command line (`zhixiao calc`), the test host and the add-in share it.
 *
 * Excel passes each `any[][]` parameter as a matrix (a single cell is `[[v]]`), an omitted optional
 * parameter as null or undefined, an empty cell as null (older builds: "" or 0), an input error — with
 * `allowErrorForDataTypeAny` set in functions.json — as a CustomFunctions.Error (`{ code: "#DIV/0!" }`), and a
 * repeating parameter as ONE argument holding an array of matrices (`INDICATOR([["名称"]], [[[160]], [[1000]]])`).
 * This module turns those into engine values, applies the function element-wise (src/core/functions/apply.ts)
 * and returns a value or a matrix of values.
 */
import { ALL_FUNCTIONS, findFunction } from './registry';
import type { FunctionDef } from './types';
import { applyFunction, EXCEL_ROWS, holdsData, type Arg } from './apply';
import { isErrorValue, type CellValue, type ErrorValue, type ExcelErrorCode } from '../base/grid';

export const FUNCTION_IDS: string[] = ALL_FUNCTIONS.map((f) => f.id);

export { findFunction };

/** An Excel error object (CustomFunctions.Error or similar: `{ code: "#N/A", message? }`) as an ErrorValue. */
function errorFromHost(v: object): ErrorValue | null {
  if (isErrorValue(v)) return v;
  const code = (v as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('#')) {
    const message = (v as { message?: unknown }).message;
    return { error: code as ExcelErrorCode, ...(typeof message === 'string' && message ? { message } : {}) };
  }
  return null;
}

/** One cell as Excel gives it → CellValue ("" is an empty cell; a Date would be a bug upstream) */
export function fromExcelCell(v: unknown): CellValue {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'object') {
    const e = errorFromHost(v);
    if (e) return e;
  }
  return { error: '#VALUE!', message: '无法识别的单元格值' };
}

/** a cell Excel gives that is already an engine value as it is (a number, a text, a logical value, null) */
function isEngineValue(v: unknown): boolean {
  return v === null || typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'string' && v !== '');
}

/**
 * One row of a matrix as Excel gives it → engine values. A row of plain values is used as it is: a whole column
 * is a million rows, and copying each would cost more than computing it.
 */
function fromExcelRow(row: unknown): CellValue[] {
  if (!Array.isArray(row)) return [fromExcelCell(row)];
  let plain = true;
  for (let c = 0; c < row.length && plain; c++) plain = isEngineValue(row[c]);
  if (plain) return row as CellValue[];
  const out: CellValue[] = new Array(row.length);
  for (let c = 0; c < row.length; c++) out[c] = fromExcelCell(row[c]);
  return out;
}

/** One argument as Excel gives it → an engine argument: undefined when omitted, a value or a matrix */
export function fromExcelArg(v: unknown): Arg {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) {
    if (v.length === 0) return undefined;
    const rows: CellValue[][] = new Array(v.length);
    for (let r = 0; r < v.length; r++) rows[r] = fromExcelRow(v[r]);
    return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows;
  }
  return fromExcelCell(v);
}

/**
 * Excel's arguments in formula order: the repeating parameter, passed by Excel as one array of matrices, spread
 * out into one argument per matrix (`[name, [m1, m2]]` → `[name, m1, m2]`).
 */
export function spreadRepeating(def: FunctionDef, args: readonly unknown[]): unknown[] {
  const at = def.params.findIndex((p) => p.repeating);
  if (at < 0 || args.length <= at) return args.slice();
  const packed = args[at];
  const rest = packed === undefined || packed === null ? [] : Array.isArray(packed) ? packed : [packed];
  return [...args.slice(0, at), ...rest];
}

/**
 * Call a ZX function by id exactly as Excel calls it (each parameter a matrix, the repeating one packed into
 * one array of matrices). Returns what the cell or the spilled range shows, errors as ErrorValues with their
 * Chinese message.
 */
export function invoke(id: string, args: unknown[]): CellValue | CellValue[][] {
  const def = findFunction(id);
  if (!def) return { error: '#VALUE!', message: `没有函数 ZX.${id}` };
  return invokeDef(def, spreadRepeating(def, args));
}

/**
 * Whole-column arguments (`B:B`, 1,048,576 rows) cut after their last row of data before anything is converted:
 * the rest of the column is blank (or 0, as older Excel builds pass a blank cell) and its results would be empty
 * (./apply.ts). Only when every multi-cell argument is a whole column, so that shapes still agree — a mismatch
 * is reported with the shapes as given.
 */
function trimWholeColumns(args: unknown[]): unknown[] {
  // Excel passes every range parameter as a matrix: its first row says so
  const isMatrix = (a: unknown): a is unknown[][] => Array.isArray(a) && a.length > 0 && Array.isArray(a[0]);
  const multi = args.filter((a) => isMatrix(a) && !(a.length === 1 && a[0].length === 1)) as unknown[][][];
  if (!multi.length || multi.some((a) => a.length !== EXCEL_ROWS)) return args;
  let rows = 1;
  scan: for (let r = EXCEL_ROWS - 1; r > 0; r--) {
    for (const a of multi) {
      const row = a[r];
      for (let c = 0; c < row.length; c++) {
        if (holdsData(row[c])) {
          rows = r + 1;
          break scan;
        }
      }
    }
  }
  return args.map((a) => (multi.includes(a as unknown[][]) ? (a as unknown[][]).slice(0, rows) : a));
}

/**
 * Call a FunctionDef with its arguments in formula order — one per argument written in the formula, the
 * repeating ones one by one (`zhixiao calc INDICATOR 一审服判息诉率 160 1000`), each a value or a matrix.
 */
export function invokeDef(def: FunctionDef, args: unknown[]): CellValue | CellValue[][] {
  // trailing omitted optional arguments stay undefined; a missing required one is an empty cell
  const engineArgs = trimWholeColumns(args).map(fromExcelArg);
  return applyFunction(def, engineArgs);
}
