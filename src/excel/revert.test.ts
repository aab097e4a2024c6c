import { emptyPlan, type EditPlan } from '../core/base/plan';
import { installHost, WorkbookState } from '../../test/host';
import { applyPlan } from './apply';
import { inspectPlan } from './inspect';
import { forget } from './last-apply';
import { revertLastApply } from './revert';

/** a small table with a formula, a text number format, a styled cell and a sized column */
function tableHost(): WorkbookState {
  const state = new WorkbookState();
  const sheet = state.seedGrid({
    sheet: '表',
    origin: { row: 0, col: 0 },
    values: [
      ['院别', '结案', '受理', '备注'],
      ['甲法院', 90, 100, '手填'],
      ['乙法院', 45, 50, null],
    ],
    numberFormats: [
      [null, null, null, null],
      [null, '0', null, '@'],
      [null, '0', null, null],
    ],
  });
  state.setInput(sheet, 3, 1, '=SUM(B2:B3)');
  state.setStyle(sheet, 0, 3, { fill: '#FFFF00', bold: true, align: 'Center' });
  sheet.columnWidths.set(3, 80);
  installHost(state);
  return state;
}

/** overwrites 备注 (a styled header, a text cell, an empty cell) and the total's formula; adds a column; sizes, merges */
function overwritingPlan(): EditPlan {
  const plan = emptyPlan();
  plan.writes = [
    { sheet: '表', row: 0, col: 3, value: '结案率', fill: '#DDEBF7', bold: false, align: 'left' },
    { sheet: '表', row: 1, col: 3, formula: '=B2/C2', value: 0.9, numberFormat: '0.00%' },
    { sheet: '表', row: 2, col: 3, formula: '=B3/C3', value: 0.9, numberFormat: '0.00%' },
    { sheet: '表', row: 3, col: 1, value: 135 },
    { sheet: '表', row: 0, col: 4, value: '说明', bold: true },
  ];
  plan.merges = [{ sheet: '表', range: { top: 5, left: 0, bottom: 5, right: 3 } }];
  plan.columnWidths = [
    { sheet: '表', col: 3, width: 12 },
    { sheet: '表', col: 4, width: 20 },
  ];
  plan.summary = ['添加结案率列'];
  return plan;
}

async function apply(plan: EditPlan): Promise<void> {
  await applyPlan(plan, (await inspectPlan(plan)).nonEmpty);
}

describe('revertLastApply', () => {
  beforeEach(() => forget());

  test('restores exactly what the apply replaced — values, formulas, formats, styles, widths — and touches nothing else', async () => {
    const state = tableHost();
    const sheet = state.sheets[0];
    const before = state.snapshot('表');
    await apply(overwritingPlan());
    expect(state.formula(sheet, 3, 1)).toBe(135);
    // the user goes on working beside the table: that edit is not the apply's, and stays
    state.setInput(sheet, 8, 0, '复核人：张三');
    const result = await revertLastApply();
    expect(result).toEqual({ summary: '添加结案率列', cellsRestored: 5 + 4 }); // the five written, and the merged row's four, which the plan does not write
    expect(state.value(sheet, 8, 0)).toBe('复核人：张三');
    state.setInput(sheet, 8, 0, null);
    expect(state.snapshot('表')).toEqual(before);
    expect(state.formula(sheet, 3, 1)).toBe('=SUM(B2:B3)');
    expect(state.numberFormat(sheet, 1, 3)).toBe('@');
    expect(state.cell(sheet, 0, 3)).toMatchObject({ fill: '#FFFF00', bold: true, align: 'Center' });
    expect(sheet.columnWidths.get(3)).toBe(80);
    expect(state.xmlParts).toEqual([]);
  });

  test('takes two syncs with the record in memory, two more to read it from the workbook after a reload', async () => {
    const counts: number[] = [];
    for (const reloaded of [false, true]) {
      const state = tableHost();
      await apply(overwritingPlan());
      if (reloaded) forget();
      const before = state.syncs.length;
      expect(await revertLastApply()).not.toBeNull();
      counts.push(state.syncs.length - before);
    }
    expect(counts).toEqual([2, 4]);
  });

  test('undoes the last apply only: one level, and the apply before it stays', async () => {
    const state = tableHost();
    const sheet = state.sheets[0];
    const first = emptyPlan();
    first.writes = [{ sheet: '表', row: 1, col: 4, value: '第一次' }];
    first.summary = ['第一次'];
    await apply(first);
    const afterFirst = state.snapshot('表');
    const second = emptyPlan();
    second.writes = [{ sheet: '表', row: 1, col: 4, value: '第二次' }];
    second.summary = ['第二次'];
    await apply(second);
    expect((await revertLastApply())?.summary).toBe('第二次');
    expect(state.snapshot('表')).toEqual(afterFirst);
    expect(await revertLastApply()).toBeNull();
    expect(state.value(sheet, 1, 4)).toBe('第一次');
  });

  test('puts back the recorded cells whatever they hold now: an edit made in a written cell after the apply is lost', async () => {
    const state = tableHost();
    const sheet = state.sheets[0];
    await apply(overwritingPlan());
    state.setInput(sheet, 2, 3, '用户改过');
    await revertLastApply();
    expect(state.value(sheet, 2, 3)).toBe(''); // what it held before the apply: empty
  });

  test('deletes the sheets the apply created, with what was written there', async () => {
    const state = tableHost();
    const before = state.snapshot('表');
    const plan = emptyPlan();
    plan.newSheets = ['说明'];
    plan.writes = [
      { sheet: '说明', row: 0, col: 0, value: '由质效助手生成', bold: true },
      { sheet: '表', row: 4, col: 0, value: '见「说明」表' },
    ];
    plan.columnWidths = [{ sheet: '说明', col: 0, width: 30 }];
    await apply(plan);
    expect(state.sheetByName('说明')).toBeDefined();
    const result = await revertLastApply();
    expect(result?.cellsRestored).toBe(1); // only the cell on 表 had something to put back
    expect(state.sheetByName('说明')).toBeUndefined();
    expect(state.snapshot('表')).toEqual(before);
  });
});
