import { installHost, WorkbookState } from '../../test/host';
import { forget, lastApply, recall, remember } from './last-apply';
import { saveUndoRecord, queueLoadUndoParts, UNDO_NAMESPACE } from './store';
import type { UndoRecord } from './undo';

function record(id: string, summary: string): UndoRecord {
  return { version: 1, id, when: '2024-01-01T00:00:00.000Z', summary, createdSheets: [], cells: [], styles: [], merges: [], conditionalFormats: [], charts: [], columnWidths: [] };
}

/** a workbook whose stored undo record is `stored` (as an apply in an earlier pane session left it) */
async function hostStoring(stored: UndoRecord | null): Promise<WorkbookState> {
  const state = new WorkbookState();
  state.addSheet('Sheet1');
  installHost(state);
  if (stored) {
    await Excel.run(async (context) => {
      const parts = queueLoadUndoParts(context);
      await context.sync();
      await saveUndoRecord(context, stored, parts);
    });
  }
  return state;
}

describe('the last apply’s undo record has one owner', () => {
  beforeEach(() => forget());

  test('what was remembered is what is recalled, without reading the workbook', async () => {
    const state = await hostStoring(record('old', '上次会话的操作'));
    remember(record('new', '本次操作'));
    const before = state.syncs.length;
    expect((await Excel.run((context) => recall(context)))?.id).toBe('new');
    expect((await lastApply())?.id).toBe('new');
    expect(state.syncs.length).toBe(before);
  });

  test('after a reload the workbook’s copy is found; lastApply keeps it in memory, recall does not', async () => {
    const state = await hostStoring(record('stored', '上次会话的操作'));
    expect(state.xmlParts.map((p) => p.namespaceUri)).toEqual([UNDO_NAMESPACE]);
    expect((await Excel.run((context) => recall(context)))?.summary).toBe('上次会话的操作');
    let before = state.syncs.length;
    await Excel.run((context) => recall(context));
    expect(state.syncs.length - before).toBe(2); // read again: recall does not keep it
    expect((await lastApply())?.id).toBe('stored');
    before = state.syncs.length;
    expect((await lastApply())?.id).toBe('stored');
    expect(state.syncs.length).toBe(before); // kept
  });

  test('forgotten, and nothing stored: there is nothing to undo', async () => {
    await hostStoring(null);
    remember(record('x', '操作'));
    forget();
    expect(await lastApply()).toBeNull();
    expect(await Excel.run((context) => recall(context))).toBeNull();
  });
});
