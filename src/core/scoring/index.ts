/**
 * The scoring engine: a scoring preset's rules turned into formulas, one per unit and score item.
 *
 * It knows nothing of sheets: a `ScoreSource` says where each figure of a unit is (an expression — a cell
 * reference in the fill, a number in a test), and the engine returns an expression per item that the fill
 * writes as the cell's formula and evaluates for the value the cell must show. The rules use the ZX functions
 * (`STEP_SCORE`, `MEETS`, `TARGET`, the indicators) so a statistician can read every point off the formula.
 */
import { maxOf } from '../base/arrays';
import { directionFor, findIndicator } from '../catalog';
import { directionOf, parseTarget } from '../targets';
import type { Measure, ScoreItem, ScorePart, ScoreRule, ScoringAssumptions, ScoringPreset } from '../presets/types';
import { asRange, call, num, op, str, sumOf as sumRefs, zx, type Expr } from '../functions/formula';

export type Year = 'this' | 'last';
export type ScoreLevel = '中院' | '基层';

/** Where a unit's figures are. Each returns null when the data has no such column. */
export interface ScoreSource {
  level: ScoreLevel;
  /** a catalogue field's value (`二审改判数`) this year or last year */
  field(name: string, year: Year): Expr | null;
  /** an indicator column the data already has (`ZXYS_DAYS` typed in as days), if any */
  indicatorColumn?(id: string, year: Year): Expr | null;
  /** a column found by header synonyms (综合评价) */
  input(synonyms: string[]): Expr | null;
  /** the part's score of every unit of `level` (for 中院's 基层均值); null when not available */
  peerPartScores?(partId: string, level: ScoreLevel): Expr[] | null;
}

export interface ItemFormula {
  item: ScoreItem;
  /** the item's full points for the unit's level; 0 = the item does not apply */
  points: number;
  /** null when the item does not apply or a figure is missing (see `missing`) */
  expr: Expr | null;
  /** the figures the data lacks, in Chinese */
  missing: string[];
}

export function itemPoints(item: ScoreItem, level: ScoreLevel): number {
  return typeof item.points === 'number' ? item.points : (item.points[level] ?? 0);
}

export function partPoints(part: ScorePart, level: ScoreLevel): number {
  return part.items.reduce((s, i) => s + itemPoints(i, level), 0);
}

/** sum expressions left to right: a+b+c */
function sumOf(terms: Expr[]): Expr {
  return terms.reduce((acc, t) => op('+', acc, t));
}

function measureExpr(m: Measure, year: Year, src: ScoreSource, missing: string[]): Expr | null {
  if ('indicator' in m) return indicatorExpr(m.indicator, year, src, missing);
  if (m.total) {
    const direct = src.field(m.total, year);
    if (direct) return direct;
  }
  const terms: Expr[] = [];
  let ok = true;
  for (const f of m.sum) {
    const e = src.field(f, year);
    if (e) terms.push(e);
    else if (!m.optional?.includes(f)) {
      missing.push(`${year === 'this' ? '本年' : '上年'}${f}`);
      ok = false;
    }
  }
  if (!ok || !terms.length) return null;
  return sumRefs(terms);
}

/**
 * An indicator of a year: its column when the data has one, else the ZX function over its input fields — by the
 * 口径 `variant` when one is named (its inputs, and the 口径 argument unless it is the default one).
 */
export function indicatorExpr(id: string, year: Year, src: ScoreSource, missing: string[], variant?: string): Expr | null {
  const column = src.indicatorColumn?.(id, year);
  if (column) return column;
  const def = findIndicator(id);
  if (!def) {
    missing.push(`指标 ${id}`);
    return null;
  }
  const chosen = variant ? def.variants?.find((v) => v.id === variant) : undefined;
  const named = chosen && chosen !== def.variants?.[0] ? chosen : undefined;
  const args: (Expr | null)[] = [];
  let ok = true;
  for (const input of chosen?.inputs ?? def.inputs) {
    const e = src.field(input.field, year);
    if (e) args.push(e);
    else if (input.columnOptional) args.push(null);
    else {
      missing.push(`${year === 'this' ? '本年' : '上年'}${input.field}`);
      ok = false;
    }
  }
  // trailing omitted arguments are dropped: f(a,b) rather than f(a,b,)
  while (args.length && args[args.length - 1] === null) args.pop();
  if (named) {
    // the 口径 argument comes after every input slot of the function (the longest 口径's inputs)
    const slots = maxOf([def.inputs.length, ...(def.variants ?? []).map((v) => v.inputs?.length ?? 0)]);
    while (args.length < slots) args.push(null);
    args.push(str(named.id));
  }
  return ok ? zx(def.id, ...args) : null;
}

/** `ZX.DECLINE(this, last)` = (last − this) / last: the year-over-year decline as a fraction (10.5% → 0.105). */
export function declineExpr(thisYear: Expr, lastYear: Expr): Expr {
  return zx('DECLINE', thisYear, lastYear);
}

/** the STEP_SCORE mode argument as a statistician reads it */
export const STEP_MODE_TEXT: Record<ScoringAssumptions['steps'], string> = { linear: '按比例', floor: '取整' };

function stepScore(change: Expr, perUnit: number, cap: number, a: ScoringAssumptions): Expr {
  return zx('STEP_SCORE', change, num(perUnit), num(cap), null, str(STEP_MODE_TEXT[a.steps]));
}

/** the direction of an indicator by a 口径 (the variant's own where it sets one) */
function ruleDirection(indicator: string, variant?: string): 'up' | 'down' | 'none' | undefined {
  const def = findIndicator(indicator);
  return def ? directionFor(def, variant) : undefined;
}

