import type { RecognizedTable } from '../core/recognize/types';
import { columnCorrected, restoreColumn, restoreRow, rowChoice, rowCorrected, withColumn, withRowRole } from './corrections';

const col = (column: string, role: RecognizedTable['columns'][number]['role'], extra = {}) => ({
  column,
  header: [column],
  role,
  field: null,
  indicator: null,
  period: null,
  valueKind: 'count' as const,
  confidence: 0.9,
  matched: null,
  ...extra,
});
const original: RecognizedTable = {
  sheet: '表',
  range: 'A1:D5',
  kind: 'unit-matrix',
  headerRows: [1],
  unitColumn: 'B',
  rows: [
    { row: 2, role: 'unit', label: '甲', level: null },
    { row: 3, role: 'unit', label: '乙', level: null },
    { row: 4, role: 'total', label: '合计', level: null, confidence: 1, confirmed: true },
  ],
  columns: [col('A', 'serial'), col('B', 'unit'), col('C', 'target', { confidence: 0.9 }), col('D', 'field', { field: '结案数' })],
  targets: [],
  meta: { title: null, unit: null, period: null, notes: [] },
};

test('a sure column (目标 at 90%) is corrected, then restored as recognised', () => {
  const changed = withColumn(original, { ...original.columns[2], role: 'field', field: '旧存数', confidence: 1 });
  expect(columnCorrected(changed, original, 'C')).toBe(true);
  const back = restoreColumn(changed, original, 'C');
  expect(back.columns[2]).toEqual(original.columns[2]);
  expect(columnCorrected(back, original, 'C')).toBe(false);
});

test('another column made the unit column takes the old one’s place; restoring it gives the unit column back', () => {
  const changed = withColumn(original, { ...original.columns[0], role: 'unit' });
  expect(changed.unitColumn).toBe('A');
  expect(changed.columns[1].role).toBe('unknown');
  const back = restoreColumn(changed, original, 'A');
  expect(back.unitColumn).toBe('B');
  expect(back.columns).toEqual(original.columns);
});

test('a row taken out of the table, or given another role, and restored', () => {
  const out = withRowRole(original, original, 4, 'excluded');
  expect(out.rows.map((r) => r.row)).toEqual([2, 3]);
  expect(rowChoice(out, 4)).toBe('excluded');
  expect(rowCorrected(out, original, 4)).toBe(true);
  const benchmark = withRowRole(original, original, 2, 'benchmark');
  expect(benchmark.rows[0]).toMatchObject({ row: 2, role: 'benchmark', confidence: 1 });
  expect(restoreRow(out, original, 4).rows).toEqual(original.rows);
});
