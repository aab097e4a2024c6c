import type { CellValue, Grid } from '../../src/core/base/grid';
import { aggregateChoices, caseListLayout, matchCaseHeader, recognizeCaseList } from '../../src/core/caselist';

function grid(values: CellValue[][], numberFormats?: (string | null)[][]): Grid {
  const width = Math.max(...values.map((r) => r.length));
  const rect = values.map((r) => [...r, ...new Array(width - r.length).fill(null)]);
  return { sheet: '明细', origin: { row: 0, col: 0 }, values: rect, ...(numberFormats ? { numberFormats } : {}) };
}

const fieldsOf = (t: ReturnType<typeof recognizeCaseList>) => Object.fromEntries(t!.columns.map((c) => [c.column, c.field]));

describe('recognizeCaseList', () => {
  test('maps headers through their synonyms: 收案日期, 审结日期, 承办庭室, 主审法官, 审理用时(天), 执行到位金额', () => {
    const t = recognizeCaseList(
      grid([
        ['案件编号', '收案日期', '审结日期', '承办庭室', '主审法官', '审理用时（天）', '执行到位金额(元)'],
        ['（2023）豫1322民初1号', '2023-03-01', '2023-04-01', '民一庭', '王建国', 31, 0],
        ['（2023）豫1322执2号', '2023/3/5', null, '执行局', '吴强', null, '1,200.50'],
      ]),
    );
    expect(fieldsOf(t)).toEqual({ A: '案号', B: '立案日期', C: '结案日期', D: '承办部门', E: '承办人', F: '审理天数', G: '到位金额' });
    expect(t!.unitColumn).toBe('D');
    expect(t!.columns[0].matched).toBe('案件编号');
  });

  test('with poor headers the values decide: a column of 案号, date columns in order, 结案方式 and 适用程序 words', () => {
    const fmt = [null, 'yyyy-mm-dd', 'yyyy-mm-dd', null, null];
    const t = recognizeCaseList(
      grid(
        [
          ['甲', '乙', '丙', '丁', '戊'],
          ['（2023）豫1322民初1号', 44986, 45017, '判决', '简易程序'],
          ['（2023）豫1322民初2号', 44990, 45030, '调解', '普通程序'],
          ['（2023）豫1322民初3号', 44995, null, null, '小额诉讼程序'],
        ],
        [fmt, fmt, fmt, fmt],
      ),
    );
    expect(fieldsOf(t)).toEqual({ A: '案号', B: '立案日期', C: '结案日期', D: '结案方式', E: '适用程序' });
    expect(t!.columns[1].confidence).toBeLessThan(0.6);
    expect(t!.headerRows).toEqual([1]);
  });

  test('a column of division names is 承办部门 whatever its header', () => {
    const t = recognizeCaseList(
      grid([
        ['案号', '立案日期', '办理单位'],
        ['（2023）豫1322民初1号', '2023-03-01', '民一庭'],
        ['（2023）豫1322执1号', '2023-03-01', '执行局'],
        ['（2023）豫1322诉前调确1号', '2023-03-01', '诉讼服务中心'],
      ]),
    );
    expect(fieldsOf(t).C).toBe('承办部门');
    expect(t!.columns[2].matched).toBe('数值：部门名称');
    expect(t!.unitColumn).toBe('C');
  });

  test('dates as text in every spelling are dates: 2023-03-01, 2023/3/1, 2023年3月1日, 2023.3.1', () => {
    const t = recognizeCaseList(
      grid([
        ['案号', '日期一'],
        ['（2023）豫1322民初1号', '2023-03-01'],
        ['（2023）豫1322民初2号', '2023/3/1'],
        ['（2023）豫1322民初3号', '2023年3月1日'],
        ['（2023）豫1322民初4号', '2023.3.1'],
      ]),
    );
    expect(fieldsOf(t).B).toBe('立案日期');
  });

  test('a header that contradicts its values is not trusted: 立案日期 over names stays unknown, with the guess', () => {
    const t = recognizeCaseList(
      grid([
        ['案号', '立案日期'],
        ['（2023）豫1322民初1号', '王建国'],
        ['（2023）豫1322民初2号', '李娜'],
      ]),
    );
    expect(t!.columns[1].field).toBeNull();
    expect(t!.columns[1].guesses?.[0].field).toBe('立案日期');
  });

  test('a block with no 案号 is not a case list', () => {
    expect(recognizeCaseList(grid([['院别', '结案数'], ['延吉法院', 12]]))).toBeNull();
    expect(recognizeCaseList(grid([]))).toBeNull();
  });

  test('works on a block inside the grid (as the layout recogniser passes it), origin and title respected', () => {
    const g: Grid = {
      sheet: 'S',
      origin: { row: 4, col: 2 },
      values: [
        ['附表：案件明细', null, null, null],
        [null, '案号', '立案日期', '承办人'],
        [null, '（2023）豫1322民初1号', '2023-03-01', '王建国'],
        [null, '（2023）豫1322民初2号', '2023-03-02', '李娜'],
        [null, null, null, null],
        [null, '注：导出自审判系统', null, null],
      ],
    };
    const t = recognizeCaseList(g, { top: 1, left: 1, bottom: 3, right: 3 })!;
    expect(t.range).toBe('D6:F8');
    expect(t.headerRows).toEqual([6]);
    expect(fieldsOf(t)).toEqual({ D: '案号', E: '立案日期', F: '承办人' });
    const layout = caseListLayout(g, t);
    expect(layout.columns.get('案号')).toBe(1);
    expect([layout.firstRow, layout.lastRow]).toEqual([2, 3]);
  });

  test('a list without any header row: the cases start at the top', () => {
    const t = recognizeCaseList(
      grid([
        ['（2023）豫1322民初1号', '2023-03-01'],
        ['（2023）豫1322民初2号', '2023-03-02'],
      ]),
    );
    expect(t!.headerRows).toEqual([]);
    expect(t!.range).toBe('A1:B2');
  });
});

