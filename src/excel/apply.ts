/**
 * EditPlan → Excel in one batch, after recording what every written cell held so that 撤销上次操作
 * (revert.ts) restores it exactly: values, formulas, number formats, the look of every cell it styles (fill,
 * font, borders, alignment, wrapping), column widths, the user's conditional-format rules on the cells whose
 * rules a format copy clears, and the merged areas its merges replace (rules.ts). The record goes to
 * last-apply.ts and into the workbook (store.ts).
 *
 * Syncs: 4 (sheet names + stored undo; what the targets hold, their rules and merged areas; the writes; the
 * undo record) + one when the cleared cells carry rules of the user's (their properties) + one per extra 4 MB
 * read or written.
 */
import type { CellRange } from '../core/base/grid';
import { address, rangeAddress } from '../core/base/grid';
import type { CellWrite, ChartSpec, EditPlan } from '../core/base/plan';
import { toFormulaEntry } from './cells';
import { bandsByRowBytes, CHUNK_BYTES, payloadBytes, queueInRequests, rectCols, rectRows, type SheetRect } from './chunks';
import { cellKey, existingSheets, mergeClearedCells, nonEmptyCells, PlanSheetError, readTargets, UnconfirmedOverwriteError, writeTargets, type CellRef } from './inspect';
import { remember } from './last-apply';
import type { Progress } from './read';
import { mergesSupported, queueMergeLists, queueRuleLists, readMergedAreas, readRules, rulesSupported } from './rules';
import { queueLoadUndoParts, saveUndoRecord } from './store';
import { compactSnapshot, type CellSnapshot, type UndoRecord } from './undo';

/** the plan's chart kinds as Excel's chart types (a line series in a column chart is set per series) */
const CHART_TYPES: Record<ChartSpec['type'], 'ColumnClustered' | 'BarClustered' | 'Line'> = { column: 'ColumnClustered', bar: 'BarClustered', line: 'Line' };
/** the plan's rule operators as Excel's (the plan's are Office-free words) */
const CF_OPERATORS: Record<EditPlan['conditionalFormats'][number]['operator'], 'EqualTo' | 'NotEqualTo' | 'GreaterThan' | 'LessThan' | 'GreaterThanOrEqual' | 'LessThanOrEqual'> = {
  equal: 'EqualTo',
  notEqual: 'NotEqualTo',
  greaterThan: 'GreaterThan',
  lessThan: 'LessThan',
  greaterThanOrEqual: 'GreaterThanOrEqual',
  lessThanOrEqual: 'LessThanOrEqual',
};
/** the plan's alignments as Excel's horizontal alignment names */
const ALIGN: Record<NonNullable<CellWrite['align']>, 'Left' | 'Center' | 'Right'> = { left: 'Left', center: 'Center', right: 'Right' };
/** Excel measures column width in points; a plan in characters of the default font (8.43 chars = 48 pt) */
const POINTS_PER_CHAR = 5.7;
/** a format copy sends two range references and a word: counted as this many bytes of a request */
const COPY_BYTES = 256;

export interface ApplyResult {
  cellsWritten: number;
  record: UndoRecord;
  /** false when the undo record was too large to keep in the workbook: it lasts only while the pane is open */
  undoStored: boolean;
}

/** one write, queued when its request comes (`bytes`: its share of the request's payload) */
interface QueuedWrite {
  bytes: number;
  queue: () => void;
}

/** a write that changes a cell's look: its fill, bold and alignment, or a format copied from another cell */
const isStyled = (w: CellWrite) => !!(w.fill || w.bold !== undefined || w.align || w.styleFrom);

interface StyleCopy {
  sheet: string;
  target: CellRange;
  source: CellRange;
  formats: string[][] | null;
}

/**
 * The format copies a plan asks for (`CellWrite.styleFrom`: an added column takes the table's look), as
 * runs down a column copying from a source column at the same row offset — one copyFrom per run. A run's
 * cells all have an explicit number format (`formats`, put back after the copy) or none.
 */
function styleCopies(plan: EditPlan): StyleCopy[] {
  const copying = plan.writes.filter((w) => w.styleFrom).sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.col - b.col || a.row - b.row));
  const runs: StyleCopy[] = [];
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

