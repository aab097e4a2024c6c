/**
 * The undo record of one apply: what every written cell held (as the entries that restore it), and what the
 * apply created. Kept in memory and in the workbook (a custom XML part), so it survives a pane reload.
 */
import type { CellRange, CellValue } from '../core/base/grid';

export interface CellProps {
  /** '#RRGGBB', or null for no fill */
  fill: string | null;
  bold: boolean;
  /** Excel's horizontal alignment name ('General', 'Left' …) */
  align: string;
  /**
   * what a copied format (`CellWrite.styleFrom`) changes besides: the font, the edges' borders, the vertical
   * alignment and wrapping; absent in records of older versions and where the host does not report them
   */
  font?: { italic?: boolean; color?: string; name?: string; size?: number; underline?: string; strikethrough?: boolean };
  borders?: Partial<Record<BorderEdge, { style?: string; color?: string; weight?: string }>>;
  vAlign?: string;
  wrap?: boolean;
}

export const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;
export type BorderEdge = (typeof BORDER_EDGES)[number];
/** the key of each edge in Office's CellBorderCollection */
export const BORDER_KEYS: Record<BorderEdge, 'top' | 'bottom' | 'left' | 'right'> = { EdgeTop: 'top', EdgeBottom: 'bottom', EdgeLeft: 'left', EdgeRight: 'right' };

export interface CellSnapshot {
  sheet: string;
  rect: CellRange;
  /** what the cells showed (for the overwrite check; not stored with the record) */
  values?: CellValue[][];
  /** the `formulas` entries that restore each cell: a formula, a constant, '' for empty, 'text with an apostrophe;
   *  absent when every cell was empty (a new column: the record stays small) */
  entries?: (string | number | boolean)[][];
  /** absent when every cell was `General` */
  numberFormats?: string[][];
  empty?: boolean[][];
}

/** fill, bold and alignment of the cells a plan styles (read only for those: it is the costly part) */
export interface StyleSnapshot {
  sheet: string;
  rect: CellRange;
  props: CellProps[][];
}

/** Drop what a blank area does not need (all-empty entries, all-General formats) before storing the record. */
export function compactSnapshot(s: CellSnapshot): CellSnapshot {
  const out = { ...s };
  delete out.values;
  delete out.empty;
  if (s.entries?.every((row) => row.every((e) => e === ''))) delete out.entries;
  if (s.numberFormats?.every((row) => row.every((f) => f === 'General'))) delete out.numberFormats;
  return out;
}

export interface UndoRecord {
  version: 1;
  id: string;
  when: string;
  summary: string;
  createdSheets: string[];
  cells: CellSnapshot[];
  styles: StyleSnapshot[];
  merges: { sheet: string; range: string }[];
  conditionalFormats: { sheet: string; range: string; id: string }[];
  charts: { sheet: string; name: string }[];
  columnWidths: { sheet: string; col: number; points: number }[];
  /** the user's rules on the cells the apply cleared of rules, to put back (absent in older records) */
  rules?: RuleRecord[];
  /** the merged areas that met the plan's merges before it, to merge again (absent in older records) */
  mergedBefore?: { sheet: string; range: string }[];
}

/** A conditional-format rule as it was before an apply (rules.ts reads and restores it). */
export interface RuleRecord {
  sheet: string;
  /** its id then: what the apply left of it is found by it */
  id: string;
  type: string;
  /** every area it applied to ('P3:P20') */
  areas: string[];
  priority: number;
  stopIfTrue: boolean;
  /** its part's properties (`cellValue`: rule and format …) as `toJSON()` gave them; null for a type not known */
  props: Record<string, unknown> | null;
}
