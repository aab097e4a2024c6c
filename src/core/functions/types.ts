/**
 * A ZX custom function as data. The functions floor builds these from the catalogue's records (indicators) and
 * writes the others (TARGET, MEETS, CASE_TYPE …) directly; the Excel shell, functions.json, the test host and
 * `zhixiao calc` are all generated from the list of FunctionDefs (./registry.ts).
 */
import type { CellValue } from '../base/grid';

/** One parameter of a ZX function. */
export interface ParamDef {
  /** Chinese name shown in Excel's function wizard: `二审收案数` */
  name: string;
  description: string;
  optional?: boolean;
  /**
   * accepts several arguments from here on (INDICATOR's inputs). In a formula they are written one by one; Excel
   * passes them to the function as ONE argument holding an array of matrices (src/core/functions/invoke.ts).
   */
  repeating?: boolean;
  /**
   * `data` (the default): a value of the row being computed — a count, an actual value, a 案号. A blank count is 0,
   * and a row whose data arguments are all blank is not assessed: its result is empty (./apply.ts, notAssessed).
   * `setting`: how to compute rather than what — 口径, 方向, a target, 下降比例, a score step; usually one cell for
   * a whole column. It does not make a row assessed; a blank one means its default, or is an error when it has none.
   */
  role?: 'data' | 'setting';
}

/**
 * `scalar` works on one cell value per parameter; the caller applies it element-wise over ranges
 * (broadcasting single cells, `#VALUE!` on shapes that differ), so no function handles ranges itself.
 */
export interface FunctionDef {
  /** the name after `ZX.`: `FWXS_RATE`, `MEETS` */
  id: string;
  /** Chinese name: 一审服判息诉率, 是否达标 */
  name: string;
  /** Chinese description for functions.json (no `@` inside: JSDoc would read it as a tag) */
  description: string;
  params: ParamDef[];
  result: 'number' | 'boolean' | 'string' | 'any';
  /**
   * raw cell values in (a missing optional argument is undefined); a value or an ErrorValue out. Call it through
   * `callScalar` (./apply.ts), which applies the blank-row rule first.
   */
  scalar(args: (CellValue | undefined)[]): CellValue;
}
