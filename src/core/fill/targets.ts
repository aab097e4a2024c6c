/**
 * Where targets come from: a target table recognised in the workbook (T3: levels × indicators, either way
 * round) or a target preset. Both answer one question — the target of an indicator for a unit's level.
 *
 * The 全市 (whole city) row binds every court of both levels, not only the total row: 焦作2021 lists its 全市
 * targets under "（一）两级法院共同完成的指标". A level's own target adds to it (再审审查率 中院 ≦5%) or overrides it
 * (基层 一审服判息诉率 91%); a dash in the level's cell (`-`, as T3 writes) sets nothing of its own, so the 全市
 * target applies; a word (`不考核`) exempts the level. Scope `total` keeps the 全市 target to the total row.
 */
import { directionFor, findIndicator, nameKey } from '../catalog';
import type { Direction } from '../catalog/types';
import { columnIndex } from '../base/grid';
import type { UnitLevel } from '../recognize/types';
import { presetTargetText, type TargetPreset } from '../presets';
import { parseTarget, setsNothing } from '../targets';
import type { FillOptions } from './options';
import { cleanHeader, modelOf } from './table';
import type { RecognizedTable } from '../recognize/types';

export interface TargetCell {
  /** the target text (`≧90%`, `-`) */
  text: string;
  /** a rank target (`前三`) besides or instead of the text */
  rank?: string;
  /** the cell it was read from, when it comes from the workbook (the fill then refers to it) */
  cell?: { sheet: string; row: number; col: number };
  /** the 口径 the target is set on (a variant id); a figure of another 口径 is not compared with it */
  variant?: string;
}

export interface TargetSource {
  /** for the summary: `预设「延边2019」`, `「质效目标」表 A3:U8` */
  describe: string;
  /** the target of an indicator for a level; `name` finds a target the source sets by name only (电子送达率) */
  lookup(indicatorId: string, level: UnitLevel | null, name?: string): TargetCell | null;
  indicators: string[];
  /** the 口径 the source's target of an indicator is set on, if it names one */
  variantOf?(indicatorId: string): string | undefined;
  /** the direction the source reads an indicator in: its own, else the 口径's it names; undefined when it says nothing */
  directionOf?(indicatorId: string): Direction | undefined;
  /** month → floor of 审执结案进度, when the source sets its own */
  progressFloors?: Record<string, number>;
}

/** the level a header or row label names */
export function levelFromText(text: string): UnitLevel | null {
  if (/全市|全州|全省|全区|全盟|全院|全部法院|合计|总计/.test(text)) return '全市';
  if (/中院|中级/.test(text)) return '中院';
  if (/基层/.test(text)) return '基层';
  return null;
}

export type TargetsScope = NonNullable<FillOptions['targetsScope']>;

/** a name as a target set by name is matched: no bracketed unit, no trailing 数, 件 or 笔 (超两年以上未结案件数 = 超两年以上未结案件) */
function countKey(text: string): string {
  return nameKey(cleanHeader(text)).replace(/数$/, '').replace(/[件笔]$/, '');
}

/**
 * A unit's target under the scope: its level's own target, or — when the level sets nothing of its own (no
 * cell, a dash) and the scope is `all` — the 全市 target. The total row (全市) and rows of no level keep their own.
 */
export function scopedTarget(own: TargetCell | null, city: () => TargetCell | null, level: UnitLevel | null, scope: TargetsScope): TargetCell | null {
  if (scope === 'total' || (level !== '中院' && level !== '基层')) return own;
  if (own && (own.rank || !setsNothing(own.text))) return own;
  const c = city();
  if (!c || (!c.rank && (setsNothing(c.text) || parseTarget(c.text)?.notAssessed))) return own;
  return c;
}

export function presetTargets(preset: TargetPreset, scope: TargetsScope = 'all'): TargetSource {
  const ids = preset.targets.map((t) => t.indicator).filter((x): x is string => !!x);
  const own = (id: string, level: UnitLevel | null): TargetCell | null => {
    const t = presetTargetText(preset, id, level);
    return t ? { text: t.text, ...(t.rank ? { rank: t.rank } : {}), ...(t.variant ? { variant: t.variant } : {}) } : null;
  };
  return {
    describe: `预设「${preset.id}」${scope === 'total' ? '，全市目标只用于合计行' : ''}`,
    indicators: ids,
    progressFloors: preset.progressFloors,
    variantOf: (id) => preset.targets.find((t) => t.indicator === id)?.variant,
    directionOf(id) {
      const t = preset.targets.find((x) => x.indicator === id);
      if (!t) return undefined;
      if (t.direction) return t.direction;
      const ind = t.variant ? findIndicator(id) : null;
      return ind ? directionFor(ind, t.variant) : undefined;
    },
    lookup(id, level, name) {
      // a target the method sets for the whole city's figure only ("全市法院…达到30%") does not bind each court
      const totalOnly = preset.targets.find((t) => t.indicator === id)?.totalOnly;
      const scoped = scopedTarget(own(id, level), () => own(id, '全市'), level, totalOnly ? 'total' : scope);
      if (scoped || !name) return scoped;
      // a target set by name only (电子送达率 of GK_RATE, a count: 超两年以上未结案件 for a column 超两年以上未结案件数（件）)
      const byName = preset.targets.find((x) => !x.indicator && countKey(x.name) === countKey(name));
      return byName ? { text: byName.text ?? '-', ...(byName.rank ? { rank: byName.rank } : {}) } : null;
    },
  };
}

/** Targets of a recognised target table, keyed by indicator and level. */
export function workbookTargets(table: RecognizedTable, scope: TargetsScope = 'all'): TargetSource {
  const model = modelOf(table);
  const byKey = new Map<string, TargetCell>();
  const ids = new Set<string>();
  for (const t of table.targets) {
    const col = model.columns.find((c) => c.source.column === t.column);
    const row = model.rows.find((r) => r.row === t.row - 1);
    let indicator = col?.indicator ?? null;
    let level: UnitLevel | null = null;
    if (indicator) {
      level = row?.level ?? levelFromText(row?.label ?? '');
    } else if (row) {
      indicator = findIndicator(row.label)?.id ?? null;
      level = levelFromText(col?.headerText ?? '');
    }
    if (!indicator || !level) continue;
    ids.add(indicator);
    const cell = { sheet: table.sheet, row: t.row - 1, col: columnIndex(t.column) };
    const entry: TargetCell = t.op === 'rank' ? { text: '-', rank: t.text, cell } : { text: t.text, cell };
    byKey.set(`${indicator}|${level}`, entry);
  }
  return {
    describe: `「${table.sheet}」表 ${table.range} 的目标${scope === 'total' ? '，全市目标只用于合计行' : ''}`,
    indicators: [...ids],
    lookup(id, level) {
      if (!level) return null;
      return scopedTarget(byKey.get(`${id}|${level}`) ?? null, () => byKey.get(`${id}|全市`) ?? null, level, scope);
    },
  };
}
