import * as path from 'path';
import { planFill } from '../../src/core/kinds';
import { readWorkbook } from '../../src/cli/xlsx-read';
import { recognizeGrid } from '../../src/core/recognize';
import { checkWithHyperFormula } from './hyperformula';

describe('year-over-year table (本期 / 上年同期 / 同比)', () => {
  test('fills empty 同比 cells — percent for counts, percentage points for rates — and flags 正升逆降', async () => {
    const book = await readWorkbook(path.join(__dirname, '..', 'fixtures', 'yoy.xlsx'));
    const tables = book.flatMap((g) => recognizeGrid(g));
    // empty the published 同比 columns (D, G, J) of the body rows 5–10
    for (let r = 4; r <= 9; r++) for (const c of [3, 6, 9]) book[0].values[r][c] = null;
    const plan = planFill(book, tables, {});
    const at = (a1: string) => plan.writes.find((w) => `${String.fromCharCode(65 + w.col)}${w.row + 1}` === a1);
    const v = book[0].values;
    // 收案数 (a count): (本期 − 上年同期) / 上年同期
    expect(at('D6')).toMatchObject({ formula: '=ZX.YOY(B6,C6)', numberFormat: '0.00%' });
    expect(at('D6')!.value as number).toBeCloseTo(((v[5][1] as number) - (v[5][2] as number)) / (v[5][2] as number), 12);
    // 结案率 (a rate): percentage points
    expect(at('J6')).toMatchObject({ formula: '=(H6-I6)*100', numberFormat: '0.00' });
    expect(at('J6')!.value as number).toBeCloseTo(((v[5][7] as number) - (v[5][8] as number)) * 100, 10);
    // 结案率 is a positive indicator: 是 when it rose
    const flag = plan.writes.filter((w) => w.col === 10 && w.row >= 4);
    expect(flag.map((w) => w.value)).toEqual(flag.map((w) => ((v[w.row][7] as number) > (v[w.row][8] as number) ? '是' : '否')));
    expect(plan.conditionalFormats.filter((c) => c.range.left === 10)).toHaveLength(2);
    expect(plan.overwrites).toEqual([]);
    expect(checkWithHyperFormula(book, plan).disagreements).toEqual([]);
  });

  test('published 同比 figures are left alone (checking them is verify’s job)', async () => {
    const book = await readWorkbook(path.join(__dirname, '..', 'fixtures', 'yoy.xlsx'));
    const plan = planFill(book, book.flatMap((g) => recognizeGrid(g)), {});
    expect(plan.writes.some((w) => [3, 6, 9].includes(w.col))).toBe(false);
    expect(plan.overwrites).toEqual([]);
  });
});

test('正升逆降 reads the direction from the preset in use (issue 12.7): a preset that reads 结案率 as 逆向 flips the flags', async () => {
  const book = await readWorkbook(path.join(__dirname, '..', 'fixtures', 'yoy.xlsx'));
  const tables = book.flatMap((g) => recognizeGrid(g));
  const preset = { kind: 'target' as const, id: '逆向测试', name: '逆向测试', source: '单元测试', year: 2024, description: '', targets: [{ indicator: 'JA_RATE', name: '结案率', text: '-', direction: 'down' as const }] };
  const plan = planFill(book, tables, { targets: preset });
  const v = book[0].values;
  const flag = plan.writes.filter((w) => w.col === 10 && w.row >= 4);
  expect(flag.length).toBeGreaterThan(0);
  expect(flag.map((w) => w.value)).toEqual(flag.map((w) => ((v[w.row][7] as number) < (v[w.row][8] as number) ? '是' : '否')));
  expect(plan.summary.join('\n')).toContain('结案率（逆向）');
});