test('matchCaseHeader prefers an exact synonym and reads through units in brackets', () => {
  expect(matchCaseHeader('结案日期')?.field.name).toBe('结案日期');
  expect(matchCaseHeader('审理天数（天）')?.field.name).toBe('审理天数');
  expect(matchCaseHeader('申请执行标的额（万元）')?.field.name).toBe('标的额');
  expect(matchCaseHeader('上诉日期')?.field.name).toBe('是否上诉');
  expect(matchCaseHeader('备注')).toBeNull();
});

test('aggregateChoices lists the units present, periods around the latest date and the families with counts', () => {
  const g = grid([
    ['案号', '立案日期', '结案日期', '承办人'],
    ['（2023）豫1322民初1号', '2023-03-01', '2023-04-01', '王建国'],
    ['（2023）豫1322民初2号', '2023-03-02', null, '李娜'],
    ['（2023）豫1322执2号', '2023-05-02', '2023-12-05', '李娜'],
    ['bad', '2023-05-02', null, '李娜'],
  ]);
  const c = aggregateChoices(g, recognizeCaseList(g)!);
  expect(c.units).toEqual([
    { by: '承办部门', available: false, count: 0, examples: [] },
    { by: '承办人', available: true, count: 2, examples: ['王建国', '李娜'] },
    { by: '法院', available: true, count: 1, examples: ['豫1322'] },
  ]);
  expect(c.families).toEqual([
    { family: '民', name: '民事', cases: 2 },
    { family: '执', name: '执行', cases: 1 },
  ]);
  expect(c.dateRange).toEqual({ first: '2023-03-01', last: '2023-12-05' });
  expect(c.periods.map((p) => p.title)).toEqual([
    '2023年12月',
    '2023年1-12月（年初至今）',
    '统计年度2024（2023年12月至2024年11月）',
    '2023年（自然年）',
    '统计年度2023（2022年12月至2023年11月）',
    '2022年（自然年）',
  ]);
  expect([c.cases, c.rejected]).toEqual([3, 1]);
});
