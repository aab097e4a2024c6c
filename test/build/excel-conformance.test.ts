/**
 * The ZX functions called exactly as Excel's runtime calls them (issue 17): the built add-in's own files —
 * dist/functions.js run with a stand-in `CustomFunctions` that records what it associates, and
 * dist/functions.json for how each function is called. Nothing here writes a call shape by hand: every argument
 * is shaped from the metadata (dimensionality → a matrix or a value; an omitted optional → null; a repeating
 * parameter → ONE argument holding an array of matrices; the invocation object last), a blank cell is passed as
 * Excel passes it (null; 0 in older builds), and an error cell reaches the function only when the metadata
 * allows errors (allowErrorForDataTypeAny), else Excel answers the error itself without calling.
 *
 * Each call's result is compared with the engine called in formula order (invokeDef), so the Excel glue — the
 * associate ids, the packing of arguments, the errors Excel is given — is what is tested.
 *
 * Reads dist/ and builds nothing: without it the tests fail and say to run `npm run build` (the `test` script
 * builds before jest).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { ALL_FUNCTIONS } from '../../src/core/functions/registry';
import type { FunctionDef } from '../../src/core/functions/types';
import { invokeDef } from '../../src/core/functions/invoke';
import { EXCEL_ROWS } from '../../src/core/functions/apply';
import { isErrorValue, type CellValue } from '../../src/core/base/grid';
import { CUSTOM_FUNCTIONS_RUNTIME } from '../../src/custom-functions/excel';

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');

function readDist(name: string): string {
  const file = path.join(DIST, name);
  if (!fs.existsSync(file)) {
    throw new Error(`dist/${name} 不存在：先运行 npm run build（dist/${name} is missing: run \`npm run build\` first）`);
  }
  return fs.readFileSync(file, 'utf8');
}

// ---- Excel's side: the metadata, the runtime stand-in, the bundle ----------------------------------------

interface ParamMeta {
  name: string;
  dimensionality?: 'scalar' | 'matrix';
  type?: string;
  optional?: boolean;
  repeating?: boolean;
}
interface FunctionMeta {
  id: string;
  name: string;
  parameters: ParamMeta[];
  result: { dimensionality?: 'scalar' | 'matrix' };
}
interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  allowCustomDataForDataTypeAny?: boolean;
  functions: FunctionMeta[];
}

/** CustomFunctions.Error as the runtime has it: a code and, for #VALUE! and #N/A, a message */
class ExcelError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

/** dist/functions.js run as the shared runtime runs it; what it associates, by id */
function loadBundle(source: string): Map<string, (...args: unknown[]) => unknown> {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const CustomFunctions = {
    Error: ExcelError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!', nullReference: '#NULL!' },
    associate(id: string | Record<string, (...args: unknown[]) => unknown>, fn?: (...args: unknown[]) => unknown) {
      if (typeof id === 'string') associated.set(id.toUpperCase(), fn!);
      else for (const [k, f] of Object.entries(id)) associated.set(k.toUpperCase(), f);
    },
  };
  const context: Record<string, unknown> = { CustomFunctions, console };
  context.self = context;
  context.window = context;
  context.globalThis = context;
  vm.runInNewContext(source, context, { filename: 'dist/functions.js' });
  return associated;
}

/** a cell of the sheet, before Excel passes it: a value, a blank (undefined) or an error */
type SheetCell = CellValue | undefined;
/** an argument as written in the formula: omitted, one cell, or a range (rows of cells) */
type SheetArg = { omitted: true } | { cells: SheetCell[][] };
const cell = (v: SheetCell): SheetArg => ({ cells: [[v]] });
const range = (cells: SheetCell[][]): SheetArg => ({ cells });
const omitted: SheetArg = { omitted: true };

interface Build {
  /** how Excel passes a blank cell: null (current builds), 0 (older builds) */
  blank: null | 0;
}
const CURRENT: Build = { blank: null };
const OLDER: Build = { blank: 0 };

