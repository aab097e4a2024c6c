/**
 * 撤销上次操作: put back what the last apply replaced — values, formulas, number formats, cell formats,
 * column widths, the user's conditional-format rules it cleared, the merged areas its merges replaced — and
 * delete what it created (sheets, merges, conditional formats, charts), from its undo record (last-apply.ts).
 * Office.js has no undo for add-in writes: this is ours.
 *
 * Syncs: 2 (the stored record's part; the restore) + one per extra 4 MB + one when there are rules of the
 * user's to put back, plus 2 to load the record after a pane reload.
 */
import type { CellRange } from '../core/base/grid';
import { restoringProps } from './cell-props';
import { bandsByRowBytes, payloadBytes, queueInRequests, rectCols, rectRows } from './chunks';
import { forget, recall } from './last-apply';
import { restoreRules } from './rules';
import { undoParts } from './store';

export interface RevertResult {
  summary: string;
  cellsRestored: number;
}

/** Restore what the last apply replaced — values, formulas, formats — and delete what it created. */
export async function revertLastApply(): Promise<RevertResult | null> {
  return Excel.run(async (context) => {
    const record = await recall(context);
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
        // a compacted snapshot (undo.ts compactSnapshot) dropped all-empty entries and all-General formats
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
    // the merged areas the plan's merges replaced, once their cells hold what they held
    for (const m of record.mergedBefore ?? []) context.workbook.worksheets.getItem(m.sheet).getRange(m.range).merge(false);
    await restoreRules(context, record.rules ?? []);
    for (const name of record.createdSheets) context.workbook.worksheets.getItem(name).delete();
    for (const part of stored) part.delete();
    await context.sync();
    forget();
    return { summary: record.summary, cellsRestored: cells };
  });
}

function blankArray<V>(rect: CellRange, v: V): V[][] {
  return Array.from({ length: rectRows(rect) }, () => new Array<V>(rectCols(rect)).fill(v));
}
