/**
 * Element-wise application of a FunctionDef over cells and ranges — what makes one `=ZX.FWXS_RATE(B3:B11,C3:C11)`
 * compute a whole column (it spills).
 *
 * Rules (kept strict on purpose, so a misaligned range is never silently recycled):
 * - an argument is a single value or a 2-D range (`CellValue[][]`); a 1×1 range is a single value;
 * - every range argument must have the same rows × columns; single values broadcast over them;
 * - a row against a column (1×3 with 3×1) is a shape mismatch: one `#VALUE!` naming the arguments and shapes;
 * - all single values → a single result; otherwise a range of results of the common shape.
 * An omitted optional argument is `undefined` and broadcasts like a single value.
 *
 * The blank-row rule (docs/functions.md): an element whose data arguments (ParamDef.role) are all blank is not
 * assessed — its result is empty, not an error — so `=ZX.FWXS_RATE(B:B,C:C)` shows results where there are data
 * and nothing below. A whole-column call (1,048,576 rows) stops after its last row of data: the rest of the column
 * is blank (older Excel builds pass a blank cell of a range as 0, so a run of zeros to the sheet's end counts as
 * blank there), and a result of a million empty cells would only weigh on Excel.
 */
import type { CellValue, ErrorValue } from '../base/grid';
import type { FunctionDef } from './types';

export type Arg = CellValue | CellValue[][] | undefined;

/** rows of a worksheet in Excel 2007 and later: a range this tall is a whole-column reference (`B:B`) */
export const EXCEL_ROWS = 1_048_576;

function isRange(a: Arg): a is CellValue[][] {
  return Array.isArray(a);
}

/** rows × columns, or null when the rows are not all as long as the first (one pass: a column is a million rows) */
function shapeOf(a: CellValue[][]): [number, number] | null {
  const cols = a.length ? a[0].length : 0;
  for (let r = 1; r < a.length; r++) if (a[r].length !== cols) return null;
  return [a.length, cols];
}

/** blank as Excel means it: an empty cell, an omitted argument, or text of spaces only */
export function isBlankArg(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** which argument positions hold data, per function (looked up once: a whole column calls a function a million times) */
interface DataPositions {
  /** data or not, by parameter position */
  data: boolean[];
  /** the repeating parameter is data: so is every position after the parameters */
  restData: boolean;
  required: number;
}
const DATA_POSITIONS = new WeakMap<FunctionDef, DataPositions>();

function dataPositionsOf(def: FunctionDef): DataPositions {
  let d = DATA_POSITIONS.get(def);
  if (!d) {
    const last = def.params[def.params.length - 1];
    d = {
      data: def.params.map((p) => p.role !== 'setting'),
      restData: !!last?.repeating && last.role !== 'setting',
      required: def.params.filter((p) => !p.optional && !p.repeating).length,
    };
    DATA_POSITIONS.set(def, d);
  }
  return d;
}

/** is argument position `i` of a call a data argument (a repeating data parameter covers every later position)? */
export function isDataArgument(def: FunctionDef, i: number): boolean {
  const { data, restData } = dataPositionsOf(def);
  return i < data.length ? data[i] : restData;
}

/**
 * True when the call's data arguments are all blank: the row is not assessed and its result is empty. A
 * function whose data parameters are all left out of the call (INDICATOR with a name only) is not covered.
 */
export function notAssessed(def: FunctionDef, args: readonly (CellValue | undefined)[]): boolean {
  const { data, restData, required } = dataPositionsOf(def);
  let dataPositions = 0;
  const n = Math.max(args.length, required);
  for (let i = 0; i < n; i++) {
    if (!(i < data.length ? data[i] : restData)) continue;
    dataPositions++;
    if (!isBlankArg(args[i])) return false;
  }
  return dataPositions > 0;
}

/**
 * One call of `def.scalar` with the rules every caller keeps (Excel, the fill's expected values, `calc`): a row
 * not assessed is empty; never NaN or Infinity in a cell; a fault in one function shows in its cell.
 */
export function callScalar(def: FunctionDef, args: (CellValue | undefined)[]): CellValue {
  if (notAssessed(def, args)) return null;
  try {
    const v = def.scalar(args);
    if (typeof v === 'number' && !Number.isFinite(v)) return { error: '#NUM!', message: `ZX.${def.id} 的结果超出数值范围` };
    return v;
  } catch (e) {
    return { error: '#VALUE!', message: `内部错误：${e instanceof Error ? e.message : String(e)}` };
  }
}

/** the parameter's name for messages; repeating parameters are numbered (`参数2`) */
function paramName(def: FunctionDef, i: number): string {
  const lastIndex = def.params.length - 1;
  const last = def.params[lastIndex];
  if (last?.repeating && i >= lastIndex) return `${last.name}${i - lastIndex + 1}`;
  if (i <= lastIndex) return def.params[i].name;
  return `第${i + 1}个参数`;
}

export function shapeMismatch(def: FunctionDef, args: Arg[]): ErrorValue | null {
  let first: { i: number; rows: number; cols: number } | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!isRange(a)) continue;
    const shape = shapeOf(a);
    if (!shape) return { error: '#VALUE!', message: `参数「${paramName(def, i)}」的各行长度不一` };
    const [rows, cols] = shape;
    if (rows === 1 && cols === 1) continue;
    if (rows === 0 || cols === 0) return { error: '#VALUE!', message: `参数「${paramName(def, i)}」是空区域` };
    if (!first) first = { i, rows, cols };
    else if (first.rows !== rows || first.cols !== cols)
      return {
        error: '#VALUE!',
        message: `参数形状不一致：「${paramName(def, first.i)}」为${first.rows}行${first.cols}列，「${paramName(def, i)}」为${rows}行${cols}列（区域须同行同列，或为单个单元格）`,
      };
  }
  return null;
}

