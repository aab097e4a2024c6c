/**
 * The playground: the task pane beside a read-only view of the test host's workbook, for people without
 * Excel (and the end-to-end tests). The workbook is one of the fixtures, read from .xlsx by the server
 * (`?fixture=unit-matrix`); `window.__zxHost` exposes the host's state to the tests.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import type { Grid } from '../core/base/grid';
import { createGlobals, workbookFrom, type WorkbookState } from '../../test/host';
import { mountTaskPane } from '../taskpane/mount';
import { SheetView } from './SheetView';

declare global {
  interface Window {
    __zxHost?: WorkbookState;
    __zxReady?: boolean;
  }
}

async function main(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const index = (await (await fetch('fixtures/index.json')).json()) as string[];
  const fixture = params.get('fixture') ?? (index.includes('unit-matrix') ? 'unit-matrix' : index[0]);
  const response = await fetch(`fixtures/${encodeURIComponent(fixture)}.json`);
  if (!response.ok) throw new Error(`无法读取示例工作簿「${fixture}」：${response.status}`);
  const grids = (await response.json()) as Grid[];
  const state = workbookFrom(grids);
  const globals = createGlobals(state, params.get('theme') === 'dark' ? { bodyBackgroundColor: '#1f1f1f' } : {});
  Object.assign(window, globals);
  window.__zxHost = state;

  const picker = document.getElementById('fixture') as HTMLSelectElement;
  for (const name of index) picker.add(new Option(name, name, false, name === fixture));
  picker.onchange = () => {
    const next = new URLSearchParams(window.location.search);
    next.set('fixture', picker.value);
    window.location.search = next.toString();
  };
  createRoot(document.getElementById('sheet')!).render(<SheetView state={state} />);
  mountTaskPane(document.getElementById('root')!);
  window.__zxReady = true;
}

main().catch((e) => {
  document.getElementById('sheet')!.textContent = `试用页加载失败：${e instanceof Error ? e.message : String(e)}`;
});
