/** MEETS, TARGET, GAP and the other generic functions of section E, on every target spelling of domain/README.md. */
import { findFunction } from '../../src/core/functions/registry';
import { applyFunction } from '../../src/core/functions/apply';
import type { CellValue } from '../../src/core/base/grid';

const call = (id: string, ...args: (CellValue | CellValue[][] | undefined)[]) => applyFunction(findFunction(id)!, args);

// spelling → TARGET value, an actual that meets it, one that does not
const SPELLINGS: [string, number, number, number][] = [
  ['≥90%', 0.9, 0.9, 0.8999],
  ['≧90%', 0.9, 0.95, 0.89],
  ['>=90%', 0.9, 0.9, 0.85],
  ['90%以上', 0.9, 0.9, 0.89],
  ['不低于90%', 0.9, 0.91, 0.89],
  ['≤1.5%', 0.015, 0.015, 0.0151],
  ['≦45', 45, 45, 45.1],
  ['低于1.5%', 0.015, 0.0149, 0.015],
  ['小于36天', 36, 35.9, 36],
  ['不超过65天', 65, 65, 65.5],
  ['100%', 1, 1, 0.999],
  ['0%', 0, 0, 0.001],
  ['清零', 0, 0, 1],
  ['≤40.86‰', 40.86, 40.86, 40.87],
  ['前三', 3, 3, 4],
  ['前3名', 3, 1, 4],
  ['进5争3', 5, 5, 6],
  // full-width forms occur in real documents (domain/README.md)
  ['≥90％', 0.9, 0.9, 0.89],
  ['≦1.5％', 0.015, 0.015, 0.016],
  ['不超过1.5‰', 1.5, 1.5, 1.51],
];

describe('TARGET and MEETS on every spelling', () => {
  test.each(SPELLINGS)('%p: TARGET = %p; MEETS(%p) TRUE, MEETS(%p) FALSE', (text, value, good, bad) => {
    expect(call('TARGET', text)).toBeCloseTo(value, 12);
    expect(call('MEETS', good, text)).toBe(true);
    expect(call('MEETS', bad, text)).toBe(false);
  });

  test.each(['-', '—'])('%p is not assessed: TARGET and MEETS give #N/A', (text) => {
    expect(call('TARGET', text)).toMatchObject({ error: '#N/A' });
    expect(call('MEETS', 0.5, text)).toMatchObject({ error: '#N/A' });
    expect(call('GAP', 0.5, text)).toMatchObject({ error: '#N/A' });
  });

  test('TARGET of 不超过1.5‰ is 1.5 (‰), of ≦45 is 45', () => {
    expect(call('TARGET', '不超过1.5‰')).toBe(1.5);
    expect(call('TARGET', '≦45')).toBe(45);
  });

  test('a bare target follows the direction given, by word or by indicator', () => {
    expect(call('MEETS', 0.99, '100%', '正向')).toBe(false);
    expect(call('MEETS', 0, '0%', '逆向')).toBe(true);
    expect(call('MEETS', 0.96, '95%', 'ZBHG_RATE')).toBe(true);
    expect(call('MEETS', 0.004, '0.5%', '进入再审率')).toBe(true);
  });

  test('a target without comparator other than 100% or 0% needs a direction', () => {
    expect(call('MEETS', 0.92, 0.9)).toMatchObject({ error: '#VALUE!', message: expect.stringContaining('方向') });
    expect(call('MEETS', 0.92, '90%')).toMatchObject({ error: '#VALUE!' });
    expect(call('MEETS', 0.92, 0.9, '正向')).toBe(true);
    expect(call('MEETS', 0.92, [['90%']], 'FWXS_RATE')).toBe(true);
  });

  test('an actual typed as ‰ text meets a ‰ target on the same scale', () => {
    expect(call('MEETS', '35‰', '≤40.86‰')).toBe(true);
    expect(call('MEETS', '41‰', '≤40.86‰')).toBe(false);
  });

  test('actuals typed as text are read: 92%, 35天', () => {
    expect(call('MEETS', '92%', '≥90%')).toBe(true);
    expect(call('MEETS', '35天', '小于36天')).toBe(true);
  });

  test('a column of actuals against a column of targets', () => {
    expect(call('MEETS', [[0.95], [0.01], [0.5]], [['≧90%'], ['≦1.5%'], ['-']])).toEqual([[true], [true], [{ error: '#N/A', message: '目标为「-」：该项不考核' }]]);
  });

  test('text that is not a target is #VALUE! with the accepted forms', () => {
    expect(call('MEETS', 0.5, '很好')).toMatchObject({ error: '#VALUE!' });
    expect(call('TARGET', '一审服判息诉率')).toMatchObject({ error: '#VALUE!' });
  });
});

describe('GAP', () => {
  test('positive = better than target, direction from the comparator', () => {
    expect(call('GAP', 0.92, '≥90%')).toBeCloseTo(0.02, 12);
    expect(call('GAP', 0.02, '≤1.5%')).toBeCloseTo(-0.005, 12);
    expect(call('GAP', 40, '不超过65天')).toBeCloseTo(25, 12);
  });
  test('a number target needs a direction', () => {
    expect(call('GAP', 0.92, 0.9, '正向')).toBeCloseTo(0.02, 12);
    expect(call('GAP', 50, 45, '逆向')).toBeCloseTo(-5, 12);
    expect(call('GAP', 0.92, 0.9)).toMatchObject({ error: '#VALUE!' });
    expect(call('GAP', 0.92, 0.9, '斜向')).toMatchObject({ error: '#VALUE!' });
  });
});

