/**
 * The undo record of the last apply, and the one place that holds it. applyPlan hands it over once it has
 * written (`remember`), revertLastApply asks for it (`recall`) and lets go of it once restored (`forget`).
 * In memory it lasts while the pane is open; the workbook keeps a copy (store.ts), found again after a reload
 * — unless it was too large to store (ApplyResult.undoStored is then false).
 */
import { loadUndoRecord } from './store';
import type { UndoRecord } from './undo';

/** The pane's memory of its last apply: one per loaded pane (a module is loaded once per page). */
let held: UndoRecord | null = null;

/** The apply has written: its undo is available from here on, even if storing it in the workbook fails. */
export function remember(record: UndoRecord): void {
  held = record;
}

/** The record in memory, else the one stored in the workbook (read in this batch, not kept in memory). */
export async function recall(context: Excel.RequestContext): Promise<UndoRecord | null> {
  return held ?? (await loadUndoRecord(context));
}

/** The apply was reverted, or the pane reloaded (tests call this as forgetInMemoryUndo, to prove the workbook copy suffices). */
export function forget(): void {
  held = null;
}

/** The undo record of the last apply: from memory, or from the workbook after the pane was reloaded (then kept). */
export async function lastApply(): Promise<UndoRecord | null> {
  if (held) return held;
  return Excel.run(async (context) => {
    held = await loadUndoRecord(context);
    return held;
  });
}