/** the first error among an argument's cells, or null (once per argument: a whole column is a million cells) */
const ERRORS = new WeakMap<SheetArg, SheetCell | null>();
function errorIn(a: SheetArg): SheetCell | null {
  if ('omitted' in a) return null;
  if (!ERRORS.has(a)) {
    let found: SheetCell | null = null;
    for (const row of a.cells) for (const v of row) if (found === null && isErrorValue(v)) found = v;
    ERRORS.set(a, found);
  }
  return ERRORS.get(a)!;
}

/** the first error among the cells Excel would pass, or null */
function firstError(args: SheetArg[][]): SheetCell | null {
  for (const group of args) for (const a of group) if (errorIn(a)) return errorIn(a);
  return null;
}

/** an argument's cells as Excel passes them in a build, made once per argument and build (Excel's own copy) */
const PASSED = new WeakMap<SheetArg, Map<null | 0, unknown[][]>>();
function passedCells(a: { cells: SheetCell[][] }, build: Build): unknown[][] {
  let byBuild = PASSED.get(a);
  if (!byBuild) PASSED.set(a, (byBuild = new Map()));
  let m = byBuild.get(build.blank);
  if (!m) {
    const passCell = (v: SheetCell): unknown => (v === undefined ? build.blank : isErrorValue(v) ? new ExcelError(v.error, v.message) : v);
    // rows the sheet shares (the blank rows of a whole column) are converted once and stay shared
    let last: SheetCell[] | null = null;
    let lastOut: unknown[] = [];
    m = new Array(a.cells.length);
    for (let r = 0; r < a.cells.length; r++) {
      const row = a.cells[r];
      if (row !== last) [last, lastOut] = [row, row.map(passCell)];
      m[r] = lastOut;
    }
    byBuild.set(build.blank, m);
  }
  return m;
}

/**
 * One call as Excel makes it. `args` has one entry per parameter of the metadata; a repeating parameter's entry
 * lists the arguments written for it. Returns what the function returns (Excel shows it or spills it).
 */
function excelCall(meta: Metadata, fn: FunctionMeta, bundle: Map<string, (...args: unknown[]) => unknown>, args: SheetArg[][], build: Build = CURRENT): unknown {
  const error = firstError(args);
  if (error && isErrorValue(error) && !meta.allowErrorForDataTypeAny) {
    // Excel does not call a function whose inputs hold an error it may not take: the result is that error
    return new ExcelError(error.error);
  }
  const shaped = (p: ParamMeta, a: SheetArg): unknown => {
    if ('omitted' in a) return null;
    const matrix = passedCells(a, build);
    return p.dimensionality === 'scalar' ? matrix[0][0] : matrix;
  };
  const passed = fn.parameters.map((p, i) => {
    const given = args[i] ?? [omitted];
    if (p.repeating) return given.filter((a) => !('omitted' in a)).map((a) => shaped(p, a));
    if ('omitted' in given[0] && !p.optional) throw new Error(`${fn.id}: 必填参数 ${p.name} 未给出，Excel 不接受这样的公式`);
    return shaped(p, given[0]);
  });
  const f = bundle.get(fn.id);
  if (!f) throw new Error(`dist/functions.js 没有关联函数 ${fn.id}`);
  const invocation = { functionName: fn.id, address: 'Sheet1!Z1', isInValuePreview: false };
  return f(...passed, invocation);
}

// ---- the engine's side, for comparison ---------------------------------------------------------------

/** the same arguments in formula order, as the engine takes them (a blank is null, an omitted one undefined) */
function formulaArgs(def: FunctionDef, args: SheetArg[][]): unknown[] {
  const out: unknown[] = [];
  def.params.forEach((p, i) => {
    const given = args[i] ?? [omitted];
    for (const a of p.repeating ? given : given.slice(0, 1)) {
      if ('omitted' in a) {
        if (!p.repeating) out.push(undefined);
      } else out.push(a.cells.map((row) => row.map((v) => (v === undefined ? null : v))));
    }
  });
  while (out.length && out[out.length - 1] === undefined) out.pop();
  return out;
}

