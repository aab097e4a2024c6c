/** What the user chooses before a fill (the task pane's choices, the command line's flags). */
import type { ScoringPreset, TargetPreset } from '../presets/types';

export interface FillOptions {
  /** recognised tables to fill, by index into the tables given; default: every table the fill can complete */
  tables?: number[];
  /** catalogue indicator ids to add to unit matrices; default: every indicator whose inputs are present */
  indicators?: string[];
  /**
   * where targets come from: a target preset (its id or an edited record), `workbook` (a target table
   * recognised in the workbook) or `none`. Default: the workbook's target table when there is one.
   */
  targets?: 'workbook' | 'none' | string | TargetPreset;
  /**
   * which rows a target of the 全市 (whole city) level binds: `all` (default) — every court of both levels and
   * the total row, a level's own target adding to or overriding it (焦作2021's "两级法院共同完成的指标"); `total`
   * — the total row only
   */
  targetsScope?: 'all' | 'total';
  /** the scoring preset for score tables (id or edited record); default `延边2019` */
  scoring?: string | ScoringPreset;
  /** add a 差距 column beside each assessed indicator (default true) */
  gaps?: boolean;
  /** add a 是否达标 column beside each assessed indicator, with green/red formats (default true) */
  passFail?: boolean;
  /** add a rank column beside each assessed indicator (rank targets such as 前三 always get one) */
  ranks?: boolean;
  /** the reduction of a control-target table: 0.1 for "下降10%" (default) */
  controlRatio?: number;
  /** the month whose 审执结案进度 floor applies (1–12); default: read from the table's 统计时间 */
  month?: number;
  /**
   * never plan a write onto a non-empty cell: such cells are listed in `plan.skipped` instead of `overwrites`,
   * and every other formula's expected value is computed with what they hold
   */
  keepExisting?: boolean;
}

export const DEFAULT_CONTROL_RATIO = 0.1;
