import type { RecognizedColumn } from '../core/recognize/types';
import { STRINGS, translate, type StringKey } from './i18n';
import { mappingText } from './RecognizeTab';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

function column(role: RecognizedColumn['role'], extra: Partial<RecognizedColumn> = {}): RecognizedColumn {
  return { column: 'A', header: ['表头'], role, field: null, indicator: null, period: null, valueKind: 'count', confidence: 1, matched: null, ...extra };
}

test('every key has a Chinese and an English string, with the same placeholders', () => {
  const keys = Object.keys(STRINGS.zh) as StringKey[];
  expect(Object.keys(STRINGS.en).sort()).toEqual([...keys].sort());
  for (const key of keys) {
    expect(STRINGS.zh[key].length).toBeGreaterThan(0);
    expect(STRINGS.en[key].length).toBeGreaterThan(0);
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    expect(placeholders(STRINGS.en[key])).toEqual(placeholders(STRINGS.zh[key]));
  }
});

test('in English a column’s role and a preset’s kind show no Chinese; an indicator’s or field’s own name stays', () => {
  const en = (key: StringKey) => translate('en', key);
  const zh = (key: StringKey) => translate('zh', key);
  for (const role of ['serial', 'unit', 'target', 'gap', 'score', 'rank', 'unknown'] as const) {
    expect(mappingText(column(role), en)).not.toMatch(CJK);
    expect(mappingText(column(role), zh)).toMatch(CJK);
  }
  expect(mappingText(column('serial'), en)).toBe('Serial no.');
  expect(mappingText(column('unit'), en)).toBe('Unit');
  expect(en('presetKindTarget')).not.toMatch(CJK);
  expect(en('presetKindScore')).not.toMatch(CJK);
  expect(translate('en', 'aggregateFamilyCases', { name: 'Civil', n: 3 })).toBe('Civil (3 cases)');
  // user data: the field's name as the workbook and the catalogue say it
  expect(mappingText(column('field', { field: '结案数' }), en)).toBe('结案数');
});
