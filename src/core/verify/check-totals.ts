/**
 * 合计核对: a total row against the sum of its units (all of them, the level its label names: 基层合计, or — in a
 * table of several blocks each closed by a 合计 — the units since the total before it), a subtotal row against the
 * units of its section, column by column over the columns that add up. Where no grouping a real table uses agrees,
 * the finding is reported against the plainest one.
 */
import type { RecognizedRow } from '../recognize/types';
import { totalScope } from '../recognize/vocabulary';
import type { VerifyCheck } from './check';
import type { Collector } from './findings';
import { compareSum, sumOver, summable } from './sums';
import type { TableView } from './view';

/** a subtotal agrees with a set of units when each column's sum is this close: equal up to floating-point noise */
const SUM_AGREES = 1e-6;
/** a heading's figures equal to the one unit under it are that unit's copy: its members are looked for from two units on */
const MIN_MEMBERS = 2;

function run(view: TableView, out: Collector): void {
  const { table } = view;
  const units = table.rows.filter((r) => r.role === 'unit');
  if (!units.length) return;
  const cols = table.columns.filter(summable);
  // how many columns a grouping explains: a wrong figure in one column must not hide which units are meant
  const agreeing = (row: RecognizedRow, rows: RecognizedRow[]) =>
    rows.length === 0
      ? 0
      : cols.filter((c) => {
          const s = sumOver(view, rows, c);
          const p = view.number(row, c);
          return s === null || typeof p !== 'number' || Math.abs(s - p) < SUM_AGREES;
        }).length;
  const agrees = (row: RecognizedRow, rows: RecognizedRow[]) => rows.length > 0 && agreeing(row, rows) === cols.length;
  table.rows.forEach((row, i) => {
    if (row.role !== 'total' && row.role !== 'subtotal') return;
    let parts = units;
    const scope = row.role === 'total' ? totalScope(row.label, row.level) : null;
    if (scope) {
      const scoped = units.filter((u) => (scope.keep ? u.level === scope.keep : u.level !== scope.drop));
      if (scoped.length) parts = scoped;
    }
    if (row.role === 'total' && !agrees(row, parts)) {
      // a table of several blocks, each closed by its own 合计: the units since the total before this one
      const since = unitsBetween(table.rows, table.rows.slice(0, i).map((r) => r.role).lastIndexOf('total') + 1, i);
      if (since.length && since.length < parts.length && agreeing(row, since) > agreeing(row, parts)) parts = since;
    }
    if (row.role === 'subtotal') {
      const section: RecognizedRow[] = [];
      for (let j = i - 1; j >= 0 && (table.rows[j].role === 'unit' || table.rows[j].role === 'breakdown'); j--) if (table.rows[j].role === 'unit') section.unshift(table.rows[j]);
      const sameLevel = row.level ? units.filter((u) => u.level === row.level) : [];
      // the units right above it from some heading on (the heading itself is left out of the rows)
      const tail = section.map((_, k) => section.slice(k)).find((p) => p.length >= MIN_MEMBERS && p.length < section.length && agreeing(row, p) > agreeing(row, section)) ?? [];
      // or the units right under it (a group heading with figures over its members)
      const run: RecognizedRow[] = [];
      for (let j = i + 1; j < table.rows.length && (table.rows[j].role === 'unit' || table.rows[j].role === 'breakdown'); j++) if (table.rows[j].role === 'unit') run.push(table.rows[j]);
      const below = run.map((_, k) => run.slice(0, k + 1)).find((p) => p.length >= MIN_MEMBERS && agrees(row, p)) ?? [];
      parts = agrees(row, section) ? section : tail.length ? tail : agrees(row, sameLevel) ? sameLevel : below.length ? below : sameLevel.length ? sameLevel : section;
      if (!parts.length) return;
    }
    for (const col of cols) {
      const s = sumOver(view, parts, col);
      if (s === null) continue;
      compareSum(view, out, row, col, s, row.role === 'subtotal' || parts !== units ? '所属单位之和' : '各单位之和');
    }
  });
}

/** the unit rows among rows[from, to) */
function unitsBetween(rows: RecognizedRow[], from: number, to: number): RecognizedRow[] {
  return rows.slice(from, to).filter((r) => r.role === 'unit');
}

export const totalsCheck: VerifyCheck = {
  id: 'totals',
  name: '合计核对',
  description: '合计行、小计行逐列核对所属各单位之和',
  run,
};
