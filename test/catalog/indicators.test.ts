/**
 * Every catalogue indicator against numbers worked by hand. The table must cover ALL indicators: adding an
 * indicator without a worked case fails the first test.
 */
import { INDICATORS } from '../../src/core/catalog';
import { findFunction } from '../../src/core/functions/registry';
import { applyFunction } from '../../src/core/functions/apply';
import type { CellValue } from '../../src/core/base/grid';

type Case = { args: CellValue[]; expected: number; why: string };

const WORKED: Record<string, Case[]> = {
  FWXS_RATE: [
    { args: [160, 1000], expected: 0.84, why: '1 − 160/1000' },
    { args: [92, 1000, '本院'], expected: 0.908, why: '本院口径 1 − 92/1000' },
  ],
  SXFWXS_RATE: [{ args: [1, 1000], expected: 0.999, why: '1 − 1/1000' }],
  GPFH_RATE: [{ args: [10, 5, 1000], expected: 0.015, why: '(10+5)/1000' }],
  CPBG_RATE: [{ args: [2, 1000], expected: 0.002, why: '2/1000' }],
  SXGF_RATE: [{ args: [3, 0, 1000], expected: 0.003, why: '(3+0)/1000' }],
  GFZ_PERMILLE: [{ args: [1, 2, 2000], expected: 1.5, why: '(1+2)/2000 × 1000 = 1.5‰' }],
  SXAJ_COUNT: [{ args: [1000, 150, 20], expected: 830, why: '1000 − 150 − 20' }],
  SQZS_RATE: [{ args: [50, 1000], expected: 0.05, why: '50/1000' }],
  ZSL_RATE: [
    { args: [10, 38, 11, null, 721], expected: 59 / 721, why: '延边中院 (10+38+11+0)/721, T2 has no 指定再审 column' },
    { args: [1, 1, 1, 1, 8], expected: 0.5, why: '(1+1+1+1)/8' },
  ],
  ZSSC_RATE: [{ args: [50, 1000], expected: 0.05, why: '50/1000' }],
  JRZS_RATE: [{ args: [5, 1000], expected: 0.005, why: '5/1000' }],
  SS_RATE: [{ args: [120, 1000], expected: 0.12, why: '120/1000' }],
  AJB_RATIO: [{ args: [1000, 350], expected: 1.35, why: '(1000+350)/1000' }],
  TJSQZX_RATE: [{ args: [40, 100], expected: 0.4, why: '40/100' }],
  JA_RATE: [{ args: [970, 100, 900], expected: 0.97, why: '970/(100+900)' }],
  SXNJA_RATE: [{ args: [97, 100], expected: 0.97, why: '97/100' }],
  SXNWJ_RATE: [{ args: [95, 100], expected: 0.95, why: '95/100' }],
  PJSL_DAYS: [{ args: [4500, 100], expected: 45, why: '4500 days / 100 cases' }],
  JSB_RATIO: [{ args: [980, 1000], expected: 0.98, why: '980/1000' }],
  // 焦作2021 "收结案均衡度0.8以上" (no formula: the assumption is the smaller of 收 and 结 over the larger)
  SJJH_RATIO: [
    { args: [1000, 800], expected: 0.8, why: '新收 1000, 结案 800: 800/1000' },
    { args: [800, 1000], expected: 0.8, why: '新收 800, 结案 1000: 800/1000 (结收比 would be 1.25)' },
  ],
  RJJA_AVG: [{ args: [2400, 20], expected: 120, why: '2400/20 judges' }],
  JAJD_RATE: [{ args: [550, 1000], expected: 0.55, why: '550/1000' }],
  YKS_RATE: [{ args: [20, 100], expected: 0.2, why: '20/100' }],
  CQQJ_RATE: [{ args: [30, 10], expected: 0.75, why: 'cleared 30 / (30 + 10 left)' }],
  DTXP_RATE: [{ args: [60, 100], expected: 0.6, why: '60/100' }],
  SSYS_RATE: [{ args: [95, 100], expected: 0.95, why: '95/100' }],
  JYCX_RATE: [{ args: [930, 1000], expected: 0.93, why: '930/1000' }],
  XESS_RATE: [{ args: [350, 1000], expected: 0.35, why: '350/1000' }],
  TC_RATE: [{ args: [300, 220, 1000], expected: 0.52, why: '(300+220)/1000' }],
  TJ_RATE: [{ args: [300, 1000], expected: 0.3, why: '300/1000' }],
  CS_RATE: [{ args: [150, 1000], expected: 0.15, why: '150/1000' }],
  ZDLX_RATE: [{ args: [450, 1000], expected: 0.55, why: '1 − 450/1000' }],
  SQFL_RATE: [{ args: [700, 1000], expected: 0.7, why: '700/1000' }],
  SQTJ_RATE: [{ args: [455, 700], expected: 0.65, why: '455/700' }],
  SZHJ_RATE: [{ args: [300, 50, 250, 1000], expected: 0.6, why: '(300+50+250)/1000' }],
  WRCS_RATIO: [{ args: [2500, 100], expected: 25, why: '2500 new cases / 100 万人' }],
  GK_RATE: [{ args: [95, 100], expected: 0.95, why: '电子送达 95/100' }],
  ZJ_RATE: [{ args: [960, 100, 900], expected: 0.96, why: '960/(100+900)' }],
  YCCZJ_RATE: [
    { args: [90, 95, 5], expected: 0.9, why: '延边: 90/(95+5)' },
    { args: [90, 95, 5, null, null, '延边'], expected: 0.9, why: '延边 named' },
    { args: [98, 40, 70, 5, 5], expected: 0.98, why: '平台 inferred from five numbers: 98/(40+70−5−5)' },
    { args: [2, 1, 2, 0, 0, '平台'], expected: 0.6667, why: '平台: 2/3 = 66.666…% kept to 2 decimals of the percent = 66.67%' },
  ],
  ZBHG_RATE: [{ args: [90, 100], expected: 0.9, why: '90/100' }],
  XFBJ_RATE: [{ args: [9, 10], expected: 0.9, why: '9/10' }],
  // 延边2019: "实际执结率：不低于53.48%", "终本率：不低于26.52%（…目标达到执结率80%）" — they share 执结率's 受理 denominator.
  // The sample's 延边中院: 旧存 60, 新收 240, 结案 255, 实际执结 147, 终本 70, 终结 55.
  SJZJ_RATE: [
    { args: [147, 60, 240], expected: 0.49, why: '受理口径 (延边2019): 147/(60+240)' },
    { args: [147, 255, null, '结案'], expected: 147 / 255, why: '结案口径 named: 147/255 = 57.65%' },
  ],
  ZXWB_RATE: [{ args: [30, 100], expected: 0.3, why: '30/100' }],
  ZB_RATE: [
    { args: [70, 60, 240], expected: 70 / 300, why: '受理口径: 70/(60+240) = 23.33%' },
    { args: [70, 255, null, '结案'], expected: 70 / 255, why: '结案口径: 70/255 = 27.45%' },
  ],
  ZJIE_RATE: [
    { args: [55, 60, 240], expected: 55 / 300, why: '受理口径: 55/(60+240)' },
    { args: [55, 255, null, '结案'], expected: 55 / 255, why: '结案口径: 55/255' },
  ],
  ZXFDQX_RATE: [{ args: [7245, 10000], expected: 0.7245, why: '7245/10000' }],
  BQ_RATE: [{ args: [3057, 10000], expected: 0.3057, why: '3057/10000' }],
  ZXYS_DAYS: [{ args: [15325, 100], expected: 153.25, why: '15325 days / 100 cases' }],
  DBBJ_RATE: [{ args: [8433, 10000], expected: 0.8433, why: '8433/10000' }],
  SXCX_PERMILLE: [{ args: [4086, 100000], expected: 40.86, why: '4086/100000 × 1000 = 40.86‰' }],
  HFWB_RATE: [{ args: [517, 1000], expected: 0.517, why: '517/1000' }],
  DWL_RATE: [{ args: ['35万元', '100万元'], expected: 0.35, why: '35/100 (both in 万元)' }],
  ZXBZ_RATE: [{ args: [15, 100], expected: 0.15, why: '15/100' }],
  ZXFG_RATE: [{ args: [12, 20], expected: 0.6, why: '12/20' }],
  YYCG_RATE: [{ args: [3, 100], expected: 0.03, why: '3/100' }],
  XFQX_RATE: [{ args: [18, 20], expected: 0.9, why: '18 信访 closed within the limit / 20' }],
  XFHJ_RATE: [{ args: [15, 20], expected: 0.75, why: '15 resolved / 20' }],
  // 乌兰浩特2022 "首次执行案件关键节点平均超期数 … 按照指标值从少到多进行排序": 12 overdue nodes over 300 首执 cases
  GJJD_AVG: [{ args: [12, 300], expected: 0.04, why: '12 overdue key nodes / 300 首执 cases' }],
  // 方城2023 "严格落实最高院15日发放给当事人的规定，案款发放率达到90%以上": 45 of 50 payments within 15 days
  KKFF_RATE: [{ args: [45, 50], expected: 0.9, why: '45 paid within 15 days / 50 due' }],
  ESGF_RATIO: [{ args: [30, 20], expected: 1.5, why: '30/20' }],
  ZSGF_RATIO: [{ args: [3, 2], expected: 1.5, why: '3/2' }],
  CQWJ_RATE: [
    { args: [5, 100], expected: 0.05, why: '5/100 pending (口径 未结, the default)' },
    // the SPC's end-2023 figure "超12个月未结案件比为0.109%": 109 of 100,000 受理 by the 受理 口径
    { args: [109, 100000, '受理'], expected: 0.00109, why: '109/100000 受理 (口径 受理)' },
  ],
  SSYS_DAYS: [{ args: [1500, 100], expected: 15, why: '1500 days / 100 appeals' }],
  ESKT_RATE: [{ args: [60, 100], expected: 0.6, why: '60/100' }],
  MSSQZX_RATE: [{ args: [300, 1000], expected: 0.3, why: '300/1000' }],
  SQTJZB_RATE: [{ args: [455, 1000], expected: 0.455, why: '455/1000' }],
};

