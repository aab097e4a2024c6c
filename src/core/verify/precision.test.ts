import { compareAtPrecision, roundAt, shown, truncateAt } from './precision';

describe('rounding and cutting at a number of decimals', () => {
  it('rounds half away from zero in decimal, not binary, arithmetic', () => {
    expect(roundAt(0.87715, 4)).toBe(0.8772);
    expect(roundAt(1.005, 2)).toBe(1.01);
    expect(roundAt(-0.08575, 4)).toBe(-0.0858);
    expect(roundAt(0.921333, 4)).toBe(0.9213);
  });

  it('cuts toward zero without being fooled by binary noise', () => {
    expect(truncateAt(0.877151, 4)).toBe(0.8771);
    expect(truncateAt(0.8771, 4)).toBe(0.8771); // 0.8771 * 10000 is 8770.999… in binary
    expect(truncateAt(-0.0857142, 4)).toBe(-0.0857);
  });
});

describe('compareAtPrecision tells a display difference from a cut and from a wrong figure', () => {
  it('finds nothing when the published value is the recomputed one', () => {
    expect(compareAtPrecision(0.921333333333, 1382 / 1500, 10)).toBeNull();
    expect(compareAtPrecision(638, 638, 0)).toBeNull();
  });

  it('calls a value that agrees at its shown precision a rounding', () => {
    expect(compareAtPrecision(0.9213, 1382 / 1500, 4)).toBe('rounding');
    expect(compareAtPrecision(0.92, 1382 / 1500, 2)).toBe('rounding');
  });

  it('calls a value that agrees only when cut a truncation', () => {
    expect(compareAtPrecision(0.8771, 1478 / 1685, 4)).toBe('truncation');
  });

  it('calls anything else a mismatch, including a value shown more precisely than it is right', () => {
    expect(compareAtPrecision(0.9372, 380 / 430, 4)).toBe('mismatch');
    expect(compareAtPrecision(0.92, 1382 / 1500, 4)).toBe('mismatch');
    expect(compareAtPrecision(0.9213, 1382 / 1500, null)).toBe('mismatch');
  });
});

describe('numbers shown to people', () => {
  it('shows rates as percents with the decimals that matter', () => {
    expect(shown(0.8771, 'rate', 4)).toBe('87.71%');
    expect(shown(0.877151335, 'rate', 6)).toBe('87.7151%');
    expect(shown(1.13, 'points', 2)).toBe('1.13个百分点');
    expect(shown(4090, 'plain', 0)).toBe('4090');
  });
});
