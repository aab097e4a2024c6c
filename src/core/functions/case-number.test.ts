import { CASE_FUNCTIONS } from './case-number';
import type { CellValue, ErrorValue } from '../base/grid';

function call(id: string, ...args: (CellValue | undefined)[]): CellValue {
  const def = CASE_FUNCTIONS.find((f) => f.id === id);
  if (!def) throw new Error(`no function ${id}`);
  return def.scalar(args);
}

describe('CASE_FUNCTIONS', () => {
  const n = '（2023）豫1322民初1234号';

  test('classify a case number: type, name, family, instance, year, court, level, province, number', () => {
    expect(call('CASE_TYPE', n)).toBe('民初');
    expect(call('CASE_TYPE_NAME', n)).toBe('民事一审');
    expect(call('CASE_FAMILY', n)).toBe('民事');
    expect(call('CASE_INSTANCE', n)).toBe('一审');
    expect(call('CASE_YEAR', n)).toBe(2023);
    expect(call('CASE_COURT', n)).toBe('豫1322');
    expect(call('CASE_COURT_LEVEL', n)).toBe('基层');
    expect(call('CASE_PROVINCE', n)).toBe('河南');
    expect(call('CASE_SEQ', n)).toBe(1234);
    expect(call('CASE_NORMALIZE', '(2023)豫1322民初1234号')).toBe(n);
  });

  test('CASE_COUNTED applies the scope rules', () => {
    expect(call('CASE_COUNTED', n)).toBe(true);
    expect(call('CASE_COUNTED', '（2023）豫1322执恢5号')).toBe(false);
    expect(call('CASE_COUNTED', '（2023）豫1322诉前调书5号')).toBe(false);
    expect(call('CASE_COUNTED', '（2023）豫1322执5号')).toBe(true);
  });

  test('an unparsable number is #VALUE! with the reason; an error input passes through', () => {
    const e = call('CASE_TYPE', '（2023）豫1322民X1号') as ErrorValue;
    expect(e.error).toBe('#VALUE!');
    expect(e.message).toContain('无法识别类型代字');
    expect((call('CASE_YEAR', true) as ErrorValue).error).toBe('#VALUE!');
    expect(call('CASE_YEAR', { error: '#N/A' })).toEqual({ error: '#N/A' });
  });

  test('a blank cell gives a blank, so a column range with trailing empty rows spills blanks', () => {
    expect(call('CASE_TYPE', null)).toBe('');
    expect(call('CASE_YEAR', '   ')).toBe('');
    expect(call('CASE_COUNTED', undefined)).toBe('');
  });

  test('level and province are #N/A where the code does not show them', () => {
    expect((call('CASE_COURT_LEVEL', '（2015）朝民初字第1号') as ErrorValue).error).toBe('#N/A');
    expect((call('CASE_PROVINCE', '（2019）最高法民申1号') as ErrorValue).error).toBe('#N/A');
  });

  test('records are well-formed: unique ids, Chinese descriptions without @, one parameter', () => {
    const ids = CASE_FUNCTIONS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of CASE_FUNCTIONS) {
      expect(f.description).not.toContain('@');
      expect(f.description).toMatch(/[\u4e00-\u9fff]/);
      expect(f.params).toHaveLength(1);
    }
  });
});

describe('a long 案件编号 is kept exactly, never rounded', () => {
  const long = '(2023)豫0802民初99999999999999999999号';
  const call = (id: string, v: string) => CASE_FUNCTIONS.find((f) => f.id === id)!.scalar([v]);

  test('CASE_NORMALIZE keeps every digit', () => {
    expect(call('CASE_NORMALIZE', long)).toBe('（2023）豫0802民初99999999999999999999号');
  });

  test('CASE_SEQ says the number is too long for a number instead of showing 1E+20', () => {
    const r = call('CASE_SEQ', long);
    expect(r).toMatchObject({ error: '#NUM!' });
    expect((r as { message: string }).message).toContain('99999999999999999999');
  });

  test('a long range is compared as digits, not as rounded numbers', () => {
    expect(call('CASE_NORMALIZE', '(2023)豫0802民初99999999999999999998-99999999999999999999号')).toBe('（2023）豫0802民初99999999999999999998-99999999999999999999号');
    expect(call('CASE_NORMALIZE', '(2023)豫0802民初99999999999999999999-99999999999999999998号')).toMatchObject({ error: '#VALUE!' });
  });

  test('an ordinary number is still a number', () => {
    expect(call('CASE_SEQ', '（2023）豫0802民初1234号')).toBe(1234);
  });
});

describe('案号 as courts write them, in one cell', () => {
  const call = (id: string, v: string) => CASE_FUNCTIONS.find((f) => f.id === id)!.scalar([v]);

  test('CASE_NORMALIZE keeps the number as issued: leading zeros, -1 and the old 字第 stay', () => {
    expect(call('CASE_NORMALIZE', '(2021)浙0206民初00985号')).toBe('（2021）浙0206民初00985号');
    expect(call('CASE_NORMALIZE', '(2014)北执字第00442号')).toBe('（2014）北执字第00442号');
    expect(call('CASE_NORMALIZE', '（2018）苏08民终7-1号')).toBe('（2018）苏08民终7-1号');
  });

  test('a cell citing several numbers gives one clear message instead of a guess', () => {
    const e = call('CASE_TYPE', '(2021)最高法知行终556、581、738号') as ErrorValue;
    expect(e.error).toBe('#VALUE!');
    expect(e.message).toBe(
      '单元格中写了 3 个案号（（2021）最高法知行终556号、581号、738号），请每格只写一个案号；读取案件明细时会按 3 件分别统计',
    );
  });

  test('a likely typo is named as such', () => {
    expect((call('CASE_YEAR', '（2020）云Ｏ111民初2388号') as ErrorValue).message).toContain('「Ｏ」疑为数字「0」的笔误');
  });

  test('an old number with an unknown code still gives its year and court; its family says when it cannot be told', () => {
    expect(call('CASE_TYPE', '（2012）甬仑商外初字第12号')).toBe('商外初');
    expect(call('CASE_FAMILY', '(2014)承14终字第152号')).toBe('大类不明');
    expect(call('CASE_FAMILY', '（2021）粤03破申12号')).toBe('强制清算与破产');
  });
});
