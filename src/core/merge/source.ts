/**
 * One court's report as the merge reads it: its unit matrix (the first one recognised in the workbook), the
 * courts whose figures it holds (its unit rows, or — when its one row says 本院 or 合计 — the court its
 * `填报单位：` line names), and its columns keyed by their header path, so reports of one template can be
 * laid side by side whatever their column letters.
 */
import type { Grid } from '../base/grid';
import { columnIndex } from '../base/grid';
import { cellText } from '../base/text';
import { modelOf, type TableModel } from '../fill/table';
import type { RecognizedTable } from '../recognize/types';

/** `填报单位：解放区人民法院` (also 报送单位, 填报法院): the court a one-court report is from */
const REPORTING_UNIT_LINE = /^(?:填报单位|报送单位|填报法院|制表单位)\s*[:：]\s*(.+?)\s*$/;
/** a row that names the reporting court without saying which (本院), or its only total: the 填报单位 names it */
const SELF_LABEL = /^(本院|本单位|本级|我院|合计|总计|小计|本院合计)$/;

export interface ReportColumn {
  /** the header path, as the user reads it: `收案情况 › 旧存`; the key the reports are compared by */
  key: string;
  col: number;
  field: string | null;
  indicator: string | null;
  role: RecognizedTable['columns'][number]['role'];
}

export interface CourtRow {
  court: string;
  /** 0-based sheet row */
  row: number;
  /** where the court's name came from: the row's own label, or the report's 填报单位 line */
  from: 'row' | '填报单位';
}

export interface ReportSource {
  /** the file (or pane sheet) name the figures are cited by */
  file: string;
  grid: Grid;
  table: RecognizedTable;
  model: TableModel;
  columns: ReportColumn[];
  courts: CourtRow[];
  /** the `填报单位：` line's court, when the report has one */
  reportingUnit: string | null;
}

/** The court a `填报单位：…` line anywhere on the sheet names, or null. */
export function reportingUnitOf(grid: Grid): string | null {
  for (const row of grid.values) {
    for (const v of row) {
      if (typeof v !== 'string') continue;
      const m = REPORTING_UNIT_LINE.exec(cellText(v));
      if (m && m[1]) return m[1];
    }
  }
  return null;
}

export const columnKey = (header: string[]): string => header.map((h) => cellText(h)).join(' › ');

/**
 * The report a workbook holds, or why it holds none (a Chinese line). `grids` are its sheets, `tables` what the
 * recogniser found on them.
 */
export function readReport(file: string, grids: Grid[], tables: RecognizedTable[]): ReportSource | string {
  const table = tables.find((t) => t.kind === 'unit-matrix');
  if (!table) return `「${file}」中没有识别出单位×指标表（各院报表应为同一式样的统计表）`;
  const grid = grids.find((g) => g.sheet === table.sheet)!;
  const model = modelOf(table);
  const reportingUnit = reportingUnitOf(grid);
  const columns: ReportColumn[] = table.columns
    .filter((c) => c.role !== 'serial' && c.role !== 'unit')
    .map((c) => ({ key: columnKey(c.header), col: columnIndex(c.column), field: c.field, indicator: c.indicator, role: c.role }));
  const named = model.rows.filter((r) => r.role === 'unit' && !SELF_LABEL.test(cellText(r.label)));
  let courts: CourtRow[] = named.map((r) => ({ court: cellText(r.label), row: r.row, from: 'row' as const }));
  if (!courts.length) {
    // a one-court report: its 本院 row, else its total, else its one row, named by the 填报单位 line
    const self = model.rows.find((r) => SELF_LABEL.test(cellText(r.label)) && r.role !== 'breakdown') ?? (model.rows.length === 1 ? model.rows[0] : undefined);
    if (!self) return `「${file}」${table.sheet}!${table.range} 中没有单位行，无法确定各院的数据`;
    if (!reportingUnit) return `「${file}」的数据行为「${self.label}」，但表上没有「填报单位：」一行，无法确定是哪家法院`;
    courts = [{ court: reportingUnit, row: self.row, from: '填报单位' }];
  }
  return { file, grid, table, model, columns, courts, reportingUnit };
}
