/**
 * Presets — an assessment method (考核办法) as a plain JSON-able record.
 *
 * A target preset says what each indicator must reach; a scoring preset says how a score table is filled.
 * Both are data a user can copy and edit in the task pane and store in the workbook, so next year's method
 * is a new record, not a new release. Indicators are keyed by catalogue id (`FWXS_RATE`); target texts are
 * written as the method writes them (`≧90%`, `≦45`, `-`).
 */

import type { LocalCaseCode } from '../casenumber/code-table';

/** The level a target applies to: 中院 / 基层 courts, or the city's courts as a whole (a total row). */
export type TargetLevel = '中院' | '基层' | '全市';

export const TARGET_LEVELS: TargetLevel[] = ['中院', '基层', '全市'];

export interface PresetTarget {
  /** the catalogue indicator id (`FWXS_RATE`); null when the catalogue has no such indicator (matched by name) */
  indicator: string | null;
  /** the indicator as the method names it */
  name: string;
  /** the target text for every level (`≧90%`); `-` = not assessed */
  text?: string;
  /** the target text per level where levels differ; a level listed here wins over `text` */
  byLevel?: Partial<Record<TargetLevel, string>>;
  /** a rank target (`前三`, `进5争3`): met when the unit's rank among its peers is within it */
  rank?: string;
  /**
   * the 口径 the target is set on (an id of the indicator's variants: `受理`, `平台`): the fill computes that 口径
   * where the table has its inputs, and never compares a figure of another 口径 with the target
   */
  variant?: string;
  /** the direction the method reads the indicator in, where it is not the 口径's (a bare `30%` is then at most) */
  direction?: 'up' | 'down';
  /**
   * the 全市 target binds the whole city's figure (the total row) only, not each court, whatever the fill's
   * scope: 焦作2021 "全市法院恢复案件实际执行到位率达到30%"
   */
  totalOnly?: boolean;
  /** why, or what the method leaves open */
  note?: string;
}

export interface TargetPreset {
  kind: 'target';
  /**
   * the court's own case type codes (类型代字) its case system writes outside the standard (`民速`, `诉调`): read in
   * its case lists as local codes, `counted: false` for those the 统计口径 leaves out (docs/domain/casenumbers.md)
   */
  localCaseCodes?: LocalCaseCode[];
  /** the name a user selects it by: `焦作2021` */
  id: string;
  /** a Chinese title */
  name: string;
  /** the document it comes from */
  source: string;
  year: number;
  description: string;
  targets: PresetTarget[];
  /**
   * 审执结案进度 floors by month (1–12 → fraction). A month without a floor is absent.
   * `ZX.JAJD_FLOOR` carries the same table; a preset with other floors is written as plain numbers.
   */
  progressFloors?: Record<string, number>;
}

/** How "每下降1%得k分" counts: pro-rata (10.5% → 10.5 steps) or whole steps only (10). */
export type StepMode = 'linear' | 'floor';

/** What a missed target earns: actual ÷ target of the item's points (÷ reversed for ↓), or nothing. */
export type MissedTargetRule = 'pro-rata' | 'all-or-nothing';

/** The rules the method leaves open, as explicit switches the task pane shows next to the items. */
export interface ScoringAssumptions {
  steps: StepMode;
  missedTarget: MissedTargetRule;
  /**
   * The unit of 失信名单撤销率's target: the seed writes "不高于 40.86%" but measures the rate in ‰ elsewhere;
   * `‰` reads the target as 40.86‰, `%` as 40.86% (= 408.6‰).
   */
  revocationTargetUnit: '‰' | '%';
}

/** A figure of this year and last year: the sum of catalogue fields, or a catalogue indicator. */
export type Measure =
  /**
   * the sum of catalogue fields; `optional` fields count as 0 when the table has no such column (the seed's
   * own tables omit 指定再审); `total` is a field that holds the sum directly (发改指总量), used when present
   */
  | { sum: string[]; optional?: string[]; total?: string }
  | { indicator: string };

export type ScoreRule =
  /** k points per 1% the measure fell year over year ((last − this) / last), capped; 0 when it did not fall */
  | { kind: 'decline'; measure: Measure; perPercent: number; cap: number; label: string }
  /** `points` when this year's indicator meets the target, else 0; `variant` the 口径 it is computed by */
  | { kind: 'meets'; indicator: string; target: string; points: number; label: string; variant?: string }
  /** k points per percentage point the indicator (a rate) fell year over year, capped */
  | { kind: 'rate-drop'; indicator: string; perPoint: number; cap: number; label: string }
  /** the item's points when the indicator meets the target; otherwise by `missedTarget`; `variant` the 口径 it is computed by */
  | { kind: 'target'; indicator: string; target: string; label: string; variant?: string }
  /** a score typed into the data table (综合评价: the mean of the leading group's votes), capped at the item's points */
  | { kind: 'input'; field: string; synonyms: string[]; label: string }
  /** the mean of `part`'s score over the units of `level`, scaled to the item's points (中院's 基层均值) */
  | { kind: 'peer-mean'; part: string; level: '中院' | '基层'; label: string };

export interface ScoreItem {
  id: string;
  /** as the method writes it; score-table headers are matched against it and the aliases */
  name: string;
  aliases: string[];
  /** the item's full points; per level where they differ (a level absent or 0: the item does not apply) */
  points: number | Partial<Record<'中院' | '基层', number>>;
  /** the rules whose points add up to the item's (capped at the item's points) */
  rules: ScoreRule[];
  /** the assumption the preset makes, in Chinese, shown next to the item */
  assumption?: string;
}

export interface ScorePart {
  id: string;
  /** 诉讼案件 */
  name: string;
  /** the part's full points (100) */
  points: number;
  /** the weight of the part in the total (0.5) */
  weight: number;
  items: ScoreItem[];
}

export interface ScoringPreset {
  kind: 'scoring';
  id: string;
  name: string;
  source: string;
  year: number;
  description: string;
  parts: ScorePart[];
  assumptions: ScoringAssumptions;
  /** the target preset whose targets the method's items refer to, if any */
  targetPreset?: string;
  notes: string[];
}

export type Preset = TargetPreset | ScoringPreset;
