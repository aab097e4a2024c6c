/**
 * Every error value a plan would write, said before the write: the cell, what it is, the error and its reason
 * (`乙县法院 · 结案率 H7：#DIV/0!（受理数为 0）`). A formula that will show an error is written all the same — the
 * cell is right to show it — but the user reads why before confirming.
 */
import { address, isErrorValue } from '../base/grid';
import type { EditPlan } from '../base/plan';

/** at most this many cells are named one by one; the rest are counted (a whole column of #DIV/0! is one story) */
const NAMED_AT_MOST = 10;

export function errorValueLines(plan: EditPlan): string[] {
  const errors = plan.writes.filter((w) => isErrorValue(w.value));
  if (!errors.length) return [];
  const lines = [`将写入 ${errors.length} 个错误值（公式照常写入，结果为错误）：`];
  for (const w of errors.slice(0, NAMED_AT_MOST)) {
    const e = w.value as { error: string; message?: string };
    lines.push(`  ${w.label ? `${w.label} ` : ''}「${w.sheet}」${address(w.row, w.col)}：${e.error}${e.message ? `（${e.message}）` : ''}`);
  }
  if (errors.length > NAMED_AT_MOST) lines.push(`  另有 ${errors.length - NAMED_AT_MOST} 个`);
  return lines;
}