describe('YOY, DECLINE, BL_RATE', () => {
  test('YOY = (本期 − 上年同期) / 上年同期', () => {
    expect(call('YOY', 110, 100)).toBeCloseTo(0.1, 15);
    expect(call('YOY', 95, 100)).toBeCloseTo(-0.05, 15);
  });
  test('DECLINE = (上年同期 − 本期) / 上年同期', () => {
    expect(call('DECLINE', 60, 64)).toBe(0.0625);
    expect(call('DECLINE', 70, 64)).toBeCloseTo(-0.09375, 15);
  });
  test('BL_RATE is a safe ratio', () => {
    expect(call('BL_RATE', 45, 50)).toBe(0.9);
  });
});

describe('JAJD_FLOOR', () => {
  test.each([
    [3, 0.18],
    [4, 0.29],
    [5, 0.42],
    [6, 0.55],
    [7, 0.63],
    [8, 0.7],
    [9, 0.76],
    [10, 0.82],
    [11, 0.88],
    [12, 0.93],
  ])('%d月 → %p', (m, floor) => {
    expect(call('JAJD_FLOOR', m)).toBe(floor);
    expect(call('JAJD_FLOOR', `${m}月`)).toBe(floor);
  });
  test('January and February have no floor (#N/A); 13 is not a month (#NUM!)', () => {
    expect(call('JAJD_FLOOR', 1)).toMatchObject({ error: '#N/A' });
    expect(call('JAJD_FLOOR', 2)).toMatchObject({ error: '#N/A' });
    expect(call('JAJD_FLOOR', 13)).toMatchObject({ error: '#NUM!' });
    expect(call('JAJD_FLOOR', 3.5)).toMatchObject({ error: '#NUM!' });
  });
});

describe('INDICATOR', () => {
  test('any indicator by Chinese name or alias', () => {
    expect(call('INDICATOR', '一审服判息诉率', 160, 1000)).toBeCloseTo(0.84, 15);
    expect(call('INDICATOR', '执结率', 80, 20, 80)).toBeCloseTo(0.8, 15);
    expect(call('INDICATOR', '案-件比', 1000, 350)).toBeCloseTo(1.35, 15);
    expect(call('INDICATOR', '电子送达率', 95, 100)).toBeCloseTo(0.95, 15);
    expect(call('INDICATOR', 'zx.fwxs_rate', 160, 1000)).toBeCloseTo(0.84, 15);
  });
  test('an unknown name is #VALUE! saying so', () => {
    expect(call('INDICATOR', '幸福指数', 1, 2)).toMatchObject({ error: '#VALUE!', message: expect.stringContaining('幸福指数') });
  });
  test('works element-wise like the indicator itself', () => {
    expect(call('INDICATOR', '一审服判息诉率', [[100], [200]], 1000)).toEqual([[0.9], [0.8]]);
  });
});

test('YOY over a negative base divides by its size, as its description says: a rise reads as a rise', () => {
  expect(call('YOY', -50, -100)).toBeCloseTo(0.5, 15);
  expect(call('YOY', -150, -100)).toBeCloseTo(-0.5, 15);
  expect(findFunction('YOY')!.description).toContain('绝对值');
});

describe('interval targets and targets that are another figure (issue 12, SPC 2024 合理区间)', () => {
  test('MEETS is TRUE inside 1.2～1.5, [0.8, 1.2], 区间 0.8-1.2, 0.8至1.2; GAP is the distance to the nearer bound', () => {
    expect(call('MEETS', 1.35, '1.2～1.5')).toBe(true);
    expect(call('MEETS', 1.55, '1.2～1.5')).toBe(false);
    expect(call('MEETS', 1, '[0.8, 1.2]')).toBe(true);
    expect(call('MEETS', 0.79, '区间 0.8-1.2')).toBe(false);
    expect(call('MEETS', 1.2, '0.8至1.2')).toBe(true);
    expect(call('GAP', 1, '[0.8, 1.2]')).toBeCloseTo(0.2, 12);
    expect(call('GAP', 1.25, '0.8至1.2')).toBeCloseTo(-0.05, 12);
    expect(call('TARGET', '1.2～1.5')).toMatchObject({ error: '#N/A', message: expect.stringContaining('区间') });
  });
  test('达55% needs no direction; a target that is another figure says so', () => {
    expect(call('MEETS', 0.56, '达55%')).toBe(true);
    expect(call('GAP', 0.56, '达55%')).toBeCloseTo(0.01, 12);
    expect(call('MEETS', 0.2, '不低于审判业务部门比例')).toMatchObject({ error: '#N/A', message: expect.stringContaining('审判业务部门比例') });
  });
});

test('MEETS and GAP read the direction of an indicator by its 口径 (issue 12.7): 终本率 ↑ by 受理 (延边2019), ↓ by 结案', () => {
  expect(call('MEETS', 0.25, '30%', '终本率')).toBe(false); // ↑: at least 30%
  expect(call('MEETS', 0.25, '30%', '终本率（结案口径）')).toBe(true); // ↓: at most 30%
  expect(call('GAP', 0.25, '30%', '终本率·结案')).toBeCloseTo(0.05, 12);
  expect(call('MEETS', 0.25, '30%', '终本率（平台口径）')).toMatchObject({ error: '#VALUE!', message: expect.stringContaining('没有「平台」口径') });
});
