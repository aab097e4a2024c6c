/**
 * Re-running is safe (issue 11, item 3): fill run again on its own output recognises the columns, formats and
 * rules it wrote (by header and formula) and refreshes them in place. A second run writes the same formulas into
 * the same cells, adds no column, no rule, no sheet, and overwrites nothing.
 */
import * as path from 'path';
import { readWorkbook } from '../../src/cli/xlsx-read';
import { address, type Grid } from '../../src/core/base/grid';
import { formulaKey, keepsCell, type EditPlan } from '../../src/core/base/plan';
import { fillOptionsFor, planFill } from '../../src/core/kinds';
import type { FillOptions } from '../../src/core/fill';
import { recognizeGrid } from '../../src/core/recognize';
import { gridOf } from '../recognize/helpers';
import { applyToBook, handTable } from './helpers';
import { checkWithHyperFormula } from './hyperformula';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const SAMPLE = path.join(__dirname, '..', '..', 'examples', 'sample-yanbian-2019.xlsx');

function plan(book: Grid[], options: FillOptions = {}): EditPlan {
  return planFill(book, book.flatMap((g) => recognizeGrid(g)), options);
}

/** fill, apply in memory, fill again */
function twice(book: Grid[], options: FillOptions = {}, forget: 'keep rules' | 'forget rules' = 'keep rules') {
  const first = plan(book, options);
  let filled = applyToBook(book, first);
  // the pane's reader does not read conditional formats: the engine must know its rules without them
  if (forget === 'forget rules') filled = filled.map(({ conditionalFormats: _rules, ...g }) => g);
  const second = plan(filled, options);
  return { first, filled, second };
}

/** what a plan writes, cell by cell: `sheet!A1 =formula` or `sheet!A1 "value"` */
function cells(p: EditPlan): string[] {
  return p.writes.map((w) => `${w.sheet}!${address(w.row, w.col)} ${w.formula ?? JSON.stringify(w.value)}`).sort();
}

/** every write of `p` leaves its cell as `book` holds it */
function changes(book: Grid[], p: EditPlan): string[] {
  const out: string[] = [];
  for (const w of p.writes) {
    const g = book.find((x) => x.sheet === w.sheet);
    const holds = { value: g?.values[w.row]?.[w.col] ?? null, formula: g?.formulas?.[w.row]?.[w.col] ?? null };
    if (!keepsCell(w, holds)) out.push(`${w.sheet}!${address(w.row, w.col)}: ${JSON.stringify(holds.formula ?? holds.value)} → ${w.formula ?? JSON.stringify(w.value)}`);
  }
  return out;
}

function expectNothingNew(filled: Grid[], first: EditPlan, second: EditPlan): void {
  expect(changes(filled, second)).toEqual([]);
  expect(cells(second)).toEqual(cells(first));
  expect(second.overwrites).toEqual([]);
  expect(second.skipped ?? []).toEqual([]);
  expect(second.conditionalFormats).toEqual([]);
  expect(second.newSheets).toEqual([]);
  expect(second.merges).toEqual([]);
  expect(second.columnWidths).toEqual([]);
}

