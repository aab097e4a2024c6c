import type { LayoutKind } from '../recognize/types';
import { KIND_NAMES, TABLE_KINDS, tableKind } from '.';

// the compiler checks this list is every LayoutKind: a kind added to the union without a record fails here
const EVERY_KIND: Record<LayoutKind, true> = {
  'unit-matrix': true,
  'target-matrix': true,
  'indicator-list': true,
  yoy: true,
  'control-target': true,
  score: true,
  'case-list': true,
};

describe('table kinds as one record table', () => {
  test('every kind the recogniser can report has exactly one record', () => {
    expect(TABLE_KINDS.map((k) => k.id).sort()).toEqual(Object.keys(EVERY_KIND).sort());
  });

  test('a kind with nothing to fill offers nothing and is not shown with fill options', () => {
    for (const k of TABLE_KINDS.filter((k) => !k.fill)) expect(['none', 'case-list']).toContain(k.pane);
    for (const k of TABLE_KINDS.filter((k) => k.fill)) expect(['indicator-columns', 'fill-only', 'scoring']).toContain(k.pane);
  });

  test('score tables are filled after the tables they read', () => {
    const scoreOrder = tableKind('score').fill!.order;
    for (const k of TABLE_KINDS) if (k.id !== 'score' && k.fill) expect(k.fill.order).toBeLessThan(scoreOrder);
  });

  test('names come from the records, in Chinese and English', () => {
    expect(KIND_NAMES['unit-matrix']).toBe('单位×指标表');
    for (const k of TABLE_KINDS) expect(k.nameEn).toMatch(/^[A-Z]/);
  });

  test('only a target matrix is a target source, and neither it nor a case list is recomputed', () => {
    expect(TABLE_KINDS.filter((k) => k.targetSource).map((k) => k.id)).toEqual(['target-matrix']);
    expect(TABLE_KINDS.filter((k) => !k.verified).map((k) => k.id).sort()).toEqual(['case-list', 'target-matrix']);
  });

  test('an unknown kind is a clear error, not undefined', () => {
    expect(() => tableKind('nonsense' as LayoutKind)).toThrow('没有表格类型「nonsense」的记录');
  });
});
