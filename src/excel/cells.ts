/**
 * Conversions between what Office.js hands over (`values`, `formulas` arrays) and the engine's CellValue.
 */
import type { CellValue, ExcelErrorCode } from '../core/base/grid';
import { isErrorValue } from '../core/base/grid';

const ERROR_CODES = new Set<string>(['#DIV/0!', '#VALUE!', '#N/A', '#NUM!', '#REF!', '#NAME?', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA']);

/**
 * Office.js gives "" for an empty cell and the error's text for an error cell. A text cell that reads exactly
 * like an error code (`#N/A` typed with an apostrophe) is taken as the error: reading `valueTypes` to tell them
 * apart would double the payload for a case statisticians do not have.
 */
export function fromOfficeValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string' && ERROR_CODES.has(v)) return { error: v as ExcelErrorCode };
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

/** Would Excel read this text as something else than text when written through `formulas`? */
function needsApostrophe(s: string): boolean {
  if (s === '') return false;
  // a formula, a quoted text, or a sign followed by anything (Excel reads `-abc` as a formula); a lone `-` is text
  if (/^[=@']/.test(s) || /^[+-]./.test(s)) return true;
  if (/^(true|false)$/i.test(s.trim())) return true;
  if (ERROR_CODES.has(s.trim())) return true;
  // numbers, percents, dates and times Excel would convert
  if (/^\s*[-+]?(\d[\d,]*\.?\d*|\.\d+)(e[-+]?\d+)?\s*%?\s*$/i.test(s)) return true;
  if (/^\s*\d{1,4}[-/年.]\d{1,2}([-/月.]\d{1,4}日?)?\s*$/.test(s)) return true;
  if (/^\s*\d{1,2}:\d{2}(:\d{2})?\s*$/.test(s)) return true;
  return false;
}

/** The entry for `range.formulas` that puts exactly this value in the cell (text stays text). */
export function toFormulaEntry(v: CellValue): string | number | boolean {
  if (v === null) return '';
  if (isErrorValue(v)) return v.error;
  if (typeof v === 'string') return needsApostrophe(v) ? `'${v}` : v;
  return v;
}

/**
 * What a cell held, as the entry that restores it: its formula, or its constant. Office's `formulas` returns a
 * text constant as the bare text, so a text equal to its own value is a constant (and gets the apostrophe
 * back when Excel would otherwise convert it).
 */
export function restoringEntry(formula: unknown, value: unknown): string | number | boolean {
  if (typeof formula === 'string' && formula.startsWith('=') && formula !== value) return formula;
  return toFormulaEntry(fromOfficeValue(value));
}

export function isEmptyCell(formula: unknown, value: unknown): boolean {
  return (formula === '' || formula === null || formula === undefined) && (value === '' || value === null || value === undefined);
}
