/**
 * Target texts as they are written in plans and target tables (domain/README.md), and the two questions asked
 * of them: is the target met, and how far is the actual value from it.
 *
 * API (small on purpose; H3, H4 and the ZX functions use it):
 * - `parseTarget(text)` → `Target` or null when the text is not a target;
 * - `meetsTarget(actual, target, direction?)` → true / false, or null when the target is "not assessed";
 * - `gapToTarget(actual, target, direction?)` → signed distance, positive = better than the target;
 * - `targetValueIn(target, actualUnit)` → the target's number on the scale of an actual value.
 *
 * Value conventions (the same as the ZX functions' results):
 * - `%` targets give a fraction: `≧90%` → 0.9 (rates are fractions, shown with a `0.00%` format);
 * - `‰` targets give the number in ‰: `≤40.86‰` → 40.86 (the `_PERMILLE` functions return ‰ values);
 * - `天` and plain numbers as written: `小于36天` → 36, `≦45` → 45, `≧0.8` → 0.8;
 * - a bare value (`100%`, `0%`, `90%`) has op `=`: a target without a comparison takes its direction from the
 *   indicator — "at least" (↑) or "at most" (↓), which is how plans use it (`终本合格率 100%`, `进入中院再审率
 *   0%`); without a direction it is compared for equality. A value to reach (`达55%`, `力争达到99%`) is `=` with
 *   `reach`: at least it when no direction is given;
 * - `清零`, `基本清零`, `全部发放` (nothing left) are `<= 0`; by a date (`4月30日前清零`, `6月底清零`, `年底清零`) they
 *   carry `due` (the count the target is compared with is the one at that date);
 * - an interval (`1.2～1.5`, `[0.8, 1.2]`, `区间 0.8-1.2`, `0.8至1.2`, the SPC's 合理区间) has op `between`,
 *   `value` the lower bound and `upper` the upper one: met inside, the gap is the distance to the nearer bound;
 * - `确保达到30%，力争达到40%以上` binds at 30% and aims at 40% (`aim`); `不低于审判业务部门比例` compares with another
 *   figure (`reference`, value null); `达55%位居全市前三` is the value target with a rank beside it (`rank`);
 * - `-`, `—`, `/`, `不考核`, blank are "not assessed" (op `none`);
 * - rank targets (`前三`, `前3名`, `位居全市前三`, `进5争3`, `第一`) have op `rank`, `value` = the rank that must
 *   be reached (5 for 进5争3), `rank.aim` the one aimed at (3); "从高到低排序" is a rank target with no number.
 * Comparisons allow a tiny relative tolerance (1e-9) so that 0.97 computed as 97/100 meets `≥97%`.
 */
import type { Direction } from '../catalog/types';
import { numberText } from '../base/text';

/** How a target binds: ≥ / ≤ / > / < / =, within an interval (1.2～1.5), a rank (前三), or none (`-`, 不考核). */
export type TargetOp = '>=' | '<=' | '>' | '<' | '=' | 'between' | 'none' | 'rank';

export type TargetUnit = '%' | '‰' | '天' | '';

export interface Target {
  /** the text as given */
  text: string;
  op: TargetOp;
  /** the number in the target's own scale (see module comment); null when not assessed or an unnumbered rank */
  value: number | null;
  unit: TargetUnit;
  notAssessed: boolean;
  rank?: {
    /** the rank that must be reached (前三 → 3, 进5争3 → 5); null for an unnumbered "ranked" target */
    within: number | null;
    /** the rank aimed at (进5争3 → 3) */
    aim?: number;
    /** "从高到低排序" → desc (higher is better), "从低到高" → asc */
    order?: 'desc' | 'asc';
  };
  /** `同比下降5%`: the value is a year-over-year change (−0.05), not a level */
  change?: boolean;
  /** an interval (op `between`): its upper bound; `value` is the lower one */
  upper?: number;
  /** `达55%`, `力争达到99%`: a level to reach — at least it, unless a direction says otherwise */
  reach?: boolean;
  /** `确保达到30%，力争达到40%以上`: the level aimed at beyond the binding one (on the target's scale) */
  aim?: number;
  /** `4月30日前清零`, `6月底清零` (day null: the month's end), `年底清零` (12, null): the date the count must be zero by */
  due?: { month: number; day: number | null };
  /** `不低于审判业务部门比例`: the target is another figure, named here (value null) */
  reference?: string;
}

