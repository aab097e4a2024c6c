/**
 * Verification: every fixture gives exactly the findings its builder planted (test/fixtures/
 * expected-findings.json), and the checks behave on layouts built here.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Grid } from '../../src/core/base/grid';
import { recognizeGrid } from '../../src/core/recognize';
import { verifyTables } from '../../src/core/kinds';
import type { VerifyReport } from '../../src/core/verify';
import { FIXTURES, gridOf, loadFixture } from './helpers';

type Planted = Record<string, { sheet: string; cell: string; kind: string }[]>;
const PLANTED: Planted = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'expected-findings.json'), 'utf8'));
const ALL_FIXTURES = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')).sort();

async function verifyFixture(name: string, all: boolean): Promise<VerifyReport> {
  const report: VerifyReport = { checked: 0, findings: [] };
  for (const g of await loadFixture(name)) {
    const r = verifyTables(g, recognizeGrid(g), { all });
    report.checked += r.checked;
    report.findings.push(...r.findings);
  }
  return report;
}

function verifyGrid(g: Grid, all = true): VerifyReport {
  return verifyTables(g, recognizeGrid(g), { all });
}

const key = (f: { sheet: string; cell: string; kind: string }) => `${f.sheet}!${f.cell} ${f.kind}`;

describe.each(ALL_FIXTURES)('fixture %s is verified with exactly the planted findings', (name) => {
  it('with --all: every rounding, truncation, wrong figure and wrong total, and nothing else', async () => {
    const report = await verifyFixture(name, true);
    expect(report.findings.map(key).sort()).toEqual((PLANTED[name] ?? []).map(key).sort());
  });

  it('by default: the errors only, display rounding left out', async () => {
    const report = await verifyFixture(name, false);
    expect(report.findings.map(key).sort()).toEqual((PLANTED[name] ?? []).filter((f) => f.kind !== 'rounding').map(key).sort());
  });
});

describe('what a finding says', () => {
  it('gives the cell, the published and the recomputed value, and the cause in Chinese', async () => {
    const { findings } = await verifyFixture('unit-matrix.xlsx', false);
    const truncated = findings.find((f) => f.cell === 'H6')!;
    expect(truncated).toMatchObject({ sheet: '收结案', kind: 'truncation', published: 0.8771 });
    expect(truncated.expected).toBeCloseTo(1478 / 1685, 10);
    expect(truncated.message).toContain('解放区人民法院');
    expect(truncated.message).toContain('87.71%');
    expect(truncated.message).toContain('截断而非四舍五入，四舍五入应为 87.72%');
    const wrong = findings.find((f) => f.cell === 'H8')!;
    expect(wrong).toMatchObject({ kind: 'mismatch', published: 0.9372 });
    expect(wrong.expected).toBeCloseTo(380 / 430, 10);
    const total = findings.find((f) => f.cell === 'F11')!;
    expect(total).toMatchObject({ kind: 'total-mismatch', published: 4100, expected: 4090 });
    expect(total.message).toBe('合计「已结」公布 4100，各单位之和为 4090（相差 +10）');
  });

  it('reads counts typed as 165件 and rates typed as 89.29% text', async () => {
    const { findings } = await verifyFixture('unit-matrix.xlsx', true);
    expect(findings.find((f) => f.cell === 'H7')).toMatchObject({ kind: 'rounding', published: 0.904 }); // 160件 / (12件 + 165件)
    expect(findings.find((f) => f.cell === 'H10')).toMatchObject({ kind: 'rounding', published: 0.8929 });
  });

  it('takes a blank count for 0 in a rate, as the ZX functions do: the row is recomputed', async () => {
    const { findings, checked } = await verifyFixture('unit-matrix.xlsx', true);
    // 博爱: 旧存 blank, 190 ÷ (0 + 210) = 90.48%, published rounded
    expect(findings.find((f) => f.cell === 'H9')).toMatchObject({ kind: 'rounding' });
    expect(findings.find((f) => f.cell === 'H9')!.expected).toBeCloseTo(190 / 210, 10);
    // 7 rates with the total's; 受理 = 旧存 + 新收 on 6 rows (the column-sum check still skips 博爱's blank 旧存); the
    // total's 5 columns; 未结 = 旧存 + 新收 − 已结 on the 5 courts with all figures (the 合计 row's is not re-checked)
    expect(checked).toBe(7 + 6 + 5 + 5);
  });

  it('reports a 同比 of a count in percent, computed against last year', async () => {
    const { findings } = await verifyFixture('yoy.xlsx', false);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ cell: 'D8', kind: 'mismatch', published: 0.0732 });
    expect(findings[0].expected).toBeCloseTo((820 - 760) / 760, 10);
    expect(findings[0].message).toContain('（本期 − 上年同期）÷ 上年同期');
  });
});

describe('two groups with the same fields (诉讼案件, 执行案件)', () => {
  it('recomputes each group\'s rate from its own group\'s counts', () => {
    const g = gridOf(
      [
        ['院别', '诉讼案件', null, null, null, '执行案件', null, null, null],
        [null, '旧存', '新收', '已结', '结案率', '旧存', '新收', '已结', '执结率'],
        ['延吉法院', 85, 1600, 1478, '87.72%', 300, 1100, 1210, '86.43%'],
        ['图们法院', 12, 165, 160, '90.40%', 80, 420, 455, '90.00%'],
      ],
      { merges: [{ top: 0, left: 1, bottom: 0, right: 4 }, { top: 0, left: 5, bottom: 0, right: 8 }, { top: 0, left: 0, bottom: 1, right: 0 }] },
    );
    const [t] = recognizeGrid(g);
    expect(t.columns.map((c) => c.field ?? c.indicator)).toEqual([null, '旧存数', '新收数', '结案数', 'JA_RATE', '旧存数', '新收数', '结案数', 'ZJ_RATE']);
    const r = verifyTables(g, [t]);
    expect(r.checked).toBe(4);
    expect(r.findings).toEqual([expect.objectContaining({ cell: 'I4', kind: 'mismatch', published: 0.9, expected: 0.91 })]);
  });
});

describe('同比 of a rate is in percentage points', () => {
  const table = (published: number | string, fmt?: string, header = '同比') =>
    gridOf(
      [
        ['院别', '结案率', null, null],
        [null, '本期', '上年同期', header],
        ['延吉法院', 0.9213, 0.91, published],
        ['图们法院', 0.8, 0.82, -2],
      ],
      { merges: [{ top: 0, left: 1, bottom: 0, right: 3 }, { top: 0, left: 0, bottom: 1, right: 0 }], formats: fmt ? { D3: fmt } : {} },
    );

  it('accepts the change as points (1.13) or as a percent-formatted fraction (1.13%)', () => {
    expect(verifyGrid(table(1.13)).findings).toEqual([]);
    expect(verifyGrid(table(0.0113, '0.00%')).findings).toEqual([]);
    expect(verifyGrid(table('1.13%')).findings).toEqual([]);
  });

  it('flags a rate change computed as a percent change', () => {
    const r = verifyGrid(table(1.24, undefined, '同比（百分点）'));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ cell: 'D3', kind: 'mismatch', published: 1.24 });
    expect(r.findings[0].expected).toBeCloseTo(1.13, 10);
    expect(r.findings[0].message).toContain('本期 − 上年同期（百分点）');
  });
});

describe('同比 between two years written out', () => {
  it('takes the later year as this period', () => {
    const g = gridOf(
      [
        ['院别', '收案数', null, null],
        [null, '2023年1-11月', '2022年1-11月', '同比'],
        ['延吉法院', 5300, 5000, '6.00%'],
        ['图们法院', 610, 640, '-4.96%'],
      ],
      { merges: [{ top: 0, left: 1, bottom: 0, right: 3 }, { top: 0, left: 0, bottom: 1, right: 0 }] },
    );
    const [t] = recognizeGrid(g);
    expect(t.kind).toBe('yoy');
    expect(t.columns.map((c) => c.period)).toEqual([null, '2023年1-11月', '2022年1-11月', '同比']);
    const r = verifyTables(g, [t]);
    expect(r.checked).toBe(2);
    expect(r.findings).toEqual([expect.objectContaining({ cell: 'D4', kind: 'mismatch', published: -0.0496 })]);
    expect(r.findings[0].expected).toBeCloseTo(-30 / 640, 10);
  });
});

describe('a change column headed 增减 or 增减幅度, without the word 同比', () => {
  it('is the 同比 of the measure given for two years just before it: percent for counts, points for rates', () => {
    const g = gridOf(
      [
        ['院别', '2023年结案数', '2022年结案数', '增减幅度(%)', '2023年结案率', '2022年结案率', '增减'],
        ['延吉法院', 1100, 1000, 0.1, 0.92, 0.9, 0.02],
        ['图们法院', 900, 1000, -0.1, 0.88, 0.91, -0.02],
      ],
      { formats: { D2: '0.00%', D3: '0.00%', G2: '0.00%', G3: '0.00%' } },
    );
    const [t] = recognizeGrid(g);
    expect(t.kind).toBe('yoy');
    expect(t.columns.slice(3).map((c) => `${c.column} ${c.field ?? c.indicator} ${c.period} ${c.valueKind}`)).toEqual(['D 结案数 同比 rate', 'E JA_RATE 2023年 rate', 'F JA_RATE 2022年 rate', 'G JA_RATE 同比 rate']);
    const r = verifyTables(g, [t]);
    expect(r.checked).toBe(4);
    expect(r.findings).toEqual([expect.objectContaining({ cell: 'G3', kind: 'mismatch', published: -0.02 })]);
    expect(r.findings[0].expected).toBeCloseTo(-0.03, 10);
  });

  it('stays unknown when the columns before it are not one measure over two periods', () => {
    const [t] = recognizeGrid(gridOf([['院别', '新收', '结案数', '增减幅度'], ['延吉法院', 100, 90, 3]]));
    expect(t.columns[3]).toMatchObject({ role: 'unknown', period: null });
  });

  it('stays unknown for a bare 增减 of counts, which may be the difference in cases (950 − 900 = 50)', () => {
    const [t] = recognizeGrid(gridOf([['院别', '2023年结案数', '2022年结案数', '增减'], ['延吉法院', 950, 900, 50], ['图们法院', 600, 610, -10]]));
    expect(t.columns[3]).toMatchObject({ role: 'unknown', period: null });
    expect(verifyTables(gridOf([['院别', '2023年结案数', '2022年结案数', '增减'], ['延吉法院', 950, 900, 50]]), [t]).findings).toEqual([]);
  });
});

describe('同比 as a group of its own beside the years (2023年 › 收案 | 2022年 › 收案 | 同比 › 收案)', () => {
  it('recomputes each measure\'s 同比 from its two years', () => {
    const g = gridOf(
      [
        ['院别', '2023年', null, '2022年', null, '同比', null],
        [null, '收案', '结案', '收案', '结案', '收案', '结案'],
        ['延吉法院', 1100, 1000, 1000, 900, 0.1, 0.1111],
        ['图们法院', 900, 880, 1000, 950, -0.01, -0.0737],
      ],
      {
        merges: [{ top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 1, bottom: 0, right: 2 }, { top: 0, left: 3, bottom: 0, right: 4 }, { top: 0, left: 5, bottom: 0, right: 6 }],
        formats: { F3: '0.00%', G3: '0.00%', F4: '0.00%', G4: '0.00%' },
      },
    );
    const r = verifyGrid(g, false);
    expect(r.checked).toBe(4);
    expect(r.findings).toEqual([expect.objectContaining({ cell: 'F4', kind: 'mismatch', published: -0.01, expected: -0.1 })]);
  });
});

describe('同比 with the measures as rows', () => {
  it('reads a change written with an arrow: ↑8.00% and ↓0.5个百分点', () => {
    const r = verifyGrid(
      gridOf([
        ['指标', '本期', '上年同期', '同比'],
        ['收案数', 4320, 4000, '↑8.00%'],
        ['结案数', 3987, 4030, '↑1.07%'],
        ['一审服判息诉率', 0.9262, 0.93, '↓0.38个百分点'],
      ]),
    );
    expect(r.checked).toBe(3);
    expect(r.findings).toEqual([expect.objectContaining({ cell: 'D3', kind: 'mismatch', published: 0.0107 })]);
    expect(r.findings[0].expected).toBeCloseTo(-43 / 4030, 10);
  });

  it('reads a change typed as 2.38个百分点 in points', () => {
    const r = verifyGrid(
      gridOf([
        ['指标', '本期', '上年同期', '同比增减'],
        ['结案率', 0.8571, 0.8333, '2.38个百分点'],
        ['一审服判息诉率', 0.9262, 0.93, '-0.5个百分点'],
      ]),
    );
    expect(r.checked).toBe(2);
    expect(r.findings).toEqual([expect.objectContaining({ cell: 'D3', kind: 'mismatch', published: -0.5 })]);
    expect(r.findings[0].expected).toBeCloseTo(-0.38, 10);
    expect(r.findings[0].message).toContain('公布 -0.5个百分点');
  });

  it('takes points for the rows that are rates and percent for the counts', () => {
    const g = gridOf([
      ['指标', '本期', '上年同期', '同比'],
      ['收案数', 4320, 4000, '8.00%'],
      ['结案数', 4030, 3987, '1.08%'],
      ['结案率', '92.13%', '91.00%', '1.13'],
      ['一审服判息诉率', 0.9262, 0.93, -0.5],
    ]);
    const r = verifyGrid(g);
    expect(r.checked).toBe(4);
    expect(r.findings.map((f) => `${f.cell} ${f.kind}`)).toEqual(['D3 rounding', 'D5 mismatch']);
    expect(r.findings[1].expected).toBeCloseTo(-0.38, 10);
  });
});

describe('sums between columns and rows', () => {
  it('checks 受理 = 旧存 + 新收 on every row', () => {
    const r = verifyGrid(
      gridOf([
        ['院别', '旧存', '新收', '受理'],
        ['延吉法院', 10, 100, 110],
        ['图们法院', 5, 50, 56],
      ]),
    );
    expect(r.findings).toEqual([expect.objectContaining({ cell: 'D3', kind: 'total-mismatch', published: 56, expected: 55 })]);
  });

  it('checks the 收结存 balance 未结 = 旧存 + 新收 − 结案 where it holds on most rows', () => {
    const r = verifyGrid(
      gridOf([
        ['院别', '旧存', '新收', '已结', '未结'],
        ['延吉法院', 10, 100, 90, 20],
        ['图们法院', 5, 50, 45, 10],
        ['敦化法院', 8, 80, 70, 19],
      ]),
    );
    expect(r.findings).toEqual([expect.objectContaining({ cell: 'E4', kind: 'total-mismatch', published: 19, expected: 18 })]);
    expect(r.findings[0].message).toBe('敦化法院「未结」公布 19，旧存数 + 新收数 − 结案数为 18（相差 +1）');
  });

  it('leaves the balance alone when it holds on no row (the columns are not what it assumes)', () => {
    const r = verifyGrid(
      gridOf([
        ['院别', '旧存', '新收', '已结', '未结'],
        ['延吉法院', 10, 110, 90, 20],
        ['图们法院', 5, 55, 45, 10],
      ]),
    );
    expect(r.findings).toEqual([]);
  });

  it('reads a dash as not reported: a court with no figures does not stop the 合计 from being checked', () => {
    const r = verifyGrid(
      gridOf([
        ['单位名称', '受理案件数', '结案数'],
        ['城关人民法庭', '1,234', '1,100'],
        ['铁路运输法院', '—', '—'],
        ['高新区人民法院', '2,000', '1,900'],
        ['合  计', '3,234', '3,010'],
      ]),
    );
    expect(r.findings).toEqual([expect.objectContaining({ cell: 'C5', kind: 'total-mismatch', published: 3010, expected: 3000 })]);
  });

  it('checks a 合计 column against the count columns before it when that holds on most rows', () => {
    const r = verifyGrid(
      gridOf([
        ['院别', '二审被改判', '二审被发回', '指令再审', '2018年合计'],
        ['延吉法院', 165, 60, 3, 228],
        ['图们法院', 17, 4, 0, 21],
        ['敦化法院', 48, 30, 1, 80],
      ]),
    );
    expect(r.findings).toEqual([expect.objectContaining({ cell: 'E4', kind: 'total-mismatch', published: 80, expected: 79 })]);
  });

  it('checks a control table\'s 上限 = 合计 + 目标', () => {
    const r = verifyGrid(
      gridOf([
        ['院别', '二审被改判', '二审被发回', '2018年合计', '2019目标', '2019年发改上限'],
        ['延吉法院', 165, 87, 252, -26, 226],
        ['图们法院', 17, 6, 23, -3, 20],
        ['敦化法院', 48, 35, 83, -9, 75],
      ]),
    );
    expect(r.findings).toEqual([expect.objectContaining({ cell: 'F4', kind: 'total-mismatch', published: 75, expected: 74 })]);
    expect(r.findings[0].message).toBe('敦化法院「2019年发改上限」公布 75，2018年合计 + 2019目标为 74（相差 +1）');
  });

  it('checks 上限 = 基数 + 目标 whatever the base is called, and reports a unit\'s error once, not again on the 合计 row', () => {
    const r = verifyGrid(
      gridOf([
        ['序号', '院别', '2023年长期未结案件数', '压降目标', '2024年控制上限'],
        [1, '延吉法院', 100, -10, 90],
        [2, '图们法院', 50, -5, 45],
        [3, '敦化法院', 30, -3, 28],
        [null, '合计', 180, -18, 163],
      ]),
    );
    expect(r.findings).toEqual([expect.objectContaining({ cell: 'E4', kind: 'total-mismatch', published: 28, expected: 27 })]);
    expect(r.findings[0].message).toBe('敦化法院「2024年控制上限」公布 28，2023年长期未结案件数 + 压降目标为 27（相差 +1）');
  });

  it('leaves a 合计 column alone when it is not the sum of the columns before it', () => {
    const r = verifyGrid(
      gridOf([
        ['院别', '旧存', '新收', '合计'],
        ['延吉法院', 10, 100, 300],
        ['图们法院', 5, 50, 120],
      ]),
    );
    expect(r.findings).toEqual([]);
  });

  it('adds up only the units a total names: 基层法院合计, 全市（不含中院）', () => {
    const g = (basic: number, without: number) =>
      gridOf([
        ['院别', '收案数'],
        ['延边中院', 1000],
        ['延吉法院', 100],
        ['图们法院', 50],
        ['基层法院合计', basic],
        ['全州（不含中院）', without],
        ['全州合计', 1150],
      ]);
    const [t] = recognizeGrid(g(150, 150));
    expect(t.rows.slice(3).map((r) => [r.role, r.level, r.confirmed])).toEqual([
      ['total', '基层', true],
      ['total', '全市', true],
      ['total', '全市', true],
    ]);
    expect(verifyGrid(g(150, 150)).findings).toEqual([]);
    expect(verifyGrid(g(160, 150)).findings).toEqual([expect.objectContaining({ cell: 'B5', kind: 'total-mismatch', expected: 150 })]);
  });

  it('does not add benchmark rows into the total', () => {
    const r = verifyGrid(
      gridOf([
        ['院别', '收案数'],
        ['延吉法院', 100],
        ['图们法院', 50],
        ['合计', 150],
        ['全省平均', 80],
      ]),
    );
    expect(r.findings).toEqual([]);
    expect(r.checked).toBe(1);
  });

  it('checks 总分 against the score items and 排名 against 总分', () => {
    const r = verifyGrid(
      gridOf([
        ['院别', '发改指总量（40分）', '综合评价（12分）', '总分', '排名'],
        ['延吉法院', 40, 10, 50, 1],
        ['图们法院', 30, 11, 41, 3],
        ['敦化法院', 25, 12, 38, 2],
        ['龙井法院', 20, 9, 29, 4],
      ]),
    );
    expect(r.findings.map((f) => `${f.cell} ${f.kind} ${f.expected}`)).toEqual(['D4 total-mismatch 37', 'E3 mismatch 2', 'E4 mismatch 3']);
  });
});

describe('a typical monthly 通报表: percent numbers, a rank after each indicator, numbered notes', () => {
  const grid = (rank: number) =>
    gridOf(
      [
        ['附表1'],
        ['2023年1-11月全市法院审判执行质效主要指标通报表'],
        ['填报单位：市中院审管办', null, null, null, null, null, null, '统计时间：2023年1月1日-11月30日'],
        ['序号', '法院', '收案', null, null, '结案', null, '结案率(%)', '排名', '法定审限内结案率(%)', '排名'],
        [null, null, '旧存', '新收', '合计', '已结', '未结', null, null, null, null],
        [1, '市中院', 120, 1380, 1500, 1382, 118, 92.13, 1, 99.1, 2],
        [2, '解放区人民法院', 85, 1600, 1685, 1478, 207, 87.72, 3, 98.5, 3],
        [3, '某某高级人民法院', 30, 400, 430, 380, 50, 88.37, 2, 99.5, rank],
        [null, '全市', 235, 3380, 3615, 3240, 375, 89.63, null, null, null],
        ['注：1.结案率=已结÷（旧存+新收）；'],
        ['2.排名按降序。'],
      ],
      {
        merges: [
          { top: 1, left: 0, bottom: 1, right: 10 },
          { top: 3, left: 0, bottom: 4, right: 0 },
          { top: 3, left: 1, bottom: 4, right: 1 },
          { top: 3, left: 2, bottom: 3, right: 4 },
          { top: 3, left: 5, bottom: 3, right: 6 },
          { top: 3, left: 7, bottom: 4, right: 7 },
          { top: 3, left: 8, bottom: 4, right: 8 },
          { top: 3, left: 9, bottom: 4, right: 9 },
          { top: 3, left: 10, bottom: 4, right: 10 },
        ],
      },
    );

  it('is recognised with its lines, notes, percent columns and ranks', () => {
    const [t] = recognizeGrid(grid(1));
    expect(t.range).toBe('A4:K9');
    expect(t.meta).toEqual({ title: '2023年1-11月全市法院审判执行质效主要指标通报表', unit: null, period: '2023年1月1日-11月30日', notes: ['注：1.结案率=已结÷（旧存+新收）；', '2.排名按降序。'] });
    expect(t.columns.map((c) => c.role)).toEqual(['serial', 'unit', 'field', 'field', 'field', 'field', 'field', 'indicator', 'rank', 'indicator', 'rank']);
    expect(t.rows.map((r) => [r.label, r.role, r.level])).toEqual([
      ['市中院', 'unit', '中院'],
      ['解放区人民法院', 'unit', '基层'],
      ['某某高级人民法院', 'unit', null],
      ['全市', 'total', '全市'],
    ]);
  });

  it('checks rates typed as percent numbers in their own scale, the 合计 column (旧存 + 新收 on every row: 受理数, checked as such), and each rank by its indicator', () => {
    expect(verifyGrid(grid(1), false)).toEqual({ checked: 23, findings: [] });
    const r = verifyGrid(grid(3), true);
    expect(r.findings.find((f) => f.cell === 'H6')).toMatchObject({ kind: 'rounding', published: 92.13 });
    expect(r.findings.find((f) => f.cell === 'H6')!.expected).toBeCloseTo(92.1333333, 6);
    const rank = r.findings.filter((f) => f.kind !== 'rounding');
    expect(rank.map((f) => `${f.cell} ${f.published}→${f.expected}`)).toEqual(['K8 3→1']);
    expect(rank[0].message).toBe('某某高级人民法院「排名」公布第 3 名，按「法定审限内结案率(%)」从高到低应为第 1 名');
  });
});

describe('差距 and 是否达标 in an indicator list', () => {
  const list = (gap: (string | number)[], meets: string[], gapFormat: string | null = '0.00%') =>
    gridOf(
      [
        ['序号', '指标名称', '目标值', '实际值', '差距', '是否达标'],
        [1, '结案率', '≥97%', 0.9512, gap[0], meets[0]],
        [2, '平均审理天数', '<36', 33.5, gap[1], meets[1]],
        [3, '一审服判息诉率', '≥92%', 0.9301, gap[2], meets[2]],
        [4, '上诉案件及时移转率', '100%', 1, gap[3], meets[3]],
        [5, '民事调撤率', '-', 0.55, null, null],
      ],
      { formats: { D2: '0.00%', D4: '0.00%', D5: '0.00%', ...(gapFormat ? { E2: gapFormat, E4: gapFormat, E5: gapFormat } : {}) } },
    );

  it('recomputes each 差距 (positive = better than the target) and each 是否达标 by the indicator\'s direction', () => {
    const r = verifyGrid(list([-0.0188, 2.5, 0.0101, 0], ['否', '是', '是', '否']));
    expect(r.checked).toBe(8);
    expect(r.findings).toEqual([expect.objectContaining({ cell: 'F5', kind: 'mismatch', published: 0, expected: 1 })]);
    expect(r.findings[0].message).toBe('上诉案件及时移转率「是否达标」公布未达标，实际 1 对目标 100% 应为达标');
  });

  it('takes the table\'s own convention for 差距 (实际 − 目标) and flags the row that breaks it', () => {
    const r = verifyGrid(list([-0.0188, -2.5, 0.0201, 0], ['否', '是', '是', '是']));
    expect(r.findings).toEqual([expect.objectContaining({ cell: 'E4', kind: 'mismatch', published: 0.0201 })]);
    expect(r.findings[0].expected).toBeCloseTo(0.0101, 10);
    expect(r.findings[0].message).toContain('实际值 − 目标值');
  });

  it('reads 是否达标 however it is written: 达标/未达标 (what fill writes), 是/否, TRUE/FALSE', () => {
    for (const [yes, no] of [['达标', '未达标'], ['是', '否'], [true, false], ['TRUE', 'FALSE']] as const) {
      const r = verifyGrid(list([-0.0188, 2.5, 0.0101, 0], [no, yes, yes, no] as unknown as string[]));
      expect(r.checked).toBe(8);
      expect(r.findings.map((f) => f.cell)).toEqual(['F5']);
    }
  });

  it('reads a 差距 of rates written in points (−1.88)', () => {
    const r = verifyGrid(list([-1.88, 2.5, 1.01, 0], ['否', '是', '是', '是'], null));
    expect(r.findings).toEqual([]);
    expect(r.checked).toBe(8);
  });
});

describe('差距 and 是否达标 beside an indicator column of a unit matrix (结案率 | 目标 | 差距 | 是否达标)', () => {
  it('takes the indicator left of 目标 as the actual values', () => {
    const r = verifyGrid(
      gridOf(
        [
          ['院别', '结案率', '目标', '差距', '是否达标', '备注'],
          ['延吉法院', 0.95, '≥93%', 0.02, '是', null],
          ['图们法院', 0.9, '≥93%', -0.03, '是', '人员不足'],
          ['敦化法院', 0.97, '≥95%', 0.02, '是', null],
        ],
        { formats: { B2: '0.00%', B3: '0.00%', B4: '0.00%', D2: '0.00%', D3: '0.00%', D4: '0.00%' } },
      ),
    );
    expect(r.checked).toBe(6);
    expect(r.findings).toEqual([expect.objectContaining({ cell: 'E3', kind: 'mismatch', published: 1, expected: 0 })]);
  });
});

describe('published rates in other spellings', () => {
  it('reads a rate typed as a percent number (92.13 under 结案率(%))', () => {
    const grid = (rate: number) =>
      gridOf([
        ['院别', '旧存', '新收', '结案', '结案率(%)'],
        ['延吉法院', 120, 1380, 1382, rate],
      ]);
    expect(verifyGrid(grid(92.13)).findings.map((f) => f.kind)).toEqual(['rounding']);
    expect(verifyGrid(grid(92.13), false).findings).toEqual([]);
    expect(verifyGrid(grid(93.13), false).findings.map((f) => f.kind)).toEqual(['mismatch']);
  });

  it('reads a per-mille indicator as a ‰ number or as ‰ text, and reports it in the cell\'s own scale', () => {
    const g = gridOf(
      [
        ['院别', '指令再审数', '高院改判发回数', '生效案件数', '生效案件被改发指率（‰）', '改发指率'],
        ['延吉法院', 3, 5, 4000, 2.0, '2.00‰'],
        ['图们法院', 1, 0, 600, 1.67, '1.60‰'],
      ],
      { formats: { E2: '0.00"‰"', E3: '0.00"‰"' } },
    );
    const r = verifyGrid(g);
    expect(r.checked).toBe(4);
    expect(r.findings.map((f) => `${f.cell} ${f.kind}`)).toEqual(['E3 rounding', 'F3 mismatch']);
    expect(r.findings[0].expected).toBeCloseTo(1.6666667, 6);
    expect(r.findings[1].expected).toBeCloseTo(0.0016666667, 9);
    expect(r.findings[1].message).toContain('公布 1.60‰');
  });

  it('recomputes 结案率 from 受理 when the table has 受理 instead of 旧存 and 新收', () => {
    const r = verifyGrid(
      gridOf(
        [
          ['院别', '受理', '结案', '结案率'],
          ['延吉法院', 1234, 1100, 0.8914],
          ['图们法院', 2000, 1900, 0.9],
        ],
        { formats: { D2: '0.00%', D3: '0.00%' } },
      ),
    );
    expect(r.findings).toEqual([
      expect.objectContaining({ cell: 'D2', kind: 'rounding' }),
      expect.objectContaining({ cell: 'D3', kind: 'mismatch', published: 0.9, expected: 0.95 }),
    ]);
    expect(r.findings[1].message).toBe('图们法院「结案率」公布 90.00%，按 结案数 ÷（旧存 + 新收）（结案数 1900，受理数 2000）重算为 95.0000%：数值不符，请核对');
  });

  it('recomputes by the variant 口径 whose inputs the table has (本院: 立案庭登记上诉案件数)', () => {
    const r = verifyGrid(
      gridOf([
        ['院别', '立案庭登记上诉案件数', '一审结案数', '一审服判息诉率'],
        ['延吉法院', 310, 4200, 0.9262],
        ['图们法院', 22, 590, 0.9527],
      ]),
      false,
    );
    expect(r.checked).toBe(2);
    expect(r.findings).toEqual([expect.objectContaining({ cell: 'D3', kind: 'mismatch', published: 0.9527 })]);
    expect(r.findings[0].expected).toBeCloseTo(1 - 22 / 590, 10);
    expect(r.findings[0].message).toContain('本院口径');
  });

  it('verifies as the user corrected the mapping, not as first recognised', () => {
    const g = gridOf([
      ['院别', '已办结', '应办结', '办结占比'],
      ['延吉法院', 90, 100, 0.8],
    ]);
    const tables = recognizeGrid(g);
    expect(verifyTables(g, tables).findings).toEqual([]);
    const [t] = tables;
    const corrected = {
      ...t,
      columns: t.columns.map((c) =>
        c.column === 'B' ? { ...c, role: 'field' as const, field: '审限内结案数' } : c.column === 'C' ? { ...c, role: 'field' as const, field: '结案数' } : c.column === 'D' ? { ...c, role: 'indicator' as const, indicator: 'SXNJA_RATE', valueKind: 'rate' as const } : c,
      ),
    };
    const r = verifyTables(g, [corrected]);
    expect(r.findings).toEqual([expect.objectContaining({ cell: 'D2', kind: 'mismatch', published: 0.8, expected: 0.9 })]);
  });
});
