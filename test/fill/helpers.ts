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

import type { EditPlan } from '../../src/core/base/plan';
import type { CellValue as Value } from '../../src/core/base/grid';

/**
 * The workbook after a plan, in memory, as an adapter would leave it: each write's value (a formula's expected
 * value as its cached result) and formula, new sheets, merges and conditional formats. The grids given are not
 * changed; the grids returned are anchored where the given ones were, grown to hold every write.
 */
export function applyToBook(book: Grid[], plan: EditPlan): Grid[] {
  const out: Grid[] = book.map((g) => ({
    ...g,
    values: g.values.map((r) => [...r]),
    formulas: (g.formulas ?? g.values.map((r) => r.map(() => null))).map((r) => [...r]),
    numberFormats: (g.numberFormats ?? g.values.map((r) => r.map(() => null))).map((r) => [...r]),
    merges: [...(g.merges ?? [])],
    ...(g.conditionalFormats ? { conditionalFormats: [...g.conditionalFormats] } : {}),
  }));
  const gridOf = (sheet: string): Grid => {
    let g = out.find((x) => x.sheet === sheet);
    if (!g) out.push((g = { sheet, origin: { row: 0, col: 0 }, values: [], formulas: [], numberFormats: [], merges: [] }));
    return g;
  };
  for (const s of plan.newSheets) gridOf(s);
  const grow = (g: Grid, r: number, c: number) => {
    const width = Math.max(c + 1, g.values[0]?.length ?? 0);
    while (g.values.length <= r) {
      g.values.push([]);
      g.formulas!.push([]);
      g.numberFormats!.push([]);
    }
    for (let i = 0; i < g.values.length; i++) {
      while (g.values[i].length < width) {
        g.values[i].push(null);
        g.formulas![i].push(null);
        g.numberFormats![i].push(null);
      }
    }
  };
  for (const w of plan.writes) {
    const g = gridOf(w.sheet);
    const r = w.row - g.origin.row;
    const c = w.col - g.origin.col;
    if (r < 0 || c < 0) throw new Error(`write ${w.sheet}!R${w.row + 1}C${w.col + 1} lies before the grid's origin`);
    grow(g, r, c);
    g.values[r][c] = w.value as Value;
    g.formulas![r][c] = w.formula ?? null;
    if (w.numberFormat) g.numberFormats![r][c] = w.numberFormat;
  }
  for (const m of plan.merges) {
    const g = gridOf(m.sheet);
    const range = { top: m.range.top - g.origin.row, left: m.range.left - g.origin.col, bottom: m.range.bottom - g.origin.row, right: m.range.right - g.origin.col };
    if (!g.merges!.some((x) => x.top === range.top && x.left === range.left && x.bottom === range.bottom && x.right === range.right)) g.merges!.push(range);
  }
  for (const cf of plan.conditionalFormats) {
    const g = gridOf(cf.sheet);
    const { sheet: _sheet, ...rule } = cf;
    g.conditionalFormats = [
      ...(g.conditionalFormats ?? []),
      { ...rule, range: { top: cf.range.top - g.origin.row, left: cf.range.left - g.origin.col, bottom: cf.range.bottom - g.origin.row, right: cf.range.right - g.origin.col } },
    ];
  }
  return out;
}
