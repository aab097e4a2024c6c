/**
 * The fields stage (after ./columns.ts): what a column means given its neighbours. `增减幅度` right after one
 * measure for two periods is that measure's 同比; a `合计` column over known parts names the field it totals;
 * and of two columns of one group and period read as the same field, the closer spelling keeps it (the other
 * is the total it completes when it adds up, else unknown with the field as a guess).
 */
import { headerMatchKey } from '../base/text';
import type { Grid } from '../base/grid';
import { findField } from '../catalog';
import { CONFIDENCE, THRESHOLD } from './confidence';
import { near, numberAt, roundConf, type ColumnModel, type RowModel } from './model';
import type { ColumnGuess } from './types';
import { CHANGE_HEADERS, COLUMN_SUMS, GENERIC_COUNT_FIELDS, POINTS_WORDS, RELATIVE_CHANGE, TOTAL_FIELDS } from './vocabulary';

/**
 * Fields settled across columns, on copies of the columns: a change column after two periods of one measure
 * is its 同比, a 合计 column over known parts names the field it totals, and a field two columns of one group
 * and period both read as is given to one of them.
 */
export function settleFields(grid: Grid, rows: RowModel[], input: ColumnModel[]): ColumnModel[] {
  const columns = input.map((x) => ({ ...x }));
  readChangeColumns(columns);
  nameTotalColumns(columns);
  resolveDuplicateFields(grid, rows, columns);
  nameColumnsByTheirSum(grid, rows, columns);
  return columns;
}

/**
 * `增减幅度` right after one measure for two periods is that measure's 同比 (`增减` of a rate too: in points);
 * a `同比增长(%)` that names no measure, right after one, is that one's 同比 (`受理数量 | 同比增长(%)`).
 */
function readChangeColumns(columns: ColumnModel[]): void {
  columns.forEach((col, i) => {
    const prev = columns[i - 1];
    if (col.period === '同比' && col.role === 'field' && col.field === null && col.indicator === null && prev && prev.period !== '同比' && (prev.field !== null || prev.indicator !== null) && (prev.role === 'field' || prev.role === 'indicator')) {
      const countLike = prev.valueKind === 'count' || prev.valueKind === 'amount';
      Object.assign(col, { role: prev.role, field: prev.field, indicator: prev.indicator, valueKind: countLike ? 'rate' : col.header.some((h) => POINTS_WORDS.test(h)) ? 'ratio' : prev.valueKind, confidence: CONFIDENCE.changeColumn });
      return;
    }
    const leaf = (col.header[col.header.length - 1] ?? '').replace(/[(（][^()（）]*[)）]$/, '');
    if (col.period !== null || i < 2 || !CHANGE_HEADERS.test(leaf)) return;
    const group = (x: ColumnModel) => x.header.slice(0, -1).join('›');
    const b = columns[i - 1];
    const sameMeasure = (x: ColumnModel) => x.field === b.field && x.indicator === b.indicator && x.role === b.role && (x.field !== null || x.indicator !== null);
    // the same measure for another period, nearest before (a share column may stand between: `2023年新收 |
    // 占比 | 2022年新收 | 增幅`)
    const a = columns.slice(0, i - 1).reverse().find((x) => sameMeasure(x) && x.period !== b.period && group(x) === group(b));
    if (!a || !a.period || !b.period || group(a) !== group(col)) return;
    const points = col.header.some((h) => POINTS_WORDS.test(h));
    const countLike = a.valueKind === 'count' || a.valueKind === 'amount';
    // of counts, only a relative change is a 同比 (a bare 增减 may be the difference in cases)
    if (countLike && !RELATIVE_CHANGE.test(col.header.join(''))) return;
    Object.assign(col, {
      role: a.role,
      field: a.field,
      indicator: a.indicator,
      period: '同比',
      valueKind: countLike ? 'rate' : points ? 'ratio' : a.valueKind,
      confidence: CONFIDENCE.changeColumn,
      matched: leaf,
    });
    delete col.guesses;
  });
}

/** A `合计` column over known parts names the field it totals (2018年合计 over 发改指 → 发改指总量). */
function nameTotalColumns(columns: ColumnModel[]): void {
  for (const col of columns) {
    if (col.role !== 'field' || col.field) continue;
    const parts = columns.filter((x) => x.c < col.c && x.role === 'field' && x.field && x.period === null).map((x) => x.field as string);
    const named = TOTAL_FIELDS.find((t) => t.parts.every((p) => parts.includes(p)));
    if (named) {
      col.field = named.field;
      col.confidence = CONFIDENCE.namedTotalColumn;
    }
  }
}

/** how closely a header spelling names a field: its own name 0, then its synonyms in catalogue order (most specific first) */
function spellingRank(field: string, matched: string | null): number {
  const def = findField(field);
  if (!def || !matched) return Infinity;
  const key = headerMatchKey(matched);
  if (headerMatchKey(def.name) === key) return 0;
  const i = def.synonyms.findIndex((syn) => headerMatchKey(syn) === key);
  return i < 0 ? Infinity : i + 1;
}

