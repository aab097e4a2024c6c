/**
 * A recognised table (the recogniser's JSON: 1-based rows, column letters) in the fill's terms: absolute
 * 0-based positions, each column's field / indicator and period, the body rows by role.
 */
import { findField, findIndicator } from '../catalog';
import { columnIndex, parseRange, type CellRange } from '../base/grid';
import type { RecognizedColumn, RecognizedRow, RecognizedTable, UnitLevel } from '../recognize/types';
import { maxOf, minOf } from '../base/arrays';

export interface Period {
  /** as the header writes it: `2019年`, `本期` */
  raw: string | null;
  year: number | null;
  /** 本期 / 上年同期 / 同比 when the header says so */
  relative: 'this' | 'last' | 'change' | null;
  /** true when the year is the table's (its title or 统计时间), not written in the column's own header */
  inherited?: boolean;
}

export interface ModelColumn {
  col: number;
  source: RecognizedColumn;
  /** the header path joined: `再审 › 被改判` → `再审被改判` */
  headerText: string;
  field: string | null;
  indicator: string | null;
  period: Period;
}

export interface ModelRow {
  row: number;
  source: RecognizedRow;
  role: RecognizedRow['role'];
  label: string;
  level: UnitLevel | null;
}

export interface TableModel {
  table: RecognizedTable;
  sheet: string;
  range: CellRange;
  headerTop: number;
  headerBottom: number;
  unitCol: number | null;
  rows: ModelRow[];
  columns: ModelColumn[];
}

export function parsePeriod(text: string | null): Period {
  if (!text) return { raw: null, year: null, relative: null };
  const y = /((?:19|20)\d{2})\s*年?/.exec(text);
  const relative = /同比|增减|增幅|变化/.test(text)
    ? 'change'
    : /上年|去年|同期|上期/.test(text)
      ? 'last'
      : /本期|本年|今年|当期/.test(text)
        ? 'this'
        : null;
  return { raw: text, year: y ? Number(y[1]) : null, relative };
}

/** strip units and points in brackets: `发改指总量（40分）` → `发改指总量` */
export function cleanHeader(text: string): string {
  return text
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/\s+/g, '')
    .trim();
}

export function modelOf(table: RecognizedTable): TableModel {
  const range = parseRange(table.range);
  if (!range) throw new Error(`无法解析表格范围「${table.range}」`);
  // a table titled or dated with one year (`2019年…基础数据`, `统计时间：2019年`) gives its undated columns that year
  const tableYear = parsePeriod(table.meta.period).year ?? parsePeriod(table.meta.title).year;
  const headerRows = table.headerRows.length ? table.headerRows.map((r) => r - 1) : [range.top];
  const columns: ModelColumn[] = table.columns.map((c) => {
    const headerText = c.header.join('');
    const last = c.header[c.header.length - 1] ?? '';
    let field = c.field;
    let indicator = c.indicator;
    // the recogniser may leave a column unmapped that the catalogue knows by a synonym; ask the catalogue once more
    if (!field && !indicator && (c.role === 'field' || c.role === 'indicator' || c.role === 'unknown')) {
      const f = findField(cleanHeader(last)) ?? findField(cleanHeader(headerText));
      if (f) field = f.name;
      else {
        const ind = findIndicator(cleanHeader(last));
        if (ind) indicator = ind.id;
      }
    }
    let period = parsePeriod(c.period ?? (c.header.find((h) => /(19|20)\d{2}|本期|上年|同期|同比/.test(h)) || null));
    if (period.year === null && period.relative === null && tableYear !== null && (field || indicator)) {
      period = { raw: `${tableYear}年`, year: tableYear, relative: null, inherited: true };
    }
    return { col: columnIndex(c.column), source: c, headerText, field, indicator, period };
  });
  const unitCol = table.unitColumn ? columnIndex(table.unitColumn) : null;
  return {
    table,
    sheet: table.sheet,
    range,
    headerTop: minOf(headerRows),
    headerBottom: maxOf(headerRows),
    unitCol,
    // a row naming nobody in a table of named units is not filled: nothing says whose figures those are (read
    // again after a fill, two touching tables may come as one, the rows of the other without names)
    rows: table.rows
      .filter((r) => unitCol === null || r.label.trim() !== '')
      .map((r) => ({ row: r.row - 1, source: r, role: r.role, label: r.label, level: r.level })),
    columns,
  };
}

/** the level of a unit row for targets and scoring: the recogniser's, else read from the name */
export function levelOf(row: ModelRow): UnitLevel | null {
  if (row.role === 'total' || row.role === 'subtotal') return row.level ?? '全市';
  if (row.level) return row.level;
  if (/中院|中级/.test(row.label)) return '中院';
  if (/法院|法庭/.test(row.label)) return '基层';
  return null;
}

export const normalizeUnit = (label: string): string => label.replace(/\s+/g, '').replace(/人民法院$/, '法院');
