import { gapToTarget, meetsTarget, parseDirection, parseTarget, targetValueIn } from '.';

describe('parseTarget reads every spelling of domain/README.md', () => {
  test.each([
    ['≥90%', '>=', 0.9, '%'],
    ['≧90%', '>=', 0.9, '%'],
    ['>=90%', '>=', 0.9, '%'],
    ['＞＝90％', '>=', 0.9, '%'],
    ['90%以上', '>=', 0.9, '%'],
    ['不低于90%', '>=', 0.9, '%'],
    ['不低于 53.48%', '>=', 0.5348, '%'],
    ['达 92%以上', '>=', 0.92, '%'],
    ['≤1.5%', '<=', 0.015, '%'],
    ['≦45', '<=', 45, ''],
    ['≦0.3%', '<=', 0.003, '%'],
    ['1.5%以下', '<=', 0.015, '%'],
    ['低于1.5%', '<', 0.015, '%'],
    ['小于36天', '<', 36, '天'],
    ['<55天', '<', 55, '天'],
    ['不超过65天', '<=', 65, '天'],
    ['不超过 153.25 天', '<=', 153.25, '天'],
    ['高于50%', '>', 0.5, '%'],
    ['100%', '=', 1, '%'],
    ['0%', '=', 0, '%'],
    ['力争达到99%', '=', 0.99, '%'],
    ['清零', '<=', 0, ''],
    ['≤40.86‰', '<=', 40.86, '‰'],
    ['不超过1.5‰', '<=', 1.5, '‰'],
    ['≧0.8', '>=', 0.8, ''],
  ])('%p → %s %p %p', (text, op, value, unit) => {
    const t = parseTarget(text)!;
    expect(t).not.toBeNull();
    expect(t.op).toBe(op);
    expect(t.value).toBeCloseTo(value as number, 12);
    expect(t.unit).toBe(unit);
    expect(t.notAssessed).toBe(false);
    expect(t.text).toBe(text);
  });

  test.each(['-', '—', '－', '——', '/', '不考核', ''])('%p is not assessed', (text) => {
    expect(parseTarget(text)).toMatchObject({ op: 'none', value: null, notAssessed: true });
  });

  test.each([
    ['前三', 3, undefined],
    ['前3名', 3, undefined],
    ['位居全市前三', 3, undefined],
    ['全市前3', 3, undefined],
    ['第一', 1, undefined],
    ['进5争3', 5, 3],
  ])('rank target %p must reach %p (aim %p)', (text, within, aim) => {
    const t = parseTarget(text)!;
    expect(t.op).toBe('rank');
    expect(t.value).toBe(within);
    expect(t.rank?.within).toBe(within);
    expect(t.rank?.aim).toBe(aim);
  });

  test('"从高到低排序" is a rank target without a number', () => {
    expect(parseTarget('从高到低进行排序')).toMatchObject({ op: 'rank', value: null, rank: { within: null, order: 'desc' } });
    expect(parseTarget('从低到高进行排序')).toMatchObject({ op: 'rank', rank: { order: 'asc' } });
  });

  test('a year-over-year change target keeps its sign', () => {
    expect(parseTarget('同比下降5%')).toMatchObject({ op: '<=', value: -0.05, change: true });
  });

  test('words and dates are not targets', () => {
    expect(parseTarget('一审服判息诉率')).toBeNull();
    expect(parseTarget('2023年')).toBeNull();
  });
});

