/**
 * The Office.js adapter: an Excel range → a Grid in a small, constant number of `context.sync()` calls; an
 * EditPlan → Excel in one batch, after recording what every written cell held so that 撤销上次操作 restores
 * it exactly (Office.js has no undo for add-in writes: this is ours).
 *
 * Sync counts (the test host asserts them):
 * - readGrid: 1 (where is the table; 2 when a chart, not cells, is selected) + one per ~4 MB of payload — 2 for any range up to ~130,000 cells,
 *   whatever its row count; a 100,000 × 20 range takes 1 + ceil(2,000,000 × 32 B / 4 MB) = 17.
 * - readBook: the same, all sheets packed into shared requests.
 * - applyPlan: 4 (sheet names + stored undo; what the targets hold; the writes; the undo record) + one per
 *   extra 4 MB read or written.
 * - revertLastApply: 2 (the stored record's part; the restore) + one per extra 4 MB, plus 2 to load the
 *   record after a pane reload.
 */
import type { CellRange, CellValue, Grid } from '../core/base/grid';
import { address, parseRange, rangeAddress } from '../core/base/grid';
import type { CellWrite, ChartSpec, EditPlan, Overwrite } from '../core/base/plan';
import {
  bandsByRowBytes,
  CHUNK_BYTES,
  READ_BYTES_PER_CELL,
  STYLE_BYTES_PER_CELL,
  cellsToRects,
  intersect,
  packRequests,
  payloadBytes,
  queueInRequests,
  rectCols,
  rectRows,
  rowBands,
  type SheetRect,
} from './chunks';
import { fromOfficeValue, isEmptyCell, restoringEntry, toFormulaEntry } from './cells';
import { loadUndoRecord, queueLoadUndoParts, saveUndoRecord, undoParts } from './store';
import { BORDER_EDGES, BORDER_KEYS, compactSnapshot, type CellProps, type CellSnapshot, type StyleSnapshot, type UndoRecord } from './undo';

/** (done, total) requests — for the pane's progress bar on long reads and writes */
export type Progress = (done: number, total: number) => void;

export interface ReadOptions {
  /** read the selection when it is more than one cell (default); false: the active sheet's used range */
  selection?: boolean;
  onProgress?: Progress;
}

/** a read that Excel refused as too large: cut smaller and retry, at most this many times */
const MAX_SPLITS = 6;

function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: string })?.code ?? '';
  return /PayloadSizeLimitExceeded|RequestPayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded/i.test(code);
}

function mergesSupported(): boolean {
  try {
    return Office.context.requirements.isSetSupported('ExcelApi', '1.13');
  } catch {
    return false;
  }
}

interface RegionRead extends SheetRect {
  /** index of the region this piece belongs to */
  region: number;
  first: boolean;
}

interface LoadedPiece {
  piece: RegionRead;
  range: Excel.Range;
  merges: Excel.RangeAreas | null;
}

/**
 * Read rectangles (possibly on several sheets) into Grids: pieces packed into requests of about 4 MB, merged
 * areas queued with each region's first piece. Excel refusing a request as too large halves its pieces; the
 * merged-area query failing (above 512 areas) drops merges for that request instead of failing the read.
 */