describe('fill run again on its own output changes nothing', () => {
  test('审执结案进度, its 11月 floor and 是否达到进度 on a 1-11月 table are refreshed, not added again', async () => {
    const book = await readWorkbook(path.join(FIXTURES, 'unit-matrix.xlsx'));
    const { first, filled, second } = twice(book);
    expect(first.writes.filter((w) => w.row === 3).map((w) => w.value)).toEqual(['结收比', '收结案数均衡度', '审执结案进度', '11月结案进度下限', '是否达到进度']);
    expect(first.conditionalFormats).toHaveLength(2);
    expectNothingNew(filled, first, second);
    expect(second.summary.join('\n')).toContain('更新此前填写的指标列 3 列：结收比；收结案数均衡度；审执结案进度');
    expect(second.summary.join('\n')).toContain(`更新此前填写的 ${first.writes.length} 个单元格（公式或内容不变，不算覆盖）`);
  });

  test('结案率正升逆降 on a year-over-year table is refreshed, not added again', async () => {
    const book = await readWorkbook(path.join(FIXTURES, 'yoy.xlsx'));
    const { first, filled, second } = twice(book);
    expect(first.writes.some((w) => w.value === '结案率正升逆降')).toBe(true);
    expectNothingNew(filled, first, second);
  });

  test('结收比 added to a table whose neighbour has a 结收比 of its own is found by its formulas, not added again', () => {
    const side = gridOf(
      [
        [null, '院别', '旧存数', '新收数', '结案数', null, '院别', '收案数', '结案数', '结收比'],
        [null, '甲法院', 10, 90, 95, null, '甲法院', 90, 95, 1.05],
        [null, '乙法院', 20, 80, 85, null, '乙法院', 80, 85, 1.06],
        [null, '丙法院', 10, 90, 95, null, '丙法院', 90, 95, 1.05],
        [null, '合计', 40, 260, 275, null, '合计', 260, 275, 1.05],
      ],
      { sheet: '并排' },
    );
    const { first, filled, second } = twice([side]);
    // the first table's columns land beyond the second table, two empty columns apart from it (F, or K alone,
    // would join them to the second table when read again); the second run finds them there by formula, not
    // the neighbour's own 结收比 (J)
    expect(first.writes.find((w) => w.value === '结案率')).toMatchObject({ row: 0, col: 12 });
    expect(first.writes.find((w) => w.value === '结收比')).toMatchObject({ row: 0, col: 13 });
    expectNothingNew(filled, first, second);
  });

  test('a filled unit matrix with targets, gaps and 是否达标 stays a unit matrix, and is refreshed', async () => {
    const book = await readWorkbook(path.join(FIXTURES, 'multi-table.xlsx'));
    const { first, filled, second } = twice(book, { targets: '延边2019' });
    expect(first.writes.some((w) => w.value === '执行案件结案率是否达标')).toBe(true);
    expect(filled.flatMap((g) => recognizeGrid(g)).map((t) => t.kind)).not.toContain('control-target');
    expectNothingNew(filled, first, second);
  });

  test('rank columns are refreshed in place', () => {
    const { grid } = handTable('统计', ['院别', '旧存数', '新收数', '结案数'], [
      ['甲法院', 10, 90, 95],
      ['乙法院', 20, 80, 85],
      ['丙法院', 10, 90, 80],
      ['丁法院', 10, 90, 70],
    ]);
    const { first, filled, second } = twice([grid], { ranks: true, targets: '延边2019' });
    expect(first.writes.some((w) => /排名$/.test(String(w.value)))).toBe(true);
    expectNothingNew(filled, first, second);
  });

  test('the sample workbook: control targets, indicator columns, targets and the score table are refreshed; the score reads the inputs as before', async () => {
    const book = await readWorkbook(SAMPLE);
    const { first, filled, second } = twice(book, { targets: '延边2019' });
    expect(first.writes.length).toBeGreaterThan(1000);
    expectNothingNew(filled, first, second);
  });

  test('a score table of part scores only: the detail sheet 评分明细 an earlier fill made is refreshed, not made again as 评分明细2', async () => {
    const { COURTS } = await import('../../examples/sample-data');
    const book = await readWorkbook(SAMPLE);
    const summary = handTable('汇总', ['院别', '诉讼得分', '执行得分', '总分', '排名'], COURTS.map((c) => [c]), 'score');
    const withSummary = [...book, summary.grid];
    const first = planFill(withSummary, [...book.flatMap((g) => recognizeGrid(g)), summary.table], { targets: '延边2019' });
    expect(first.newSheets).toEqual(['评分明细']);
    const filled = applyToBook(withSummary, first);
    const tables = filled.flatMap((g) => (g.sheet === '汇总' ? [summary.table] : recognizeGrid(g)));
    const second = planFill(filled, tables, { targets: '延边2019' });
    expect(second.newSheets).toEqual([]);
    expect(second.summary.join('\n')).toContain('各项得分写在新工作表「评分明细」');
    expectNothingNew(filled, first, second);
  });

  test('conditional formats are not doubled when the reader gives no rules (the pane): the cells it refreshes carry them', async () => {
    for (const file of ['unit-matrix.xlsx', 'yoy.xlsx', 't4-indicator-list.xlsx']) {
      const book = await readWorkbook(path.join(FIXTURES, file));
      const { first, second } = twice(book, { targets: '延边2019' }, 'forget rules');
      expect([file, first.conditionalFormats.length > 0, second.conditionalFormats]).toEqual([file, true, []]);
    }
  });

  test('a rule the reader found is not added again, whatever its colours; a rule over a longer range is still added', () => {
    const { grid } = handTable('统计', ['院别', '已结', '受理'], [
      ['甲法院', 95, 100],
      ['乙法院', 80, 100],
    ]);
    const g: Grid = { ...grid, conditionalFormats: [] };
    const base = plan([g], { month: 11 });
    const rules = base.conditionalFormats;
    expect(rules.map((r) => r.formula)).toEqual(['"达到"', '"未达到"']);
    const recoloured = { ...g, conditionalFormats: rules.map(({ sheet: _s, ...r }) => ({ ...r, fill: '#FFFFFF' })) };
    expect(plan([recoloured], { month: 11 }).conditionalFormats).toEqual([]);
    const shorter = { ...g, conditionalFormats: rules.map(({ sheet: _s, ...r }) => ({ ...r, range: { ...r.range, bottom: r.range.bottom - 1 } })) };
    expect(plan([shorter], { month: 11 }).conditionalFormats).toHaveLength(2);
  });

  test('the formulas refreshed show what a real formula engine computes', async () => {
    const book = await readWorkbook(path.join(FIXTURES, 'unit-matrix.xlsx'));
    const { filled, second } = twice(book);
    const { checked, disagreements } = checkWithHyperFormula(filled, second);
    expect(checked).toBeGreaterThan(20);
    expect(disagreements).toEqual([]);
  });
});

