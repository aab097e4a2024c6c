/** Shared helpers of the fill tests: evaluate expressions on literal figures, build RecognizedTables by hand. */
import { FUNCTIONS_BY_ID } from '../../src/core/functions/registry';
import { evaluate, num, type Expr } from '../../src/core/functions/formula';
import type { CellValue } from '../../src/core/base/grid';
import type { ScoreLevel, ScoreSource, Year } from '../../src/core/scoring';

/** evaluate an expression that refers to no cell */
export function value(expr: Expr): CellValue {
  return evaluate(expr, { cell: () => null, functions: FUNCTIONS_BY_ID });
}

/** a ScoreSource over literal figures: { 二审改判数: [this, last] } */
export function literalSource(level: ScoreLevel, figures: Record<string, [number, number] | number>): ScoreSource {
  return {
    level,
    field(name: string, year: Year) {
      const f = figures[name];
      if (f === undefined) return null;
      if (typeof f === 'number') return year === 'this' ? num(f) : null;
      return num(year === 'this' ? f[0] : f[1]);
    },
    input(synonyms: string[]) {
      for (const s of synonyms) if (typeof figures[s] === 'number') return num(figures[s] as number);
      return null;
    },
  };
}

import { findField, findIndicator } from '../../src/core/catalog';
import { columnLetter, type Grid } from '../../src/core/base/grid';
import type { RecognizedTable, UnitLevel } from '../../src/core/recognize/types';

/**
 * A one-header-row unit matrix at A1 as a Grid and its recognition, built by hand so the fill's tests do not
 * depend on the recogniser: column A the units, the other headers catalogue field or indicator names.
 */
export function handTable(sheet: string, headers: string[], rows: (string | number | null)[][], kind: RecognizedTable['kind'] = 'unit-matrix'): { grid: Grid; table: RecognizedTable } {
  const values = [headers, ...rows];
  const grid: Grid = { sheet, origin: { row: 0, col: 0 }, values };
  const levelOf = (label: string): UnitLevel | null => (/合计|总计|全市/.test(label) ? '全市' : /中院/.test(label) ? '中院' : /法院/.test(label) ? '基层' : null);
  const table: RecognizedTable = {
    sheet,
    range: `A1:${columnLetter(headers.length - 1)}${rows.length + 1}`,
    kind,
    headerRows: [1],
    unitColumn: 'A',
    rows: rows.map((r, i) => {
      const label = String(r[0]);
      return { row: i + 2, role: /合计|总计/.test(label) ? 'total' : 'unit', label, level: levelOf(label) };
    }),
    columns: headers.map((h, j) => {
      const field = j === 0 ? null : (findField(h)?.name ?? null);
      const indicator = j === 0 || field ? null : (findIndicator(h)?.id ?? null);
      return {
        column: columnLetter(j),
        header: [h],
        role: j === 0 ? 'unit' : field ? 'field' : indicator ? 'indicator' : 'unknown',
        field,
        indicator,
        period: null,
        valueKind: j === 0 ? 'text' : 'count',
        confidence: 1,
        matched: h,
      };
    }),
    targets: [],
    meta: { title: null, unit: null, period: null, notes: [] },
  };
  return { grid, table };
}
