/**
 * Reading a case list's cells: dates (Excel serials, `2023-03-01`, `2023/3/1`, `2023.3.1`, `2023年3月1日`,
 * `20230301`, with or without a time), yes/no flags, amounts and day counts. Dates are whole Excel serial days
 * (1900 system; the engine never uses JS Date objects for cells), which makes period arithmetic plain integers.
 */
import { isErrorValue, type CellValue } from './grid';
import { parseCellValue } from './values';

/** Excel serial of 1970-01-01 */
const EPOCH = 25569;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/**
 * Excel serial day of a calendar date (month 1–12); NaN when the date does not exist (2023-02-30).
 * Plain arithmetic (days from the civil calendar), no Date objects: it runs for every date of a 200,000-row list.
 */
export function serialOf(year: number, month: number, day: number): number {
  if (month < 1 || month > 12 || day < 1) return NaN;
  if (day > (month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1])) return NaN;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468 + EPOCH;
}

export interface YMD {
  year: number;
  month: number;
  day: number;
}

export function ymdOf(serial: number): YMD {
  const z = Math.floor(serial) - EPOCH + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: era * 400 + yoe + (month <= 2 ? 1 : 0), month, day };
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
  const cached = DATE_TEXT_CACHE.get(v);
  if (cached) return cached;
  const text = v.trim();
  if (text === '' || text === '-' || text === '—' || text === '/') return { ok: 'blank' };
  const hit = readDateText(text);
  if (DATE_TEXT_CACHE.size < 100000) DATE_TEXT_CACHE.set(v, hit);
  return hit;
}

/** Date texts repeat across a list (every case of a day): each is read once. Results are never mutated. */
const DATE_TEXT_CACHE = new Map<string, DateRead>();

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

/** `dateSerial`'s answers besides a serial */
export const BLANK_DATE = -1;
export const INVALID_DATE = -2;

/**
 * `readDate` without an object per call, for the 200,000-row path: the serial day, BLANK_DATE or
 * INVALID_DATE. A bare number is a serial (the column is a date column).
 */
export function dateSerial(v: CellValue | undefined): number {
  if (typeof v === 'number') {
    if (v >= MIN_SERIAL && v <= MAX_SERIAL) return Math.floor(v);
  } else if (v === null || v === undefined) return BLANK_DATE;
  else if (typeof v === 'string' && v.length === 10) {
    const iso = isoDateSerial(v);
    if (iso !== NOT_ISO) return iso;
  }
  const r = readDate(v, true);
  return r.ok === true ? r.serial : r.ok === 'blank' ? BLANK_DATE : INVALID_DATE;
}

const NOT_ISO = -3;

/**
 * `2023-03-01` read by character codes, as a CSV export writes every date (a million rows: three million dates):
 * the serial, INVALID_DATE for an impossible or implausible date — what `readDateText` says of it — or NOT_ISO
 * for any other spelling.
 */
function isoDateSerial(v: string): number {
  if (v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return NOT_ISO;
  let y = 0;
  let m = 0;
  let d = 0;
  for (let k = 0; k < 10; k++) {
    if (k === 4 || k === 7) continue;
    const c = v.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return NOT_ISO;
    if (k < 4) y = y * 10 + c;
    else if (k < 7) m = m * 10 + c;
    else d = d * 10 + c;
  }
  const serial = serialOf(y, m, d);
  return Number.isNaN(serial) || serial < MIN_SERIAL || serial > MAX_SERIAL ? INVALID_DATE : serial;
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
  let hit = FLAG_CACHE.get(v);
  if (hit === undefined) {
    hit = readFlagText(v);
    if (FLAG_CACHE.size < 10000) FLAG_CACHE.set(v, hit);
  }
  return hit;
}

const FLAG_CACHE = new Map<string, boolean>();

function readFlagText(v: string): boolean {
  const t = v.trim().toLowerCase();
  if (t === '' || FALSE_WORDS.has(t)) return false;
  for (const p of FALSE_PREFIXES) if (t.startsWith(p)) return false;
  const num = Number(t);
  if (Number.isFinite(num)) return num > 0;
  return true;
}

/** A day count or an amount as written: a number, or a text the way every cell is read (`1,234.5元`, `１２３`, `12天`). */
export function readNumber(v: CellValue | undefined): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') {
    const plain = plainDecimal(v);
    if (plain !== null) return plain;
  }
  const p = parseCellValue(v);
  return p.kind === 'number' ? p.value : null;
}

/**
 * `818`, `-5`, `197915.04` — a plain decimal as a CSV writes numbers — read by character codes; null for any other
 * text (units, separators, full-width digits …), which the one value parser reads. Both give the same number.
 */
function plainDecimal(v: string): number | null {
  const n = v.length;
  if (n === 0 || n > 15) return null;
  let k = v.charCodeAt(0) === 45 ? 1 : 0;
  const digitsFrom = k;
  while (k < n && v.charCodeAt(k) >= 48 && v.charCodeAt(k) <= 57) k++;
  if (k === digitsFrom) return null;
  if (k < n) {
    if (v.charCodeAt(k) !== 46 || k === n - 1) return null;
    k++;
    while (k < n && v.charCodeAt(k) >= 48 && v.charCodeAt(k) <= 57) k++;
    if (k < n) return null;
  }
  return Number(v);
}

/**
 * An amount in 元, so that one column's cells add up whatever unit each was typed in: `5万元` is 50000, `800元`
 * is 800, and a bare number is in the column's unit (`columnScale` 10000 under a header `标的额（万元）`).
 */
export function readAmount(v: CellValue | undefined, columnScale = 1): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v * columnScale : null;
  if (typeof v === 'string') {
    const plain = plainDecimal(v);
    if (plain !== null) return plain * columnScale;
  }
  const p = parseCellValue(v);
  if (p.kind !== 'number') return null;
  if (p.unit === '万元') return p.value * 10000;
  if (p.unit === '元') return p.value;
  return p.value * columnScale;
}

/** The scale of a money column's bare numbers from its header's unit: `（万元）` → 10000, else 1 (元). */
export function amountScale(headerUnit: string | null): number {
  return headerUnit !== null && headerUnit.includes('万元') ? 10000 : 1;
}

/** A text cell, trimmed; numbers as text; blank or an error is null. */
export function readText(v: CellValue | undefined): string | null {
  if (v === null || v === undefined || isErrorValue(v)) return null;
  const t = String(v).trim();
  return t === '' ? null : t;
}
