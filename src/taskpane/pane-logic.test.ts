import { parseTarget } from '../core/targets';
import type { RecognizedTable } from '../core/recognize/types';
import { FIELDS, INDICATORS } from '../core/catalog';
import { correctedColumn, mappingOptions, needsReview, searchOptions } from './catalog-options';
import { chartableColumns, planIndicatorChart, unitRowRun } from './chart-plan';
import { STRINGS, translate } from './i18n';
import { modeOfBackground } from './theme';
import { describeError, UserFacingError } from './errors';

const table: RecognizedTable = {
  sheet: '收结案',
  range: 'A4:E9',
  kind: 'unit-matrix',
  headerRows: [4],
  unitColumn: 'B',
  rows: [
    { row: 5, role: 'unit', label: '甲法院', level: '基层' },
    { row: 6, role: 'unit', label: '乙法院', level: '基层' },
    { row: 7, role: 'unit', label: '丙法院', level: '基层' },
    { row: 8, role: 'total', label: '合计', level: null },
    { row: 9, role: 'unit', label: '丁法院', level: '基层' },
  ],
  columns: [
    { column: 'A', header: ['序号'], role: 'serial', field: null, indicator: null, period: null, valueKind: 'count', confidence: 1, matched: '序号' },
    { column: 'B', header: ['院别'], role: 'unit', field: null, indicator: null, period: null, valueKind: 'text', confidence: 1, matched: '院别' },
    { column: 'C', header: ['结案'], role: 'field', field: '结案数', indicator: null, period: null, valueKind: 'count', confidence: 0.95, matched: '结案' },
    { column: 'D', header: ['结案率'], role: 'indicator', field: null, indicator: 'JA_RATE', period: null, valueKind: 'rate', confidence: 1, matched: '结案率' },
    { column: 'E', header: ['备注'], role: 'unknown', field: null, indicator: null, period: null, valueKind: 'text', confidence: 0.2, matched: null },
  ],
  targets: [],
  meta: { title: null, unit: null, period: null, notes: [] },
};

describe('column correction', () => {
  const options = mappingOptions(INDICATORS, FIELDS);

  test('the searchable list holds every catalogue indicator and field, found by alias or synonym', () => {
    expect(options.length).toBe(INDICATORS.length + FIELDS.length);
    expect(searchOptions(options, '结案率')[0].label).toContain('结案率');
    expect(searchOptions(options, 'ja_rate').some((o) => o.id === 'JA_RATE')).toBe(true);
    expect(searchOptions(options, '二审立案数').map((o) => o.id)).toContain('二审收案数');
    expect(searchOptions(options, '没有这样的名字')).toEqual([]);
  });

  test('unknown and unsure columns are offered for correction; a correction is the user’s, at full confidence', () => {
    expect(table.columns.map(needsReview)).toEqual([false, false, false, false, true]);
    const picked = options.find((o) => o.kind === 'field' && o.id === '结案数')!;
    expect(correctedColumn(table.columns[4], picked, '用户指定')).toMatchObject({ role: 'field', field: '结案数', indicator: null, confidence: 1, matched: '用户指定' });
  });
});

describe('the indicator chart', () => {
  test('draws the longest run of unit rows, so a total in the middle is not a unit', () => {
    expect(unitRowRun(table)).toEqual({ first: 5, last: 7 });
    expect(chartableColumns(table).map((c) => c.column)).toEqual(['C', 'D']);
  });

  test('writes the target beside the table, in a free column, and draws it as a line', () => {
    const grid = { sheet: '收结案', origin: { row: 3, col: 0 }, values: [[null, null, null, null, null, '占用']] };
    const plan = planIndicatorChart({ table, column: table.columns[3], name: '结案率', target: parseTarget('≥90%'), numberFormat: '0.00%', grid });
    const targetCol = 6; // F (index 5) holds a value in the header row, so G
    expect(plan.writes.map((w) => [w.row, w.col, w.value])).toEqual([
      [3, targetCol, '目标（结案率 ≥90%）'],
      [4, targetCol, 0.9],
      [5, targetCol, 0.9],
      [6, targetCol, 0.9],
    ]);
    expect(plan.charts).toHaveLength(1);
    expect(plan.charts[0]).toMatchObject({
      type: 'column',
      categories: { top: 4, bottom: 6, left: 1, right: 1 },
      series: [
        { name: '结案率', range: { top: 4, bottom: 6, left: 3, right: 3 } },
        { name: '目标 ≥90%', range: { top: 4, bottom: 6, left: targetCol, right: targetCol }, kind: 'line' },
      ],
    });
  });

  test('without a target only the indicator is drawn and nothing is written', () => {
    const plan = planIndicatorChart({ table, column: table.columns[3], name: '结案率', target: null, numberFormat: '0.00%', grid: null });
    expect(plan.writes).toEqual([]);
    expect(plan.charts[0].series).toHaveLength(1);
  });
});

test('the theme follows Office’s background colour', () => {
  expect(modeOfBackground('#1f1f1f')).toBe('dark');
  expect(modeOfBackground('#FFFFFF')).toBe('light');
  expect(modeOfBackground('#e6e6e6')).toBe('light');
  expect(modeOfBackground(undefined)).toBeNull();
});

test('every string has Chinese, English falls back to Chinese, placeholders are filled', () => {
  for (const [key, zh] of Object.entries(STRINGS.zh)) {
    expect(zh.length).toBeGreaterThan(0);
    expect(STRINGS.en[key as keyof typeof STRINGS.zh].length).toBeGreaterThan(0);
  }
  expect(translate('zh', 'written', { n: 32 })).toBe('已写入 32 个单元格。可点「撤销上次操作」恢复。');
  expect(translate('en', 'tablesFound', { n: 2, sheets: 1 })).toBe('2 table(s) found on 1 sheet(s)');
});

describe('errors in plain words with what to do', () => {
  test('Office error codes become Chinese instructions; unknown ones keep their message and say what to try', () => {
    const office = (code: string, message = 'x') => Object.assign(new Error(message), { code });
    expect(describeError(office('InvalidOperationInCellEditMode'), 'zh')).toContain('按 Esc');
    expect(describeError(office('ResponsePayloadSizeLimitExceeded'), 'zh')).toContain('较小的区域');
    expect(describeError(office('ItemNotFound'), 'zh')).toContain('重新识别');
    expect(describeError(office('AccessDenied'), 'zh')).toContain('撤销工作表保护');
    expect(describeError(office('GeneralException', 'Something odd'), 'zh')).toBe('操作没有完成：Something odd。请重试；如仍失败，请保存工作簿后重新打开任务窗格。');
    expect(describeError(office('ItemNotFound'), 'en')).toContain('Recognise again');
  });

  test('our own errors are shown as written', () => {
    expect(describeError(new UserFacingError('这张表没有单位列。'), 'zh')).toBe('这张表没有单位列。');
  });
});
