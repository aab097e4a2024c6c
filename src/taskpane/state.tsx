/**
 * The pane's shared state and the one way to do work: `run(label, job)` shows progress, turns errors into
 * plain Chinese, and keeps the buttons quiet while Excel is busy.
 */
import * as React from 'react';
import type { Grid } from '../core/base/grid';
import type { EditPlan } from '../core/base/plan';
import type { RecognizedTable } from '../core/recognize/types';
import type { Lang } from './i18n';
import type { BookRecognition } from './recognition';

export interface Busy {
  label: string;
  done?: number;
  total?: number;
}

export interface Notice {
  intent: 'success' | 'error' | 'info' | 'warning';
  text: string;
}

export interface PaneState {
  lang: Lang;
  /** the active sheet's grid when the workbook was recognised */
  grid: Grid | null;
  /** every sheet's grid when the workbook was recognised */
  grids: Grid[];
  /** the whole recognition (every sheet, what the selection pointed at), or null before 识别 */
  recognition: BookRecognition | null;
  /** the tables of the sheets the filter shows, as the user corrected them */
  tables: RecognizedTable[];
  /** indices into `tables` of the tables the selection (or the active sheet) points at */
  focus: number[];
  setRecognition(recognition: BookRecognition | null): void;
  /** replace one table of `tables` (a corrected column or row) */
  updateTable(index: number, table: RecognizedTable): void;
  /** a table as it was recognised, before any correction */
  original(table: RecognizedTable): RecognizedTable | undefined;
  /** the sheets whose tables are shown and used (the sheet filter) */
  shownSheets: string[];
  setShownSheets(sheets: string[]): void;
  busy: Busy | null;
  run<T>(label: string, job: (progress: (done: number, total: number) => void) => Promise<T>): Promise<T | undefined>;
  notify(notice: Notice | null): void;
  /** open the preview; resolves after the user confirmed (and the plan was written) or cancelled */
  preview(plan: EditPlan): void;
}

export const PaneContext = React.createContext<PaneState | null>(null);

export function usePane(): PaneState {
  const pane = React.useContext(PaneContext);
  if (!pane) throw new Error('usePane outside the task pane');
  return pane;
}
