/**
 * The worked numbers of the seeds (docs/domain/layouts.md T1, T2; docs/domain/scoring.md): every row must come out exactly.
 */
import { findFunction } from '../../src/core/functions/registry';
import { roundHalfUp } from '../../src/core/catalog/indicators';
import { applyFunction } from '../../src/core/functions/apply';
import type { CellValue } from '../../src/core/base/grid';

const call = (id: string, ...args: (CellValue | CellValue[][])[]) => applyFunction(findFunction(id)!, args);
const percent2 = (x: unknown) => roundHalfUp((x as number) * 100, 2);

describe('T2 (seed 001 附件3): 申请再审、申诉案件再审率 and 一审服判息诉率 inputs', () => {
  // 院别, 指令再审, 决定再审, 提级再审, 二审立案数, 申请再审申诉受理数, 申请再审申诉结案数
  const T2: [string, number, number, number, number, number, number][] = [
    ['延边中院', 11, 10, 38, 160, 796, 721],
    ['延吉法院', 3, 29, 3, 1085, 117, 113],
    ['图们法院', 0, 2, 2, 105, 13, 13],
    ['敦化法院', 1, 3, 0, 449, 40, 38],
    ['龙井法院', 0, 6, 0, 128, 18, 17],
    ['珲春法院', 3, 4, 1, 270, 24, 22],
    ['和龙法院', 0, 2, 2, 199, 8, 7],
    ['汪清法院', 1, 5, 0, 151, 12, 11],
    ['安图法院', 0, 27, 3, 186, 49, 43],
    ['总计', 19, 88, 49, 2733, 1077, 985],
  ];

  test('延边中院 (11+10+38)/721 = 8.18%', () => {
    const r = call('ZSL_RATE', 10, 38, 11, null, 721);
    expect(r).toBeCloseTo(59 / 721, 15);
    expect(percent2(r)).toBe(8.18);
  });

  test('总计 156/985 = 15.84%', () => {
    const r = call('ZSL_RATE', 88, 49, 19, null, 985);
    expect(r).toBeCloseTo(156 / 985, 15);
    expect(percent2(r)).toBe(15.84);
  });

  test('the whole column at once, each row its own sum over its 结案数', () => {
    const col = (i: number) => T2.map((row) => [row[i] as number]);
    const result = call('ZSL_RATE', col(2), col(3), col(1), null, col(6)) as number[][];
    expect(result.length).toBe(T2.length);
    T2.forEach((row, k) => expect(result[k][0]).toBeCloseTo((row[1] + row[2] + row[3]) / row[6], 15));
  });

  test('the column total is the sum of the units (so the 总计 row is consistent)', () => {
    for (const i of [1, 2, 3, 4, 5, 6]) {
      const units = T2.slice(0, 9).reduce((s, row) => s + (row[i] as number), 0);
      expect(units).toBe(T2[9][i]);
    }
  });
});

describe('T1 (seed 001 附件2): control limits', () => {
  // 院别, 2018年合计, 2019目标, 2019年发改上限
  const T1: [string, number, number, number][] = [
    ['延边中院', 67, -7, 60],
    ['延吉法院', 252, -26, 226],
    ['图们法院', 23, -3, 20],
    ['敦化法院', 83, -9, 74],
    ['龙井法院', 40, -4, 36],
    ['珲春法院', 64, -7, 57],
    ['和龙法院', 29, -3, 26],
    ['汪清法院', 40, -4, 36],
    ['安图法院', 40, -4, 36],
  ];

  test.each(T1)('%s: %d → target %d, limit %d', (_unit, base, target, limit) => {
    const r = call('CONTROL_LIMIT', base, 0.1);
    expect(r).toBe(limit);
    expect((r as number) - base).toBe(target);
  });

  test('the nine units in one formula (a column of bases spills a column of limits)', () => {
    const r = call('CONTROL_LIMIT', T1.map((row) => [row[1]]), '10%');
    expect(r).toEqual([[60], [226], [20], [74], [36], [57], [26], [36], [36]]);
  });

  test('the total row is the SUM of the units: 571, not 638 − CEILING(63.8) = 574', () => {
    const limits = T1.map(([, base]) => call('CONTROL_LIMIT', base, 0.1) as number);
    const total = limits.reduce((a, b) => a + b, 0);
    expect(total).toBe(571);
    expect(T1.reduce((s, r) => s + r[1], 0)).toBe(638);
    // applying the rule to the total's own base gives 574: a total row must not be computed that way
    expect(call('CONTROL_LIMIT', 638, 0.1)).toBe(574);
    expect(total - 638).toBe(-67); // the seed's −67 is 10.50% of 638
  });

  test('binary fractions do not push CEILING up: 30 × 10% is 3, not 3.0000000000000004', () => {
    expect(call('CONTROL_LIMIT', 30, 0.1)).toBe(27);
    expect(call('CONTROL_LIMIT', 70, 0.1)).toBe(63);
  });
});

describe('STEP_SCORE (docs/domain/scoring.md): change as a fraction, unit 1% = 0.01', () => {
  test('10.5% decline at 4 points per 1%, cap 40 → 40 (42 pro-rata, capped)', () => {
    expect(call('STEP_SCORE', 0.105, 4, 40)).toBe(40);
    expect(call('STEP_SCORE', '10.5%', 4, 40, 0.01)).toBe(40);
  });
  test('4.35% → 17.4 pro-rata, 16 whole steps', () => {
    expect(call('STEP_SCORE', 0.0435, 4, 40)).toBe(17.4);
    expect(call('STEP_SCORE', 0.0435, 4, 40, null, '按比例')).toBe(17.4);
    expect(call('STEP_SCORE', 0.0435, 4, 40, null, '取整')).toBe(16);
    expect(call('STEP_SCORE', 0.0435, 4, 40, 0.01, 'floor')).toBe(16);
  });
  test('an increase (−3%) never scores, never goes negative', () => {
    expect(call('STEP_SCORE', -0.03, 4, 40)).toBe(0);
  });
  test('图们 23 → 20: decline 13.04%, item 1 = 40', () => {
    const decline = call('DECLINE', 20, 23);
    expect(roundHalfUp((decline as number) * 100, 2)).toBe(13.04);
    expect(call('STEP_SCORE', decline, 4, 40)).toBe(40);
  });
  test('珲春 64 → 60: decline 6.25%, 25 pro-rata, 24 whole steps', () => {
    const decline = call('DECLINE', 60, 64);
    expect(decline).toBe(0.0625);
    expect(call('STEP_SCORE', decline, 4, 40)).toBe(25);
    expect(call('STEP_SCORE', decline, 4, 40, null, '取整')).toBe(24);
  });
  test('0.5 points per 1% decline, cap 6 (items 2–6 of 延边2019)', () => {
    expect(call('STEP_SCORE', 0.08, 0.5, 6)).toBe(4);
    expect(call('STEP_SCORE', 0.2, 0.5, 6)).toBe(6);
  });
  test('a bad 方式 or unit is an error with a message', () => {
    expect(call('STEP_SCORE', 0.1, 4, 40, null, '随便')).toMatchObject({ error: '#VALUE!' });
    expect(call('STEP_SCORE', 0.1, 4, 40, 0)).toMatchObject({ error: '#NUM!' });
  });
});