async function readRegions(context: Excel.RequestContext, regions: SheetRect[], onProgress?: Progress): Promise<Grid[]> {
  const grids: Grid[] = regions.map((r) => ({
    sheet: r.sheet,
    origin: { row: r.rect.top, col: r.rect.left },
    values: Array.from({ length: rectRows(r.rect) }, () => new Array<CellValue>(rectCols(r.rect)).fill(null)),
    formulas: Array.from({ length: rectRows(r.rect) }, () => new Array<string | null>(rectCols(r.rect)).fill(null)),
    numberFormats: Array.from({ length: rectRows(r.rect) }, () => new Array<string | null>(rectCols(r.rect)).fill(null)),
    merges: [],
  }));
  const pieces: RegionRead[] = [];
  regions.forEach((r, i) =>
    rowBands(r.rect, READ_BYTES_PER_CELL).forEach((band, k) => pieces.push({ sheet: r.sheet, rect: band, region: i, first: k === 0 })),
  );
  let withMerges = mergesSupported();
  const queue = packRequests(pieces, READ_BYTES_PER_CELL);
  let splits = 0;
  let done = 0;
  onProgress?.(0, queue.length);
  while (queue.length) {
    const request = queue.shift()!;
    const loaded: LoadedPiece[] = request.map((piece) => {
      const range = context.workbook.worksheets
        .getItem(piece.sheet)
        .getRangeByIndexes(piece.rect.top, piece.rect.left, rectRows(piece.rect), rectCols(piece.rect));
      range.load('values,formulas,numberFormat');
      let merges: Excel.RangeAreas | null = null;
      if (withMerges && piece.first) {
        const region = regions[piece.region].rect;
        merges = context.workbook.worksheets
          .getItem(piece.sheet)
          .getRangeByIndexes(region.top, region.left, rectRows(region), rectCols(region))
          .getMergedAreasOrNullObject();
        // the documented way: the areas' addresses, one comma-separated string (small, whatever the count)
        merges.load('address');
      }
      return { piece, range, merges };
    });
    try {
      await context.sync();
    } catch (e) {
      if (isPayloadError(e) && splits < MAX_SPLITS) {
        splits++;
        // cut every piece of the refused request in two and put them back in front
        const halves = request.flatMap((p) => rowBands(p.rect, READ_BYTES_PER_CELL, Math.max(1, (rectCells(p.rect) * READ_BYTES_PER_CELL) / 2)).map((rect, k) => ({ ...p, rect, first: p.first && k === 0 })));
        queue.unshift(...halves.map((h) => [h]));
        continue;
      }
      if (loaded.some((l) => l.merges) && !isPayloadError(e)) {
        withMerges = false; // more than 512 merged areas, or an older Excel: read on without them
        queue.unshift(request);
        continue;
      }
      throw e;
    }
    onProgress?.(++done, done + queue.length);
    for (const { piece, range, merges } of loaded) {
      const grid = grids[piece.region];
      const dr = piece.rect.top - grid.origin.row;
      const values = range.values;
      const formulas = range.formulas;
      const formats = range.numberFormat;
      for (let r = 0; r < values.length; r++) {
        const vRow = grid.values[dr + r];
        const fRow = grid.formulas![dr + r];
        const nRow = grid.numberFormats![dr + r];
        for (let c = 0; c < values[r].length; c++) {
          vRow[c] = fromOfficeValue(values[r][c]);
          const f = formulas[r][c];
          fRow[c] = typeof f === 'string' && f.startsWith('=') && f !== values[r][c] ? f : null;
          const nf = formats[r][c];
          nRow[c] = typeof nf === 'string' ? nf : null;
        }
      }
      if (merges && !merges.isNullObject) {
        const region = regions[piece.region].rect;
        for (const area of areaRanges(merges.address)) {
          const m = intersect(area, region);
          if (m) grid.merges!.push({ top: m.top - region.top, left: m.left - region.left, bottom: m.bottom - region.top, right: m.right - region.left });
        }
      }
    }
  }
  return grids;
}

/** "Sheet1!A1:C1,'My sheet'!D5:E6" → the rectangles (sheet names may be quoted and hold commas) */
export function areaRanges(addresses: string): CellRange[] {
  const out: CellRange[] = [];
  const re = /(?:'(?:[^']|'')*'|[^,!']+)!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/g;
  for (let m = re.exec(addresses); m; m = re.exec(addresses)) {
    const r = parseRange(m[1].replace(/\$/g, ''));
    if (r) out.push(r);
  }
  return out;
}

function rectCells(r: CellRange): number {
  return rectRows(r) * rectCols(r);
}

function rectOf(range: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }): CellRange {
  return { top: range.rowIndex, left: range.columnIndex, bottom: range.rowIndex + range.rowCount - 1, right: range.columnIndex + range.columnCount - 1 };
}

/**
 * The selection — or the active sheet's used range when one cell (or nothing useful) is selected — as a Grid.
 * A selection of whole columns is cut to the used range.
 */
export async function readGrid(context: Excel.RequestContext, options: ReadOptions = {}): Promise<Grid> {
  const queueLocate = (withSelection: boolean) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const selection = withSelection ? context.workbook.getSelectedRange() : null;
    selection?.load('rowIndex,columnIndex,rowCount,columnCount');
    return { sheet, used, selection };
  };
  let located = queueLocate(options.selection !== false);
  try {
    await context.sync();
  } catch (e) {
    // a chart or a shape is selected, not cells (InvalidSelection): read the used range instead
    if (!located.selection) throw e;
    located = queueLocate(false);
    await context.sync();
  }
  const { sheet, used, selection } = located;
  if (used.isNullObject) return { sheet: sheet.name, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [], merges: [] };
  const usedRect = rectOf(used);
  let rect = usedRect;
  if (selection && selection.rowCount * selection.columnCount > 1) {
    rect = intersect(rectOf(selection), usedRect) ?? usedRect;
  }
  const [grid] = await readRegions(context, [{ sheet: sheet.name, rect }], options.onProgress);
  return grid;
}