const TOLERANCE = 1e-9;

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function rankNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (s in CN_DIGITS) return CN_DIGITS[s];
  if (/^十[一二三四五六七八九]$/.test(s)) return 10 + CN_DIGITS[s[1]];
  return null;
}

/** comparator words and signs, longest first; each maps to the op it means */
const PREFIX_OPS: [string, TargetOp][] = [
  ['不得低于', '>='],
  ['不得少于', '>='],
  ['不得小于', '>='],
  ['不得高于', '<='],
  ['不得超过', '<='],
  ['不得多于', '<='],
  ['不得大于', '<='],
  ['大于等于', '>='],
  ['大于或等于', '>='],
  ['小于等于', '<='],
  ['小于或等于', '<='],
  ['不低于', '>='],
  ['不少于', '>='],
  ['不小于', '>='],
  ['不高于', '<='],
  ['不超过', '<='],
  ['不超出', '<='],
  ['未超过', '<='],
  ['不超', '<='],
  ['不多于', '<='],
  ['不大于', '<='],
  ['低于', '<'],
  ['小于', '<'],
  ['少于', '<'],
  ['不足', '<'],
  ['高于', '>'],
  ['大于', '>'],
  ['超过', '>'],
  ['多于', '>'],
  ['>=', '>='],
  ['=>', '>='],
  ['<=', '<='],
  ['=<', '<='],
  ['≥', '>='],
  ['≧', '>='],
  ['⩾', '>='],
  ['≤', '<='],
  ['≦', '<='],
  ['⩽', '<='],
  ['>', '>'],
  ['<', '<'],
  ['=', '='],
];

const SUFFIX_OPS: [string, TargetOp][] = [
  ['及以上', '>='],
  ['以上', '>='],
  ['及以下', '<='],
  ['以下', '<='],
  ['以内', '<='],
];

/** words around the number that do not change its meaning: `力争达到99%`, `达95%`, `控制在…以内` */
const FILLER = /^(力争|确保|争取|全年|年底|年内|控制在|保持在|须|要|应|均|目标值?为?|目标|达到|达|为|是|在)+/;
/** the words of a level to reach: `达55%`, `力争达到99%` (at least it, when nothing else says) */
const REACH = /(达到|达)/;

/**
 * Nothing left (a count that must be zero): `清零`, `基本清零`, `全部发放`, `全年达到案款全部发放`, by a date
 * (`4月30日前清零`, `4月30前清零` as 方城2023 writes it, `6月底清零`, `年底清零`).
 */
const ZERO =
  /^(?:全年|年内)?(?:达到)?(?:无法定事由的)?(?:(\d{1,2})月(\d{1,2})日?前|(\d{1,2})月底前?|(年底|年末)前?|年内|限期)?(?:基本|全部|持续)?(?:清零|(?:案款)?全部(?:发放|核销|办结|执结)(?:完毕)?)$/;

/** `15日内发放完毕`, `45天内核销完毕`: within so many days */
const WITHIN_DAYS = /^(\d+(?:\.\d+)?)(?:日|天)(?:以)?内(?:发放|核销|办结|结案|审结|执结|回复|移送|送达)?(?:完毕)?$/;

