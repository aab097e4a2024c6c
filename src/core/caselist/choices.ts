/**
 * What the task pane offers for a case list: the units available (a 承办部门 column, a 承办人 column, always
 * 法院 from the 案号), periods around the list's latest date, and the case families present with their counts.
 */
import type { Grid } from '../base/grid';
import type { RecognizedTable } from '../recognize/types';
import { FAMILY_NAMES, type CaseFamily } from '../casenumber/types-data';
import type { UnitBy } from './aggregate';
import { periodTitle, type PeriodSpec } from './period';
import { readCases } from './read';
import { caseListLayout } from '../recognize/case-list';
import { isoDate, ymdOf } from '../base/case-cells';

export interface UnitChoice {
  by: UnitBy;
  available: boolean;
  /** distinct units */
  count: number;
  /** the first few, for the pane */
  examples: string[];
}

export interface AggregateChoices {
  units: UnitChoice[];
  periods: { spec: PeriodSpec; title: string }[];
  families: { family: CaseFamily; name: string; cases: number }[];
  /** first and last date (立案 or 结案) in the list, ISO */
  dateRange: { first: string; last: string } | null;
  cases: number;
  rejected: number;
}

export function aggregateChoices(grid: Grid, table: RecognizedTable): AggregateChoices {
  const layout = caseListLayout(grid, table);
  const { cases, rejected } = readCases(grid, layout);
  const units: UnitChoice[] = (['承办部门', '承办人', '法院'] as UnitBy[]).map((by) => {
    const available = by === '法院' || layout.columns.has(by);
    const seen = new Set<string>();
    if (available) {
      for (const c of cases) {
        const key = by === '承办部门' ? c.department : by === '承办人' ? c.judge : c.court.code;
        if (key) seen.add(key);
      }
    }
    return { by, available, count: seen.size, examples: [...seen].slice(0, 5) };
  });

  const familyCounts = new Map<CaseFamily, number>();
  let first = Infinity;
  let last = -Infinity;
  for (const c of cases) {
    familyCounts.set(c.type.family, (familyCounts.get(c.type.family) ?? 0) + 1);
    first = Math.min(first, c.filed);
    last = Math.max(last, c.closed ?? c.filed, c.filed);
  }
  const families = [...familyCounts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([family, n]) => ({ family, name: FAMILY_NAMES[family], cases: n }));

  const periods: { spec: PeriodSpec; title: string }[] = [];
  if (Number.isFinite(last)) {
    const { year, month } = ymdOf(last);
    const statYear = month === 12 ? year + 1 : year;
    const specs: PeriodSpec[] = [
      { kind: 'month', year, month },
      { kind: 'ytd', year, month },
      { kind: 'statistical-year', year: statYear },
      { kind: 'year', year },
      { kind: 'statistical-year', year: statYear - 1 },
      { kind: 'year', year: year - 1 },
    ];
    for (const spec of specs) periods.push({ spec, title: periodTitle(spec) });
  }
  return {
    units,
    periods,
    families,
    dateRange: Number.isFinite(first) ? { first: isoDate(first), last: isoDate(last) } : null,
    cases: cases.length,
    rejected: rejected.length,
  };
}
