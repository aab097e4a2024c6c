/**
 * The last stage: every target cell of the target columns (`≧90%`, `不超过65天`), parsed, for the fill engine
 * and the task pane.
 */
import { parseTarget } from '../targets';
import type { Grid } from '../base/grid';
import type { ColumnModel, RowModel } from './model';
import type { RecognizedTarget } from './types';

/** Every target cell of the target columns, parsed. */
export function collectTargets(grid: Grid, rows: RowModel[], columns: ColumnModel[]): RecognizedTarget[] {
  const targets: RecognizedTarget[] = [];
  for (const col of columns) {
    if (col.valueKind !== 'target') continue;
    for (const row of rows) {
      const v = grid.values[row.r][col.c];
      if (typeof v !== 'string' && typeof v !== 'number') continue;
      if (typeof v === 'string' && !v.trim()) continue;
      const t = parseTarget(v);
      if (!t) continue;
      targets.push({ row: row.row, column: col.column, text: String(v), op: t.op, value: t.value, unit: t.unit });
    }
  }
  return targets;
}
