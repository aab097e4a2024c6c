import { gridOf } from '../recognize/helpers';
import { planFill } from '../../src/core/kinds';
import { recognizeGrid } from '../../src/core/recognize';

describe('乌兰浩特2022 未结案件延扣审占比: ÷ the trial cases’ 未结数 where the table has it', () => {
  const g = gridOf([
    ['院别', '未结数', '审判未结数', '延扣审未结数'],
    ['甲法院', 40, 20, 5],
    ['乙法院', 30, 10, 1],
  ]);
  test('the preset’s 口径 (审判) is written and computed: 5 ÷ 20, not 5 ÷ 40', () => {
    const plan = planFill([g], recognizeGrid(g), { targets: '乌兰浩特2022' });
    const yks = plan.writes.find((w) => w.row === 1 && typeof w.formula === 'string' && w.formula.includes('YKS_RATE'));
    expect(yks?.formula).toContain('"审判"');
    expect(yks?.value).toBeCloseTo(0.25, 10);
  });
  test('without a preset the indicator’s default (÷ 未结数) is computed', () => {
    const plan = planFill([g], recognizeGrid(g));
    const yks = plan.writes.find((w) => w.row === 1 && typeof w.formula === 'string' && w.formula.includes('YKS_RATE'));
    expect(yks?.value).toBeCloseTo(0.125, 10);
  });
});
