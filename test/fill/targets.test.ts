import * as path from 'path';
import { readWorkbook } from '../../src/cli/xlsx-read';
import { presetTargets, scopedTarget, workbookTargets } from '../../src/core/fill/targets';
import { recognizeGrid } from '../../src/core/recognize';
import { TARGET_PRESETS } from '../../src/core/presets';
import { planFill } from '../../src/core/kinds';
import { parseTarget } from '../../src/core/targets';
import { handTable } from './helpers';
import { checkWithHyperFormula } from './hyperformula';

/**
 * What the 焦作2021 preset takes from the plan's prose besides its table (issue 12.2): 基层 一审服判息诉率 "91%以上"
 * (（三）1), 民事案件调撤率 "30%以上" (（一）7), and 恢复案件实际执行到位率 for the 全市 figure only ("全市法院…达到30%").
 */
const PROSE_ONLY = new Set(['FWXS_RATE|基层', 'TC_RATE|中院', 'TC_RATE|基层', 'TC_RATE|全市', 'DWL_RATE|中院', 'DWL_RATE|基层']);

describe('targets from the workbook’s target table T3 equal the 焦作2021 preset but for the prose, either orientation', () => {
  test.each(['t3-targets.xlsx', 't3-targets-transposed.xlsx'])('%s', async (file) => {
    const book = await readWorkbook(path.join(__dirname, '..', 'fixtures', file));
    const table = book.flatMap((g) => recognizeGrid(g)).find((t) => t.kind === 'target-matrix')!;
    const fromSheet = workbookTargets(table);
    const fromPreset = presetTargets(TARGET_PRESETS['焦作2021']);
    // the transposed table lost the 执行案件 group: its bare 结案率 reads as the litigation 结案率 (JA_RATE)
    const sheetId = (id: string) => (file.includes('transposed') && id === 'ZJ_RATE' ? 'JA_RATE' : id);
    expect(fromSheet.indicators.sort()).toEqual(fromPreset.indicators.filter((id) => id !== 'TC_RATE').map(sheetId).sort());
    for (const id of fromPreset.indicators)
      for (const level of ['中院', '基层', '全市'] as const) {
        if (PROSE_ONLY.has(`${id}|${level}`)) continue;
        expect([id, level, fromSheet.lookup(sheetId(id), level)?.text]).toEqual([id, level, fromPreset.lookup(id, level)?.text]);
        expect(fromSheet.lookup(sheetId(id), level)?.cell?.sheet).toBe(table.sheet);
      }
    expect(fromSheet.lookup('FWXS_RATE', null)).toBeNull();
  });
});

/**
 * 焦作2021 (issue 12.2): "（一）两级法院共同完成的指标 1.一审服判息诉率90%以上 …" — the 全市法院 row binds every
 * court; "（二）中级法院需完成的指标 … 2.再审审查率5%以下" adds to it for 中院; "（三）基层法院需完成的指标 1.一审服判息诉率
 * 91%以上" overrides it for 基层. Figures by hand:
 *   中院 二审收案 95 / 一审结案 1000 → 90.5% (≧90%: 达标); 再审审查 40 / 生效 1000 → 4% (≦5%: 达标)
 *   甲法院 95 / 1000 → 90.5% (91%以上: 未达标 — it would pass the 全市 90%)
 *   乙法院 80 / 1000 → 92% (达标); 合计 270 / 3000 → 91% (≧90%: 达标)
 */
