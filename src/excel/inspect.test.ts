import { emptyPlan } from '../core/base/plan';
import { installHost, WorkbookState } from '../../test/host';
import { inspectPlan, mergeClearedCells, PlanSheetError, writeTargets } from './inspect';

function host(rows: (string | number | null)[][], sheet = '表'): WorkbookState {
  const state = new WorkbookState();
  state.seedGrid({ sheet, origin: { row: 0, col: 0 }, values: rows });
  installHost(state);
  return state;
}

describe('inspectPlan', () => {
  test('names a replaced formula by its formula, and leaves empty cells out', async () => {
    const state = host([
      ['院别', '结案'],
      ['甲法院', 90],
      ['合计', null],
    ]);
    state.setInput(state.sheets[0], 2, 1, '=SUM(B2:B2)');
    const plan = emptyPlan();
    plan.writes = [
      { sheet: '表', row: 2, col: 1, value: 90 },
      { sheet: '表', row: 2, col: 2, value: 1 },
    ];
    expect((await inspectPlan(plan)).nonEmpty).toEqual([{ sheet: '表', row: 2, col: 1, previous: 90, previousFormula: '=SUM(B2:B2)' }]);
  });

  test('a sheet the plan creates that exists already is named, and its cells are inspected like any other', async () => {
    const state = host([['旧说明']], '说明');
    state.seedGrid({ sheet: '表', origin: { row: 0, col: 0 }, values: [['院别']] });
    const plan = emptyPlan();
    plan.newSheets = ['说明', '图表'];
    plan.writes = [
      { sheet: '说明', row: 0, col: 0, value: '由质效助手生成' },
      { sheet: '图表', row: 0, col: 0, value: '图' },
    ];
    expect(await inspectPlan(plan)).toEqual({
      nonEmpty: [{ sheet: '说明', row: 0, col: 0, previous: '旧说明', previousFormula: null }],
      existingNewSheets: ['说明'],
    });
  });

  test('a write to a sheet that neither exists nor is created is refused, with nothing read', async () => {
    const state = host([['院别']]);
    const plan = emptyPlan();
    plan.writes = [{ sheet: '没有的表', row: 0, col: 0, value: 1 }];
    const before = state.syncs.length;
    await expect(inspectPlan(plan)).rejects.toBeInstanceOf(PlanSheetError);
    expect(state.syncs.length - before).toBe(1); // the sheet names only
  });

  test('a read of the targets Excel refuses as too large is cut in half and retried', async () => {
    const rows = 2000;
    const state = host(Array.from({ length: rows }, (_, r) => [`第 ${r + 1} 行`, `手填 ${r + 1}`]));
    state.payloadLimitBytes = 60 * 1024; // the column's ~80 KB in one response is refused, its halves are not
    const plan = emptyPlan();
    for (let r = 0; r < rows; r++) plan.writes.push({ sheet: '表', row: r, col: 1, value: r });
    const { nonEmpty } = await inspectPlan(plan);
    expect(nonEmpty).toHaveLength(rows);
    expect(nonEmpty[rows - 1]).toEqual({ sheet: '表', row: rows - 1, col: 1, previous: `手填 ${rows}`, previousFormula: null });
    expect(state.syncs.some((s) => s.responseBytes > state.payloadLimitBytes)).toBe(true); // it was refused once
  });
});

describe('the targets of a plan', () => {
  test('written cells become few rectangles per sheet; a filter keeps only some writes', () => {
    const plan = emptyPlan();
    for (let row = 1; row <= 10; row++) for (const col of [4, 5]) plan.writes.push({ sheet: '表', row, col, value: 1, bold: row === 1 ? true : undefined });
    plan.writes.push({ sheet: '其他', row: 0, col: 0, value: 1 });
    expect(writeTargets(plan)).toEqual([
      { sheet: '表', rect: { top: 1, left: 4, bottom: 10, right: 5 } },
      { sheet: '其他', rect: { top: 0, left: 0, bottom: 0, right: 0 } },
    ]);
    expect(writeTargets(plan, (w) => w.bold !== undefined)).toEqual([{ sheet: '表', rect: { top: 1, left: 4, bottom: 1, right: 5 } }]);
  });

  test('a merge clears the cells of its range the plan does not write, on sheets that exist', () => {
    const plan = emptyPlan();
    plan.writes = [{ sheet: '表', row: 0, col: 0, value: '标题' }];
    plan.merges = [
      { sheet: '表', range: { top: 0, left: 0, bottom: 1, right: 2 } },
      { sheet: '新表', range: { top: 0, left: 0, bottom: 0, right: 3 } },
    ];
    expect(mergeClearedCells(plan, new Set(['表']))).toEqual([
      { sheet: '表', rect: { top: 1, left: 0, bottom: 1, right: 0 } },
      { sheet: '表', rect: { top: 0, left: 1, bottom: 1, right: 2 } },
    ]);
  });
});