/** MEETS of an actual against a target text; a bare `100%` needs the 口径's direction to mean at least/at most */
function meetsExpr(actual: Expr, target: string, indicator: string, variant?: string): Expr {
  const parsed = parseTarget(target);
  const dir = ruleDirection(indicator, variant);
  if (parsed?.op === '=' && (dir === 'up' || dir === 'down')) return zx('MEETS', actual, str(target), str(dir === 'up' ? '正向' : '逆向'));
  return zx('MEETS', actual, str(target));
}

/** 失信名单撤销率's target under the preset's unit assumption: `≦40.86%` read as % is 408.6‰. */
export function effectiveTarget(indicator: string, target: string, a: ScoringAssumptions): string {
  if (indicator !== 'SXCX_PERMILLE') return target;
  const parsed = parseTarget(target);
  if (!parsed || parsed.value === null) return target;
  const comparator = target.replace(/[\d.]+\s*[%‰]?\s*$/, '');
  if (a.revocationTargetUnit === '%') {
    const permille = parsed.unit === '%' ? parsed.value * 1000 : parsed.value * 10;
    return `${comparator}${+permille.toFixed(6)}‰`;
  }
  const permille = parsed.unit === '%' ? parsed.value * 100 : parsed.value;
  return `${comparator}${+permille.toFixed(6)}‰`;
}

function ruleExpr(rule: ScoreRule, points: number, preset: ScoringPreset, src: ScoreSource, missing: string[]): Expr | null {
  const a = preset.assumptions;
  switch (rule.kind) {
    case 'decline': {
      const now = measureExpr(rule.measure, 'this', src, missing);
      const before = measureExpr(rule.measure, 'last', src, missing);
      return now && before ? stepScore(declineExpr(now, before), rule.perPercent, rule.cap, a) : null;
    }
    case 'rate-drop': {
      const now = indicatorExpr(rule.indicator, 'this', src, missing);
      const before = indicatorExpr(rule.indicator, 'last', src, missing);
      return now && before ? stepScore(op('-', before, now), rule.perPoint, rule.cap, a) : null;
    }
    case 'meets': {
      const actual = indicatorExpr(rule.indicator, 'this', src, missing, rule.variant);
      return actual ? call('IF', meetsExpr(actual, rule.target, rule.indicator, rule.variant), num(rule.points), num(0)) : null;
    }
    case 'target': {
      const actual = indicatorExpr(rule.indicator, 'this', src, missing, rule.variant);
      if (!actual) return null;
      const target = effectiveTarget(rule.indicator, rule.target, a);
      const meets = meetsExpr(actual, target, rule.indicator, rule.variant);
      if (a.missedTarget === 'all-or-nothing') return call('IF', meets, num(points), num(0));
      // pro-rata: actual ÷ target for ↑, target ÷ actual for ↓, between 0 and the item's points
      const parsed = parseTarget(target);
      const direction = parsed ? directionOf(parsed) : 'none';
      const dir = direction === 'none' ? (ruleDirection(rule.indicator, rule.variant) ?? 'up') : direction;
      const ratio = dir === 'down' ? op('/', zx('TARGET', str(target)), actual) : op('/', actual, zx('TARGET', str(target)));
      return call('IF', meets, num(points), op('*', num(points), call('MAX', num(0), call('MIN', num(1), ratio))));
    }
    case 'input': {
      const value = src.input([rule.field, ...rule.synonyms]);
      if (!value) missing.push(rule.field);
      return value ? call('MIN', value, num(points)) : null;
    }
    case 'peer-mean': {
      const part = preset.parts.find((p) => p.id === rule.part);
      const scores = src.peerPartScores?.(rule.part, rule.level) ?? null;
      if (!part || !scores || !scores.length) {
        missing.push(`${rule.level}法院的${part?.name ?? rule.part}得分`);
        return null;
      }
      const full = partPoints(part, rule.level);
      const block = asRange(scores);
      return op('*', block ? call('AVERAGE', block) : call('AVERAGE', ...scores), op('/', num(points), num(full)));
    }
  }
}

/** The formula of one item for one unit. */
export function itemFormula(item: ScoreItem, preset: ScoringPreset, src: ScoreSource): ItemFormula {
  const points = itemPoints(item, src.level);
  if (points <= 0) return { item, points: 0, expr: null, missing: [] };
  const missing: string[] = [];
  const terms = item.rules.map((r) => ruleExpr(r, points, preset, src, missing));
  if (terms.some((t) => t === null)) return { item, points, expr: null, missing };
  const exprs = terms as Expr[];
  let expr = exprs.length === 1 ? exprs[0] : sumOf(exprs);
  // rules whose caps add up to more than the item's points are capped at the item's points
  const caps = item.rules.reduce((s, r) => s + ruleCap(r, points), 0);
  if (exprs.length > 1 && caps > points + 1e-9) expr = call('MIN', expr, num(points));
  return { item, points, expr, missing };
}

function ruleCap(r: ScoreRule, points: number): number {
  switch (r.kind) {
    case 'decline':
    case 'rate-drop':
      return r.cap;
    case 'meets':
      return r.points;
    default:
      return points;
  }
}

/** The total of the parts, weighted: `0.5*诉讼 + 0.5*执行`. */
export function totalExpr(preset: ScoringPreset, partScores: Record<string, Expr>): Expr {
  const terms = preset.parts.map((p) => op('*', num(p.weight), partScores[p.id]));
  return sumOf(terms);
}

export { findIndicator };
