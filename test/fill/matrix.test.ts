import { fillOptionsFor, planFill } from '../../src/core/kinds';
import { address, type CellValue } from '../../src/core/base/grid';
import type { CellWrite, EditPlan } from '../../src/core/base/plan';
import { validateTargetPreset, type TargetPreset } from '../../src/core/presets';
import { handTable } from './helpers';
import { checkWithHyperFormula } from './hyperformula';

/** a user's own target preset: 结案率 ≧90% for 基层 (not assessed for 中院), 平均审理天数 ≦45 and 前三 */
const preset: TargetPreset = {
  kind: 'target',
  id: '测试2024',
  name: '测试目标',
  source: '单元测试',
  year: 2024,
  description: '',
  targets: [
    { indicator: 'JA_RATE', name: '结案率', byLevel: { 中院: '-', 基层: '≧90%', 全市: '≧90%' } },
    { indicator: 'PJSL_DAYS', name: '平均审理天数', text: '≦45', rank: '前三' },
  ],
};

// 旧存, 新收, 结案, 审理天数合计 → 结案率, 平均审理天数
const { grid, table } = handTable(
  '统计',
  ['院别', '旧存数', '新收数', '结案数', '审理天数合计'],
  [
    ['甲法院', 10, 90, 95, 3800], // 95%, 40 天
    ['乙法院', 20, 80, 85, 4250], // 85%, 50 天
    ['丙法院', 10, 90, 95, 3800], // 95%, 40 天 — ties 甲
    ['延边中院', 5, 45, 40, 1200], // 80%, 30 天
    ['合计', 45, 305, 315, 13050], // 90%, 41.43 天
  ],
);

function byHeader(plan: EditPlan, header: string): Map<string, CellWrite> {
  const head = plan.writes.find((w) => w.value === header && w.row === 0);
  if (!head) throw new Error(`没有列「${header}」：${plan.writes.filter((w) => w.row === 0).map((w) => w.value).join('、')}`);
  const out = new Map<string, CellWrite>();
  for (const w of plan.writes) if (w.col === head.col && w.row > 0) out.set(String(grid.values[w.row][0]), w);
  return out;
}
const v = (m: Map<string, CellWrite>, unit: string): CellValue => m.get(unit)!.value;

