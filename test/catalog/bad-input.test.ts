/** Bad input gives the Excel error a statistician expects, with a Chinese message naming the argument. */
import { INDICATORS } from '../../src/core/catalog';
import { ALL_FUNCTIONS, findFunction } from '../../src/core/functions/registry';
import { applyFunction } from '../../src/core/functions/apply';
import type { CellValue, ErrorValue } from '../../src/core/base/grid';

const call = (id: string, ...args: (CellValue | CellValue[][] | undefined)[]) => applyFunction(findFunction(id)!, args);

describe('zero denominators', () => {
  test.each([
    ['FWXS_RATE', [160, 0], '一审结案数'],
    ['JA_RATE', [10, 0, 0], '旧存数 + 新收数'],
    ['GFZ_PERMILLE', [1, 1, 0], '生效案件数'],
    ['AJB_RATIO', [0, 5], '原发案件数'],
    ['PJSL_DAYS', [100, 0], '结案数'],
    ['BL_RATE', [1, 0], '分母'],
    ['YOY', [5, 0], '上年同期'],
  ])('%s(%j) → #DIV/0! naming %s', (id, args, name) => {
    const r = call(id, ...(args as CellValue[])) as ErrorValue;
    expect(r.error).toBe('#DIV/0!');
    expect(r.message).toContain(name);
  });

  test('every two-input rate divides by its second input: 0 there is #DIV/0!', () => {
    // CQQJ_RATE divides by the sum of its two inputs (cleared / (cleared + left)): checked below
    const rates = INDICATORS.filter((i) => i.unit === 'rate' && i.inputs.length === 2 && !i.variants && i.id !== 'CQQJ_RATE');
    expect(rates.length).toBeGreaterThan(30);
    for (const ind of rates) expect(call(ind.id, 1, 0)).toMatchObject({ error: '#DIV/0!' });
    expect(call('CQQJ_RATE', 0, 0)).toMatchObject({ error: '#DIV/0!' });
  });
});

describe('text that is not a number', () => {
  test.each(['abc', '无', '12,34', '1 2'])('%p → #VALUE! naming the argument', (bad) => {
    const r = call('FWXS_RATE', bad, 1000) as ErrorValue;
    expect(r.error).toBe('#VALUE!');
    expect(r.message).toContain('二审收案数');
    const r2 = call('FWXS_RATE', 160, bad) as ErrorValue;
    expect(r2.message).toContain('一审结案数');
  });

  test('what statisticians type is accepted: 160件, １０００, 1,000', () => {
    expect(call('FWXS_RATE', '160件', '１０００')).toBeCloseTo(0.84, 15);
    expect(call('FWXS_RATE', '160', '1,000')).toBeCloseTo(0.84, 15);
  });

  test('a logical value is not a count', () => {
    expect(call('FWXS_RATE', true, 1000)).toMatchObject({ error: '#VALUE!' });
  });
});

describe('blanks and dashes: one rule (docs/functions.md)', () => {
  test('a blank count is 0, as in Excel arithmetic and as courts leave their zero cells blank', () => {
    expect(call('FWXS_RATE', null, 1000)).toBe(1);
    expect(call('GPFH_RATE', 10, '', 1000)).toBeCloseTo(0.01, 15);
    expect(call('JA_RATE', 50, '  ', 100)).toBe(0.5);
  });
  test('every input counts a blank as 0; columnOptional only says a table may lack the column (指定再审 of ZSL_RATE)', () => {
    const columnOptional = INDICATORS.flatMap((i) => i.inputs.filter((p) => p.columnOptional).map((p) => `${i.id}.${p.name}`));
    expect(columnOptional).toEqual(['ZSL_RATE.指定再审数']);
    expect(call('ZSL_RATE', 10, 38, 11, '', 721)).toBeCloseTo(59 / 721, 15);
    expect(call('ZSL_RATE', 10, null, 11, 0, 721)).toBeCloseTo(21 / 721, 15);
  });
  test.each(['-', '—', '/', '－', '——', '／'])('a dash or slash %p means not reported: #N/A 不考核/未填报 naming the argument', (dash) => {
    const r = call('FWXS_RATE', dash, 1000) as ErrorValue;
    expect(r.error).toBe('#N/A');
    expect(r.message).toMatch(/二审收案数.*不考核\/未填报/);
    expect(call('JA_RATE', 50, 10, dash)).toMatchObject({ error: '#N/A', message: expect.stringContaining('新收数') });
  });
  test('a row whose inputs are all blank is not assessed: an empty result, not an error', () => {
    expect(call('FWXS_RATE', null, null)).toBeNull();
    expect(call('ZSL_RATE', '', null, undefined, '', ' ')).toBeNull();
    expect(call('JA_RATE', [[50], [null]], [[10], [null]], [[100], ['']])).toEqual([[50 / 110], [null]]);
  });
  test('a 口径 alone does not make a row assessed; text beside blanks is still read', () => {
    expect(call('YCCZJ_RATE', null, null, null, null, null, '平台')).toBeNull();
    expect(call('FWXS_RATE', 'abc', null)).toMatchObject({ error: '#VALUE!' });
  });
});

