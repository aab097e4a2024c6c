/**
 * Glue between the generated custom functions (./functions.ts) and the engine: arguments in as Excel gives
 * them, results out as a matrix (`any[][]`, which spills), errors as `CustomFunctions.Error`.
 *
 * Excel accepts a custom message only with #VALUE! and #N/A, and does not accept #NAME? or #REF! as a
 * function's result; so #DIV/0!, #NUM! and #NULL! go out without their message, and any other code becomes
 * #VALUE! carrying the original code and message.
 */
import type { CellValue, ErrorValue } from '../core/base/grid';
import { isErrorValue } from '../core/base/grid';
import { invoke } from '../core/functions/invoke';

/**
 * The CustomFunctionsRuntime requirement set this glue needs, as manifest.xml states it (a test compares them):
 * a result matrix with an error in some of its cells (one row `#N/A`, the others numbers) is 1.3.
 */
export const CUSTOM_FUNCTIONS_RUNTIME = '1.3';

interface CustomFunctionsRuntime {
  Error: new (code: string, message?: string) => unknown;
}

function runtime(): CustomFunctionsRuntime | undefined {
  return (globalThis as { CustomFunctions?: CustomFunctionsRuntime }).CustomFunctions;
}

const WITH_MESSAGE = new Set(['#VALUE!', '#N/A']);
const WITHOUT_MESSAGE = new Set(['#DIV/0!', '#NUM!', '#NULL!']);

/** The error Excel is given for an ErrorValue: code and message it supports (see the module comment). */
export function excelError(e: ErrorValue): { code: string; message?: string } {
  if (WITH_MESSAGE.has(e.error)) return e.message ? { code: e.error, message: e.message } : { code: e.error };
  if (WITHOUT_MESSAGE.has(e.error)) return { code: e.error };
  return { code: '#VALUE!', message: `${e.error}${e.message ? `：${e.message}` : ''}` };
}

/** One result cell for Excel: an error as CustomFunctions.Error, an empty result as "". */
export function toExcelCell(v: CellValue, rt: CustomFunctionsRuntime | undefined = runtime()): unknown {
  if (v === null) return '';
  if (isErrorValue(v)) {
    const { code, message } = excelError(v);
    if (!rt) return { error: code, ...(message ? { message } : {}) };
    return message ? new rt.Error(code, message) : new rt.Error(code);
  }
  return v;
}

/** Called by every generated ZX function: Excel-shaped arguments in, a matrix of results out. */
export function callZx(id: string, args: unknown[]): unknown[][] {
  const result = invoke(id, args);
  const rt = runtime();
  if (Array.isArray(result)) {
    // in place: the matrix is this call's own, and a whole column is a million rows
    const out = result as unknown[][];
    for (const row of out) for (let c = 0; c < row.length; c++) row[c] = toExcelCell(row[c] as CellValue, rt);
    return out;
  }
  return [[toExcelCell(result, rt)]];
}
