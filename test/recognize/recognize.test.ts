/**
 * Recognition behaviour beyond the fixtures: layouts as courts lay them out, built as grids here so each
 * test shows the one thing it is about. (The fixtures' full recognition is in fixtures.test.ts.)
 */
import { recognizeGrid } from '../../src/core/recognize';
import { verifyTables } from '../../src/core/kinds';
import type { RecognizedTable } from '../../src/core/recognize/types';
import { columnSignature, gridOf, loadFixture, rowSignature } from './helpers';

function only(tables: RecognizedTable[]): RecognizedTable {
  expect(tables).toHaveLength(1);
  return tables[0];
}

describe('finding tables', () => {
  it('finds nothing in an empty sheet or a sheet of prose', () => {
    expect(recognizeGrid(gridOf([[]]))).toEqual([]);
    expect(recognizeGrid({ sheet: 'x', origin: { row: 0, col: 0 }, values: [] })).toEqual([]);
    expect(recognizeGrid(gridOf([['各院要高度重视，认真组织实施。'], [], ['本方案自印发之日起施行。']]))).toEqual([]);
  });

  it('keeps a header apart from its body by a blank row as the header, not a title line', () => {
    const t = only(recognizeGrid(gridOf([['全市法院收结案情况'], ['院别', '旧存', '新收', '已结'], [], ['延吉法院', 10, 100, 90], ['图们法院', 5, 50, 45], ['合计', 15, 150, 135]])));
    expect(t).toMatchObject({ range: 'A2:D6', headerRows: [2], unitColumn: 'A' });
    expect(t.meta.title).toBe('全市法院收结案情况');
    expect(t.columns.slice(1).map((c) => c.field)).toEqual(['旧存数', '新收数', '结案数']);
    expect(t.rows.map(rowSignature)).toEqual(['4 unit 延吉法院 基层', '5 unit 图们法院 基层', '6 total 合计 全市']);
  });

  it('keeps a two-row merged header apart from its body by a blank row, with the unit line beside the title', () => {
    const t = only(
      recognizeGrid(
        gridOf(
          [
            ['全市法院收结案情况', null, null, '单位：件'],
            ['院别', '收案', null, '已结'],
            [null, '旧存', '新收', null],
            [],
            ['延吉法院', 10, 100, 90],
            ['图们法院', 5, 50, 45],
          ],
          { merges: [{ top: 1, left: 0, bottom: 2, right: 0 }, { top: 1, left: 1, bottom: 1, right: 2 }, { top: 1, left: 3, bottom: 2, right: 3 }] },
        ),
      ),
    );
    expect(t.headerRows).toEqual([2, 3]);
    expect(t.meta).toMatchObject({ title: '全市法院收结案情况', unit: '件' });
    expect(t.columns.map((c) => c.header)).toEqual([['院别'], ['收案', '旧存'], ['收案', '新收'], ['已结']]);
  });

  it('does not take a lone figure far from any table (a page number) for a table', () => {
    const t = recognizeGrid(gridOf([['院别', '新收'], ['延吉法院', 3], [], [], [null, null, null, 1]]));
    expect(t.map((x) => x.range)).toEqual(['A1:B2']);
  });

  it('recognises a blank template: a header over a list of units with nothing filled in yet', () => {
    const t = only(recognizeGrid(gridOf([['院别', '旧存', '新收', '结案率'], ['延吉法院'], ['图们法院'], ['合计']])));
    expect(t.range).toBe('A1:D4');
    expect(t.headerRows).toEqual([1]);
    expect(t.rows.map(rowSignature)).toEqual(['2 unit 延吉法院 基层', '3 unit 图们法院 基层', '4 total 合计 全市']);
    expect(t.columns.slice(1).map((c) => c.field ?? c.indicator)).toEqual(['旧存数', '新收数', 'JA_RATE']);
  });

  it('separates tables by blank rows and by blank columns, and reads each on its own', () => {
    const t = recognizeGrid(
      gridOf([
        ['院别', '收案数', '结案数', null, '部门', '结案数'],
        ['延吉法院', 100, 90, null, '民一庭', 40],
        ['图们法院', 50, 45, null, '民二庭', 30],
        [],
        [],
        ['承办法官', '结案数'],
        ['王建国', 30],
        ['李娜', 28],
      ]),
    );
    expect(t.map((x) => x.range)).toEqual(['A1:C3', 'E1:F3', 'A6:B8']);
    expect(t.map((x) => x.rows.map((r) => r.level))).toEqual([
      ['基层', '基层'],
      ['部门', '部门'],
      ['法官', '法官'],
    ]);
  });

  it('keeps a table whole across a blank spacer column: the figures right of it have no label column of their own', () => {
    const t = only(
      recognizeGrid(
        gridOf([
          ['院别', '旧存', '新收', null, '已结', '结案率'],
          ['延吉法院', 10, 100, null, 100, 0.9091],
          ['图们法院', 20, 200, null, 210, 0.9545],
          ['合计', 30, 300, null, 310, 0.9394],
        ]),
      ),
    );
    expect(t.range).toBe('A1:F4');
    // the blank column is no column of the table (nothing to confirm there)
    expect(t.columns.map((c) => `${c.column} ${c.field ?? c.indicator ?? c.role}`)).toEqual(['A unit', 'B 旧存数', 'C 新收数', 'E 结案数', 'F JA_RATE']);
    expect(t.rows.map(rowSignature)).toEqual(['2 unit 延吉法院 基层', '3 unit 图们法院 基层', '4 total 合计 全市']);
    expect(t.rows[2].confirmed).toBe(true);
  });

  it('keeps the unit names with their figures across a blank column between them', () => {
    const t = only(recognizeGrid(gridOf([['院别', null, '旧存', '新收'], ['延吉法院', null, 10, 100], ['图们法院', null, 5, 50], ['合计', null, 15, 150]])));
    expect(t).toMatchObject({ range: 'A1:D4', unitColumn: 'A' });
    expect(t.columns.map((c) => `${c.column} ${c.field ?? c.role}`)).toEqual(['A unit', 'C 旧存数', 'D 新收数']);
    expect(t.rows.map(rowSignature)).toEqual(['2 unit 延吉法院 基层', '3 unit 图们法院 基层', '4 total 合计 全市']);
  });

  it('splits two tables set side by side with no blank column: a second unit column over names starts the second', () => {
    const t = recognizeGrid(
      gridOf([
        ['院别', '新收', '已结', '序号', '部门', '新收', '已结'],
        ['延吉法院', 100, 90, 1, '民一庭', 50, 40],
        ['图们法院', 200, 180, 2, '执行局', 60, 55],
        ['合计', 300, 270, null, '合计', 110, 95],
      ]),
    );
    expect(t.map((x) => `${x.range} ${x.unitColumn}`)).toEqual(['A1:C4 A', 'D1:G4 E']);
    expect(t[1].columns.map((c) => c.role)).toEqual(['serial', 'unit', 'field', 'field']);
    expect(t.map((x) => x.rows.map(rowSignature))).toEqual([
      ['2 unit 延吉法院 基层', '3 unit 图们法院 基层', '4 total 合计 全市'],
      ['2 unit 民一庭 部门', '3 unit 执行局 部门', '4 total 合计 -'],
    ]);
    expect(t.every((x) => x.rows[2].confirmed)).toBe(true);
  });

  it('does not split a case list at its 承办人 column', () => {
    const t = only(
      recognizeGrid(
        gridOf(
          [
            ['序号', '案件标识', '立案日期', '结案日期', '承办人', '审理天数'],
            [1, '（2023）吉2401民初1234号', 45000, 45050, '王建国', 50],
            [2, '（2023）吉2401民初1301号', 45010, 45040, '李娜', 30],
            [3, '（2023）吉2401民初1302号', 45020, 45070, '张伟', 50],
          ],
          { formats: { C2: 'yyyy-mm-dd', C3: 'yyyy-mm-dd', C4: 'yyyy-mm-dd', D2: 'yyyy-mm-dd', D3: 'yyyy-mm-dd', D4: 'yyyy-mm-dd' } },
        ),
      ),
    );
    expect(t.range).toBe('A1:F4');
    expect(t.kind).toBe('case-list');
  });

  it('reports sheet rows and letters when the grid is a selection that does not start at A1', () => {
    const g = gridOf(
      [
        ['单位', '一审结案数', '二审收案数'],
        ['延吉法院', 4200, 310],
        ['图们法院', 590, 22],
      ],
      { origin: { row: 3, col: 2 } },
    );
    const t = only(recognizeGrid(g));
    expect(t.range).toBe('C4:E6');
    expect(t.headerRows).toEqual([4]);
    expect(t.unitColumn).toBe('C');
    expect(t.rows.map(rowSignature)).toEqual(['5 unit 延吉法院 基层', '6 unit 图们法院 基层']);
    expect(t.columns.map((c) => c.column)).toEqual(['C', 'D', 'E']);
  });

  it('keeps a blank row inside the body in one table, and a note after a blank row out of it', () => {
    const t = only(
      recognizeGrid(
        gridOf([
          ['院别', '收案数', '结案数'],
          ['延吉法院', 100, 90],
          [],
          ['图们法院', 50, 45],
          [],
          ['注：收案数含旧存。'],
        ]),
      ),
    );
    expect(t.range).toBe('A1:C4');
    expect(t.rows.map((r) => r.label)).toEqual(['延吉法院', '图们法院']);
    expect(t.meta.notes).toEqual(['注：收案数含旧存。']);
  });

  it('keeps the sign-off line (制表：… 审核：… 日期：…) out of the body', () => {
    const t = only(
      recognizeGrid(
        gridOf([
          ['院别', '收案数', '结案数'],
          ['延吉法院', 100, 90],
          ['合计', 100, 90],
          ['制表：张三', '审核：李四', '日期：2023年12月1日'],
        ]),
      ),
    );
    expect(t.range).toBe('A1:C3');
    expect(t.rows.map((r) => r.label)).toEqual(['延吉法院', '合计']);
    expect(t.meta.notes).toEqual(['制表：张三 审核：李四 日期：2023年12月1日']);
  });

  it('reads unit and period lines written in brackets', () => {
    const t = only(recognizeGrid(gridOf([['（统计时间：2023年1-11月）', null, '（单位：件）'], ['院别', '收案数', '结案数'], ['延吉法院', 100, 90]])));
    expect(t.meta).toMatchObject({ unit: '件', period: '2023年1-11月' });
    expect(t.headerRows).toEqual([2]);
  });

  it('puts a title separated by a blank row on the table below it', () => {
    const t = only(recognizeGrid(gridOf([['各法院收结案情况统计表'], [], ['院别', '收案数'], ['延吉法院', 100]])));
    expect(t.meta.title).toBe('各法院收结案情况统计表');
    expect(t.range).toBe('A3:B4');
  });
});

