/**
 * The fill engine's plans, applied through the adapter to the test host, evaluated by HyperFormula with the ZX
 * functions registered from the catalogue: every formula shows the value the engine expected.
 */
import * as path from 'path';
import { readWorkbook } from '../../src/cli/xlsx-read';
import { isErrorValue, type CellValue } from '../../src/core/base/grid';
import { planFill } from '../../src/core/kinds';
import { recognizeGrid } from '../../src/core/recognize';
import { applyPlan, forgetInMemoryUndo, inspectPlan, revertLastApply } from '../../src/excel/adapter';
import { installHost, workbookFrom } from './index';

const FIXTURES = path.join(__dirname, '..', 'fixtures');

function close(actual: unknown, expected: CellValue): boolean {
  if (isErrorValue(expected)) return actual === expected.error;
  if (typeof expected === 'number' && typeof actual === 'number') return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  if (expected === null) return actual === '' || actual === 0;
  return actual === expected;
}

describe.each(['unit-matrix.xlsx', 't2-base-data.xlsx', 't1-control-target-blank.xlsx', 'yoy.xlsx'])('%s filled on the test host', (file) => {
  beforeEach(() => forgetInMemoryUndo());

  test('every formula written evaluates to the value the engine expected; revert leaves the book as it was', async () => {
    const book = await readWorkbook(path.join(FIXTURES, file));
    const tables = book.flatMap((g) => recognizeGrid(g));
    const plan = planFill(book, tables, {});
    expect(plan.writes.length).toBeGreaterThan(0);
    const state = workbookFrom(book);
    installHost(state);
    const before = book.map((g) => state.snapshot(g.sheet));
    const { nonEmpty } = await inspectPlan(plan);
    await applyPlan(plan, nonEmpty);
    const wrong: string[] = [];
    for (const w of plan.writes) {
      if (!w.formula) continue;
      const sheet = state.sheetByName(w.sheet)!;
      expect(state.formula(sheet, w.row, w.col)).toBe(w.formula);
      const shown = state.value(sheet, w.row, w.col);
      if (!close(shown, w.value)) wrong.push(`${w.sheet}!R${w.row + 1}C${w.col + 1} ${w.formula}: host ${JSON.stringify(shown)}, engine ${JSON.stringify(w.value)}`);
    }
    expect(wrong).toEqual([]);
    await revertLastApply();
    expect(book.map((g) => state.snapshot(g.sheet))).toEqual(before);
  });
});
