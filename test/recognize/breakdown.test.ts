/**
 * Breakdown rows (`其中：民事`, `内：执行局`): a part of the row above, neither a unit nor a total. They are left
 * out of the units and of the column sums, and verify checks they are not larger than the row they break down.
 */
import { describeTable } from '../../src/cli/commands/recognize';
import type { Grid } from '../../src/core/base/grid';
import { recognizeGrid } from '../../src/core/recognize';
import { verifyTables } from '../../src/core/kinds';
import { gridOf, loadFixture, rowSignature } from './helpers';

function only(g: Grid) {
  const tables = recognizeGrid(g);
  expect(tables).toHaveLength(1);
  return tables[0];
}

describe('the breakdown-rows fixture', () => {
  it('reads 其中：中院 and 其中：基层法院 under the 合计, and 其中：民事 under a court, as breakdowns of those rows', async () => {
    const [g] = await loadFixture('breakdown-rows.xlsx');
    const t = only(g);
    expect(t.kind).toBe('unit-matrix');
    expect(t.rows.map(rowSignature)).toEqual([
      '4 total 全市法院合计 全市',
      '5 breakdown 其中:中院 中院',
      '6 breakdown 其中:基层法院 基层',
      '7 unit 焦作市中级人民法院 中院',
      '8 unit 解放区人民法院 基层',
      '9 breakdown 其中:民事 -',
      '10 unit 山阳区人民法院 基层',
      '11 unit 修武县人民法院 基层',
    ]);
    expect(t.rows.filter((r) => r.role === 'breakdown').map((r) => [r.row, r.partOf])).toEqual([[5, 4], [6, 4], [9, 8]]);
    expect(t.rows.filter((r) => r.role !== 'breakdown').every((r) => r.partOf === undefined)).toBe(true);
    // the 合计 adds up over the four courts alone
    expect(t.rows[0]).toMatchObject({ role: 'total', confirmed: true, confidence: 1 });
  });

  it('verifies with no finding: the 合计 is the sum of the courts, the 其中 rows neither summed nor larger than their rows', async () => {
    const [g] = await loadFixture('breakdown-rows.xlsx');
    const report = verifyTables(g, recognizeGrid(g), { all: true });
    expect(report.findings).toEqual([]);
    // 5 sums of the 合计 + 3 breakdowns × 5 counts compared with their rows, besides the rates and 受理 / 未结
    expect(report.checked).toBeGreaterThanOrEqual(5 + 15);
  });

  it('says in the recognize summary which row each 其中 row is a part of', async () => {
    const [g] = await loadFixture('breakdown-rows.xlsx');
    const text = describeTable(only(g), 1).join('\n');
    expect(text).toContain('行：4 个单位（中院 1、基层 3）');
    expect(text).toContain('第 5 行「其中:中院」其中行（第 4 行的一部分）（不计入合计）');
    expect(text).toContain('第 9 行「其中:民事」其中行（第 8 行的一部分）（不计入合计）');
  });
});