describe('headers', () => {
  it('carries a group label written once without a merge over the columns under it', () => {
    const t = only(
      recognizeGrid(
        gridOf([
          ['院别', '收案情况', null, '结案情况', null],
          [null, '旧存', '新收', '已结', '未结'],
          ['延吉法院', 10, 100, 90, 20],
        ]),
      ),
    );
    expect(t.columns.map((c) => c.header)).toEqual([['院别'], ['收案情况', '旧存'], ['收案情况', '新收'], ['结案情况', '已结'], ['结案情况', '未结']]);
    expect(t.columns.slice(1).map((c) => c.field)).toEqual(['旧存数', '新收数', '结案数', '未结数']);
  });

  it('treats a 栏次 row (甲 1 2 3 …) as part of the header, not a unit, and keeps it out of the paths', () => {
    const t = only(
      recognizeGrid(
        gridOf([
          ['院别', '旧存', '新收', '已结'],
          ['甲', '1', '2', '3'],
          ['延吉法院', 10, 100, 90],
          ['图们法院', 5, 50, 45],
        ]),
      ),
    );
    expect(t.headerRows).toEqual([1, 2]);
    expect(t.rows.map((r) => r.label)).toEqual(['延吉法院', '图们法院']);
    expect(t.columns[1].header).toEqual(['旧存']);
  });

  it('reads periods and units out of headers and matches the measure under them', () => {
    const t = only(
      recognizeGrid(
        gridOf([
          ['院别', '2022年结案数', '2023年1-11月结案数', '平均审理天数（天）', '去年同期结案数'],
          ['延吉法院', 900, 950, 45.2, 880],
        ]),
      ),
    );
    expect(t.columns.slice(1).map((c) => [c.field ?? c.indicator, c.period, c.valueKind])).toEqual([
      ['结案数', '2022年', 'count'],
      ['结案数', '2023年1-11月', 'count'],
      ['PJSL_DAYS', null, 'days'],
      ['结案数', '上年同期', 'count'],
    ]);
  });

  it('leaves an unknown column unknown, with its best guesses, and never forces a mapping', () => {
    const t = only(recognizeGrid(gridOf([['院别', '服判息诉', '备注栏'], ['延吉法院', 0.92, '无'], ['图们法院', 0.95, '无']])));
    const [, unsure, remark] = t.columns;
    expect(unsure.role).toBe('unknown');
    expect(unsure.field).toBeNull();
    expect(unsure.indicator).toBeNull();
    expect(unsure.confidence).toBe(0);
    expect(unsure.guesses?.[0]).toMatchObject({ indicator: 'FWXS_RATE' });
    expect(unsure.guesses![0].confidence).toBeLessThan(0.6);
    expect(remark).toMatchObject({ role: 'unknown', valueKind: 'text', guesses: [] });
  });

  it('does not give one field to two columns: 收案数 beside 新收 is left for the user, with 新收数 as a guess', () => {
    const t = only(
      recognizeGrid(
        gridOf([
          ['院别', '旧存', '收案数', '新收', '结案数'],
          ['延吉法院', 10, 100, 95, 100],
          ['图们法院', 20, 200, 190, 210],
        ]),
      ),
    );
    expect(t.columns.slice(1).map(columnSignature)).toEqual(['B 旧存 | field 旧存数 - count', 'C 收案数 | unknown - - count', 'D 新收 | field 新收数 - count', 'E 结案数 | field 结案数 - count']);
    expect(t.columns[2].guesses).toEqual([{ field: '新收数', indicator: null, confidence: 0.95, matched: '收案数' }]);
    expect(t.columns[2].matched).toBeNull();
  });

  it('reads 收案数 beside 旧存 and 新收 as 受理数 when it is their sum on the rows', () => {
    const t = only(
      recognizeGrid(
        gridOf([
          ['院别', '旧存', '新收', '收案数', '结案数'],
          ['延吉法院', 10, 95, 105, 100],
          ['图们法院', 20, 190, 210, 205],
        ]),
      ),
    );
    expect(t.columns.slice(1).map((c) => c.field)).toEqual(['旧存数', '新收数', '受理数', '结案数']);
    expect(t.columns[3]).toMatchObject({ role: 'field', confidence: 0.8, matched: '收案数' });
    expect(t.columns[3].guesses?.map((g) => g.field)).toEqual(['受理数', '新收数']);
  });

  it('reads percents typed as text, with a dash for a court without figures, as published rates, not targets', () => {
    const t = only(
      recognizeGrid(
        gridOf([
          ['单位名称', '受理案件数', '审结案件数', '结案率'],
          ['城关人民法庭', '1,234', '1,100', '89.14%'],
          ['高新区人民法院', '2,000', '1,900', '95.00%'],
          ['铁路运输法院', '—', '—', '—'],
          ['合  计', '3,234', '3,000', '92.76%'],
        ]),
      ),
    );
    expect(t.kind).toBe('unit-matrix');
    expect(t.columns.slice(1).map(columnSignature)).toEqual(['B 受理案件数 | field 受理数 - count', 'C 审结案件数 | field 结案数 - count', 'D 结案率 | indicator JA_RATE - rate']);
    expect(t.targets).toEqual([]);
    expect(t.columns[2]).toMatchObject({ confidence: 0.95, matched: '审结案件数' }); // a synonym, no longer a near miss (0.84)
    expect(t.rows.map(rowSignature)).toEqual(['2 unit 城关人民法庭 部门', '3 unit 高新区人民法院 基层', '4 unit 铁路运输法院 基层', '5 total 合计 全市']);
  });

  it('reads money as money: no near miss to a count of cases, and 单位：万元 makes the unnamed figures amounts', () => {
    const t = only(
      recognizeGrid(
        gridOf([
          ['执行案款情况', null, null, null],
          [null, null, null, '单位：万元'],
          ['院别', '申请执行标的', '执行到位', '结案标的额'],
          ['延吉法院', 1200.5, 600.25, 30],
          ['图们法院', 800, 200, 12],
          ['合计', 2000.5, 800.25, 42],
        ]),
      ),
    );
    expect(t.meta.unit).toBe('万元');
    expect(t.columns.slice(1).map(columnSignature)).toEqual(['B 申请执行标的 | field 申请标的金额 - amount', 'C 执行到位 | unknown - - amount', 'D 结案标的额 | unknown - - amount']);
    // 结案标的额 is near 结案数 (0.72), but a 标的额 is money: left for the user with the guess
    expect(t.columns[3].guesses?.[0]).toMatchObject({ field: '结案数' });
    expect(t.rows[2]).toMatchObject({ role: 'total', confirmed: true });
  });

  it('reads the value kind from the values when the header says nothing: percents, counts, dates', () => {
    const t = only(
      recognizeGrid(
        gridOf(
          [
            ['院别', '甲项', '乙项', '丙项'],
            ['延吉法院', 0.92, 12, 45000],
            ['图们法院', '95.1%', '13件', 45001],
          ],
          { formats: { B2: '0.00%', D2: 'yyyy-mm-dd', D3: 'yyyy-mm-dd' } },
        ),
      ),
    );
    expect(t.columns.slice(1).map((c) => c.valueKind)).toEqual(['rate', 'count', 'date']);
  });
});

