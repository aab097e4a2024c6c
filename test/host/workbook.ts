/**
 * The test host's workbook: what Excel keeps — cells (a constant or a formula), number formats, fills, fonts
 * (bold, italic, underline, strikethrough, colour, name, size), borders, alignment, wrapping, merged areas,
 * column widths, conditional formats (of any type, on one or more areas, in priority order), charts, custom XML
 * parts, the selection.
 * Formula results come from HyperFormula, built lazily (a sheet of constants never pays for it).
 */
import type { HyperFormula } from 'hyperformula';
import type { CellRange, Grid } from '../../src/core/base/grid';
import { isErrorValue } from '../../src/core/base/grid';
import { ALL_FUNCTIONS } from '../../src/core/functions/registry';
import { applyFunction } from '../../src/core/functions/apply';
import { newFormulaEngine, officeValueOf, registerExcelRanks, registerZxFunctions } from './formulas';

export type Entry = string | number | boolean;

export interface CellState {
  /** a constant, or a formula text starting with "=" */
  input: Entry | null;
  /** a constant entered as an error (`#N/A`) */
  error?: string;
  numberFormat?: string;
  fill?: string | null;
  bold?: boolean;
  align?: string;
  /** the rest of the font; what is absent is Excel's default (DEFAULT_FONT) */
  font?: FontState;
  /** the cell's own edges; an absent edge has no line */
  borders?: Partial<Record<BorderKey, BorderState>>;
  vAlign?: string;
  wrap?: boolean;
}

export interface FontState {
  italic?: boolean;
  underline?: string;
  strikethrough?: boolean;
  color?: string;
  name?: string;
  size?: number;
}

export type BorderKey = 'top' | 'bottom' | 'left' | 'right';
export const BORDER_KEYS: BorderKey[] = ['top', 'bottom', 'left', 'right'];

export interface BorderState {
  style: string;
  color?: string;
  weight?: string;
}

/** what Office.js reports for a cell nobody formatted */
export const DEFAULT_FONT: Required<FontState> = { italic: false, underline: 'None', strikethrough: false, color: '#000000', name: '等线', size: 11 };
export const DEFAULT_BORDER: Required<BorderState> = { style: 'None', color: '#000000', weight: 'Thin' };
export const DEFAULT_VERTICAL_ALIGNMENT = 'Bottom';

/** the cell's look without what equals Excel's defaults, for exact comparisons (a restored default is no change) */
export function lookOf(c: CellState | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!c) return out;
  if (c.numberFormat && c.numberFormat !== 'General') out.numberFormat = c.numberFormat;
  if (c.fill) out.fill = c.fill;
  if (c.bold) out.bold = true;
  if (c.align && c.align !== 'General') out.align = c.align;
  const font: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c.font ?? {})) if (v !== undefined && v !== DEFAULT_FONT[k as keyof FontState]) font[k] = v;
  if (Object.keys(font).length) out.font = font;
  const borders: Record<string, unknown> = {};
  for (const k of BORDER_KEYS) {
    const b = c.borders?.[k];
    if (b && b.style !== 'None') borders[k] = { style: b.style, color: b.color ?? DEFAULT_BORDER.color, weight: b.weight ?? DEFAULT_BORDER.weight };
  }
  if (Object.keys(borders).length) out.borders = borders;
  if (c.vAlign && c.vAlign !== DEFAULT_VERTICAL_ALIGNMENT) out.vAlign = c.vAlign;
  if (c.wrap) out.wrap = true;
  return out;
}

export interface ConditionalFormatState {
  id: string;
  /** the rule's first area (its only one unless `areas` says more) */
  range: CellRange;
  /** every area the rule applies to, when it is more than one (a rule cut in two by clearAll) */
  areas?: CellRange[];
  type: string;
  /** a CellValue rule's condition; a Custom rule's formula is `formula1` */
  rule: { formula1?: string; formula2?: string; operator?: string } | null;
  fill: string | null;
  fontColor: string | null;
  /** the format's font besides its colour */
  font?: { bold?: boolean; italic?: boolean; underline?: string; strikethrough?: boolean };
  stopIfTrue?: boolean;
  /** the properties of a rule of another type (DataBar, ColorScale, IconSet, TopBottom …), as Office.js sets them */
  details?: Record<string, unknown>;
}

