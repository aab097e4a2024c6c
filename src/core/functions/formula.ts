/**
 * Formulas as expression trees. One tree gives both the formula text written into the cell and the value the
 * engine expects the cell to show, so the two cannot drift apart: ZX functions are evaluated by the very
 * FunctionDefs the add-in registers, and the few Excel built-ins the fill uses are evaluated here the way
 * Excel does (blank = 0 in arithmetic, errors propagate, RANK.EQ ties share the best rank).
 */
import type { FunctionDef } from './types';
import { callScalar } from './apply';
import { address, columnLetter, isErrorValue, type CellValue, type ErrorValue } from '../base/grid';
import { maxOf, minOf, pushAll } from '../base/arrays';

export type BinaryOp = '+' | '-' | '*' | '/' | '>=' | '<=' | '>' | '<' | '=' | '<>';

export type Expr =
  /** a number; `text` is how the formula writes it (`10%`) */
  | { kind: 'num'; value: number; text?: string }
  | { kind: 'str'; value: string }
  | { kind: 'bool'; value: boolean }
  /** a cell, sheet-absolute 0-based; `absolute` writes `$C$5` */
  | { kind: 'ref'; sheet: string; row: number; col: number; absolute?: boolean }
  | { kind: 'range'; sheet: string; top: number; left: number; bottom: number; right: number; absolute?: boolean }
  /** several ranges as one reference, `($C$5:$C$7,$C$9:$C$12)` */
  | { kind: 'union'; parts: Expr[] }
  /** `ZX.STEP_SCORE`, `SUM`, `RANK.EQ`; a null argument is an omitted one (`f(a,,c)`) */
  | { kind: 'call'; name: string; args: (Expr | null)[] }
  | { kind: 'op'; op: BinaryOp; left: Expr; right: Expr }
  | { kind: 'neg'; arg: Expr };

// ---- builders, so the fill reads like the formulas it writes ----
export const num = (value: number, text?: string): Expr => ({ kind: 'num', value, ...(text ? { text } : {}) });
export const pct = (fraction: number): Expr => num(fraction, `${+(fraction * 100).toFixed(10)}%`);
export const str = (value: string): Expr => ({ kind: 'str', value });
export const ref = (sheet: string, row: number, col: number, absolute = false): Expr => ({ kind: 'ref', sheet, row, col, ...(absolute ? { absolute } : {}) });
export const range = (sheet: string, top: number, left: number, bottom: number, right: number, absolute = false): Expr => ({
  kind: 'range',
  sheet,
  top,
  left,
  bottom,
  right,
  ...(absolute ? { absolute } : {}),
});
export const call = (name: string, ...args: (Expr | null)[]): Expr => ({ kind: 'call', name, args });
export const zx = (id: string, ...args: (Expr | null)[]): Expr => call(`ZX.${id}`, ...args);
export const op = (o: BinaryOp, left: Expr, right: Expr): Expr => ({ kind: 'op', op: o, left, right });
export const neg = (arg: Expr): Expr => ({ kind: 'neg', arg });

/**
 * The sum of several terms as a statistician would write it: `SUM(C5:G5)` when they are adjacent cells of one
 * row (or one column), else `a+b+c`.
 */
export function sumOf(terms: Expr[]): Expr {
  if (terms.length === 1) return terms[0];
  const block = asRange(terms);
  return block ? call('SUM', block) : terms.reduce((acc, t) => op('+', acc, t));
}

/** adjacent cells of one row or one column as one range (`AA5:AA12`), or null */
export function asRange(terms: Expr[]): Expr | null {
  const refs = terms.filter((t): t is Extract<Expr, { kind: 'ref' }> => t.kind === 'ref');
  if (refs.length < 2 || refs.length !== terms.length || !refs.every((r) => r.sheet === refs[0].sheet)) return null;
  const sameRow = refs.every((r) => r.row === refs[0].row);
  const sameCol = refs.every((r) => r.col === refs[0].col);
  const along = sameRow ? refs.map((r) => r.col) : sameCol ? refs.map((r) => r.row) : null;
  if (!along) return null;
  const sorted = [...along].sort((a, b) => a - b);
  if (!sorted.every((v, i) => i === 0 || v === sorted[i - 1] + 1)) return null;
  const r0 = refs[0];
  return sameRow
    ? range(r0.sheet, r0.row, sorted[0], r0.row, sorted[sorted.length - 1])
    : range(r0.sheet, sorted[0], r0.col, sorted[sorted.length - 1], r0.col);
}

