/**
 * Apply and revert on every fixture, after putting the user's own formats, rules and merged blocks around the
 * table (on the cells the fill writes, around them, beside its header), on the test host: the book must be
 * as it was, cell by cell — content, number format, fill, font, borders, alignment, wrapping — and its merged
 * areas, column widths, conditional formats (in priority order), charts and sheets. The plans are the fill's
 * (the case list's: the aggregate's new sheets), each with a chart and a note sheet besides.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readWorkbook } from '../../src/cli/xlsx-read';
import type { CellRange, Grid } from '../../src/core/base/grid';
import type { EditPlan } from '../../src/core/base/plan';
import { aggregateChoices, recognizeCaseList, runAggregate } from '../../src/core/caselist';
import { planFill } from '../../src/core/kinds';
import { recognizeGrid } from '../../src/core/recognize';
import { applyPlan, forgetInMemoryUndo, inspectPlan, revertLastApply } from '../../src/excel/adapter';
import { installHost, workbookFrom, type WorkbookState } from './index';
import type { CellState, SheetState } from './workbook';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const FILES = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')).sort();

const overlaps = (a: CellRange, b: CellRange) => !(a.bottom < b.top || a.top > b.bottom || a.right < b.left || a.left > b.right);

/** the look the user gave the cells the fill writes */
const ON_WRITTEN: Partial<CellState> = {
  fill: '#FFFF00',
  numberFormat: '0.0',
  font: { italic: true, underline: 'Single', strikethrough: true, color: '#FF0000', name: 'Arial', size: 9 },
  borders: { left: { style: 'Dash', color: '#FF0000', weight: 'Medium' }, bottom: { style: 'Double', color: '#00B050', weight: 'Thick' } },
  vAlign: 'Top',
  wrap: true,
  align: 'Right',
};
/** and the cells around them (the table's last column among them: what the added columns copy) */
const AROUND: Partial<CellState> = {
  fill: '#E2EFDA',
  bold: true,
  font: { color: '#1F4E79', name: '宋体', size: 12 },
  borders: { top: { style: 'Continuous', color: '#000000', weight: 'Thin' }, right: { style: 'Continuous', color: '#000000', weight: 'Thin' } },
  vAlign: 'Center',
};

/** Put the user's formats, rules and merged blocks on and around what the plan writes; returns what was put where. */
function decorate(state: WorkbookState, plan: EditPlan): { rules: number; merges: number; styled: number } {
  const done = { rules: 0, merges: 0, styled: 0 };
  const written = new Set(plan.writes.map((w) => `${w.sheet}\u0000${w.row}\u0000${w.col}`));
  const isWritten = (sheet: string, row: number, col: number) => written.has(`${sheet}\u0000${row}\u0000${col}`);
  for (const sheet of state.sheets) {
    const writes = plan.writes.filter((w) => w.sheet === sheet.name);
    if (!writes.length) continue;
    const box = {
      top: Math.max(0, Math.min(...writes.map((w) => w.row)) - 1),
      left: Math.max(0, Math.min(...writes.map((w) => w.col)) - 1),
      bottom: Math.max(...writes.map((w) => w.row)) + 1,
      right: Math.max(...writes.map((w) => w.col)) + 1,
    };
    for (let r = box.top; r <= box.bottom; r++) {
      for (let c = box.left; c <= box.right; c++) {
        state.setStyle(sheet, r, c, structuredClone(isWritten(sheet.name, r, c) ? ON_WRITTEN : AROUND));
        done.styled++;
      }
    }
    for (let c = box.left; c <= box.right; c++) sheet.columnWidths.set(c, 30 + c);
    const firstCol = Math.min(...writes.map((w) => w.col));
    const id = () => state.newId('{USER-');
    sheet.conditionalFormats.push(
      // stop-if-true on the written area, so their order matters
      { id: id(), range: { ...box, top: box.top + 1, bottom: box.bottom - 1 }, type: 'Custom', rule: { formula1: '=LEN(A1)>3' }, fill: null, fontColor: '#9C0006', font: { italic: true }, stopIfTrue: true },
      // far from the table: never touched, it keeps its place in the order
      { id: id(), range: { top: box.bottom + 3, left: box.right + 3, bottom: box.bottom + 5, right: box.right + 3 }, type: 'CellValue', rule: { formula1: '=0', operator: 'EqualTo' }, fill: '#EEEEEE', fontColor: null },
      // across everything written and around it: the apply cuts it into pieces
      { id: id(), range: box, type: 'CellValue', rule: { formula1: '=0.5', operator: 'LessThan' }, fill: '#FFC7CE', fontColor: '#9C0006', font: { bold: true } },
      // on the first written column only
      { id: id(), range: { top: box.top, left: firstCol, bottom: box.bottom, right: firstCol }, type: 'DataBar', rule: null, fill: null, fontColor: null, details: { barDirection: 'LeftToRight', positiveFormat: { fillColor: '#638EC6', gradientFill: true } } },
    );
    done.rules += 4;
    // an empty merged block where the plan merges a header: one column wider when that column is free, else the same
    for (const m of plan.merges.filter((x) => x.sheet === sheet.name)) {
      const wider = { ...m.range, right: m.range.right + 1 };
      const free = (r: CellRange) => {
        for (let row = r.top; row <= r.bottom; row++) {
          for (let col = r.left; col <= r.right; col++) {
            if ((row !== r.top || col !== r.left) && (isWritten(sheet.name, row, col) || (state.cell(sheet, row, col)?.input ?? null) !== null)) return false;
          }
        }
        return !sheet.merges.some((x) => overlaps(x, r));
      };
      const block = free(wider) ? wider : free(m.range) ? m.range : null;
      if (block) {
        sheet.merges.push({ ...block });
        done.merges++;
      }
    }
  }
  return done;
}

