/**
 * Reading one argument of a ZX function from a raw cell value, with the one blank rule every function keeps
 * (docs/functions.md, docs/domain/indicators.md):
 * - a blank count is 0, as in Excel's own arithmetic and as courts leave their zero cells blank (a row whose data
 *   arguments are all blank never gets here: it is not assessed, ./apply.ts);
 * - a dash or slash (`-`, `—`, `/`) means not reported → `#N/A` 不考核/未填报;
 * - text that is not a number → `#VALUE!` naming the argument and the reason;
 * - a negative count, amount or number of days → `#NUM!`; a count that is not a whole number → `#NUM!`;
 * - an Excel error in the cell propagates with the argument named.
 * Messages are Chinese and quote at most a short prefix of what the cell holds.
 */
import { isErrorValue, type CellValue, type ErrorValue } from '../base/grid';
import { isDash, parseCellValue } from '../base/values';
import type { ValueKind } from '../base/values';
import { excerpt } from '../base/text';

export function isError(v: unknown): v is ErrorValue {
  return isErrorValue(v);
}

const KIND_WORD: Partial<Record<ValueKind, string>> = {
  count: '件数',
  amount: '金额',
  days: '天数',
  ratio: '数值',
};

/** An Excel error in an argument, passed on with the argument named. */
function propagated(param: string, e: ErrorValue): ErrorValue {
  return { error: e.error, message: `参数「${param}」是错误值 ${e.error}${e.message ? `：${excerpt(e.message, 60)}` : ''}` };
}

/** the error for a dash or slash: the value was not reported, the row is not assessed on it */
export function notReported(param: string, v: string): ErrorValue {
  return { error: '#N/A', message: `参数「${param}」为「${excerpt(v.trim())}」：不考核/未填报` };
}

export interface ReadOptions {
  /**
   * what the value is; counts, amounts, days and ratios cannot be negative (default: count), and a value said
   * to be a count (`kind: 'count'` given) must be a whole number
   */
  kind?: ValueKind;
  /** negative numbers allowed (changes, gaps); default: false for counts, amounts, days, ratios */
  allowNegative?: boolean;
  /** a setting with no default (下降比例, 上限): blank is `#VALUE!` instead of 0 */
  required?: boolean;
}

/** A number from a cell, or the error the function returns for it. */
export function readNumber(v: CellValue | undefined, param: string, options: ReadOptions = {}): number | ErrorValue {
  const p = parseCellValue(v);
  switch (p.kind) {
    case 'error':
      return propagated(param, p.error);
    case 'missing':
      if (options.required) return { error: '#VALUE!', message: `参数「${param}」为空，请填写` };
      return 0;
    case 'invalid':
      if (isDash(v)) return notReported(param, v as string);
      return { error: '#VALUE!', message: `参数「${param}」的值${p.reason}` };
    case 'number': {
      const kind = options.kind ?? 'count';
      const nonNegative = !options.allowNegative && (kind === 'count' || kind === 'amount' || kind === 'days' || kind === 'ratio');
      if (nonNegative && p.value < 0)
        return { error: '#NUM!', message: `参数「${param}」为负数（${p.value}）：${KIND_WORD[kind] ?? '数值'}不能为负` };
      if (options.kind === 'count' && !Number.isInteger(p.value))
        return { error: '#NUM!', message: `参数「${param}」为 ${p.value}：件数应为不小于0的整数` };
      return p.value;
    }
  }
}

/** A text argument (a target text, a name, a variant): numbers become their text, blanks are null. */
export function readText(v: CellValue | undefined, param: string): string | null | ErrorValue {
  if (v === null || v === undefined) return null;
  if (isErrorValue(v)) return propagated(param, v);
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number') return String(v);
  return { error: '#VALUE!', message: `参数「${param}」应为文字，而不是逻辑值` };
}

/** A result that is not a finite number becomes #NUM! (never NaN or Infinity in a cell). */
export function finite(result: number | ErrorValue, what: string): number | ErrorValue {
  if (typeof result === 'number' && !Number.isFinite(result)) return { error: '#NUM!', message: `${what}的计算结果不是有限数` };
  return result;
}

/** blank in the sense of an omitted optional argument or an empty cell */
export function isAbsent(v: CellValue | undefined): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}
