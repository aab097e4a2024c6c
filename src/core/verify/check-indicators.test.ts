import type { CellValue } from '../base/grid';
import { gridOf } from '../../../test/recognize/helpers';
import { recognizeGrid } from '../recognize';
import { verifyTables } from '.';

/** the indicators check alone, every finding (rounding too) */
function indicators(rows: CellValue[][], formats: Record<string, string> = {}) {
  const g = gridOf(rows, { formats });
  return verifyTables(g, recognizeGrid(g), { all: true, checks: () => ['indicators'] });
}

const HEADER = ['院别', '旧存', '新收', '结案', '结案率'];

describe('indicators: an indicator column recomputed from the columns it is computed from', () => {
  it('finds a rate cut instead of rounded, and says what it should read', () => {
    const r = indicators([HEADER, ['解放区人民法院', 85, 1600, 1478, 0.8771]], { E2: '0.00%' });
    expect(r.checked).toBe(1);
    expect(r.findings).toEqual([expect.objectContaining({ cell: 'E2', kind: 'truncation', published: 0.8771 })]);
    expect(r.findings[0].expected).toBeCloseTo(1478 / 1685, 10);
    expect(r.findings[0].message).toContain('截断而非四舍五入，四舍五入应为 87.72%');
  });

  it('takes a rate rounded at the precision it is shown with for display rounding, not an error', () => {
    const r = indicators([HEADER, ['解放区人民法院', 85, 1600, 1478, 0.8772]], { E2: '0.00%' });
    expect(r.findings.map((f) => f.kind)).toEqual(['rounding']);
  });

  it('takes a blank count for 0, as the ZX functions do (docs/functions.md): the row is recomputed with it', () => {
    const r = indicators([HEADER, ['博爱县人民法院', null, 165, 160, 0.9697]], { E2: '0.00%' });
    expect(r.checked).toBe(1);
    expect(r.findings.map((f) => f.kind)).toEqual(['rounding']);
    expect(r.findings[0].expected).toBeCloseTo(160 / 165, 10);
    const wrong = indicators([HEADER, ['博爱县人民法院', null, 165, 160, 0.9]], { E2: '0.00%' });
    expect(wrong.findings).toEqual([expect.objectContaining({ cell: 'E2', kind: 'mismatch' })]);
  });

  it('leaves a row unchecked when an input is a dash (not reported), or when every input is blank (not assessed)', () => {
    expect(indicators([HEADER, ['博爱县人民法院', '-', 165, 160, 0.9]])).toEqual({ checked: 0, findings: [] });
    expect(indicators([HEADER, ['博爱县人民法院', '／', 165, 160, 0.9]])).toEqual({ checked: 0, findings: [] });
    expect(indicators([HEADER, ['博爱县人民法院', null, null, null, 0.9], ['温县人民法院', 40, 520, 500, 0.8929]])).toMatchObject({ checked: 1 });
  });

  it('reads a rate typed as a percent number (92.13 under 结案率(%)) in its own scale', () => {
    const r = indicators([['院别', '旧存', '新收', '结案', '结案率(%)'], ['延吉法院', 120, 1380, 1382, 93.13]]);
    expect(r.findings).toEqual([expect.objectContaining({ cell: 'E2', kind: 'mismatch', published: 93.13 })]);
    expect(r.findings[0].expected).toBeCloseTo(92.1333333, 6);
  });

  it('recomputes from 受理 when the table has 受理 instead of 旧存 and 新收', () => {
    const r = indicators([['院别', '受理', '结案', '结案率'], ['图们法院', 2000, 1900, 0.9]], { D2: '0.00%' });
    expect(r.findings).toEqual([expect.objectContaining({ cell: 'D2', kind: 'mismatch', published: 0.9, expected: 0.95 })]);
  });
});

describe('indicators with two 口径 in one table (issue 12.1: 实际执结率, 终本率 ÷ 受理 or ÷ 结案)', () => {
  const HEAD = ['院别', '旧存', '新收', '已结', '终本', '终本率'];
  it('takes the 口径 the published column follows: 延边2019’s ÷ (旧存 + 新收), or ÷ 已结, with no finding', () => {
    // 延边中院 by hand: 终本 70 ÷ (60 + 240) = 23.33%; ÷ 已结 255 = 27.45%
    const received = indicators([HEAD, ['延边中院', 60, 240, 255, 70, 0.2333], ['图们法院', 50, 250, 250, 70, 0.2333]], { F2: '0.00%', F3: '0.00%' });
    expect(received.findings.map((f) => f.kind)).toEqual(['rounding', 'rounding']);
    const closed = indicators([HEAD, ['延边中院', 60, 240, 255, 70, 0.2745], ['图们法院', 50, 250, 250, 70, 0.28]], { F2: '0.00%', F3: '0.00%' });
    expect(closed.findings.map((f) => f.kind)).toEqual(['rounding']);
  });
  it('a wrong figure is still found, named by the 口径 the other rows follow', () => {
    const r = indicators([HEAD, ['延边中院', 60, 240, 255, 70, 0.2745], ['图们法院', 50, 250, 250, 70, 0.28], ['龙井法院', 70, 330, 330, 95, 0.3]], { F2: '0.00%', F3: '0.00%', F4: '0.00%' });
    const wrong = r.findings.filter((f) => f.kind === 'mismatch');
    expect(wrong).toEqual([expect.objectContaining({ cell: 'F4', published: 0.3 })]);
    expect(wrong[0].expected).toBeCloseTo(95 / 330, 10);
    expect(wrong[0].message).toContain('结案口径');
  });
});
