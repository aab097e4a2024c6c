/**
 * Check an EditPlan's expected values with a real formula engine: the workbook's grids and the plan's writes
 * go into HyperFormula (a dev dependency, GPL: tests only), with the ZX functions registered from the
 * catalogue's FunctionDefs (the test host's registration), and every written formula is evaluated there.
 */
import { ALL_FUNCTIONS } from '../../src/core/functions/registry';
import { applyFunction } from '../../src/core/functions/apply';
import { address, isErrorValue, type CellValue, type Grid } from '../../src/core/base/grid';
import type { EditPlan } from '../../src/core/base/plan';
import { newFormulaEngine, registerZxFunctions } from '../host/formulas';
import { DetailedCellError, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';

/**
 * HyperFormula 3 has no RANK.EQ. Excel's definition, for the check only: 1 + the count of numbers in the
 * range better than x (greater for order 0, smaller for order 1); ties share a rank; #N/A when x is absent.
 */
class RankEqPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    'RANK.EQ': {
      method: 'rankEq',
      parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.RANGE }, { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 }],
    },
  };
  rankEq(ast: { args: never[] }, state: never): unknown {
    const self = this as unknown as { runFunction(...a: unknown[]): unknown; metadata(n: string): unknown };
    return self.runFunction(ast.args, state, self.metadata('RANK.EQ'), (x: number, range: SimpleRangeValue, order: number) => {
      const numbers = range.valuesFromTopLeftCorner().filter((v): v is number => typeof v === 'number');
      if (!numbers.includes(x)) return new DetailedCellError({ type: 'NA' } as never, '#N/A');
      return 1 + numbers.filter((v) => (order ? v < x : v > x)).length;
    });
  }
}
let rankRegistered = false;

export interface Disagreement {
  cell: string;
  formula: string;
  expected: CellValue;
  engine: unknown;
}

function same(expected: CellValue, actual: unknown): boolean {
  if (isErrorValue(expected)) return actual instanceof DetailedCellError && actual.value === expected.error;
  if (typeof expected === 'number') return typeof actual === 'number' && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  if (expected === null) return actual === null || actual === 0 || actual === '';
  return actual === expected;
}

/** Evaluate every formula of the plan in HyperFormula; return the writes whose expected value differs. */
export function checkWithHyperFormula(book: Grid[], plan: EditPlan): { checked: number; disagreements: Disagreement[] } {
  registerZxFunctions(ALL_FUNCTIONS, applyFunction as never);
  if (!rankRegistered) {
    HyperFormula.registerFunctionPlugin(RankEqPlugin as never, { enGB: { 'RANK.EQ': 'RANK.EQ' }, enUS: { 'RANK.EQ': 'RANK.EQ' } } as never);
    rankRegistered = true;
  }
  const hf = newFormulaEngine();
  const ids = new Map<string, number>();
  const sheetId = (name: string) => {
    if (!ids.has(name)) {
      hf.addSheet(name);
      ids.set(name, hf.getSheetId(name)!);
    }
    return ids.get(name)!;
  };
  hf.suspendEvaluation();
  for (const g of book) {
    const id = sheetId(g.sheet);
    g.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || isErrorValue(v)) return;
        hf.setCellContents({ sheet: id, row: g.origin.row + r, col: g.origin.col + c }, v);
      }),
    );
  }
  for (const s of plan.newSheets) sheetId(s);
  for (const w of plan.writes) {
    const content = w.formula ?? (isErrorValue(w.value) ? null : w.value);
    hf.setCellContents({ sheet: sheetId(w.sheet), row: w.row, col: w.col }, content as never);
  }
  hf.resumeEvaluation();
  const disagreements: Disagreement[] = [];
  let checked = 0;
  for (const w of plan.writes) {
    if (!w.formula) continue;
    checked++;
    const engine = hf.getCellValue({ sheet: sheetId(w.sheet), row: w.row, col: w.col });
    if (!same(w.value, engine)) disagreements.push({ cell: `${w.sheet}!${address(w.row, w.col)}`, formula: w.formula, expected: w.value, engine });
  }
  hf.destroy();
  return { checked, disagreements };
}
