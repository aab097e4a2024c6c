/** Shared by the recognition tests: the fixtures, read as the command line reads them, and short signatures. */
import * as path from 'path';
import { readWorkbook } from '../../src/cli/xlsx-read';
import type { CellRange, CellValue, Grid } from '../../src/core/base/grid';
import type { RecognizedColumn, RecognizedRow } from '../../src/core/recognize/types';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');

export async function loadFixture(name: string): Promise<Grid[]> {
  return readWorkbook(path.join(FIXTURES, name));
}

/** `LETTER header›path | role field-or-indicator[ @level] period valueKind` */
export function columnSignature(c: RecognizedColumn): string {
  return `${c.column} ${c.header.join('›') || '-'} | ${c.role} ${c.field ?? c.indicator ?? '-'}${c.level ? ' @' + c.level : ''} ${c.period ?? '-'} ${c.valueKind}`;
}

/** `ROW role label level[ indicator]` */
export function rowSignature(r: RecognizedRow): string {
  return `${r.row} ${r.role} ${r.label || '-'} ${r.level ?? '-'}${r.indicator ? ' ' + r.indicator : ''}`;
}

/** A grid from rows of values (A1-anchored unless `origin` is given), padded to a rectangle. */
export function gridOf(rows: CellValue[][], extra: { sheet?: string; merges?: CellRange[]; formats?: Record<string, string>; origin?: { row: number; col: number } } = {}): Grid {
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]);
  const numberFormats = values.map((r) => r.map(() => null as string | null));
  for (const [addr, fmt] of Object.entries(extra.formats ?? {})) {
    const m = /^([A-Z]+)(\d+)$/.exec(addr)!;
    const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    numberFormats[Number(m[2]) - 1 - (extra.origin?.row ?? 0)][col - (extra.origin?.col ?? 0)] = fmt;
  }
  return { sheet: extra.sheet ?? 'Sheet1', origin: extra.origin ?? { row: 0, col: 0 }, values, numberFormats, merges: extra.merges ?? [] };
}
