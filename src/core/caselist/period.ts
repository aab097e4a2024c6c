/**
 * Statistical periods: a calendar month, year to date, the Dec–Nov statistical year several indicators use
 * (统计年度 2023 = 2022-12-01 … 2023-11-30), a calendar year, or a custom range. Resolved to inclusive
 * Excel serial days.
 */
import { chineseDate, lastDayOfMonth, readDateText, serialOf } from '../base/case-cells';

export type PeriodSpec =
  | { kind: 'month'; year: number; month: number }
  /** 1 January to the end of `month` */
  | { kind: 'ytd'; year: number; month: number }
  /** December of the previous year to November of `year` */
  | { kind: 'statistical-year'; year: number }
  | { kind: 'year'; year: number }
  /** ISO dates (`2023-01-01`), inclusive */
  | { kind: 'range'; start: string; end: string };

export interface ResolvedPeriod {
  start: number;
  end: number;
  /** `2023年1月1日至2023年11月30日` */
  label: string;
  /** `统计年度2023（2022年12月至2023年11月）` */
  description: string;
  /** short: `统计年度2023`, `2023年3月`, `2023年1-8月`, `2023年`, `自定义期间` */
  name: string;
}

export function resolvePeriod(spec: PeriodSpec): ResolvedPeriod {
  let start: number;
  let end: number;
  let description: string;
  let name: string;
  switch (spec.kind) {
    case 'month':
      checkMonth(spec.year, spec.month);
      start = serialOf(spec.year, spec.month, 1);
      end = lastDayOfMonth(spec.year, spec.month);
      description = `${spec.year}年${spec.month}月`;
      name = description;
      break;
    case 'ytd':
      checkMonth(spec.year, spec.month);
      start = serialOf(spec.year, 1, 1);
      end = lastDayOfMonth(spec.year, spec.month);
      description = `${spec.year}年1-${spec.month}月（年初至今）`;
      name = `${spec.year}年1-${spec.month}月`;
      break;
    case 'statistical-year':
      checkYear(spec.year);
      start = serialOf(spec.year - 1, 12, 1);
      end = serialOf(spec.year, 11, 30);
      description = `统计年度${spec.year}（${spec.year - 1}年12月至${spec.year}年11月）`;
      name = `统计年度${spec.year}`;
      break;
    case 'year':
      checkYear(spec.year);
      start = serialOf(spec.year, 1, 1);
      end = serialOf(spec.year, 12, 31);
      description = `${spec.year}年（自然年）`;
      name = `${spec.year}年`;
      break;
    case 'range': {
      const a = readDateText(spec.start);
      const b = readDateText(spec.end);
      if (a.ok !== true) throw new Error(`统计期间的起始日期「${spec.start}」不是日期`);
      if (b.ok !== true) throw new Error(`统计期间的终止日期「${spec.end}」不是日期`);
      start = a.serial;
      end = b.serial;
      if (end < start) throw new Error(`统计期间的终止日期「${spec.end}」早于起始日期「${spec.start}」`);
      description = '自定义期间';
      name = description;
      break;
    }
  }
  return { start, end, label: `${chineseDate(start)}至${chineseDate(end)}`, description, name };
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1950 || year > 2099) throw new Error(`年份「${year}」不合理`);
}

function checkMonth(year: number, month: number): void {
  checkYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new Error(`月份「${month}」应为1-12`);
}

/**
 * The command line's spelling of a period:
 * - `2023-03` a month; `2023-01..2023-11` a range of months; `2023-01-05..2023-02-10` a range of days;
 * - `2023` the calendar year; `统计2023` or `stat2023` the statistical year (2022-12 … 2023-11);
 * - `ytd2023-08` or `年初2023-08` year to date (2023-01 … 2023-08).
 */
export function parsePeriodText(text: string): PeriodSpec {
  const t = text.trim().replace(/\s+/g, '').replace(/[–—~～至]/g, '..').replace(/\.\.+/g, '..');
  let m = /^(?:统计年度|统计|stat)(\d{4})$/i.exec(t);
  if (m) return { kind: 'statistical-year', year: Number(m[1]) };
  m = /^(?:ytd|年初)(\d{4})[-/.年](\d{1,2})月?$/i.exec(t);
  if (m) return { kind: 'ytd', year: Number(m[1]), month: Number(m[2]) };
  m = /^(\d{4})年?$/.exec(t);
  if (m) return { kind: 'year', year: Number(m[1]) };
  m = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(t);
  if (m) return { kind: 'month', year: Number(m[1]), month: Number(m[2]) };
  const parts = t.split('..');
  if (parts.length === 2) {
    const a = monthOrDay(parts[0], 'start');
    const b = monthOrDay(parts[1], 'end');
    if (a && b) return { kind: 'range', start: a, end: b };
  }
  throw new Error(
    `无法识别统计期间「${text}」：可写 2023-03（月）、2023-01..2023-11（月份区间）、2023-01-05..2023-02-10（日期区间）、` +
      `2023（自然年）、统计2023（统计年度：上年12月至当年11月）、ytd2023-08（年初至8月底）`,
  );
}

/** `2023-01` → first or last day of the month; `2023-01-05` as is. */
function monthOrDay(text: string, side: 'start' | 'end'): string | null {
  const m = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(text);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    const day = side === 'start' ? 1 : lastDayOfMonth(y, mo) - serialOf(y, mo, 1) + 1;
    return `${y}-${String(mo).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return readDateText(text).ok === true ? text : null;
}

/** `2023年3月`, `统计年度2023（2022年12月至2023年11月）`, `自定义期间（2023年1月5日至2023年2月10日）` — for the pane's list. */
export function periodTitle(spec: PeriodSpec): string {
  const p = resolvePeriod(spec);
  return spec.kind === 'range' ? `${p.description}（${p.label}）` : p.description;
}
