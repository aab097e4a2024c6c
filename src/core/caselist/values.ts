/**
 * Reading a case list's cells: dates (Excel serials, `2023-03-01`, `2023/3/1`, `2023.3.1`, `2023年3月1日`,
 * `20230301`, with or without a time), yes/no flags, amounts and day counts. Dates are whole Excel serial days
 * (1900 system; the engine never uses JS Date objects for cells), which makes period arithmetic plain integers.
 */
import { isErrorValue, type CellValue } from '../grid';

const MS_PER_DAY = 86400000;
/** Excel serial of 1970-01-01 */
const EPOCH = 25569;

/** Excel serial day of a calendar date (month 1–12); NaN when the date does not exist (2023-02-30). */
export function serialOf(year: number, month: number, day: number): number {
  if (month < 1 || month > 12 || day < 1 || day > 31) return NaN;
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return NaN;
  return ms / MS_PER_DAY + EPOCH;
}

export interface YMD {
  year: number;
  month: number;
  day: number;
}

export function ymdOf(serial: number): YMD {
  const d = new Date((Math.floor(serial) - EPOCH) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 2023-03-01 */
export function isoDate(serial: number): string {
  const { year, month, day } = ymdOf(serial);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 2023年3月1日 */
export function chineseDate(serial: number): string {
  const { year, month, day } = ymdOf(serial);
  return `${year}年${month}月${day}日`;
}

/** The last day of a month */
export function lastDayOfMonth(year: number, month: number): number {
  return serialOf(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1;
}

/** The same day `months` months later (clamped to the month's end: 2023-03-31 − 1 month → 2023-02-28). */
export function addMonths(serial: number, months: number): number {
  const { year, month, day } = ymdOf(serial);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return Math.min(serialOf(y, m, 1) + day - 1, lastDayOfMonth(y, m));
}

/** Serials of plausible case dates: 1950-01-01 … 2099-12-31. */
const MIN_SERIAL = 18264;
const MAX_SERIAL = 73415;

export type DateRead = { ok: true; serial: number } | { ok: false } | { ok: 'blank' };

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * A date from a cell: an Excel serial (the time of day is dropped), or a text in one of the usual spellings.
 * `numberIsDate` says whether a bare number is a serial (a date column: yes; a detection probe: only with a
 * date number format).
 */
export function readDate(v: CellValue | undefined, numberIsDate = true): DateRead {
  if (v === null || v === undefined) return { ok: 'blank' };
  if (typeof v === 'number') {
    if (numberIsDate && v >= MIN_SERIAL && v <= MAX_SERIAL) return { ok: true, serial: Math.floor(v) };
    // 20230301 typed as a number
    if (Number.isInteger(v) && v >= 19500101 && v <= 20991231) {
      const s = serialOf(Math.floor(v / 10000), Math.floor(v / 100) % 100, v % 100);
      return Number.isNaN(s) ? { ok: false } : { ok: true, serial: s };
    }
    return { ok: false };
  }
  if (typeof v !== 'string' || isErrorValue(v)) return { ok: false };
  const text = v.trim();
  if (text === '' || text === '-' || text === '—' || text === '/') return { ok: 'blank' };
  return readDateText(text);
}

/** `2023-03-01`, `2023/3/1`, `2023.3.1`, `2023年3月1日`, `20230301`, each optionally followed by a time. */
export function readDateText(text: string): DateRead {
  const parts: number[] = [];
  let i = 0;
  let digits = 0;
  let value = 0;
  const n = text.length;
  // up to three numbers separated by one of - / . 年 月; a 日 or a space (and a time) may end it
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isDigitCode(c)) {
      value = value * 10 + (c - 48);
      digits++;
      if (digits > 8) return { ok: false };
      continue;
    }
    const ch = text[i];
    if (digits === 0) return { ok: false };
    parts.push(value);
    value = 0;
    const d = digits;
    digits = 0;
    if (parts.length === 3) {
      // the day may be followed by 日/号, then only a time of day (after a space or T)
      const rest = ch === '日' || ch === '号' ? text.slice(i + 1) : text.slice(i);
      if (rest === '' || rest[0] === ' ' || rest[0] === 'T') break;
      return { ok: false };
    }
    if (parts.length === 1 && d !== 4) return { ok: false };
    if (ch === '-' || ch === '/' || ch === '.' || ch === '年' || ch === '月') continue;
    return { ok: false };
  }
  if (digits > 0) {
    if (parts.length === 0 && digits === 8) {
      parts.push(Math.floor(value / 10000), Math.floor(value / 100) % 100, value % 100);
    } else parts.push(value);
  }
  if (parts.length !== 3) return { ok: false };
  const serial = serialOf(parts[0], parts[1], parts[2]);
  if (Number.isNaN(serial) || serial < MIN_SERIAL || serial > MAX_SERIAL) return { ok: false };
  return { ok: true, serial };
}

/** A number format that shows a date (`yyyy-mm-dd`, `m/d/yy`, `yyyy"年"m"月"d"日"`). */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  // drop quoted text and bracketed colours/locales before looking for date letters
  const f = format.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').toLowerCase();
  return /[yd]/.test(f) || /m{1,2}[/-]/.test(f);
}

const FALSE_WORDS = new Set(['否', 'n', 'no', 'false', '×', '0', '-', '—']);
/** a Chinese negation at the start: 未上诉, 无, 不公开, 没有 */
const FALSE_PREFIXES = ['否', '未', '无', '不', '没'];

/**
 * A yes/no cell: 是/否, Y/N, TRUE/FALSE, √/×, 1/0, a positive number (延长审限天数 30); blank is no. Any other
 * text that does not start with a negation (已上诉, 上诉, 当庭) is yes: the column says whether something happened.
 */
export function readFlag(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v > 0;
  if (typeof v !== 'string') return false;
  const t = v.trim().toLowerCase();
  if (t === '' || FALSE_WORDS.has(t)) return false;
  for (const p of FALSE_PREFIXES) if (t.startsWith(p)) return false;
  const num = Number(t);
  if (Number.isFinite(num)) return num > 0;
  return true;
}

/** An amount or a day count: a number, or a text with thousands separators and a unit (`1,234.5元`). */
export function readNumber(v: CellValue | undefined): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  let t = v.trim().replace(/[,，\s]/g, '');
  if (t === '') return null;
  t = t.replace(/[０-９．]/g, (ch) => (ch === '．' ? '.' : String.fromCharCode(ch.charCodeAt(0) - 0xff10 + 48)));
  t = t.replace(/(万元|元|天|日|件)$/, '');
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** A text cell, trimmed; numbers as text; blank or an error is null. */
export function readText(v: CellValue | undefined): string | null {
  if (v === null || v === undefined || isErrorValue(v)) return null;
  const t = String(v).trim();
  return t === '' ? null : t;
}
