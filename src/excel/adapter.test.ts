import type { Grid } from '../core/base/grid';
import { emptyPlan, type EditPlan } from '../core/base/plan';
import { installHost, WorkbookState } from '../../test/host';
import { applyPlan, forgetInMemoryUndo, inspectPlan, lastApply, readBook, readGrid, revertLastApply, UnconfirmedOverwriteError } from './adapter';
import { maxOf } from '../core/base/arrays';

function unitGrid(rows: number, cols = 3, sheet = 'Sheet1'): Grid {
  const values: Grid['values'] = [['单位', ...Array.from({ length: cols - 1 }, (_, i) => `数${i + 1}`)]];
  for (let r = 0; r < rows; r++) values.push([`法院${r + 1}`, ...Array.from({ length: cols - 1 }, (_, i) => (r * 7 + i) % 1000)]);
  return { sheet, origin: { row: 0, col: 0 }, values };
}

function hostWith(...grids: Grid[]): WorkbookState {
  const state = new WorkbookState();
  for (const g of grids) state.seedGrid(g);
  installHost(state);
  return state;
}

async function read(state: WorkbookState, options = {}): Promise<{ grid: Grid; syncs: number }> {
  const before = state.syncs.length;
  const grid = await Excel.run((context) => readGrid(context, options));
  return { grid, syncs: state.syncs.length - before };
}

