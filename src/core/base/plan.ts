/**
 * EditPlan — what the engine wants written, as data (docs/architecture.md).
 *
 * Built by the engine (src/core/fill, src/core/caselist …), applied by both adapters (Office.js and ExcelJS),
 * asserted on by tests. Positions are sheet-absolute and 0-based. A formula write carries the value the engine
 * expects the formula to show (`value`), so the command line can store it as the cached result and tests can
 * compare it with what a real formula engine computes.
 *
 * The safety rule lives in the data: `overwrites` lists every non-empty cell a write would replace, with what
 * it holds now — except a write that leaves the cell as it is (`keepsCell`: the same formula, or the same
 * constant), which refreshes what an earlier fill wrote and replaces nothing. An adapter refuses to apply a plan whose overwrites the user has not confirmed, and records
 * what it replaced so the last apply can be reverted.
 */
import type { CellRange, CellValue } from './grid';
import { isErrorValue } from './grid';
import { pushAll } from './arrays';

export interface CellWrite {
  sheet: string;
  row: number;
  col: number;
  /** an Excel formula starting with "=" (`=ZX.FWXS_RATE(F5,G5)`); absent for a plain value */
  formula?: string;
  /** the plain value, or, with a formula, the value the engine expects it to show */
  value: CellValue;
  numberFormat?: string;
  /** '#RRGGBB' background */
  fill?: string;
  bold?: boolean;
  /** horizontal alignment */
  align?: 'left' | 'center' | 'right';
  /** what this write is, for the preview ("一审服判息诉率 · 延吉法院") */
  label?: string;
  /** a note on the cell (where a copied figure came from: `解放区.xlsx「收结案」D6`); the command line writes it */
  note?: string;
  /**
   * copy the format (font, fill, borders, alignment) of this cell of the same sheet first, so a column added
   * beside a table looks like the table; `numberFormat`, `fill`, `bold`, `align` above still apply on top
   */
  styleFrom?: { row: number; col: number };
}

/** Green when the cell equals TRUE, red when FALSE, and so on: Excel's "cell value" rule. */
export interface ConditionalFormat {
  sheet: string;
  range: CellRange;
  operator: 'equal' | 'notEqual' | 'greaterThan' | 'lessThan' | 'greaterThanOrEqual' | 'lessThanOrEqual';
  /** the comparand as an Excel formula text: 'TRUE', '0', '"未达标"' */
  formula: string;
  fill: string;
  fontColor?: string;
}

export interface ChartSpec {
  sheet: string;
  type: 'column' | 'bar' | 'line';
  title: string;
  /** the categories (unit names) and series ranges, absolute */
  categories: CellRange;
  series: { name: string; range: CellRange; kind?: 'column' | 'line' }[];
  /** where the chart is placed */
  anchor: { row: number; col: number };
}

export interface MergeWrite {
  sheet: string;
  range: CellRange;
}

export interface Overwrite {
  sheet: string;
  row: number;
  col: number;
  previous: CellValue;
  previousFormula?: string | null;
}

export interface EditPlan {
  /** sheets to create before writing (in order) */
  newSheets: string[];
  writes: CellWrite[];
  merges: MergeWrite[];
  conditionalFormats: ConditionalFormat[];
  charts: ChartSpec[];
  /** column widths in characters, for new columns and new sheets */
  columnWidths: { sheet: string; col: number; width: number }[];
  /** every non-empty cell that `writes` would replace — the user must confirm these */
  overwrites: Overwrite[];
  /**
   * non-empty cells the engine wanted to write but left alone because it was asked to keep existing content
   * (the command line without --overwrite); later formulas were computed with what these cells hold
   */
  skipped?: Overwrite[];
  /** what the plan does, one Chinese line each, for the preview and the command line's summary */
  summary: string[];
}

export function emptyPlan(): EditPlan {
  return { newSheets: [], writes: [], merges: [], conditionalFormats: [], charts: [], columnWidths: [], overwrites: [], summary: [] };
}

/** Concatenate plans (sheets de-duplicated, in order). */
export function mergePlans(...plans: EditPlan[]): EditPlan {
  const out = emptyPlan();
  for (const p of plans) {
    for (const s of p.newSheets) if (!out.newSheets.includes(s)) out.newSheets.push(s);
    pushAll(out.writes, p.writes);
    pushAll(out.merges, p.merges);
    pushAll(out.conditionalFormats, p.conditionalFormats);
    pushAll(out.charts, p.charts);
    pushAll(out.columnWidths, p.columnWidths);
    pushAll(out.overwrites, p.overwrites);
    pushAll(out.summary, p.summary);
  }
  return out;
}

/**
 * A formula as two readers compare it: no leading `=`, the file's spellings as typed (`_xlfn.RANK.EQ` →
 * `RANK.EQ`, `_xldudf_ZX_JA_RATE(` → `ZX.JA_RATE(`), no implicit-intersection `@`, and outside string literals
 * upper case without spaces (Excel upper-cases function names and references as it stores them).
 */
export function formulaKey(formula: string): string {
  const text = formula
    .trim()
    .replace(/^=/, '')
    .replace(/_xldudf_ZX_([A-Za-z0-9_]+)\(/g, 'ZX.$1(')
    .replace(/_xlfn\./gi, '');
  let out = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (quoted || ch === '"') out += ch;
    else if (ch !== '@' && !/\s/.test(ch)) out += ch.toUpperCase();
  }
  return out;
}

/**
 * Would the write leave the cell as it is? The same formula (compared by `formulaKey`; the cached result may
 * differ, the data having changed), or — on a cell without a formula — the same constant. Such a write
 * refreshes what an earlier fill wrote: it is not an overwrite and needs no confirmation.
 */
export function keepsCell(w: Pick<CellWrite, 'formula' | 'value'>, holds: { value: CellValue; formula: string | null | undefined }): boolean {
  if (w.formula || holds.formula) return !!w.formula && !!holds.formula && formulaKey(w.formula) === formulaKey(holds.formula);
  const a = w.value;
  const b = holds.value;
  if (isErrorValue(a) || isErrorValue(b)) return isErrorValue(a) && isErrorValue(b) && a.error === b.error;
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  return a === b;
}