/** a cell of a whole-column reference that holds data: not blank, and not the 0 older Excel builds pass for one */
export function holdsData(v: unknown): boolean {
  return !(v === null || v === undefined || v === 0 || (typeof v === 'string' && v.trim() === ''));
}

/** the number of rows to compute of a whole-column call: up to its last row of data (at least one) */
function rowsWithData(ranges: CellValue[][][], rows: number): number {
  for (let r = rows - 1; r > 0; r--) {
    for (const a of ranges) {
      const row = a[r];
      for (let c = 0; c < row.length; c++) if (holdsData(row[c])) return r + 1;
    }
  }
  return 1;
}

/**
 * Apply `def.scalar` element-wise. Returns a single value when no argument is a multi-cell range, else a
 * range; a shape mismatch returns one `#VALUE!` with a message.
 */
export function applyFunction(def: FunctionDef, args: Arg[]): CellValue | CellValue[][] {
  const mismatch = shapeMismatch(def, args);
  if (mismatch) return mismatch;
  // each argument once: a value that broadcasts, or a range read cell by cell
  const single: (CellValue | undefined)[] = [];
  const ranges: { i: number; a: CellValue[][] }[] = [];
  let rows = 0;
  let cols = 0;
  args.forEach((a, i) => {
    if (!isRange(a)) single[i] = a;
    else if (a.length === 1 && a[0].length === 1) single[i] = a[0][0];
    else {
      ranges.push({ i, a });
      rows = a.length;
      cols = a[0].length;
    }
  });
  if (rows === 0) return callScalar(def, single);
  if (rows === EXCEL_ROWS) rows = rowsWithData(ranges.map((x) => x.a), rows);
  // one argument list, refilled for every element (no function keeps it): a whole column is a million calls
  const cell = single.slice();
  cell.length = args.length;
  const out: CellValue[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row: CellValue[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      for (let k = 0; k < ranges.length; k++) cell[ranges[k].i] = ranges[k].a[r][c];
      row[c] = callScalar(def, cell);
    }
    out[r] = row;
  }
  return out;
}