describe('readGrid', () => {
  test('reads the used range when one cell is selected: values, formulas, number formats, merges, errors', async () => {
    const state = hostWith({
      sheet: '表1',
      origin: { row: 2, col: 1 },
      values: [
        ['结案率表', null, null],
        ['单位', '结案', '率'],
        ['延吉法院', 90, null],
        ['图们法院', '', { error: '#N/A' }],
      ],
      formulas: [
        [null, null, null],
        [null, null, null],
        [null, null, '=C5/100'],
        [null, null, null],
      ],
      numberFormats: [
        [null, null, null],
        [null, null, null],
        [null, '0', '0.00%'],
        [null, null, null],
      ],
      merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
    });
    const { grid } = await read(state);
    expect(grid.sheet).toBe('表1');
    expect(grid.origin).toEqual({ row: 2, col: 1 });
    expect(grid.values).toEqual([
      ['结案率表', null, null],
      ['单位', '结案', '率'],
      ['延吉法院', 90, 0.9],
      ['图们法院', null, { error: '#N/A' }],
    ]);
    expect(grid.formulas![2][2]).toBe('=C5/100');
    expect(grid.formulas![2][1]).toBeNull();
    expect(grid.numberFormats![2]).toEqual(['General', '0', '0.00%']);
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
  });

  test('reads the selection when more than one cell is selected, cut to the used range', async () => {
    const state = hostWith(unitGrid(10));
    state.selection = { sheetId: state.sheets[0].id, range: { top: 2, left: 1, bottom: 1_048_575, right: 1 } }; // column B from row 3
    const { grid } = await read(state);
    expect(grid.origin).toEqual({ row: 2, col: 1 });
    expect(grid.values.length).toBe(9);
    expect(grid.values[0]).toEqual([7]);
  });

  test('with a chart selected instead of cells, the used range is read', async () => {
    const state = hostWith(unitGrid(4));
    state.selection = null;
    const { grid, syncs } = await read(state);
    expect(grid.values.length).toBe(5);
    expect(syncs).toBe(3);
  });

  test('an empty sheet is an empty grid', async () => {
    const state = new WorkbookState();
    state.addSheet('空表');
    installHost(state);
    const { grid } = await read(state);
    expect(grid.values).toEqual([]);
  });

  test('takes the same two syncs for 100 rows and for 100,000 rows', async () => {
    const small = await read(hostWith(unitGrid(100, 1)));
    const large = await read(hostWith(unitGrid(100_000, 1)));
    expect(large.grid.values.length).toBe(100_001);
    expect(small.syncs).toBe(2);
    expect(large.syncs).toBe(small.syncs);
  });

  test('a range past 4 MB is read in chunks sized from what the first chunk’s cells cost, every request under Excel on the web’s limit', async () => {
    const state = hostWith(unitGrid(100_000, 20));
    const progress: [number, number][] = [];
    const { grid, syncs } = await read(state, { onProgress: (done: number, total: number) => progress.push([done, total]) });
    expect(progress[progress.length - 1]).toEqual([syncs - 1, syncs - 1]);
    expect(grid.values.length).toBe(100_001);
    expect(grid.values[100_000][19]).toBe((99_999 * 7 + 18) % 1000);
    const chunks = state.syncs.slice(-(syncs - 1));
    // planned on 32 B a cell, the first chunk holds 4 MB / 32 B of cells; the rest are cut on what those cost
    const first = chunks[0];
    const measured = first.responseBytes / Math.floor((4 * 1024 * 1024) / (20 * 32)) / 20;
    expect(measured).toBeLessThan(32);
    const rest = (100_001 - Math.floor((4 * 1024 * 1024) / (20 * 32))) * 20 * measured;
    expect(syncs).toBe(2 + Math.ceil(rest / (4 * 1024 * 1024)));
    expect(syncs).toBeLessThan(1 + Math.ceil((100_001 * 20 * 32) / (4 * 1024 * 1024)));
    // every chunk after the first near the 4 MB aimed at (the last one holds what is left)
    for (const s of chunks.slice(1, -1)) expect(s.responseBytes).toBeGreaterThan(3.5 * 1024 * 1024);
    for (const s of state.syncs) expect(Math.max(s.requestBytes, s.responseBytes)).toBeLessThan(5 * 1024 * 1024);
  });

  test('a range whose cells cost more than estimated is cut in smaller chunks after the first, not refused', async () => {
    const g = unitGrid(30_000, 20);
    // long texts: ~170 B a cell (values and formulas), five times the estimate
    g.values = g.values.map((row, r) => (r === 0 ? row : row.map((v, c) => (c === 0 ? v : `${'长文本'.repeat(8)}${r}-${c}`))));
    const state = hostWith(g);
    state.payloadLimitBytes = 5 * 1024 * 1024;
    const { grid } = await read(state);
    expect(grid.values[30_000][19]).toBe(`${'长文本'.repeat(8)}30000-19`);
    const refused = (s: { responseBytes: number }) => s.responseBytes > state.payloadLimitBytes;
    // the first chunk, cut on the estimate, is refused and halved until it passes; none after it is refused
    const firstRead = state.syncs.findIndex((s, i) => i > 0 && !refused(s));
    expect(state.syncs.slice(1, firstRead).every(refused)).toBe(true);
    expect(state.syncs.slice(firstRead).some(refused)).toBe(false);
    // and the chunks after it are full: one per 4 MB of what is left, give or take one
    const left = state.syncs.slice(firstRead + 1).reduce((n, s) => n + s.responseBytes, 0);
    expect(state.syncs.length - firstRead - 1).toBeLessThanOrEqual(Math.ceil(left / (4 * 1024 * 1024)) + 1);
  });

  test('a request Excel refuses as too large is cut in half and retried', async () => {
    const state = hostWith(unitGrid(3000, 10));
    state.payloadLimitBytes = 200 * 1024;
    const { grid } = await read(state);
    expect(grid.values.length).toBe(3001);
    expect(grid.values[3000][0]).toBe('法院3000');
    expect(state.syncs.some((s) => s.responseBytes > state.payloadLimitBytes)).toBe(true); // it was refused once
  });

  test('more than 512 merged areas: the grid is read without merges instead of failing', async () => {
    const g = unitGrid(600, 4);
    g.merges = Array.from({ length: 600 }, (_, i) => ({ top: i + 1, left: 2, bottom: i + 1, right: 3 }));
    const state = hostWith(g);
    const { grid } = await read(state);
    expect(grid.values.length).toBe(601);
    expect(grid.merges).toEqual([]);
  });

  test('without ExcelApi 1.13 the merges are not asked for', async () => {
    const g = unitGrid(3, 4);
    g.merges = [{ top: 1, left: 2, bottom: 1, right: 3 }];
    const state = hostWith(g);
    state.apiVersion = '1.12';
    const { grid, syncs } = await read(state);
    expect(grid.merges).toEqual([]);
    expect(syncs).toBe(2);
  });

  test('readBook reads every visible sheet, small sheets sharing one request', async () => {
    const state = hostWith(unitGrid(5, 3, 'A'), unitGrid(7, 4, 'B'), unitGrid(2, 2, 'C'));
    state.sheets[2].visibility = 'Hidden';
    const before = state.syncs.length;
    const book = await Excel.run((context) => readBook(context));
    expect(book.map((g) => [g.sheet, g.values.length, g.values[0].length])).toEqual([
      ['A', 6, 3],
      ['B', 8, 4],
    ]);
    expect(state.syncs.length - before).toBe(3);
  });
});

