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
