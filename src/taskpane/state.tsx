/**
 * The pane's shared state and the one way to do work: `run(label, job)` shows progress, turns errors into
 * plain Chinese, and keeps the buttons quiet while Excel is busy.
 */
import * as React from 'react';
import type { Grid } from '../core/base/grid';
import type { EditPlan } from '../core/base/plan';
import type { RecognizedTable } from '../core/recognize/types';
import type { Lang } from './i18n';

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
  /** the grid the tables were recognised in (selection or used range of the active sheet) */
  grid: Grid | null;
  tables: RecognizedTable[];
  setRecognition(grid: Grid | null, tables: RecognizedTable[]): void;
  /** replace one table (a corrected column) */
  updateTable(index: number, table: RecognizedTable): void;
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
