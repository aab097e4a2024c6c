/**
 * The fill engine: per kind, the plan builders that complete a recognised table (./matrix.ts, ./control.ts,
 * ./yoy.ts, ./list.ts, ./score.ts), writing into a Workspace (./workspace.ts). Which builder a table gets, and
 * in which order, is the table kind's record (src/core/kinds); `planFill` there is the entry point.
 *
 * Every written number is a formula with the value the engine expects it to show (evaluated by the same
 * ZX FunctionDefs the add-in registers), and every write onto a non-empty cell is listed in `overwrites`.
 */
export type { FillOptions } from './options';
export type { FillContext } from './context';
export { Workspace } from './workspace';
export { modelOf, type TableModel } from './table';
export { resolveScoring, resolveTargetOption } from './resolve';
