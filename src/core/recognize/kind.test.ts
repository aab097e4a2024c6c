import type { CellValue } from '../base/grid';
import { gridOf } from '../../../test/recognize/helpers';
import { settleFields } from './column-fields';
import { readColumns } from './columns';
import { readHeader } from './header';
import { layoutKind } from './kind';
import { findLabelColumns } from './labels';
import { rowsNameMeasures } from './measures';
import { readRows } from './rows';
import { confirmTotals } from './totals';
import type { LayoutKind } from './types';
import { readBlocks } from '.';

function kindOf(cells: CellValue[][]): LayoutKind {
  const { ctx, blocks } = readBlocks(gridOf(cells));
  const header = readHeader(ctx, blocks[0])!;
  const labels = findLabelColumns(ctx, header);
  const labelled = readRows(ctx, header, labels);
  const columns = settleFields(ctx.grid, labelled, readColumns(ctx, header, labels, labelled));
  const totalled = confirmTotals(ctx.grid, labelled, columns);
  return layoutKind(ctx, header, columns, rowsNameMeasures(totalled, columns, labels));
}

describe('the kind stage', () => {
  it('calls a table with a 案号 header, or a column of case numbers, a case list', () => {
    expect(kindOf([['序号', '案号', '标的额'], [1, '（2023）吉2401民初1号', 1000], [2, '（2023）吉2401民初2号', 2000]])).toBe('case-list');
    expect(kindOf([['序号', '编号', '标的额'], [1, '（2023）吉2401民初1号', 1000], [2, '（2023）吉2401民初2号', 2000]])).toBe('case-list');
  });

  it('calls courts by catalogue figures a unit matrix', () => {
    expect(kindOf([['院别', '旧存', '新收'], ['延吉法院', 10, 100], ['图们法院', 5, 50]])).toBe('unit-matrix');
  });

  it('calls 本期 beside 上年同期 a year-over-year table', () => {
    expect(kindOf([['院别', '本期结案数', '上年同期结案数'], ['延吉法院', 100, 80], ['图们法院', 50, 40]])).toBe('yoy');
  });

  it('calls columns of target texts a target matrix', () => {
    expect(kindOf([['院别', '结案率', '调解率'], ['延吉法院', '≥90%', '≥30%'], ['图们法院', '≥92%', '≥35%']])).toBe('target-matrix');
  });

  it('calls 得分 beside 排名 a score table', () => {
    expect(kindOf([['院别', '得分', '排名'], ['延吉法院', 95, 1], ['图们法院', 90, 2]])).toBe('score');
  });

  it('calls a count target (控制目标) beside count figures a control-target table', () => {
    expect(kindOf([['院别', '旧存', '控制目标'], ['延吉法院', 100, 90], ['图们法院', 50, 45]])).toBe('control-target');
  });

  it('calls rows of indicators an indicator list', () => {
    expect(kindOf([['指标名称', '数值'], ['结案率', 0.9], ['调解率', 0.3]])).toBe('indicator-list');
  });
});