/** a result as a comparable value: numbers, texts, logical values, '' for empty, `#CODE` for an error */
function shown(v: unknown): unknown {
  if (v instanceof ExcelError) return v.code;
  if (v === null || v === '') return '';
  if (isErrorValue(v)) return v.error === '#VALUE!' || v.error === '#N/A' || v.error === '#DIV/0!' || v.error === '#NUM!' || v.error === '#NULL!' ? v.error : '#VALUE!';
  return v;
}
function shownMatrix(v: unknown): unknown[][] {
  if (Array.isArray(v)) return (v as unknown[][]).map((row) => row.map(shown));
  return [[shown(v)]];
}

// ---- what a sheet holds for each parameter ----------------------------------------------------------

const CASE_NUMBER = '（2023）豫0802民初1234号';
/** a value a cell holds for a parameter, by the parameter's name (the values, not the shapes, are the test's) */
const SAMPLE: Record<string, CellValue> = {
  目标文本: '≥90%',
  目标: '≥90%',
  实际值: 0.92,
  下降比例: 0.1,
  每单位分值: 4,
  上限: 40,
  变化率: 0.105,
  本期: 110,
  上年同期: 100,
  基数: 67,
  月份: 11,
  案号: CASE_NUMBER,
  指标名称: '一审服判息诉率',
};
/** settings left out unless the function needs them: its default is used */
const LEFT_OUT = new Set(['口径', '方向', '单位', '方式']);

function defOf(id: string): FunctionDef {
  const def = ALL_FUNCTIONS.find((f) => f.id === id);
  if (!def) throw new Error(`functions.json 中的 ${id} 不在目录中`);
  return def;
}

/** the data parameters (ParamDef.role) of a function, by position */
function dataPositions(def: FunctionDef): number[] {
  return def.params.flatMap((p, i) => (p.role === 'setting' || p.optional ? [] : [i]));
}

/** a count for data position k of n: the last required one is the largest (usually the denominator) */
function count(def: FunctionDef, i: number, row = 0): CellValue {
  const data = dataPositions(def);
  const k = data.indexOf(i);
  if (k === data.length - 1) return 1000 + row * 10;
  return 10 * (k + 1) + row;
}

function sample(def: FunctionDef, i: number, row = 0): CellValue {
  const p = def.params[i];
  if (p.name in SAMPLE) {
    const v = SAMPLE[p.name];
    return typeof v === 'number' && p.role !== 'setting' ? +(v + row * 0.01).toFixed(4) : v;
  }
  return count(def, i, row);
}

/** one call's arguments: each parameter a single cell (or omitted), data parameters optionally given as `column` */
function argsFor(def: FunctionDef, column?: (i: number) => SheetArg | null): SheetArg[][] {
  return def.params.map((p, i) => {
    if (p.repeating) return def.id === 'INDICATOR' ? [cell(160), cell(1000)] : [cell(count(def, i))];
    const c = column?.(i);
    if (c) return [c];
    if (p.optional && (LEFT_OUT.has(p.name) || p.role !== 'setting')) return [omitted];
    return [cell(sample(def, i))];
  });
}

// ---- the tests ---------------------------------------------------------------------------------------

let meta: Metadata;
let bundle: Map<string, (...args: unknown[]) => unknown>;
let functions: FunctionMeta[];

beforeAll(() => {
  meta = JSON.parse(readDist('functions.json'));
  functions = meta.functions;
  bundle = loadBundle(readDist('functions.js'));
});

function conform(fn: FunctionMeta, args: SheetArg[][], build: Build = CURRENT): unknown[][] {
  const def = defOf(fn.id);
  const got = shownMatrix(excelCall(meta, fn, bundle, args, build));
  const want = shownMatrix(invokeDef(def, formulaArgs(def, args)));
  expect({ id: fn.id, got }).toEqual({ id: fn.id, got: want });
  return got;
}

