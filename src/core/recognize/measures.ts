/**
 * The measures stage, on both sides of ./kind.ts: tables whose rows are measures (indicator lists, transposed
 * target tables, year-over-year tables with measures as rows). First whether the rows name catalogue
 * indicators or measures (the kind depends on it); then, for those kinds, which one each row names, and which
 * level each column headed by a court level (中院, 基层) stands for.
 */
import { indicatorByName, matchCatalog, type CatalogMatch } from './catalog-match';
import { CONFIDENCE, LIMIT, THRESHOLD } from './confidence';
import { isJudgeColumn, type LabelColumns } from './labels';
import { figureColumns, type ColumnModel, type RowModel } from './model';
import type { LayoutKind } from './types';
import { LEVEL_HEADERS, levelOf, namesUnit } from './vocabulary';

/** Do the rows name indicators (or, with period-only columns, catalogue measures)? Decided on a sample. */
export function rowsNameMeasures(rows: RowModel[], columns: ColumnModel[], labels: LabelColumns): boolean {
  const dataCols = figureColumns(columns);
  const units = rows.filter((x) => x.role === 'unit');
  if (labels.unitCol === null || units.length === 0) return false;
  if (labels.indicatorHeader) return true;
  const sample = units.slice(0, LIMIT.measureRows);
  if (sample.filter((x) => x.label && indicatorByName(x.label)).length / sample.length >= THRESHOLD.measureRowShare) return true;
  const periodOnly = dataCols.filter((x) => x.period !== null && x.field === null && x.indicator === null && x.role === 'field');
  if (periodOnly.length >= THRESHOLD.periodOnlyColumns && sample.filter((x) => x.label && measureByName(x.label)).length / sample.length >= THRESHOLD.measureRowShare) return true;
  // columns that differ only by their period (`平均轮候时间(日) › 2022 | 2023 | 2024`, a target beside) say no
  // measure of their own: when no row names a unit either, each row is a measure
  return columnsArePeriodsOnly(dataCols) && sample.every((x) => !x.label || !namesUnit(x.label, isJudgeColumn(labels)));
}

/** Every figure column but targets is one unknown measure over ≥ 2 periods, under one shared group header. */
function columnsArePeriodsOnly(dataCols: ColumnModel[]): boolean {
  const figures = dataCols.filter((x) => x.role !== 'target' && x.role !== 'gap');
  if (figures.length < THRESHOLD.periodOnlyColumns) return false;
  const group = (x: ColumnModel) => x.header.slice(0, -1).join('›');
  return figures.every((x) => x.period !== null && x.field === null && x.indicator === null && (x.role === 'unknown' || x.role === 'field') && group(x) === group(figures[0]))
    && new Set(figures.map((x) => x.period)).size === figures.length;
}

/** The kinds whose rows may be measures: indicator lists, transposed target tables, year-over-year tables. */
export function measuresAsRows(kind: LayoutKind): boolean {
  return kind === 'indicator-list' || kind === 'target-matrix' || kind === 'yoy';
}

/** Rows that are indicators (or measures): say which; columns headed by a level or unit say which. On copies. */
export function readMeasures(input: RowModel[], inputColumns: ColumnModel[]): { rows: RowModel[]; columns: ColumnModel[] } {
  const rows = input.map((x) => ({ ...x }));
  const columns = inputColumns.map((x) => ({ ...x }));
  const dataCols = figureColumns(columns);
  for (const row of rows) {
    // `其中：调解` in a list of measures is a measure of its own
    if (row.role === 'breakdown') {
      row.role = 'unit';
      delete row.partOf;
    }
    if (row.role !== 'unit') continue;
    const m = row.label ? measureByName(row.label) : null;
    row.indicator = m && m.indicatorId ? m.indicatorId : null;
    if (m && m.field) row.field = m.field.name;
    row.level = null;
  }
  for (const col of dataCols) {
    if (col.role !== 'unknown' && col.role !== 'target') continue;
    const leaf = col.header[col.header.length - 1] ?? '';
    const level = LEVEL_HEADERS.find(([re]) => re.test(leaf))?.[1] ?? levelOf(leaf, false);
    if (!level) continue;
    col.level = level;
    col.field = null;
    col.indicator = null;
    col.guesses = undefined;
    col.matched = leaf;
    col.confidence = CONFIDENCE.levelColumn;
    col.role = col.valueKind === 'target' ? 'target' : 'indicator';
  }
  return { rows, columns };
}

/** the catalogue field or indicator a row label names (`结案率`, `收案数`), or null */
function measureByName(label: string): CatalogMatch | null {
  const best = matchCatalog(label, 1)[0];
  return best && best.confidence >= THRESHOLD.measureByName ? best : indicatorByName(label);
}
