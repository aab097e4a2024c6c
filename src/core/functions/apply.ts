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
 */
import type { CellValue, ErrorValue } from '../base/grid';
import type { FunctionDef } from './types';

export type Arg = CellValue | CellValue[][] | undefined;

function isRange(a: Arg): a is CellValue[][] {
  return Array.isArray(a);
}

function shapeOf(a: CellValue[][]): [number, number] {
  return [a.length, a.length ? Math.max(...a.map((r) => r.length)) : 0];
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
    const [rows, cols] = shapeOf(a);
    if (rows === 1 && cols === 1) continue;
    if (rows === 0 || cols === 0) return { error: '#VALUE!', message: `参数「${paramName(def, i)}」是空区域` };
    if (a.some((r) => r.length !== cols)) return { error: '#VALUE!', message: `参数「${paramName(def, i)}」的各行长度不一` };
    if (!first) first = { i, rows, cols };
    else if (first.rows !== rows || first.cols !== cols)
      return {
        error: '#VALUE!',
        message: `参数形状不一致：「${paramName(def, first.i)}」为${first.rows}行${first.cols}列，「${paramName(def, i)}」为${rows}行${cols}列（区域须同行同列，或为单个单元格）`,
      };
  }
  return null;
}

/**
 * Apply `def.scalar` element-wise. Returns a single value when no argument is a multi-cell range, else a
 * range; a shape mismatch returns one `#VALUE!` with a message.
 */
export function applyFunction(def: FunctionDef, args: Arg[]): CellValue | CellValue[][] {
  const mismatch = shapeMismatch(def, args);
  if (mismatch) return mismatch;
  let rows = 0;
  let cols = 0;
  for (const a of args) {
    if (isRange(a) && !(a.length === 1 && a[0].length === 1)) [rows, cols] = shapeOf(a);
  }
  const cell = (a: Arg, r: number, c: number): CellValue | undefined => {
    if (!isRange(a)) return a;
    if (a.length === 1 && a[0].length === 1) return a[0][0];
    return a[r][c];
  };
  const call = (r: number, c: number): CellValue => {
    try {
      const v = def.scalar(args.map((a) => cell(a, r, c)));
      // never NaN or Infinity in a cell
      if (typeof v === 'number' && !Number.isFinite(v)) return { error: '#NUM!', message: `ZX.${def.id} 的结果超出数值范围` };
      return v;
    } catch (e) {
      // a fault in one function must not break the sheet: show it in the cell
      return { error: '#VALUE!', message: `内部错误：${e instanceof Error ? e.message : String(e)}` };
    }
  };
  if (rows === 0) return call(0, 0);
  const out: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c < cols; c++) row.push(call(r, c));
    out.push(row);
  }
  return out;
}