describe('dist/: what Excel reads and runs', () => {
  test('functions.json lets error cells reach the functions, and asks for no data types (a CustomFunctionsRuntime 1.4 feature)', () => {
    expect(meta.allowErrorForDataTypeAny).toBe(true);
    expect(meta.allowCustomDataForDataTypeAny).toBeUndefined();
  });

  test('functions.js associates every function of functions.json, and nothing else', () => {
    expect([...bundle.keys()].sort()).toEqual(functions.map((f) => f.id).sort());
    expect(functions.length).toBe(ALL_FUNCTIONS.length);
  });

  test('every parameter is a matrix of any, so a cell, a range or text like 12件 reaches the function', () => {
    const odd = functions.flatMap((f) => f.parameters.filter((p) => p.dimensionality !== 'matrix' || p.type !== 'any').map((p) => `${f.id}(${p.name})`));
    expect(odd).toEqual([]);
  });

  test(`the manifest asks for CustomFunctionsRuntime ${CUSTOM_FUNCTIONS_RUNTIME}, which a matrix with error cells needs`, () => {
    const manifest = readDist('manifest.xml');
    expect(manifest).toMatch(new RegExp(`<Set Name="CustomFunctionsRuntime" MinVersion="${CUSTOM_FUNCTIONS_RUNTIME.replace('.', '\\.')}"/>`));
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`CustomFunctionsRuntime ${CUSTOM_FUNCTIONS_RUNTIME}`);
    expect(readme).toMatch(/版本 2008/);
  });
});

describe('every function, every call form, as Excel makes it', () => {
  test('a single cell per parameter (omitted optionals as null, the invocation object last)', () => {
    for (const fn of functions) conform(fn, argsFor(defOf(fn.id)));
  });

  test('a range: every data parameter a column of 3 rows (the middle row blank), settings one cell', () => {
    for (const fn of functions) {
      const def = defOf(fn.id);
      const got = conform(fn, argsFor(def, (i) => (dataPositions(def).includes(i) ? range([[sample(def, i, 0)], [undefined], [sample(def, i, 2)]]) : null)));
      if (dataPositions(def).length && !def.params.some((p) => p.repeating)) {
        expect({ id: fn.id, rows: got.length, blankRow: got[1] }).toEqual({ id: fn.id, rows: 3, blankRow: [''] });
      }
    }
  });

  test('mixed shapes: a column against a row is one #VALUE!; a single cell broadcasts over a column', () => {
    for (const fn of functions) {
      const def = defOf(fn.id);
      const data = dataPositions(def);
      if (!data.length || def.params.some((p) => p.repeating)) continue;
      const [first, second] = data;
      const column = range([[sample(def, first, 0)], [sample(def, first, 1)], [sample(def, first, 2)]]);
      conform(fn, argsFor(def, (i) => (i === first ? column : null)));
      if (second === undefined) continue;
      const row = range([[sample(def, second, 0), sample(def, second, 1), sample(def, second, 2)]]);
      const got = conform(fn, argsFor(def, (i) => (i === first ? column : i === second ? row : null)));
      expect({ id: fn.id, got }).toEqual({ id: fn.id, got: [['#VALUE!']] });
    }
  });

  test('an error cell in a range stays in its own row: the other rows are computed (allowErrorForDataTypeAny)', () => {
    for (const fn of functions) {
      const def = defOf(fn.id);
      const [first] = dataPositions(def);
      if (first === undefined || def.params.some((p) => p.repeating)) continue;
      const column = range([[sample(def, first, 0)], [{ error: '#N/A' }], [sample(def, first, 2)]]);
      const got = conform(fn, argsFor(def, (i) => (i === first ? column : null)));
      expect({ id: fn.id, rows: got.length, error: got[1][0] }).toEqual({ id: fn.id, rows: 3, error: '#N/A' });
    }
  });

  test('without allowErrorForDataTypeAny Excel would blank the whole column with one error: the flag is what keeps the rows', () => {
    const fn = functions.find((f) => f.id === 'FWXS_RATE')!;
    const args = [[range([[160], [{ error: '#N/A' }], [200]])], [cell(1000)], [omitted]];
    const withFlag = shownMatrix(excelCall(meta, fn, bundle, args));
    const withoutFlag = shownMatrix(excelCall({ ...meta, allowErrorForDataTypeAny: false }, fn, bundle, args));
    expect(withFlag).toEqual([[0.84], ['#N/A'], [0.8]]);
    expect(withoutFlag).toEqual([['#N/A']]);
  });
});

