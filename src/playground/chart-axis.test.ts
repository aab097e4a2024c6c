import { axisTicks } from './chart-axis';

describe('the chart’s value axis', () => {
  test('reaches past the largest value, so no bar runs out of the plot', () => {
    const ticks = axisTicks(0.05, 0.937);
    expect(ticks[0]).toBe(0);
    expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(0.937);
  });
  test('starts near the values when they all lie close together (87%–94%), as Excel does', () => {
    const ticks = axisTicks(0.8771, 0.9372);
    expect(ticks[0]).toBeGreaterThan(0.8);
    expect(ticks[0]).toBeLessThanOrEqual(0.8771);
    expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(0.9372);
  });
});
