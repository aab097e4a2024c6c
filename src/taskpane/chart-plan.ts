/**
 * The chart the 图表 tab inserts: a chosen indicator column by unit, as columns, with its target drawn as a
 * line. Excel draws a line from cells, so the plan writes the target beside the table (one cell per unit,
 * a header naming it) and the chart reads it; 撤销上次操作 removes both. Pure: no Office here.
 */
import { address, columnIndex, isBlank, parseRange, type CellRange, type CellValue, type Grid } from '../core/base/grid';
import type { RecognizedColumn, RecognizedTable } from '../core/recognize/types';
import { emptyPlan, type EditPlan } from '../core/base/plan';
import type { Target } from '../core/targets';
import { maxOf } from '../core/base/arrays';
import { numberOf } from '../core/base/values';

const CHARTABLE_KINDS = new Set(['rate', 'permille', 'days', 'ratio', 'count']);

/** columns worth a chart: indicators, and numeric fields */
export function chartableColumns(table: RecognizedTable): RecognizedColumn[] {
  return table.columns.filter((c) => c.role === 'indicator' || (c.role === 'field' && CHARTABLE_KINDS.has(c.valueKind)));
}

/** the longest run of consecutive unit rows (sheet row numbers), so a total in between is not drawn as a unit */
export function unitRowRun(table: RecognizedTable): { first: number; last: number } | null {
  const rows = table.rows.filter((r) => r.role === 'unit').map((r) => r.row).sort((a, b) => a - b);
  let best: { first: number; last: number } | null = null;
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i === rows.length || rows[i] !== rows[i - 1] + 1) {
      if (rows.length && (!best || rows[i - 1] - rows[start] > best.last - best.first)) best = { first: rows[start], last: rows[i - 1] };
      start = i;
    }
  }
  return best;
}

function cellAt(grid: Grid | null, row: number, col: number): CellValue | undefined {
  if (!grid) return undefined;
  return grid.values[row - grid.origin.row]?.[col - grid.origin.col];
}

/** the cells of a column (sheet rows top..bottom, 0-based) that hold a number as text */
export function textNumbers(grid: Grid | null, top: number, bottom: number, col: number): { row: number; text: string }[] {
  const out: { row: number; text: string }[] = [];
  for (let row = top; row <= bottom; row++) {
    const v = cellAt(grid, row, col);
    if (typeof v === 'string' && numberOf(v) !== null) out.push({ row, text: v });
  }
  return out;
}

function columnIsFree(grid: Grid | null, col: number, top: number, bottom: number): boolean {
  if (!grid) return true;
  const c = col - grid.origin.col;
  for (let row = top; row <= bottom; row++) {
    const r = row - grid.origin.row;
    if (r >= 0 && r < grid.values.length && c >= 0 && c < (grid.values[0]?.length ?? 0) && !isBlank(grid.values[r][c])) return false;
  }
  return true;
}

export interface ChartRequest {
  table: RecognizedTable;
  column: RecognizedColumn;
  /** the series' name (the indicator's Chinese name) */
  name: string;
  /** the target, or null for the indicator alone */
  target: Target | null;
  /** the number format of the target cells (the indicator's: `0.00%`) */
  numberFormat: string;
  /** the sheet's grid, to put the target column in a free column */
  grid: Grid | null;
}

export function planIndicatorChart(req: ChartRequest): EditPlan {
  const { table, column } = req;
  const range = parseRange(table.range);
  const units = unitRowRun(table);
  if (!range || !units || !table.unitColumn) throw new Error('这张表没有可画图的单位行。请先在「识别」页确认单位列。');
  const top = units.first - 1;
  const bottom = units.last - 1;
  const valueCol = columnIndex(column.column);
  const categories: CellRange = { top, bottom, left: columnIndex(table.unitColumn), right: columnIndex(table.unitColumn) };
  const plan = emptyPlan();
  const series: EditPlan['charts'][number]['series'] = [{ name: req.name, range: { top, bottom, left: valueCol, right: valueCol } }];
  let lastCol = range.right;
  const headerRow = (table.headerRows.length ? maxOf(table.headerRows) : units.first - 1) - 1;
  const freeColumn = () => {
    let col = lastCol + 1;
    while (!columnIsFree(req.grid, col, range.top, bottom)) col++;
    lastCol = col;
    return col;
  };
  // Excel draws no bar for a number written as text ("89.29%"): such a unit would silently vanish from the
  // chart, so the chart reads a column of the numbers beside the table instead, and the preview says why
  const texts = textNumbers(req.grid, top, bottom, valueCol);
  if (texts.length) {
    const col = freeColumn();
    const label = `${req.name}（图表数值）`;
    plan.writes.push({ sheet: table.sheet, row: headerRow, col, value: label, bold: true, label });
    for (let row = top; row <= bottom; row++) {
      const v = cellAt(req.grid, row, valueCol);
      // a number stays linked to its cell; text is written as the number it says
      plan.writes.push(
        typeof v === 'number'
          ? { sheet: table.sheet, row, col, formula: `=${address(row, valueCol)}`, value: v, numberFormat: req.numberFormat, label }
          : { sheet: table.sheet, row, col, value: numberOf(v), numberFormat: req.numberFormat, label },
      );
    }
    plan.columnWidths.push({ sheet: table.sheet, col, width: Math.max(10, label.length * 2) });
    series[0] = { name: req.name, range: { top, bottom, left: col, right: col } };
    plan.summary.push(
      `${texts.map((t) => `${column.column}${t.row + 1}「${t.text}」`).join('、')} 是文字，Excel 图表不画文字：在表旁写入一列数值「${label}」供图表使用，${units.last - units.first + 1} 个单位都画出`,
    );
  }
  const hasTarget = req.target && req.target.value !== null && !req.target.notAssessed;
  if (hasTarget) {
    const col = freeColumn();
    const label = `目标（${req.name} ${req.target!.text}）`;
    plan.writes.push({ sheet: table.sheet, row: headerRow, col, value: label, bold: true, label });
    for (let row = top; row <= bottom; row++) {
      plan.writes.push({ sheet: table.sheet, row, col, value: req.target!.value, numberFormat: req.numberFormat, label: `${req.name}目标` });
    }
    plan.columnWidths.push({ sheet: table.sheet, col, width: Math.max(10, label.length * 2) });
    series.push({ name: `目标 ${req.target!.text}`, range: { top, bottom, left: col, right: col }, kind: 'line' });
  }
  plan.charts.push({
    sheet: table.sheet,
    type: 'column',
    title: hasTarget ? `${req.name}（目标 ${req.target!.text}）` : req.name,
    categories,
    series,
    anchor: { row: range.top, col: lastCol + 2 },
  });
  plan.summary.push(`插入图表「${req.name}」：${units.last - units.first + 1} 个单位${hasTarget ? `，目标 ${req.target!.text} 画成一条线（目标值写在 ${table.sheet} 表旁一列）` : ''}`);
  return plan;
}