describe('a whole column (1,048,576 rows), as =ZX.F(B:B, C:C) passes it', () => {
  /**
   * a whole column: rows of data, then blank to the sheet's end. The blank rows are one shared row (the engine
   * never writes into its arguments), so a million-row column costs a million pointers, not a million arrays.
   */
  const BLANK_ROW: SheetCell[] = [undefined];
  const columns = new Map<string, SheetArg>();
  function wholeColumn(values: SheetCell[]): SheetArg {
    const key = JSON.stringify(values);
    let c = columns.get(key);
    if (!c) {
      const cells: SheetCell[][] = new Array(EXCEL_ROWS).fill(BLANK_ROW);
      values.forEach((v, r) => (cells[r] = [v]));
      columns.set(key, (c = range(cells)));
    }
    return c;
  }

  test.each([
    ['current builds (a blank cell passed as null)', CURRENT],
    ['older builds (a blank cell passed as 0)', OLDER],
  ])('every function works on whole columns in %s: results where there are data, nothing below', (_, build) => {
    for (const fn of functions) {
      const def = defOf(fn.id);
      const data = dataPositions(def);
      if (!data.length || def.params.some((p) => p.repeating)) continue;
      const values = (i: number) => [sample(def, i, 0), sample(def, i, 1), sample(def, i, 2)];
      const args = argsFor(def, (i) => (data.includes(i) ? wholeColumn(values(i)) : null));
      const got = shownMatrix(excelCall(meta, fn, bundle, args, build));
      const want = shownMatrix(invokeDef(def, formulaArgs(def, argsFor(def, (i) => (data.includes(i) ? range(values(i).map((v) => [v])) : null)))));
      expect({ id: fn.id, got }).toEqual({ id: fn.id, got: want });
    }
  });

  test('=ZX.FWXS_RATE(B:B,C:C) with a header row and 3 courts: the header row #VALUE!, 3 rates, nothing below', () => {
    const fn = functions.find((f) => f.id === 'FWXS_RATE')!;
    const got = shownMatrix(excelCall(meta, fn, bundle, [[wholeColumn(['二审收案数', 160, 105, 90])], [wholeColumn(['一审结案数', 1000, 1050, undefined])], [omitted]]));
    expect(got).toEqual([['#VALUE!'], [0.84], [0.9], ['#DIV/0!']]);
  });

  test('a column with no data at all gives one empty cell', () => {
    const fn = functions.find((f) => f.id === 'JA_RATE')!;
    expect(excelCall(meta, fn, bundle, [[wholeColumn([])], [wholeColumn([])], [wholeColumn([])]])).toEqual([['']]);
  });
});

describe('ZX.INDICATOR: its repeating parameter as Excel passes it (one array of matrices)', () => {
  test('INDICATOR("一审服判息诉率", 160, 1000) is 0.84, and the invocation object Excel appends is not an argument', () => {
    const fn = functions.find((f) => f.id === 'INDICATOR')!;
    expect(fn.parameters.map((p) => !!p.repeating)).toEqual([false, true]);
    expect(excelCall(meta, fn, bundle, [[cell('一审服判息诉率')], [cell(160), cell(1000)]])).toEqual([[0.84]]);
    // the raw call Excel makes, for the record: the repeated values packed into one argument, the invocation last
    expect(bundle.get('INDICATOR')!([['一审服判息诉率']], [[[160]], [[1000]]], { functionName: 'INDICATOR' })).toEqual([[0.84]]);
  });

  test('over columns, with a 口径 by name, and with no values after the name', () => {
    const fn = functions.find((f) => f.id === 'INDICATOR')!;
    expect(excelCall(meta, fn, bundle, [[cell('结案率')], [range([[80], [90]]), range([[20], [10]]), range([[80], [90]])]])).toEqual([[0.8], [0.9]]);
    const none = excelCall(meta, fn, bundle, [[cell('结案率')], []]) as ExcelError[][];
    expect(none[0][0]).toBeInstanceOf(ExcelError);
    expect(none[0][0].code).toBe('#VALUE!');
  });
});
