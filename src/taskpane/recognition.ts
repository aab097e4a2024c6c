/**
 * 识别 over the whole workbook: every sheet's tables, kept per sheet, and what the selection points at. A
 * selection inside a table is widened to that table (its unit column and header come with it); a selection
 * that holds no table is said so, with why, instead of being read as a table of its own without units.
 * Pure: the pane reads the sheets (src/excel) and hands the grids here.
 */
import { rangeAddress, parseRange, type CellRange, type Grid } from '../core/base/grid';
import type { LeftOutRow, RecognizedTable } from '../core/recognize/types';
import { pushAll } from '../core/base/arrays';

export interface SheetResult {
  sheet: string;
  tables: RecognizedTable[];
  /** the sheet holds no cell at all */
  empty: boolean;
}

/** what the pane says about the selection: a message key of i18n.ts and its parameters */
export interface SelectionNote {
  key: 'selectionExpanded' | 'selectionNoTable' | 'selectionOwnTable';
  params: Record<string, string | number>;
}

export interface BookRecognition {
  grids: Grid[];
  activeSheet: string;
  sheets: SheetResult[];
  /** every sheet's tables, sheet by sheet */
  tables: RecognizedTable[];
  /** keys (tableKey) of the tables the selection lies in, or of the active sheet's tables when nothing is selected */
  focus: string[];
  note: SelectionNote | null;
}

export function tableKey(table: Pick<RecognizedTable, 'sheet' | 'range'>): string {
  return `${table.sheet}!${table.range}`;
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function contains(outer: CellRange, inner: CellRange): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}

/** the part of a grid a rectangle covers (sheet coordinates, 0-based), as a grid of its own */
export function subGrid(grid: Grid, rect: CellRange): Grid | null {
  const top = Math.max(rect.top, grid.origin.row);
  const left = Math.max(rect.left, grid.origin.col);
  const bottom = Math.min(rect.bottom, grid.origin.row + grid.values.length - 1);
  const right = Math.min(rect.right, grid.origin.col + (grid.values[0]?.length ?? 0) - 1);
  if (bottom < top || right < left) return null;
  const rows = (m: unknown[][] | undefined) =>
    m?.slice(top - grid.origin.row, bottom - grid.origin.row + 1).map((r) => r.slice(left - grid.origin.col, right - grid.origin.col + 1));
  return {
    sheet: grid.sheet,
    origin: { row: top, col: left },
    values: rows(grid.values) as Grid['values'],
    formulas: rows(grid.formulas) as Grid['formulas'],
    numberFormats: rows(grid.numberFormats) as Grid['numberFormats'],
    merges: (grid.merges ?? [])
      .map((m) => ({
        top: m.top + grid.origin.row,
        left: m.left + grid.origin.col,
        bottom: m.bottom + grid.origin.row,
        right: m.right + grid.origin.col,
      }))
      .filter((m) => contains({ top, left, bottom, right }, m))
      .map((m) => ({
        top: m.top - top,
        left: m.left - left,
        bottom: m.bottom - top,
        right: m.right - left,
      })),
  };
}

/**
 * Recognise every grid; then place the selection: inside (or across) recognised tables → those tables, widened;
 * outside every table → the selection alone, kept only when it reads as a table with a unit column.
 */
export function recognizeBook(grids: Grid[], activeSheet: string, selection: CellRange | null, recognize: (grid: Grid) => RecognizedTable[]): BookRecognition {
  const sheets: SheetResult[] = grids.map((g) => ({
    sheet: g.sheet,
    tables: recognize(g),
    empty: !g.values.length,
  }));
  const onActive = sheets.find((s) => s.sheet === activeSheet);
  let focus = (onActive?.tables ?? []).map(tableKey);
  let note: SelectionNote | null = null;
  const selected = selection && (selection.bottom > selection.top || selection.right > selection.left) ? selection : null;
  if (selected && onActive) {
    const hit = onActive.tables.filter((t) => {
      const r = parseRange(t.range);
      return r && overlaps(r, selected);
    });
    const selText = rangeAddress(selected);
    if (hit.length) {
      focus = hit.map(tableKey);
      const widened = hit.filter((t) => !contains(selected, parseRange(t.range)!));
      if (widened.length) {
        note = {
          key: 'selectionExpanded',
          params: {
            selection: selText,
            ranges: widened.map((t) => t.range).join('、'),
            units: widened.map((t) => t.unitColumn ?? '—').join('、'),
          },
        };
      }
    } else {
      const grid = grids.find((g) => g.sheet === activeSheet);
      const part = grid ? subGrid(grid, selected) : null;
      const own = part ? recognize(part).filter((t) => t.unitColumn && t.rows.some((r) => r.role === 'unit')) : [];
      if (own.length) {
        pushAll(onActive.tables, own);
        focus = own.map(tableKey);
        note = {
          key: 'selectionOwnTable',
          params: {
            selection: selText,
            ranges: own.map((t) => t.range).join('、'),
          },
        };
      } else {
        focus = [];
        note = { key: 'selectionNoTable', params: { selection: selText } };
      }
    }
  }
  return {
    grids,
    activeSheet,
    sheets,
    tables: sheets.flatMap((s) => s.tables),
    focus,
    note,
  };
}

/**
 * The rows a table leaves out (a heading over a group, a footnote), as the card lists them — every body row is
 * accounted for on screen, as in the command line's summary. `reason` words the recogniser's reason.
 */
export function leftOutText(rows: LeftOutRow[] | undefined, reason: (r: LeftOutRow['reason']) => string): string | null {
  if (!rows?.length) return null;
  return rows.map((r) => `${r.label || '—'}（${r.row}，${reason(r.reason)}）`).join('、');
}