describe('meetsTarget', () => {
  const meets = (actual: number, text: string, dir?: 'up' | 'down') => meetsTarget(actual, parseTarget(text)!, dir);

  test('≥ includes the boundary, also when the actual is computed', () => {
    expect(meets(0.9, '≧90%')).toBe(true);
    expect(meets(1 - 10 / 100, '≥90%')).toBe(true);
    expect(meets(97 / 100, '97%以上')).toBe(true);
    expect(meets(0.8999, '不低于90%')).toBe(false);
  });
  test('< excludes the boundary', () => {
    expect(meets(0.015, '低于1.5%')).toBe(false);
    expect(meets(0.0149, '低于1.5%')).toBe(true);
    expect(meets(36, '小于36天')).toBe(false);
    expect(meets(35.9, '小于36天')).toBe(true);
  });
  test('≤ and days', () => {
    expect(meets(45, '≦45')).toBe(true);
    expect(meets(65.1, '不超过65天')).toBe(false);
    expect(meets(40.86, '≤40.86‰')).toBe(true);
  });
  test('a bare value follows the direction: 100% is at least, 0% at most', () => {
    expect(meets(1, '100%')).toBe(true);
    expect(meets(0.99, '100%', 'up')).toBe(false);
    expect(meets(0, '0%', 'down')).toBe(true);
    expect(meets(0.001, '0%', 'down')).toBe(false);
    expect(meets(0.001, '0%')).toBe(false);
  });
  test('清零 is met only at zero', () => {
    expect(meets(0, '清零')).toBe(true);
    expect(meets(1, '清零')).toBe(false);
  });
  test('not assessed gives null', () => {
    expect(meets(0.5, '-')).toBeNull();
    expect(meets(0.5, '—')).toBeNull();
  });
  test('rank targets compare the rank', () => {
    expect(meets(3, '前三')).toBe(true);
    expect(meets(4, '前3名')).toBe(false);
    expect(meets(5, '进5争3')).toBe(true);
    expect(meets(6, '进5争3')).toBe(false);
  });
});

describe('gapToTarget', () => {
  test('positive means better than the target, for both directions', () => {
    expect(gapToTarget(0.92, parseTarget('≥90%')!)).toBeCloseTo(0.02, 12);
    expect(gapToTarget(0.88, parseTarget('≥90%')!)).toBeCloseTo(-0.02, 12);
    expect(gapToTarget(0.01, parseTarget('≤1.5%')!)).toBeCloseTo(0.005, 12);
    expect(gapToTarget(40, parseTarget('小于36天')!)).toBeCloseTo(-4, 12);
    expect(gapToTarget(2, parseTarget('前三')!)).toBe(1);
  });
  test('a plain number needs a direction', () => {
    expect(gapToTarget(0.95, 0.9, 'up')).toBeCloseTo(0.05, 12);
    expect(gapToTarget(50, 45, 'down')).toBeCloseTo(-5, 12);
    expect(gapToTarget(0.95, 0.9)).toBeNull();
  });
  test('not assessed has no gap', () => {
    expect(gapToTarget(0.95, parseTarget('-')!)).toBeNull();
  });
});

test('a ‰ target on the scale of an actual typed as ‰ or % text', () => {
  const t = parseTarget('≤40.86‰')!;
  expect(targetValueIn(t)).toBe(40.86);
  expect(targetValueIn(t, '‰')).toBeCloseTo(0.04086, 12);
});

test('parseDirection', () => {
  expect(parseDirection('正向')).toBe('up');
  expect(parseDirection('↓')).toBe('down');
  expect(parseDirection('逆向指标')).toBe('down');
  expect(parseDirection('abc')).toBeNull();
});

test('(含) and (含本数) make the bound itself pass, wherever they stand', () => {
  for (const text of ['≥90%（含）', '90%（含）以上', '90%以上（含本数）', '高于90%(含)']) expect(parseTarget(text)).toMatchObject({ op: '>=', value: 0.9, unit: '%' });
  expect(parseTarget('低于1.5‰（含）')).toMatchObject({ op: '<=', value: 1.5, unit: '‰' });
});

