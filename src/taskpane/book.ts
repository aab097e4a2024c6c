/**
 * The workbook as the fill engine needs it: every visible sheet's grid, with the tables recognised on the
 * active sheet (as the user saw and corrected them) and the tables of the other sheets (a target table, the
 * base data a score table is computed from).
 */
import type { Grid } from '../core/base/grid';
import type { RecognizedTable } from '../core/recognize/types';
import { readBook } from '../excel/adapter';
import { recognizeGrid } from './engine';

export interface Book {
  grids: Grid[];
  /** the pane's tables first (their indices are the pane's), then the other sheets' tables */
  tables: RecognizedTable[];
}

export async function loadBook(paneTables: RecognizedTable[], onProgress?: (done: number, total: number) => void): Promise<Book> {
  const grids = await Excel.run((context) => readBook(context, onProgress));
  const seen = new Set(paneTables.map((t) => t.sheet));
  const others = grids.filter((g) => !seen.has(g.sheet)).flatMap((g) => recognizeGrid(g));
  return { grids, tables: [...paneTables, ...others] };
}
