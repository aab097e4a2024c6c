import type { CellValue, CellRange } from '../base/grid';
import { gridOf } from '../../../test/recognize/helpers';
import { recognizeGrid } from '../recognize';
import { verifyTables } from '.';

/** the yoy check alone */
function yoy(rows: CellValue[][], extra: { merges?: CellRange[]; formats?: Record<string, string> } = {}) {
  const g = gridOf(rows, extra);
  return verifyTables(g, recognizeGrid(g), { all: true, checks: () => ['yoy'] });
}

/** 院别 over two header rows, the measure over 本期 | 上年同期 | 同比 */
const MERGES = [{ top: 0, left: 1, bottom: 0, right: 3 }, { top: 0, left: 0, bottom: 1, right: 0 }];

describe('yoy: a 同比 column against 本期 and 上年同期', () => {
  it('takes the 同比 of a count in percent of last year', () => {
    const r = yoy([['院别', '收案数', null, null], [null, '本期', '上年同期', '同比'], ['延吉法院', 820, 760, 0.0732]], { merges: MERGES, formats: { D3: '0.00%' } });
    expect(r.checked).toBe(1);
    expect(r.findings).toEqual([expect.objectContaining({ cell: 'D3', kind: 'mismatch', published: 0.0732 })]);
    expect(r.findings[0].expected).toBeCloseTo(60 / 760, 10);
    expect(r.findings[0].message).toContain('（本期 − 上年同期）÷ 上年同期');
  });

  it('takes the 同比 of a rate in percentage points', () => {
    const rate = (published: CellValue) => yoy([['院别', '结案率', null, null], [null, '本期', '上年同期', '同比'], ['延吉法院', 0.9213, 0.91, published]], { merges: MERGES });
    expect(rate(1.13).findings).toEqual([]);
    expect(rate(1.24).findings).toEqual([expect.objectContaining({ cell: 'D3', kind: 'mismatch', published: 1.24 })]);
  });

  it('takes the later of two years written out as this period', () => {
    const r = yoy([['院别', '收案数', null, null], [null, '2023年1-11月', '2022年1-11月', '同比'], ['延吉法院', 5300, 5000, '6.00%'], ['图们法院', 610, 640, '-4.96%']], { merges: MERGES });
    expect(r.checked).toBe(2);
    expect(r.findings).toEqual([expect.objectContaining({ cell: 'D4', kind: 'mismatch', published: -0.0496 })]);
  });

  it('skips a count whose last-year figure is 0: there is no percent change', () => {
    const r = yoy([['院别', '收案数', null, null], [null, '本期', '上年同期', '同比'], ['延吉法院', 820, 0, 0.5]], { merges: MERGES });
    expect(r).toEqual({ checked: 0, findings: [] });
  });
});
