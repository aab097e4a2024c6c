/**
 * An IndicatorDef as a ZX function: parameters from its inputs (plus the 口径 argument when it has variants),
 * arguments read with the conventions of ./args.ts, then the indicator's own compute.
 *
 * Variants: the last optional argument `口径` names one (`延边`, `平台`, `本院` …). When it is left out and
 * more arguments are filled in than the default 口径 takes, the variant that takes that many is used
 * (YCCZJ_RATE with five numbers is the 平台 口径, with three the 延边 口径).
 */
import type { CellValue, ErrorValue } from '../base/grid';
import type { IndicatorDef, InputDef, VariantDef } from '../catalog/types';
import type { FunctionDef, ParamDef } from './types';
import { FIELDS } from '../catalog/fields';
import { finite, isAbsent, readNumber, readText } from './args';
import type { ValueKind } from '../base/values';
import { maxOf, minOf } from '../base/arrays';
import { excerpt } from '../base/text';

const FIELD_KIND = new Map<string, ValueKind>(FIELDS.map((f) => [f.name, f.valueKind]));

const DIRECTION_WORD = { up: '正向指标（越高越好）', down: '逆向指标（越低越好）', none: '不分方向' } as const;

/** the inputs of each argument position across the default 口径 and its variants */
function slots(ind: IndicatorDef): InputDef[][] {
  const lists = [ind.inputs, ...(ind.variants ?? []).map((v) => v.inputs ?? ind.inputs)];
  const n = maxOf(lists.map((l) => l.length));
  return Array.from({ length: n }, (_, i) => lists.map((l) => l[i]).filter((x): x is InputDef => !!x));
}

export const VARIANT_PARAM = '口径';

/** Chinese description of an indicator for functions.json and docs (no `@`: JSDoc would read a tag). */
export function describeIndicator(ind: IndicatorDef): string {
  const parts = [`${ind.name}＝${ind.formula}`, DIRECTION_WORD[ind.direction]];
  if (ind.unit === 'rate') parts.push('返回小数，按百分比格式显示');
  if (ind.unit === 'permille') parts.push('返回千分数值（1.5即1.5‰）');
  if (ind.note) parts.push(ind.note);
  if (ind.variants?.length) parts.push(`口径：${ind.variants.map((v) => v.id).join('、')}`);
  return parts.join('。').replace(/@/g, '＠') + '。';
}

export function indicatorParams(ind: IndicatorDef): ParamDef[] {
  const minArity = minOf([ind.inputs.length, ...(ind.variants ?? []).map((v) => (v.inputs ?? ind.inputs).length)]);
  const params: ParamDef[] = slots(ind).map((alts, i) => {
    const first = alts[0];
    const others = [...new Set(alts.slice(1).map((a) => a.name))].filter((n) => n !== first.name);
    const description = first.description + (others.length && !first.description.includes('口径') ? `（其他口径：${others.join('、')}）` : '');
    return { name: first.name, description, ...(i >= minArity ? { optional: true } : {}) };
  });
  if (ind.variants?.length) {
    const longer = ind.variants.find((v) => (v.inputs?.length ?? 0) > ind.inputs.length);
    params.push({
      name: VARIANT_PARAM,
      description: `可选，统计口径：${ind.variants.map((v) => `「${v.id}」${v.description}`).join('；')}。省略时按${ind.variants[0].id}口径${longer ? `；省略而填满${longer.inputs!.length}个数时按${longer.id}口径` : ''}`,
      optional: true,
      role: 'setting',
    });
  }
  return params;
}

function chooseVariant(ind: IndicatorDef, args: (CellValue | undefined)[], arity: number): VariantDef | null | ErrorValue {
  if (!ind.variants?.length) return null;
  const given = readText(args[arity], VARIANT_PARAM);
  if (given !== null && typeof given === 'object') return given;
  if (given) {
    const v = ind.variants.find((x) => x.id === given || given.startsWith(x.id));
    if (!v) return { error: '#VALUE!', message: `口径「${excerpt(given)}」不存在，可选：${ind.variants.map((x) => x.id).join('、')}` };
    return v;
  }
  const filled = args.slice(0, arity).reduce<number>((last, a, i) => (isAbsent(a) ? last : i + 1), 0);
  if (filled > ind.inputs.length) {
    const v = ind.variants.find((x) => (x.inputs ?? ind.inputs).length >= filled);
    if (v) return v;
  }
  return null;
}