/** every area a rule applies to */
export function ruleAreas(f: ConditionalFormatState): CellRange[] {
  return f.areas ?? [f.range];
}

export interface ChartSeriesState {
  name: string;
  values: { sheet: string; range: CellRange } | null;
  categories: { sheet: string; range: CellRange } | null;
  chartType: string | null;
}

export interface ChartState {
  id: string;
  name: string;
  type: string;
  title: string;
  series: ChartSeriesState[];
  position: string | null;
}

export interface SheetState {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  rows: (CellState | undefined)[][];
  merges: CellRange[];
  columnWidths: Map<number, number>;
  conditionalFormats: ConditionalFormatState[];
  charts: ChartState[];
}

export interface XmlPartState {
  id: string;
  namespaceUri: string;
  xml: string;
}

export interface SyncRecord {
  /** operations queued in the request (loads, sets, method calls) */
  ops: number;
  requestBytes: number;
  responseBytes: number;
}

/** Excel's default column width in points (8.43 characters) */
export const DEFAULT_COLUMN_WIDTH = 48;

export class WorkbookState {
  sheets: SheetState[] = [];
  xmlParts: XmlPartState[] = [];
  activeSheetId: string | null = null;
  /** the selected cells; null when a chart or a shape is selected */
  selection: { sheetId: string; range: CellRange } | null = null;
  syncs: SyncRecord[] = [];
  /** Excel on the web's request/response limit; the host refuses larger ones as Excel does */
  payloadLimitBytes = 5 * 1024 * 1024;
  /** ExcelApi 1.13 (getMergedAreasOrNullObject, insertWorksheetsFromBase64) and later */
  apiVersion = '1.13';
  /**
   * the workbooks a test offers to `insertWorksheetsFromBase64`, by their base64: the host does not parse .xlsx,
   * the test reads the file with the command line's reader and hands its sheets over
   */
  readonly offeredFiles = new Map<string, Grid[]>();
  private nextId = 1;
  private listeners = new Set<() => void>();
  private hf: HyperFormula | null = null;
  private hfSheetIds = new Map<string, number>();

