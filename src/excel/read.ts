/**
 * Excel → Grid: the selection, or every visible sheet, read in a small, constant number of `context.sync()`
 * calls whatever the row count (the test host asserts the counts):
 * - readGrid: 1 (where is the table; 2 when a chart, not cells, is selected) + one per ~4 MB of payload — 2 for
 *   any range up to ~130,000 cells. The first request is cut on an estimate (32 B a cell), the rest on what its
 *   cells really cost: a 100,000 × 20 range of counts and court names (≈ 21 B a cell) takes 12, not 17.
 * - readBook: the same, all sheets packed into shared requests.
 */
import type { CellRange, CellValue, Grid } from '../core/base/grid';
import { parseRange } from '../core/base/grid';
import { fromOfficeValue } from './cells';
import { intersect, isPayloadError, MAX_SPLITS, MIN_BYTES_PER_CELL, MIN_MEASURED_CELLS, packRequests, payloadBytes, READ_BYTES_PER_CELL, rectCells, rectCols, rectRows, rowBands, type SheetRect } from './chunks';
import { unshiftAll } from '../core/base/arrays';

/** (done, total) requests — for the pane's progress bar on long reads and writes */
export type Progress = (done: number, total: number) => void;

export interface ReadOptions {
  /** read the selection when it is more than one cell (default); false: the active sheet's used range */
  selection?: boolean;
  onProgress?: Progress;
}


function mergesSupported(): boolean {
  try {
    // `getMergedAreasOrNullObject` is ExcelApi 1.13: older hosts read without merges (literal, for the requirement-set check)
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
  // planned on an estimate of what a cell costs, re-planned on what the first request's cells really cost
  let bytesPerCell = READ_BYTES_PER_CELL;
  let queue = packRequests(pieces, bytesPerCell);
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
        const halves = request.flatMap((p) => rowBands(p.rect, bytesPerCell, Math.max(1, (rectCells(p.rect) * bytesPerCell) / 2)).map((rect, k) => ({ ...p, rect, first: p.first && k === 0 })));
        unshiftAll(queue, halves.map((h) => [h]));
        continue;
      }
      if (loaded.some((l) => l.merges) && !isPayloadError(e)) {
        withMerges = false; // more than 512 merged areas, or an older Excel: read on without them
        queue.unshift(request);
        continue;
      }
      throw e;
    }
    if (done === 0 && queue.length) {
      const measured = measuredBytesPerCell(loaded);
      if (measured !== null) {
        bytesPerCell = measured;
        queue = packRequests(recut(queue.flat(), bytesPerCell), bytesPerCell);
      }
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

/**
 * The JSON bytes a cell of a request's response cost (values, formulas and number formats, as Excel sends
 * them), with a floor so that a first band of blanks does not plan the rest in one request. Null when the
 * request read too few cells to tell.
 */
function measuredBytesPerCell(loaded: LoadedPiece[]): number | null {
  let cells = 0;
  let bytes = 0;
  for (const { piece, range } of loaded) {
    cells += rectCells(piece.rect);
    bytes += payloadBytes([range.values, range.formulas, range.numberFormat]);
  }
  if (cells < MIN_MEASURED_CELLS) return null;
  return Math.max(MIN_BYTES_PER_CELL, bytes / cells);
}

/** the pieces still to read, the bands of one region that follow each other joined, then cut again */
function recut(pieces: RegionRead[], bytesPerCell: number): RegionRead[] {
  const joined: RegionRead[] = [];
  for (const p of pieces) {
    const last = joined[joined.length - 1];
    if (last && last.region === p.region && last.sheet === p.sheet && last.rect.bottom + 1 === p.rect.top && last.rect.left === p.rect.left && last.rect.right === p.rect.right) {
      last.rect = { ...last.rect, bottom: p.rect.bottom };
    } else joined.push({ ...p, rect: { ...p.rect } });
  }
  return joined.flatMap((p) => rowBands(p.rect, bytesPerCell).map((rect, k) => ({ ...p, rect, first: p.first && k === 0 })));
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

/** Where the user is: the active sheet and the selected cells (null when a chart or shape is selected). */
export async function readActiveSelection(context: Excel.RequestContext): Promise<{ sheet: string; selection: CellRange | null }> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load('name');
  await context.sync();
  try {
    const selection = context.workbook.getSelectedRange();
    selection.load('rowIndex,columnIndex,rowCount,columnCount');
    await context.sync();
    return { sheet: sheet.name, selection: rectOf(selection) };
  } catch {
    return { sheet: sheet.name, selection: null }; // InvalidSelection: not cells
  }
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
