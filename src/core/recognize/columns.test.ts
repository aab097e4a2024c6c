import type { CellValue } from '../base/grid';
import { gridOf } from '../../../test/recognize/helpers';
import { settleFields } from './column-fields';
import { readColumns } from './columns';
import { readHeader } from './header';
import { findLabelColumns } from './labels';
import type { ColumnModel } from './model';
import { readRows } from './rows';
import { readBlocks } from '.';

/** the columns as the columns stage reads them, and as the fields stage settles them */
function columnsOf(rows: CellValue[][]): { read: ColumnModel[]; settled: ColumnModel[] } {
  const { ctx, blocks } = readBlocks(gridOf(rows));
  const header = readHeader(ctx, blocks[0])!;
  const labels = findLabelColumns(ctx, header);
  const units = readRows(ctx, header, labels);
  const read = readColumns(ctx, header, labels, units);
  return { read, settled: settleFields(ctx.grid, units, read) };
}

describe('the columns stage', () => {
  it('maps a header that is a catalogue name with full confidence, a synonym a little less', () => {
    const { read } = columnsOf([['院别', '结案数', '新收'], ['延吉法院', 90, 100], ['图们法院', 45, 50]]);
    expect(read.map(({ column, role, field, confidence }) => ({ column, role, field, confidence }))).toEqual([
      { column: 'A', role: 'unit', field: null, confidence: 1 },
      { column: 'B', role: 'field', field: '结案数', confidence: 1 },
      { column: 'C', role: 'field', field: '新收数', confidence: 0.95 },
    ]);
  });

  it('reads a column of target texts under a 目标 header as a target column', () => {
    const { read } = columnsOf([['院别', '结案率目标'], ['延吉法院', '≥90%'], ['图们法院', '≥92%']]);
    expect(read[1]).toMatchObject({ role: 'target', valueKind: 'target', confidence: 0.9 });
  });

  it('leaves a header the catalogue does not know unknown, with nothing claimed', () => {
    const { read } = columnsOf([['院别', '其他事项'], ['延吉法院', 3], ['图们法院', 4]]);
    expect(read[1]).toMatchObject({ role: 'unknown', field: null, indicator: null, valueKind: 'count', confidence: 0, matched: null });
  });

  it('gives a field two columns read as the closer spelling; the other is the total it adds up to', () => {
    const { read, settled } = columnsOf([['院别', '旧存', '新收', '收案数'], ['延吉法院', 10, 100, 110], ['图们法院', 5, 50, 55]]);
    expect(read.map((x) => x.field)).toEqual([null, '旧存数', '新收数', '新收数']);
    expect(settled.map((x) => x.field)).toEqual([null, '旧存数', '新收数', '受理数']);
    expect(settled[3]).toMatchObject({ confidence: 0.8, guesses: [{ field: '受理数' }, { field: '新收数' }] });
    // on copies: the columns read before are as they were
    expect(read[3].field).toBe('新收数');
  });

  it('reads 增减幅度 after one measure for two periods as that measure’s 同比', () => {
    const { settled } = columnsOf([['院别', '本期结案数', '上年同期结案数', '增减幅度'], ['延吉法院', 100, 80, 0.25], ['图们法院', 50, 40, 0.25]]);
    expect(settled[3]).toMatchObject({ role: 'field', field: '结案数', period: '同比', valueKind: 'rate', confidence: 0.8 });
  });

  it('reads header words published in traditional characters (目標) as their simplified ones, the header kept as published', () => {
    const { read } = columnsOf([['院別', '目標', '2012'], ['甲法庭', 30, 28], ['乙法庭', 30, 27]]);
    expect(read[1]).toMatchObject({ role: 'target', header: ['目標'] });
  });

  it('reads a share of a whole (占民事一审新收比例) as a figure of its own, not the count it is a share of', () => {
    const { read } = columnsOf([['案由', '2023年新收(件)', '占民事一审新收比例', '2022年新收(件)'], ['离婚纠纷', 100, '10%', 90], ['买卖合同纠纷', 200, '20%', 180]]);
    expect(read[2]).toMatchObject({ role: 'unknown', field: null, indicator: null });
    expect(read[1]).toMatchObject({ field: '新收数', period: '2023年' });
  });

  it('reads 增幅 after one measure for two periods as its 同比, a share column standing between them', () => {
    const { settled } = columnsOf([['案由', '2021年上半年新收', '占比', '2020年上半年新收', '增幅'], ['离婚纠纷', 110, '10%', 100, '10%'], ['买卖合同纠纷', 220, '20%', 200, '10%']]);
    expect(settled[4]).toMatchObject({ field: '新收数', period: '同比' });
    expect(settled.map((x) => x.period)).toEqual([null, '2021年上半年', null, '2020年上半年', '同比']);
  });

  it('names a generally named count column (案件總數) that is 旧存 + 新收 on every row 受理数; a header 案件数 is taken at its word', () => {
    const rows = (head: string): CellValue[][] => [['案件', '承上月轉入', '當月分發', head, '當月結案'], ['甲类', 5, 3, 8, 2], ['乙类', 7, 1, 8, 4], ['丙类', 0, 2, 2, 1]];
    expect(columnsOf(rows('案件總數')).settled[3]).toMatchObject({ role: 'field', field: '受理数' });
    expect(columnsOf(rows('案件数')).settled[3]).toMatchObject({ field: '案件数' });
  });

  it('reads a 同比增长(%) naming no measure, right after a count, as that count’s 同比', () => {
    const { settled } = columnsOf([['案由', '受理数量(件)', '同比增长(%)', '占比率(%)'], ['离婚纠纷', 100, '5.2%', '10%'], ['买卖合同纠纷', 200, '-3.1%', '20%']]);
    expect(settled[2]).toMatchObject({ field: '受理数', period: '同比', valueKind: 'rate' });
    expect(settled[3]).toMatchObject({ role: 'unknown', field: null });
  });
});
