import type { CellValue } from '../base/grid';
import { gridOf } from '../../../test/recognize/helpers';
import { readColumns } from './columns';
import { readHeader, type TableHeader } from './header';
import { findLabelColumns } from './labels';
import { applyAmountUnit, lineMeta, readMeta } from './meta';
import type { Context } from './model';
import { readRows } from './rows';
import { readBlocks } from '.';

function tableOf(cells: CellValue[][]): { ctx: Context; header: TableHeader } {
  const { ctx, blocks } = readBlocks(gridOf(cells));
  return { ctx, header: readHeader(ctx, blocks[0])! };
}

const COURTS: CellValue[][] = [
  ['院别', '旧存', '新收'],
  ['延吉法院', 10, 100],
  ['图们法院', 5, 50],
];

describe('the meta stage', () => {
  it('reads the title, unit and period from the lines above the table and the notes below it', () => {
    const { ctx, header } = tableOf([['全市法院收结案情况'], ['单位：件', null, '统计时间：2023年1-11月'], ...COURTS, ['注：本表数据截至11月底。']]);
    expect(readMeta(ctx, header)).toEqual({ title: '全市法院收结案情况', unit: '件', period: '2023年1-11月', notes: ['注：本表数据截至11月底。'] });
  });

  it('takes the period from the title when no line gives one', () => {
    const { ctx, header } = tableOf([['2023年全市法院收结案情况'], ...COURTS]);
    expect(readMeta(ctx, header).period).toBe('2023年');
  });

  it('takes the period from the header when neither a line nor the title gives one (the lines alone do not)', () => {
    const { ctx, header } = tableOf([['全市法院结案情况'], ['院别', '2023年1-11月结案数'], ['延吉法院', 90], ['图们法院', 45]]);
    expect(readMeta(ctx, header).period).toBe('2023年1-11月');
    expect(lineMeta(ctx, header).period).toBeNull();
  });

  it('makes the figures nobody could name amounts under 单位：万元, and leaves named ones as they are', () => {
    const { ctx, header } = tableOf([['单位：万元'], ['院别', '其他收入', '结案数'], ['延吉法院', 3, 90], ['图们法院', 4, 45]]);
    const labels = findLabelColumns(ctx, header);
    const columns = readColumns(ctx, header, labels, readRows(ctx, header, labels));
    const meta = readMeta(ctx, header);
    expect(meta.unit).toBe('万元');
    expect(columns.map((x) => x.valueKind)).toEqual(['text', 'count', 'count']);
    expect(applyAmountUnit(columns, meta).map((x) => x.valueKind)).toEqual(['text', 'amount', 'count']);
  });
});
