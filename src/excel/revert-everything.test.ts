import { pushAll } from '../core/base/arrays';
import type { CellRange } from '../core/base/grid';
import { emptyPlan, type EditPlan } from '../core/base/plan';
import { installHost, WorkbookState } from '../../test/host';
import type { ConditionalFormatState } from '../../test/host/workbook';
import { applyPlan } from './apply';
import { inspectPlan } from './inspect';
import { forget } from './last-apply';
import { revertLastApply } from './revert';
import { queueMergeLists, queueRuleLists, readMergedAreas, readRules } from './rules';

const rect = (top: number, left: number, bottom: number, right: number): CellRange => ({ top, left, bottom, right });
const THIN = { style: 'Continuous', color: '#000000', weight: 'Thin' };

/**
 * 院别 | 结案率 (two header rows, B1:B2 merged) and two courts; column C, where the fill adds a column, carries the
 * user's own look, rules and an empty merged block C1:D2 beside the header.
 */
function decoratedHost(): WorkbookState {
  const state = new WorkbookState();
  const sheet = state.seedGrid({
    sheet: '表',
    origin: { row: 0, col: 0 },
    values: [
      ['院别', '结案率'],
      [null, null],
      ['甲法院', 0.9],
      ['乙法院', 0.8],
    ],
    merges: [rect(0, 0, 1, 0), rect(0, 1, 1, 1)],
  });
  // the table's look: what the added column copies
  for (const row of [0, 2, 3]) {
    state.setStyle(sheet, row, 1, {
      fill: row === 0 ? '#DDEBF7' : null,
      bold: row === 0,
      font: { name: '宋体', size: 12, color: '#1F4E79' },
      borders: { top: THIN, bottom: THIN, left: THIN, right: THIN },
      vAlign: 'Center',
    });
  }
  // the user's own look on the cells of column C
  for (const row of [0, 1, 2, 3]) {
    state.setStyle(sheet, row, 2, {
      fill: '#FFFF00',
      numberFormat: '0.0',
      font: { italic: true, underline: 'Single', strikethrough: true, color: '#FF0000', name: 'Arial', size: 9 },
      borders: { left: { style: 'Dash', color: '#FF0000', weight: 'Medium' }, bottom: { style: 'Double', color: '#00B050', weight: 'Thick' } },
      vAlign: 'Top',
      wrap: true,
      align: 'Right',
    });
  }
  sheet.merges.push(rect(0, 2, 1, 3));
  sheet.columnWidths.set(2, 30);
  // the user's rules, in this priority: one only on C3:C4 (stop if true), one on G (beside, untouched), one across
  // A3:E4 (the new column cuts it in two), a data bar on C1:C4
  const rules: ConditionalFormatState[] = [
    { id: '{U-custom}', range: rect(2, 2, 3, 2), type: 'Custom', rule: { formula1: '=C3>0.85' }, fill: null, fontColor: '#9C0006', font: { italic: true }, stopIfTrue: true },
    { id: '{U-beside}', range: rect(0, 6, 3, 6), type: 'CellValue', rule: { formula1: '=0', operator: 'EqualTo' }, fill: '#EEEEEE', fontColor: null },
    { id: '{U-across}', range: rect(2, 0, 3, 4), type: 'CellValue', rule: { formula1: '=0.5', operator: 'LessThan' }, fill: '#FFC7CE', fontColor: '#9C0006', font: { bold: true } },
    {
      id: '{U-bar}',
      range: rect(0, 2, 3, 2),
      type: 'DataBar',
      rule: null,
      fill: null,
      fontColor: null,
      details: { barDirection: 'LeftToRight', showDataBarOnly: false, positiveFormat: { fillColor: '#638EC6', gradientFill: true } },
    },
  ];
  pushAll(sheet.conditionalFormats, rules);
  installHost(state);
  return state;
}

/** 结案率目标 added in column C as the fill adds a column: header copied from B1 and merged over both header rows, body from B3:B4 */
function addedColumn(): EditPlan {
  const plan = emptyPlan();
  plan.writes = [
    { sheet: '表', row: 0, col: 2, value: '结案率目标', bold: true, align: 'center', styleFrom: { row: 0, col: 1 } },
    { sheet: '表', row: 2, col: 2, formula: '=B3-0.85', value: 0.05, numberFormat: '0.00%', styleFrom: { row: 2, col: 1 } },
    { sheet: '表', row: 3, col: 2, formula: '=B4-0.85', value: -0.05, numberFormat: '0.00%', styleFrom: { row: 3, col: 1 } },
  ];
  plan.merges = [{ sheet: '表', range: rect(0, 2, 1, 2) }];
  plan.conditionalFormats = [{ sheet: '表', range: rect(2, 2, 3, 2), operator: 'lessThan', formula: '0', fill: '#FFC7CE' }];
  plan.columnWidths = [{ sheet: '表', col: 2, width: 12 }];
  plan.summary = ['添加结案率目标列'];
  return plan;
}

async function apply(plan: EditPlan): Promise<void> {
  await applyPlan(plan, (await inspectPlan(plan)).nonEmpty);
}

