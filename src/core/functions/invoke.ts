/**
 * The ZX functions by id, callable with arguments as Excel passes them to a custom function — pure
 * TypeScript (no Office), so the command line (`zhixiao calc`), the test host and the add-in share it.
 *
 * Excel passes each `any[][]` parameter as a matrix (a single cell is `[[v]]`), an omitted optional
 * parameter as null or undefined, an empty cell as "" or null, and — where the host passes them — an input
 * error as an object with a `code` such as "#DIV/0!". This module turns those into engine values, applies
 * the function element-wise (src/core/functions/apply.ts) and returns a value or a matrix of values.
 */
import { ALL_FUNCTIONS, findFunction } from './registry';
import type { FunctionDef } from './types';
import { applyFunction, type Arg } from './apply';
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

/** One argument as Excel gives it → an engine argument: undefined when omitted, a value or a matrix */
export function fromExcelArg(v: unknown): Arg {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) {
    if (v.length === 0) return undefined;
    const rows = v.map((row) => (Array.isArray(row) ? row.map(fromExcelCell) : [fromExcelCell(row)]));
    return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows;
  }
  return fromExcelCell(v);
}

/**
 * Call a ZX function by id with Excel-shaped arguments (in parameter order, repeating ones spread out).
 * Returns what the cell or the spilled range shows, errors as ErrorValues with their Chinese message.
 */
export function invoke(id: string, args: unknown[]): CellValue | CellValue[][] {
  const def = findFunction(id);
  if (!def) return { error: '#VALUE!', message: `没有函数 ZX.${id}` };
  return invokeDef(def, args);
}

export function invokeDef(def: FunctionDef, args: unknown[]): CellValue | CellValue[][] {
  // trailing omitted optional arguments stay undefined; a missing required one is an empty cell
  const engineArgs = args.map(fromExcelArg);
  return applyFunction(def, engineArgs);
}