test('every catalogue indicator has at least one worked case', () => {
  const missing = INDICATORS.map((i) => i.id).filter((id) => !WORKED[id]?.length);
  expect(missing).toEqual([]);
  const unknown = Object.keys(WORKED).filter((id) => !INDICATORS.some((i) => i.id === id));
  expect(unknown).toEqual([]);
});

const cases = Object.entries(WORKED).flatMap(([id, list]) => list.map((c) => [id, c.why, c] as const));

test.each(cases)('%s: %s', (id, _why, c) => {
  const def = findFunction(id)!;
  const result = applyFunction(def, c.args);
  expect(typeof result).toBe('number');
  expect(result as number).toBeCloseTo(c.expected, 12);
});

test('延边2019 (issue 12.1): 实际执结率 53.48% + 终本率 26.52% "目标达到执结率80%" — on one 受理 base, by hand', () => {
  // a court meeting both targets exactly: 受理 10000 (旧存 2000 + 新收 8000), 实际执结 5348, 终本 2652
  const call = (id: string, args: CellValue[]) => applyFunction(findFunction(id)!, args) as number;
  const actual = call('SJZJ_RATE', [5348, 2000, 8000]);
  const ended = call('ZB_RATE', [2652, 2000, 8000]);
  expect(actual).toBeCloseTo(0.5348, 12);
  expect(ended).toBeCloseTo(0.2652, 12);
  // 实际执结 + 终本 are its closings (执结), so 执结率 = (5348 + 2652)/10000 = 80%: the sum of the two rates
  expect(call('ZJ_RATE', [5348 + 2652, 2000, 8000])).toBeCloseTo(actual + ended, 12);
  expect(actual + ended).toBeCloseTo(0.8, 12);
  // by the 结案 口径 the two shares of the same 8000 closings add up to 100%, never to 执结率's 80%
  expect(call('SJZJ_RATE', [5348, 8000, null, '结案']) + call('ZB_RATE', [2652, 8000, null, '结案'])).toBeCloseTo(1, 12);
  // the sample's 延边中院 (issue 12.1): 147/300 = 49.00%, not 147/255 = 57.65%; 终本率 70/300 = 23.33%, not 27.45%
  expect(call('SJZJ_RATE', [147, 60, 240])).toBeCloseTo(0.49, 12);
  expect(call('ZB_RATE', [70, 60, 240])).toBeCloseTo(0.2333, 4);
});

test('the worked number of issue 2 is exact, not merely close: 二审收案数 160, 一审结案数 1000 → 0.84', () => {
  expect(applyFunction(findFunction('FWXS_RATE')!, [160, 1000])).toBe(0.84);
});

test('the same indicator computes a whole column at once (the cell spills)', () => {
  const result = applyFunction(findFunction('FWXS_RATE')!, [[[160], [1085], [105]], [[1000], [5000], [1050]]]);
  expect(result).toEqual([[0.84], [1 - 1085 / 5000], [0.9]]);
});
