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
  /** accepts several arguments from here on (INDICATOR's inputs) */
  repeating?: boolean;
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
  /** raw cell values in (a missing optional argument is undefined); a value or an ErrorValue out */
  scalar(args: (CellValue | undefined)[]): CellValue;
}