describe('which rows are breakdowns', () => {
  const HEADER = ['院别', '新收', '结案'];

  it('a single 其中 row under a court is a part of that court, so the 合计 still adds up', () => {
    const t = only(gridOf([HEADER, ['甲法院', 100, 90], ['其中：民事', 60, 55], ['乙法院', 50, 40], ['合计', 150, 130]]));
    expect(t.rows.map(rowSignature)).toEqual(['2 unit 甲法院 基层', '3 breakdown 其中:民事 -', '4 unit 乙法院 基层', '5 total 合计 全市']);
    expect(t.rows[1].partOf).toBe(2);
    expect(t.rows[3]).toMatchObject({ confirmed: true });
    expect(verifyTables(gridOf([HEADER, ['甲法院', 100, 90], ['其中：民事', 60, 55], ['乙法院', 50, 40], ['合计', 150, 130]]), [t]).findings).toEqual([]);
  });

  it.each([['其中：刑事'], ['其中:刑事'], ['  其中 执行局'], ['其中执行局'], ['内：执行局'], ['含：调解'], ['其中包括：速裁']])('「%s」 is a breakdown', (label) => {
    const t = only(gridOf([HEADER, ['甲法院', 100, 90], [label, 30, 20], ['乙法院', 50, 40], ['合计', 150, 130]]));
    expect(t.rows.map((r) => r.role)).toEqual(['unit', 'breakdown', 'unit', 'total']);
    expect(t.rows[3]).toMatchObject({ confirmed: true });
  });

  it('内江 and 含山 are courts, not breakdowns: 内 and 含 need their colon', () => {
    const t = only(gridOf([HEADER, ['内江市中级人民法院', 100, 90], ['含山县人民法院', 50, 40], ['合计', 150, 130]]));
    expect(t.rows.map(rowSignature)).toEqual(['2 unit 内江市中级人民法院 中院', '3 unit 含山县人民法院 基层', '4 total 合计 全市']);
  });

  it('keeps 其中：基层法院 under a 中院 row the subtotal of the basic courts listed after it', () => {
    const t = only(gridOf([HEADER, ['全市', 1000, 900], ['中院', 200, 180], ['其中：基层法院', 800, 720], ['延吉法院', 500, 450], ['图们法院', 300, 270]]));
    expect(t.rows.map(rowSignature)).toEqual(['2 total 全市 全市', '3 unit 中院 中院', '4 subtotal 其中:基层法院 基层', '5 unit 延吉法院 基层', '6 unit 图们法院 基层']);
  });

  it('keeps a court named after 其中 under a total a unit when more courts follow it (the total’s members)', () => {
    const t = only(gridOf([HEADER, ['基层法院', 800, 720], ['其中：延吉法院', 500, 450], ['图们法院', 300, 270]]));
    expect(t.rows.map((r) => r.role)).toEqual(['subtotal', 'unit', 'unit']);
  });

  it('reads a 其中 row at the top of a table, a part of nothing, by the rest of its label', () => {
    const t = only(gridOf([HEADER, ['其中：甲法院', 100, 90], ['乙法院', 50, 40], ['合计', 150, 130]]));
    expect(t.rows.map(rowSignature)).toEqual(['2 unit 其中:甲法院 基层', '3 unit 乙法院 基层', '4 total 合计 全市']);
  });

  it('skips a breakdown row inside a section: the 小计 still adds up the courts around it', () => {
    const t = only(gridOf([HEADER, ['中院', 300, 280], ['甲法院', 100, 90], ['其中：民事', 60, 55], ['乙法院', 50, 40], ['基层法院小计', 150, 130], ['合计', 450, 410]]));
    expect(t.rows.map((r) => r.role)).toEqual(['unit', 'unit', 'breakdown', 'unit', 'subtotal', 'total']);
    expect(t.rows[4]).toMatchObject({ confirmed: true });
    expect(t.rows[5]).toMatchObject({ confirmed: true });
  });
});

describe('verify checks a breakdown against its row', () => {
  it('reports a 其中 figure clearly larger than its row’s, and only that one', () => {
    const g = gridOf([['院别', '新收', '结案'], ['甲法院', 100, 90], ['其中：民事', 120, 55], ['乙法院', 50, 40], ['合计', 150, 130]]);
    const { findings } = verifyTables(g, recognizeGrid(g));
    expect(findings).toEqual([
      { sheet: 'Sheet1', cell: 'B3', kind: 'mismatch', published: 120, expected: 100, message: '其中:民事「新收」公布 120，大于其所属的「甲法院」的 100：其中数不应大于总数' },
    ]);
  });

  it('lets a breakdown equal its row, and does not compare rates (a part’s rate may be higher)', () => {
    const g = gridOf(
      [['院别', '受理', '结案', '结案率'], ['甲法院', 100, 80, 0.8], ['其中：民事', 100, 80, 0.8], ['内：速裁', 20, 19, 0.95], ['乙法院', 50, 40, 0.8], ['合计', 150, 120, 0.8]],
      { formats: { D2: '0.00%', D3: '0.00%', D4: '0.00%', D5: '0.00%', D6: '0.00%' } },
    );
    const t = only(g);
    expect(t.rows.map((r) => r.role)).toEqual(['unit', 'breakdown', 'breakdown', 'unit', 'total']);
    expect(t.rows[2].partOf).toBe(2);
    expect(verifyTables(g, [t], { all: true }).findings).toEqual([]);
  });
});

describe('in a table whose rows are measures', () => {
  it('a 其中 measure (其中：调解) is a measure row of its own, as before', () => {
    const t = only(gridOf([['项目', '本期', '上年同期', '同比'], ['结案数', 900, 800, '12.50%'], ['其中：调解', 300, 240, '25.00%'], ['新收数', 1000, 1000, '0.00%']]));
    expect(t.kind).toBe('yoy');
    expect(t.rows.map((r) => [r.role, r.field ?? null, r.partOf])).toEqual([
      ['unit', '结案数', undefined],
      ['unit', '调解数', undefined],
      ['unit', '新收数', undefined],
    ]);
  });
});