  /** Call `listener` after every sync (the playground's sheet view redraws). Returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    for (const l of this.listeners) l();
  }

  newId(prefix: string): string {
    return `${prefix}${this.nextId++}`;
  }

  // ------------------------------------------------------------------------------------------ sheets
  addSheet(name: string): SheetState {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw hostError('ItemAlreadyExists', `已有名为「${name}」的工作表`);
    const sheet: SheetState = { id: this.newId('sheet'), name, visibility: 'Visible', rows: [], merges: [], columnWidths: new Map(), conditionalFormats: [], charts: [] };
    this.sheets.push(sheet);
    if (!this.activeSheetId) {
      this.activeSheetId = sheet.id;
      this.selection = { sheetId: sheet.id, range: { top: 0, left: 0, bottom: 0, right: 0 } };
    }
    if (this.hf) this.hfSheetIds.set(sheet.id, this.hf.getSheetId(this.hf.addSheet(name))!);
    return sheet;
  }

  deleteSheet(id: string): void {
    const sheet = this.sheetById(id);
    if (this.sheets.filter((s) => s.visibility === 'Visible').length === 1 && sheet.visibility === 'Visible') {
      throw hostError('InvalidOperation', '不能删除唯一可见的工作表');
    }
    this.sheets = this.sheets.filter((s) => s.id !== id);
    if (this.hf) {
      this.hf.removeSheet(this.hfSheetIds.get(id)!);
      this.hfSheetIds.delete(id);
    }
    if (this.activeSheetId === id) {
      this.activeSheetId = this.sheets[0]?.id ?? null;
      this.selection = this.activeSheetId ? { sheetId: this.activeSheetId, range: { top: 0, left: 0, bottom: 0, right: 0 } } : null;
    }
  }

  sheetById(id: string): SheetState {
    const s = this.sheets.find((x) => x.id === id);
    if (!s) throw hostError('ItemNotFound', '工作表不存在');
    return s;
  }

  sheetByName(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  // ------------------------------------------------------------------------------------------- cells
  cell(sheet: SheetState, row: number, col: number): CellState | undefined {
    return sheet.rows[row]?.[col];
  }

  private cellForWrite(sheet: SheetState, row: number, col: number): CellState {
    const r = (sheet.rows[row] ??= []);
    return (r[col] ??= { input: null });
  }

  setInput(sheet: SheetState, row: number, col: number, input: Entry | null, error?: string): void {
    const c = this.cellForWrite(sheet, row, col);
    c.input = input;
    if (error) c.error = error;
    else delete c.error;
    if (this.hf) {
      const id = this.hfSheetIds.get(sheet.id)!;
      this.hf.setCellContents({ sheet: id, row, col }, [[this.hfContent(c) as never]]);
    }
  }

  setStyle(sheet: SheetState, row: number, col: number, style: Partial<Omit<CellState, 'input' | 'error'>>): void {
    Object.assign(this.cellForWrite(sheet, row, col), style);
  }

  private hfContent(c: CellState | undefined): unknown {
    if (!c || c.input === null) return null;
    if (c.error) return c.error;
    // a text constant stays text in HyperFormula too ("'" is its text prefix, as in Excel)
    if (typeof c.input === 'string' && !c.input.startsWith('=')) return `'${c.input}`;
    return c.input;
  }

  /** what Office.js reports in `values` for the cell */
  value(sheet: SheetState, row: number, col: number): Entry {
    const c = this.cell(sheet, row, col);
    if (!c || c.input === null) {
      // an empty cell may show part of a formula's spilled array (only once formulas are in play)
      if (!this.hf) return '';
      const spilled = this.hf.getCellValue({ sheet: this.hfSheetIds.get(sheet.id)!, row, col });
      return spilled === null || spilled === undefined ? '' : officeValueOf(spilled);
    }
    if (c.error) return c.error;
    if (typeof c.input === 'string' && c.input.startsWith('=')) {
      const hf = this.formulaEngine();
      return officeValueOf(hf.getCellValue({ sheet: this.hfSheetIds.get(sheet.id)!, row, col }));
    }
    return c.input;
  }

  /** what Office.js reports in `formulas`: the formula, or the constant, or "" */
  formula(sheet: SheetState, row: number, col: number): Entry {
    const c = this.cell(sheet, row, col);
    if (!c || c.input === null) return '';
    if (c.error) return c.error;
    return c.input;
  }

  numberFormat(sheet: SheetState, row: number, col: number): string {
    return this.cell(sheet, row, col)?.numberFormat ?? 'General';
  }

