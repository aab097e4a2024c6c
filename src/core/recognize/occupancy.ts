/**
 * Which cells of a grid are occupied — a value, or any cell of a merged area with a value — and which merge
 * covers a cell: what cutting a sheet into tables (./blocks.ts) and reading a header (./header.ts) look at.
 */
import type { CellRange, Grid } from '../base/grid';
import { labelKey } from '../base/text';
import type { CellClasses } from './cells';

/** Which cells are occupied: a value, or any cell of a merged area. */
export class Occupancy {
  readonly occ: Uint8Array;
  /** merge master (r * cols + c) → its area, and each covered cell → the master's index */
  readonly coveredBy = new Map<number, number>();
  readonly mergeAt = new Map<number, CellRange>();

  constructor(readonly grid: Grid, readonly classes: CellClasses) {
    const { rows, cols } = classes;
    this.occ = new Uint8Array(rows * cols);
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (!classes.isEmpty(r, c)) this.occ[r * cols + c] = 1;
    for (const m of grid.merges ?? []) {
      const master = m.top * cols + m.left;
      this.mergeAt.set(master, m);
      for (let r = m.top; r <= Math.min(m.bottom, rows - 1); r++) {
        for (let c = m.left; c <= Math.min(m.right, cols - 1); c++) {
          if (r === m.top && c === m.left) continue;
          this.coveredBy.set(r * cols + c, master);
          // a merged area with a value occupies all its cells; an empty merged area occupies nothing
          if (!classes.isEmpty(m.top, m.left)) this.occ[r * cols + c] = 1;
        }
      }
    }
  }

  isOccupied(r: number, c: number): boolean {
    return this.occ[r * this.classes.cols + c] === 1;
  }

  /** the merged area whose top-left is (r, c), or null */
  mergeOf(r: number, c: number): CellRange | null {
    return this.mergeAt.get(r * this.classes.cols + c) ?? null;
  }

  /** the top-left (r, c) of the merge covering a cell, or the cell itself */
  masterOf(r: number, c: number): [number, number] {
    const m = this.coveredBy.get(r * this.classes.cols + c);
    if (m === undefined) return [r, c];
    return [Math.floor(m / this.classes.cols), m % this.classes.cols];
  }
}

/** a cell's text as the vocabulary matches it (traditional characters folded: `合計`, `院別`) */
export function textAt(o: Occupancy, r: number, c: number): string {
  return labelKey(o.grid.values[r]?.[c]);
}
