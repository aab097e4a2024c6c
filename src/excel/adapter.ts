/**
 * The Office.js adapter, as the task pane and the tests see it: one import for reading, inspecting, applying
 * and reverting. The work is done in
 * - read.ts       Excel → Grid (the selection, or the whole book) in a constant number of syncs
 * - inspect.ts    what a plan's targets hold now: the overwrites to confirm, the snapshots the undo keeps
 * - apply.ts      EditPlan → Excel in one batch, the undo record kept first
 * - revert.ts     撤销上次操作 from that record
 * - last-apply.ts the one owner of the last apply's undo record (in memory; store.ts keeps it in the workbook)
 */
export { areaRanges, readActiveSelection, readBook, readGrid, selectRange, type Progress, type ReadOptions } from './read';
export { inspectPlan, PlanSheetError, UnconfirmedOverwriteError, type CellRef, type PlanInspection } from './inspect';
export { applyPlan, type ApplyResult } from './apply';
export { revertLastApply, type RevertResult } from './revert';
export { forget as forgetInMemoryUndo, lastApply } from './last-apply';
export { CHUNK_BYTES } from './chunks';
export { canInsertWorksheets, insertWorkbookSheets } from './insert-sheets';