/** the second plan leaves the filled workbook as it is */
function expectUnchanged(filled: Grid[], second: EditPlan): void {
  expect(changes(filled, second)).toEqual([]);
  expect(second.overwrites).toEqual([]);
  expect(second.conditionalFormats).toEqual([]);
  expect(second.merges).toEqual([]);
  expect(second.newSheets).toEqual([]);
}

/** a year-over-year table: measures over 本期 / 上年同期 / 同比 from column A, then `rest` columns to its right */
function yoyGrid(measures: string[], units: (string | number | null)[][], rest: (string | number | null)[][] = []): Grid {
  const top = ['院别', ...measures.flatMap((m) => [m, null, null])];
  const sub = [null, ...measures.flatMap(() => ['本期', '上年同期', '同比'])];
  const rows = [top, sub, ...units].map((r, i) => [...r, ...(rest[i] ?? [])]);
  const merges = [{ top: 0, left: 0, bottom: 1, right: 0 }, ...measures.map((_, k) => ({ top: 0, left: 1 + 3 * k, bottom: 0, right: 3 + 3 * k }))];
  return gridOf(rows, { sheet: '统计', merges });
}

describe('tables side by side stay apart when read again (cases the property test found)', () => {
  test('columns added past a neighbouring table keep two empty columns from it, so they are not read as its columns', () => {
    const book = [
      gridOf(
        [
          ['2023年1-11月全市法院收结案情况', null, null, null, '统计时间：2023年1-11月', null],
          ['院别', '二审收案数', '一审结案数', '旧存数', '院别', '旧存数'],
          ['延边中院', 10, 200, 5, '延边中院', 5],
          ['延吉法院', 20, 300, 6, '合计', 5],
          ['图们法院', 30, 400, 7],
          ['合计', 60, 900, 18],
        ],
        { sheet: '统计' },
      ),
    ];
    const { first, filled, second } = twice(book, { ranks: true });
    // F is the neighbour's; G and H stay empty; the 息诉率 and its rank from I
    expect(first.writes.filter((w) => w.row === 1).map((w) => `${address(w.row, w.col)} ${String(w.value)}`)).toEqual(['I2 一审服判息诉率', 'J2 一审服判息诉率排名']);
    expectUnchanged(filled, second);
  });

  test('a table’s first row stays a body row when the fill adds a column of 是 / 否 to it: a formula is never a header', () => {
    const book = [yoyGrid(['平均审理天数'], [['焦作市中级人民法院', null, 0, '!'], ['珲春法院', 0, null, 0], ['龙井法院', 0, 0, null], ['和龙法院', 0, '89.29%', '-']])];
    const { first, filled, second } = twice(book);
    expect(first.writes.some((w) => w.value === '平均审理天数正升逆降')).toBe(true);
    expect(recognizeGrid(filled[0])[0].headerRows).toEqual([1, 2]);
    expectUnchanged(filled, second);
  });

  test('a block of columns an earlier fill added, standing apart past a neighbour, is not filled as a table of its own', () => {
    const book = [yoyGrid(['结案率', '审限内结案率'], [['延边中院', 0.9, 0.8, null, 0.95, 0.9, null], ['敦化法院', 0.85, 0.9, null, 0.9, 0.95, null]], [[null, '院别', '旧存数'], [null, '延边中院', 0]])];
    const { first, filled, second } = twice(book, { targets: '方城2023', ranks: true });
    expect(first.writes.filter((w) => w.row === 0).map((w) => `${address(w.row, w.col)} ${String(w.value)}`)).toEqual(['M1 结案率正升逆降', 'N1 审限内结案率正升逆降']);
    const block = recognizeGrid(filled[0]).find((t) => t.range.startsWith('M'));
    expect(block).toBeDefined(); // read again, the block is a table of its own …
    expect(fillOptionsFor(filled, recognizeGrid(filled[0])).tables.find((t) => t.range === block!.range)!.action).toBeNull(); // … with nothing to fill
    expectUnchanged(filled, second);
  });

  test('a block of an added indicator with its 目标 (plain texts), 差距 and 是否达标, past a neighbour, is not filled as a table of its own', () => {
    const book = [
      gridOf(
        [
          ['院别', '二审发回数', '二审改判数', '一审结案数', '旧存数', null, '院别', '旧存数'],
          ['延边中院', '12件', null, 0, 0, null, '延边中院', '-'],
        ],
        { sheet: '统计' },
      ),
    ];
    const { first, filled, second } = twice(book, { targets: '方城2023' });
    expect(first.writes.some((w) => w.value === '一审案件改判、发回重审率目标')).toBe(true);
    expectUnchanged(filled, second);
  });

  test('a block of added columns without unit names (past a neighbour) is not filled as a table of its own', () => {
    const book = [
      gridOf(
        [
          ['统计时间：2023年1-11月', null, null, null, '院别', '受理数', '结案数'],
          ['院别', '受理数', '结案数', null, '延边中院', '12件', 0],
          ['延边中院', 0, null],
        ],
        { sheet: '统计' },
      ),
    ];
    const { filled, second } = twice(book, { targets: 'none', month: 1 });
    expectUnchanged(filled, second);
  });

  test('rows naming nobody, where two touching tables are read as one, are not filled', () => {
    const book = [
      yoyGrid(['结案率'], [['延边中院', '', 0, null, '院别', '旧存数'], ['焦作市中级人民法院', 0, 0, null, '延边中院', 0], [null, null, null, null, '合计', 0]], [
        [null, '2023年1-11月全市法院收结案情况'],
        [null, '统计时间：2023年1-11月'],
      ]),
    ];
    const { filled, second } = twice(book, { targets: 'none' });
    expectUnchanged(filled, second);
  });
});