  /** The used range: the smallest rectangle around every cell with content (valuesOnly) or any state. */
  usedRange(sheet: SheetState, valuesOnly: boolean): CellRange | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    sheet.rows.forEach((row, r) => {
      if (!row) return;
      row.forEach((c, col) => {
        if (!c) return;
        const has = c.input !== null || (!valuesOnly && (c.numberFormat !== undefined || Object.keys(lookOf(c)).length > 0));
        if (!has) return;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, col);
        right = Math.max(right, col);
      });
    });
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  private formulaEngine(): HyperFormula {
    if (this.hf) return this.hf;
    // the same records and the same element-wise application as the add-in's custom functions
    registerZxFunctions(ALL_FUNCTIONS, applyFunction);
    registerExcelRanks();
    const hf = newFormulaEngine();
    for (const sheet of this.sheets) {
      const name = hf.addSheet(sheet.name);
      const id = hf.getSheetId(name)!;
      this.hfSheetIds.set(sheet.id, id);
      const content = Array.from(sheet.rows, (row) => (row ? Array.from(row, (c) => this.hfContent(c)) : []));
      hf.setSheetContent(id, content as never);
    }
    this.hf = hf;
    return hf;
  }

  // ------------------------------------------------------------------------------------------- seeding
  /** Put a Grid into a sheet (created when missing) as Excel would hold it: constants, formulas, formats, merges. */
  seedGrid(grid: Grid): SheetState {
    const sheet = this.sheetByName(grid.sheet) ?? this.addSheet(grid.sheet);
    grid.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const at = { row: grid.origin.row + r, col: grid.origin.col + c };
        const formula = grid.formulas?.[r]?.[c];
        const format = grid.numberFormats?.[r]?.[c];
        if (formula) this.setInput(sheet, at.row, at.col, formula);
        else if (isErrorValue(v)) this.setInput(sheet, at.row, at.col, v.error, v.error);
        else if (v !== null && v !== '') this.setInput(sheet, at.row, at.col, v);
        if (format && format !== 'General') this.setStyle(sheet, at.row, at.col, { numberFormat: format });
      }),
    );
    for (const m of grid.merges ?? []) {
      sheet.merges.push({ top: m.top + grid.origin.row, left: m.left + grid.origin.col, bottom: m.bottom + grid.origin.row, right: m.right + grid.origin.col });
    }
    return sheet;
  }

  /**
   * Everything about a sheet that an apply + revert must leave as it was, as plain data (for exact comparisons):
   * each cell's content and look (defaults left out: a format restored to Excel's default is no change), merged
   * areas, column widths, the conditional formats in priority order with their areas and properties (not their
   * ids: a rule put back is a new rule), the charts.
   */
  snapshot(name: string): unknown {
    const sheet = this.sheetByName(name);
    if (!sheet) return null;
    const cells: Record<string, unknown> = {};
    sheet.rows.forEach((row, r) =>
      row?.forEach((c, col) => {
        if (!c) return;
        const look = lookOf(c);
        if (c.input === null && !Object.keys(look).length) return;
        cells[`${r},${col}`] = {
          input: c.input,
          error: c.error ?? null,
          numberFormat: (look.numberFormat as string | undefined) ?? null,
          fill: c.fill ?? null,
          bold: !!c.bold,
          align: (look.align as string | undefined) ?? null,
          ...(look.font ? { font: look.font } : {}),
          ...(look.borders ? { borders: look.borders } : {}),
          ...(look.vAlign ? { vAlign: look.vAlign } : {}),
          ...(look.wrap ? { wrap: true } : {}),
        };
      }),
    );
    return {
      cells,
      merges: [...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left),
      columnWidths: [...sheet.columnWidths.entries()].filter(([, w]) => w !== DEFAULT_COLUMN_WIDTH).sort((a, b) => a[0] - b[0]),
      conditionalFormats: sheet.conditionalFormats.map((f) => {
        const { id: _id, range: _range, areas: _areas, font, stopIfTrue, details, ...rest } = f;
        const fontSet = Object.fromEntries(Object.entries(font ?? {}).filter(([, v]) => v && v !== 'None'));
        return {
          ...rest,
          areas: [...ruleAreas(f)].sort((a, b) => a.top - b.top || a.left - b.left),
          ...(Object.keys(fontSet).length ? { font: fontSet } : {}),
          ...(stopIfTrue ? { stopIfTrue } : {}),
          ...(details ? { details } : {}),
        };
      }),
      charts: sheet.charts.map((c) => c.name),
    };
  }
}

export interface HostError extends Error {
  code: string;
}

/** An error shaped like OfficeExtension.Error: `code` is what callers branch on. */
export function hostError(code: string, message: string): HostError {
  const e = new Error(message) as HostError;
  e.name = 'RichApi.Error';
  e.code = code;
  return e;
}
