/**
 * .xlsx → Grid[] (one per sheet) through ExcelJS, normalised as src/core/grid.ts requires, so the engine
 * sees the same thing it gets from Office.js:
 * - only the top-left cell of a merged area holds the value (ExcelJS repeats the master's value);
 * - dates become Excel serial numbers (1900 date system), rich text and hyperlinks plain strings;
 * - a formula cell's formula goes to `formulas` as a person types it (`=ZX.JA_RATE(D2,B2,C2)`, `=RANK.EQ(…)`, as
 *   Office.js gives it, not the file's `_xldudf_ZX_JA_RATE` / `_xlfn.RANK.EQ`), its cached result to `values`;
 * - the sheet's "cell value" conditional formats go to `conditionalFormats`;
 * - an error cell becomes an ErrorValue.
 * Every Grid starts at A1 (origin 0,0) and spans the sheet's used rows and columns, so grid-relative and
 * sheet positions coincide.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { CellRange, CellValue, ErrorValue, ExcelErrorCode, Grid, GridRule } from '../core/base/grid';
import { parseRange } from '../core/base/grid';
import { fileKindProblem, sniffFile, type FileKind } from './file-kind';
import { CliError } from './types';
import { fromFileFormula } from './xlsx-write';

const MS_PER_DAY = 86400000;
/** days from 1899-12-30 (Excel's day 0, counting its 1900-02-29) to 1970-01-01 */
const EXCEL_EPOCH_OFFSET = 25569;

const ERROR_CODES: ExcelErrorCode[] = ['#DIV/0!', '#VALUE!', '#N/A', '#NUM!', '#REF!', '#NAME?', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA'];

/** A JS date as ExcelJS reads it (UTC wall time) → an Excel serial number. */
export function dateToSerial(d: Date): number {
  return d.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
}

function toErrorValue(code: unknown): ErrorValue {
  const text = String(code ?? '').trim().toUpperCase();
  const known = ERROR_CODES.find((c) => c === text);
  return { error: known ?? '#VALUE!' };
}

function richTextToString(rt: { text?: string }[]): string {
  return rt.map((r) => r.text ?? '').join('');
}

/** ExcelJS's value of a cell (or of a formula's result) → a Grid cell value. */
export function normaliseValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : { error: '#NUM!' };
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : dateToSerial(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('error' in o) return toErrorValue(o.error);
    if (Array.isArray(o.richText)) return richTextToString(o.richText as { text?: string }[]);
    if ('formula' in o || 'sharedFormula' in o) return normaliseValue(o.result);
    if ('text' in o) {
      const t = o.text;
      // a hyperlink's text may itself be rich text
      if (t && typeof t === 'object' && Array.isArray((t as { richText?: unknown }).richText)) {
        return richTextToString((t as { richText: { text?: string }[] }).richText);
      }
      return t === null || t === undefined ? null : String(t);
    }
    if ('result' in o) return normaliseValue(o.result);
  }
  return String(v);
}

interface MergeLike {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function sheetMerges(ws: ExcelJS.Worksheet): CellRange[] {
  // ExcelJS keeps merges keyed by master address; the public `model.merges` would serialise the whole sheet.
  const internal = (ws as unknown as { _merges?: Record<string, { model?: MergeLike } & MergeLike> })._merges ?? {};
  const out: CellRange[] = [];
  for (const key of Object.keys(internal)) {
    const m = internal[key].model ?? internal[key];
    if (typeof m.top !== 'number') continue;
    out.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
  }
  out.sort((a, b) => a.top - b.top || a.left - b.left);
  return out;
}

/** a sheet's used area larger than this (rows × columns) is refused rather than exhausting memory */
export const MAX_CELLS = 20_000_000;

/** One worksheet → a Grid anchored at A1. */
export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const merges = sheetMerges(ws);
  let rows = 0;
  let cols = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    rows = Math.max(rows, rowNumber);
    cols = Math.max(cols, row.cellCount);
  });
  for (const m of merges) {
    rows = Math.max(rows, m.bottom + 1);
    cols = Math.max(cols, m.right + 1);
  }
  if (rows * cols > MAX_CELLS) {
    throw new CliError(`工作表「${ws.name}」的已用区域过大（${rows} 行 × ${cols} 列）：多半是远处有零散内容，请删除后再试，或用 --sheet 选择其他工作表`);
  }
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = 0; r < rows; r++) {
    values.push(new Array<CellValue>(cols).fill(null));
    formulas.push(new Array<string | null>(cols).fill(null));
    numberFormats.push(new Array<string | null>(cols).fill(null));
  }
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      if (c >= cols) return;
      numberFormats[r][c] = cell.numFmt ? String(cell.numFmt) : null;
      // a merged cell that is not its area's top-left holds nothing of its own
      if (cell.isMerged && cell.master && cell.master.address !== cell.address) return;
      const raw = cell.value as unknown;
      if (raw && typeof raw === 'object' && ('formula' in (raw as object) || 'sharedFormula' in (raw as object))) {
        const f = cell.formula;
        if (f) formulas[r][c] = `=${fromFileFormula(f.replace(/^=/, ''))}`;
        // ExcelJS's cell.value drops a cached result of 0, FALSE or '' (it tests the result for truth);
        // the cell's model keeps it
        const model = (cell as unknown as { model?: { result?: unknown } }).model;
        values[r][c] = normaliseValue(model && model.result !== undefined ? model.result : (raw as { result?: unknown }).result);
        return;
      }
      values[r][c] = normaliseValue(raw);
    });
  });
  return { sheet: ws.name, origin: { row: 0, col: 0 }, values, formulas, numberFormats, merges, conditionalFormats: sheetRules(ws) };
}

