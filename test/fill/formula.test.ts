import { FUNCTIONS_BY_ID } from '../../src/core/functions/registry';
import { call, evaluate, formulaText, neg, num, op, pct, range, ref, str, sumOf, zx, type Expr } from '../../src/core/functions/formula';
import type { CellValue } from '../../src/core/base/grid';

/** a sheet `S` whose cells are given by address */
function env(cells: Record<string, CellValue>) {
  return {
    functions: FUNCTIONS_BY_ID,
    cell: (sheet: string, row: number, col: number) => (sheet === 'S' ? (cells[`${String.fromCharCode(65 + col)}${row + 1}`] ?? null) : null),
  };
}
const at = (a1: string) => ref('S', Number(a1.slice(1)) - 1, a1.charCodeAt(0) - 65);
const show = (e: Expr, cells: Record<string, CellValue> = {}) => evaluate(e, env(cells));

describe('formula text', () => {
  test('operators get brackets only where precedence needs them', () => {
    expect(formulaText(op('/', op('-', at('B1'), at('A1')), at('B1')), 'S')).toBe('=(B1-A1)/B1');
    expect(formulaText(op('-', at('A1'), op('-', at('B1'), at('C1'))), 'S')).toBe('=A1-(B1-C1)');
    expect(formulaText(op('*', num(0.5), op('+', at('A1'), at('B1'))), 'S')).toBe('=0.5*(A1+B1)');
    expect(formulaText(neg(call('CEILING', op('*', at('H5'), pct(0.1)), num(1))), 'S')).toBe('=-CEILING(H5*10%,1)');
  });
  test('other sheets are quoted, absolute ranges carry $, omitted arguments stay empty, strings escape quotes', () => {
    expect(formulaText(ref('质效数据', 2, 2), 'S')).toBe("='质效数据'!C3");
    expect(formulaText(ref("O'Brien", 0, 0), 'S')).toBe("='O''Brien'!A1");
    expect(formulaText(range('S', 4, 10, 12, 10, true), 'S')).toBe('=$K$5:$K$13');
    expect(formulaText(zx('STEP_SCORE', num(0.1), num(4), num(40), null, str('按"比例"')), 'S')).toBe('=ZX.STEP_SCORE(0.1,4,40,,"按""比例""")');
  });
  test('adjacent cells of a row or column sum as one range', () => {
    expect(formulaText(sumOf([at('C3'), at('D3'), at('E3')]), 'S')).toBe('=SUM(C3:E3)');
    expect(formulaText(sumOf([at('C3'), at('E3')]), 'S')).toBe('=C3+E3');
  });
});

describe('evaluation as Excel shows it', () => {
  test('CEILING of a product that is whole in decimal stays whole (30 × 10% = 3, not 4)', () => {
    expect(show(call('CEILING', op('*', num(30), pct(0.1)), num(1)))).toBe(3);
    expect(show(call('CEILING', op('*', num(67), pct(0.1)), num(1)))).toBe(7);
  });
  test('blank is 0 in arithmetic, numeric text is a number, other text is #VALUE!, errors propagate', () => {
    expect(show(op('+', at('A1'), num(1)))).toBe(1);
    expect(show(op('+', at('A1'), num(1)), { A1: '2' })).toBe(3);
    expect(show(op('+', at('A1'), num(1)), { A1: '件' })).toMatchObject({ error: '#VALUE!' });
    expect(show(op('/', num(1), at('A1')))).toMatchObject({ error: '#DIV/0!' });
    expect(show(op('+', at('A1'), num(1)), { A1: { error: '#N/A' } })).toMatchObject({ error: '#N/A' });
  });
  test('SUM and AVERAGE skip text and blanks inside ranges', () => {
    const cells = { A1: 1, A2: 'x', A3: null, A4: 5 };
    expect(show(call('SUM', range('S', 0, 0, 3, 0)), cells)).toBe(6);
    expect(show(call('AVERAGE', range('S', 0, 0, 3, 0)), cells)).toBe(3);
  });
  test('IF evaluates only the branch taken', () => {
    expect(show(call('IF', op('>', num(2), num(1)), num(6), op('/', num(1), num(0))))).toBe(6);
  });
  test('RANK.EQ: descending or ascending, ties share the best rank, #N/A when absent', () => {
    const cells = { A1: 95, A2: 85, A3: 95, A4: 80 };
    const r = (x: string, order: number) => show(call('RANK.EQ', at(x), range('S', 0, 0, 3, 0), num(order)), cells);
    expect(['A1', 'A2', 'A3', 'A4'].map((x) => r(x, 0))).toEqual([1, 3, 1, 4]);
    expect(['A1', 'A2', 'A3', 'A4'].map((x) => r(x, 1))).toEqual([3, 2, 3, 1]);
    expect(show(call('RANK.EQ', num(70), range('S', 0, 0, 3, 0), num(0)), cells)).toMatchObject({ error: '#N/A' });
  });
  test('ZX functions are the catalogue’s own FunctionDefs', () => {
    expect(show(zx('FWXS_RATE', at('A1'), at('B1')), { A1: 98, B1: 1350 })).toBeCloseTo(1 - 98 / 1350, 12);
    expect(show(zx('MEETS', num(0.95), str('-')))).toMatchObject({ error: '#N/A' });
    expect(show(zx('NO_SUCH'))).toMatchObject({ error: '#NAME?' });
  });
});