/** The used range of every visible sheet, as one Grid per sheet (the workbook the fill engine needs). */
export async function readBook(context: Excel.RequestContext, onProgress?: Progress): Promise<Grid[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  await context.sync();
  const visible = sheets.items.filter((s) => s.visibility === 'Visible');
  const useds = visible.map((s) => {
    const u = s.getUsedRangeOrNullObject(true);
    u.load('rowIndex,columnIndex,rowCount,columnCount');
    return u;
  });
  await context.sync();
  const regions: SheetRect[] = [];
  visible.forEach((s, i) => {
    if (!useds[i].isNullObject) regions.push({ sheet: s.name, rect: rectOf(useds[i]) });
  });
  return readRegions(context, regions, onProgress);
}

/** Select a range (and activate its sheet) — the pane's "click a table / a finding to see it". */
export async function selectRange(sheet: string, rangeText: string): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(rangeText).select();
    await context.sync();
  });
}

// ---------------------------------------------------------------------------------------------- apply

export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

/** What the targets of a plan hold now: every non-empty cell a write would replace. */
export interface PlanInspection {
  nonEmpty: Overwrite[];
  /** sheets the plan creates that exist already (their cells are inspected like any other) */
  existingNewSheets: string[];
}

export class UnconfirmedOverwriteError extends Error {
  constructor(readonly cells: Overwrite[]) {
    super(
      `有 ${cells.length} 个非空单元格未经确认（${cells
        .slice(0, 5)
        .map((c) => `${c.sheet}!${address(c.row, c.col)}`)
        .join('、')}${cells.length > 5 ? '…' : ''}），没有写入任何内容。请重新预览并确认。`,
    );
    this.name = 'UnconfirmedOverwriteError';
  }
}

export class PlanSheetError extends Error {
  constructor(sheet: string) {
    super(`工作表「${sheet}」不存在，没有写入任何内容。请重新识别后再试。`);
    this.name = 'PlanSheetError';
  }
}

const PROPS_LOAD: Excel.CellPropertiesLoadOptions = {
  format: {
    fill: { color: true, pattern: true },
    font: { bold: true, italic: true, color: true, name: true, size: true },
    horizontalAlignment: true,
    verticalAlignment: true,
    wrapText: true,
    borders: { style: true, color: true, weight: true },
  },
};

/** a cell's properties as the undo keeps them: what a plan's styles and copied formats can change */
function cellProps(c: Excel.CellProperties): CellProps {
  const f = c.format;
  const out: CellProps = {
    fill: f?.fill?.pattern === 'None' || !f?.fill?.color ? null : f.fill.color,
    bold: !!f?.font?.bold,
    align: f?.horizontalAlignment ?? 'General',
  };
  if (f?.font && (f.font.italic !== undefined || f.font.color !== undefined || f.font.name !== undefined || f.font.size !== undefined)) {
    out.font = { italic: f.font.italic, color: f.font.color, name: f.font.name, size: f.font.size };
  }
  if (f?.borders) {
    out.borders = {};
    for (const edge of BORDER_EDGES) {
      const b = f.borders[BORDER_KEYS[edge]];
      if (b) out.borders[edge] = { style: b.style, color: b.color, weight: b.weight };
    }
  }
  if (f?.verticalAlignment !== undefined) out.vAlign = f.verticalAlignment;
  if (f?.wrapText !== undefined) out.wrap = f.wrapText;
  return out;
}

/** the properties that put a cell's format back as the undo recorded it */
function restoringProps(p: CellProps): Excel.SettableCellProperties {
  const format: NonNullable<Excel.SettableCellProperties['format']> = {
    fill: p.fill ? { color: p.fill } : { pattern: 'None' as const },
    font: { bold: p.bold, ...(p.font ?? {}) },
    horizontalAlignment: p.align as 'General',
  };
  if (p.borders) {
    const borders: NonNullable<typeof format.borders> = {};
    for (const edge of BORDER_EDGES) {
      const b = p.borders[edge];
      if (b) borders[BORDER_KEYS[edge]] = b.style === 'None' ? { style: 'None' } : (b as Excel.CellBorder);
    }
    format.borders = borders;
  }
  if (p.vAlign !== undefined) format.verticalAlignment = p.vAlign as 'Center';
  if (p.wrap !== undefined) format.wrapText = p.wrap;
  return { format };
}