describe('a unit matrix with a target preset', () => {
  // 全市 targets for the total row only, so that 中院's '-' is not assessed (by default the 全市 target binds every
  // court, issue 12.2: see 'the 全市 row binds every court' below)
  const plan = planFill([grid], [table], { targets: preset, targetsScope: 'total', indicators: ['JA_RATE', 'PJSL_DAYS'], ranks: true });

  test('the preset is a valid record', () => {
    expect(validateTargetPreset(preset)).toEqual([]);
  });

  test('indicator columns are formulas per row, a total from its own counts (90%, not the mean 88.75%)', () => {
    const rate = byHeader(plan, '结案率');
    expect(rate.get('甲法院')!.formula).toBe('=ZX.JA_RATE(D2,B2,C2)');
    expect(rate.get('甲法院')!.numberFormat).toBe('0.00%');
    expect(v(rate, '合计')).toBeCloseTo(0.9, 12);
    expect(rate.get('合计')!.formula).toBe('=ZX.JA_RATE(D6,B6,C6)');
  });

  test('gap is positive when better: actual − target for ↑, target − actual for ↓', () => {
    const rateGap = byHeader(plan, '结案率差距');
    expect(v(rateGap, '甲法院')).toBeCloseTo(0.05, 12);
    expect(v(rateGap, '乙法院')).toBeCloseTo(-0.05, 12);
    const daysGap = byHeader(plan, '平均审理天数差距');
    expect(v(daysGap, '甲法院')).toBeCloseTo(5, 12); // 45 − 40
    expect(v(daysGap, '乙法院')).toBeCloseTo(-5, 12); // 45 − 50
    // F 结案率, G 平均审理天数, H 结案率目标: the gap refers to the actual and the target beside it
    expect(rateGap.get('甲法院')!.formula).toBe('=IFNA(ZX.GAP(F2,H2,"正向"),"-")');
  });

  test('pass/fail per unit, with green/red conditional formats', () => {
    const ok = byHeader(plan, '结案率是否达标');
    expect(v(ok, '甲法院')).toBe('达标');
    expect(v(ok, '乙法院')).toBe('未达标');
    expect(v(ok, '合计')).toBe('达标');
    expect(ok.get('甲法院')!.formula).toBe('=IFNA(IF(ZX.MEETS(F2,H2,"正向"),"达标","未达标"),"不考核")');
    const col = ok.get('甲法院')!.col;
    const cfs = plan.conditionalFormats.filter((c) => c.range.left === col);
    expect(cfs.map((c) => [c.formula, c.fill])).toEqual([
      ['"达标"', expect.any(String)],
      ['"未达标"', expect.any(String)],
    ]);
    expect(cfs[0].fill).not.toBe(cfs[1].fill);
  });

  test("a '-' target is not assessed: 不考核 (ZX.MEETS's #N/A said in words), not a failure", () => {
    expect(v(byHeader(plan, '结案率目标'), '延边中院')).toBe('-');
    expect(v(byHeader(plan, '结案率是否达标'), '延边中院')).toBe('不考核');
    expect(v(byHeader(plan, '结案率差距'), '延边中院')).toBe('-'); // as its target says
    expect(plan.summary.some((l) => l.includes('结案率：达标 2 个，未达标 1 个，不考核 1 个'))).toBe(true);
  });

  test('ranks follow the direction and tie as RANK.EQ (甲 and 丙 share a rank, the next is skipped)', () => {
    const days = byHeader(plan, '平均审理天数排名');
    expect([v(days, '延边中院'), v(days, '甲法院'), v(days, '丙法院'), v(days, '乙法院')]).toEqual([1, 2, 2, 4]);
    expect(days.get('甲法院')!.formula).toBe('=RANK.EQ(G2,$G$2:$G$5,1)'); // ascending: lower is better
    expect(days.has('合计')).toBe(false); // a total is not ranked among the units
    const rate = byHeader(plan, '结案率排名');
    expect([v(rate, '甲法院'), v(rate, '丙法院'), v(rate, '乙法院'), v(rate, '延边中院')]).toEqual([1, 1, 3, 4]);
  });

  test('a rank target (前三) is checked against the rank', () => {
    const top3 = byHeader(plan, '平均审理天数是否前三');
    expect([v(top3, '延边中院'), v(top3, '甲法院'), v(top3, '丙法院'), v(top3, '乙法院')]).toEqual(['是', '是', '是', '否']);
    expect(top3.get('乙法院')!.formula).toMatch(/^=IF\(ZX\.MEETS\([A-Z]+3,"前三"\),"是","否"\)$/);
  });

  test('every formula shows what HyperFormula computes (ties, #N/A and all)', () => {
    const { checked, disagreements } = checkWithHyperFormula([grid], plan);
    expect(checked).toBeGreaterThan(40);
    expect(disagreements).toEqual([]);
  });

  test('nothing is written over: the table had no cells where the columns go', () => {
    expect(plan.overwrites).toEqual([]);
    expect(plan.writes.every((w) => w.col >= 5)).toBe(true);
  });
});

describe('targets from a target table in the workbook', () => {
  // T3-like: levels as rows, indicators as columns
  const targetsSheet = handTable('目标', ['层级', '结案率', '平均审理天数'], [
    ['中院', '-', '≦30'],
    ['基层法院', '≧90%', '≦45'],
  ], 'target-matrix');
  targetsSheet.table.rows[1].level = '基层';
  targetsSheet.table.targets = [
    { row: 2, column: 'B', text: '-', op: 'none', value: null, unit: null },
    { row: 2, column: 'C', text: '≦30', op: '<=', value: 30, unit: '' },
    { row: 3, column: 'B', text: '≧90%', op: '>=', value: 0.9, unit: '%' },
    { row: 3, column: 'C', text: '≦45', op: '<=', value: 45, unit: '' },
  ];
  const plan = planFill([grid, targetsSheet.grid], [table, targetsSheet.table], { indicators: ['PJSL_DAYS'] });

  test('each unit gets its level’s target, as a reference to the target table’s cell', () => {
    const target = byHeader(plan, '平均审理天数目标');
    expect(target.get('甲法院')!.formula).toBe("='目标'!C3");
    expect(v(target, '甲法院')).toBe('≦45');
    expect(target.get('延边中院')!.formula).toBe("='目标'!C2");
    const ok = byHeader(plan, '平均审理天数是否达标');
    expect(v(ok, '延边中院')).toBe('达标'); // 30 ≦ 30
    expect(v(ok, '乙法院')).toBe('未达标'); // 50 > 45
    // 合计 is 全市: the table sets no 全市 target
    expect(v(target, '合计')).toBe('-');
  });
});