describe('negative counts', () => {
  test.each([
    ['FWXS_RATE', [-1, 1000], '二审收案数'],
    ['JA_RATE', [10, -5, 100], '旧存数'],
    ['DWL_RATE', [-3, 100], '到位金额'],
    ['PJSL_DAYS', [-30, 10], '审理天数合计'],
    ['BL_RATE', [1, -2], '分母'],
  ])('%s(%j) → #NUM! naming %s', (id, args, name) => {
    const r = call(id, ...(args as CellValue[])) as ErrorValue;
    expect(r.error).toBe('#NUM!');
    expect(r.message).toContain(name);
  });
  test('a computed count below zero is #NUM! too', () => {
    expect(call('SXAJ_COUNT', 100, 90, 20)).toMatchObject({ error: '#NUM!' });
  });
  test('changes may be negative', () => {
    expect(call('YOY', 90, 100)).toBeCloseTo(-0.1, 15);
  });
});

describe('Excel errors in the input propagate', () => {
  test('the error code stays, the message names the argument', () => {
    const r = call('FWXS_RATE', { error: '#N/A' }, 1000) as ErrorValue;
    expect(r.error).toBe('#N/A');
    expect(r.message).toContain('二审收案数');
    expect(call('FWXS_RATE', 160, '#DIV/0!')).toMatchObject({ error: '#DIV/0!' });
  });
});

describe('shapes', () => {
  test('a row against a column is a shape mismatch: one #VALUE! with both shapes', () => {
    const r = call('FWXS_RATE', [[1, 2, 3]], [[10], [20], [30]]) as ErrorValue;
    expect(r.error).toBe('#VALUE!');
    expect(r.message).toMatch(/二审收案数.*1行3列.*一审结案数.*3行1列/);
  });
  test('ranges of different lengths are a mismatch', () => {
    expect(call('JA_RATE', [[1], [2]], [[1], [2], [3]], 5)).toMatchObject({ error: '#VALUE!' });
  });
  test('a single cell (or a 1×1 range) broadcasts over a range', () => {
    expect(call('FWXS_RATE', [[100], [200]], 1000)).toEqual([[0.9], [0.8]]);
    expect(call('FWXS_RATE', [[100], [200]], [[1000]])).toEqual([[0.9], [0.8]]);
    expect(call('FWXS_RATE', [[100]], [[1000]])).toBeCloseTo(0.9, 15);
  });
  test('2-D ranges work element-wise', () => {
    expect(call('BL_RATE', [[1, 2], [3, 4]], [[2, 4], [6, 0]])).toEqual([[0.5, 0.5], [0.5, { error: '#DIV/0!', message: '分母为0，无法计算' }]]);
  });
  test('errors stay in their own cells of a spilled range', () => {
    const r = call('FWXS_RATE', [[160], ['abc'], [null], ['-']], [[1000], [1000], [1000], [1000]]) as CellValue[][];
    expect(r[0][0]).toBeCloseTo(0.84, 15);
    expect(r[1][0]).toMatchObject({ error: '#VALUE!' });
    // a blank count is 0 (no longer an error); a dash is not reported
    expect(r[2][0]).toBe(1);
    expect(r[3][0]).toMatchObject({ error: '#N/A' });
  });
});

describe('variants', () => {
  test('an unknown 口径 is #VALUE! listing the known ones', () => {
    const r = call('YCCZJ_RATE', 1, 2, 3, null, null, '北京') as ErrorValue;
    expect(r.error).toBe('#VALUE!');
    expect(r.message).toMatch(/延边.*平台/);
  });
  test('too many numbers for the named 口径 is #VALUE!', () => {
    expect(call('YCCZJ_RATE', 1, 2, 3, 4, 5, '延边')).toMatchObject({ error: '#VALUE!' });
  });
});

test('no function throws on odd input: each returns a value or an error', () => {
  const odd: (CellValue | undefined)[] = [null, undefined, '', 'abc', -1, 0, true, { error: '#REF!' }, '∞', 1e308];
  for (const f of ALL_FUNCTIONS) {
    for (const v of odd) {
      const args = f.params.map(() => v);
      expect(() => applyFunction(f, args)).not.toThrow();
      const r = applyFunction(f, args);
      if (typeof r === 'number') expect(Number.isFinite(r)).toBe(true);
    }
  }
});