function writeTargets(plan: EditPlan, only?: (w: CellWrite) => boolean): SheetRect[] {
  const bySheet = new Map<string, CellRef[]>();
  for (const w of plan.writes) {
    if (only && !only(w)) continue;
    const list = bySheet.get(w.sheet) ?? [];
    list.push(w);
    bySheet.set(w.sheet, list);
  }
  const out: SheetRect[] = [];
  for (const [sheet, cells] of bySheet) for (const rect of cellsToRects(cells)) out.push({ sheet, rect });
  return out;
}

/** a write that changes a cell's look: its fill, bold and alignment, or a format copied from another cell */
const isStyled = (w: CellWrite) => !!(w.fill || w.bold !== undefined || w.align || w.styleFrom);

/**
 * The format copies a plan asks for (`CellWrite.styleFrom`: an added column takes the table's look), as
 * runs down a column copying from a source column at the same row offset — one copyFrom per run. A run's
 * cells all have an explicit number format (`formats`, put back after the copy) or none.
 */
function styleCopies(plan: EditPlan): { sheet: string; target: CellRange; source: CellRange; formats: string[][] | null }[] {
  const copying = plan.writes.filter((w) => w.styleFrom).sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.col - b.col || a.row - b.row));
  const runs: { sheet: string; target: CellRange; source: CellRange; formats: string[][] | null }[] = [];
  for (const w of copying) {
    const from = w.styleFrom!;
    const last = runs[runs.length - 1];
    const formatted = w.numberFormat !== undefined;
    if (
      last &&
      last.sheet === w.sheet &&
      last.target.left === w.col &&
      last.target.bottom + 1 === w.row &&
      last.source.left === from.col &&
      last.source.bottom + 1 === from.row &&
      (last.formats !== null) === formatted
    ) {
      last.target.bottom++;
      last.source.bottom++;
      last.formats?.push([w.numberFormat!]);
      continue;
    }
    runs.push({
      sheet: w.sheet,
      target: { top: w.row, left: w.col, bottom: w.row, right: w.col },
      source: { top: from.row, left: from.col, bottom: from.row, right: from.col },
      formats: formatted ? [[w.numberFormat!]] : null,
    });
  }
  return runs;
}

interface TargetPiece extends SheetRect {
  styles: boolean;
  bytesPerCell: number;
}

/**
 * Read what the target cells hold — values, formulas, formats; and fill/bold/alignment of the styled ones —
 * in requests of about 4 MB; a request Excel refuses as too large is halved and retried.
 */
async function readTargets(context: Excel.RequestContext, targets: SheetRect[], styled: SheetRect[]): Promise<{ cells: CellSnapshot[]; styles: StyleSnapshot[] }> {
  const cells: CellSnapshot[] = [];
  const styles: StyleSnapshot[] = [];
  const pieces: TargetPiece[] = [
    ...targets.flatMap((t) => rowBands(t.rect, READ_BYTES_PER_CELL).map((rect) => ({ sheet: t.sheet, rect, styles: false, bytesPerCell: READ_BYTES_PER_CELL }))),
    ...styled.flatMap((t) => rowBands(t.rect, STYLE_BYTES_PER_CELL).map((rect) => ({ sheet: t.sheet, rect, styles: true, bytesPerCell: STYLE_BYTES_PER_CELL }))),
  ];
  const queue = packRequests(pieces, READ_BYTES_PER_CELL);
  let splits = 0;
  while (queue.length) {
    const request = queue.shift()!;
    const reads = request.map((p) => {
      const range = context.workbook.worksheets.getItem(p.sheet).getRangeByIndexes(p.rect.top, p.rect.left, rectRows(p.rect), rectCols(p.rect));
      if (p.styles) return { p, range, props: range.getCellProperties(PROPS_LOAD) };
      range.load('values,formulas,numberFormat');
      return { p, range, props: null };
    });
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadError(e) || splits >= MAX_SPLITS) throw e;
      splits++;
      queue.unshift(...request.flatMap((p) => rowBands(p.rect, p.bytesPerCell, Math.max(1, (rectCells(p.rect) * p.bytesPerCell) / 2)).map((rect) => [{ ...p, rect }])));
      continue;
    }
    for (const { p, range, props } of reads) {
      if (props) {
        styles.push({
          sheet: p.sheet,
          rect: p.rect,
          props: props.value.map((row) => row.map(cellProps)),
        });
        continue;
      }
      cells.push({
        sheet: p.sheet,
        rect: p.rect,
        values: range.values.map((row) => row.map(fromOfficeValue)),
        entries: range.formulas.map((row, r) => row.map((f, c) => restoringEntry(f, range.values[r][c]))),
        numberFormats: range.numberFormat.map((row) => row.map((f) => (typeof f === 'string' ? f : 'General'))),
        empty: range.formulas.map((row, r) => row.map((f, c) => isEmptyCell(f, range.values[r][c]))),
      });
    }
  }
  return { cells, styles };
}

