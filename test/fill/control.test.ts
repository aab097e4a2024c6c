import * as path from 'path';
import { planFill } from '../../src/core/kinds';
import { readWorkbook } from '../../src/cli/xlsx-read';
import { recognizeGrid } from '../../src/core/recognize';
import { checkWithHyperFormula } from './hyperformula';
import { T1_ROWS, T1_TOTAL, T1_UNITS } from '../fixtures/seed-tables';

const fixture = (name: string) => path.join(__dirname, '..', 'fixtures', name);

describe('control-target table T1 (seed 001 附件2)', () => {
  test('目标 and 上限 come out exactly as the seed, the total row as the sum of the units (−67, 571)', async () => {
    const book = await readWorkbook(fixture('t1-control-target-blank.xlsx'));
    const tables = book.flatMap((g) => recognizeGrid(g));
    const plan = planFill(book, tables, {});
    // the body starts on sheet row 6 (0-based 5): units in T1 order, then 总计
    const at = (row: number, col: number) => plan.writes.find((w) => w.row === row && w.col === col);
    T1_UNITS.forEach((unit, i) => {
      const row = 5 + i;
      const [target, ceiling] = T1_ROWS[i].slice(6);
      expect([unit, at(row, 8)?.value, at(row, 9)?.value]).toEqual([unit, target, ceiling]);
      expect(at(row, 8)?.formula).toBe(`=-CEILING(H${row + 1}*10%,1)`);
      expect(at(row, 9)?.formula).toBe(`=H${row + 1}+I${row + 1}`);
    });
    expect(at(14, 8)).toMatchObject({ formula: '=SUM(I6:I14)', value: T1_TOTAL[6] });
    expect(at(14, 9)).toMatchObject({ formula: '=SUM(J6:J14)', value: T1_TOTAL[7] });
    expect(plan.writes).toHaveLength(20);
    expect(plan.overwrites).toEqual([]);
    expect(checkWithHyperFormula(book, plan).disagreements).toEqual([]);
  });

  test('a table already filled is never written over silently: every cell is listed in overwrites', async () => {
    const book = await readWorkbook(fixture('t1-control-target.xlsx'));
    const plan = planFill(book, book.flatMap((g) => recognizeGrid(g)), {});
    expect(plan.overwrites).toHaveLength(20);
    expect(plan.overwrites[0]).toMatchObject({ sheet: '附件2', row: 5, col: 8, previous: -7 });
    // and the recomputed values agree with what the seed published
    for (const o of plan.overwrites) expect(plan.writes.find((w) => w.row === o.row && w.col === o.col)?.value).toBe(o.previous);
  });

  test('keepExisting leaves a typed-in cell alone and computes the formulas that read it with what it holds', async () => {
    const book = await readWorkbook(fixture('t1-control-target-blank.xlsx'));
    book[0].values[5][8] = -8; // someone typed 延边中院's 目标 by hand
    const plan = planFill(book, book.flatMap((g) => recognizeGrid(g)), { keepExisting: true });
    expect(plan.overwrites).toEqual([]);
    expect(plan.skipped).toEqual([{ sheet: '附件2', row: 5, col: 8, previous: -8 }]);
    expect(plan.writes.find((w) => w.row === 5 && w.col === 9)?.value).toBe(59); // 67 + (−8)
    expect(plan.writes.find((w) => w.row === 14 && w.col === 8)?.value).toBe(-68); // the sum sees −8
    expect(checkWithHyperFormula(book, plan).disagreements).toEqual([]);
  });
});
