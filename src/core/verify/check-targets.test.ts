import type { CellValue } from '../base/grid';
import { gridOf } from '../../../test/recognize/helpers';
import { recognizeGrid } from '../recognize';
import { verifyTables } from '.';

/** the targets check alone */
function targets(rows: CellValue[][], formats: Record<string, string> = {}) {
  const g = gridOf(rows, { formats });
  return verifyTables(g, recognizeGrid(g), { all: true, checks: () => ['targets'] });
}

const LIST_FORMATS = { D2: '0.00%', D4: '0.00%', E2: '0.00%', E4: '0.00%' };
const list = (gap: CellValue[], meets: CellValue[]) => [
  ['序号', '指标名称', '目标值', '实际值', '差距', '是否达标'],
  [1, '结案率', '≥97%', 0.9512, gap[0], meets[0]],
  [2, '平均审理天数', '<36', 33.5, gap[1], meets[1]],
  [3, '一审服判息诉率', '≥92%', 0.9301, gap[2], meets[2]],
];

describe('targets: 差距 and 是否达标 against each row\'s target', () => {
  it('recomputes 是否达标 by the indicator\'s direction (平均审理天数 under its target is met)', () => {
    const r = targets(list([-0.0188, 2.5, 0.0101], ['否', '否', '是']), LIST_FORMATS);
    expect(r.checked).toBe(6);
    expect(r.findings).toEqual([expect.objectContaining({ cell: 'F3', kind: 'mismatch', published: 0, expected: 1 })]);
    expect(r.findings[0].message).toBe('平均审理天数「是否达标」公布未达标，实际 33.5 对目标 <36 应为达标');
  });

  it('takes the table\'s own convention for 差距 (实际 − 目标 here) and flags the row that breaks it', () => {
    const r = targets(list([-0.0188, -2.5, 0.0201], ['否', '是', '是']), LIST_FORMATS);
    expect(r.findings).toEqual([expect.objectContaining({ cell: 'E4', kind: 'mismatch', published: 0.0201 })]);
    expect(r.findings[0].message).toContain('实际值 − 目标值');
  });

  it('takes the indicator left of 目标 as the actual values in a unit matrix (结案率 | 目标 | 差距 | 是否达标)', () => {
    const r = targets([['院别', '结案率', '目标', '差距', '是否达标'], ['延吉法院', 0.95, '≥93%', 0.02, '是'], ['图们法院', 0.9, '≥93%', -0.03, '是']], { B2: '0.00%', B3: '0.00%', D2: '0.00%', D3: '0.00%' });
    expect(r.checked).toBe(4);
    expect(r.findings).toEqual([expect.objectContaining({ cell: 'E3', kind: 'mismatch', published: 1, expected: 0 })]);
  });
});