/** `1.2～1.5`, `[0.8, 1.2]`, `区间0.8-1.2`, `0.8至1.2`, `80%-120%` */
const INTERVAL = /^(?:合理)?(?:区间|参考区间|区间值)?[:：]?[[(]?(\d+(?:\.\d+)?)(%|‰)?(?:,|、|~|-|–|—|至|到)(\d+(?:\.\d+)?)(%|‰)?[\])]?$/;

/** a rank beside a value: `达55%位居全市前三` */
const RANK_BESIDE = /(?:,|，|并|且)?((?:位居|位列|进入|保持|争创)(?:全市|全州|全省|全区|全盟|全院)?(?:法院)?(?:前|第).+)$/;

const NOT_ASSESSED = /^(-+|－+|—+|–+|―+|\/+|／+|无|不考核|不作考核|不作为考核指标|不适用|暂不考核|n\/?a)$/i;

/**
 * A cell that sets nothing of its own: blank, or a dash or slash (`-`, `—`, `/`) as target tables write for "not at
 * this level". Unlike a word (`不考核`), it lets a target that binds every level (全市) apply.
 */
export function setsNothing(text: string | null | undefined): boolean {
  return text === null || text === undefined || /^[\s\-－—–―/／]*$/.test(text);
}

/** Parse a target text; null when it is not one (a plain word, a date). Numbers pass as `=` targets. */
export function parseTarget(input: string | number | null | undefined): Target | null {
  if (input === null || input === undefined) return null;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return null;
    return { text: String(input), op: '=', value: input, unit: '', notAssessed: false };
  }
  const text = input;
  let t = numberText(text).replace(/[（]/g, '(').replace(/[）]/g, ')');
  // `(含)` / `(含本数)` says the bound itself passes: `≥90%(含)`, `90%(含)以上`, `高于90%(含)` is at least 90%
  const inclusive = /\(含(本数)?\)/.test(t);
  if (inclusive) t = t.replace(/\(含(本数)?\)/g, '');
  if (t === '' || NOT_ASSESSED.test(t)) return { text, op: 'none', value: null, unit: '', notAssessed: true };
  const target = parseLevel(t, text, inclusive);
  if (target) return target;
  // two targets in one text: `确保达到30%,力争达到40%以上` (binding, then aimed at); a rank beside a value
  const tiers = /^(.+?)[,;](?:并|且)?((?:力争|争取).+)$/.exec(t);
  if (tiers) {
    const must = parseLevel(tiers[1], text, inclusive);
    const aim = parseLevel(tiers[2], text, inclusive);
    if (must && aim && must.value !== null && aim.value !== null && must.op !== 'rank' && aim.op !== 'rank') return { ...must, aim: aim.value };
  }
  const beside = RANK_BESIDE.exec(t);
  if (beside && beside.index > 0) {
    const level = parseLevel(t.slice(0, beside.index), text, inclusive);
    const rank = parseRank(beside[1]);
    if (level && level.op !== 'rank' && rank) return { ...level, rank };
  }
  return null;
}