/**
 * The cells a merge of the plan clears without writing them (Excel keeps only the top-left value), on sheets
 * that exist: they are inspected and recorded like written cells, so a value there is named before it is lost
 * and 撤销上次操作 puts it back.
 */
function mergeClearedCells(plan: EditPlan, sheets: Set<string>): SheetRect[] {
  const written = new Set(plan.writes.map(cellKey));
  const out: SheetRect[] = [];
  for (const m of plan.merges) {
    if (!sheets.has(m.sheet)) continue;
    const cells: CellRef[] = [];
    for (let row = m.range.top; row <= m.range.bottom; row++) {
      for (let col = m.range.left; col <= m.range.right; col++) {
        const cell = { sheet: m.sheet, row, col };
        if (!written.has(cellKey(cell))) cells.push(cell);
      }
    }
    for (const rect of cellsToRects(cells)) out.push({ sheet: m.sheet, rect });
  }
  return out;
}

function nonEmptyCells(snapshots: CellSnapshot[], plan: EditPlan, cleared: SheetRect[] = []): Overwrite[] {
  const written = new Set(plan.writes.map(cellKey));
  for (const { sheet, rect } of cleared) {
    for (let row = rect.top; row <= rect.bottom; row++) for (let col = rect.left; col <= rect.right; col++) written.add(cellKey({ sheet, row, col }));
  }
  const out: Overwrite[] = [];
  for (const s of snapshots) {
    const empty = s.empty ?? [];
    for (let r = 0; r < empty.length; r++) {
      for (let c = 0; c < empty[r].length; c++) {
        const row = s.rect.top + r;
        const col = s.rect.left + c;
        if (empty[r][c] || !written.has(`${s.sheet}\u0000${row}\u0000${col}`)) continue;
        const entry = s.entries?.[r][c];
        out.push({
          sheet: s.sheet,
          row,
          col,
          previous: s.values?.[r][c] ?? null,
          previousFormula: typeof entry === 'string' && entry.startsWith('=') ? entry : null,
        });
      }
    }
  }
  return out;
}

async function existingSheets(context: Excel.RequestContext): Promise<Set<string>> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  return new Set(sheets.items.map((s) => s.name));
}

/**
 * What applying the plan would overwrite, read from the workbook now (the plan's own `overwrites` were computed
 * from a Grid that may be stale). The pane shows this list and asks for confirmation.
 */
export async function inspectPlan(plan: EditPlan): Promise<PlanInspection> {
  return Excel.run(async (context) => {
    const sheets = await existingSheets(context);
    const targets = writeTargets(plan).filter((t) => {
      if (sheets.has(t.sheet)) return true;
      if (plan.newSheets.includes(t.sheet)) return false;
      throw new PlanSheetError(t.sheet);
    });
    const cleared = mergeClearedCells(plan, sheets);
    const { cells } = await readTargets(context, [...targets, ...cleared], []);
    return { nonEmpty: nonEmptyCells(cells, plan, cleared), existingNewSheets: plan.newSheets.filter((s) => sheets.has(s)) };
  });
}

const CHART_TYPES: Record<ChartSpec['type'], 'ColumnClustered' | 'BarClustered' | 'Line'> = { column: 'ColumnClustered', bar: 'BarClustered', line: 'Line' };
const CF_OPERATORS: Record<EditPlan['conditionalFormats'][number]['operator'], 'EqualTo' | 'NotEqualTo' | 'GreaterThan' | 'LessThan' | 'GreaterThanOrEqual' | 'LessThanOrEqual'> = {
  equal: 'EqualTo',
  notEqual: 'NotEqualTo',
  greaterThan: 'GreaterThan',
  lessThan: 'LessThan',
  greaterThanOrEqual: 'GreaterThanOrEqual',
  lessThanOrEqual: 'LessThanOrEqual',
};
const ALIGN: Record<NonNullable<CellWrite['align']>, 'Left' | 'Center' | 'Right'> = { left: 'Left', center: 'Center', right: 'Right' };
/** Excel measures column width in points; a plan in characters of the default font (8.43 chars = 48 pt) */
const POINTS_PER_CHAR = 5.7;