describe('the 全市 row binds every court of both levels, level rows adding or overriding (焦作2021)', () => {
  const t = handTable(
    '质效',
    ['院别', '二审收案数', '一审结案数', '再审审查数', '生效案件数'],
    [
      ['焦作中院', 95, 1000, 40, 1000],
      ['甲法院', 95, 1000, 10, 900],
      ['乙法院', 80, 1000, 10, 900],
      ['合计', 270, 3000, 60, 2800],
    ],
  );
  const shown = (plan: ReturnType<typeof planFill>, header: string) => {
    const col = plan.writes.find((w) => w.row === 0 && w.value === header)!.col;
    return Object.fromEntries(plan.writes.filter((w) => w.col === col && w.row > 0).map((w) => [String(t.grid.values[w.row][0]), w.value]));
  };

  test('preset 焦作2021, default scope: 中院 and 合计 ≧90%, 基层 91%以上; 再审审查率 for 中院 only', () => {
    const plan = planFill([t.grid], [t.table], { targets: '焦作2021', indicators: ['FWXS_RATE', 'ZSSC_RATE'] });
    expect(shown(plan, '一审服判息诉率目标')).toEqual({ 焦作中院: '≧90%', 甲法院: '91%以上', 乙法院: '91%以上', 合计: '≧90%' });
    expect(shown(plan, '一审服判息诉率是否达标')).toEqual({ 焦作中院: '达标', 甲法院: '未达标', 乙法院: '达标', 合计: '达标' });
    expect(shown(plan, '再审审查率目标')).toEqual({ 焦作中院: '≦5%', 甲法院: '-', 乙法院: '-', 合计: '-' });
    expect(shown(plan, '再审审查率是否达标')).toEqual({ 焦作中院: '达标', 甲法院: '不考核', 乙法院: '不考核', 合计: '不考核' });
    expect(plan.summary.join('\n')).toContain('一审服判息诉率：达标 2 个，未达标 1 个；合计达标（目标来自预设「焦作2021」）');
    expect(checkWithHyperFormula([t.grid], plan).disagreements).toEqual([]);
  });

  test('scope total: the 全市 target for the total row only (the courts keep their level’s own: 基层 91%以上)', () => {
    const plan = planFill([t.grid], [t.table], { targets: '焦作2021', targetsScope: 'total', indicators: ['FWXS_RATE'] });
    expect(shown(plan, '一审服判息诉率目标')).toEqual({ 焦作中院: '-', 甲法院: '91%以上', 乙法院: '91%以上', 合计: '≧90%' });
    expect(plan.summary.join('\n')).toContain('目标来自预设「焦作2021」，全市目标只用于合计行）');
  });

  test('"全市法院恢复案件实际执行到位率达到30%" binds the total only; the rank target of （三）6 is in the preset', () => {
    const source = presetTargets(TARGET_PRESETS['焦作2021']);
    expect(source.lookup('DWL_RATE', '基层')?.text).toBe('-');
    expect(source.lookup('DWL_RATE', '全市')?.text).toBe('≧30%');
    expect(source.lookup('ZJ_RATE', '基层')?.text).toBe('≧90%'); // "执行案件结案率90%": every court
    const rank = TARGET_PRESETS['焦作2021'].targets.find((x) => x.name.includes('综合排名'))!;
    expect(rank).toMatchObject({ indicator: null, rank: '进入全省前80名' });
    expect(parseTarget(rank.rank!)).toMatchObject({ op: 'rank', value: 80 });
  });

  test('from the workbook’s T3: a court’s target refers to the 全市法院 cell; a word (不考核) in a level cell exempts the level', async () => {
    const book = await readWorkbook(path.join(__dirname, '..', 'fixtures', 't3-targets.xlsx'));
    const target = book.flatMap((g) => recognizeGrid(g)).find((x) => x.kind === 'target-matrix')!;
    const source = workbookTargets(target);
    const city = source.lookup('FWXS_RATE', '全市')!;
    expect(source.lookup('FWXS_RATE', '基层')).toEqual(city);
    expect(source.lookup('FWXS_RATE', '中院')).toEqual(city);
    expect(workbookTargets(target, 'total').lookup('FWXS_RATE', '基层')?.text).toBe('-');
    expect(scopedTarget({ text: '不考核' }, () => city, '基层', 'all')).toEqual({ text: '不考核' });
    expect(scopedTarget({ text: '—' }, () => city, '基层', 'all')).toEqual(city);
  });
});

/**
 * Counts a preset names (issue 12.5). 乌兰浩特2022: "超两年以上未结案件6月底清零,超一年以上未结案件年底清零";
 * "案款超期未发放(笔) … 全年达到案款全部发放"; 方城2023: "案款发放率达到90%以上".
 */
describe('counts and rates the seeds name are assessed where the table has them', () => {
  test('乌兰浩特2022: a count column named by the preset is compared with its zero target (6月底清零, 全部发放)', () => {
    const t = handTable('清理', ['院别', '超两年以上未结案件数', '案款超期未发放（笔）'], [['甲法院', 0, 2], ['乙法院', 3, 0]]);
    const plan = planFill([t.grid], [t.table], { targets: '乌兰浩特2022' });
    const col = (header: string) => plan.writes.find((w) => w.row === 0 && w.value === header)?.col;
    const at = (c: number | undefined) => plan.writes.filter((w) => w.col === c && w.row > 0).map((w) => w.value);
    expect(at(col('超两年以上未结案件数目标'))).toEqual(['6月底清零', '6月底清零']);
    expect(at(col('超两年以上未结案件数是否达标'))).toEqual(['达标', '未达标']);
    expect(at(col('案款超期未发放是否达标'))).toEqual(['未达标', '达标']);
    expect(checkWithHyperFormula([t.grid], plan).disagreements).toEqual([]);
  });

  test('方城2023: 案款发放率 45/50 = 90% meets "达到90%以上", 44/50 = 88% does not', () => {
    const t = handTable('案款', ['院别', '按期发放笔数', '应发放笔数'], [['方城县法院', 45, 50], ['乙法院', 44, 50]]);
    const plan = planFill([t.grid], [t.table], { targets: '方城2023', indicators: ['KKFF_RATE'] });
    expect(plan.writes.filter((w) => w.formula?.includes('ZX.MEETS')).map((w) => w.value)).toEqual(['达标', '未达标']);
  });
});

/** 焦作2021 "3.收结案均衡度0.8以上" (全市 ≧0.8, binding every court) is not 结收比 (issue 12.8) */
test('焦作2021’s 收结案数均衡度 ≧0.8 is assessed on its own indicator, not on 结收比', () => {
  const t = handTable('收结', ['院别', '新收数', '结案数'], [['甲法院', 1000, 800], ['乙法院', 800, 1000], ['丙法院', 1000, 700]]);
  const plan = planFill([t.grid], [t.table], { targets: '焦作2021', indicators: ['JSB_RATIO', 'SJJH_RATIO'] });
  const headers = plan.writes.filter((w) => w.row === 0).map((w) => w.value);
  expect(headers).toEqual(expect.arrayContaining(['结收比', '收结案数均衡度', '收结案数均衡度目标', '收结案数均衡度是否达标']));
  expect(headers).not.toContain('结收比目标');
  // min ÷ max: 800/1000 = 0.8, 800/1000 = 0.8 (结收比 1.25), 700/1000 = 0.7
  expect(plan.writes.filter((w) => w.formula?.includes('ZX.MEETS')).map((w) => w.value)).toEqual(['达标', '达标', '未达标']);
  expect(checkWithHyperFormula([t.grid], plan).disagreements).toEqual([]);
});
