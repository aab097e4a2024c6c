/** The playground chart's value axis (pure). */
/**
 * The value axis as Excel draws it: from 0, unless every value lies in the top sixth above 0 (then from just
 * below the smallest, so 87%–94% is not five equal bars); round steps of 1, 2 or 5 × a power of ten; the last
 * tick at or above the largest value, so no bar runs out of the plot.
 */
export function axisTicks(low: number, high: number): number[] {
  const min = low > 0 && low >= (high * 5) / 6 ? low - (high - low) / 2 : Math.min(0, low);
  const max = Math.max(high, min + 1e-9);
  const raw = (max - min) / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const ticks: number[] = [];
  for (let k = Math.floor(min / step); ; k++) {
    ticks.push(Number((k * step).toPrecision(12)));
    if (k * step >= max - step * 1e-9) break;
  }
  return ticks;
}