describe('the host keeps Office.js’s rules', () => {
  test('reading a property that was not loaded throws, as in Excel', async () => {
    hostWith(unitGrid(2));
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('A1:B2');
      expect(() => range.values).toThrow(/not available/);
      range.load('values');
      expect(() => range.values).toThrow(/not available/); // loaded, but not synced yet
      await context.sync();
      expect(range.values).toEqual([
        ['单位', '数1'],
        ['法院1', 0],
      ]);
    });
  });
});

// ------------------------------------------------------------------------------------------------ apply
function sampleState(): WorkbookState {
  const state = hostWith({
    sheet: '数据',
    origin: { row: 0, col: 0 },
    values: [
      ['单位', '结案', '受理', '旧值'],
      ['延吉法院', 90, 100, 'old'],
      ['图们法院', 45, 50, null],
    ],
    numberFormats: [
      [null, null, null, null],
      [null, null, null, '@'],
      [null, null, null, null],
    ],
  });
  state.setStyle(state.sheets[0], 1, 3, { fill: '#FFFF00', bold: true, align: 'Center' });
  return state;
}

function samplePlan(): EditPlan {
  const plan = emptyPlan();
  plan.newSheets = ['说明'];
  plan.writes = [
    { sheet: '数据', row: 0, col: 3, value: '结案率', bold: true, fill: '#DDEBF7', align: 'center' },
    { sheet: '数据', row: 1, col: 3, formula: '=B2/C2', value: 0.9, numberFormat: '0.00%' },
    { sheet: '数据', row: 2, col: 3, formula: '=B3/C3', value: 0.9, numberFormat: '0.00%' },
    { sheet: '数据', row: 0, col: 4, value: '001' },
    { sheet: '说明', row: 0, col: 0, value: '由质效助手生成' },
  ];
  plan.merges = [{ sheet: '数据', range: { top: 4, left: 0, bottom: 4, right: 2 } }];
  plan.conditionalFormats = [{ sheet: '数据', range: { top: 1, left: 3, bottom: 2, right: 3 }, operator: 'greaterThanOrEqual', formula: '0.9', fill: '#C6EFCE' }];
  plan.charts = [
    {
      sheet: '数据',
      type: 'column',
      title: '结案率',
      categories: { top: 1, left: 0, bottom: 2, right: 0 },
      series: [
        { name: '结案率', range: { top: 1, left: 3, bottom: 2, right: 3 } },
        { name: '目标', range: { top: 1, left: 2, bottom: 2, right: 2 }, kind: 'line' },
      ],
      anchor: { row: 6, col: 0 },
    },
  ];
  plan.columnWidths = [{ sheet: '数据', col: 3, width: 12 }];
  plan.overwrites = [{ sheet: '数据', row: 1, col: 3, previous: 'old' }];
  plan.summary = ['添加结案率列'];
  return plan;
}