/** a part of its whole (./catalog/types.ts, IndicatorDef.proportion): rates and ‰ unless the record says not */
export function isProportion(ind: IndicatorDef): boolean {
  return ind.proportion ?? (ind.unit === 'rate' || ind.unit === 'permille');
}

/** tolerance for a proportion's bounds: binary-fraction noise, never a real excess */
const BOUND_NOISE = 1e-9;

function shownResult(ind: IndicatorDef, v: number): string {
  return ind.unit === 'permille' ? `${+v.toFixed(2)}‰` : `${+(v * 100).toFixed(2)}%`;
}

/**
 * A proportion outside 0…100% (0…1000‰) cannot be: `#NUM!` naming the inputs that cannot both be right. Which
 * side each input is on is found by probing the 口径's own compute (one more of it raises the value, or lowers
 * it), so the message follows every formula: 1 − 二审收案数 ÷ 一审结案数 below 0 says 二审收案数 (100) cannot be
 * more than 一审结案数 (12).
 */
function withinWhole(ind: IndicatorDef, inputs: InputDef[], x: number[], variant: string | null, result: number | ErrorValue): number | ErrorValue {
  if (typeof result !== 'number') return result;
  const top = ind.unit === 'permille' ? 1000 : 1;
  if (result >= -BOUND_NOISE && result <= top * (1 + BOUND_NOISE)) return result;
  const raise: number[] = [];
  const lower: number[] = [];
  x.forEach((_, i) => {
    const probe = x.slice();
    probe[i] += Math.max(1, Math.abs(x[i]));
    const v = ind.compute(probe, variant);
    if (typeof v !== 'number' || !Number.isFinite(v) || v === result) return;
    (v > result ? raise : lower).push(i);
  });
  // above the whole: the parts (what raises it) are too many for the whole; below 0, the other way round
  const [more, less] = result > top ? [raise, lower] : [lower, raise];
  const side = (is: number[]) => ({ names: is.map((i) => `「${inputs[i].name}」`).join(' + '), value: +is.reduce((s, i) => s + x[i], 0).toPrecision(12) });
  const why =
    more.length && less.length
      ? `${side(more).names}（${side(more).value}）不能大于${side(less).names}（${side(less).value}），请核对这几项`
      : `请核对${inputs.map((inp, i) => `「${inp.name}」（${x[i]}）`).join('、')}`;
  return { error: '#NUM!', message: `${ind.name}算得 ${shownResult(ind, result)}，应在 0 到 ${ind.unit === 'permille' ? '1000‰' : '100%'} 之间：${why}` };
}

export function indicatorFunction(ind: IndicatorDef): FunctionDef {
  const params = indicatorParams(ind);
  const arity = ind.variants?.length ? params.length - 1 : params.length;
  return {
    id: ind.id,
    name: ind.name,
    description: describeIndicator(ind),
    params,
    result: 'number',
    scalar(args) {
      const variant = chooseVariant(ind, args, arity);
      if (variant && 'error' in variant) return variant;
      const inputs = variant?.inputs ?? ind.inputs;
      const extra = args.slice(inputs.length, arity).findIndex((a) => !isAbsent(a));
      if (extra >= 0)
        return { error: '#VALUE!', message: `${variant ? `「${variant.id}」口径` : '默认口径'}只有${inputs.length}个参数，第${inputs.length + extra + 1}个参数应留空` };
      const x: number[] = [];
      for (let i = 0; i < inputs.length; i++) {
        const input = inputs[i];
        const n = readNumber(args[i], input.name, { kind: FIELD_KIND.get(input.field) ?? 'count' });
        if (typeof n !== 'number') return n;
        x.push(n);
      }
      const result = finite(ind.compute(x, variant ? variant.id : null), ind.name);
      return isProportion(ind) ? withinWhole(ind, inputs, x, variant ? variant.id : null, result) : result;
    },
  };
}
