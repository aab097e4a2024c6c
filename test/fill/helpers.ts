/** Shared helpers of the fill tests: evaluate expressions on literal figures, build RecognizedTables by hand. */
import { functionRegistry } from '../../src/core/fill';
import { evaluate, num, type Expr } from '../../src/core/fill/formula';
import type { CellValue } from '../../src/core/grid';
import type { ScoreLevel, ScoreSource, Year } from '../../src/core/scoring';

/** evaluate an expression that refers to no cell */
export function value(expr: Expr): CellValue {
  return evaluate(expr, { cell: () => null, functions: functionRegistry() });
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
