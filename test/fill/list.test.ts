import * as path from 'path';
import { planFill } from '../../src/core/kinds';
import { readWorkbook } from '../../src/cli/xlsx-read';
import { recognizeGrid } from '../../src/core/recognize';
import { checkWithHyperFormula } from './hyperformula';

test('an indicator list (T4) gets 差距 and 是否达标 where an actual value is given, by the indicator’s direction', async () => {
  const book = await readWorkbook(path.join(__dirname, '..', 'fixtures', 't4-indicator-list.xlsx'));
  const plan = planFill(book, book.flatMap((g) => recognizeGrid(g)), {});
  const at = (a1: string) => plan.writes.find((w) => `${String.fromCharCode(65 + w.col)}${w.row + 1}` === a1);
  // 平均审理天数 38.6 against <36 (↓): 2.6 days worse, not met
  expect(at('E10')).toMatchObject({ formula: '=IFNA(ZX.GAP(D10,C10,"逆向"),"-")', numberFormat: '0.0' });
  expect(at('E10')!.value as number).toBeCloseTo(-2.6, 10);
  expect(at('F10')).toMatchObject({ formula: '=IFNA(IF(ZX.MEETS(D10,C10,"逆向"),"达标","未达标"),"不考核")', value: '未达标' });
  // 法定审限内结案率 98.74% against ≥97% (↑): 1.74 points better, met
  expect(at('E8')!.value as number).toBeCloseTo(0.0174, 10);
  expect(at('F8')!.value).toBe('达标');
  // rows without an actual value are left empty
  expect(at('E4')).toBeUndefined();
  expect(plan.summary.join('\n')).toContain('5 项有实际值，达标 3 项，未达标 2 项；22 项没有实际值，未填');
  expect(checkWithHyperFormula(book, plan).disagreements).toEqual([]);
});