describe('what a refresh is, and what it is not', () => {
  test('a refreshed cell is neither an overwrite nor skipped with keepExisting, and keeps its look (no format copy, no width)', async () => {
    const book = await readWorkbook(path.join(FIXTURES, 'unit-matrix.xlsx'));
    const { filled } = twice(book);
    const again = plan(filled, { keepExisting: true });
    expect(again.skipped ?? []).toEqual([]);
    expect(again.overwrites).toEqual([]);
    expect(again.writes.filter((w) => w.styleFrom)).toEqual([]);
    expect(again.columnWidths).toEqual([]);
  });

  test('a cell of an added column the user changed is an overwrite to confirm (or kept), not a refresh', async () => {
    const book = await readWorkbook(path.join(FIXTURES, 'unit-matrix.xlsx'));
    const { filled } = twice(book);
    const sheet = filled.find((g) => g.sheet === '收结案')!;
    // 结收比 of the first court, typed over by hand
    const col = sheet.values[3].indexOf('结收比');
    sheet.formulas![4][col] = null;
    sheet.values[4][col] = 0.5;
    const again = plan(filled);
    expect(again.overwrites).toEqual([{ sheet: '收结案', row: 4, col, previous: 0.5 }]);
    expect(again.writes.filter((w) => w.row === 3).map((w) => w.col)).toEqual([8, 9, 10, 11, 12]); // no new column
    expect(plan(filled, { keepExisting: true }).skipped).toEqual([{ sheet: '收结案', row: 4, col, previous: 0.5 }]);
  });

  test('next month (12月 on last month’s 11月 output): the floor column is updated in place, its changes to confirm', async () => {
    const book = await readWorkbook(path.join(FIXTURES, 'unit-matrix.xlsx'));
    const { filled } = twice(book);
    const next = plan(filled, { month: 12 });
    expect(next.writes.filter((w) => w.row === 3).map((w) => `${address(w.row, w.col)} ${String(w.value)}`)).toEqual([
      'I4 结收比',
      'J4 收结案数均衡度',
      'K4 审执结案进度',
      'L4 12月结案进度下限',
      'M4 是否达到进度',
    ]);
    expect(next.writes.find((w) => w.row === 4 && w.col === 11)!.formula).toBe('=ZX.JAJD_FLOOR(12)');
    // the header and the seven floors change: the user confirms them; 是否达到进度 is the same formula
    expect(next.overwrites.map((o) => address(o.row, o.col))).toEqual(['L4', 'L5', 'L6', 'L7', 'L8', 'L9', 'L10', 'L11']);
    expect(next.conditionalFormats).toEqual([]);
  });

  test('a --values copy (plain values, no formulas) is recognised by header and value: nothing added, every cell an overwrite', async () => {
    const book = await readWorkbook(path.join(FIXTURES, 'yoy.xlsx'));
    const first = plan(book);
    const values = applyToBook(book, { ...first, writes: first.writes.map(({ formula: _f, ...w }) => w) });
    const again = plan(values);
    expect(again.writes.map((w) => `${w.row},${w.col}`).sort()).toEqual(first.writes.map((w) => `${w.row},${w.col}`).sort());
    expect(again.overwrites.length).toBe(first.writes.filter((w) => w.formula).length);
  });
});