describe('layouts courts use that the fixtures do not show', () => {
  it('reads a header whose years are typed as numbers, and a title with the unit line beside it', () => {
    const t = only(
      recognizeGrid(
        gridOf(
          [
            ['2019年全州法院结案情况对比', null, null, '单位：件'],
            ['院别', 2018, 2019, '增减'],
            ['延吉法院', 900, 950, 50],
          ],
          { merges: [{ top: 0, left: 0, bottom: 0, right: 2 }] },
        ),
      ),
    );
    expect(t.headerRows).toEqual([2]);
    expect(t.meta).toMatchObject({ title: '2019年全州法院结案情况对比', unit: '件', period: '2019年' });
    expect(t.columns.map((c) => c.period)).toEqual([null, '2018年', '2019年', null]);
  });

  it('takes the finer of two label columns as the unit column: 承办法官 under 庭室, on either side', () => {
    for (const [first, second] of [
      [0, 1],
      [1, 0],
    ]) {
      const cols = (row: string[]) => [row[first], row[second]];
      const t = only(
        recognizeGrid(
          gridOf([
            [...cols(['庭室', '承办法官']), '新收', '已结', '排名'],
            [...cols(['民一庭', '刘中华']), 100, 95, 1],
            [...cols(['民一庭', '陈审']), 100, 80, 3],
            [...cols(['民二庭', '司马相如']), 100, 90, 2],
          ]),
        ),
      );
      expect(t.unitColumn).toBe(first === 0 ? 'B' : 'A');
      expect(t.rows.map(rowSignature)).toEqual(['2 unit 刘中华 法官', '3 unit 陈审 法官', '4 unit 司马相如 法官']);
      expect(t.columns.slice(0, 2).map((c) => c.role)).toEqual(['unit', 'unit']);
    }
  });

  it('takes the unit column by its header even after a category column merged down the rows', () => {
    const t = only(
      recognizeGrid(
        gridOf(
          [
            ['类别', '院别', '结案数'],
            ['中院', '延边中院', 900],
            ['基层', '延吉法院', 950],
            [null, '图们法院', 300],
          ],
          { merges: [{ top: 2, left: 0, bottom: 3, right: 0 }] },
        ),
      ),
    );
    expect(t.unitColumn).toBe('B');
    expect(t.rows.map((r) => r.label)).toEqual(['延边中院', '延吉法院', '图们法院']);
  });

  it('keeps a group label merged over some columns in the header, not as a title', () => {
    const t = only(
      recognizeGrid(
        gridOf(
          [
            [null, '二审', null, '再审', null],
            ['院别', '被改判', '被发回', '被改判', '被发回'],
            ['延吉法院', 165, 60, 19, 5],
          ],
          { merges: [{ top: 0, left: 1, bottom: 0, right: 2 }, { top: 0, left: 3, bottom: 0, right: 4 }] },
        ),
      ),
    );
    expect(t.meta.title).toBeNull();
    expect(t.headerRows).toEqual([1, 2]);
    expect(t.columns.slice(1).map((c) => c.field)).toEqual(['二审改判数', '二审发回数', '再审改判数', '再审发回数']);
  });

  it('reads a unit with nothing reported yet, right under the header, as a unit and not a header row', () => {
    const t = only(
      recognizeGrid(
        gridOf([
          ['序号', '院别', '旧存', '新收'],
          [null, '延边中院'],
          [2, '延吉法院', 10, 100],
          [3, '图们法院', 5, 50],
        ]),
      ),
    );
    expect(t.headerRows).toEqual([1]);
    expect(t.rows.map((r) => r.label)).toEqual(['延边中院', '延吉法院', '图们法院']);
    expect(t.columns[2].header).toEqual(['旧存']);
  });

  it('does not read a period into a catalogue spelling that contains one (上年旧存)', () => {
    const t = only(recognizeGrid(gridOf([['院别', '上年旧存', '本年新收', '结案数'], ['延吉法院', 10, 100, 95]])));
    expect(t.kind).toBe('unit-matrix');
    expect(t.columns.slice(1).map((c) => [c.field, c.period])).toEqual([
      ['旧存数', null],
      ['新收数', '本期'],
      ['结案数', null],
    ]);
  });

  it('reads an indicator list with one actuals column per court, each column saying its court level', () => {
    const t = only(
      recognizeGrid(
        gridOf([
          ['序号', '指标名称', '目标值', '延吉法院', '图们法院', '全市'],
          [1, '结案率', '≥97%', 0.96, 0.98, 0.97],
          [2, '平均审理天数', '≤45', 40.2, 50.1, 44],
          [3, '一审服判息诉率', '≥90%', 0.92, 0.89, 0.91],
        ]),
      ),
    );
    expect(t.kind).toBe('indicator-list');
    expect(t.rows.map((r) => r.indicator)).toEqual(['JA_RATE', 'PJSL_DAYS', 'FWXS_RATE']);
    expect(t.columns.slice(2).map((c) => [c.role, c.level ?? null])).toEqual([
      ['target', null],
      ['indicator', '基层'],
      ['indicator', '基层'],
      ['indicator', '全市'],
    ]);
    expect(t.targets.map((x) => `${x.column}${x.row} ${x.op} ${x.value}`)).toEqual(['C2 >= 0.97', 'C3 <= 45', 'C4 >= 0.9']);
  });

  it('skips section headings inside the body and reads measures as rows in a year-over-year table', () => {
    const t = only(
      recognizeGrid(
        gridOf(
          [
            ['2023年1-11月主要指标同比'],
            ['指标', '本期', '上年同期', '同比'],
            ['一、收结案'],
            ['收案数', 4320, 4320, '0.00%'],
            ['结案率', '92.13%', '91.00%', '1.13'],
            ['二、质量'],
            ['一审服判息诉率', 0.9262, 0.93, -0.38],
          ],
          { merges: [{ top: 0, left: 0, bottom: 0, right: 3 }] },
        ),
      ),
    );
    expect(t.kind).toBe('yoy');
    expect(t.rows.map((r) => [r.row, r.label, r.field ?? r.indicator])).toEqual([
      [4, '收案数', '新收数'],
      [5, '结案率', 'JA_RATE'],
      [7, '一审服判息诉率', 'FWXS_RATE'],
    ]);
    expect(t.columns.slice(1).map((c) => [c.role, c.period])).toEqual([
      ['field', '本期'],
      ['field', '上年同期'],
      ['field', '同比'],
    ]);
  });
});