let lastUndo: UndoRecord | null = null;

export interface ApplyResult {
  cellsWritten: number;
  record: UndoRecord;
  /** false when the undo record was too large to keep in the workbook: it lasts only while the pane is open */
  undoStored: boolean;
}

function cellKey(c: CellRef): string {
  return `${c.sheet}\u0000${c.row}\u0000${c.col}`;
}

/**
 * Apply the plan in one batch. First reads what every target cell holds; refuses (writing nothing) when a
 * non-empty cell is not among `confirmed`. Records the undo before writing and stores it in the workbook.
 */
export async function applyPlan(plan: EditPlan, confirmed: CellRef[], onProgress?: Progress): Promise<ApplyResult> {
  return Excel.run(async (context) => {
    const storedUndo = queueLoadUndoParts(context); // read with the sheet names: replaced after the writes
    const sheets = await existingSheets(context);
    const createdSheets = plan.newSheets.filter((s) => !sheets.has(s));
    for (const w of plan.writes) if (!sheets.has(w.sheet) && !createdSheets.includes(w.sheet)) throw new PlanSheetError(w.sheet);
    const targets = writeTargets(plan);
    const existingTargets = targets.filter((t) => sheets.has(t.sheet));
    // previous column widths of the columns the plan sizes, read with the targets
    const widthRanges = plan.columnWidths
      .filter((w) => sheets.has(w.sheet))
      .map((w) => {
        const r = context.workbook.worksheets.getItem(w.sheet).getRangeByIndexes(0, w.col, 1, 1);
        r.format.load('columnWidth');
        return { ...w, r };
      });
    const styledTargets = writeTargets(plan, isStyled).filter((t) => sheets.has(t.sheet));
    const cleared = mergeClearedCells(plan, sheets);
    const { cells: snapshots, styles } = await readTargets(context, [...existingTargets, ...cleared], styledTargets);
    // a set, not a scan of the list per cell: confirming 100,000 overwritten cells was quadratic (minutes)
    const confirmedKeys = new Set(confirmed.map(cellKey));
    const unconfirmed = nonEmptyCells(snapshots, plan, cleared).filter((o) => !confirmedKeys.has(cellKey(o)));
    if (unconfirmed.length) throw new UnconfirmedOverwriteError(unconfirmed);

    const stamp = Date.now().toString(36);
    const record: UndoRecord = {
      version: 1,
      id: stamp,
      when: new Date().toISOString(),
      summary: plan.summary.slice(0, 3).join('；') || `写入 ${plan.writes.length} 个单元格`,
      createdSheets,
      cells: snapshots.map(compactSnapshot),
      styles,
      merges: plan.merges.filter((m) => !createdSheets.includes(m.sheet)).map((m) => ({ sheet: m.sheet, range: rangeAddress(m.range) })),
      conditionalFormats: [],
      charts: [],
      columnWidths: widthRanges.map((w) => ({ sheet: w.sheet, col: w.col, points: w.r.format.columnWidth })),
    };

    // the writes, in the order Excel needs: sheets, values and formats, merges, rules, charts
    for (const name of createdSheets) context.workbook.worksheets.add(name);
    const byCell = new Map<string, CellWrite>();
    for (const w of plan.writes) byCell.set(`${w.sheet}\u0000${w.row}\u0000${w.col}`, w);
    const snapshotAt = (sheet: string, row: number, col: number): string | null => {
      for (const s of snapshots) {
        if (s.sheet === sheet && row >= s.rect.top && row <= s.rect.bottom && col >= s.rect.left && col <= s.rect.right) {
          return s.numberFormats?.[row - s.rect.top][col - s.rect.left] ?? null;
        }
      }
      return null;
    };
    const at = (sheet: string, row: number, col: number) => byCell.get(`${sheet}\u0000${row}\u0000${col}`)!;
    const valueWrites = targets.flatMap((t) => {
      const formulas: (string | number | boolean)[][] = [];
      const formats: string[][] = [];
      for (let row = t.rect.top; row <= t.rect.bottom; row++) {
        const fRow: (string | number | boolean)[] = [];
        const nRow: string[] = [];
        for (let col = t.rect.left; col <= t.rect.right; col++) {
          const w = at(t.sheet, row, col);
          fRow.push(w.formula ?? toFormulaEntry(w.value));
          nRow.push(w.numberFormat ?? snapshotAt(t.sheet, row, col) ?? 'General');
        }
        formulas.push(fRow);
        formats.push(nRow);
      }
      const rowBytes = formulas.map((row, r) => payloadBytes(row) + payloadBytes(formats[r]));
      return bandsByRowBytes(t.rect, rowBytes).map(({ rect, from, to, bytes }) => ({
        bytes,
        queue: () => {
          const range = context.workbook.worksheets.getItem(t.sheet).getRangeByIndexes(rect.top, rect.left, rectRows(rect), rectCols(rect));
          // the format first, so a formula's result shows in it at once
          range.numberFormat = formats.slice(from, to);
          range.formulas = formulas.slice(from, to);
        },
      }));
    });
    const styleWrites = writeTargets(plan, isStyled).flatMap(({ sheet, rect: target }) => {
      const props: Excel.SettableCellProperties[][] = [];
      for (let row = target.top; row <= target.bottom; row++) {
        const pRow: Excel.SettableCellProperties[] = [];
        for (let col = target.left; col <= target.right; col++) {
          const w = at(sheet, row, col);
          const format: NonNullable<Excel.SettableCellProperties['format']> = {};
          if (w.fill) format.fill = { color: w.fill };
          if (w.bold !== undefined) format.font = { bold: w.bold };
          if (w.align) format.horizontalAlignment = ALIGN[w.align];
          pRow.push({ format });
        }
        props.push(pRow);
      }
      return bandsByRowBytes(target, props.map((row) => payloadBytes(row))).map(({ rect, from, to, bytes }) => ({
        bytes,
        queue: () =>
          context.workbook.worksheets.getItem(sheet).getRangeByIndexes(rect.top, rect.left, rectRows(rect), rectCols(rect)).setCellProperties(props.slice(from, to)),
      }));
    });
    // after the values, each added column takes the table's look (copyFrom formats, less the conditional
    // formats), then its own number formats and the plan's fill, bold and alignment on top: as the command
    // line's writer does; the plan's own rules are added after all of this
    const copyWrites = styleCopies(plan).flatMap((run) => {
      const ws = () => context.workbook.worksheets.getItem(run.sheet);
      const range = (r: CellRange) => ws().getRangeByIndexes(r.top, r.left, rectRows(r), rectCols(r));
      return [
        {
          bytes: 256,
          queue: () => {
            const target = range(run.target);
            target.copyFrom(range(run.source), 'Formats');
            // Excel's format copy brings the source's conditional formats too (a 是否达标 column's green/red):
            // the new column must not inherit them, and the undo would not remove them (ExcelApi 1.6)
            target.conditionalFormats.clearAll();
          },
        },
        ...(run.formats ? [{ bytes: payloadBytes(run.formats.flat()), queue: () => void (range(run.target).numberFormat = run.formats!) }] : []),
      ];
    });
    const writes = [...valueWrites, ...copyWrites, ...styleWrites];
    const total = Math.max(1, Math.ceil(writes.reduce((n, w) => n + w.bytes, 0) / CHUNK_BYTES));
    let written = 0;
    onProgress?.(0, total);
    await queueInRequests(writes, async () => {
      await context.sync();
      onProgress?.(++written, total);
    });
    for (const m of plan.merges) context.workbook.worksheets.getItem(m.sheet).getRange(rangeAddress(m.range)).merge(false);
    for (const w of plan.columnWidths) {
      context.workbook.worksheets.getItem(w.sheet).getRangeByIndexes(0, w.col, 1, 1).format.columnWidth = Math.round(w.width * POINTS_PER_CHAR);
    }
    const addedRules = plan.conditionalFormats.map((cf) => {
      const range = context.workbook.worksheets.getItem(cf.sheet).getRange(rangeAddress(cf.range));
      const rule = range.conditionalFormats.add('CellValue');
      rule.cellValue.rule = { formula1: cf.formula.startsWith('=') ? cf.formula : `=${cf.formula}`, operator: CF_OPERATORS[cf.operator] };
      rule.cellValue.format.fill.color = cf.fill;
      if (cf.fontColor) rule.cellValue.format.font.color = cf.fontColor;
      rule.load('id');
      return { sheet: cf.sheet, range: rangeAddress(cf.range), rule };
    });
    plan.charts.forEach((spec, i) => {
      const name = `ZX_${stamp}_${i + 1}`;
      addChart(context, spec, name);
      record.charts.push({ sheet: spec.sheet, name });
    });
    await context.sync();
    record.conditionalFormats = addedRules.map((r) => ({ sheet: r.sheet, range: r.range, id: r.rule.id }));
    // written: the undo is available from here on, even if storing it in the workbook fails
    lastUndo = record;
    const undoStored = await saveUndoRecord(context, record, storedUndo);
    return { cellsWritten: plan.writes.length, record, undoStored };
  });
}

