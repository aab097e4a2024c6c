import type { CellValue } from '../base/grid';
import { gridOf } from '../../../test/recognize/helpers';
import { settleFields } from './column-fields';
import { readColumns } from './columns';
import { readHeader } from './header';
import { findLabelColumns } from './labels';
import type { RowModel } from './model';
import { readRows } from './rows';
import { confirmTotals } from './totals';
import { readBlocks } from '.';

/** the rows as the rows stage labels them, and as the totals stage checks them */
function totalsOf(rows: CellValue[][]): { labelled: RowModel[]; checked: RowModel[] } {
  const { ctx, blocks } = readBlocks(gridOf(rows));
  const header = readHeader(ctx, blocks[0])!;
  const labels = findLabelColumns(ctx, header);
  const labelled = readRows(ctx, header, labels);
  const columns = settleFields(ctx.grid, labelled, readColumns(ctx, header, labels, labelled));
  return { labelled, checked: confirmTotals(ctx.grid, labelled, columns) };
}

const last = (rows: RowModel[]) => rows[rows.length - 1];

describe('the totals stage', () => {
  it('a 合计 row whose numbers add up is a confirmed total', () => {
    const { checked } = totalsOf([['院别', '旧存', '新收'], ['延吉法院', 10, 100], ['图们法院', 5, 50], ['合计', 15, 150]]);
    expect(last(checked)).toMatchObject({ role: 'total', confidence: 1, confirmed: true });
  });

  it('a 合计 row whose numbers do not add up stays a total, with a low confidence', () => {
    const { checked } = totalsOf([['院别', '旧存', '新收'], ['延吉法院', 10, 100], ['图们法院', 5, 50], ['合计', 16, 151]]);
    expect(last(checked)).toMatchObject({ role: 'total', confidence: 0.4, confirmed: false });
  });

  it('a 合计 row that adds up in more columns than not is rated between the two', () => {
    const { checked } = totalsOf([['院别', '旧存', '新收', '已结'], ['延吉法院', 10, 100, 90], ['图们法院', 5, 50, 45], ['合计', 15, 150, 136]]);
    expect(last(checked)).toMatchObject({ role: 'total', confidence: 0.6, confirmed: false });
  });

  it('a 合计 row of a blank template has only its label to go by', () => {
    const { checked } = totalsOf([['院别', '旧存', '新收'], ['延吉法院'], ['图们法院'], ['合计']]);
    expect(last(checked)).toMatchObject({ role: 'total', confidence: 0.7, confirmed: false });
  });

  it('an unlabelled last row that is the sum of the others is the whole city’s total', () => {
    const { labelled, checked } = totalsOf([['院别', '旧存', '新收'], ['延吉法院', 10, 100], ['图们法院', 5, 50], [null, 15, 150]]);
    expect(last(checked)).toMatchObject({ role: 'total', level: '全市', confidence: 0.9, confirmed: true });
    // on copies: the rows labelled before are as they were
    expect(last(labelled).role).toBe('unit');
  });

  it('a group heading with figures over its members (审判部门 over its 庭) is a subtotal, looked for when the 合计 does not add up', () => {
    const { checked } = totalsOf([
      ['部门', '新收', '已结'],
      ['审判部门', 30, 300],
      ['民一庭', 10, 100],
      ['民二庭', 20, 200],
      ['执行局', 5, 50],
      ['合计', 35, 350],
    ]);
    expect(checked.map((x) => `${x.label} ${x.role} ${x.confidence ?? '-'}`)).toEqual(['审判部门 subtotal 0.8', '民一庭 unit -', '民二庭 unit -', '执行局 unit -', '合计 total 1']);
  });
});