function sheetsOf(state: WorkbookState): { names: string[]; snapshots: unknown[] } {
  return { names: state.sheets.map((s: SheetState) => s.name), snapshots: state.sheets.map((s) => state.snapshot(s.name)) };
}

/**
 * What the pane applies for the book: the fill's plan; for a case list, the 案件统计 and 未计入案件 sheets of the
 * aggregate. A chart of the first written column and a note sheet are added to each, as the apply's other
 * creations, so that every fixture's revert must remove them too.
 */
function planFor(book: Grid[]): EditPlan {
  const caseList = book.map((grid) => ({ grid, table: recognizeCaseList(grid) })).find((x) => x.table);
  let plan: EditPlan;
  if (caseList?.table) {
    const choices = aggregateChoices(caseList.grid, caseList.table);
    const period = choices.periods.find((p) => p.spec.kind === 'statistical-year')!.spec;
    plan = runAggregate(caseList.grid, caseList.table, { by: choices.units.find((u) => u.available)!.by, period, existingSheets: book.map((g) => g.sheet), source: 'fixture' }).plan;
  } else {
    plan = planFill(book, book.flatMap((g) => recognizeGrid(g)), { ranks: true });
  }
  if (!plan.writes.length) return plan;
  const first = plan.writes[0];
  const column = plan.writes.filter((w) => w.sheet === first.sheet && w.col === first.col).map((w) => w.row);
  const rows = { top: Math.min(...column), bottom: Math.max(...column) };
  plan.charts.push({
    sheet: first.sheet,
    type: 'column',
    title: '检查用图表',
    categories: { ...rows, left: Math.max(0, first.col - 1), right: Math.max(0, first.col - 1) },
    series: [{ name: '新列', range: { ...rows, left: first.col, right: first.col } }],
    anchor: { row: rows.bottom + 8, col: first.col },
  });
  plan.newSheets.push('撤销检查说明');
  plan.writes.push({ sheet: '撤销检查说明', row: 0, col: 0, value: '由质效助手生成', bold: true });
  return plan;
}

const exercised: { file: string; writes: number; rules: number; merges: number; styled: number; sheets: number }[] = [];

describe.each(FILES)('%s: apply and revert with the user’s formats, rules and merges around the table', (file) => {
  beforeEach(() => forgetInMemoryUndo());

  test('the book is as it was, cell by cell', async () => {
    const book: Grid[] = await readWorkbook(path.join(FIXTURES, file));
    const plan = planFor(book);
    if (!plan.writes.length) return; // nothing to fill in this one (a target table)
    const state = workbookFrom(book);
    installHost(state);
    const decorated = decorate(state, plan);
    const before = sheetsOf(state);
    const { nonEmpty } = await inspectPlan(plan);
    await applyPlan(plan, nonEmpty);
    expect(sheetsOf(state)).not.toEqual(before);
    expect(state.sheets.find((s) => s.name === plan.charts[0].sheet)!.charts).toHaveLength(1);
    await revertLastApply();
    const after = sheetsOf(state);
    expect(after.names).toEqual(before.names);
    before.names.forEach((name, i) => expect({ sheet: name, ...(after.snapshots[i] as object) }).toEqual({ sheet: name, ...(before.snapshots[i] as object) }));
    exercised.push({ file, writes: plan.writes.length, ...decorated, sheets: plan.newSheets.length });
  });
});

afterAll(() => {
  expect(exercised.length).toBeGreaterThanOrEqual(13);
  // the case list's aggregate writes only on its two new sheets, besides the note
  expect(exercised.some((e) => e.sheets === 3)).toBe(true);
  // every fill wrote on the table's sheet, among the user's formats and rules
  expect(exercised.filter((e) => e.rules > 0 && e.styled > 0).length).toBeGreaterThanOrEqual(12);
  expect(exercised.some((e) => e.merges > 0)).toBe(true);
});