describe('the seeds’ other spellings (issue 12.4; every one is checked against its seed in test/catalog/seed-targets.test.ts)', () => {
  test.each([
    ['不超1.5‰', '<=', 1.5, '‰'], // 乌兰浩特2022 生效案件被“改发指”率 "不超1.5‰"
    ['不得低于18%', '>=', 0.18, '%'], // 乌兰浩特2022 "月结案率不得出现以下情形:三月<18%"
    ['不得超过65天', '<=', 65, '天'],
    ['15日内发放完毕', '<=', 15, '天'], // 方城2023 "执行案款15日内发放完毕"
    ['下降10%', '<=', -0.1, '%'], // 延边2019 "发改指总量下降10%"
  ])('%p → %s %p %p', (text, op, value, unit) => {
    expect(parseTarget(text)).toMatchObject({ op, value: expect.closeTo(value as number, 12), unit });
  });

  test('nothing left, by a date: 4月30日前清零 (and 方城2023’s 4月30前清零), 6月底清零, 年底清零; 基本清零, 全部发放 without one', () => {
    expect(parseTarget('4月30日前清零')).toMatchObject({ op: '<=', value: 0, due: { month: 4, day: 30 } });
    expect(parseTarget('4月30前清零')).toMatchObject({ op: '<=', value: 0, due: { month: 4, day: 30 } });
    expect(parseTarget('6月底清零')).toMatchObject({ op: '<=', value: 0, due: { month: 6, day: null } });
    expect(parseTarget('年底清零')).toMatchObject({ op: '<=', value: 0, due: { month: 12, day: null } });
    for (const text of ['基本清零', '无法定事由的基本清零', '全部发放', '全年达到案款全部发放']) {
      const t = parseTarget(text)!;
      expect([text, t.op, t.value, t.due]).toEqual([text, '<=', 0, undefined]);
    }
  });

  test('a level to reach takes its direction from the indicator, and is at least it without one: 达55%, 力争达到99%', () => {
    const t = parseTarget('达55%')!;
    expect(t).toMatchObject({ op: '=', value: 0.55, reach: true });
    expect(meetsTarget(0.56, t)).toBe(true);
    expect(meetsTarget(0.54, t)).toBe(false);
    expect(meetsTarget(0.5, t, 'down')).toBe(true); // a lower-is-better indicator: at most
    expect(gapToTarget(0.56, parseTarget('力争达到99%')!)).toBeCloseTo(-0.43, 12);
    expect(gapToTarget(1, parseTarget('力争达到99%')!)).toBeCloseTo(0.01, 12);
    // a bare value without a word to reach still needs the direction
    expect(parseTarget('90%')!.reach).toBeUndefined();
  });

  test('two tiers, a rank beside a value, another figure as the target', () => {
    // 焦作2021 "确保达到全院二审民事案件的30%，力争达到40%以上" (保三争四)
    expect(parseTarget('确保达到30%，力争达到40%以上')).toMatchObject({ op: '=', reach: true, value: 0.3, aim: 0.4 });
    // 方城2023 "民事生效裁判自动履行率达55%位居全市前三"
    expect(parseTarget('达55%位居全市前三')).toMatchObject({ op: '=', value: 0.55, rank: { within: 3 } });
    // 延边2019 "法官比例不低于审判业务部门比例"
    expect(parseTarget('不低于审判业务部门比例')).toMatchObject({ op: '>=', value: null, reference: '审判业务部门比例' });
    // a measure named before the order: 乌兰浩特2022 "结案数由多到少排序"
    expect(parseTarget('结案数由多到少排序')).toMatchObject({ op: 'rank', rank: { within: null, order: 'desc' } });
  });
});

describe('interval targets (the SPC’s 合理区间: "在区间范围内即为达标")', () => {
  test.each([
    ['1.2～1.5', 1.2, 1.5, ''],
    ['[0.8, 1.2]', 0.8, 1.2, ''],
    ['区间 0.8-1.2', 0.8, 1.2, ''],
    ['0.8至1.2', 0.8, 1.2, ''],
    ['80%-120%', 0.8, 1.2, '%'],
  ])('%p is between %p and %p', (text, low, high, unit) => {
    expect(parseTarget(text)).toMatchObject({ op: 'between', value: low, upper: expect.closeTo(high as number, 12), unit });
  });
  test('met inside, bounds included; the gap is the distance to the nearer bound, positive inside', () => {
    const t = parseTarget('1.2～1.5')!;
    expect([1.2, 1.35, 1.5].map((x) => meetsTarget(x, t))).toEqual([true, true, true]);
    expect([1.19, 1.51].map((x) => meetsTarget(x, t))).toEqual([false, false]);
    expect(gapToTarget(1.3, t)).toBeCloseTo(0.1, 12); // 1.3 − 1.2
    expect(gapToTarget(1.45, t)).toBeCloseTo(0.05, 12); // 1.5 − 1.45
    expect(gapToTarget(1.1, t)).toBeCloseTo(-0.1, 12); // below: 1.1 − 1.2
    expect(gapToTarget(1.6, t)).toBeCloseTo(-0.1, 12); // above: 1.5 − 1.6
    // the direction does not turn an interval into a bound
    expect(meetsTarget(1.6, t, 'down')).toBe(false);
  });
});
