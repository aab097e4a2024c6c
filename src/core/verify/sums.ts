/**
 * Sums shared by the checks that add up: which columns add up over rows, a column's sum over some rows, and
 * a published sum compared with the recomputed one (`total-mismatch` when it is wrong).
 */
import type { RecognizedColumn, RecognizedRow } from '../recognize/types';
import { isSummable } from '../recognize/vocabulary';
import { CAUSE, type Collector } from './findings';
import { compareAtPrecision, shown, tidy } from './precision';
import { headerText, rowName, type TableView } from './view';

/** a column whose total row is the sum of its units: counts, amounts, and sums of days (审理天数合计) */
export function summable(col: RecognizedColumn): boolean {
  if (col.role === 'serial' || col.role === 'unit' || col.role === 'rank' || col.role === 'score') return false;
  return isSummable(col.valueKind, col.field ?? col.header.join(''));
}

/**
 * The sum of a column over rows; null when a part is not a number (text), blanks count as 0. Computed once per
 * column and set of rows (the checks ask for the same sums again: a total against its units, then each column).
 */
export function sumOver(view: TableView, rows: readonly RecognizedRow[], col: RecognizedColumn): number | null {
  let sums = view.sums.get(rows);
  if (!sums) view.sums.set(rows, (sums = new Map()));
  let sum = sums.get(col.column);
  if (sum === undefined) sums.set(col.column, (sum = sumOf(view, rows, col)));
  return sum;
}

function sumOf(view: TableView, rows: readonly RecognizedRow[], col: RecognizedColumn): number | null {
  let sum = 0;
  let any = false;
  for (const row of rows) {
    const n = view.number(row, col);
    if (n === undefined) return null;
    if (n !== null) {
      sum += n;
      any = true;
    }
  }
  return any ? sum : null;
}

export function compareSum(view: TableView, out: Collector, row: RecognizedRow, col: RecognizedColumn, expected: number, what: string): void {
  const pub = view.published(row, col);
  if (!pub) return;
  out.checked++;
  const cause = compareAtPrecision(pub.value, expected, Number.isInteger(pub.value) && Number.isInteger(expected) ? null : pub.decimals);
  if (!cause) return;
  const kind = cause === 'mismatch' ? 'total-mismatch' : cause;
  const diff = tidy(pub.value - expected);
  out.add({
    sheet: view.table.sheet,
    cell: view.cell(row, col),
    kind,
    published: tidy(pub.value),
    expected: tidy(expected),
    message: `${rowName(row)}「${headerText(col)}」公布 ${shown(pub.value, 'plain', pub.decimals)}，${what}为 ${shown(tidy(expected), 'plain', pub.decimals)}（相差 ${diff > 0 ? '+' : ''}${shown(diff, 'plain', pub.decimals)}）${kind === 'total-mismatch' ? '' : '：' + CAUSE[cause]}`,
  });
}
