/**
 * 其中数核对: a breakdown row (`其中：民事`) is a part of its row, so in a column of counts it is not larger than
 * that row.
 */
import type { VerifyCheck } from './check';
import type { Collector } from './findings';
import { shown, tidy } from './precision';
import { summable } from './sums';
import { headerText, rowName, type TableView } from './view';

/** the excess allowed when the parent's precision is unknown: floating-point noise only */
const EXACT_STEP = 1e-6;

/**
 * A breakdown row (`其中：民事`) is a part of its row: in a column of counts it is not larger than that row.
 * Only a clear excess is reported: more than the rounding step the parent's figure is shown at.
 */
function run(view: TableView, out: Collector): void {
  const { table } = view;
  const cols = table.columns.filter(summable);
  for (const row of table.rows) {
    if (row.role !== 'breakdown' || row.partOf === undefined) continue;
    const parent = table.rows.find((r) => r.row === row.partOf);
    if (!parent) continue;
    for (const col of cols) {
      const part = view.published(row, col);
      const whole = view.published(parent, col);
      if (!part || !whole || part.percent || whole.percent) continue;
      out.checked++;
      const step = whole.decimals === null ? EXACT_STEP : 10 ** -whole.decimals;
      if (part.value <= whole.value + step) continue;
      out.add({
        sheet: table.sheet,
        cell: view.cell(row, col),
        kind: 'mismatch',
        published: tidy(part.value),
        expected: tidy(whole.value),
        message: `${rowName(row)}「${headerText(col)}」公布 ${shown(part.value, 'plain', part.decimals)}，大于其所属的「${rowName(parent)}」的 ${shown(whole.value, 'plain', whole.decimals)}：其中数不应大于总数`,
      });
    }
  }
}

export const breakdownsCheck: VerifyCheck = {
  id: 'breakdowns',
  name: '其中数核对',
  description: '“其中”行的数不大于其所属行的数',
  run,
};
