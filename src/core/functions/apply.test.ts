import type { FunctionDef } from './types';
import { applyFunction, callScalar, EXCEL_ROWS, notAssessed } from './apply';

const sum: FunctionDef = {
  id: 'SUMTEST',
  name: '求和',
  description: '测试用：各参数之和',
  params: [
    { name: '甲', description: '数' },
    { name: '乙', description: '数', repeating: true },
  ],
  result: 'number',
  scalar: (args) => args.reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0),
};

describe('applyFunction', () => {
  test('single values give a single value', () => {
    expect(applyFunction(sum, [1, 2, 3])).toBe(6);
  });
  test('a 1×1 range is a single value', () => {
    expect(applyFunction(sum, [[[1]], 2])).toBe(3);
  });
  test('single values broadcast over a range of any shape', () => {
    expect(applyFunction(sum, [[[1, 2], [3, 4]], 10])).toEqual([[11, 12], [13, 14]]);
  });
  test('same-shaped ranges go element by element', () => {
    expect(applyFunction(sum, [[[1], [2]], [[10], [20]], [[100], [200]]])).toEqual([[111], [222]]);
  });
  test('a mismatch names repeating arguments by position', () => {
    const r = applyFunction(sum, [[[1], [2]], 5, [[1, 2]]]);
    expect(r).toMatchObject({ error: '#VALUE!' });
    expect((r as { message: string }).message).toMatch(/「甲」为2行1列.*「乙2」为1行2列/);
  });
  test('an empty or ragged range is #VALUE!', () => {
    expect(applyFunction(sum, [[], 1])).toMatchObject({ error: '#VALUE!' });
    expect(applyFunction(sum, [[[1, 2], [3]], 1])).toMatchObject({ error: '#VALUE!' });
  });
  test('an exception in a function shows in its cell, not as a crash', () => {
    const boom: FunctionDef = { ...sum, scalar: () => { throw new Error('坏了'); } };
    expect(applyFunction(boom, [[[1], [2]]])).toEqual([[{ error: '#VALUE!', message: '内部错误：坏了' }], [{ error: '#VALUE!', message: '内部错误：坏了' }]]);
  });
  test('a non-finite result is #NUM!', () => {
    const inf: FunctionDef = { ...sum, scalar: () => Infinity };
    expect(applyFunction(inf, [1])).toMatchObject({ error: '#NUM!' });
  });
});

/** a ratio with a setting: 分子 ÷ 分母 × 倍数 */
const ratio: FunctionDef = {
  id: 'RATIOTEST',
  name: '比',
  description: '测试用',
  params: [
    { name: '分子', description: '数' },
    { name: '分母', description: '数' },
    { name: '倍数', description: '设置', optional: true, role: 'setting' },
  ],
  result: 'number',
  scalar: ([a, b, k]) => ((typeof a === 'number' ? a : 0) / (typeof b === 'number' ? b : 0)) * (typeof k === 'number' ? k : 1),
};

describe('the blank-row rule: a row whose data arguments are all blank is not assessed', () => {
  test('its result is empty, not an error; one blank beside a value is computed', () => {
    expect(applyFunction(ratio, [null, null])).toBeNull();
    expect(applyFunction(ratio, ['', '  '])).toBeNull();
    expect(applyFunction(ratio, [[[1], [null], [null]], [[2], [null], [4]]])).toEqual([[0.5], [null], [0]]);
  });
  test('a setting does not make a row assessed, in a single cell or broadcast over a column', () => {
    expect(applyFunction(ratio, [null, null, 100])).toBeNull();
    expect(applyFunction(ratio, [[[1], [null]], [[2], [null]], 100])).toEqual([[50], [null]]);
    expect(notAssessed(ratio, [null, undefined, 5])).toBe(true);
    expect(notAssessed(ratio, [0, null])).toBe(false);
  });
  test('callScalar keeps the rule for every caller (the fill evaluates formulas through it)', () => {
    expect(callScalar(ratio, [null, null])).toBeNull();
    expect(callScalar(ratio, [1, 4])).toBe(0.25);
  });
  test('a repeating data parameter covers every later argument', () => {
    expect(notAssessed(sum, [null, null, null, null])).toBe(true);
    expect(notAssessed(sum, [null, null, null, 3])).toBe(false);
  });
});

describe('a whole column (1,048,576 rows, =ZX.F(B:B,C:C))', () => {
  function column(values: (number | string | null)[], blank: null | 0 | '' = null): (number | string | null)[][] {
    const out: (number | string | null)[][] = new Array(EXCEL_ROWS);
    for (let r = 0; r < EXCEL_ROWS; r++) out[r] = [r < values.length ? values[r] : blank];
    return out;
  }

  test('computes the rows with data and stops after the last of them (the rest of the column is blank)', () => {
    const r = applyFunction(ratio, [column(['分子', 1, 3, null, 5]), column(['分母', 2, 4, null, 10])]) as unknown[][];
    expect(r.length).toBe(5);
    expect(r.slice(1)).toEqual([[0.5], [0.75], [null], [0.5]]);
    expect(r[0][0]).toMatchObject({ error: '#NUM!' }); // the header row: this test function reads text as 0 ÷ 0
  });

  test('older Excel builds pass a blank cell of a range as 0: a run of zeros to the sheet\'s end is blank too', () => {
    const r = applyFunction(ratio, [column([1, 3], 0), column([2, 4], 0)]) as unknown[][];
    expect(r).toEqual([[0.5], [0.75]]);
    expect(applyFunction(ratio, [column([1, 3], ''), column([2, 4], '')])).toEqual([[0.5], [0.75]]);
  });

  test('an all-blank whole column gives one empty cell; a range shorter than the sheet keeps its shape', () => {
    expect(applyFunction(ratio, [column([]), column([])])).toEqual([[null]]);
    expect(applyFunction(ratio, [[[1], [null], [null]], [[2], [null], [null]]])).toEqual([[0.5], [null], [null]]);
  });

  test('a million rows with 50,000 of data give 50,000 results (its cost: npm run bench functions)', () => {
    const n = 50_000;
    const r = applyFunction(ratio, [column(Array.from({ length: n }, (_, i) => i)), column(Array.from({ length: n }, () => n))]) as unknown[][];
    expect(r.length).toBe(n);
    expect(r[n - 1][0]).toBeCloseTo((n - 1) / n, 12);
  });
});