/** one target: a rank, a zero, an interval, a change or a level (`t` already normalised) */
function parseLevel(tIn: string, text: string, inclusive: boolean): Target | null {
  let t = tIn;
  // rank targets
  const rank = parseRank(t);
  if (rank) return { text, op: 'rank', value: rank.within, unit: '', notAssessed: false, rank };

  const zero = ZERO.exec(t);
  if (zero) {
    const target: Target = { text, op: '<=', value: 0, unit: '', notAssessed: false };
    if (zero[1]) target.due = { month: Number(zero[1]), day: Number(zero[2]) };
    else if (zero[3]) target.due = { month: Number(zero[3]), day: null };
    else if (zero[4]) target.due = { month: 12, day: null };
    return target;
  }

  const within = WITHIN_DAYS.exec(t);
  if (within) return { text, op: '<=', value: Number(within[1]), unit: '天', notAssessed: false };

  const interval = INTERVAL.exec(t);
  if (interval) {
    const unit = (interval[2] ?? interval[4] ?? '') as TargetUnit;
    const scale = unit === '%' ? 100 : 1;
    const [low, high] = [Number(interval[1]) / scale, Number(interval[3]) / scale].sort((a, b) => a - b);
    if (low !== high) return { text, op: 'between', value: low, upper: high, unit, notAssessed: false };
  }

  // year-over-year change: 同比下降5% → ≤ −5%; 同比上升/增长3% → ≥ +3%; 下降10% (of a count, 延边2019)
  let change = false;
  let changeSign = 1;
  const yoy = /^(?:同比|较上年|比上年)?(下降|减少|降低|上升|增长|提高|增加)/.exec(t);
  if (yoy) {
    change = true;
    changeSign = /下降|减少|降低/.test(yoy[1]) ? -1 : 1;
    t = t.slice(yoy[0].length);
  }

  const filler = FILLER.exec(t);
  let reach = !!filler && REACH.test(filler[0]);
  t = t.replace(FILLER, '');
  let op: TargetOp | null = null;
  for (const [word, o] of PREFIX_OPS) {
    if (t.startsWith(word)) {
      op = o;
      t = t.slice(word.length);
      break;
    }
  }
  const after = FILLER.exec(t);
  if (after && REACH.test(after[0])) reach = true;
  t = t.replace(FILLER, '');
  for (const [word, o] of SUFFIX_OPS) {
    if (t.endsWith(word)) {
      if (!op) op = o;
      t = t.slice(0, -word.length);
      break;
    }
  }

  // another figure as the target: `不低于审判业务部门比例`
  if (op && !change && /^[\u4e00-\u9fff]{2,}$/.test(t) && !/^\d/.test(t)) return { text, op, value: null, unit: '', notAssessed: false, reference: t };

  let unit: TargetUnit = '';
  let scale = 1;
  if (t.endsWith('%')) {
    unit = '%';
    scale = 100;
    t = t.slice(0, -1);
  } else if (t.endsWith('‰')) {
    unit = '‰';
    t = t.slice(0, -1);
  } else if (t.endsWith('天/件')) {
    unit = '天';
    t = t.slice(0, -3);
  } else if (t.endsWith('天') || t.endsWith('日')) {
    unit = '天';
    t = t.slice(0, -1);
  } else if (/(件|人|个|笔|名|次|分)$/.test(t)) {
    t = t.slice(0, -1);
  }
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return null;
  let value = Number(t) / scale;
  if (change) {
    value = changeSign * Math.abs(value);
    if (!op) op = changeSign < 0 ? '<=' : '>=';
  }
  if (inclusive && op === '>') op = '>=';
  else if (inclusive && op === '<') op = '<=';
  const target: Target = { text, op: op ?? '=', value, unit, notAssessed: false };
  if (change) target.change = true;
  if (reach && target.op === '=') target.reach = true;
  return target;
}

function parseRank(t: string): Target['rank'] | null {
  const num = '(\\d+|十[一二三四五六七八九]?|[一二两三四五六七八九])';
  let m = new RegExp(`^进${num}争${num}$`).exec(t);
  if (m) {
    const within = rankNumber(m[1]);
    const aim = rankNumber(m[2]);
    if (within !== null && aim !== null) return { within, aim };
  }
  m = new RegExp(`^(位居|位列|进入|保持|争创|争取)?(全市|全州|全省|全区|全盟|全院)?(法院)?(前${num}名?|第${num}名?)(以内)?$`).exec(t);
  if (m) {
    const n = rankNumber(m[5] ?? m[6]);
    if (n !== null) return { within: n };
  }
  // `从高到低进行排序`, `按照指标值从少到多进行排序`, and with the measure named first: `结案数由多到少排序`
  const ordered = /^[\u4e00-\u9fff]*?(?:按照)?(?:指标值)?(?:由|从)(高到低|多到少|低到高|少到多)(?:进行)?排序$/.exec(t);
  if (ordered) return { within: null, order: /高到低|多到少/.test(ordered[1]) ? 'desc' : 'asc' };
  return null;
}

