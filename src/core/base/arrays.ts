/**
 * Array helpers that take any number of elements. `Math.max(...xs)` and `xs.push(...ys)` pass every element as
 * an argument and throw a RangeError past about 100,000 of them (a whole column is 1,048,576 rows); these
 * loop instead. A lint rule (eslint.config.js, `no-restricted-syntax`) forbids the spread forms in src/.
 */

/** the largest of the numbers, or `empty` when there are none */
export function maxOf(xs: Iterable<number>, empty = -Infinity): number {
  let m = -Infinity;
  let any = false;
  for (const x of xs) {
    any = true;
    if (x > m || Number.isNaN(x)) m = x;
    if (Number.isNaN(m)) return NaN;
  }
  return any ? m : empty;
}

/** the smallest of the numbers, or `empty` when there are none */
export function minOf(xs: Iterable<number>, empty = Infinity): number {
  let m = Infinity;
  let any = false;
  for (const x of xs) {
    any = true;
    if (x < m || Number.isNaN(x)) m = x;
    if (Number.isNaN(m)) return NaN;
  }
  return any ? m : empty;
}

/** `target.push(...items)` for any number of items; returns the target */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const x of items) target.push(x);
  return target;
}

/** `target.unshift(...items)` for any number of items (they keep their order, in front); returns the target */
export function unshiftAll<T>(target: T[], items: readonly T[]): T[] {
  for (let k = items.length - 1; k >= 0; k--) target.unshift(items[k]);
  return target;
}
