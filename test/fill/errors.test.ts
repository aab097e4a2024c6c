import { gridOf } from '../recognize/helpers';
import { planFill } from '../../src/core/kinds';
import { recognizeGrid } from '../../src/core/recognize';
import type { EditPlan } from '../../src/core/base/plan';
import { errorValueLines } from '../../src/core/fill/errors';

describe('error values a plan would write are said before the write', () => {
  test('a court whose 受理 is 0 gets its #DIV/0! named, with the reason, in the summary', () => {
    const g = gridOf([['院别', '旧存', '新收', '已结'], ['延吉法院', 10, 100, 90], ['乙县法院', 0, 0, 0], ['合计', 10, 100, 90]]);
    const plan = planFill([g], recognizeGrid(g));
    const start = plan.summary.findIndex((l) => l.startsWith('将写入'));
    expect(start).toBeGreaterThanOrEqual(0);
    expect(plan.summary.slice(start + 1).some((l) => l.includes('乙县法院') && l.includes('#DIV/0!'))).toBe(true);
  });

  test('a plan without error values says nothing about them', () => {
    expect(errorValueLines({ writes: [{ sheet: 'S', row: 0, col: 0, value: 1 }] } as unknown as EditPlan)).toEqual([]);
  });

  test('a whole column of errors is counted, not listed cell by cell', () => {
    const writes = Array.from({ length: 25 }, (_, i) => ({ sheet: 'S', row: i, col: 2, value: { error: '#DIV/0!', message: '分母为 0' } }));
    const lines = errorValueLines({ writes } as unknown as EditPlan);
    expect(lines[0]).toBe('将写入 25 个错误值（公式照常写入，结果为错误）：');
    expect(lines).toHaveLength(12);
    expect(lines[1]).toBe('  「S」C1：#DIV/0!（分母为 0）');
    expect(lines[11]).toBe('  另有 15 个');
  });
});
