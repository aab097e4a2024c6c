import { gridOf } from '../../../test/recognize/helpers';
import { settleFields } from './column-fields';
import { readColumns } from './columns';
import { readHeader } from './header';
import { findLabelColumns } from './labels';
import { readRows } from './rows';
import { collectTargets } from './target-cells';
import { readBlocks } from '.';

describe('the target cells', () => {
  it('parses every target text of a target column, with its sheet row and column, and skips blanks', () => {
    const { ctx, blocks } = readBlocks(gridOf([['院别', '结案率', '调解率'], ['延吉法院', '≥90%', '不低于30%'], ['图们法院', '≥92%', null]]));
    const header = readHeader(ctx, blocks[0])!;
    const labels = findLabelColumns(ctx, header);
    const rows = readRows(ctx, header, labels);
    const columns = settleFields(ctx.grid, rows, readColumns(ctx, header, labels, rows));
    expect(collectTargets(ctx.grid, rows, columns)).toEqual([
      { row: 2, column: 'B', text: '≥90%', op: '>=', value: 0.9, unit: '%' },
      { row: 3, column: 'B', text: '≥92%', op: '>=', value: 0.92, unit: '%' },
      { row: 2, column: 'C', text: '不低于30%', op: '>=', value: 0.3, unit: '%' },
    ]);
  });
});
