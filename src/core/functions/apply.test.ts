import type { FunctionDef } from './types';
import { applyFunction } from './apply';

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
