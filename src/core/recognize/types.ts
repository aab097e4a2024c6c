/**
 * Recognition output — the stable contract of `zhixiao recognize --json`, the task pane and the fill engine.
 * Rows are the sheet's 1-based row numbers and columns the sheet's letters, as a person reads them.
 * (The recogniser may keep richer internal structures; this is what leaves it.)
 */
import type { HeaderMatch } from '../catalog/types';
import type { TargetOp } from '../targets';
import type { ValueKind } from '../base/values';

export type LayoutKind =
  | 'unit-matrix'
  | 'target-matrix'
  | 'indicator-list'
  | 'yoy'
  | 'control-target'
  | 'score'
  | 'case-list';

/** `breakdown`: a part of the row above (`其中：民事` under a court, `其中：中院` under 全市合计): not a unit, not summed */
export type RowRole = 'unit' | 'total' | 'subtotal' | 'benchmark' | 'breakdown';

/** 中院 / 基层 / 部门 / 法官, read from the unit's name; 全市 for a whole-city row of a target table */
export type UnitLevel = '中院' | '基层' | '部门' | '法官' | '全市';

export type ColumnRole = 'serial' | 'unit' | 'field' | 'indicator' | 'target' | 'gap' | 'score' | 'rank' | 'unknown';

export type { ValueKind } from '../base/values';

export interface RecognizedRow {
  row: number;
  role: RowRole;
  label: string;
  level: UnitLevel | null;
  /** (optional) 0..1 — for total and subtotal rows: 1 when the numbers add up, lower when only the label says so */
  confidence?: number;
  /** (optional) for total and subtotal rows: the column sums were checked and agree */
  confirmed?: boolean;
  /** (optional) for a row that names an indicator (indicator lists, transposed target tables): its function name */
  indicator?: string | null;
  /** (optional) for a row that names a catalogue field (a year-over-year table with measures as rows) */
  field?: string | null;
  /** (optional) for a breakdown row: the sheet row it is a part of (the unit or total above it) */
  partOf?: number;
}

/** a catalogue candidate for a column (the catalogue's HeaderMatch) */
export type ColumnGuess = HeaderMatch;

export interface RecognizedColumn {
  column: string;
  /** header path from the top header row down, merged group first: ["再审", "被改判"] */
  header: string[];
  role: ColumnRole;
  /** the catalogue field's Chinese name (`二审收案数`), or null */
  field: string | null;
  /** a catalogue function name (`JA_RATE`), or null */
  indicator: string | null;
  /** `本期`, `上年同期`, `2018年`, `同比` … when the header carries one */
  period: string | null;
  valueKind: ValueKind;
  /** 0..1 */
  confidence: number;
  /** the synonym or value pattern that matched, or null */
  matched: string | null;
  /** for an unknown or unsure column: the best candidates, best first */
  guesses?: ColumnGuess[];
  /** (optional) for a column headed by a court level or unit (transposed target tables): that level */
  level?: UnitLevel | null;
}

export type { TargetOp } from '../targets';

export interface RecognizedTarget {
  row: number;
  column: string;
  text: string;
  op: TargetOp;
  value: number | null;
  unit: '%' | '‰' | '天' | '' | null;
}

export interface TableMeta {
  title: string | null;
  /** `件`, `万元` from a `单位：…` line */
  unit: string | null;
  /** `2023年1-11月` from a `统计时间：…` line or the title */
  period: string | null;
  notes: string[];
}

export interface RecognizedTable {
  sheet: string;
  /** the table's range, title and notes excluded: "A3:J14" */
  range: string;
  kind: LayoutKind;
  headerRows: number[];
  unitColumn: string | null;
  rows: RecognizedRow[];
  columns: RecognizedColumn[];
  targets: RecognizedTarget[];
  meta: TableMeta;
  /** body rows that are not rows of the table (a heading over a group, a footnote), said so none is lost silently */
  leftOutRows?: LeftOutRow[];
}

export interface LeftOutRow {
  row: number;
  label: string;
  /** 分组标题 (a label with no figures heading the rows under it) or 注释 (a footnote marked `*`) */
  reason: '分组标题' | '注释';
}

export interface RecognitionResult {
  tables: RecognizedTable[];
}
