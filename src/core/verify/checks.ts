/**
 * The table of checks: one record for each thing verification recomputes, in the order the checks run on a
 * table (a later check skips the cells an earlier one found wrong, so the order is part of the result). Which
 * of them run on a table of a kind is that kind's record (src/core/kinds), passed in as VerifyOptions.checks.
 */
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
