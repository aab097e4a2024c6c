/**
 * The kind stage (after the totals, and after whether the rows name measures): the layout kind from the
 * columns and the cells — case list, target matrix in either orientation, indicator list, score table,
 * year-over-year, control targets, unit matrix. The kind decides how a table is verified and filled.
 */
import { cellText } from '../base/text';
import { LIMIT, THRESHOLD } from './confidence';
import type { TableHeader } from './header';
import { figureColumns, type ColumnModel, type Context } from './model';
import type { LayoutKind } from './types';
import { CASE_LIST_HEADERS, CASE_NUMBER, LEVEL_HEADERS, SCORE_POINTS } from './vocabulary';

/**
 * The table's layout, first that fits: a case list (案号 header or case numbers); a table of measures as rows
 * (year-over-year, transposed target table, indicator list); a target matrix; a score table; a
 * year-over-year table; control targets; else a unit matrix.
 */
export function layoutKind(ctx: Context, { paths, body }: TableHeader, columns: ColumnModel[], rowsAreMeasures: boolean): LayoutKind {
  const { grid } = ctx;
  const dataCols = figureColumns(columns);
  // case list: a 案号 header, or a column of case numbers
  if (paths.some((p) => p.some((h) => CASE_LIST_HEADERS.test(h)))) return 'case-list';
  for (const col of columns) {
    let hits = 0;
    let n = 0;
    for (const r of body.slice(0, LIMIT.caseNumberRows)) {
      const v = grid.values[r][col.c];
      if (typeof v !== 'string') continue;
      n++;
      if (CASE_NUMBER.test(cellText(v))) hits++;
    }
    if (n >= THRESHOLD.caseNumberCellsMin && hits / n >= THRESHOLD.caseNumberShare) return 'case-list';
  }
  const targetCols = dataCols.filter((x) => x.valueKind === 'target' && x.role === 'target');
  const hasLevelHeaders = dataCols.some((x) => LEVEL_HEADERS.some(([re]) => re.test(x.header[x.header.length - 1] ?? '')));
  if (rowsAreMeasures) {
    if (isYoy(dataCols) && targetCols.length === 0) return 'yoy';
    const namedTargetCol = targetCols.some((x) => /目标|标准/.test(x.header.join('')));
    if (hasLevelHeaders && targetCols.length + dataCols.filter((x) => x.role === 'unknown').length >= 1 && !namedTargetCol) return 'target-matrix';
    return 'indicator-list';
  }
  if (dataCols.length && targetCols.length / dataCols.length >= THRESHOLD.targetMatrixShare) return 'target-matrix';
  if (dataCols.some((x) => x.role === 'score' && x.header.some((h) => SCORE_POINTS.test(h) || /^\d+(\.\d+)?分$/.test(h))) || (dataCols.some((x) => x.role === 'score') && dataCols.some((x) => x.role === 'rank'))) return 'score';
  if (isYoy(dataCols)) return 'yoy';
  // a control target is a count with no indicator of its own (2019目标, 上限); an indicator's target beside a
  // unit matrix (执行案件结案率目标 ≧80%, as fill writes it) assesses that indicator and leaves the table a unit matrix;
  // so does a count's target written as a target text (受理案件数目标 同比下降5%, as fill writes a named count's)
  if (dataCols.some((x) => x.role === 'target' && !x.indicator && (x.valueKind === 'count' || (x.valueKind === 'target' && !x.field))) && dataCols.some((x) => x.role === 'field' && x.valueKind === 'count')) return 'control-target';
  return 'unit-matrix';
}

/** 本期 beside 上年同期, or a 同比 column beside either: a year-over-year table */
function isYoy(dataCols: ColumnModel[]): boolean {
  const periods = new Set(dataCols.map((x) => x.period));
  const years = new Set([...periods].map((p) => (p ? /^(\d{4})年/.exec(p)?.[1] : undefined)).filter(Boolean));
  const now = periods.has('本期');
  const before = periods.has('上年同期') || periods.has('上年');
  return (now && before) || (periods.has('同比') && (now || before || years.size >= 2));
}