/** `Sheet1`, `'质效数据'` — quoted unless a plain ASCII name, as Excel writes it */
export function sheetPrefix(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

function cellText(row: number, col: number, absolute?: boolean): string {
  return absolute ? `$${columnLetter(col)}$${row + 1}` : address(row, col);
}

const PRECEDENCE: Record<BinaryOp, number> = { '=': 1, '<>': 1, '<': 1, '>': 1, '<=': 1, '>=': 1, '+': 2, '-': 2, '*': 3, '/': 3 };

function numberText(n: number): string {
  // Excel reads plain decimals; avoid exponent notation for the small/large numbers the fill uses
  return Number.isInteger(n) ? String(n) : String(+n.toPrecision(15));
}

/** The formula text (with the leading `=`), references relative to `home` (the sheet the cell is on). */
export function formulaText(expr: Expr, home: string): string {
  return '=' + render(expr, home);
}

function render(e: Expr, home: string): string {
  switch (e.kind) {
    case 'num':
      return e.text ?? numberText(e.value);
    case 'str':
      return `"${e.value.replace(/"/g, '""')}"`;
    case 'bool':
      return e.value ? 'TRUE' : 'FALSE';
    case 'ref':
      return (e.sheet === home ? '' : sheetPrefix(e.sheet)) + cellText(e.row, e.col, e.absolute);
    case 'range':
      return (
        (e.sheet === home ? '' : sheetPrefix(e.sheet)) + cellText(e.top, e.left, e.absolute) + ':' + cellText(e.bottom, e.right, e.absolute)
      );
    case 'union':
      return `(${e.parts.map((p) => render(p, home)).join(',')})`;
    case 'call':
      return `${e.name}(${e.args.map((a) => (a ? render(a, home) : '')).join(',')})`;
    case 'neg': {
      const inner = render(e.arg, home);
      return e.arg.kind === 'op' ? `-(${inner})` : `-${inner}`;
    }
    case 'op': {
      const p = PRECEDENCE[e.op];
      const l = render(e.left, home);
      const r = render(e.right, home);
      const wrapL = e.left.kind === 'op' && PRECEDENCE[e.left.op] < p;
      // the right side also needs brackets at equal precedence: a-(b-c), a/(b*c)
      const wrapR = e.right.kind === 'op' && PRECEDENCE[e.right.op] <= p;
      return `${wrapL ? `(${l})` : l}${e.op}${wrapR ? `(${r})` : r}`;
    }
  }
}

/** Where an evaluation reads cells (the workbook as it will be after the writes planned so far). */
export interface EvalEnv {
  cell(sheet: string, row: number, col: number): CellValue;
  /** ZX functions by id (`FWXS_RATE`) */
  functions: ReadonlyMap<string, FunctionDef>;
}

type Value = CellValue | CellValue[][];

const err = (error: ErrorValue['error'], message?: string): ErrorValue => ({ error, ...(message ? { message } : {}) });

/** Excel's arithmetic coercion of one value: blank 0, TRUE 1, numeric text its number, other text #VALUE!. */
function toNumber(v: CellValue): number | ErrorValue {
  if (v === null || v === undefined) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (isErrorValue(v)) return v;
  const t = v.trim();
  if (t === '') return 0;
  const pctMatch = /^([-+]?\d+(?:\.\d+)?)%$/.exec(t);
  if (pctMatch) return Number(pctMatch[1]) / 100;
  const n = Number(t);
  return Number.isFinite(n) ? n : err('#VALUE!', `「${t}」不是数值`);
}

/** Round to 15 significant digits, as Excel does before comparing or taking CEILING of a product. */
export function excelRound15(x: number): number {
  return x === 0 || !Number.isFinite(x) ? x : +x.toPrecision(15);
}

function flatten(v: Value): CellValue[] {
  return Array.isArray(v) ? v.flat() : [v];
}

/** Numbers of SUM-like arguments: in ranges only numbers count (text and blanks are skipped); errors propagate. */
function numbersOf(args: Value[]): number[] | ErrorValue {
  const out: number[] = [];
  for (const a of args) {
    if (Array.isArray(a)) {
      for (const v of a.flat()) {
        if (isErrorValue(v)) return v;
        if (typeof v === 'number') out.push(v);
      }
    } else {
      const n = toNumber(a);
      if (isErrorValue(n)) return n;
      out.push(n);
    }
  }
  return out;
}

function compare(a: CellValue, b: CellValue, o: BinaryOp): boolean | ErrorValue {
  if (isErrorValue(a)) return a;
  if (isErrorValue(b)) return b;
  const na = typeof a === 'number' ? a : a === null ? 0 : typeof a === 'boolean' ? (a ? 1 : 0) : null;
  const nb = typeof b === 'number' ? b : b === null ? 0 : typeof b === 'boolean' ? (b ? 1 : 0) : null;
  let c: number;
  if (na !== null && nb !== null) {
    const x = excelRound15(na);
    const y = excelRound15(nb);
    c = x < y ? -1 : x > y ? 1 : 0;
  } else {
    const x = String(a ?? '').toLowerCase();
    const y = String(b ?? '').toLowerCase();
    c = x < y ? -1 : x > y ? 1 : 0;
  }
  switch (o) {
    case '=':
      return c === 0;
    case '<>':
      return c !== 0;
    case '<':
      return c < 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    default:
      return c >= 0;
  }
}

function scalarOf(v: Value): CellValue {
  // a range used where one value is expected: Excel's implicit intersection is out of scope; take the first cell
  return Array.isArray(v) ? (v[0]?.[0] ?? null) : v;
}

const BUILTINS: Record<string, (args: Value[]) => Value> = {
  SUM: (args) => {
    const ns = numbersOf(args);
    return isErrorValue(ns) ? ns : ns.reduce((s, n) => s + n, 0);
  },
  AVERAGE: (args) => {
    const ns = numbersOf(args);
    if (isErrorValue(ns)) return ns;
    return ns.length ? ns.reduce((s, n) => s + n, 0) / ns.length : err('#DIV/0!');
  },
  MIN: (args) => {
    const ns = numbersOf(args);
    return isErrorValue(ns) ? ns : minOf(ns, 0);
  },
  MAX: (args) => {
    const ns = numbersOf(args);
    return isErrorValue(ns) ? ns : maxOf(ns, 0);
  },
  CEILING: (args) => {
    const x = toNumber(scalarOf(args[0]));
    const s = toNumber(scalarOf(args[1] ?? 1));
    if (isErrorValue(x)) return x;
    if (isErrorValue(s)) return s;
    if (s === 0) return 0;
    if (x > 0 && s < 0) return err('#NUM!');
    return Math.ceil(excelRound15(x / s)) * s;
  },
  ROUND: (args) => {
    const x = toNumber(scalarOf(args[0]));
    const d = toNumber(scalarOf(args[1] ?? 0));
    if (isErrorValue(x)) return x;
    if (isErrorValue(d)) return d;
    const f = Math.pow(10, d);
    return (Math.sign(x) * Math.round(excelRound15(Math.abs(x) * f))) / f;
  },
  IF: (args) => {
    const c = scalarOf(args[0]);
    if (isErrorValue(c)) return c;
    const truth = typeof c === 'boolean' ? c : typeof c === 'number' ? c !== 0 : c === null ? false : null;
    if (truth === null) return err('#VALUE!');
    return truth ? (args[1] ?? true) : (args[2] ?? false);
  },
  NA: () => err('#N/A'),
  IFNA: (args) => {
    const v = scalarOf(args[0]);
    return isErrorValue(v) && v.error === '#N/A' ? (args[1] ?? null) : args[0];
  },
  'RANK.EQ': (args) => {
    const x = toNumber(scalarOf(args[0]));
    if (isErrorValue(x)) return x;
    const values = flatten(args[1] ?? null).filter((v): v is number => typeof v === 'number');
    const ascending = args[2] !== undefined && toNumber(scalarOf(args[2])) !== 0;
    if (!values.some((v) => excelRound15(v) === excelRound15(x))) return err('#N/A', '数值不在排名区域中');
    const better = values.filter((v) => (ascending ? excelRound15(v) < excelRound15(x) : excelRound15(v) > excelRound15(x))).length;
    return better + 1;
  },
};

export const SUPPORTED_BUILTINS = Object.keys(BUILTINS);

/** Evaluate an expression as Excel would show it. */
export function evaluate(e: Expr, env: EvalEnv): CellValue {
  return scalarOf(evalValue(e, env));
}

function evalValue(e: Expr, env: EvalEnv): Value {
  switch (e.kind) {
    case 'num':
      return e.value;
    case 'str':
      return e.value;
    case 'bool':
      return e.value;
    case 'ref':
      return env.cell(e.sheet, e.row, e.col);
    case 'range': {
      const rows: CellValue[][] = [];
      for (let r = e.top; r <= e.bottom; r++) {
        const row: CellValue[] = [];
        for (let c = e.left; c <= e.right; c++) row.push(env.cell(e.sheet, r, c));
        rows.push(row);
      }
      return rows;
    }
    case 'union': {
      const cells: CellValue[] = [];
      for (const p of e.parts) pushAll(cells, flatten(evalValue(p, env)));
      return [cells];
    }
    case 'neg': {
      const n = toNumber(scalarOf(evalValue(e.arg, env)));
      return isErrorValue(n) ? n : -n;
    }
    case 'op': {
      const a = scalarOf(evalValue(e.left, env));
      const b = scalarOf(evalValue(e.right, env));
      if (['=', '<>', '<', '>', '<=', '>='].includes(e.op)) return compare(a, b, e.op);
      const x = toNumber(a);
      if (isErrorValue(x)) return x;
      const y = toNumber(b);
      if (isErrorValue(y)) return y;
      switch (e.op) {
        case '+':
          return x + y;
        case '-':
          return x - y;
        case '*':
          return x * y;
        default:
          return y === 0 ? err('#DIV/0!') : x / y;
      }
    }
    case 'call': {
      if (e.name.startsWith('ZX.')) {
        const def = env.functions.get(e.name.slice(3));
        if (!def) return err('#NAME?', `没有函数 ${e.name}`);
        const args = e.args.map((a) => (a ? scalarOf(evalValue(a, env)) : undefined));
        return callScalar(def, args);
      }
      const builtin = BUILTINS[e.name];
      if (!builtin) return err('#NAME?', `不支持的函数 ${e.name}`);
      if (e.name === 'IF') {
        // only the branch taken is evaluated, as in Excel
        const c = evalValue(e.args[0]!, env);
        const chosen = BUILTINS.IF([c, 1, 0]);
        if (isErrorValue(chosen as CellValue)) return chosen;
        const branch = chosen === 1 ? e.args[1] : e.args[2];
        return branch ? evalValue(branch, env) : chosen === 1;
      }
      if (e.name === 'IFNA') {
        // the fallback only when the value is #N/A, as in Excel
        const v = evalValue(e.args[0]!, env);
        const s = scalarOf(v);
        return isErrorValue(s) && s.error === '#N/A' ? (e.args[1] ? evalValue(e.args[1], env) : null) : v;
      }
      return builtin(e.args.map((a) => (a ? evalValue(a, env) : null)));
    }
  }
}
