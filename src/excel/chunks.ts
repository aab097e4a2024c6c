/**
 * Pure planning for the adapter: which rectangles to read or write, and how to cut them into requests that
 * stay under Excel on the web's payload limit (about 5 MB per request/response; we aim at 4 MB).
 * No Office here, so it is tested on its own.
 */
import type { CellRange } from '../core/base/grid';

/** the per-request payload we aim for: under the ~5 MB Excel on the web accepts, with headroom */
export const CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * JSON bytes one cell costs in a read of values + formulas + numberFormat: a count or short text is ~18 bytes
 * (`165,165,"General",`), a long rate or a four-character court name ~40. Chunks are cut on this estimate; a
 * request Excel still refuses is halved and retried (see read.ts and inspect.ts).
 */
export const READ_BYTES_PER_CELL = 32;
/**
 * After the first request the rest are cut on what its cells really cost — but never on less than this (a first
 * band of blank cells is cheaper than the figures under it; a band Excel still refuses is halved and retried),
 * and only when it read enough cells to tell.
 */
export const MIN_BYTES_PER_CELL = 16;
export const MIN_MEASURED_CELLS = 1000;
/**
 * Reading fill, bold and alignment (`getCellProperties`) costs ~110 bytes a cell; it is read only for the
 * cells a plan styles (headers), never for a formula column.
 */
export const STYLE_BYTES_PER_CELL = 512; // fill, font, alignment and four borders

/**
 * How many times one read may cut a request Excel refused as too large in half and retry: six halvings take
 * a 4 MB request down to 64 KB, and a request refused at that size is not refused for its size.
 */
export const MAX_SPLITS = 6;

/** Excel's refusal of a request or a response as too large (the codes differ between hosts and versions). */
export function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: string })?.code ?? '';
  return /PayloadSizeLimitExceeded|RequestPayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded/i.test(code);
}

/** UTF-8 bytes of a JSON payload (what a write sends is known exactly, so writes are packed by it) */
const encoder = new TextEncoder();
export function payloadBytes(v: unknown): number {
  return encoder.encode(JSON.stringify(v)).length;
}

/**
 * Queue writes in requests of at most `budgetBytes`: `sync` is called between requests, the last request is
 * left queued for the caller's final sync (with whatever else it adds).
 */
export async function queueInRequests(
  items: { bytes: number; queue: () => void }[],
  sync: () => Promise<void>,
  budgetBytes = CHUNK_BYTES,
): Promise<number> {
  let bytes = 0;
  let requests = 1;
  for (const item of items) {
    if (bytes > 0 && bytes + item.bytes > budgetBytes) {
      await sync();
      requests++;
      bytes = 0;
    }
    item.queue();
    bytes += item.bytes;
  }
  return requests;
}

export interface SheetRect {
  sheet: string;
  rect: CellRange; // absolute, 0-based, inclusive
}

export function rectRows(r: CellRange): number {
  return r.bottom - r.top + 1;
}
export function rectCols(r: CellRange): number {
  return r.right - r.left + 1;
}
export function rectCells(r: CellRange): number {
  return rectRows(r) * rectCols(r);
}

/** Cut a rectangle into row bands of at most `budgetBytes` each (at least one row per band). */
export function rowBands(r: CellRange, bytesPerCell: number, budgetBytes = CHUNK_BYTES): CellRange[] {
  const rowsPerBand = Math.max(1, Math.floor(budgetBytes / (rectCols(r) * bytesPerCell)));
  const bands: CellRange[] = [];
  for (let top = r.top; top <= r.bottom; top += rowsPerBand) {
    bands.push({ top, left: r.left, bottom: Math.min(r.bottom, top + rowsPerBand - 1), right: r.right });
  }
  return bands;
}

/**
 * Cut a rectangle's rows into bands whose payload — the bytes of its rows, known exactly for a write — stays
 * within the budget. (Cutting writes on the read estimate let 140,000 long formulas go out as one 8 MB
 * request, which Excel on the web refuses.) A single row over the budget is a band of its own.
 * `from`/`to` index the rows of the rectangle's arrays (`to` exclusive).
 */
export function bandsByRowBytes(r: CellRange, rowBytes: number[], budgetBytes = CHUNK_BYTES): { rect: CellRange; from: number; to: number; bytes: number }[] {
  const bands: { rect: CellRange; from: number; to: number; bytes: number }[] = [];
  let from = 0;
  let bytes = 0;
  const close = (to: number) => {
    if (to > from) bands.push({ rect: { top: r.top + from, left: r.left, bottom: r.top + to - 1, right: r.right }, from, to, bytes });
    from = to;
    bytes = 0;
  };
  for (let i = 0; i < rowBytes.length; i++) {
    if (i > from && bytes + rowBytes[i] > budgetBytes) close(i);
    bytes += rowBytes[i];
  }
  close(rowBytes.length);
  return bands;
}

/**
 * Pack pieces into requests: each request holds pieces whose estimated bytes add up to at most the budget,
 * so many small regions share one sync and one big region takes ceil(bytes / budget) syncs.
 */
export function packRequests<T extends SheetRect & { bytesPerCell?: number }>(pieces: T[], bytesPerCell: number, budgetBytes = CHUNK_BYTES): T[][] {
  const requests: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const p of pieces) {
    const b = rectCells(p.rect) * (p.bytesPerCell ?? bytesPerCell);
    if (current.length && bytes + b > budgetBytes) {
      requests.push(current);
      current = [];
      bytes = 0;
    }
    current.push(p);
    bytes += b;
  }
  if (current.length) requests.push(current);
  return requests;
}

/**
 * Group scattered cells into few rectangles: contiguous row runs per column, then runs with the same rows in
 * adjacent columns joined. A plan adding three columns beside a table becomes one rectangle.
 */
export function cellsToRects(cells: { row: number; col: number }[]): CellRange[] {
  const byCol = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const rows = byCol.get(col) ?? [];
    rows.push(row);
    byCol.set(col, rows);
  }
  const runs: CellRange[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byCol.get(col))].sort((a, b) => a - b);
    let start = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      if (i === rows.length || rows[i] !== rows[i - 1] + 1) {
        runs.push({ top: start, bottom: rows[i - 1], left: col, right: col });
        start = rows[i];
      }
    }
  }
  // join a run onto the rectangle ending in the previous column with the same rows
  const rects: CellRange[] = [];
  const open = new Map<string, CellRange>();
  for (const run of runs) {
    const key = `${run.top}:${run.bottom}`;
    const prev = open.get(key);
    if (prev && prev.right === run.left - 1) prev.right = run.right;
    else {
      const rect = { ...run };
      rects.push(rect);
      open.set(key, rect);
    }
  }
  return rects;
}

/** The intersection of two rectangles, or null. */
export function intersect(a: CellRange, b: CellRange): CellRange | null {
  const r = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}