/**
 * Values (through `formulas`) and number formats of the targets, in bands cut on their real size. A write
 * without its own number format keeps the one the cell had (`snapshots`), or General on a new sheet.
 */
function valueWrites(context: Excel.RequestContext, targets: SheetRect[], at: (sheet: string, row: number, col: number) => CellWrite, snapshots: CellSnapshot[]): QueuedWrite[] {
  const snapshotAt = (sheet: string, row: number, col: number): string | null => {
    for (const s of snapshots) {
      if (s.sheet === sheet && row >= s.rect.top && row <= s.rect.bottom && col >= s.rect.left && col <= s.rect.right) {
        return s.numberFormats?.[row - s.rect.top][col - s.rect.left] ?? null;
      }
    }
    return null;
  };
  return targets.flatMap((t) => {
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
}

/** The plan's fill, bold and alignment, as cell properties of the styled writes. */
function styleWrites(context: Excel.RequestContext, plan: EditPlan, at: (sheet: string, row: number, col: number) => CellWrite): QueuedWrite[] {
  return writeTargets(plan, isStyled).flatMap(({ sheet, rect: target }) => {
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
}

/**
 * Each added column takes the table's look (copyFrom formats, less the conditional formats), then its own
 * number formats on top — queued after the values and before the plan's fill, bold and alignment, as the
 * command line's writer does; the plan's own rules are added after all of this.
 */
function copyWrites(context: Excel.RequestContext, plan: EditPlan): QueuedWrite[] {
  return styleCopies(plan).flatMap((run) => {
    const ws = () => context.workbook.worksheets.getItem(run.sheet);
    const range = (r: CellRange) => ws().getRangeByIndexes(r.top, r.left, rectRows(r), rectCols(r));
    return [
      {
        bytes: COPY_BYTES,
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
    // read with the targets: the rules on the cells a format copy clears, the merged areas the plan's merges meet
    // (a rule's areas need ExcelApi 1.9, merged areas 1.13: an older Excel applies without keeping them)
    const ruleLists = rulesSupported() ? queueRuleLists(context, styleCopies(plan).filter((c) => sheets.has(c.sheet)).map((c) => ({ sheet: c.sheet, rect: c.target }))) : [];
    const mergeLists = mergesSupported() ? queueMergeLists(context, plan.merges.filter((m) => sheets.has(m.sheet))) : [];
    const { cells: snapshots, styles } = await readTargets(context, [...existingTargets, ...cleared], styledTargets);
    // a set, not a scan of the list per cell: confirming 100,000 overwritten cells was quadratic (minutes)
    const confirmedKeys = new Set(confirmed.map(cellKey));
    const unconfirmed = nonEmptyCells(snapshots, plan, cleared).filter((o) => !confirmedKeys.has(cellKey(o)));
    if (unconfirmed.length) throw new UnconfirmedOverwriteError(unconfirmed);
    const rules = await readRules(context, ruleLists);
    const mergedBefore = await readMergedAreas(context, mergeLists);

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
      rules,
      mergedBefore,
    };

    // the writes, in the order Excel needs: sheets, values and formats, merges, rules, charts
    for (const name of createdSheets) context.workbook.worksheets.add(name);
    const byCell = new Map<string, CellWrite>();
    for (const w of plan.writes) byCell.set(cellKey(w), w);
    const at = (sheet: string, row: number, col: number) => byCell.get(cellKey({ sheet, row, col }))!;
    const writes = [...valueWrites(context, targets, at, snapshots), ...copyWrites(context, plan), ...styleWrites(context, plan, at)];
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
      // named after this apply, so that the revert finds and deletes exactly these charts
      const name = `ZX_${stamp}_${i + 1}`;
      addChart(context, spec, name);
      record.charts.push({ sheet: spec.sheet, name });
    });
    await context.sync();
    record.conditionalFormats = addedRules.map((r) => ({ sheet: r.sheet, range: r.range, id: r.rule.id }));
    // written: the undo is available from here on, even if storing it in the workbook fails
    remember(record);
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