test('the summary lists the added indicators so that a name holding 、 reads as one', () => {
  const t = handTable('统计', ['院别', '一审结案数', '二审改判数', '二审发回数'], [['甲法院', 100, 2, 1], ['乙法院', 200, 3, 1]]);
  const plan = planFill([t.grid], [t.table], { indicators: ['GPFH_RATE', 'ESGF_RATIO'] });
  expect(plan.summary.join('\n')).toContain('新增指标列 2 列：一审案件改判、发回重审率；二审改判-发回重审比');
});

describe('gap and pass/fail are separate choices', () => {
  const headers = (options: { gaps?: boolean; passFail?: boolean }) =>
    planFill([grid], [table], { targets: preset, targetsScope: 'total', indicators: ['JA_RATE'], ...options })
      .writes.filter((w) => w.row === 0)
      .map((w) => w.value);
  test('both by default; without the gap only 目标 and 是否达标; without pass/fail only 目标 and 差距', () => {
    expect(headers({})).toEqual(expect.arrayContaining(['结案率目标', '结案率差距', '结案率是否达标']));
    const noGap = headers({ gaps: false });
    expect(noGap).toEqual(expect.arrayContaining(['结案率目标', '结案率是否达标']));
    expect(noGap).not.toContain('结案率差距');
    const noPass = headers({ passFail: false });
    expect(noPass).toEqual(expect.arrayContaining(['结案率目标', '结案率差距']));
    expect(noPass).not.toContain('结案率是否达标');
  });
  test('without a 是否达标 column the summary still counts who passes, and no colours are planned for it', () => {
    const plan = planFill([grid], [table], { targets: preset, targetsScope: 'total', indicators: ['JA_RATE'], passFail: false });
    expect(plan.summary.some((l) => l.includes('结案率：达标 2 个，未达标 1 个，不考核 1 个'))).toBe(true);
    expect(plan.conditionalFormats).toEqual([]);
  });
});

describe('审执结案进度 against the month floor', () => {
  const t = handTable('进度', ['院别', '结案数', '受理数'], [
    ['甲法院', 90, 100],
    ['乙法院', 80, 100],
  ]);
  test('November: floor 88% from ZX.JAJD_FLOOR, pass when the progress reaches it', () => {
    const plan = planFill([t.grid], [t.table], { indicators: ['JAJD_RATE'], month: 11, targets: 'none' });
    const floor = plan.writes.find((w) => w.formula === '=ZX.JAJD_FLOOR(11)');
    expect(floor?.value).toBe(0.88);
    const checks = plan.writes.filter((w) => w.formula?.includes('>='));
    expect(checks.map((w) => [address(w.row, w.col), w.value])).toEqual([
      [expect.any(String), '达到'],
      [expect.any(String), '未达到'],
    ]);
  });
});

describe('fillOptionsFor', () => {
  test('offers per table what it can do, the target sources and the presets', () => {
    const targetsSheet = handTable('目标', ['层级', '结案率'], [['基层法院', '≧90%']], 'target-matrix');
    const offer = fillOptionsFor([grid, targetsSheet.grid], [table, targetsSheet.table]);
    expect(offer.tables[0].indicators.map((i) => i.id)).toEqual(expect.arrayContaining(['JA_RATE', 'PJSL_DAYS', 'JSB_RATIO']));
    expect(offer.tables[0].action).toContain('可新增');
    expect(offer.tables[1].action).toBeNull();
    expect(offer.targetSources.map((s) => s.id)).toEqual(['workbook', '焦作2021', '方城2023', '乌兰浩特2022', '延边2019']);
    expect(offer.scoringPresets.map((p) => p.id)).toEqual(['延边2019']);
    expect(offer.defaults).toMatchObject({ tables: [0], targets: 'workbook', scoring: '延边2019' });
  });
});