describe('formulas as compared (keepsCell)', () => {
  test('the file’s spellings, case and spaces do not make two formulas differ; text in quotes does', () => {
    expect(formulaKey('=_xlfn.RANK.EQ($D$2, $D$2:$D$5 ,0)')).toBe(formulaKey('=RANK.EQ($D$2,$D$2:$D$5,0)'));
    expect(formulaKey('=_xldudf_ZX_JA_RATE(d2,b2,c2)')).toBe(formulaKey('=ZX.JA_RATE(D2,B2,C2)'));
    expect(formulaKey('=@ZX.JA_RATE(D2,B2,C2)')).toBe(formulaKey('=ZX.JA_RATE(D2,B2,C2)'));
    expect(formulaKey('=IF(A1,"达标","未达标")')).not.toBe(formulaKey('=IF(A1,"达标 ","未达标")'));
    expect(formulaKey('=IF(A1,"a","b")')).not.toBe(formulaKey('=IF(A1,"A","B")'));
  });

  test('a write keeps a cell holding the same formula (whatever its cached value) or the same constant, nothing else', () => {
    expect(keepsCell({ formula: '=ZX.JSB_RATIO(F5,D5)', value: 0.9 }, { formula: '=ZX.JSB_RATIO(F5,D5)', value: 0.8 })).toBe(true);
    expect(keepsCell({ formula: '=ZX.JSB_RATIO(F5,D5)', value: 0.9 }, { formula: null, value: 0.9 })).toBe(false);
    expect(keepsCell({ value: '≧90%' }, { formula: '="≧90%"', value: '≧90%' })).toBe(false);
    expect(keepsCell({ value: '结收比' }, { formula: null, value: '结收比' })).toBe(true);
    expect(keepsCell({ value: 1 }, { formula: null, value: '1' })).toBe(false);
    expect(keepsCell({ value: { error: '#N/A' } }, { formula: null, value: { error: '#N/A' } })).toBe(true);
  });
});
