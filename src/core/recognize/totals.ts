/**
 * The totals stage (after the columns, whose summable ones it adds up). A labelled total (合计, 全市) or
 * subtotal (小计, 基层法院) is confirmed when its figures are the sums of its units' over the summable columns;
 * one whose figures do not add up keeps its role with a low confidence (verify reports it). Unlabelled totals
 * and group rows (审判部门 over its 庭) are found by the arithmetic alone.
 */
import type { Grid } from '../base/grid';
import { CONFIDENCE, LIMIT, THRESHOLD } from './confidence';
import { near, numberAt, type ColumnModel, type RowModel } from './model';
import { isSummable, totalScope } from './vocabulary';

/** Totals and subtotals confirmed by arithmetic, on copies of the rows; an unlabelled first or last row that adds up is a total. */
export function confirmTotals(grid: Grid, input: RowModel[], columns: ColumnModel[]): RowModel[] {
  // copies of the rows this stage may change — totals, subtotals, the first and last rows that count (an
  // unlabelled total) — the others are shared: a table of 100,000 units is not copied for its one total
  const counted = (x: RowModel) => x.role !== 'benchmark' && x.role !== 'breakdown';
  const first = input.findIndex(counted);
  let last = input.length - 1;
  while (last >= 0 && !counted(input[last])) last--;
  const rows = input.map((x, i) => (x.role === 'total' || x.role === 'subtotal' || i === first || i === last ? { ...x } : x));
  const summable = columns.filter((x) => isSummable(x.valueKind, x.field ?? x.header.join('')) && x.role !== 'serial' && x.role !== 'rank' && x.role !== 'score').map((x) => x.c);
  checkTotalRows(grid, rows, summable);
  // a labelled total that does not add up may count group rows as units (`审判部门` over its 庭): look for them
  if (!rows.some((x) => x.role === 'total' && x.confirmed === false && (x.confidence ?? 1) < CONFIDENCE.totalLabelOnly) || rows.length > LIMIT.groupSearchRows) return rows;
  // any unit may be a group row: every row a copy from here on
  rows.forEach((x, i) => {
    if (x === input[i]) rows[i] = { ...x };
  });
  const groups = findGroupRows(grid, rows, summable);
  if (!groups.length) return rows;
  checkTotalRows(grid, rows, summable);
  // found by arithmetic alone, with no 小计 in the label: say so
  for (const g of groups) if (g.confirmed) g.confidence = CONFIDENCE.groupRowByArithmetic;
  return rows;
}

/**
 * Unlabelled subtotals: a unit row whose figures are, column by column, the sum of the two or more unit rows
 * right under it (a group heading with figures: `审判部门` over 民一庭, 民二庭 …) or right above it. Marked as
 * subtotals with a lower confidence, for the user to confirm.
 */
function findGroupRows(grid: Grid, rows: RowModel[], summable: number[]): RowModel[] {
  const found: RowModel[] = [];
  if (summable.length < THRESHOLD.groupRowAgree) return found;
  const runOf = (from: number, step: 1 | -1) => {
    const run: RowModel[] = [];
    for (let j = from + step; j >= 0 && j < rows.length && rows[j].role === 'unit'; j += step) run.push(rows[j]);
    return run;
  };
  rows.forEach((row, i) => {
    if (row.role !== 'unit') return;
    for (const step of [1, -1] as const) {
      const run = runOf(i, step);
      for (let k = 2; k <= run.length; k++) {
        const [agree, disagree] = sumAgreement(grid, row.r, run.slice(0, k).map((x) => x.r), summable);
        if (agree >= THRESHOLD.groupRowAgree && disagree === 0) {
          row.role = 'subtotal';
          found.push(row);
          return;
        }
      }
    }
  });
  return found;
}

