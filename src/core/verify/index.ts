/**
 * Verification: recompute what a published table can be recomputed from itself, and say where it disagrees
 * and why. Works on the recognition output (so a mapping the user corrected is verified as corrected) and the
 * grid's values and number formats. Pure.
 *
 * Checked, per table, by the checks of ./checks VERIFY_CHECKS (one file each, ./check-*.ts), in this order:
 * - `indicators`: indicator columns whose inputs are columns of the same table (结案率 from 已结 / 旧存 / 新收 …),
 *   row by row, with the catalogue's own compute;
 * - `totals`: total and subtotal rows against the sums of their units, column by column (`total-mismatch`);
 * - `breakdowns`: a breakdown row (`其中：民事`) not larger than its row;
 * - `column-sums`: sums between columns: 受理 = 旧存 + 新收, 未结 = 旧存 + 新收 − 结案 (../recognize/vocabulary
 *   COLUMN_SUMS), a `合计` column against the count columns before it, 总分 against the score items, 排名
 *   against 总分 — each only where the relation holds on most rows (otherwise the columns are not what the
 *   relation assumes, and nothing is reported);
 * - `yoy`: 同比 columns against 本期 and 上年同期: percentage points for rates, percent for counts;
 * - `targets`: 差距 and 是否达标 against 目标值 and 实际值.
 * `VerifyOptions.checks` says which run on a table of a kind (the kind's record in src/core/kinds gives it;
 * by default every check runs on every table given).
 * A difference is `rounding` when the published value is the recomputed one at the precision it is shown with
 * (not an error: reported only with `all`), `truncation` when it is the recomputed one cut instead of rounded,
 * otherwise `mismatch` (or `total-mismatch` for a sum).
 */
import type { Grid } from '../base/grid';
import type { LayoutKind, RecognizedTable } from '../recognize/types';
import type { CheckId } from './check';
import { ALL_CHECKS, VERIFY_CHECKS } from './checks';
import { Collector, type VerifyFinding, type VerifyReport } from './findings';
import { TableView } from './view';
import { pushAll } from '../base/arrays';

export type { FindingKind, VerifyFinding, VerifyReport } from './findings';
export type { CheckId, VerifyCheck } from './check';
export { ALL_CHECKS, VERIFY_CHECKS } from './checks';

export interface VerifyOptions {
  /** also report display-rounding differences (not errors) */
  all?: boolean;
  /** which checks run on a table of a kind; they run in VERIFY_CHECKS order whatever the order given (default: every check on every table given) */
  checks?: (kind: LayoutKind) => readonly CheckId[];
}

/** Verify the recognised tables of one grid. */
export function verifyTables(grid: Grid, tables: RecognizedTable[], options: VerifyOptions = {}): VerifyReport {
  const out = new Collector(options.all === true);
  const checksFor = options.checks ?? (() => ALL_CHECKS);
  for (const table of tables) {
    if (table.sheet !== grid.sheet) continue;
    const ids = checksFor(table.kind);
    if (!ids.length) continue;
    const view = new TableView(grid, table);
    for (const check of VERIFY_CHECKS) if (ids.includes(check.id)) check.run(view, out);
  }
  return { checked: out.checked, findings: out.findings };
}

/** Verify several grids (a workbook) and merge the reports. */
export function verifyBook(grids: Grid[], tablesBySheet: Map<string, RecognizedTable[]>, options: VerifyOptions = {}): VerifyReport {
  let checked = 0;
  const findings: VerifyFinding[] = [];
  for (const g of grids) {
    const r = verifyTables(g, tablesBySheet.get(g.sheet) ?? [], options);
    checked += r.checked;
    pushAll(findings, r.findings);
  }
  return { checked, findings };
}
