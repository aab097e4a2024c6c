/**
 * Monthly reports of the same courts → per indicator a sheet of month × court with 环比 (against the month
 * before) and 同比 (against the same month of the year before), and a line chart of the months. The figures are
 * copied with their source (a cell note); 环比 and 同比 are formulas over the sheet's own cells, written as the
 * fill writes a year-over-year table's: a rate's change in percentage points, a count's as ZX.YOY.
 */
import type { CellValue } from '../base/grid';
import { address } from '../base/grid';
import type { EditPlan } from '../base/plan';
import { numberOf } from '../base/values';
import { findIndicator } from '../catalog';
import { Workspace } from '../fill/workspace';
import { normalizeUnit } from '../fill/table';
import { num, op, ref, zx, type Expr } from '../functions/formula';
import { FUNCTIONS_BY_ID } from '../functions/registry';
import type { ReportSource } from './source';
import { checkTemplate, type TemplateCheck } from './template';

/** a month as the reports date it: `2023年1-3月` is March 2023 (the month a cumulative figure runs to) */
export interface Month {
  year: number;
  month: number;
}

const MONTH_IN_TEXT = /((?:19|20)\d{2})\s*年\s*(?:\d{1,2}\s*[-－—~～至到]\s*)?(\d{1,2})\s*月/;
const MONTH_IN_NAME = /((?:19|20)\d{2})\s*[-_.年]?\s*(\d{1,2})(?!\d)/;

/** The month a report is of: its 统计时间 or title, else its file name (`2023-03.xlsx`); null when none says. */
export function monthOf(source: ReportSource): Month | null {
  for (const text of [source.table.meta.period, source.table.meta.title, source.file]) {
    if (!text) continue;
    const m = MONTH_IN_TEXT.exec(text) ?? (text === source.file ? MONTH_IN_NAME.exec(text) : null);
    if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return { year: Number(m[1]), month: Number(m[2]) };
  }
  return null;
}

const monthLabel = (m: Month) => `${m.year}年${m.month}月`;
const monthIndex = (m: Month) => m.year * 12 + m.month - 1;