/**
 * Two columns of one group and period mapped to the same field (`收案数` and `新收` both read as 新收数) are
 * not both that field: the closer spelling keeps it. The other is the total of a column sum it completes
 * (`收案数` = 旧存 + 新收 on most rows: 受理数), else it stays unknown with the field as a guess — for the
 * user to say, never verified against the wrong inputs.
 */
function resolveDuplicateFields(grid: Grid, rows: RowModel[], columns: ColumnModel[]): void {
  const units = rows.filter((x) => x.role === 'unit').map((x) => x.r);
  const key = (x: ColumnModel) => `${x.field}\u0000${x.period ?? ''}\u0000${x.header.slice(0, -1).join('›')}`;
  const groups = new Map<string, ColumnModel[]>();
  for (const col of columns) {
    if (col.role !== 'field' || !col.field || col.valueKind === 'target') continue;
    groups.set(key(col), [...(groups.get(key(col)) ?? []), col]);
  }
  for (const same of groups.values()) {
    if (same.length < 2) continue;
    const field = same[0].field!;
    const ranked = [...same].sort((a, b) => spellingRank(field, a.matched) - spellingRank(field, b.matched) || b.confidence - a.confidence || a.c - b.c);
    for (const col of ranked.slice(1)) {
      const guess: ColumnGuess = { field, indicator: col.indicator, confidence: col.confidence, matched: col.matched ?? '' };
      const total = COLUMN_SUMS.find((rel) => !rel.minus && rel.parts.includes(field) && addsUp(grid, units, col, rel.parts.map((p) => (p === field ? ranked[0] : columns.find((x) => x.field === p && x.period === col.period && x !== col)))));
      if (total) {
        col.guesses = [{ field: total.total, indicator: null, confidence: CONFIDENCE.completedColumnSum, matched: col.matched ?? '' }, guess];
        col.field = total.total;
        col.confidence = CONFIDENCE.completedColumnSum;
        continue;
      }
      col.role = 'unknown';
      col.field = null;
      col.indicator = null;
      col.confidence = roundConf(col.confidence * CONFIDENCE.duplicateFieldFactor);
      col.matched = null;
      col.guesses = [guess];
    }
  }
}

/**
 * A count column the header leaves unnamed or names only generally (`合計`, `案件總數`) that is, row by row, the
 * sum a field is defined by (旧存 + 新收 = 受理数) is that field, when no other column of its group holds it; a header
 * that is the general field's own name (`案件数`, 保全率's denominator) is taken at its word.
 */
function nameColumnsByTheirSum(grid: Grid, rows: RowModel[], columns: ColumnModel[]): void {
  const units = rows.filter((x) => x.role === 'unit').map((x) => x.r);
  const group = (x: ColumnModel) => `${x.period ?? ''}\u0000${x.header.slice(0, -1).join('›')}`;
  for (const rel of COLUMN_SUMS) {
    if (!rel.byDefinition || rel.minus) continue;
    for (const col of columns) {
      const unnamed = (col.role === 'unknown' || col.role === 'field') && col.valueKind === 'count' && (col.field === null || (GENERIC_COUNT_FIELDS.includes(col.field) && col.matched !== col.field)) && col.indicator === null;
      if (!unnamed || columns.some((x) => x.field === rel.total && group(x) === group(col))) continue;
      const parts = rel.parts.map((p) => columns.find((x) => x.field === p && x.role === 'field' && group(x) === group(col)));
      if (!addsUp(grid, units, col, parts)) continue;
      const before: ColumnGuess[] = col.field ? [{ field: col.field, indicator: null, confidence: col.confidence, matched: col.matched ?? '' }] : [];
      Object.assign(col, { role: 'field', field: rel.total, confidence: CONFIDENCE.completedColumnSum, guesses: [{ field: rel.total, indicator: null, confidence: CONFIDENCE.completedColumnSum, matched: col.matched ?? '' }, ...before] });
    }
  }
}

/** column `total` equals the sum of `parts` on most unit rows where all are numbers */
function addsUp(grid: Grid, units: number[], total: ColumnModel, parts: (ColumnModel | undefined)[]): boolean {
  if (parts.some((p) => !p)) return false;
  let agree = 0;
  let cases = 0;
  for (const r of units) {
    const t = numberAt(grid, r, total.c);
    const xs = parts.map((p) => numberAt(grid, r, p!.c));
    if (t === null || xs.some((x) => x === null)) continue;
    cases++;
    if (near(t, xs.reduce((a, b) => a! + b!, 0)!)) agree++;
  }
  return cases > 0 && agree / cases >= THRESHOLD.columnSumShare;
}
