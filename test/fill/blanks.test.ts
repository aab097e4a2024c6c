/**
 * The fill keeps the one blank rule of the ZX functions (docs/functions.md) — its expected values are the same
 * FunctionDefs evaluated — and names, before anything is written, every blank it counts as 0.
 */
import { planFill } from '../../src/core/kinds';
import type { CellWrite, EditPlan } from '../../src/core/base/plan';
import { handTable } from './helpers';
import { checkWithHyperFormula } from './hyperformula';

// 旧存, 新收, 结案 → 结案率 = 结案 ÷ (旧存 + 新收)
const { grid, table } = handTable(
  '收结案',
  ['院别', '旧存', '新收', '结案'],
  [
    ['甲县法院', 10, 90, 95],
    ['乙县法院', null, 80, 60], // 旧存 left blank: none
    ['丙县法院', null, null, null], // nothing reported: not assessed
    ['丁县法院', '-', 50, 40], // 旧存 not reported
    ['戊县法院', '', 40, null], // 旧存 and 结案 blank
  ],
);

function rateColumn(plan: EditPlan): Map<string, CellWrite> {
  const head = plan.writes.find((w) => w.row === 0 && w.value === '结案率')!;
  const out = new Map<string, CellWrite>();
  for (const w of plan.writes) if (w.col === head.col && w.row > 0) out.set(String(grid.values[w.row][0]), w);
  return out;
}

describe('fill counts a blank count as 0, as the ZX functions do, and says so', () => {
  const plan = planFill([grid], [table], { indicators: ['JA_RATE'], targets: 'none' });
  const rate = rateColumn(plan);

  test('the expected values follow the one rule: blank 0, dash #N/A, a row all blank empty', () => {
    expect(rate.get('甲县法院')!.value).toBeCloseTo(0.95, 12);
    expect(rate.get('乙县法院')!.value).toBe(0.75);
    expect(rate.get('丙县法院')!.value).toBeNull();
    expect(rate.get('丁县法院')!.value).toMatchObject({ error: '#N/A', message: expect.stringContaining('不考核/未填报') });
    expect(rate.get('戊县法院')!.value).toBe(0);
  });

  test('the summary names every blank counted as 0, by court and column: "乙县法院 旧存 空白，按 0 计"', () => {
    const lines = plan.summary.map((l) => l.trim());
    expect(lines).toContain('乙县法院 旧存 空白，按 0 计');
    expect(lines).toContain('戊县法院 旧存、结案 空白，按 0 计');
    // a row not assessed counts nothing as 0, and a dash is not a blank
    expect(lines.some((l) => /丙县法院|丁县法院/.test(l))).toBe(false);
    expect(lines.filter((l) => l.endsWith('空白，按 0 计'))).toHaveLength(2);
  });

  test('Excel agrees with every expected value (the formulas evaluated by a formula engine)', () => {
    const { checked, disagreements } = checkWithHyperFormula([grid], plan);
    expect(checked).toBeGreaterThan(0);
    expect(disagreements).toEqual([]);
  });

  test('a table without blanks gets no such line', () => {
    const full = handTable('收结案', ['院别', '旧存', '新收', '结案'], [['甲县法院', 10, 90, 95]]);
    const p = planFill([full.grid], [full.table], { indicators: ['JA_RATE'], targets: 'none' });
    expect(p.summary.some((l) => l.includes('空白'))).toBe(false);
  });
});
