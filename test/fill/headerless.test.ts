import { gridOf } from '../recognize/helpers';
import { planFill } from '../../src/core/kinds';
import { recognizeGrid } from '../../src/core/recognize';

describe('fill and a table whose header was not found', () => {
  test('writes nothing into it and says why, in Chinese, in the summary', () => {
    const g = gridOf([['延吉法院', 10, 100, 90], ['图们法院', 5, 50, 45], ['龙井法院', 6, 60, 50], ['合计', 21, 210, 185]]);
    const tables = recognizeGrid(g);
    expect(tables).toHaveLength(1);
    expect(tables[0].headerRows).toEqual([]);
    const plan = planFill([g], tables);
    expect(plan.writes).toEqual([]);
    expect(plan.summary.some((l) => l.includes('没有找到表头行，未填写'))).toBe(true);
  });

  test('fills the same table once its header is there', () => {
    const g = gridOf([['院别', '旧存', '新收', '已结'], ['延吉法院', 10, 100, 90], ['图们法院', 5, 50, 45], ['龙井法院', 6, 60, 50], ['合计', 21, 210, 185]]);
    const plan = planFill([g], recognizeGrid(g));
    expect(plan.writes.length).toBeGreaterThan(0);
    expect(plan.summary.some((l) => l.includes('没有找到表头行'))).toBe(false);
  });
});
