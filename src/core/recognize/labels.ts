/**
 * The labels stage (after ./header.ts): the columns that label the rows — a serial column (序号, or 1, 2, 3 …),
 * the unit column (by its header 院别, 单位, 承办法官 … or 指标名称, else the column with the most names), and
 * coarser label columns beside it (the 庭室 of each 承办法官). Read before the rows, which take their labels
 * from them.
 */
import { cellText } from '../base/text';
import type { Grid } from '../base/grid';
import { matchCatalog } from './catalog-match';
import { columnStats, type ColumnStats } from './column-stats';
import { LIMIT, THRESHOLD } from './confidence';
import type { TableHeader } from './header';
import type { Context } from './model';
import { CASE_LIST_HEADERS, INDICATOR_NAME_HEADERS, LIST_MARKER, PERSON_HEADERS, SERIAL_HEADERS, UNIT_HEADERS } from './vocabulary';

/** Which columns label the rows: the serial column, the unit column, coarser label columns, where figures start. */
export interface LabelColumns {
  serialCol: number | null;
  unitCol: number | null;
  /** the unit column's header when it was found by header */
  unitMatched: string | null;
  /** the label column is headed 指标 / 指标名称: its rows are indicators */
  indicatorHeader: boolean;
  /** other label columns that group the unit column's rows (the `庭室` of each `承办法官`) */
  groupCols: number[];
  /** the first column after the serial and unit columns */
  firstDataCol: number;
}

/** The unit column is headed 承办法官, 姓名 …: its short names are people, elsewhere `刑事` is no judge. */
export function isJudgeColumn(labels: LabelColumns): boolean {
  return labels.unitMatched !== null && PERSON_HEADERS.test(labels.unitMatched);
}

/** The serial and unit (row label) columns: among the leading columns, before the first column of numbers. */
export function findLabelColumns(ctx: Context, header: TableHeader): LabelColumns {
  const labels = labelColumns(ctx, header);
  const firstDataCol = Math.max(header.left, (labels.unitCol ?? labels.serialCol ?? header.left - 1) + 1);
  return { ...labels, firstDataCol };
}

function labelColumns(ctx: Context, { paths, left, right, body }: TableHeader): Omit<LabelColumns, 'firstDataCol'> {
  const { grid, classes } = ctx;
  let serialCol: number | null = null;
  const leading: { c: number; leaf: string; header: string; stats: ColumnStats }[] = [];
  for (let c = left; c <= Math.min(right, left + LIMIT.labelColumns - 1); c++) {
    const header = paths[c - left].join('');
    const leaf = paths[c - left][paths[c - left].length - 1] ?? '';
    const stats = columnStats(grid, classes, c, body);
    const numberedRows = !header || (matchCatalog(header, 1)[0]?.confidence ?? 0) < THRESHOLD.accept;
    if (serialCol === null && leading.length === 0 && (SERIAL_HEADERS.includes(header) || (numberedRows && isSerialValues(grid, c, body)))) {
      serialCol = c;
      continue;
    }
    // a column of list markers labels nothing and holds no figure: the labels are to its right
    if (leading.length === 0 && !header && isMarkerColumn(grid, c, body)) continue;
    const numeric = stats.counts.number + stats.counts.percent + stats.counts.target + stats.counts.dash;
    if (stats.nonEmpty > 0 && numeric / stats.nonEmpty >= THRESHOLD.figureColumnShare && !UNIT_HEADERS.includes(leaf)) break;
    leading.push({ c, leaf, header, stats });
  }
  // by header first (院别, 单位, 承办法官 … or 指标名称), then the column with the most names in it; of two
  // (庭室 | 承办法官) the finer one is the unit: the one that repeats least, the right one on a tie
  const headed = leading.filter((x) => UNIT_HEADERS.includes(x.leaf) || UNIT_HEADERS.includes(x.header) || INDICATOR_NAME_HEADERS.includes(x.leaf));
  const distinct = (x: (typeof leading)[number]) => new Set(x.stats.texts).size;
  const byHeader = headed.reduce<(typeof leading)[number] | undefined>((best, x) => (!best || distinct(x) >= distinct(best) ? x : best), undefined);
  if (byHeader) {
    const indicatorHeader = INDICATOR_NAME_HEADERS.includes(byHeader.leaf) && !UNIT_HEADERS.includes(byHeader.leaf);
    const groupCols = headed.filter((x) => x !== byHeader).map((x) => x.c);
    return { serialCol, unitCol: byHeader.c, unitMatched: byHeader.leaf, indicatorHeader, groupCols };
  }
  const byValues = leading
    .filter((x) => x.stats.nonEmpty > 0 && x.stats.counts.text / x.stats.nonEmpty >= THRESHOLD.nameColumnShare && !CASE_LIST_HEADERS.test(x.leaf))
    .sort((a, b) => b.stats.counts.text - a.stats.counts.text)[0];
  return { serialCol, unitCol: byValues ? byValues.c : null, unitMatched: null, indicatorHeader: false, groupCols: [] };
}

/** 1, 2, 3 … down the rows, blanks skipped: a serial column with no 序号 header */
/**
 * A column of list markers before the labels (`-` or `•` on every row, a footnote's `*` below): no label and no
 * figure (a dash here is no "not assessed").
 */
function isMarkerColumn(grid: Grid, c: number, rows: number[]): boolean {
  const counts = new Map<string, number>();
  let seen = 0;
  let most = 0;
  for (const r of rows) {
    const t = cellText(grid.values[r][c]);
    if (!t) continue;
    if (!LIST_MARKER.test(t)) return false;
    const n = (counts.get(t) ?? 0) + 1;
    counts.set(t, n);
    most = Math.max(most, n);
    seen++;
  }
  return seen >= THRESHOLD.serialRowsMin && most / seen >= THRESHOLD.markerShare;
}

function isSerialValues(grid: Grid, c: number, rows: number[]): boolean {
  let expected = 1;
  let seen = 0;
  for (const r of rows) {
    const v = grid.values[r][c];
    if (v === null || v === '') continue;
    const n = typeof v === 'number' ? v : Number(cellText(v));
    if (n !== expected) return false;
    expected++;
    seen++;
  }
  return seen >= THRESHOLD.serialRowsMin;
}