describe('rows', () => {
  const table = () =>
    only(
      recognizeGrid(
        gridOf([
          ['序号', '院别', '旧存', '新收'],
          [1, '延边朝鲜族自治州中级人民法院', 5, 50],
          [2, '延吉市人民法院', 10, 100],
          [3, '珲春法院', 1, 10],
          [null, '基层法院小计', 11, 110],
          [null, null, 16, 160],
          [null, '全省平均', 7, 70],
          [null, '我院平均', 6, 60],
        ]),
      ),
    );

  it('finds a group row with no 小计 in its name (审判部门 over its 庭) when the 合计 does not add up without it', () => {
    const g = gridOf([['部门', '新收', '结案'], ['审判部门', 300, 270], ['民一庭', 100, 90], ['民二庭', 200, 180], ['执行局', 500, 450], ['立案庭', 50, 50], ['合计', 850, 770]]);
    const t = only(recognizeGrid(g));
    expect(t.rows.map(rowSignature)).toEqual(['2 subtotal 审判部门 -', '3 unit 民一庭 部门', '4 unit 民二庭 部门', '5 unit 执行局 部门', '6 unit 立案庭 部门', '7 total 合计 -']);
    expect(t.rows[0]).toMatchObject({ confidence: 0.8, confirmed: true });
    expect(t.rows[5]).toMatchObject({ confidence: 1, confirmed: true });
    const r = verifyTables(g, [t]);
    expect(r.findings).toEqual([]);
    expect(r.checked).toBe(4); // the group's two columns against 民一庭 + 民二庭, the 合计's two against the four 庭
  });

  it('still reports a wrong 合计 when no row is the sum of its neighbours', () => {
    const g = gridOf([['部门', '新收', '结案'], ['民一庭', 100, 90], ['民二庭', 200, 180], ['执行局', 500, 450], ['合计', 800, 730]]);
    const t = only(recognizeGrid(g));
    expect(t.rows.map((r) => r.role)).toEqual(['unit', 'unit', 'unit', 'total']);
    expect(verifyTables(g, [t]).findings).toEqual([expect.objectContaining({ cell: 'C5', kind: 'total-mismatch', published: 730, expected: 720 })]);
  });

  it('takes a row named 基层法院 over the basic courts listed with it for their subtotal, so 全市 adds up', () => {
    const g = gridOf([['院别', '新收', '结案'], ['全市', 1000, 900], ['中院', 200, 180], ['基层法院', 800, 720], ['其中：延吉法院', 500, 450], ['图们法院', 300, 270]]);
    const t = only(recognizeGrid(g));
    expect(t.rows.map(rowSignature)).toEqual(['2 total 全市 全市', '3 unit 中院 中院', '4 subtotal 基层法院 基层', '5 unit 其中:延吉法院 基层', '6 unit 图们法院 基层']);
    expect(t.rows.filter((r) => r.role !== 'unit').map((r) => r.confirmed)).toEqual([true, true]);
    expect(verifyTables(g, [t]).findings).toEqual([]);
  });

  it('reads each unit level from its name', () => {
    expect(table().rows.slice(0, 3).map((r) => r.level)).toEqual(['中院', '基层', '基层']);
  });

  it('confirms a subtotal by the units of its level and finds an unlabelled total by arithmetic alone', () => {
    const rows = table().rows;
    expect(rows[3]).toMatchObject({ role: 'subtotal', label: '基层法院小计', level: '基层', confirmed: true, confidence: 1 });
    expect(rows[4]).toMatchObject({ role: 'total', label: '', level: '全市', confirmed: true });
  });

  it('marks benchmark rows, which are neither units nor totals', () => {
    expect(table().rows.slice(5).map((r) => [r.role, r.label])).toEqual([
      ['benchmark', '全省平均'],
      ['benchmark', '我院平均'],
    ]);
  });

  it('keeps a labelled total whose numbers do not add up as a total, with a low confidence', () => {
    const t = only(
      recognizeGrid(
        gridOf([
          ['院别', '旧存', '新收'],
          ['延吉法院', 10, 100],
          ['图们法院', 5, 50],
          ['合计', 99, 999],
        ]),
      ),
    );
    expect(t.rows[2]).toMatchObject({ role: 'total', label: '合计', confirmed: false });
    expect(t.rows[2].confidence).toBeLessThan(0.5);
  });

  it('finds a total written in the serial column, merged across it and the unit column', () => {
    const t = only(
      recognizeGrid(
        gridOf(
          [
            ['序号', '院别', '收案数'],
            [1, '延吉法院', 100],
            [2, '图们法院', 50],
            ['合计', null, 150],
          ],
          { merges: [{ top: 3, left: 0, bottom: 3, right: 1 }] },
        ),
      ),
    );
    expect(t.rows.map(rowSignature)).toEqual(['2 unit 延吉法院 基层', '3 unit 图们法院 基层', '4 total 合计 全市']);
  });

  it('says 部门 for divisions and 法官 for people, and a 合计 of divisions is not a whole-city row', () => {
    const t = only(
      recognizeGrid(
        gridOf([
          ['部门', '结案数'],
          ['民一庭', 40],
          ['执行局', 30],
          ['立案庭', 10],
          ['合计', 80],
        ]),
      ),
    );
    expect(t.rows.map(rowSignature)).toEqual(['2 unit 民一庭 部门', '3 unit 执行局 部门', '4 unit 立案庭 部门', '5 total 合计 -']);
  });
});