function addChart(context: Excel.RequestContext, spec: ChartSpec, name: string): void {
  const sheet = context.workbook.worksheets.getItem(spec.sheet);
  const [first, ...rest] = spec.series;
  const chart = sheet.charts.add(CHART_TYPES[spec.type], sheet.getRange(rangeAddress(first.range)), 'Columns');
  chart.name = name;
  chart.title.text = spec.title;
  const s0 = chart.series.getItemAt(0);
  s0.name = first.name;
  s0.setXAxisValues(sheet.getRange(rangeAddress(spec.categories)));
  for (const s of rest) {
    const series = chart.series.add(s.name);
    series.setValues(sheet.getRange(rangeAddress(s.range)));
    series.setXAxisValues(sheet.getRange(rangeAddress(spec.categories)));
    if (s.kind === 'line') series.chartType = 'Line';
    else if (s.kind === 'column') series.chartType = 'ColumnClustered';
  }
  chart.setPosition(address(spec.anchor.row, spec.anchor.col));
}

/** The undo record of the last apply: from memory, or from the workbook after the pane was reloaded. */
export async function lastApply(): Promise<UndoRecord | null> {
  if (lastUndo) return lastUndo;
  return Excel.run(async (context) => {
    lastUndo = await loadUndoRecord(context);
    return lastUndo;
  });
}