test('a table with indicators but no column to add is offered its gaps and pass/fail, without "可新增 0 列"', () => {
  const only = handTable('结果', ['院别', '结案率', '平均审理天数'], [['甲法院', 0.95, 40], ['乙法院', 0.85, 50]]);
  const offer = fillOptionsFor([only.grid], [only.table]);
  expect(offer.tables[0].indicators).toEqual([]);
  expect(offer.tables[0].action).not.toMatch(/新增 0/);
  expect(offer.tables[0].action).toContain('没有可新增的指标列');
  expect(offer.tables[0].action).toContain('已有的指标按目标计算差距、是否达标');
});

test('an added header carries a year only where the table’s own headers do', () => {
  const headersOf = (plan: EditPlan) => plan.writes.filter((w) => w.row === 0).map((w) => w.value);
  // dated 2023年1-11月 in its 统计时间: the headers have no year, nor does the added one
  const dated = handTable('统计', ['院别', '旧存数', '新收数', '结案数'], [['甲法院', 10, 90, 95], ['乙法院', 20, 80, 85]]);
  dated.table.meta.period = '2023年1-11月';
  const plain = headersOf(planFill([dated.grid], [dated.table], { indicators: ['JA_RATE'] }));
  expect(plain).toContain('结案率');
  expect(plain.some((h) => /2023年/.test(String(h)))).toBe(false);
  // a year-group table (2023年旧存数 …): the added column says which year it is for
  const grouped = handTable('统计', ['院别', '旧存数', '新收数', '结案数'], [['甲法院', 10, 90, 95], ['乙法院', 20, 80, 85]]);
  grouped.table.columns.forEach((c, j) => {
    if (j > 0) {
      c.header = ['2023年', c.header[0]];
      c.period = '2023年';
    }
  });
  expect(headersOf(planFill([grouped.grid], [grouped.table], { indicators: ['JA_RATE'] }))).toContain('2023年结案率');
});

describe('an indicator counted by another 口径', () => {
  test('the variant whose inputs the table has is used and named: 本院 一审服判息诉率, 平台 法定期限内执结率', () => {
    const t = handTable(
      '口径',
      ['院别', '立案庭登记上诉案件数', '一审结案数', '法定期限内结案数', '旧存数', '新收数', '终本数', '法定期限内未结数'],
      [['甲法院', 50, 1000, 300, 100, 500, 150, 40]],
    );
    const plan = planFill([t.grid], [t.table], { indicators: ['FWXS_RATE', 'YCCZJ_RATE'], targets: 'none' });
    const fwxs = plan.writes.find((w) => w.formula?.startsWith('=ZX.FWXS_RATE'));
    expect(fwxs).toMatchObject({ formula: '=ZX.FWXS_RATE(B2,C2,"本院")' });
    expect(fwxs!.value as number).toBeCloseTo(0.95, 12);
    const yc = plan.writes.find((w) => w.formula?.startsWith('=ZX.YCCZJ_RATE'));
    expect(yc).toMatchObject({ formula: '=ZX.YCCZJ_RATE(D2,E2,F2,G2,H2,"平台")' });
    // 300 / (100 + 500 − 150 − 40) = 73.17% (kept to two decimals of a percent by that 口径)
    expect(yc!.value).toBe(0.7317);
    expect(plan.writes.filter((w) => w.row === 0).map((w) => w.value)).toEqual(['一审服判息诉率（本院口径）', '有财产可供执行案件法定期限内实际执结率（平台口径）']);
    expect(checkWithHyperFormula([t.grid], plan).disagreements).toEqual([]);
  });
});