describe('targets and layout kinds on the fixtures', () => {
  it('parses the target texts of T3 (levels as rows) with their operators, values and units', async () => {
    const [g] = await loadFixture('t3-targets.xlsx');
    const t = only(recognizeGrid(g));
    const at = (cell: string) => t.targets.find((x) => `${x.column}${x.row}` === cell);
    expect(at('C5')).toEqual({ row: 5, column: 'C', text: '≦5%', op: '<=', value: 0.05, unit: '%' });
    expect(at('B7')).toEqual({ row: 7, column: 'B', text: '≧90%', op: '>=', value: 0.9, unit: '%' });
    expect(at('M7')).toEqual({ row: 7, column: 'M', text: '≦45', op: '<=', value: 45, unit: '' });
    expect(at('F7')).toMatchObject({ text: '≧0.8', op: '>=', value: 0.8 });
    expect(at('R7')).toMatchObject({ text: '100%', op: '=', value: 1, unit: '%' });
    expect(at('B5')).toMatchObject({ text: '-', op: 'none', value: null });
    expect(t.targets.filter((x) => x.op !== 'none')).toHaveLength(20);
  });

  it('reads the same targets from the transposed T3 (indicators as rows, levels as columns)', async () => {
    const [g1] = await loadFixture('t3-targets.xlsx');
    const [g2] = await loadFixture('t3-targets-transposed.xlsx');
    const a = only(recognizeGrid(g1));
    const b = only(recognizeGrid(g2));
    const levelOfRow = new Map(a.rows.map((r) => [r.row, r.level]));
    const indicatorOfCol = new Map(a.columns.map((c) => [c.column, c.indicator]));
    const fromA = a.targets.map((x) => `${indicatorOfCol.get(x.column)}@${levelOfRow.get(x.row)}=${x.text}`);
    const indicatorOfRow = new Map(b.rows.map((r) => [r.row, r.indicator]));
    const levelOfCol = new Map(b.columns.map((c) => [c.column, c.level]));
    const fromB = b.targets.map((x) => `${indicatorOfRow.get(x.row)}@${levelOfCol.get(x.column)}=${x.text}`);
    // the transposed copy has no 执行案件 group over 结案率, so that one row reads as 诉讼 结案率
    const normalise = (s: string) => s.replace(/^ZJ_RATE@/, 'JA_RATE@');
    expect(fromB.map(normalise).sort()).toEqual(fromA.map(normalise).sort());
  });

  it('parses the indicator list targets of T4 with their units (`<55天`)', async () => {
    const [g] = await loadFixture('t4-indicator-list.xlsx');
    const t = only(recognizeGrid(g));
    const byIndicator = new Map(t.rows.map((r) => [r.row, r.indicator]));
    const days = t.targets.find((x) => byIndicator.get(x.row) === 'ZXYS_DAYS');
    expect(days).toMatchObject({ column: 'C', text: '<55天', op: '<', value: 55, unit: '天' });
    const fwxs = t.targets.find((x) => byIndicator.get(x.row) === 'FWXS_RATE');
    expect(fwxs).toMatchObject({ text: '≥92%', op: '>=', value: 0.92, unit: '%' });
  });

  it('hands a case list to the case-list recogniser and reports kind case-list', async () => {
    const [g] = await loadFixture('case-list.xlsx');
    const t = only(recognizeGrid(g));
    expect(t.kind).toBe('case-list');
    expect(t.range).toBe('A1:G5');
    expect(t.columns.find((c) => c.column === 'B')).toMatchObject({ field: '案号' });
  });

  it('tells a score table by the points in its headers, and says which indicator each item scores', async () => {
    const [g] = await loadFixture('score.xlsx');
    const t = only(recognizeGrid(g));
    expect(t.kind).toBe('score');
    expect(t.columns.map(columnSignature).slice(2, 5)).toEqual([
      'C 发改指总量(40分) | score 发改指总量 - score',
      'D 一审上诉案件被改判、发回重审率(12分) | score GPFH_RATE - score',
      'E 一审服判息诉率(6分) | score FWXS_RATE - score',
    ]);
  });
});
