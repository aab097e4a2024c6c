/**
 * Section E of docs/domain/indicators.md: the generic ZX functions (targets, gaps, change, control limits, step
 * scores, any indicator by name) and JAJD_FLOOR, written directly as FunctionDefs.
 *
 * Conventions of STEP_SCORE (decided here, shown in its description): `变化率` is the improvement as a fraction
 * — for a count that should fall, the decline (上年 − 本期) / 上年, which `ZX.DECLINE(本期, 上年同期)` gives
 * (0.105 for 10.5%); `单位` is the step as a fraction, default 0.01 (= 1%); `方式` 按比例 (default, 10.5% →
 * 10.5 steps) or 取整 (whole steps only, 10.5% → 10). A change ≤ 0 scores 0; the score never exceeds `上限`.
 */
import type { CellValue, ErrorValue } from '../base/grid';
import type { Direction } from '../catalog/types';
import type { FunctionDef } from './types';
import { isAbsent, readNumber, readText } from './args';
import { indicatorFunction } from './indicator';
import { gapToTarget, meetsTarget, parseDirection, parseTarget, targetValueIn, type Target } from '../targets';
import { parseCellValue } from '../base/values';
import { excerpt } from '../base/text';
import { directionFor, findIndicator, JAJD_FLOORS } from '../catalog';
import { callScalar } from './apply';

/** Trim binary-fraction noise (0.0435 / 0.01 = 4.3499999999999996 → 4.35) before floors and ceilings. */
export function clean(x: number): number {
  return Number(x.toPrecision(12));
}

// a target column is usually a few texts repeated over many rows: parse each text once
const TARGET_CACHE = new Map<string, Target | null>();
function cachedTarget(text: string): Target | null {
  if (!TARGET_CACHE.has(text)) {
    if (TARGET_CACHE.size > 2000) TARGET_CACHE.clear();
    TARGET_CACHE.set(text, parseTarget(text));
  }
  return TARGET_CACHE.get(text)!;
}

/** an empty target cell: no target was set for the row, which is not the same as 「-」 (not assessed) */
const NO_TARGET: ErrorValue = { error: '#N/A', message: '目标为空：未设目标，不比较' };

function readTarget(v: CellValue | undefined, param: string): Target | ErrorValue {
  if (typeof v === 'number') return parseTarget(v)!;
  const text = readText(v, param);
  if (text !== null && typeof text === 'object') return text;
  if (text === null) return NO_TARGET;
  const t = cachedTarget(text);
  if (!t) return { error: '#VALUE!', message: `参数「${param}」「${excerpt(text)}」不是目标文本（如 ≥90%、≦45、不超过65天、前三、-）` };
  return t;
}

function readDirection(v: CellValue | undefined, param: string): Direction | undefined | ErrorValue {
  const text = readText(v, param);
  if (text === null) return undefined;
  if (typeof text === 'object') return text;
  const d = parseDirection(text);
  if (d) return d;
  // an indicator, or an indicator by a 口径 (终本率（结案口径）, 终本率·结案): the direction belongs to the 口径
  const named = /^(.+?)[(（·,，]\s*(.+?)(口径)?[)）]?$/.exec(text);
  const ind = findIndicator(text) ?? (named ? findIndicator(named[1]) : null);
  const variant = ind && named && !findIndicator(text) ? named[2] : null;
  if (ind && variant && !ind.variants?.some((v) => v.id === variant)) return { error: '#VALUE!', message: `参数「${param}」：指标「${ind.name}」没有「${variant}」口径` };
  if (ind) {
    const dir = directionFor(ind, variant);
    return dir === 'none' ? undefined : dir;
  }
  return { error: '#VALUE!', message: `参数「${param}」「${excerpt(text)}」不是方向（正向/逆向）或指标名称` };
}

const NOT_ASSESSED: ErrorValue = { error: '#N/A', message: '目标为「-」：该项不考核' };

/** why a target has no number: it only ranks, or it is another figure (不低于审判业务部门比例) */
function noNumber(t: Target): string {
  return t.reference
    ? `目标「${excerpt(t.text)}」以另一项数值「${excerpt(t.reference)}」为准：请算出该数值后与之比较（如 ZX.MEETS(实际值, ">="&该数值所在单元格)）`
    : `目标「${excerpt(t.text)}」只要求排序，不判断达标`;
}

