/**
 * What a 通报 can say about a workbook, read from its recognised (and usually filled) unit matrices: per table
 * the units and their level, each indicator column's figures with the cell each comes from, the target and the
 * 达标 / 未达标 verdict a fill wrote beside it, and — where another table of the workbook holds the year before
 * for the same indicators (2019 and 2018 tables on one sheet) — the figure of the year before. Nothing is
 * computed here but comparisons: every figure is a cell's value.
 */
import type { CellValue, Grid } from '../base/grid';
import { address } from '../base/grid';
import { numberOf } from '../base/values';
import { cellText } from '../base/text';
import { directionFor, findIndicator } from '../catalog';
import type { Direction } from '../catalog/types';
import { levelOf, modelOf, normalizeUnit, parsePeriod, type ModelColumn, type TableModel } from '../fill/table';
import type { RecognizedTable, UnitLevel } from '../recognize/types';
import { displayNumber } from './format';

/** a number in the draft: the cell it comes from and the text that cell shows */
export interface Figure {
  value: number;
  text: string;
  sheet: string;
  cell: string;
}

export interface UnitFacts {
  unit: string;
  level: UnitLevel | null;
  value: Figure | null;
  /** the same unit's figure in the table of the year before */
  last: Figure | null;
  /** the cell's 达标 / 未达标 / 不考核, when a fill wrote the verdict */
  verdict: string | null;
  /** the unit's target text (`≧90%`), when the table has a target column */
  target: string | null;
}

export interface IndicatorFacts {
  id: string;
  name: string;
  direction: Direction;
  /** the table has its 是否达标 column */
  assessed: boolean;
  units: UnitFacts[];
  /** the total row's figures (the whole city), when the table has a total row */
  total: UnitFacts | null;
}

export interface TableFacts {
  sheet: string;
  range: string;
  title: string;
  period: string | null;
  year: number | null;
  units: { unit: string; level: UnitLevel | null }[];
  indicators: IndicatorFacts[];
  /** the table of the year before, when the workbook has one */
  prior: { sheet: string; range: string; period: string | null } | null;
}

export interface ReportFacts {
  tables: TableFacts[];
}

const VERDICT_HEADER = /是否达标|达标情况/;