export interface RevertResult {
  summary: string;
  cellsRestored: number;
}

/** Restore what the last apply replaced — values, formulas, formats — and delete what it created. */
export async function revertLastApply(): Promise<RevertResult | null> {
  return Excel.run(async (context) => {
    const record = lastUndo ?? (await loadUndoRecord(context));
    if (!record) return null;
    const stored = await undoParts(context);
    let cells = 0;
    for (const rule of record.conditionalFormats) {
      context.workbook.worksheets.getItem(rule.sheet).getRange(rule.range).conditionalFormats.getItem(rule.id).delete();
    }
    for (const chart of record.charts) context.workbook.worksheets.getItem(chart.sheet).charts.getItem(chart.name).delete();
    for (const m of record.merges) context.workbook.worksheets.getItem(m.sheet).getRange(m.range).unmerge();
    const restores = [
      ...record.cells.flatMap((s) => {
        cells += rectRows(s.rect) * rectCols(s.rect);
        const entries = s.entries ?? blankArray(s.rect, '');
        const formats = s.numberFormats ?? blankArray(s.rect, 'General');
        const rowBytes = entries.map((row, r) => payloadBytes(row) + payloadBytes(formats[r]));
        return bandsByRowBytes(s.rect, rowBytes).map(({ rect, from, to, bytes }) => ({
          bytes,
          queue: () => {
            const range = context.workbook.worksheets.getItem(s.sheet).getRangeByIndexes(rect.top, rect.left, rectRows(rect), rectCols(rect));
            range.numberFormat = formats.slice(from, to);
            range.formulas = entries.slice(from, to);
          },
        }));
      }),
      ...(record.styles ?? []).flatMap((s) => {
        const props = s.props.map((row) => row.map(restoringProps));
        return bandsByRowBytes(s.rect, props.map((row) => payloadBytes(row))).map(({ rect, from, to, bytes }) => ({
          bytes,
          queue: () =>
            context.workbook.worksheets.getItem(s.sheet).getRangeByIndexes(rect.top, rect.left, rectRows(rect), rectCols(rect)).setCellProperties(props.slice(from, to)),
        }));
      }),
    ];
    await queueInRequests(restores, () => context.sync());
    for (const w of record.columnWidths) {
      context.workbook.worksheets.getItem(w.sheet).getRangeByIndexes(0, w.col, 1, 1).format.columnWidth = w.points;
    }
    for (const name of record.createdSheets) context.workbook.worksheets.getItem(name).delete();
    for (const part of stored) part.delete();
    await context.sync();
    lastUndo = null;
    return { summary: record.summary, cellsRestored: cells };
  });
}

function blankArray<V>(rect: CellRange, v: V): V[][] {
  return Array.from({ length: rectRows(rect) }, () => new Array<V>(rectCols(rect)).fill(v));
}

/** Forget the in-memory record (a pane reload does this; tests use it to prove the workbook copy suffices). */
export function forgetInMemoryUndo(): void {
  lastUndo = null;
}

export { CHUNK_BYTES };
