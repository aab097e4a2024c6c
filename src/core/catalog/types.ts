/**
 * The catalogue's record types. An indicator, a field, a generic function is one record; the custom
 * functions, the recogniser's column mapping, the task pane's lists and the docs are generated from them,
 * so adding an indicator is one edit in one place (docs/architecture.md).
 */
import type { ErrorValue } from '../base/grid';
import type { ValueKind } from '../base/values';

/** the SPC's 2024 system: the list of January 2024 (26 indicators) or of its September 2024 revision (18) */
export type SpcList = '2024-01' | '2024-09';

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
  /**
   * a table may lack this column (指定再审数 of ZSL_RATE): fill offers the indicator anyway and leaves the argument
   * out, which counts 0 — a blank count is 0 for every input (docs/functions.md); this says only that the column
   * itself may be missing
   */
  columnOptional?: boolean;
}

/** A counting rule (口径) that differs between seeds. */
export interface VariantDef {
  /** the value of the function's last optional argument that selects it (`延边`, `平台`) */
  id: string;
  description: string;
  /** when the variant takes other inputs than the default */
  inputs?: InputDef[];
  /**
   * the direction under this 口径 where it is not the indicator's: 终本率 is ↑ in 延边2019 (÷ 受理, "不低于26.52%")
   * and ↓ where the share of closings is watched (÷ 结案: the less 终本 the better)
   */
  direction?: Direction;
  /** seed codes (`001`) or the addresses of published sources */
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
  /** the SPC system it is named in (`2024`: 人民法院审判质量管理指标体系), for section F */
  version?: string;
  /**
   * the lists of that system it is confirmed in, where a published source says so: `2024-01` (26 indicators from
   * January 2024), `2024-09` (18 after the September 2024 revision); `spcSources` cites them
   */
  spcLists?: SpcList[];
  spcSources?: string[];
  /** a caveat shown in the description (definition not in the seeds, …) */
  note?: string;
  /**
   * The result is a part of its whole: a rate between 0 and 1, a ‰ between 0 and 1000. Default: true for `rate`
   * and `permille` indicators. A result outside gives `#NUM!` naming the inputs that cannot both be right
   * (二审收案数 100 against 一审结案数 12). False where the numerator is not counted within the denominator, so
   * the value may pass 100% (诉前调解成功 cases are not 新收 cases).
   */
  proportion?: boolean;
  /**
   * The 统计口径 as arithmetic on already-parsed numbers (one per input, in order; a missing optional input is
   * NaN). Returns the result or the Excel error the cell shows (`#DIV/0!` for a zero denominator).
   * `variant` is the id of a VariantDef, or null for the default 口径.
   */
  compute(x: number[], variant: string | null): number | ErrorValue;
}

/** A catalogue candidate for a column header: a field or an indicator, with how sure the match is. */
export interface HeaderMatch {
  field: string | null;
  indicator: string | null;
  confidence: number;
  matched: string;
}
