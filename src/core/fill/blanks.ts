/**
 * The plan's summary names every blank cell a planned formula counts as 0 (docs/functions.md, the one blank
 * rule): "乙县法院 旧存 空白，按 0 计", one line per row of a table, before anything is written.
 */
import { address } from '../base/grid';
import type { BlankAsZero } from './workspace';
import { cleanHeader, type TableModel } from './table';

/** where a cell sits: its table's row label and column header, or its address when no table holds it */
function place(b: BlankAsZero, models: readonly TableModel[]): { row: string; column: string } {
  for (const m of models) {
    if (m.sheet !== b.sheet) continue;
    const row = m.rows.find((r) => r.row === b.row);
    const col = m.columns.find((c) => c.col === b.col);
    if (row && col) return { row: row.label || `第${b.row + 1}行`, column: cleanHeader(col.headerText) || col.field || address(b.row, b.col) };
  }
  return { row: `「${b.sheet}」`, column: address(b.row, b.col) };
}

/** summary lines for the blanks counted as 0: the cells of one row together, left to right; rows in the order met */
export function blankAsZeroLines(blanks: readonly BlankAsZero[], models: readonly TableModel[]): string[] {
  const byRow = new Map<string, { col: number; name: string }[]>();
  for (const b of blanks) {
    const { row, column } = place(b, models);
    const columns = byRow.get(row) ?? [];
    if (!columns.some((c) => c.name === column)) columns.push({ col: b.col, name: column });
    byRow.set(row, columns);
  }
  return [...byRow].map(([row, columns]) => `${row} ${[...columns].sort((a, b) => a.col - b.col).map((c) => c.name).join('、')} 空白，按 0 计`);
}
