/**
 * The table kinds, one record each (./types.ts). Adding a kind: its name in `LayoutKind` and its detection in
 * the recogniser's kind stage, one record file here, and the record in this list; fill, verify, the command
 * line and the pane read the record.
 */
import type { LayoutKind } from '../recognize/types';
import { CASE_LIST } from './case-list';
import { CONTROL_TARGET } from './control-target';
import { INDICATOR_LIST } from './indicator-list';
import { SCORE } from './score';
import { TARGET_MATRIX } from './target-matrix';
import type { TableKind } from './types';
import { UNIT_MATRIX } from './unit-matrix';
import { YOY } from './yoy';

export type { TableKind, KindFill, KindOffer, PaneOptions } from './types';
export { fillOptionsFor, planFill, type FillOffer, type TableOffer } from './fill';
export { verifyTables, verifyBook } from './verify';

export const TABLE_KINDS: readonly TableKind[] = [UNIT_MATRIX, TARGET_MATRIX, INDICATOR_LIST, YOY, CONTROL_TARGET, SCORE, CASE_LIST];

const BY_ID = new Map(TABLE_KINDS.map((k) => [k.id, k]));

/** The record of a kind; every LayoutKind has one (a test says so). */
export function tableKind(id: LayoutKind): TableKind {
  const kind = BY_ID.get(id);
  if (!kind) throw new Error(`没有表格类型「${id}」的记录`);
  return kind;
}

/** Each kind's Chinese name, as summaries and the command line print it. */
export const KIND_NAMES: Readonly<Record<LayoutKind, string>> = Object.fromEntries(TABLE_KINDS.map((k) => [k.id, k.name])) as Record<LayoutKind, string>;
