/**
 * The test host's formula engine: HyperFormula (GPL-3.0, a dev dependency — never in the add-in bundle),
 * with the ZX functions registered from the same FunctionDef records the add-in's custom functions are
 * generated from, applied element-wise by the same `applyFunction`. So a formula the engine plans is
 * evaluated here by the very code Excel would run.
 */
import { ArraySize, CellError, DetailedCellError, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { CellValue, ErrorValue, ExcelErrorCode } from '../../src/core/base/grid';
import { isErrorValue } from '../../src/core/base/grid';
import type { FunctionDef } from '../../src/core/functions/types';

export type ApplyFunction = (def: FunctionDef, args: (CellValue | CellValue[][])[]) => CellValue | CellValue[][];

/** the largest sheet the host evaluates (HyperFormula needs a bound) */
export const HOST_MAX_ROWS = 1_048_576;
export const HOST_MAX_COLUMNS = 16_384;

const TO_HF_ERROR: Record<string, string> = {
  '#DIV/0!': 'DIV_BY_ZERO',
  '#VALUE!': 'VALUE',
  '#N/A': 'NA',
  '#NUM!': 'NUM',
  '#REF!': 'REF',
  '#NAME?': 'NAME',
  '#SPILL!': 'SPILL',
};

function fromHfScalar(v: unknown): CellValue {
  if (v === null || v === undefined || typeof v === 'symbol') return null; // EmptyValue is a symbol
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof CellError) return { error: excelErrorOf(v.type), ...(v.message ? { message: v.message } : {}) };
  if (typeof v === 'object' && v !== null && 'val' in v) return (v as { val: number }).val; // a number with a format (50%)
  return String(v);
}

function excelErrorOf(type: string): ExcelErrorCode {
  const hit = Object.entries(TO_HF_ERROR).find(([, t]) => t === type);
  return (hit ? hit[0] : '#VALUE!') as ExcelErrorCode;
}

function toHfScalar(v: CellValue): unknown {
  if (isErrorValue(v)) return new CellError((TO_HF_ERROR[v.error] ?? 'VALUE') as never, (v as ErrorValue).message);
  if (v === null) return 0; // Excel shows 0 for a formula whose result is an empty cell
  return v;
}

function fromHfArg(v: unknown): CellValue | CellValue[][] | undefined {
  if (v === undefined) return undefined;
  if (v instanceof SimpleRangeValue) return v.rawData().map((row) => row.map(fromHfScalar));
  return fromHfScalar(v);
}

let registeredFor: FunctionDef[] | null = null;

/** Register the ZX functions with HyperFormula once per process (its registry is global). */
export function registerZxFunctions(functions: FunctionDef[], apply: ApplyFunction): void {
  if (registeredFor === functions) return;
  if (registeredFor) throw new Error('the ZX functions are already registered from another list');
  const implemented: ImplementedFunctions = {};
  const translations: Record<string, string> = {};
  class ZxPlugin extends FunctionPlugin {
    /** a result as large as the broadcast of the arguments: a range in, a range out */
    zxSize(ast: { args: unknown[] }, state: unknown): ArraySize {
      let width = 1;
      let height = 1;
      for (const arg of ast.args) {
        const size = this.arraySizeForAst(arg as never, state as never);
        width = Math.max(width, size.width);
        height = Math.max(height, size.height);
      }
      return width === 1 && height === 1 ? ArraySize.scalar() : new ArraySize(width, height);
    }
  }
  for (const def of functions) {
    const name = `ZX.${def.id}`;
    const method = `zx_${def.id}`;
    const repeating = def.params.findIndex((p) => p.repeating);
    (ZxPlugin.prototype as unknown as Record<string, unknown>)[method] = function (this: FunctionPlugin, ast: { args: never[] }, state: never) {
      // runFunction and metadata are protected in HyperFormula's typings; this method is installed on the plugin
      const plugin = this as unknown as { runFunction(...a: unknown[]): unknown; metadata(n: string): unknown };
      return plugin.runFunction(
        ast.args,
        state,
        plugin.metadata(name),
        (...args: unknown[]) => {
          const result = apply(def, args.map(fromHfArg) as (CellValue | CellValue[][])[]);
          if (Array.isArray(result)) return SimpleRangeValue.onlyValues(result.map((row) => row.map(toHfScalar)) as never);
          return toHfScalar(result);
        },
      );
    };
    implemented[name] = {
      method,
      sizeOfResultArrayMethod: 'zxSize',
      parameters: def.params.map((p) => ({ argumentType: FunctionArgumentType.ANY, ...(p.optional || p.repeating ? { optionalArg: true } : {}) })),
      ...(repeating >= 0 ? { repeatLastArgs: def.params.length - repeating } : {}),
    };
    translations[name] = name;
  }
  (ZxPlugin as unknown as { implementedFunctions: ImplementedFunctions }).implementedFunctions = implemented;
  HyperFormula.registerFunctionPlugin(ZxPlugin as never, { enGB: translations, enUS: translations } as never);
  registeredFor = functions;
}

