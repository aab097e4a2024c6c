import type { CellValue } from '../base/grid';
import { gridOf } from '../../../test/recognize/helpers';
import { settleFields } from './column-fields';
import { readColumns } from './columns';
import { readHeader } from './header';
import { layoutKind } from './kind';
import { findLabelColumns } from './labels';
import { measuresAsRows, readMeasures, rowsNameMeasures } from './measures';
import type { ColumnModel, RowModel } from './model';
import { readRows } from './rows';
import { confirmTotals } from './totals';

import { readBlocks } from '.';

/** the stages up to the kind, then the measures read when the rows name them */
function measuresOf(cells: CellValue[][]): { named: boolean; rows: RowModel[]; columns: ColumnModel[] } {
  const { ctx, blocks } = readBlocks(gridOf(cells));
  const header = readHeader(ctx, blocks[0])!;
  const labels = findLabelColumns(ctx, header);
  const labelled = readRows(ctx, header, labels);
  const columns = settleFields(ctx.grid, labelled, readColumns(ctx, header, labels, labelled));
  const rows = confirmTotals(ctx.grid, labelled, columns);
  const named = rowsNameMeasures(rows, columns, labels);
  const kind = layoutKind(ctx, header, columns, named);
  return named && measuresAsRows(kind) ? { named, ...readMeasures(rows, columns) } : { named, rows, columns };
}

describe('the measures stage', () => {
  it('reads rows named by indicators as measures, each naming its indicator, and a 中院 column as that level', () => {
    const { named, rows, columns } = measuresOf([['指标', '中院', '基层法院'], ['结案率', '≥90%', '≥92%'], ['调解率', '≥30%', '≥35%']]);
    expect(named).toBe(true);
    expect(rows.map(({ label, indicator, level }) => ({ label, indicator, level }))).toEqual([
      { label: '结案率', indicator: 'JA_RATE', level: null },
      { label: '调解率', indicator: 'TJ_RATE', level: null },
    ]);
    expect(columns[1]).toMatchObject({ role: 'target', level: '中院', confidence: 0.9 });
  });

  it('does not read rows of courts as measures', () => {
    const { named, rows } = measuresOf([['院别', '结案率'], ['延吉法院', 0.9], ['图们法院', 0.8]]);
    expect(named).toBe(false);
    expect(rows.map((x) => x.indicator)).toEqual([undefined, undefined]);
  });

  it('reads a 其中 row in a list of measures as a measure of its own', () => {
    const { rows } = measuresOf([['指标名称', '数值'], ['结案数', 100], ['其中：调解结案数', 30]]);
    expect(rows.map(({ role, field }) => ({ role, field }))).toEqual([
      { role: 'unit', field: '结案数' },
      { role: 'unit', field: '调解数' },
    ]);
  });

  it('reads rows as measures where the columns differ only by their period and no row names a unit (waiting times)', () => {
    const { named } = measuresOf([['', '平均轮候时间(日)', '平均轮候时间(日)', '平均轮候时间(日)', '平均轮候时间(日)'], ['', '目标', '2022', '2023', '2024'], ['由预约时间至入禀案件', 30, 28, 26, 25], ['由入禀案件至首次聆讯', 30, 27, 29, 24]]);
    expect(named).toBe(true);
  });

  it('keeps courts under one measure over several years a unit matrix: the rows name units', () => {
    const { named } = measuresOf([['', '收案数', '收案数'], ['院别', '2023', '2024'], ['延吉法院', 100, 120], ['图们法院', 50, 60]]);
    expect(named).toBe(false);
  });
});