describe('applyPlan', () => {
  beforeEach(() => forgetInMemoryUndo());

  test('inspectPlan names every non-empty cell the plan would overwrite', async () => {
    sampleState();
    const inspection = await inspectPlan(samplePlan());
    expect(inspection.nonEmpty).toEqual([
      { sheet: '数据', row: 0, col: 3, previous: '旧值', previousFormula: null },
      { sheet: '数据', row: 1, col: 3, previous: 'old', previousFormula: null },
    ]);
  });

  test('refuses, writing nothing, when a non-empty cell is not confirmed', async () => {
    const state = sampleState();
    const before = state.snapshot('数据');
    await expect(applyPlan(samplePlan(), [{ sheet: '数据', row: 1, col: 3 }])).rejects.toBeInstanceOf(UnconfirmedOverwriteError);
    await expect(applyPlan(samplePlan(), [])).rejects.toThrow(/数据!D1/);
    expect(state.snapshot('数据')).toEqual(before);
    expect(state.sheetByName('说明')).toBeUndefined();
    expect(state.xmlParts).toEqual([]);
  });

  test('writes formulas that evaluate, formats, styles, sheets, merges, rules and charts in a constant number of syncs', async () => {
    const state = sampleState();
    const plan = samplePlan();
    const confirmed = (await inspectPlan(plan)).nonEmpty;
    const before = state.syncs.length;
    const result = await applyPlan(plan, confirmed);
    expect(state.syncs.length - before).toBe(4); // sheet names + stored undo; what the targets hold; the writes; the undo record
    expect(result.cellsWritten).toBe(5);
    const sheet = state.sheetByName('数据')!;
    expect(state.value(sheet, 1, 3)).toBe(0.9);
    expect(state.formula(sheet, 1, 3)).toBe('=B2/C2');
    expect(state.numberFormat(sheet, 1, 3)).toBe('0.00%');
    expect(state.cell(sheet, 0, 3)).toMatchObject({ fill: '#DDEBF7', bold: true, align: 'Center' });
    expect(state.value(sheet, 0, 4)).toBe('001'); // text that looks like a number stays text
    expect(state.value(state.sheetByName('说明')!, 0, 0)).toBe('由质效助手生成');
    expect(sheet.merges).toEqual([{ top: 4, left: 0, bottom: 4, right: 2 }]);
    expect(sheet.conditionalFormats).toHaveLength(1);
    expect(sheet.conditionalFormats[0]).toMatchObject({ type: 'CellValue', rule: { formula1: '=0.9', operator: 'GreaterThanOrEqual' }, fill: '#C6EFCE' });
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0].series.map((s) => [s.name, s.chartType])).toEqual([
      ['结案率', null],
      ['目标', 'Line'],
    ]);
    expect(sheet.columnWidths.get(3)).toBe(68);
  });

  test('the sync count of an apply does not grow with the number of cells', async () => {
    const counts: number[] = [];
    for (const rows of [10, 20_000]) {
      const state = hostWith(unitGrid(rows, 3));
      const plan = emptyPlan();
      for (let r = 1; r <= rows; r++) plan.writes.push({ sheet: 'Sheet1', row: r, col: 3, formula: `=B${r + 1}+C${r + 1}`, value: 0 });
      const before = state.syncs.length;
      await applyPlan(plan, []);
      counts.push(state.syncs.length - before);
    }
    expect(counts[1]).toBe(counts[0]);
  });

  test('a write past 4 MB goes out in requests cut on its real size, each under Excel on the web’s limit, and reverts the same way', async () => {
    const rows = 30_000; // long formulas: ~250 bytes a cell with its format, 7 MB in all
    const long = (r: number) => `=A${r + 1}-B${r + 1}+0*(${Array.from({ length: 24 }, (_, i) => `A${r + 1}*${i + 1}`).join('+')})`;
    const state = hostWith({
      sheet: 'S',
      origin: { row: 0, col: 0 },
      // what the write replaces is long too (a note typed by hand), so the revert is as large
      values: Array.from({ length: rows }, (_, r) => [r, 2 * r, `第 ${r + 1} 行手工填写的说明：${'本行数据待与审判管理系统核实后再定。'.repeat(5)}`]),
    });
    const before = state.snapshot('S');
    const plan = emptyPlan();
    for (let r = 0; r < rows; r++) plan.writes.push({ sheet: 'S', row: r, col: 2, formula: long(r), value: r, numberFormat: '0.00%' });
    const first = state.syncs.length;
    const applied = await applyPlan(plan, (await inspectPlan(plan)).nonEmpty);
    const applySyncs = state.syncs.slice(first);
    // 30,000 notes are too large a record for the workbook: kept in memory, and the pane is told so
    expect(applied.undoStored).toBe(false);
    expect(state.xmlParts).toEqual([]);
    expect(state.formula(state.sheets[0], rows - 1, 2)).toBe(long(rows - 1));
    expect(state.value(state.sheets[0], 7, 2)).toBe(-7);
    expect(maxOf(applySyncs.map((s) => s.requestBytes))).toBeGreaterThan(2 * 1024 * 1024); // the requests are full
    for (const s of applySyncs) expect(s.requestBytes).toBeLessThan(5 * 1024 * 1024);
    const mid = state.syncs.length;
    await revertLastApply();
    const revertSyncs = state.syncs.slice(mid);
    expect(maxOf(revertSyncs.map((s) => s.requestBytes))).toBeGreaterThan(2 * 1024 * 1024);
    for (const s of revertSyncs) expect(s.requestBytes).toBeLessThan(5 * 1024 * 1024);
    // compared as text: a deep toEqual of 420,000 cells takes jest ten seconds
    expect(JSON.stringify(state.snapshot('S'))).toBe(JSON.stringify(before));
  });

  test('撤销上次操作 restores values, formulas, formats and styles exactly and removes what the apply created', async () => {
    const state = sampleState();
    state.setInput(state.sheets[0], 3, 0, '=SUM(B2:B3)');
    const before = state.snapshot('数据');
    const plan = samplePlan();
    plan.writes.push({ sheet: '数据', row: 3, col: 0, value: 'x' });
    await applyPlan(plan, (await inspectPlan(plan)).nonEmpty);
    expect(state.snapshot('数据')).not.toEqual(before);
    const result = await revertLastApply();
    expect(result?.summary).toBe('添加结案率列');
    expect(state.snapshot('数据')).toEqual(before);
    expect(state.sheetByName('说明')).toBeUndefined();
    expect(state.xmlParts).toEqual([]);
    expect(await revertLastApply()).toBeNull();
  });

  test('an added column takes the table’s look (styleFrom), its own number format on top, and 撤销上次操作 takes it away', async () => {
    const state = hostWith({
      sheet: '表',
      origin: { row: 0, col: 0 },
      values: [
        ['院别', '结案率'],
        ['甲法院', 0.9],
        ['乙法院', 0.8],
      ],
      numberFormats: [
        [null, null],
        [null, '0.0%'],
        [null, '0.0%'],
      ],
    });
    const sheet = state.sheets[0];
    state.setStyle(sheet, 0, 1, { fill: '#DDEBF7', bold: true, align: 'Center' });
    state.setStyle(sheet, 1, 1, { fill: '#FFF2CC' });
    state.setStyle(sheet, 2, 1, { fill: '#FFF2CC' });
    const before = state.snapshot('表');
    const plan = emptyPlan();
    plan.writes.push(
      { sheet: '表', row: 0, col: 2, value: '结案率目标', styleFrom: { row: 0, col: 1 } },
      { sheet: '表', row: 1, col: 2, value: '≧85%', styleFrom: { row: 1, col: 1 }, align: 'center' },
      { sheet: '表', row: 2, col: 2, value: '≧85%', styleFrom: { row: 2, col: 1 }, align: 'center' },
      { sheet: '表', row: 0, col: 3, value: '结案率差距', styleFrom: { row: 0, col: 1 } },
      { sheet: '表', row: 1, col: 3, formula: '=B2-0.85', value: 0.05, numberFormat: '0.00%', styleFrom: { row: 1, col: 1 } },
      { sheet: '表', row: 2, col: 3, formula: '=B3-0.85', value: -0.05, numberFormat: '0.00%', styleFrom: { row: 2, col: 1 } },
    );
    await applyPlan(plan, []);
    // the header as the table's header; the body as the table's body
    expect(state.cell(sheet, 0, 2)).toMatchObject({ fill: '#DDEBF7', bold: true, align: 'Center' });
    expect(state.cell(sheet, 0, 3)).toMatchObject({ fill: '#DDEBF7', bold: true });
    expect(state.cell(sheet, 1, 2)).toMatchObject({ fill: '#FFF2CC', align: 'Center', numberFormat: '0.0%' });
    // the plan's own number format wins over the copied one
    expect(state.cell(sheet, 2, 3)).toMatchObject({ fill: '#FFF2CC', numberFormat: '0.00%' });
    expect(state.value(sheet, 2, 3)).toBeCloseTo(-0.05, 12);
    await revertLastApply();
    expect(state.snapshot('表')).toEqual(before);
  });

  test('a column styled from a 是否达标 column carries none of its green/red rules, and 撤销上次操作 leaves the sheet as before', async () => {
    const state = hostWith({
      sheet: '表',
      origin: { row: 0, col: 0 },
      values: [
        ['院别', '是否达标'],
        ['甲法院', '是'],
        ['乙法院', '否'],
      ],
    });
    const sheet = state.sheets[0];
    state.setStyle(sheet, 0, 1, { fill: '#DDEBF7', bold: true });
    const green = { id: '{CF-green}', range: { top: 1, left: 1, bottom: 2, right: 1 }, type: 'CellValue', rule: { formula1: '="是"', operator: 'EqualTo' }, fill: '#C6EFCE', fontColor: null };
    const red = { id: '{CF-red}', range: { top: 1, left: 1, bottom: 2, right: 1 }, type: 'CellValue', rule: { formula1: '="否"', operator: 'EqualTo' }, fill: '#FFC7CE', fontColor: null };
    sheet.conditionalFormats.push(green, red);
    const before = state.snapshot('表');
    const plan = emptyPlan();
    plan.writes.push(
      { sheet: '表', row: 0, col: 2, value: '结案率', styleFrom: { row: 0, col: 1 } },
      { sheet: '表', row: 1, col: 2, value: 0.9, numberFormat: '0.0%', styleFrom: { row: 1, col: 1 } },
      { sheet: '表', row: 2, col: 2, value: 0.8, numberFormat: '0.0%', styleFrom: { row: 2, col: 1 } },
    );
    plan.conditionalFormats = [{ sheet: '表', range: { top: 1, left: 2, bottom: 2, right: 2 }, operator: 'greaterThanOrEqual', formula: '0.85', fill: '#C6EFCE' }];
    const syncsBefore = state.syncs.length;
    await applyPlan(plan, []);
    expect(state.syncs.length - syncsBefore).toBe(4);
    expect(state.cell(sheet, 0, 2)).toMatchObject({ fill: '#DDEBF7', bold: true });
    // the 是否达标 rules stay where they were; the new column carries only the plan's own rule
    const onNewColumn = sheet.conditionalFormats.filter((f) => f.range.left <= 2 && f.range.right >= 2);
    expect(onNewColumn).toHaveLength(1);
    expect(onNewColumn[0]).toMatchObject({ rule: { formula1: '=0.85', operator: 'GreaterThanOrEqual' } });
    expect(sheet.conditionalFormats.filter((f) => f.range.left === 1 && f.range.right === 1)).toEqual([green, red]);
    await revertLastApply();
    expect(state.snapshot('表')).toEqual(before);
  });

  test('the test host copies a format’s conditional formats along with it, as Excel does', async () => {
    const state = hostWith({ sheet: '表', origin: { row: 0, col: 0 }, values: [['是否达标'], ['是'], ['否']] });
    const sheet = state.sheets[0];
    sheet.conditionalFormats.push({ id: '{CF-green}', range: { top: 1, left: 0, bottom: 2, right: 0 }, type: 'CellValue', rule: { formula1: '="是"', operator: 'EqualTo' }, fill: '#C6EFCE', fontColor: null });
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('表');
      ws.getRange('B2:B3').copyFrom(ws.getRange('A2:A3'), 'Formats');
      await context.sync();
    });
    expect(sheet.conditionalFormats.map((f) => f.range)).toEqual([
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 1, bottom: 2, right: 1 },
    ]);
  });

  test('a merge that would clear a non-empty cell names it first, and 撤销上次操作 puts its value back', async () => {
    const state = sampleState();
    state.setInput(state.sheets[0], 5, 1, '手填说明');
    const before = state.snapshot('数据');
    const plan = emptyPlan();
    plan.writes = [{ sheet: '数据', row: 4, col: 1, value: '新表头', bold: true }];
    plan.merges = [{ sheet: '数据', range: { top: 4, left: 1, bottom: 5, right: 1 } }];
    const { nonEmpty } = await inspectPlan(plan);
    expect(nonEmpty).toEqual([{ sheet: '数据', row: 5, col: 1, previous: '手填说明', previousFormula: null }]);
    await expect(applyPlan(plan, [])).rejects.toThrow(UnconfirmedOverwriteError);
    expect(state.snapshot('数据')).toEqual(before);
    await applyPlan(plan, nonEmpty);
    expect(state.sheets[0].merges).toContainEqual({ top: 4, left: 1, bottom: 5, right: 1 });
    await revertLastApply();
    expect(state.snapshot('数据')).toEqual(before);
    expect(state.value(state.sheets[0], 5, 1)).toBe('手填说明');
  });

  test('the undo record survives a pane reload (it is kept in the workbook)', async () => {
    const state = sampleState();
    const before = state.snapshot('数据');
    const plan = samplePlan();
    expect((await applyPlan(plan, (await inspectPlan(plan)).nonEmpty)).undoStored).toBe(true);
    expect(state.xmlParts).toHaveLength(1);
    forgetInMemoryUndo();
    expect((await lastApply())?.summary).toBe('添加结案率列');
    forgetInMemoryUndo();
    await revertLastApply();
    expect(state.snapshot('数据')).toEqual(before);
  });

  test('a write to a sheet that does not exist is refused before anything is written', async () => {
    const state = sampleState();
    const plan = emptyPlan();
    plan.writes = [
      { sheet: '数据', row: 5, col: 0, value: 1 },
      { sheet: '没有的表', row: 0, col: 0, value: 1 },
    ];
    await expect(applyPlan(plan, [])).rejects.toThrow(/没有的表/);
    expect(state.value(state.sheets[0], 5, 0)).toBe('');
  });
});