/** Excel's forbidden sheet-name characters and its 31-character limit */
function sheetName(text: string, taken: Set<string>): string {
  const base = text.replace(/[\\/?*[\]:：]/g, '').slice(0, 28) || '指标';
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}${i}`;
  taken.add(name);
  return name;
}

export interface SeriesResult {
  plan: EditPlan;
  months: Month[];
  courts: string[];
  /** one sheet per indicator */
  sheets: string[];
  /** reports whose columns differ from the others' (left out) */
  differing: TemplateCheck['differing'];
  /** reports with no month (left out), a court's month met twice (the first kept), one Chinese line each */
  problems: string[];
}

export function planSeries(sources: ReportSource[], taken: string[] = []): SeriesResult {
  if (!sources.length) throw new Error('没有可汇总的报表');
  const { template, same, differing } = checkTemplate(sources);
  const problems: string[] = [];
  // a month's courts may come in one city table or in one report per court
  const byMonth = new Map<number, { month: Month; parts: { source: ReportSource; court: string; row: number }[] }>();
  for (const s of same) {
    const m = monthOf(s);
    if (!m) {
      problems.push(`「${s.file}」的统计时间、标题和文件名都没有写明月份（如「2023年1-3月」），未并入`);
      continue;
    }
    let entry = byMonth.get(monthIndex(m));
    if (!entry) byMonth.set(monthIndex(m), (entry = { month: m, parts: [] }));
    for (const c of s.courts) {
      const met = entry.parts.find((p) => normalizeUnit(p.court) === normalizeUnit(c.court));
      if (met) problems.push(`「${c.court}」${monthLabel(m)}的数据在「${met.source.file}」和「${s.file}」中各有一份，取前者`);
      else entry.parts.push({ source: s, court: c.court, row: c.row });
    }
  }
  const rows = [...byMonth.values()].sort((a, b) => monthIndex(a.month) - monthIndex(b.month));
  if (!rows.length) throw new Error('没有写明月份的报表');
  const courts: string[] = [];
  for (const { parts } of rows) for (const p of parts) if (!courts.some((x) => normalizeUnit(x) === normalizeUnit(p.court))) courts.push(p.court);

  // the series: the template's indicator columns, else its count columns
  const t = template.model;
  const indicatorCols = template.columns.filter((c) => c.role === 'indicator' && c.indicator && findIndicator(c.indicator));
  const shown = indicatorCols.length ? indicatorCols : template.columns.filter((c) => c.role === 'field');
  const ws = new Workspace([], FUNCTIONS_BY_ID);
  const names = new Set(taken);
  const sheets: string[] = [];
  const HEADER = 1;
  const FIRST = 3;
  const LABEL = 0;
  for (const column of shown) {
    const def = column.indicator ? findIndicator(column.indicator) : null;
    const isRate = !!def && (def.unit === 'rate' || def.unit === 'permille');
    const name = def?.name ?? column.key.split(' › ').pop()!;
    const sheet = sheetName(name, names);
    sheets.push(sheet);
    ws.addSheet(sheet);
    const span = `${monthLabel(rows[0].month)}至${monthLabel(rows[rows.length - 1].month)}`;
    ws.writeValue(sheet, 0, 0, `${name}按月情况（${rows.length === 1 ? monthLabel(rows[0].month) : span}）`, { bold: true });
    ws.writeValue(sheet, HEADER, LABEL, '月份', { bold: true, align: 'center' });
    ws.plan.merges.push({ sheet, range: { top: HEADER, left: LABEL, bottom: HEADER + 1, right: LABEL } });
    const format = def?.format ?? template.grid.numberFormats?.[t.rows[0]?.row ?? 0]?.[column.col] ?? undefined;
    const changeFormat = isRate ? '0.00' : '0.00%';
    courts.forEach((court, k) => {
      const col = 1 + k * 3;
      ws.writeValue(sheet, HEADER, col, court, { bold: true, align: 'center' });
      ws.plan.merges.push({ sheet, range: { top: HEADER, left: col, bottom: HEADER, right: col + 2 } });
      const unitWord = isRate ? '（百分点）' : '';
      ['本月', `环比${unitWord}`, `同比${unitWord}`].forEach((h, j) => ws.writeValue(sheet, HEADER + 1, col + j, h, { bold: true, align: 'center' }));
    });
    const rowOf = new Map(rows.map((r, i) => [monthIndex(r.month), FIRST + i]));
    rows.forEach(({ month, parts }, i) => {
      const row = FIRST + i;
      ws.writeValue(sheet, row, LABEL, monthLabel(month));
      courts.forEach((court, k) => {
        const col = 1 + k * 3;
        const c = parts.find((x) => normalizeUnit(x.court) === normalizeUnit(court));
        if (!c) return;
        const source = c.source;
        const srcCol = source.columns.find((x) => x.key === column.key)!.col;
        const raw: CellValue = source.grid.values[c.row]?.[srcCol] ?? null;
        const value = typeof raw === 'string' ? (numberOf(raw) ?? raw) : raw;
        ws.writeValue(sheet, row, col, value, { numberFormat: format, note: `${source.file}「${source.grid.sheet}」${address(c.row, srcCol)}`, label: `${court} · ${monthLabel(month)}` });
        const change = (before: number | undefined, label: string, offset: number) => {
          if (before === undefined) return;
          const now = ref(sheet, row, col);
          const prior = ref(sheet, before, col);
          const expr: Expr = isRate ? op('*', op('-', now, prior), num(100)) : zx('YOY', now, prior);
          ws.writeFormula(sheet, row, col + offset, expr, { numberFormat: changeFormat, label: `${court} · ${monthLabel(month)}${label}` });
        };
        change(rowOf.get(monthIndex(month) - 1), '环比', 1);
        change(rowOf.get(monthIndex(month) - 12), '同比', 2);
      });
    });
    const last = FIRST + rows.length - 1;
    ws.writeValue(sheet, last + 1, 0, isRate ? '注：环比、同比为与上月、上年同月相比的百分点差；无上月或上年同月报表的月份空白。' : '注：环比、同比为与上月、上年同月相比的增减幅度；无上月或上年同月报表的月份空白。');
    ws.plan.columnWidths.push({ sheet, col: LABEL, width: 12 });
    ws.plan.charts.push({
      sheet,
      type: 'line',
      title: `${name}（按月）`,
      categories: { top: FIRST, left: LABEL, bottom: last, right: LABEL },
      series: courts.map((court, k) => ({ name: court, range: { top: FIRST, left: 1 + k * 3, bottom: last, right: 1 + k * 3 } })),
      anchor: { row: last + 3, col: 0 },
    });
  }
  ws.plan.summary.push(`按月汇总 ${rows.length} 个月（${rows.map((r) => monthLabel(r.month)).join('、')}）、${courts.length} 家法院：${sheets.length} 个指标各一张表（环比、同比为公式）和一张折线图`);
  return { plan: ws.plan, months: rows.map((r) => r.month), courts, sheets, differing, problems };
}