describe('a target set on one 口径 (issue 12.1)', () => {
  // 延边2019: "实际执结率：不低于53.48%", "终本率：不低于26.52%（…目标达到执结率80%）" — on the 受理 base of 执结率
  test('延边2019 computes 实际执结率 ÷ 受理 where the table has 旧存 and 新收: 147/(60+240) = 49.00% < 53.48%', () => {
    const t = handTable('执行', ['院别', '旧存数', '新收数', '结案数', '实际执结数'], [['延边中院', 60, 240, 255, 147]]);
    const plan = planFill([t.grid], [t.table], { indicators: ['SJZJ_RATE'], targets: '延边2019' });
    expect(plan.writes.find((w) => w.formula?.startsWith('=ZX.SJZJ_RATE'))).toMatchObject({ formula: '=ZX.SJZJ_RATE(E2,B2,C2)', value: 0.49 });
    expect(plan.summary.join('\n')).toContain('实际执结率：达标 0 个，未达标 1 个');
    expect(checkWithHyperFormula([t.grid], plan).disagreements).toEqual([]);
  });

  test('a table without 旧存/新收 gets the 结案 口径, named, and it is not compared with 延边2019’s 受理 target', () => {
    const t = handTable('执行', ['院别', '结案数', '实际执结数'], [['延边中院', 255, 147]]);
    const plan = planFill([t.grid], [t.table], { indicators: ['SJZJ_RATE'], targets: '延边2019' });
    const col = plan.writes.find((w) => w.formula?.startsWith('=ZX.SJZJ_RATE'))!;
    expect(col).toMatchObject({ formula: '=ZX.SJZJ_RATE(C2,B2,,"结案")' });
    expect(col.value as number).toBeCloseTo(147 / 255, 12);
    expect(plan.writes.filter((w) => w.row === 0).map((w) => w.value)).toEqual(['实际执结率（结案口径）']);
    expect(plan.summary.join('\n')).toContain('实际执结率：目标按「受理」口径设定，本表按「结案」口径计算，未与目标比较');
    expect(plan.summary.join('\n')).not.toMatch(/实际执结率：达标/);
  });
});

describe('the direction belongs to the 口径 (issue 12.7)', () => {
  // 终本率 by 延边2019 (÷ 受理): "终本率：不低于26.52%" — ↑; as a share of closings (÷ 结案) the less the better — ↓
  const t = handTable('执行', ['院别', '结案数', '终本数'], [['甲法院', 200, 50], ['乙法院', 200, 70]]);
  const preset: TargetPreset = { kind: 'target', id: '终本占比', name: '终本占比', source: '单元测试', year: 2024, description: '', targets: [{ indicator: 'ZB_RATE', name: '终本率', text: '30%', variant: '结案' }] };

  test('a bare 30% on the 结案 口径 is at most 30%: 甲 50/200 = 25% 达标, 乙 70/200 = 35% 未达标; the rank is ascending', () => {
    const plan = planFill([t.grid], [t.table], { targets: preset, indicators: ['ZB_RATE'], ranks: true });
    const ok = plan.writes.filter((w) => w.formula?.includes('ZX.MEETS'));
    expect(ok.map((w) => w.value)).toEqual(['达标', '未达标']);
    expect(ok[0].formula).toContain('"逆向"');
    expect(plan.writes.find((w) => w.formula?.startsWith('=RANK.EQ'))!.formula).toMatch(/,1\)$/);
    expect(checkWithHyperFormula([t.grid], plan).disagreements).toEqual([]);
  });

  test('a preset may read an indicator in a direction of its own (direction: down)', () => {
    const own: TargetPreset = { ...preset, targets: [{ indicator: 'ZB_RATE', name: '终本率', text: '30%', direction: 'down' }] };
    const four = handTable('执行', ['院别', '旧存数', '新收数', '终本数'], [['甲法院', 0, 200, 50], ['乙法院', 0, 200, 70]]);
    const plan = planFill([four.grid], [four.table], { targets: own, indicators: ['ZB_RATE'] });
    expect(plan.writes.filter((w) => w.formula?.includes('ZX.MEETS')).map((w) => w.value)).toEqual(['达标', '未达标']);
  });
});