/** an ExcelJS colour (`FFC6EFCE`) as the plan writes colours (`#C6EFCE`) */
function colourOf(c: { argb?: string } | undefined): string | undefined {
  return c?.argb && /^[0-9A-F]{8}$/i.test(c.argb) ? `#${c.argb.slice(2).toUpperCase()}` : undefined;
}

/** The sheet's "cell value" rules (`cellIs` in the file), one per rule and rectangle of its `ref`. */
function sheetRules(ws: ExcelJS.Worksheet): GridRule[] {
  const out: GridRule[] = [];
  const all = (ws as unknown as { conditionalFormattings?: { ref?: string; rules?: ExcelJS.ConditionalFormattingRule[] }[] }).conditionalFormattings ?? [];
  for (const cf of all) {
    const ranges = String(cf.ref ?? '')
      .split(/\s+/)
      .map((a) => parseRange(a.replace(/\$/g, '')))
      .filter((r): r is CellRange => !!r);
    for (const rule of cf.rules ?? []) {
      const r = rule as { type?: string; operator?: string; formulae?: unknown[]; style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } } };
      if (r.type !== 'cellIs' || !r.operator || !r.formulae?.length) continue;
      const fill = colourOf(r.style?.fill?.bgColor);
      const fontColor = colourOf(r.style?.font?.color);
      for (const range of ranges) out.push({ range, operator: r.operator, formula: String(r.formulae[0]), ...(fill ? { fill } : {}), ...(fontColor ? { fontColor } : {}) });
    }
  }
  return out;
}

/** Every sheet of a workbook already loaded by ExcelJS, in tab order. */
export function workbookToGrids(wb: ExcelJS.Workbook): Grid[] {
  return wb.worksheets.map(worksheetToGrid);
}

/**
 * Read a workbook file; a missing, non-xlsx (./file-kind.ts: .xls, encrypted, CSV, HTML …), empty or damaged
 * file is a CliError with one Chinese line.
 */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  if (!file) throw new CliError('缺少文件参数（需要一个 .xlsx 文件）');
  if (!fs.existsSync(file)) throw new CliError(`找不到文件「${file}」`);
  if (fs.statSync(file).isDirectory()) throw new CliError(`「${file}」是一个文件夹，不是 .xlsx 文件`);
  // what the file is, by its bytes (an .xls, an encrypted workbook, a CSV renamed …), named before ExcelJS
  // would call it damaged; a workbook is read whatever its extension says
  let kind: FileKind;
  try {
    kind = sniffFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`无法读取「${path.basename(file)}」：${code === 'EACCES' || code === 'EPERM' ? '没有读取权限' : code === 'EBUSY' ? '文件正被占用' : e instanceof Error ? e.message : String(e)}`);
  }
  const problem = fileKindProblem(kind, file);
  if (problem) throw new CliError(problem);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    throw new CliError(`无法读取「${path.basename(file)}」：不是有效的 .xlsx 文件或文件已损坏`);
  }
  // a zip that is not a workbook (a .docx renamed, an archive) reads as a workbook with no sheets
  if (wb.worksheets.length === 0) throw new CliError(`无法读取「${path.basename(file)}」：其中没有工作表，不是有效的 .xlsx 文件`);
  return wb;
}

/** `readWorkbook(path)` → one Grid per sheet. */
export async function readWorkbook(file: string): Promise<Grid[]> {
  return workbookToGrids(await loadWorkbook(file));
}

/** Pick the sheets a command works on: all of them, or the one named by --sheet (a CliError when absent). */
export function selectSheets(grids: Grid[], sheet: string | undefined): Grid[] {
  return pickByName(grids, (g) => g.sheet, sheet);
}

/** Read only the sheets a command works on (so one oversized sheet elsewhere does not stop `--sheet`). */
export async function readSheets(file: string, sheet: string | undefined): Promise<Grid[]> {
  const wb = await loadWorkbook(file);
  return pickByName(wb.worksheets, (w) => w.name, sheet).map(worksheetToGrid);
}

function pickByName<T>(items: T[], name: (x: T) => string, sheet: string | undefined): T[] {
  if (sheet === undefined) return items;
  const found = items.filter((x) => name(x) === sheet);
  if (!found.length) {
    throw new CliError(`工作表「${sheet}」不存在。工作簿中的工作表：${items.map(name).join('、') || '（无）'}`);
  }
  return found;
}
