/** What one check of verification is: a record in the table of checks (./checks VERIFY_CHECKS). */
import type { Collector } from './findings';
import type { TableView } from './view';

/** The checks, by name; ./checks VERIFY_CHECKS holds one record for each, in the order they run. */
export type CheckId = 'indicators' | 'totals' | 'breakdowns' | 'column-sums' | 'yoy' | 'targets';

export interface VerifyCheck {
  id: CheckId;
  /** the check's name, in Chinese (指标重算) */
  name: string;
  /** what it recomputes from what, in Chinese, one line */
  description: string;
  /** recompute on one table: count each published value compared, report each disagreement */
  run(view: TableView, out: Collector): void;
}
