/**
 * The test host: `installHost()` puts a fake `Excel` and `Office` on the global object (as office.js does),
 * backed by a WorkbookState tests and the playground can seed, inspect and snapshot.
 */
import type { Grid } from '../../src/core/base/grid';
import { FakeRequestContext } from './office';
import { WorkbookState } from './workbook';

export { WorkbookState } from './workbook';
export { FakeRequestContext } from './office';

export interface HostOptions {
  /** Office's theme colours (absent on hosts without `officeTheme`) */
  bodyBackgroundColor?: string;
}

export interface FakeGlobals {
  Excel: { run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> };
  Office: {
    onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
    context: { requirements: { isSetSupported(name: string, minVersion?: string): boolean }; officeTheme?: { bodyBackgroundColor: string } };
    HostType: { Excel: string };
  };
}

function versionAtLeast(have: string, want: string): boolean {
  const [a1, a2] = have.split('.').map(Number);
  const [b1, b2 = 0] = want.split('.').map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
}

export function createGlobals(state: WorkbookState, options: HostOptions = {}): FakeGlobals {
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  return {
    Excel: {
      async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
        const context = new FakeRequestContext(state);
        const result = await batch(context as unknown as Excel.RequestContext);
        // Excel.run sends what is still queued when the batch function returns
        if (context.pending) await context.sync();
        return result;
      },
    },
    Office: {
      onReady(callback) {
        callback?.(info);
        return Promise.resolve(info);
      },
      context: {
        requirements: {
          isSetSupported: (name, minVersion = '1.1') => name === 'ExcelApi' && versionAtLeast(state.apiVersion, minVersion),
        },
        ...(options.bodyBackgroundColor ? { officeTheme: { bodyBackgroundColor: options.bodyBackgroundColor } } : {}),
      },
      HostType: { Excel: 'Excel' },
    },
  };
}

/** Install the fake as the global `Excel` / `Office`; returns the state and a function that removes it. */
export function installHost(state = new WorkbookState(), options: HostOptions = {}): { state: WorkbookState; uninstall: () => void } {
  const g = globalThis as unknown as Record<string, unknown>;
  const before = { Excel: g.Excel, Office: g.Office };
  const globals = createGlobals(state, options);
  g.Excel = globals.Excel;
  g.Office = globals.Office;
  return {
    state,
    uninstall: () => {
      g.Excel = before.Excel;
      g.Office = before.Office;
    },
  };
}

/** A workbook holding these grids (sheets in order; the first active), selection at A1. */
export function workbookFrom(grids: Grid[]): WorkbookState {
  const state = new WorkbookState();
  for (const g of grids) state.seedGrid(g);
  return state;
}
