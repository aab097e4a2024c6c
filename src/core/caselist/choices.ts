/**
 * What the task pane offers for a case list: the units available (a 承办部门 column, a 承办人 column, always
 * 法院 from the 案号), periods around the list's latest date, and the case families present with their counts.
 */
import type { Grid } from '../base/grid';
import type { RecognizedTable } from '../recognize/types';
import { FAMILY_NAMES, type CaseFamily } from '../casenumber/types-data';
import type { UnitBy } from './aggregate';
import { periodTitle, type PeriodSpec } from './period';
import { readCases, type ReadResult } from './read';
import type { CaseStore } from './store';
import type { CaseFieldName } from '../catalog/case-fields';
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
  return choicesOf(readCases(grid, layout), new Set(layout.columns.keys()));
}

/** The choices for cases already read; `columns` are the case-list fields the list has. */
export function choicesOf(read: ReadResult, columns: Set<CaseFieldName>): AggregateChoices {
  const store = read.store;
  const units: UnitChoice[] = (['承办部门', '承办人', '法院'] as UnitBy[]).map((by) => {
    const available = by === '法院' || columns.has(by);
    const seen = new Set<string>();
    const ids = by === '承办部门' ? store.department : by === '承办人' ? store.judge : store.court;
    if (available && ids) {
      // distinct values, in the order their first case comes
      const done = new Set<number>();
      for (let i = 0; i < store.length; i++) {
        const id = ids[i];
        if (done.has(id)) continue;
        done.add(id);
        const key = by === '法院' ? store.courts.values[id].code : id < 0 ? null : store.texts.values[id];
        if (key) seen.add(key);
      }
    }
    return { by, available, count: seen.size, examples: [...seen].slice(0, 5) };
  });

  const familyCounts = new Map<CaseFamily, number>();
  const typeFamily = store.types.values.map((t) => t.family);
  for (let i = 0; i < store.length; i++) {
    const f = typeFamily[store.type[i]];
    familyCounts.set(f, (familyCounts.get(f) ?? 0) + 1);
  }
  const { first, last } = dateSpan(store);
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
    cases: store.length,
    rejected: read.rejectedCount,
  };
}

/** The first and the last date (立案 or 结案) of the cases, as serials; ±Infinity when there is no case. */
export function dateSpan(store: CaseStore): { first: number; last: number } {
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < store.length; i++) {
    const filed = store.filed[i];
    const closed = store.closed ? store.closed[i] : -1;
    if (filed < first) first = filed;
    const end = closed > filed ? closed : filed;
    if (end > last) last = end;
  }
  return { first, last };
}