/**
 * The target's number on the scale of an actual value: a ‰ target compared with an actual parsed from `%` or
 * `‰` text (a fraction) is divided by 1000; otherwise the value as is. `actualUnit` is ParsedValue's `unit`.
 */
export function targetValueIn(target: Target, actualUnit?: string): number | null {
  if (target.value === null) return null;
  if (target.unit === '‰' && (actualUnit === '%' || actualUnit === '‰')) return target.value / 1000;
  return target.value;
}

/**
 * The comparator a target applies with a direction: a bare `=` becomes at-least (↑) or at-most (↓); a level to
 * reach (`达55%`) is at-least when no direction is given.
 */
export function effectiveOp(target: Target, direction?: Direction): TargetOp {
  if (target.op === '=' && direction === 'up') return '>=';
  if (target.op === '=' && direction === 'down') return '<=';
  if (target.op === '=' && target.reach && direction !== 'none') return '>=';
  return target.op;
}

/** Direction implied by a target's comparator: ≥ > → up, ≤ < → down, rank → down (a smaller rank is better). */
export function directionOf(target: Target): Direction {
  switch (target.op) {
    case '>=':
    case '>':
      return 'up';
    case '<=':
    case '<':
    case 'rank':
      return 'down';
    default:
      return 'none';
  }
}

function tol(a: number, b: number): number {
  return TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Is the target met? `actual` on the target's scale (a fraction for % targets, ‰ value for ‰ targets, a rank
 * for rank targets). Null when the target is not assessed or is an unnumbered rank ("从高到低排序").
 */
export function meetsTarget(actual: number, target: Target, direction?: Direction): boolean | null {
  if (target.notAssessed || target.value === null) return null;
  const v = target.value;
  const e = tol(actual, v);
  switch (effectiveOp(target, direction)) {
    case 'between': {
      const upper = target.upper as number;
      return actual >= v - e && actual <= upper + tol(actual, upper);
    }
    case '>=':
      return actual >= v - e;
    case '>':
      return actual > v + e;
    case '<=':
    case 'rank':
      return actual <= v + e;
    case '<':
      return actual < v - e;
    case '=':
      return Math.abs(actual - v) <= e;
    default:
      return null;
  }
}

/**
 * Signed distance to the target, positive = better than the target: actual − target for ↑ (≥, >),
 * target − actual for ↓ (≤, <, rank). A bare `=` target needs `direction`; without one the result is null,
 * as it is for a target that is not assessed. `target` may be a plain number (then `direction` is required).
 */
export function gapToTarget(actual: number, target: Target | number, direction?: Direction): number | null {
  const t = typeof target === 'number' ? parseTarget(target) : target;
  if (!t || t.notAssessed || t.value === null) return null;
  const op = effectiveOp(t, direction);
  if (op === 'between') {
    // inside: the margin to the nearer bound; outside: minus the distance to it
    const upper = t.upper as number;
    if (actual < t.value) return actual - t.value;
    if (actual > upper) return upper - actual;
    return Math.min(actual - t.value, upper - actual);
  }
  const dir: Direction = op === '=' ? direction ?? 'none' : directionOf({ ...t, op });
  if (dir === 'up') return actual - t.value;
  if (dir === 'down') return t.value - actual;
  return null;
}

/** "正向"/"↑"/"up"/"高" → up, "逆向"/"↓"/"down"/"低" → down; null when the text names no direction */
export function parseDirection(text: string): Direction | null {
  const t = numberText(text).toLowerCase();
  if (/^(正向|正向指标|正|↑|up|高|越高越好|升)$/.test(t)) return 'up';
  if (/^(逆向|逆向指标|负向|逆|↓|down|低|越低越好|降)$/.test(t)) return 'down';
  return null;
}
