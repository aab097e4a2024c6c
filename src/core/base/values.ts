/**
 * What statisticians type in cells, read as numbers — the one parser every part of the engine uses.
 *
 * Accepted (conventions of docs/domain/indicators.md):
 * - numbers as numbers; numeric text with full-width digits (`９２`), thousands separators (`1,234`, `1，234`),
 *   a sign (`-3`, `−3`, `+3`), decimals, exponent (`1e3`);
 * - percent text: `92%` / `92％` → 0.92 (a fraction, like Excel's own `92%` entry);
 * - per-mille text: `1.5‰` → 0.0015 — also a fraction, so `‰` and `%` texts mean the same kind of number.
 *   The `_PERMILLE` functions return their result in ‰ (1.5 for 1.5‰); a caller that compares such a value
 *   with a parsed cell looks at `unit` (`'‰'`) and scales — `targets.ts` does so for ‰ targets;
 * - a unit suffix: 件 天 人 元 万元 (and 个 笔 名 户 次 日 月 年, 天/件): the number is taken as written, the
 *   suffix is reported in `unit`. `12万元` is 12 (in 万元), not 120000: amounts of one column share a unit, and
 *   a ratio of two amounts does not depend on it;
 * - blank (null, undefined, empty or spaces only) → missing; what a blank means is the caller's rule (the ZX
 *   functions count a blank count as 0, docs/functions.md).
 * Rejected with a Chinese reason: dashes (`—`, `-`, `/`), words (`abc`, `无`), booleans, malformed numbers,
 * digits with a space between them (`1 2` is not 12; a space before a unit, `12 件`, is fine).
 * Excel error values (an ErrorValue, or the exact text of an error code such as `#DIV/0!`) propagate.
 */
import { excerpt, foldWidth, numberText } from './text';
import { isErrorValue, type CellValue, type ErrorValue, type ExcelErrorCode } from './grid';

export type ParsedValue =
  | { kind: 'number'; value: number; /** `%`, `‰`, `件`, `万元` … when the text carried one */ unit?: string }
  | { kind: 'missing' }
  | { kind: 'invalid'; reason: string }
  | { kind: 'error'; error: ErrorValue };

const ERROR_CODES: ExcelErrorCode[] = [
  '#DIV/0!',
  '#VALUE!',
  '#N/A',
  '#NUM!',
  '#REF!',
  '#NAME?',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
];

/** unit suffixes accepted after a number, longest first so `万元` wins over `元` */
export const UNIT_SUFFIXES = ['天/件', '万元', '件', '天', '人', '元', '个', '笔', '名', '户', '次', '日', '月', '年'];

/** texts that mean "nothing reported / not applicable" — invalid as numbers, named in the reason */
const DASHES = /^[-－—–―‐‑~～/／\\、.·…]+$/;

/** a dash or slash (`-`, `—`, `/` …): what a court writes for "not reported / not applicable" */
export function isDash(v: CellValue | undefined): boolean {
  return typeof v === 'string' && v.trim() !== '' && DASHES.test(numberText(v));
}

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;


/** Excel error code spelled as text (`#DIV/0!`), or null */
export function errorCodeOf(text: string): ExcelErrorCode | null {
  const t = text.trim().toUpperCase();
  return ERROR_CODES.find((c) => c === t) ?? null;
}

const shown = (v: string): string => excerpt(v);

/** a space between two digits (`1 2`, `1 000`): two numbers or a typo, never one number */
const SPACE_INSIDE_NUMBER = /[\d.,]\s+[\d.,]/;

/** Parse one cell as a number. See the module comment for what is accepted. */
export function parseCellValue(v: CellValue | undefined): ParsedValue {
  if (v === null || v === undefined) return { kind: 'missing' };
  if (isErrorValue(v)) return { kind: 'error', error: v };
  if (typeof v === 'number') {
    if (Number.isFinite(v)) return { kind: 'number', value: v };
    return { kind: 'invalid', reason: `「${v}」不是有限的数` };
  }
  if (typeof v === 'boolean') return { kind: 'invalid', reason: `逻辑值 ${v ? 'TRUE' : 'FALSE'} 不是数字` };
  if (typeof v !== 'string') return { kind: 'invalid', reason: '不是数字' };
  if (v.trim() === '') return { kind: 'missing' };
  const code = errorCodeOf(v);
  if (code) return { kind: 'error', error: { error: code } };

  if (SPACE_INSIDE_NUMBER.test(foldWidth(v).trim()))
    return { kind: 'invalid', reason: `「${shown(v.trim())}」的数字中间有空格，不是一个数字` };
  let t = numberText(v);
  if (DASHES.test(t)) return { kind: 'invalid', reason: `「${shown(v.trim())}」表示未填报或不适用，不是数字（确为0请填0）` };

  let unit: string | undefined;
  let scale = 1;
  if (t.endsWith('%')) {
    unit = '%';
    scale = 0.01;
    t = t.slice(0, -1);
  } else if (t.endsWith('‰')) {
    unit = '‰';
    scale = 0.001;
    t = t.slice(0, -1);
  } else {
    const suffix = UNIT_SUFFIXES.find((s) => t.endsWith(s) && t.length > s.length);
    if (suffix) {
      unit = suffix;
      t = t.slice(0, -suffix.length);
    }
  }
  if (t.includes(',')) {
    if (!GROUPED_NUMBER.test(t)) return { kind: 'invalid', reason: `「${shown(v.trim())}」的千位分隔符位置不对，不是数字` };
    t = t.replace(/,/g, '');
  }
  if (!PLAIN_NUMBER.test(t)) return { kind: 'invalid', reason: `「${shown(v.trim())}」不是数字` };
  const n = Number(t);
  if (!Number.isFinite(n)) return { kind: 'invalid', reason: `「${shown(v.trim())}」超出数值范围` };
  // scale by division for % so that 92% is exactly 0.92 (92 * 0.01 is 0.9200000000000002)
  const value = scale === 1 ? n : n / (1 / scale);
  return unit ? { kind: 'number', value, unit } : { kind: 'number', value };
}

/** The number in a cell, or null when the cell is not a number (missing, invalid, error). */
export function numberOf(v: CellValue | undefined): number | null {
  const p = parseCellValue(v);
  return p.kind === 'number' ? p.value : null;
}

/** What a column holds; fixes how its cells are read and formatted. */
export type ValueKind =
  | 'count'
  | 'rate'
  | 'permille'
  | 'days'
  | 'ratio'
  | 'amount'
  | 'date'
  | 'target'
  | 'score'
  | 'rank'
  | 'text';
