/**
 * Re-running is safe in the pane: the task pane reads the workbook (readBook), plans with the same planFill and
 * applies through the adapter. On its own output the second fill asks to confirm nothing, leaves the workbook as
 * it was — cells, formats, merges, widths and conditional formats — and its undo changes nothing either.
 */
import * as path from 'path';
import { readWorkbook } from '../../src/cli/xlsx-read';
import { planFill } from '../../src/core/kinds';
import { recognizeGrid } from '../../src/core/recognize';
import { applyPlan, forgetInMemoryUndo, inspectPlan, readBook, revertLastApply } from '../../src/excel/adapter';
import { installHost, workbookFrom } from './index';

const FIXTURES = path.join(__dirname, '..', 'fixtures');

async function paneFill(options: Parameters<typeof planFill>[2] = {}) {
  const grids = await Excel.run((context) => readBook(context));
  const plan = planFill(grids, grids.flatMap((g) => recognizeGrid(g)), options);
  const { nonEmpty } = await inspectPlan(plan);
  return { plan, nonEmpty, apply: () => applyPlan(plan, nonEmpty) };
}

describe.each(['unit-matrix.xlsx', 'yoy.xlsx', 'multi-table.xlsx', 't4-indicator-list.xlsx'])('%s filled twice in the pane', (file) => {
  beforeEach(() => forgetInMemoryUndo());

  test('the second fill confirms nothing, adds no rule and changes nothing; its undo leaves the first fill in place', async () => {
    const book = await readWorkbook(path.join(FIXTURES, file));
    const state = workbookFrom(book);
    const { uninstall } = installHost(state);
    try {
      const first = await paneFill({ targets: '延边2019' });
      expect(first.plan.conditionalFormats.length).toBeGreaterThan(0);
      await first.apply();
      const sheets = state.sheets.map((s) => s.name);
      const afterFirst = sheets.map((s) => state.snapshot(s));

      const second = await paneFill({ targets: '延边2019' });
      expect(second.plan.writes.length).toBe(first.plan.writes.length);
      expect(second.plan.overwrites).toEqual([]);
      expect(second.nonEmpty).toEqual([]);
      expect(second.plan.conditionalFormats).toEqual([]);
      await second.apply();
      expect(sheets.map((s) => state.snapshot(s))).toEqual(afterFirst);

      await revertLastApply();
      expect(sheets.map((s) => state.snapshot(s))).toEqual(afterFirst);
    } finally {
      uninstall();
    }
  });
});
