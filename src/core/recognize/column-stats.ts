/**
 * What a column's values look like: the classes of its cells on a sample of its rows, and the value kind read
 * from them (target texts, dates, rates, counts …). Shared by the label-column and column stages.
 */
import { cellText } from '../base/text';
import type { Grid } from '../base/grid';
import type { ValueKind } from '../base/values';
import { type CellClass, type CellClasses } from './cells';
import { LIMIT, THRESHOLD } from './confidence';
import { numberAt } from './model';
import { KIND_HEADER_WORDS } from './vocabulary';

/** What a column's values look like, on a sample of its rows. */
export interface ColumnStats {
  nonEmpty: number;
  counts: Record<CellClass, number>;
  integers: number;
  decimals: number;
  textPercent: number;
  texts: string[];
}

function sampleRows(rows: number[]): number[] {
  if (rows.length <= LIMIT.statsRows) return rows;
  const step = rows.length / LIMIT.statsRows;
  const out: number[] = [];
  for (let i = 0; i < LIMIT.statsRows; i++) out.push(rows[Math.floor(i * step)]);
  return out;
}

/** The classes of a column's cells over `allRows` (a spread sample of them on a large sheet). */
export function columnStats(grid: Grid, classes: CellClasses, c: number, allRows: number[]): ColumnStats {
  const rows = sampleRows(allRows);
  const counts: Record<CellClass, number> = { empty: 0, number: 0, percent: 0, target: 0, dash: 0, date: 0, error: 0, text: 0 };
  let integers = 0;
  let decimals = 0;
  let textPercent = 0;
  const texts: string[] = [];
  for (const r of rows) {
    const cls = classes.at(r, c);
    counts[cls]++;
    const v = grid.values[r][c];
    if (cls === 'number') {
      const n = typeof v === 'number' ? v : numberAt(grid, r, c) ?? NaN;
      if (Number.isInteger(n)) integers++;
      else decimals++;
    } else if (cls === 'percent' && typeof v === 'string') textPercent++;
    else if (cls === 'text' && texts.length < LIMIT.statsTexts) texts.push(cellText(v));
  }
  return { nonEmpty: rows.length - counts.empty, counts, integers, decimals, textPercent, texts };
}

/**
 * Target texts (`≧90%`, `不低于95%`), with `-` for not assessed and bare `100%`. Percents typed as text with a
 * dash for a unit that has no data (`89.14%`, `—`) are published figures, not targets: without an operator
 * anywhere, the dashes must be at least as many as the percents (a target table leaves most levels `-`).
 */
export function isTargetColumn(s: ColumnStats): boolean {
  if (s.nonEmpty === 0) return false;
  const targetish = s.counts.target + s.counts.dash + s.textPercent;
  return targetish / s.nonEmpty >= THRESHOLD.targetColumnShare && (s.counts.target > 0 || (s.counts.dash > 0 && s.counts.dash >= s.textPercent));
}

/** A column's value kind from its values, and from its header where numbers alone do not say (days, money, rates). */
export function inferredKind(s: ColumnStats, header: string): ValueKind {
  if (isTargetColumn(s)) return 'target';
  const { counts } = s;
  if (counts.date > 0 && counts.date >= s.nonEmpty * THRESHOLD.valueKindShare) return 'date';
  const words = KIND_HEADER_WORDS;
  if (counts.percent > 0 && counts.percent >= (counts.number + counts.percent) * THRESHOLD.valueKindShare) return words.permille.test(header) ? 'permille' : 'rate';
  if (counts.number > 0 && counts.number >= s.nonEmpty * THRESHOLD.valueKindShare) {
    if (words.days.test(header)) return 'days';
    if (words.amount.test(header)) return 'amount';
    if (words.rate.test(header)) return s.decimals > 0 && s.decimals >= s.integers && words.permille.test(header) ? 'permille' : 'rate';
    return s.decimals > 0 && s.decimals >= s.integers ? 'ratio' : 'count';
  }
  return 'text';
}
