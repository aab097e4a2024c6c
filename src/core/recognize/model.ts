/**
 * What the recognition stages hand each other: the grid read once (cell classes, occupancy), and the rows and
 * columns as the contract describes them plus their grid-relative position. Also the two number readings
 * several stages share (a cell's number, agreement within rounding).
 */
import type { Grid } from '../base/grid';
import { parseCellValue } from '../base/values';
import type { CellClasses } from './cells';
import { THRESHOLD } from './confidence';
import type { Occupancy } from './occupancy';
import type { RecognizedColumn, RecognizedRow } from './types';

/** The grid as every stage reads it: values, each cell's class, which cells are occupied or merged. */
export interface Context {
  grid: Grid;
  classes: CellClasses;
  o: Occupancy;
}

/** A recognised column with what the recogniser keeps besides the contract (grid-relative position). */
export interface ColumnModel extends RecognizedColumn {
  c: number;
}

/** A recognised row with its grid-relative position. */
export interface RowModel extends RecognizedRow {
  r: number;
}

/** The number in a cell (typed or written as text), or null. */
export function numberAt(grid: Grid, r: number, c: number): number | null {
  const v = grid.values[r][c];
  if (typeof v === 'number') return v;
  const p = parseCellValue(v);
  return p.kind === 'number' ? p.value : null;
}

/** two figures agree: equal but for floating-point error */
export const near = (a: number, b: number) => Math.abs(a - b) <= THRESHOLD.sumTolerance * Math.max(1, Math.abs(a), Math.abs(b));

/** a confidence as the contract prints it: 0..1, two decimals */
export function roundConf(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}

/** the columns of figures: all but the serial and label columns */
export function figureColumns(columns: ColumnModel[]): ColumnModel[] {
  return columns.filter((x) => x.role !== 'serial' && x.role !== 'unit');
}
