/** Verification by kind: the checks of src/core/verify run on the tables whose kind record says so. */
import type { Grid } from '../base/grid';
import type { RecognizedTable } from '../recognize/types';
import { verifyBook as verifyBookOf, verifyTables as verifyTablesOf, type VerifyOptions, type VerifyReport } from '../verify';
import { tableKind } from '.';

const verified = (tables: RecognizedTable[]) => tables.filter((t) => tableKind(t.kind).verified);

/** Verify the recognised tables of one grid (those of a kind that can be recomputed). */
export function verifyTables(grid: Grid, tables: RecognizedTable[], options: VerifyOptions = {}): VerifyReport {
  return verifyTablesOf(grid, verified(tables), options);
}

/** Verify several grids (a workbook) and merge the reports. */
export function verifyBook(grids: Grid[], tablesBySheet: Map<string, RecognizedTable[]>, options: VerifyOptions = {}): VerifyReport {
  return verifyBookOf(grids, new Map([...tablesBySheet].map(([sheet, tables]) => [sheet, verified(tables)])), options);
}
