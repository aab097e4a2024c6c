/**
 * The Office.js adapter: an EditPlan → Excel in one batch, after recording what every written cell held so that
 * 撤销上次操作 restores it exactly (Office.js has no undo for add-in writes: this is ours). Reading is read.ts;
 * what a plan's targets hold now, inspect.ts.
 *
 * Sync counts (the test host asserts them):
 * - applyPlan: 4 (sheet names + stored undo; what the targets hold; the writes; the undo record) + one per
 *   extra 4 MB read or written.
 * - revertLastApply: 2 (the stored record's part; the restore) + one per extra 4 MB, plus 2 to load the
 *   record after a pane reload.
 */
import type { CellRange } from '../core/base/grid';
import { address, rangeAddress } from '../core/base/grid';
import type { CellWrite, ChartSpec, EditPlan } from '../core/base/plan';
import { bandsByRowBytes, CHUNK_BYTES, payloadBytes, queueInRequests, rectCols, rectRows } from './chunks';
import { toFormulaEntry } from './cells';
import { restoringProps } from './cell-props';
import { cellKey, existingSheets, mergeClearedCells, nonEmptyCells, PlanSheetError, readTargets, UnconfirmedOverwriteError, writeTargets, type CellRef } from './inspect';
import type { Progress } from './read';
import { loadUndoRecord, queueLoadUndoParts, saveUndoRecord, undoParts } from './store';
import { compactSnapshot, type UndoRecord } from './undo';

export { areaRanges, readBook, readGrid, selectRange, type Progress, type ReadOptions } from './read';
export { inspectPlan, PlanSheetError, UnconfirmedOverwriteError, type CellRef, type PlanInspection } from './inspect';

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
