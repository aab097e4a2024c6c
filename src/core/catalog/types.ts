/**
 * The catalogue's record types. An indicator, a field, a generic function is one record; the custom
 * functions, the recogniser's column mapping, the task pane's lists and the docs are generated from them,
 * so adding an indicator is one edit in one place (see DESIGN.md).
 */
import type { CellValue, ErrorValue } from '../grid';
import type { ValueKind } from '../layout/types';

/** ↑ higher is better (正向), ↓ lower is better (逆向), or neither */
export type Direction = 'up' | 'down' | 'none';

/** what the value is; fixes the cell format */
export type IndicatorUnit = 'rate' | 'permille' | 'days' | 'ratio' | 'avg' | 'count';

/** A base figure that appears as a column in statisticians' tables (二审收案数, 旧存数 …). */
export interface FieldDef {
  /** the canonical Chinese name; also the key other records use */
  name: string;
  /** spellings seen in real headers, most specific first */
  synonyms: string[];
  valueKind: ValueKind;
  description?: string;
}

/** One argument of an indicator function. */
export interface InputDef {
  /** the parameter's Chinese name as shown in Excel's function wizard */
  name: string;
  /** the catalogue field this argument takes (a FieldDef.name) */
  field: string;
  description: string;
  /** a blank cell counts as 0 for this argument (only where the 统计口径 says so); default: blank is #VALUE! */
  blankAsZero?: boolean;
}

/** A counting rule (口径) that differs between seeds. */
export interface VariantDef {
  /** the value of the function's last optional argument that selects it (`延边`, `平台`) */
  id: string;
  description: string;
  /** when the variant takes other inputs than the default */
  inputs?: InputDef[];
  sources: string[];
}

export interface IndicatorDef {
  /** the function name without namespace: `FWXS_RATE` */
  id: string;
  /** 一审服判息诉率 */
  name: string;
  aliases: string[];
  /** A 审判质量, B 审判效率, C 审判效果, D 执行, F 最高法2024体系 */
  section: 'A' | 'B' | 'C' | 'D' | 'F';
  inputs: InputDef[];
  /** the 统计口径 in Chinese, as the function's description shows it */
  formula: string;
  direction: Direction;
  unit: IndicatorUnit;
  /** Excel number format the add-in applies: `0.00%` */
  format: string;
  /** seed files defining or targeting it: '000' 方城2023, '001' 延边2019, '002' 焦作2021, '003' 乌兰浩特2022, '004' 贵州2024 */
  sources: string[];
  variants?: VariantDef[];
  /** the SPC system version it belongs to, for section F */
  version?: string;
  /** a caveat shown in the description (definition not in the seeds, …) */
  note?: string;
  /**
   * The 统计口径 as arithmetic on already-parsed numbers (one per input, in order; a missing optional input is
   * NaN). Returns the result or the Excel error the cell shows (`#DIV/0!` for a zero denominator).
   * `variant` is the id of a VariantDef, or null for the default 口径.
   */
  compute(x: number[], variant: string | null): number | ErrorValue;
}

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
 * A ZX custom function as data. Indicators become FunctionDefs through the catalogue; generic functions
 * (TARGET, MEETS, GAP …) and others (CASE_TYPE …) are written as FunctionDefs directly. The functions module,
 * functions.json, the test host and `zhixiao calc` are all generated from the list of FunctionDefs.
 *
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