function figureAt(grid: Grid, row: number, col: number, fallbackFormat: string): Figure | null {
  const v: CellValue = grid.values[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
  const cell = address(row, col);
  if (typeof v === 'number' && Number.isFinite(v)) {
    const format = grid.numberFormats?.[row - grid.origin.row]?.[col - grid.origin.col] ?? null;
    return { value: v, text: displayNumber(v, format && !/^general$/i.test(format) ? format : fallbackFormat), sheet: grid.sheet, cell };
  }
  // a figure typed as text (`87.72%`) is shown as typed
  const n = typeof v === 'string' ? numberOf(v) : null;
  return n === null ? null : { value: n, text: cellText(v), sheet: grid.sheet, cell };
}

const textAt = (grid: Grid, row: number, col: number): string | null => {
  const v = grid.values[row - grid.origin.row]?.[col - grid.origin.col];
  const t = v === null || v === undefined ? '' : cellText(v);
  return t || null;
};

function yearOf(t: RecognizedTable): number | null {
  return parsePeriod(t.meta.period).year ?? parsePeriod(t.meta.title).year;
}

/** the indicator columns a table shows (not a target, gap or score column naming one) */
function indicatorColumns(m: TableModel): ModelColumn[] {
  return m.columns.filter((c) => c.indicator && c.source.role === 'indicator' && findIndicator(c.indicator));
}

/** the table of the year before: a unit matrix one year older with an indicator and a unit in common */
function priorOf(t: RecognizedTable, m: TableModel, all: { t: RecognizedTable; m: TableModel }[]): { t: RecognizedTable; m: TableModel } | null {
  const year = yearOf(t);
  if (year === null) return null;
  const ids = new Set(indicatorColumns(m).map((c) => c.indicator));
  const units = new Set(m.rows.filter((r) => r.role === 'unit').map((r) => normalizeUnit(r.label)));
  return (
    all.find(
      (o) =>
        o.t !== t &&
        yearOf(o.t) === year - 1 &&
        indicatorColumns(o.m).some((c) => ids.has(c.indicator)) &&
        o.m.rows.some((r) => r.role === 'unit' && units.has(normalizeUnit(r.label))),
    ) ?? null
  );
}

/** The facts of every unit matrix showing indicators; a table that is another's year before is its prior only. */
export function readFacts(grids: Grid[], tables: RecognizedTable[]): ReportFacts {
  const grid = (sheet: string) => grids.find((g) => g.sheet === sheet)!;
  const all = tables
    .filter((t) => t.kind === 'unit-matrix')
    .map((t) => {
      try {
        return { t, m: modelOf(t) };
      } catch {
        return null;
      }
    })
    .filter((x): x is { t: RecognizedTable; m: TableModel } => !!x && indicatorColumns(x.m).length > 0);
  const priors = new Map(all.map((x) => [x.t, priorOf(x.t, x.m, all)]));
  const isPrior = new Set([...priors.values()].filter((p) => p).map((p) => p!.t));

  const out: TableFacts[] = [];
  for (const { t, m } of all) {
    if (isPrior.has(t)) continue;
    const g = grid(t.sheet);
    const prior = priors.get(t) ?? null;
    const units = m.rows.filter((r) => r.role === 'unit');
    const totalRow = m.rows.find((r) => r.role === 'total') ?? null;
    const indicators: IndicatorFacts[] = indicatorColumns(m).map((c) => {
      const def = findIndicator(c.indicator!)!;
      const verdictCol = m.columns.find((x) => VERDICT_HEADER.test(x.headerText) && x.headerText.startsWith(def.name))?.col ?? null;
      const targetCol = m.columns.find((x) => x.source.role === 'target' && x.indicator === def.id)?.col ?? null;
      const priorCol = prior ? indicatorColumns(prior.m).find((x) => x.indicator === def.id) : undefined;
      const priorRow = (label: string, total: boolean) =>
        prior?.m.rows.find((r) => (total ? r.role === 'total' : r.role === 'unit' && normalizeUnit(r.label) === normalizeUnit(label)));
      const factsOf = (row: (typeof m.rows)[number], total: boolean): UnitFacts => {
        const pr = priorCol ? priorRow(row.label, total) : undefined;
        return {
          unit: cellText(row.label),
          level: levelOf(row),
          value: figureAt(g, row.row, c.col, def.format),
          last: pr && priorCol ? figureAt(grid(prior!.t.sheet), pr.row, priorCol.col, def.format) : null,
          verdict: verdictCol === null ? null : textAt(g, row.row, verdictCol),
          target: targetCol === null ? null : textAt(g, row.row, targetCol),
        };
      };
      return {
        id: def.id,
        name: def.name,
        direction: directionFor(def),
        assessed: verdictCol !== null,
        units: units.map((r) => factsOf(r, false)),
        total: totalRow ? factsOf(totalRow, true) : null,
      };
    });
    out.push({
      sheet: t.sheet,
      range: t.range,
      title: t.meta.title ?? `${t.sheet}!${t.range}`,
      period: t.meta.period,
      year: yearOf(t),
      units: units.map((r) => ({ unit: cellText(r.label), level: levelOf(r) })),
      indicators,
      prior: prior ? { sheet: prior.t.sheet, range: prior.t.range, period: prior.t.meta.period } : null,
    });
  }
  // the assessed tables first: a 通报 opens with what is assessed
  const assessedFirst = [...out.filter((t) => t.indicators.some((i) => i.assessed)), ...out.filter((t) => !t.indicators.some((i) => i.assessed))];
  return { tables: assessedFirst };
}
