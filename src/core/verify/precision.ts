/**
 * Telling a display-rounding difference from a truncation and from a wrong figure: a published value is
 * compared with the recomputed one at the precision it is shown with (its number format, or its text).
 */

export type Discrepancy = 'rounding' | 'truncation' | 'mismatch';

/** two values this close (relative to the larger) are the same: floating-point noise, not a difference */
const EPS = 1e-9;
/** two values shown at d decimals are the same when they differ by less than this share of the last digit: noise, not a digit */
const SHOWN_SAME = 1e-3;
/** no more decimals than this in a message: past it the digits are noise */
const MAX_SHOWN = 6;

/** Round half away from zero at `decimals`, robust to binary fractions (0.8771499999 → 0.8771 or 0.8772 as decimal arithmetic would). */
export function roundAt(x: number, decimals: number): number {
  const f = 10 ** decimals;
  const shifted = Number((Math.abs(x) * f).toPrecision(12));
  return (Math.sign(x) * Math.round(shifted)) / f;
}

/** Cut (toward zero) at `decimals`. */
export function truncateAt(x: number, decimals: number): number {
  const f = 10 ** decimals;
  const shifted = Number((Math.abs(x) * f).toPrecision(12));
  return (Math.sign(x) * Math.trunc(shifted)) / f;
}

function same(a: number, b: number, decimals: number | null): boolean {
  const tol = decimals === null ? EPS * Math.max(1, Math.abs(a), Math.abs(b)) : 10 ** -decimals * SHOWN_SAME;
  return Math.abs(a - b) <= tol;
}

/**
 * null when the published value equals the recomputed one; otherwise why they differ. `decimals` is the
 * number of decimals the published value is shown with (null: unknown, compare exactly).
 */
export function compareAtPrecision(published: number, exact: number, decimals: number | null): Discrepancy | null {
  if (same(published, exact, null)) return null;
  if (decimals === null) return 'mismatch';
  if (same(published, roundAt(exact, decimals), decimals)) return 'rounding';
  if (same(published, truncateAt(exact, decimals), decimals)) return 'truncation';
  return 'mismatch';
}

/** A number for people: rates as percents with the decimals that matter. */
export function shown(x: number, kind: 'rate' | 'points' | 'permille' | 'plain', decimals: number | null): string {
  if (kind === 'rate') {
    const d = decimals === null ? 2 : Math.max(0, decimals - 2);
    return `${(x * 100).toFixed(Math.min(d, MAX_SHOWN))}%`;
  }
  if (kind === 'points') return `${x.toFixed(decimals === null ? 2 : Math.min(decimals, MAX_SHOWN))}个百分点`;
  if (kind === 'permille') return `${x.toFixed(decimals === null ? 2 : Math.min(decimals, MAX_SHOWN))}‰`;
  if (Number.isInteger(x)) return String(x);
  return x.toFixed(decimals === null ? 4 : Math.min(decimals, MAX_SHOWN)).replace(/\.?0+$/, '');
}

/** A recomputed value without binary noise, for the JSON output. */
export function tidy(x: number): number {
  return Number(x.toPrecision(12));
}
