import type { CellValue } from '../base/grid';
import { gridOf } from '../../../test/recognize/helpers';
import { recognizeGrid } from '../recognize';
import { verifyTables } from '.';

/** the breakdowns check alone */
function breakdowns(rows: CellValue[][]) {
  const g = gridOf(rows);
  return verifyTables(g, recognizeGrid(g), { all: true, checks: () => ['breakdowns'] });
}

const HEADER = ['院别', '新收', '结案'];

describe('breakdowns: a 其中 row is not larger than the row it is a part of', () => {
  it('compares each count of a 其中 row with its row\'s and finds nothing when it is smaller', () => {
    const r = breakdowns([HEADER, ['甲法院', 100, 90], ['其中：民事', 60, 55], ['乙法院', 50, 40], ['合计', 150, 130]]);
    expect(r).toEqual({ checked: 2, findings: [] });
  });

  it('reports a 其中 figure larger than its row\'s, naming both rows', () => {
    const r = breakdowns([HEADER, ['甲法院', 100, 90], ['其中：民事', 60, 95], ['乙法院', 50, 40], ['合计', 150, 130]]);
    expect(r.findings).toEqual([expect.objectContaining({ cell: 'C3', kind: 'mismatch', published: 95, expected: 90 })]);
    expect(r.findings[0].message).toBe('其中:民事「结案」公布 95，大于其所属的「甲法院」的 90：其中数不应大于总数');
  });

  it('takes an equal figure for a part, not an excess', () => {
    const r = breakdowns([HEADER, ['甲法院', 100, 90], ['其中：民事', 100, 90], ['乙法院', 50, 40], ['合计', 150, 130]]);
    expect(r.findings).toEqual([]);
  });
});
