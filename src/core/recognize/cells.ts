/**
 * What one cell looks like to the recogniser: empty, a number (with the precision it is shown at), a target
 * text, a date, an error or plain text. One pass per cell; everything else works on these classes.
 */
import { cellText } from '../base/text';
import { isErrorValue, type CellValue, type Grid } from '../base/grid';
import { parseTarget } from '../targets';
import { parseCellValue } from '../base/values';
import { TARGET_END, TARGET_START } from './vocabulary';

export type CellClass = 'empty' | 'number' | 'percent' | 'target' | 'dash' | 'date' | 'error' | 'text';


const DATE_FORMAT = /(^|[^"\\])(yy|mm-dd|m\/d|d-mmm|yyyy|dd|年|月|日)/i;
const PERCENT_FORMAT = /%/;
const DASH = /^[-－—–―‐/／~～]+$/;

export function isDateFormat(fmt: string | null | undefined): boolean {
  if (!fmt || fmt === 'General') return false;
  return DATE_FORMAT.test(fmt.replace(/"[^"]*"/g, ''));
}

const PERCENT_FORMATS = new Map<string, boolean>();

export function isPercentFormat(fmt: string | null | undefined): boolean {
  if (!fmt) return false;
  let p = PERCENT_FORMATS.get(fmt);
  if (p === undefined) {
    p = PERCENT_FORMAT.test(fmt.replace(/"[^"]*"/g, ''));
    PERCENT_FORMATS.set(fmt, p);
  }
  return p;
}

/** Is this text a target as plans write it (`≧90%`, `不超过65天`, `前三`)? A bare number is not. */
export function isTargetText(text: string): boolean {
  if (!text) return false;
  if (TARGET_START.test(text) || TARGET_END.test(text)) return parseTarget(text) !== null;
  return false;
}

const FORMAT_CLASS = new Map<string, CellClass>();

/** the class a number takes from its format (cached: a sheet has few distinct formats) */
function numberClass(fmt: string | null | undefined): CellClass {
  if (!fmt) return 'number';
  let cls = FORMAT_CLASS.get(fmt);
  if (cls === undefined) {
    cls = isDateFormat(fmt) ? 'date' : isPercentFormat(fmt) ? 'percent' : 'number';
    FORMAT_CLASS.set(fmt, cls);
  }
  return cls;
}

export function classify(v: CellValue, fmt: string | null | undefined): CellClass {
  if (v === null || v === undefined) return 'empty';
  if (typeof v === 'number') return numberClass(fmt);
  if (typeof v === 'boolean') return 'text';
  if (isErrorValue(v)) return 'error';
  const t = cellText(v);
  if (t === '') return 'empty';
  // a text that starts with an ideograph (a court's name, a header) is no dash, number or error code: the parser is spared
  if (startsWithIdeograph(t)) return isTargetText(t) ? 'target' : 'text';
  if (DASH.test(t)) return 'dash';
  const p = parseCellValue(t);
  if (p.kind === 'number') return p.unit === '%' || p.unit === '‰' ? 'percent' : 'number';
  if (p.kind === 'error') return 'error';
  if (isTargetText(t)) return 'target';
  return 'text';
}

/** CJK unified ideographs: what no number, dash or error code begins with */
function startsWithIdeograph(t: string): boolean {
  const ch = t.charCodeAt(0);
  return ch >= 0x4e00 && ch <= 0x9fff;
}

/** A cell that belongs to a table's body rather than to its header. */
export function isValueClass(c: CellClass): boolean {
  return c === 'number' || c === 'percent' || c === 'target' || c === 'dash' || c === 'date' || c === 'error';
}

/** The class of every cell, computed once per grid. */
export class CellClasses {
  private readonly codes: Uint8Array;
  private static readonly ORDER: CellClass[] = ['empty', 'number', 'percent', 'target', 'dash', 'date', 'error', 'text'];
  private static readonly CODE = Object.fromEntries(CellClasses.ORDER.map((c, i) => [c, i])) as Record<CellClass, number>;
  readonly rows: number;
  readonly cols: number;

  constructor(readonly grid: Grid) {
    this.rows = grid.values.length;
    // rectangular by contract; the widest row counts should a producer slip
    let cols = 0;
    for (const row of grid.values) if (row.length > cols) cols = row.length;
    this.cols = cols;
    this.codes = new Uint8Array(this.rows * this.cols);
    const code = CellClasses.CODE;
    const NUMBER = code.number;
    // a column holds runs of one format: a number's class is the class of the format it shares with the cell above
    const lastFormat: (string | null | undefined)[] = new Array(this.cols).fill(null);
    const lastCode = new Uint8Array(this.cols).fill(NUMBER);
    for (let r = 0; r < this.rows; r++) {
      const row = grid.values[r];
      const fmts = grid.numberFormats?.[r];
      const at = r * this.cols;
      for (let c = 0; c < this.cols; c++) {
        const v = row[c];
        if (v === null || v === undefined) continue;
        if (typeof v === 'number') {
          // numbers are the bulk of a large sheet: classified by their format alone, without the parser
          const fmt = fmts ? fmts[c] : null;
          if (!fmt) this.codes[at + c] = NUMBER;
          else if (fmt === lastFormat[c]) this.codes[at + c] = lastCode[c];
          else {
            lastFormat[c] = fmt;
            this.codes[at + c] = lastCode[c] = code[classify(v, fmt)];
          }
        } else this.codes[at + c] = code[classify(v, fmts?.[c])];
      }
    }
  }

  at(r: number, c: number): CellClass {
    if (r < 0 || c < 0 || r >= this.rows || c >= this.cols) return 'empty';
    return CellClasses.ORDER[this.codes[r * this.cols + c]];
  }

  isEmpty(r: number, c: number): boolean {
    return this.codes[r * this.cols + c] === 0;
  }
}

const FORMAT_DECIMALS = new Map<string, number | null>();

/** the decimals a number format shows, as a fraction (`0.00%` → 4); null when it does not fix them */
function formatDecimals(fmt: string): number | null {
  let d = FORMAT_DECIMALS.get(fmt);
  if (d === undefined) {
    const f = fmt.split(';')[0].replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
    const m = /0\.(0+)/.exec(f);
    const shown = m ? m[1].length : /[0#]/.test(f) ? 0 : null;
    d = shown === null ? null : PERCENT_FORMAT.test(f) ? shown + 2 : shown;
    FORMAT_DECIMALS.set(fmt, d);
  }
  return d;
}

/** Decimal places a published number is shown with: from its format (`0.00%` → 4 as a fraction) or its text. */
export function shownDecimals(v: CellValue, fmt: string | null | undefined): number | null {
  if (typeof v === 'string') {
    const t = cellText(v);
    const m = /^[+-]?\d[\d,]*(?:\.(\d+))?\s*(%|‰)?/.exec(t);
    if (!m) return null;
    const d = m[1] ? m[1].length : 0;
    return m[2] === '%' ? d + 2 : m[2] === '‰' ? d + 3 : d;
  }
  if (typeof v !== 'number') return null;
  if (fmt && fmt !== 'General' && fmt !== '@') {
    const d = formatDecimals(fmt);
    if (d !== null) return d;
  }
  // General: the digits as typed (Excel shows up to ~10 significant digits)
  const s = String(v);
  if (/e/i.test(s)) return null;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : Math.min(s.length - dot - 1, 10);
}