/** the actual value on the target's scale: a ‰ target compared with text typed as `3.5‰` */
function readActual(v: CellValue | undefined, param: string, target: Target): number | ErrorValue {
  const n = readNumber(v, param, { allowNegative: true });
  if (typeof n !== 'number') return n;
  const parsed = parseCellValue(v);
  const unit = parsed.kind === 'number' ? parsed.unit : undefined;
  // typed as `3.5‰` (parsed as the fraction 0.0035) against a ‰ target (in ‰): same scale first
  const onTargetScale = targetValueIn(target, unit);
  return onTargetScale !== null && onTargetScale !== target.value ? n * 1000 : n;
}


const STEP_MODES: Record<string, 'linear' | 'floor'> = {
  linear: 'linear',
  按比例: 'linear',
  比例: 'linear',
  线性: 'linear',
  'pro-rata': 'linear',
  floor: 'floor',
  取整: 'floor',
  整数: 'floor',
  整: 'floor',
  whole: 'floor',
  按整: 'floor',
};

export const GENERIC_FUNCTIONS: FunctionDef[] = [
  {
    id: 'BL_RATE',
    name: '比率',
    description: '通用比率：分子 ÷ 分母，用于目录以外的比率，遵循指标函数的约定（分母为0返回 #DIV/0!；空白按0计，两项都空白时结果为空；“-”“/”返回 #N/A；文字返回 #VALUE!；负数返回 #NUM!）。',
    params: [
      { name: '分子', description: '分子（件数或金额）' },
      { name: '分母', description: '分母（件数或金额）' },
    ],
    result: 'number',
    scalar([a, b]) {
      const n = readNumber(a, '分子', { kind: 'amount' });
      if (typeof n !== 'number') return n;
      const d = readNumber(b, '分母', { kind: 'amount' });
      if (typeof d !== 'number') return d;
      if (d === 0) return { error: '#DIV/0!', message: '分母为0，无法计算' };
      return n / d;
    },
  },
  {
    id: 'TARGET',
    name: '目标值',
    description: '目标文本中的数值：“≧90%”返回0.9，“≦45”返回45，“不超过1.5‰”返回1.5（千分数值），“前三”返回3，“清零”“6月底清零”“全部发放”返回0；“-”（不考核）与区间目标（1.2～1.5）返回 #N/A。',
    params: [{ name: '目标文本', description: '目标文本，如 ≥90%、90%以上、不低于90%、小于36天、清零、前三、-' }],
    result: 'number',
    scalar([v]) {
      const t = readTarget(v, '目标文本');
      if ('error' in t) return t;
      if (t.notAssessed) return NOT_ASSESSED;
      if (t.value === null) return { error: '#N/A', message: noNumber(t) };
      if (t.op === 'between') return { error: '#N/A', message: `区间目标「${excerpt(t.text)}」有上下两个界限（${t.value}、${t.upper}）：用 ZX.MEETS 判断是否在区间内，ZX.GAP 求与较近界限的距离` };
      return t.value;
    },
  },
  {
    id: 'MEETS',
    name: '是否达标',
    description: '实际值是否达到目标：支持 ≥ ≤ > < 及“以上”“不低于”“不得低于”“低于”“不超”“清零”“基本清零”“前三”等写法，返回 TRUE 或 FALSE；区间目标（1.2～1.5、[0.8, 1.2]、0.8至1.2）在区间内（含界限）为 TRUE；只写要达到的数值（达55%、力争达到99%）按不低于判断，给出方向时按方向；目标为“-”（不考核）返回 #N/A。百分比目标与小数比较（0.92对≥90%），千分比目标与千分数值比较。',
    params: [
      { name: '实际值', description: '实际值（比率为小数，千分比为千分数值，排名为名次）' },
      { name: '目标文本', description: '目标文本，如 ≧90%、≦1.5%、小于36天、100%、前三、-', role: 'setting' },
      { name: '方向', description: '可选：正向或逆向，或指标名称（可带口径，如 终本率（结案口径））；目标只写数值（如100%、0%）时据此判断至少还是至多', optional: true, role: 'setting' },
    ],
    result: 'boolean',
    scalar([a, t, d]) {
      const target = readTarget(t, '目标文本');
      if ('error' in target) return target;
      if (target.notAssessed) return NOT_ASSESSED;
      if (target.value === null) return { error: '#N/A', message: noNumber(target) };
      const dir = readDirection(d, '方向');
      if (typeof dir === 'object') return dir;
      // a bare number (90%, 0.9) has no comparator: only 100% (1) and 0 read the same either way; 达55% is at least
      if (target.op === '=' && !dir && !target.reach && target.value !== 0 && target.value !== 1)
        return { error: '#VALUE!', message: `目标「${excerpt(target.text)}」没有比较符（≥、≤ …）：请在第3个参数「方向」填“正向”“逆向”或指标名称` };
      const actual = readActual(a, '实际值', target);
      if (typeof actual !== 'number') return actual;
      return meetsTarget(actual, target, dir) as boolean;
    },
  },
  {
    id: 'GAP',
    name: '与目标差距',
    description: '与目标的差距，正数表示优于目标：正向指标为实际值 − 目标值，逆向指标为目标值 − 实际值；方向由目标文本的比较符（≥为正向，≤为逆向）决定，目标为数值时须给出方向；区间目标为与较近界限的距离（区间内为正，区间外为负）。',
    params: [
      { name: '实际值', description: '实际值' },
      { name: '目标', description: '目标文本（≥90%）或目标数值（0.9）', role: 'setting' },
      { name: '方向', description: '可选：正向或逆向，或指标名称；目标为数值或只写数值时必填', optional: true, role: 'setting' },
    ],
    result: 'number',
    scalar([a, t, d]) {
      const target = readTarget(t, '目标');
      if ('error' in target) return target;
      if (target.notAssessed) return NOT_ASSESSED;
      const dir = readDirection(d, '方向');
      if (typeof dir === 'object') return dir;
      const actual = readActual(a, '实际值', target);
      if (typeof actual !== 'number') return actual;
      const g = gapToTarget(actual, target, dir);
      if (g === null) return { error: '#VALUE!', message: `目标「${excerpt(target.text)}」没有比较方向：请在第3个参数「方向」填“正向”“逆向”或指标名称` };
      return g;
    },
  },
  {
    id: 'YOY',
    name: '同比',
    description: '同比增减率：（本期 − 上年同期）÷ 上年同期；上年同期为负数时除以其绝对值，使增加仍为正数；上年同期为0返回 #DIV/0!。',
    params: [
      { name: '本期', description: '本期数值' },
      { name: '上年同期', description: '上年同期数值' },
    ],
    result: 'number',
    scalar([a, b]) {
      const now = readNumber(a, '本期', { allowNegative: true });
      if (typeof now !== 'number') return now;
      const before = readNumber(b, '上年同期', { allowNegative: true });
      if (typeof before !== 'number') return before;
      if (before === 0) return { error: '#DIV/0!', message: '上年同期为0，无法计算同比' };
      // a negative base (a loss, a negative gap) is divided by its size, so that a rise still reads as a rise
      return (now - before) / Math.abs(before);
    },
  },
  {
    id: 'DECLINE',
    name: '同比下降率',
    description: '同比下降率：（上年同期 − 本期）÷ 上年同期，即考核办法中“同比下降x%”的x；上升时为负数。可作为 STEP_SCORE 的变化率。',
    params: [
      { name: '本期', description: '本期件数' },
      { name: '上年同期', description: '上年同期（基数年）件数' },
    ],
    result: 'number',
    scalar([a, b]) {
      const now = readNumber(a, '本期', { kind: 'amount' });
      if (typeof now !== 'number') return now;
      const before = readNumber(b, '上年同期', { kind: 'amount' });
      if (typeof before !== 'number') return before;
      if (before === 0) return { error: '#DIV/0!', message: '上年同期为0，无法计算下降率' };
      return (before - now) / before;
    },
  },
  {
    id: 'CONTROL_LIMIT',
    name: '控制上限',
    description: '控制目标表（延边2019附件2）的上限：基数 − CEILING(基数 × 下降比例)，如67按10%为60。合计行应为各单位上限之和，不要对合计数本身套用。',
    params: [
      { name: '基数', description: '基数年的件数（如2018年发改指合计）' },
      { name: '下降比例', description: '要求下降的比例，0到1之间，如0.1或10%', role: 'setting' },
    ],
    result: 'number',
    scalar([a, b]) {
      const base = readNumber(a, '基数', { kind: 'count' });
      if (typeof base !== 'number') return base;
      const ratio = readNumber(b, '下降比例', { kind: 'ratio', required: true });
      if (typeof ratio !== 'number') return ratio;
      // a ratio above 1 would ask for more than the whole base to go (a negative limit): 2 is 200%, not 2%
      if (ratio > 1) return { error: '#NUM!', message: `参数「下降比例」为 ${ratio}：应在0到1之间（下降10%写0.1或10%）` };
      return base - Math.ceil(clean(base * ratio));
    },
  },
  {
    id: 'STEP_SCORE',
    name: '阶梯得分',
    description: '按变化幅度逐级计分并封顶：每改善一个单位得若干分，不超过上限，未改善得0分。变化率为改善幅度的小数（同比下降10.5%填0.105，可用 ZX.DECLINE 计算；按“百分点”计分时填两期比率之差，如0.0818−0.0618）；单位默认0.01即每1%；方式“按比例”（默认，10.5%计10.5级）或“取整”（只计整级，10.5%计10级）。',
    params: [
      { name: '变化率', description: '改善幅度，小数：下降10.5%填0.105；上升为负数，得0分' },
      { name: '每单位分值', description: '每改善一个单位得的分数，如4', role: 'setting' },
      { name: '上限', description: '该项最高分，如40', role: 'setting' },
      { name: '单位', description: '可选：一个单位的大小，小数，默认0.01（即1%）', optional: true, role: 'setting' },
      { name: '方式', description: '可选：按比例（默认）或 取整', optional: true, role: 'setting' },
    ],
    result: 'number',
    scalar([c, p, m, u, w]) {
      const change = readNumber(c, '变化率', { allowNegative: true });
      if (typeof change !== 'number') return change;
      const points = readNumber(p, '每单位分值', { kind: 'score', required: true });
      if (typeof points !== 'number') return points;
      if (points < 0) return { error: '#NUM!', message: '参数「每单位分值」不能为负' };
      const cap = readNumber(m, '上限', { kind: 'score', required: true });
      if (typeof cap !== 'number') return cap;
      if (cap < 0) return { error: '#NUM!', message: '参数「上限」不能为负' };
      const unit = isAbsent(u) ? 0.01 : readNumber(u, '单位', { kind: 'score' });
      if (typeof unit !== 'number') return unit;
      if (unit <= 0) return { error: '#NUM!', message: '参数「单位」必须大于0（每1%填0.01）' };
      const modeText = readText(w, '方式');
      if (modeText !== null && typeof modeText === 'object') return modeText;
      const mode = modeText === null ? 'linear' : STEP_MODES[modeText.toLowerCase()];
      if (!mode) return { error: '#VALUE!', message: `参数「方式」「${excerpt(modeText ?? "")}」应为“按比例”或“取整”` };
      if (change <= 0) return 0;
      const steps = clean(change / unit);
      const score = (mode === 'floor' ? Math.floor(steps) : steps) * points;
      return Math.min(cap, clean(score));
    },
  },
  {
    id: 'JAJD_FLOOR',
    name: '审执结案进度月度底线',
    description: `审执结案进度的月度底线（乌兰浩特2022）：${Object.entries(JAJD_FLOORS)
      .map(([m, f]) => `${m}月${Math.round(f * 100)}%`)
      .join('、')}；其余月份无底线，返回 #N/A。`,
    params: [{ name: '月份', description: '月份，1至12，或“3月”' }],
    result: 'number',
    scalar([v]) {
      const text = typeof v === 'string' ? v.trim().replace(/月份?$/, '') : v;
      const m = readNumber(text, '月份', { kind: 'rank' });
      if (typeof m !== 'number') return m;
      if (!Number.isInteger(m) || m < 1 || m > 12) return { error: '#NUM!', message: `月份「${m}」应为1至12的整数` };
      const floor = JAJD_FLOORS[m];
      if (floor === undefined) return { error: '#N/A', message: `${m}月没有结案进度底线（底线从${Object.keys(JAJD_FLOORS)[0]}月开始）` };
      return floor;
    },
  },
  {
    id: 'INDICATOR',
    name: '按名称计算指标',
    description: '按中文名称或别名调用任一目录指标，如 ZX.INDICATOR("一审服判息诉率", B3, C3)；参数依次为该指标的参数。',
    params: [
      { name: '指标名称', description: '指标的中文名称、别名或函数名，如 一审服判息诉率、执结率、FWXS_RATE', role: 'setting' },
      { name: '参数', description: '该指标的参数，依次填写', repeating: true },
    ],
    result: 'number',
    scalar([name, ...rest]) {
      const text = readText(name, '指标名称');
      if (text !== null && typeof text === 'object') return text;
      if (!text) return { error: '#VALUE!', message: '参数「指标名称」为空' };
      const ind = findIndicator(text);
      if (!ind) return { error: '#VALUE!', message: `指标「${excerpt(text)}」不在目录中（可用中文名称、别名或函数名）` };
      if (!rest.length) return { error: '#VALUE!', message: `请在指标名称后依次填写「${ind.name}」的参数` };
      return callScalar(functionOf(ind.id), rest);
    },
  },
];

const INDICATOR_FUNCTIONS = new Map<string, FunctionDef>();
function functionOf(id: string): FunctionDef {
  let f = INDICATOR_FUNCTIONS.get(id);
  if (!f) {
    f = indicatorFunction(findIndicator(id)!);
    INDICATOR_FUNCTIONS.set(id, f);
  }
  return f;
}

