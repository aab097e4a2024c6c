import { maxOf, minOf, pushAll } from './arrays';

describe('array helpers work on a whole column, where a spread would throw', () => {
  const column = Array.from({ length: 1_048_576 }, (_, i) => i % 1000);

  test('Math.max(...xs) throws on a whole column; maxOf and minOf do not', () => {
    // eslint-disable-next-line no-restricted-syntax -- the failure this module exists for
    expect(() => Math.max(...column)).toThrow(RangeError);
    expect(maxOf(column)).toBe(999);
    expect(minOf(column)).toBe(0);
  });

  test('they agree with Math.max and Math.min, NaN included, and say what an empty list gives', () => {
    for (const xs of [[3, 1, 2], [-5], [1, NaN, 2]]) {
      expect(maxOf(xs)).toBe(Math.max(...xs)); // eslint-disable-line no-restricted-syntax -- the reference, on 3 numbers
      expect(minOf(xs)).toBe(Math.min(...xs)); // eslint-disable-line no-restricted-syntax -- the reference, on 3 numbers
    }
    expect(maxOf([])).toBe(-Infinity);
    expect(minOf([])).toBe(Infinity);
    expect(maxOf([], 0)).toBe(0);
  });

  test('pushAll appends a whole column where push(...xs) throws', () => {
    // eslint-disable-next-line no-restricted-syntax -- the failure this module exists for
    expect(() => [].push(...(column as never[]))).toThrow(RangeError);
    expect(pushAll([1], column).length).toBe(column.length + 1);
  });
});
