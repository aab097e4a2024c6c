/**
 * A table kind as one record, the way HyperFormula declares a function: its names, how `fill` offers and fills
 * a table of the kind, which `verify` checks run on it, and what the task pane shows for it. The recogniser
 * decides a table's kind (src/core/recognize); everything done with the table afterwards reads this record.
 */
import type { FillContext } from '../fill/context';
import type { TableModel } from '../fill/table';
import type { LayoutKind } from '../recognize/types';

/** What a fill would do with one table, as offered before the user chooses. */
export interface KindOffer {
  /** in Chinese; null when the table cannot be completed */
  action: string | null;
  /** unit matrices: the indicators whose inputs are present */
  indicators?: { id: string; name: string }[];
}

export interface KindFill {
  offer(model: TableModel): KindOffer;
  /** writes into the context's workspace; returns the summary lines */
  fill(ctx: FillContext, model: TableModel): string[];
  /** tables are filled in ascending order (a score table reads the others, so it comes last) */
  order: number;
}

/** The options the pane's 计算 tab shows for a table of the kind. */
export type PaneOptions = 'indicator-columns' | 'scoring' | 'case-list' | 'fill-only' | 'none';

export interface TableKind {
  id: LayoutKind;
  /** the name summaries, the command line and the pane show: 单位×指标表 */
  name: string;
  /** the same in English, for the pane in English */
  nameEn: string;
  /** verify recomputes its indicators, totals and relations (false: nothing in it can be recomputed) */
  verified: boolean;
  /** its targets bind the other tables of the workbook (a target matrix) */
  targetSource: boolean;
  /** how fill completes it; null when there is nothing to fill */
  fill: KindFill | null;
  pane: PaneOptions;
}
