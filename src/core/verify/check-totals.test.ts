import type { CellValue } from '../base/grid';
import { gridOf } from '../../../test/recognize/helpers';
import { recognizeGrid } from '../recognize';
import { verifyTables } from '.';

/** the totals check alone */
function totals(rows: CellValue[][]) {
  const g = gridOf(rows);
  return verifyTables(g, recognizeGrid(g), { all: true, checks: () => ['totals'] });
}

describe('totals: a total or subtotal row against the units it adds up', () => {
  it('reports a 合计 that is not the sum of the courts, with the difference', () => {
    const r = totals([['院别', '收案数', '结案数'], ['延吉法院', 100, 90], ['图们法院', 50, 40], ['合计', 150, 140]]);
    expect(r.checked).toBe(2);
    expect(r.findings).toEqual([expect.objectContaining({ cell: 'C4', kind: 'total-mismatch', published: 140, expected: 130 })]);
    expect(r.findings[0].message).toBe('合计「结案数」公布 140，各单位之和为 130（相差 +10）');
  });

  it('adds up only the units a total names (基层法院合计 leaves out the 中院)', () => {
    const rows = (basic: number) => [['院别', '收案数'], ['延边中院', 1000], ['延吉法院', 100], ['图们法院', 50], ['基层法院合计', basic], ['全州合计', 1150]];
    expect(totals(rows(150)).findings).toEqual([]);
    expect(totals(rows(160)).findings).toEqual([expect.objectContaining({ cell: 'B5', kind: 'total-mismatch', expected: 150 })]);
  });

  it('adds a 小计 over the courts of its own section', () => {
    const r = totals([['院别', '新收', '结案'], ['中院', 300, 280], ['甲法院', 100, 90], ['乙法院', 50, 40], ['基层法院小计', 150, 131], ['合计', 450, 410]]);
    expect(r.findings).toEqual([expect.objectContaining({ cell: 'C5', kind: 'total-mismatch', published: 131, expected: 130 })]);
    expect(r.findings[0].message).toBe('基层法院小计「结案」公布 131，所属单位之和为 130（相差 +1）');
  });

  it('does not add a benchmark row (全省平均) into the total', () => {
    const r = totals([['院别', '收案数'], ['延吉法院', 100], ['图们法院', 50], ['合计', 150], ['全省平均', 80]]);
    expect(r).toEqual({ checked: 1, findings: [] });
  });

  it('takes a table of blocks each closed by its own 合计, and groups opened by a heading and closed by 小计, as they add up', () => {
    const table = (lastTotal: number): CellValue[][] => [
      ['类别', '案件量', '结案'],
      ['刑事管辖', null, null],
      ['刑事案件', 10, 8],
      ['民事管辖', null, null],
      ['民事', 5, 4],
      ['税款申索', 3, 3],
      ['小计', 8, 7],
      ['合计', 18, 15],
      ['聆案官内庭', null, null],
      ['离婚', 6, 5],
      ['其他', 4, 4],
      ['小计', 10, 9],
      ['合计', lastTotal, 9],
    ];
    expect(totals(table(10)).findings).toEqual([]);
    // a wrong figure is still found, against the plainest reading
    expect(totals(table(11)).findings.map((f) => f.cell)).toEqual(['B13']);
  });
});
