/**
 * What a plan's targets hold now, read from the workbook just before an apply (the plan's own `overwrites`
 * were computed from a Grid that may be stale): the list the pane asks the user to confirm, and — read the
 * same way by applyPlan — the snapshots its undo record keeps.
 */
import { address } from '../core/base/grid';
import type { CellWrite, EditPlan, Overwrite } from '../core/base/plan';
import { keepsCell } from '../core/base/plan';
import { fromOfficeValue, isEmptyCell, restoringEntry } from './cells';
import { cellProps, PROPS_LOAD } from './cell-props';
import { cellsToRects, isPayloadError, MAX_SPLITS, packRequests, READ_BYTES_PER_CELL, rectCells, rectCols, rectRows, rowBands, STYLE_BYTES_PER_CELL, type SheetRect } from './chunks';
import type { CellSnapshot, StyleSnapshot } from './undo';
import { unshiftAll } from '../core/base/arrays';

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

export function cellKey(c: CellRef): string {
  return `${c.sheet}\u0000${c.row}\u0000${c.col}`;
}

/** The cells the plan writes (those `only` keeps), as few rectangles per sheet. */
export function writeTargets(plan: EditPlan, only?: (w: CellWrite) => boolean): SheetRect[] {
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

interface TargetPiece extends SheetRect {
  styles: boolean;
  bytesPerCell: number;
}

/**
 * Read what the target cells hold — values, formulas, formats; and fill/bold/alignment of the styled ones —
 * in requests of about 4 MB; a request Excel refuses as too large is halved and retried.
 */
export async function readTargets(context: Excel.RequestContext, targets: SheetRect[], styled: SheetRect[]): Promise<{ cells: CellSnapshot[]; styles: StyleSnapshot[] }> {
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
      unshiftAll(queue, request.flatMap((p) => rowBands(p.rect, p.bytesPerCell, Math.max(1, (rectCells(p.rect) * p.bytesPerCell) / 2)).map((rect) => [{ ...p, rect }])));
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
export function mergeClearedCells(plan: EditPlan, sheets: Set<string>): SheetRect[] {
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

/**
 * The non-empty cells among the snapshots that the plan writes or its merges clear — less those a write leaves
 * as they are (`keepsCell`: the formula or constant an earlier fill wrote there, refreshed): nothing is lost there.
 */
export function nonEmptyCells(snapshots: CellSnapshot[], plan: EditPlan, cleared: SheetRect[] = []): Overwrite[] {
  const writes = new Map(plan.writes.map((w) => [cellKey(w), w]));
  const written = new Set(writes.keys());
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
        const previousFormula = typeof entry === 'string' && entry.startsWith('=') ? entry : null;
        const w = writes.get(`${s.sheet}\u0000${row}\u0000${col}`);
        if (w && keepsCell(w, { value: s.values?.[r][c] ?? null, formula: previousFormula })) continue;
        out.push({
          sheet: s.sheet,
          row,
          col,
          previous: s.values?.[r][c] ?? null,
          previousFormula,
        });
      }
    }
  }
  return out;
}

/** The workbook's sheet names (one sync, with whatever else the caller queued before). */
export async function existingSheets(context: Excel.RequestContext): Promise<Set<string>> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  return new Set(sheets.items.map((s) => s.name));
}

/**
 * What applying the plan would overwrite, read from the workbook now. The pane shows this list and asks for
 * confirmation; applyPlan refuses any non-empty cell not confirmed.
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
