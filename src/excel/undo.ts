/**
 * The undo record of one apply: what every written cell held (as the entries that restore it), and what the
 * apply created. Kept in memory and in the workbook (a custom XML part), so it survives a pane reload.
 */
import type { CellRange, CellValue } from '../core/grid';

export interface CellProps {
  /** '#RRGGBB', or null for no fill */
  fill: string | null;
  bold: boolean;
  /** Excel's horizontal alignment name ('General', 'Left' …) */
  align: string;
}

export interface CellSnapshot {
  sheet: string;
  rect: CellRange;
  values: CellValue[][];
  /** the `formulas` entries that restore each cell: a formula, a constant, '' for empty, 'text with an apostrophe */
  entries: (string | number | boolean)[][];
  numberFormats: string[][];
  props: CellProps[][];
  empty: boolean[][];
}

export interface UndoRecord {
  version: 1;
  id: string;
  when: string;
  summary: string;
  createdSheets: string[];
  cells: CellSnapshot[];
  merges: { sheet: string; range: string }[];
  conditionalFormats: { sheet: string; range: string; id: string }[];
  charts: { sheet: string; name: string }[];
  columnWidths: { sheet: string; col: number; points: number }[];
}
