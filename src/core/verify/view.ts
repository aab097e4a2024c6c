/**
 * A recognised table over its grid, as the checks read it: the published number of a cell (with the precision
 * and the unit it is shown with), a number for arithmetic, a cell's address, and the names of rows and columns
 * a finding's message uses.
 */
import { cellText } from '../base/text';
import { address, columnIndex, type CellValue, type Grid } from '../base/grid';
import { classify, shownDecimals, isPercentFormat } from '../recognize/cells';
import type { RecognizedColumn, RecognizedRow, RecognizedTable } from '../recognize/types';
import { PERIOD_PATTERNS } from '../recognize/vocabulary';
import { parseCellValue } from '../base/values';

/** a relation between columns is taken as meant when it holds on at least this share of rows */
export const RELATION_HOLDS = 0.5;

/** no rate is above 150%: a rate cell past this is a percent typed as a number (92.13 under 结案率(%)) */
export const RATE_AS_PERCENT_ABOVE = 1.5;

export interface Published {
  value: number;
  decimals: number | null;
  /** the cell was shown as a percent (format or text) */
  percent: boolean;
  permilleText: boolean;
  /** typed as `2.38个百分点`: a change in percentage points */
  pointsText?: boolean;
}

const CHANGE_ARROW = /^([↑↓▲▼△▽])(.+)$/;
const DOWN_ARROWS = /[↓▼▽]/;
const POINTS_TEXT = /^([+-]?\d+(?:\.\d+)?)个?百分点$/;

export class TableView {
  /** which grid rows are the table's rows (a row's index in the grid is its number less one less the origin's) */
  private readonly tableRow: Uint8Array;
  readonly colIndex = new Map<string, number>();
  /** column sums over a set of rows, by the rows array and the column's letter (./sums.ts) */
  readonly sums = new WeakMap<readonly RecognizedRow[], Map<string, number | null>>();
  constructor(readonly grid: Grid, readonly table: RecognizedTable) {
    this.tableRow = new Uint8Array(grid.values.length);
    for (const row of table.rows) {
      const r = row.row - 1 - grid.origin.row;
      if (r >= 0 && r < grid.values.length) this.tableRow[r] = 1;
    }
    for (const col of table.columns) this.colIndex.set(col.column, columnIndex(col.column) - grid.origin.col);
  }

  /** a row's index in the grid, when it is a row of the table */
  private gridRow(row: RecognizedRow): number {
    const r = row.row - 1 - this.grid.origin.row;
    return r >= 0 && r < this.tableRow.length && this.tableRow[r] === 1 ? r : -1;
  }

  raw(row: RecognizedRow, col: RecognizedColumn): CellValue {
    const r = this.gridRow(row);
    const c = this.colIndex.get(col.column)!;
    return r < 0 ? null : (this.grid.values[r][c] ?? null);
  }

  format(row: RecognizedRow, col: RecognizedColumn): string | null {
    const r = this.gridRow(row);
    const c = this.colIndex.get(col.column)!;
    return r < 0 ? null : (this.grid.numberFormats?.[r]?.[c] ?? null);
  }

  /** the published number of a cell, or null (blank, text, dash, error) */
  published(row: RecognizedRow, col: RecognizedColumn): Published | null {
    const v = this.raw(row, col);
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return null;
      const fmt = this.format(row, col);
      return { value: v, decimals: shownDecimals(v, fmt), percent: isPercentFormat(fmt), permilleText: false };
    }
    // a change written with an arrow: ↑2.1% is +2.1%, ↓1.5个百分点 is −1.5 points
    const arrow = typeof v === 'string' ? CHANGE_ARROW.exec(cellText(v)) : null;
    const text = arrow ? `${DOWN_ARROWS.test(arrow[1]) ? '-' : ''}${arrow[2]}` : v;
    const points = typeof text === 'string' ? POINTS_TEXT.exec(cellText(text)) : null;
    if (points) return { value: Number(points[1]), decimals: shownDecimals(points[1], null), percent: false, permilleText: false, pointsText: true };
    const p = parseCellValue(text);
    if (p.kind !== 'number') return null;
    const fmt = this.format(row, col);
    return {
      value: p.value,
      decimals: shownDecimals(text, fmt),
      percent: p.unit === '%' || (typeof v === 'number' && isPercentFormat(fmt)),
      permilleText: p.unit === '‰',
    };
  }

  /** a number for arithmetic: blank or a dash (not reported) is missing (null), other text is invalid (undefined) */
  number(row: RecognizedRow, col: RecognizedColumn): number | null | undefined {
    const v = this.raw(row, col);
    if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
    const p = parseCellValue(v);
    if (p.kind === 'number') return p.value;
    if (p.kind === 'missing' || classify(v, null) === 'dash') return null;
    return undefined;
  }

  cell(row: RecognizedRow, col: RecognizedColumn): string {
    return address(row.row - 1, columnIndex(col.column));
  }
}

/** a column as a finding names it: its header path, else its letter */
export function headerText(col: RecognizedColumn): string {
  return col.header.join('›') || col.column;
}

/** a row as a finding names it: its label, else its number */
export function rowName(row: RecognizedRow): string {
  return row.label || `第${row.row}行`;
}

/** a column's lowest header label */
export function leafOf(col: RecognizedColumn): string {
  return col.header[col.header.length - 1] ?? '';
}

/** the group labels above a column with period words taken out: `2023年 › 收案` and `同比 › 收案` share a measure */
export function measureGroup(col: RecognizedColumn): string {
  return col.header
    .slice(0, -1)
    .map((h) => PERIOD_PATTERNS.reduce((t, [re]) => t.replace(re, ''), h).replace(/^[()（）]+|[()（）]+$/g, ''))
    .filter(Boolean)
    .join('›');
}

/** the group labels above a column, as written */
export function group(col: RecognizedColumn): string {
  return col.header.slice(0, -1).join('›');
}
