/**
 * The table of checks: one record for each thing verification recomputes, in the order the checks run on a
 * table (a later check skips the cells an earlier one found wrong, so the order is part of the result), and
 * which checks run on a table of each kind unless the caller says otherwise.
 */
import type { LayoutKind } from '../recognize/types';
import type { CheckId, VerifyCheck } from './check';
import { breakdownsCheck } from './check-breakdowns';
import { columnSumsCheck } from './check-column-sums';
import { indicatorsCheck } from './check-indicators';
import { targetsCheck } from './check-targets';
import { totalsCheck } from './check-totals';
import { yoyCheck } from './check-yoy';

export type { CheckId, VerifyCheck } from './check';

export const VERIFY_CHECKS: readonly VerifyCheck[] = [indicatorsCheck, totalsCheck, breakdownsCheck, columnSumsCheck, yoyCheck, targetsCheck];

/** every check, in the order they run */
export const ALL_CHECKS: readonly CheckId[] = VERIFY_CHECKS.map((c) => c.id);

/** kinds with nothing published to recompute: a case list is records, a target matrix is targets only */
const NOT_VERIFIED: readonly LayoutKind[] = ['case-list', 'target-matrix'];

/** Which checks run on a table of a kind when the caller does not say: all of them, none on a case list or a target matrix. */
export function DEFAULT_CHECKS_FOR(kind: LayoutKind): readonly CheckId[] {
  return NOT_VERIFIED.includes(kind) ? [] : ALL_CHECKS;
}
