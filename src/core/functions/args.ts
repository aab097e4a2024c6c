/**
 * Reading one argument of a ZX function from a raw cell value, with the conventions every function keeps
 * (docs/domain/indicators.md): bad text → `#VALUE!` naming the argument, blank → `#VALUE!` unless the input says
 * blankAsZero, a negative count → `#NUM!`, an Excel error in the cell propagates. Messages are Chinese.
 */
import { isErrorValue, type CellValue, type ErrorValue } from '../base/grid';
import { parseCellValue } from '../base/values';
import type { ValueKind } from '../base/values';

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
  return { error: e.error, message: `参数「${param}」是错误值 ${e.error}${e.message ? `：${e.message}` : ''}` };
}

export interface ReadOptions {
  /** a blank cell counts as 0 (only where the 统计口径 says so) */
  blankAsZero?: boolean;
  /** what the value is; counts, amounts and days cannot be negative */
  kind?: ValueKind;
  /** negative numbers allowed (changes, gaps); default: false for counts, amounts, days */
  allowNegative?: boolean;
}

/** A number from a cell, or the error the function returns for it. */
export function readNumber(v: CellValue | undefined, param: string, options: ReadOptions = {}): number | ErrorValue {
  const p = parseCellValue(v);
  switch (p.kind) {
    case 'error':
      return propagated(param, p.error);
    case 'missing':
      if (options.blankAsZero) return 0;
      return {
        error: '#VALUE!',
        message: `参数「${param}」为空：未填报不等于0，若确为0请填0`,
      };
    case 'invalid':
      return { error: '#VALUE!', message: `参数「${param}」的值${p.reason}` };
    case 'number': {
      const kind = options.kind ?? 'count';
      const nonNegative = !options.allowNegative && (kind === 'count' || kind === 'amount' || kind === 'days' || kind === 'ratio');
      if (nonNegative && p.value < 0)
        return { error: '#NUM!', message: `参数「${param}」为负数（${p.value}）：${KIND_WORD[kind] ?? '数值'}不能为负` };
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