describe('撤销上次操作 restores everything the apply touched', () => {
  beforeEach(() => forget());

  test('the added column took the table’s look and lost the user’s rules and merged block; the revert puts back fonts, borders, alignment, wrapping, rules and the merge', async () => {
    const state = decoratedHost();
    const sheet = state.sheets[0];
    const before = state.snapshot('表');
    await apply(addedColumn());
    // the apply did what it does: the table's font and borders, the plan's merge, only the plan's rule on C3:C4
    expect(state.cell(sheet, 2, 2)).toMatchObject({ font: { name: '宋体', size: 12, color: '#1F4E79' }, borders: { top: THIN }, vAlign: 'Center', numberFormat: '0.00%' });
    expect(sheet.merges).toContainEqual(rect(0, 2, 1, 2));
    expect(sheet.merges).not.toContainEqual(rect(0, 2, 1, 3));
    const onC = sheet.conditionalFormats.filter((f) => (f.areas ?? [f.range]).some((a) => a.left <= 2 && a.right >= 2 && a.bottom >= 2));
    expect(onC.map((f) => f.rule)).toEqual([{ formula1: '=0', operator: 'LessThan' }]);
    expect(sheet.conditionalFormats.find((f) => f.id === '{U-across}')!.areas).toEqual([rect(2, 0, 3, 1), rect(2, 3, 3, 4)]);

    await revertLastApply();
    const after = state.snapshot('表') as { conditionalFormats: unknown[] };
    expect(after.conditionalFormats).toEqual((before as { conditionalFormats: unknown[] }).conditionalFormats);
    expect(state.snapshot('表')).toEqual(before);
    expect(state.cell(sheet, 3, 2)?.font).toMatchObject({ italic: true, underline: 'Single', strikethrough: true, color: '#FF0000', name: 'Arial', size: 9 });
    expect(sheet.conditionalFormats.map((f) => f.type)).toEqual(['Custom', 'CellValue', 'CellValue', 'DataBar']);
    expect(sheet.conditionalFormats[0]).toMatchObject({ rule: { formula1: '=C3>0.85' }, stopIfTrue: true, fontColor: '#9C0006', font: { italic: true } });
  });

  test('a merged area the same as the plan’s own merge stays merged after the revert', async () => {
    const state = decoratedHost();
    const sheet = state.sheets[0];
    sheet.merges = sheet.merges.filter((m) => m.left !== 2);
    sheet.merges.push(rect(0, 2, 1, 2));
    const before = state.snapshot('表');
    await apply(addedColumn());
    await revertLastApply();
    expect(sheet.merges).toContainEqual(rect(0, 2, 1, 2));
    expect(state.snapshot('表')).toEqual(before);
  });

  test('reading the user’s rules costs one sync of the apply and one of the revert, and only when there are any', async () => {
    for (const withRules of [false, true]) {
      const state = decoratedHost();
      if (!withRules) state.sheets[0].conditionalFormats = state.sheets[0].conditionalFormats.filter((f) => f.id === '{U-beside}');
      const plan = addedColumn();
      const confirmed = (await inspectPlan(plan)).nonEmpty;
      let start = state.syncs.length;
      await applyPlan(plan, confirmed);
      expect(state.syncs.length - start).toBe(withRules ? 5 : 4);
      start = state.syncs.length;
      await revertLastApply();
      expect(state.syncs.length - start).toBe(withRules ? 3 : 2);
    }
  });
});

describe('what the apply keeps of rules and merged areas, whatever the host', () => {
  beforeEach(() => forget());

  test('rules and merged areas whose loads went out with a request Excel refused are read again', async () => {
    decoratedHost();
    const { rules, merged } = await Excel.run(async (context) => {
      const ruleLists = queueRuleLists(context, [{ sheet: '表', rect: rect(2, 2, 3, 2) }]);
      const mergeLists = queueMergeLists(context, [{ sheet: '表', range: rect(0, 2, 1, 2) }]);
      // the request they went out with fails (as a too large one does): nothing of it comes back
      context.workbook.worksheets.getItem('没有这张表').load('name');
      await expect(context.sync()).rejects.toThrow();
      return { rules: await readRules(context, ruleLists), merged: await readMergedAreas(context, mergeLists) };
    });
    expect(rules.map((r) => [r.id, r.type, r.areas, r.priority, r.stopIfTrue])).toEqual([
      ['{U-custom}', 'Custom', ['C3:C4'], 0, true],
      ['{U-across}', 'CellValue', ['A3:E4'], 2, false],
      ['{U-bar}', 'DataBar', ['C1:C4'], 3, false],
    ]);
    expect(rules[0].props).toMatchObject({ rule: { formula: '=C3>0.85' }, format: { font: { color: '#9C0006', italic: true } } });
    expect(rules[2].props).toEqual({ barDirection: 'LeftToRight', showDataBarOnly: false, positiveFormat: { fillColor: '#638EC6', gradientFill: true } });
    expect(merged).toEqual([{ sheet: '表', range: 'C1:D2' }]);
  });

  test('on an Excel older than ExcelApi 1.9 the apply and the revert still work, without the rules or merged areas to put back', async () => {
    const state = decoratedHost();
    state.apiVersion = '1.8';
    const sheet = state.sheets[0];
    await apply(addedColumn());
    await revertLastApply();
    expect(state.cell(sheet, 3, 2)?.font).toMatchObject({ italic: true, underline: 'Single', name: 'Arial' });
    expect(sheet.conditionalFormats.some((f) => f.id === '{U-custom}')).toBe(false);
  });
});
