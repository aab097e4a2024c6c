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

const FIELD_KIND = new Map<string, ValueKind>(FIELDS.map((f) => [f.name, f.valueKind]));

const DIRECTION_WORD = { up: '正向指标（越高越好）', down: '逆向指标（越低越好）', none: '不分方向' } as const;

/** the inputs of each argument position across the default 口径 and its variants */
function slots(ind: IndicatorDef): InputDef[][] {
  const lists = [ind.inputs, ...(ind.variants ?? []).map((v) => v.inputs ?? ind.inputs)];
  const n = Math.max(...lists.map((l) => l.length));
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
  const minArity = Math.min(ind.inputs.length, ...(ind.variants ?? []).map((v) => (v.inputs ?? ind.inputs).length));
  const params: ParamDef[] = slots(ind).map((alts, i) => {
    const first = alts[0];
    const others = [...new Set(alts.slice(1).map((a) => a.name))].filter((n) => n !== first.name);
    const description = first.description + (others.length && !first.description.includes('口径') ? `（其他口径：${others.join('、')}）` : '');
    const blank = first.blankAsZero && !description.includes('按0计') ? '（空白按0计）' : '';
    return { name: first.name, description: description + blank, ...(i >= minArity ? { optional: true } : {}) };
  });
  if (ind.variants?.length) {
    const longer = ind.variants.find((v) => (v.inputs?.length ?? 0) > ind.inputs.length);
    params.push({
      name: VARIANT_PARAM,
      description: `可选，统计口径：${ind.variants.map((v) => `「${v.id}」${v.description}`).join('；')}。省略时按${ind.variants[0].id}口径${longer ? `；省略而填满${longer.inputs!.length}个数时按${longer.id}口径` : ''}`,
      optional: true,
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
    if (!v) return { error: '#VALUE!', message: `口径「${given}」不存在，可选：${ind.variants.map((x) => x.id).join('、')}` };
    return v;
  }
  const filled = args.slice(0, arity).reduce<number>((last, a, i) => (isAbsent(a) ? last : i + 1), 0);
  if (filled > ind.inputs.length) {
    const v = ind.variants.find((x) => (x.inputs ?? ind.inputs).length >= filled);
    if (v) return v;
  }
  return null;
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
        const n = readNumber(args[i], input.name, { blankAsZero: input.blankAsZero, kind: FIELD_KIND.get(input.field) ?? 'count' });
        if (typeof n !== 'number') return n;
        x.push(n);
      }
      return finite(ind.compute(x, variant ? variant.id : null), ind.name);
    },
  };
}
