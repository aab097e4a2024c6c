import type { CellValue } from '../base/grid';
import { gridOf } from '../../../test/recognize/helpers';
import { recognizeGrid } from '../recognize';
import { verifyTables } from '.';

/** the column-sums check alone */
function columnSums(rows: CellValue[][]) {
  const g = gridOf(rows);
  return verifyTables(g, recognizeGrid(g), { all: true, checks: () => ['column-sums'] });
}

describe('column-sums: relations between the columns of a row', () => {
  it('checks 受理 = 旧存 + 新收 on every row', () => {
    const r = columnSums([['院别', '旧存', '新收', '受理'], ['延吉法院', 10, 100, 110], ['图们法院', 5, 50, 56]]);
    expect(r.checked).toBe(2);
    expect(r.findings).toEqual([expect.objectContaining({ cell: 'D3', kind: 'total-mismatch', published: 56, expected: 55 })]);
  });

  it('checks the balance 未结 = 旧存 + 新收 − 结案 where it holds on most rows, and not where it holds on none', () => {
    const balance = (extra: number) => [['院别', '旧存', '新收', '已结', '未结'], ['延吉法院', 10, 100 + extra, 90, 20], ['图们法院', 5, 50 + extra, 45, 10], ['敦化法院', 8, 80, 70, 19]];
    expect(columnSums(balance(0)).findings).toEqual([expect.objectContaining({ cell: 'E4', kind: 'total-mismatch', published: 19, expected: 18 })]);
    expect(columnSums(balance(7)).findings).toEqual([]);
  });

  it('checks a 合计 column against the count columns before it', () => {
    const r = columnSums([['院别', '二审被改判', '二审被发回', '指令再审', '2018年合计'], ['延吉法院', 165, 60, 3, 228], ['图们法院', 17, 4, 0, 21], ['敦化法院', 48, 30, 1, 80]]);
    expect(r.findings).toEqual([expect.objectContaining({ cell: 'E4', kind: 'total-mismatch', published: 80, expected: 79 })]);
  });

  it('checks 总分 against the score items and 排名 against 总分', () => {
    const r = columnSums([
      ['院别', '发改指总量（40分）', '综合评价（12分）', '总分', '排名'],
      ['延吉法院', 40, 10, 50, 1],
      ['图们法院', 30, 11, 41, 3],
      ['敦化法院', 25, 12, 38, 2],
      ['龙井法院', 20, 9, 29, 4],
    ]);
    expect(r.findings.map((f) => `${f.cell} ${f.kind} ${f.expected}`)).toEqual(['D4 total-mismatch 37', 'E3 mismatch 2', 'E4 mismatch 3']);
    expect(r.findings[1].message).toBe('图们法院「排名」公布第 3 名，按「总分」从高到低应为第 2 名');
  });
});