/** a number as HyperFormula holds it in a range: a plain number, or one with a format ({ val }) */
function numberIn(v: unknown): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'object' && v !== null && 'val' in v && typeof (v as { val: unknown }).val === 'number') return (v as { val: number }).val;
  return null;
}

/**
 * Excel's rank of a number in a list: 1 + how many numbers are greater (order 0, the default) or smaller (order
 * ≠ 0); ties share the better rank; text and blanks in the list are ignored; a number not in the list is #N/A.
 */
export function excelRank(n: number, list: unknown[], order: number): number | null {
  const numbers = list.map(numberIn).filter((x): x is number => x !== null);
  if (!numbers.includes(n)) return null;
  return 1 + numbers.filter((x) => (order ? x < n : x > n)).length;
}

let ranksRegistered = false;

/**
 * RANK.EQ and RANK, which HyperFormula lacks (without them every 排名 cell of the playground showed #NAME?),
 * registered as Excel computes them.
 */
export function registerExcelRanks(): void {
  if (ranksRegistered) return;
  const parameters = [
    { argumentType: FunctionArgumentType.NUMBER },
    { argumentType: FunctionArgumentType.RANGE },
    { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 },
  ];
  class RankPlugin extends FunctionPlugin {
    rankOf(name: string, ast: { args: never[] }, state: never): unknown {
      const plugin = this as unknown as { runFunction(...a: unknown[]): unknown; metadata(n: string): unknown };
      return plugin.runFunction(ast.args, state, plugin.metadata(name), (n: number, list: SimpleRangeValue, order: number) => {
        const rank = excelRank(n, list.valuesFromTopLeftCorner(), order);
        return rank === null ? new CellError('NA' as never, '数值不在排名范围内') : rank;
      });
    }
    rankEq(ast: { args: never[] }, state: never): unknown {
      return this.rankOf('RANK.EQ', ast, state);
    }
    rank(ast: { args: never[] }, state: never): unknown {
      return this.rankOf('RANK', ast, state);
    }
  }
  (RankPlugin as unknown as { implementedFunctions: ImplementedFunctions }).implementedFunctions = {
    'RANK.EQ': { method: 'rankEq', parameters },
    RANK: { method: 'rank', parameters },
  } as unknown as ImplementedFunctions;
  const names = { 'RANK.EQ': 'RANK.EQ', RANK: 'RANK' };
  HyperFormula.registerFunctionPlugin(RankPlugin as never, { enGB: names, enUS: names } as never);
  ranksRegistered = true;
}

export function newFormulaEngine(): HyperFormula {
  return HyperFormula.buildEmpty({
    licenseKey: 'gpl-v3',
    maxRows: HOST_MAX_ROWS,
    maxColumns: HOST_MAX_COLUMNS,
    // Excel's behaviour where HyperFormula's defaults differ
    useArrayArithmetic: true,
    smartRounding: false,
    evaluateNullToZero: true,
    leapYear1900: true,
    nullDate: { year: 1899, month: 12, day: 30 },
  });
}

/** HyperFormula's value → what Office.js reports in `values` (errors as their text, empty as ""). */
export function officeValueOf(v: unknown): string | number | boolean {
  if (v === null || v === undefined) return 0;
  if (v instanceof DetailedCellError) return v.value;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}
