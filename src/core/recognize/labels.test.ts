import type { CellValue } from '../base/grid';
import { gridOf } from '../../../test/recognize/helpers';
import { readHeader } from './header';
import { findLabelColumns, type LabelColumns } from './labels';
import { readBlocks } from '.';

function labelsOf(rows: CellValue[][]): LabelColumns {
  const { ctx, blocks } = readBlocks(gridOf(rows));
  return findLabelColumns(ctx, readHeader(ctx, blocks[0])!);
}

describe('the labels stage', () => {
  it('takes 序号 for the serial column and 院别 for the unit column; the figures start after them', () => {
    const labels = labelsOf([['序号', '院别', '新收', '已结'], [1, '延吉法院', 100, 90], [2, '图们法院', 50, 45]]);
    expect(labels).toEqual({ serialCol: 0, unitCol: 1, unitMatched: '院别', indicatorHeader: false, groupCols: [], firstDataCol: 2 });
  });

  it('reads 1, 2, 3 down an unheaded first column as a serial column', () => {
    const labels = labelsOf([[null, '院别', '新收'], [1, '延吉法院', 100], [2, '图们法院', 50], [3, '珲春法院', 30]]);
    expect(labels).toMatchObject({ serialCol: 0, unitCol: 1 });
  });

  it('takes the finer of 庭室 and 承办法官 for the unit, the other for a group label', () => {
    const labels = labelsOf([
      ['庭室', '承办法官', '结案数'],
      ['民一庭', '张三', 10],
      ['民一庭', '李四', 12],
      ['刑庭', '王五', 8],
    ]);
    expect(labels).toMatchObject({ unitCol: 1, unitMatched: '承办法官', groupCols: [0], firstDataCol: 2 });
  });

  it('takes the column of names for the unit column when no header says so', () => {
    const labels = labelsOf([['', '新收', '已结'], ['延吉法院', 100, 90], ['图们法院', 50, 45]]);
    expect(labels).toMatchObject({ serialCol: null, unitCol: 0, unitMatched: null });
  });

  it('marks a label column headed 指标名称: its rows are indicators', () => {
    const labels = labelsOf([['指标名称', '全市'], ['结案率', '90%'], ['调解率', '30%']]);
    expect(labels).toMatchObject({ unitCol: 0, indicatorHeader: true });
  });

  it('passes over a column of list markers (- on every row) to the labels beside it', () => {
    const labels = labelsOf([['', '', '2016', '2017'], ['-', '刑事案件', 33299, 31440], ['-', '小贩案件', 7710, 4988], ['-', '部门传票', 179425, 181670]]);
    expect(labels).toMatchObject({ serialCol: null, unitCol: 1, firstDataCol: 2 });
  });
});