/** each total and subtotal against the units it covers; an unlabelled first or last row against all the others */
function checkTotalRows(grid: Grid, rows: RowModel[], summable: number[]): void {
  const unitRows = rows.filter((x) => x.role === 'unit').map((x) => x.r);
  rows.forEach((row, i) => {
    if (row.role === 'total') {
      const scope = totalScope(row.label, row.level);
      const scoped = scope ? rows.filter((x) => x.role === 'unit' && (scope.keep ? x.level === scope.keep : x.level !== scope.drop)).map((x) => x.r) : unitRows;
      const [agree, disagree] = sumAgreement(grid, row.r, scoped.length ? scoped : unitRows, summable);
      setTotalConfidence(row, agree, disagree);
    } else if (row.role === 'subtotal') {
      // the units since the previous total or subtotal, or the units of the subtotal's level
      const section: number[] = [];
      for (let j = i - 1; j >= 0 && (rows[j].role === 'unit' || rows[j].role === 'breakdown'); j--) if (rows[j].role === 'unit') section.push(rows[j].r);
      const sameLevel = row.level ? rows.filter((x) => x.role === 'unit' && x.level === row.level).map((x) => x.r) : [];
      // or the units right under it (a group heading with figures over its members)
      const run: number[] = [];
      for (let j = i + 1; j < rows.length && (rows[j].role === 'unit' || rows[j].role === 'breakdown'); j++) if (rows[j].role === 'unit') run.push(rows[j].r);
      let below = run;
      for (let k = 2; k < run.length; k++) {
        const [agree, disagree] = sumAgreement(grid, row.r, run.slice(0, k), summable);
        if (agree > 0 && disagree === 0) {
          below = run.slice(0, k);
          break;
        }
      }
      const tries = [section, sameLevel, below].filter((x) => x.length).map((x) => sumAgreement(grid, row.r, x, summable));
      const [agree, disagree] = tries.reduce((best, x) => (x[1] < best[1] || (x[1] === best[1] && x[0] > best[0]) ? x : best), [0, Infinity] as [number, number]);
      setTotalConfidence(row, agree, disagree === Infinity ? 0 : disagree);
    }
  });
  // the first and the last row that is neither a benchmark nor a breakdown
  const counted = (i: number) => rows[i].role !== 'benchmark' && rows[i].role !== 'breakdown';
  let first = 0;
  while (first < rows.length && !counted(first)) first++;
  let last = rows.length - 1;
  while (last >= 0 && !counted(last)) last--;
  for (const i of [first, last]) {
    const row = rows[i];
    if (!row || row.role !== 'unit' || row.label || rows.length < THRESHOLD.unlabelledTotalRows || summable.length === 0) continue;
    const others = rows.filter((x, j) => j !== i && x.role === 'unit').map((x) => x.r);
    const [agree, disagree] = sumAgreement(grid, row.r, others, summable);
    if (agree >= Math.min(THRESHOLD.unlabelledTotalAgree, summable.length) && disagree === 0) {
      row.role = 'total';
      row.level = '全市';
      row.confidence = CONFIDENCE.unlabelledTotal;
      row.confirmed = true;
    }
  }
}

/** a total's confidence from how many columns add up and how many do not */
function setTotalConfidence(row: RowModel, agree: number, disagree: number): void {
  if (agree > 0 && disagree === 0) {
    row.confidence = CONFIDENCE.totalAddsUp;
    row.confirmed = true;
  } else if (agree === 0 && disagree === 0) {
    row.confidence = CONFIDENCE.totalLabelOnly; // nothing to add up: the label alone
    row.confirmed = false;
  } else if (agree > disagree) {
    row.confidence = CONFIDENCE.totalMostlyAddsUp;
    row.confirmed = false;
  } else {
    row.confidence = CONFIDENCE.totalDoesNotAddUp;
    row.confirmed = false;
  }
}

/** agreement of a total row with the sum of `parts` over the summable columns: [agree, disagree] */
function sumAgreement(grid: Grid, r: number, parts: number[], cols: number[]): [number, number] {
  let agree = 0;
  let disagree = 0;
  for (const c of cols) {
    const published = numberAt(grid, r, c);
    if (published === null) continue;
    let sum = 0;
    let any = false;
    for (const p of parts) {
      const n = numberAt(grid, p, c);
      if (n !== null) {
        sum += n;
        any = true;
      }
    }
    if (!any) continue;
    if (near(sum, published)) agree++;
    else disagree++;
  }
  return [agree, disagree];
}
