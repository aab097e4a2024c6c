/** Verification by kind: each table gets the checks its kind's record lists. */
import type { Grid } from '../base/grid';
import type { RecognizedTable } from '../recognize/types';
import { verifyBook as verifyBookOf, verifyTables as verifyTablesOf, type VerifyOptions, type VerifyReport } from '../verify';
import { tableKind } from '.';

const byKind = (options: VerifyOptions): VerifyOptions => ({ ...options, checks: (kind) => tableKind(kind).checks });

/** Verify the recognised tables of one grid, each by the checks of its kind. */
export function verifyTables(grid: Grid, tables: RecognizedTable[], options: VerifyOptions = {}): VerifyReport {
  return verifyTablesOf(grid, tables, byKind(options));
}

/** Verify several grids (a workbook) and merge the reports. */
export function verifyBook(grids: Grid[], tablesBySheet: Map<string, RecognizedTable[]>, options: VerifyOptions = {}): VerifyReport {
  return verifyBookOf(grids, tablesBySheet, byKind(options));
}
