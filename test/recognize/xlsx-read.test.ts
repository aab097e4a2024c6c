import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { CliError } from '../../src/cli/types';
import { dateToSerial, readWorkbook, selectSheets } from '../../src/cli/xlsx-read';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zhixiao-read-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function writeBook(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const file = path.join(tmp, name);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('readWorkbook normalises what ExcelJS reads into the Grid conventions', () => {
  let file: string;
  beforeAll(async () => {
    file = await writeBook('cells.xlsx', (wb) => {
      const ws = wb.addWorksheet('表一');
      ws.getCell('A1').value = '附件2';
      ws.mergeCells('B2:C3');
      ws.getCell('B2').value = '二审';
      ws.getCell('A4').value = new Date(Date.UTC(2023, 0, 1));
      ws.getCell('A4').numFmt = 'yyyy-mm-dd';
      ws.getCell('B4').value = { richText: [{ text: '被' }, { font: { bold: true }, text: '改判' }] };
      ws.getCell('C4').value = 3;
      ws.getCell('D4').value = { formula: 'C4*2', result: 6 };
      ws.getCell('D4').numFmt = '0.00%';
      ws.getCell('E4').value = { error: '#DIV/0!' };
      ws.getCell('F4').value = { text: '数据来源', hyperlink: 'http://example.invalid/' };
      ws.getCell('G4').value = { formula: '1/0', result: { error: '#DIV/0!' } };
      ws.getCell('H4').value = true;
      wb.addWorksheet('空表');
    });
  });

  it('returns one grid per sheet, in tab order, anchored at A1', async () => {
    const grids = await readWorkbook(file);
    expect(grids.map((g) => g.sheet)).toEqual(['表一', '空表']);
    expect(grids[0].origin).toEqual({ row: 0, col: 0 });
    expect(grids[0].values).toHaveLength(4);
    expect(grids[0].values.every((r) => r.length === 8)).toBe(true);
    expect(grids[1].values).toEqual([]);
  });

  it('keeps a merged value only in the top-left cell and lists the merge', async () => {
    const [g] = await readWorkbook(file);
    expect(g.values[1][1]).toBe('二审');
    expect(g.values[1][2]).toBeNull();
    expect(g.values[2][1]).toBeNull();
    expect(g.values[2][2]).toBeNull();
    expect(g.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 2 }]);
  });

  it('turns dates into Excel serials, rich text and hyperlinks into plain text', async () => {
    const [g] = await readWorkbook(file);
    expect(g.values[3][0]).toBe(44927); // 2023-01-01
    expect(g.numberFormats![3][0]).toBe('yyyy-mm-dd');
    expect(g.values[3][1]).toBe('被改判');
    expect(g.values[3][5]).toBe('数据来源');
    expect(g.values[3][7]).toBe(true);
  });

  it('puts a formula in formulas and its cached result in values', async () => {
    const [g] = await readWorkbook(file);
    expect(g.values[3][3]).toBe(6);
    expect(g.formulas![3][3]).toBe('=C4*2');
    expect(g.numberFormats![3][3]).toBe('0.00%');
    expect(g.formulas![3][2]).toBeNull();
  });

  it('translates a shared formula to each cell that uses it', async () => {
    const file = await writeBook('shared.xlsx', (wb) => {
      const ws = wb.addWorksheet('s');
      ws.getCell('A2').value = 1;
      ws.getCell('A3').value = 2;
      ws.getCell('B2').value = { formula: 'A2*2', result: 2, shareType: 'shared', ref: 'B2:B3' } as ExcelJS.CellFormulaValue;
      ws.getCell('B3').value = { sharedFormula: 'B2', result: 4 } as ExcelJS.CellSharedFormulaValue;
    });
    const [g] = await readWorkbook(file);
    expect(g.formulas!.map((r) => r[1])).toEqual([null, '=A2*2', '=A3*2']);
    expect(g.values.map((r) => r[1])).toEqual([null, 2, 4]);
  });

  it('reads error cells, and formulas whose result is an error, as ErrorValues', async () => {
    const [g] = await readWorkbook(file);
    expect(g.values[3][4]).toEqual({ error: '#DIV/0!' });
    expect(g.values[3][6]).toEqual({ error: '#DIV/0!' });
    expect(g.formulas![3][6]).toBe('=1/0');
  });

  it('converts a date to the serial Excel shows (1900 system)', () => {
    expect(dateToSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
    expect(dateToSerial(new Date(Date.UTC(2024, 1, 29, 12)))).toBe(45351.5);
  });
});

test('a formula’s cached result of 0 or FALSE is read as shown, not as a blank; a formula never calculated stays blank', async () => {
  const file = await writeBook('falsy.xlsx', (wb) => {
    const ws = wb.addWorksheet('S');
    ws.getCell('B1').value = 1;
    ws.getCell('A1').value = { formula: 'B1-B1', result: 0 } as ExcelJS.CellFormulaValue;
    ws.getCell('A2').value = { formula: 'B1>1', result: false } as ExcelJS.CellFormulaValue;
    ws.getCell('A3').value = { formula: 'B1+1', result: 2 } as ExcelJS.CellFormulaValue;
    ws.getCell('A4').value = { formula: 'B1*3' } as ExcelJS.CellFormulaValue;
  });
  const [grid] = await readWorkbook(file);
  expect(grid.values.map((row) => row[0])).toEqual([0, false, 2, null]);
  expect(grid.formulas!.map((row) => row[0])).toEqual(['=B1-B1', '=B1>1', '=B1+1', '=B1*3']);
});

test('formulas read as typed (ZX. and RANK.EQ, not the file’s _xldudf_ZX_ and _xlfn.), cell-value rules as the plan writes them', async () => {
  const file = await writeBook('own.xlsx', (wb) => {
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = { formula: '_xldudf_ZX_JSB_RATIO(B1,C1)', result: 1 } as ExcelJS.CellFormulaValue;
    ws.getCell('A2').value = { formula: '_xlfn.IFNA(IF(_xldudf_ZX_MEETS(B1,C1),"达标","未达标"),"不考核")', result: '达标' } as ExcelJS.CellFormulaValue;
    ws.getCell('A3').value = { formula: '_xlfn.RANK.EQ(B1,$B$1:$B$3,0)', result: 1 } as ExcelJS.CellFormulaValue;
    ws.addConditionalFormatting({
      ref: 'A2:A5',
      rules: [
        {
          type: 'cellIs',
          operator: 'equal',
          formulae: ['"达标"'],
          priority: 1,
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFC6EFCE' } }, font: { color: { argb: 'FF006100' } } },
        },
      ],
    });
  });
  const [grid] = await readWorkbook(file);
  expect(grid.formulas!.map((row) => row[0])).toEqual(['=ZX.JSB_RATIO(B1,C1)', '=IFNA(IF(ZX.MEETS(B1,C1),"达标","未达标"),"不考核")', '=RANK.EQ(B1,$B$1:$B$3,0)']);
  expect(grid.conditionalFormats).toEqual([{ range: { top: 1, left: 0, bottom: 4, right: 0 }, operator: 'equal', formula: '"达标"', fill: '#C6EFCE', fontColor: '#006100' }]);
});

describe('an unreadable input is one Chinese line, as a CliError', () => {
  it('names a missing file', async () => {
    await expect(readWorkbook(path.join(tmp, 'nope.xlsx'))).rejects.toThrow(new CliError(`找不到文件「${path.join(tmp, 'nope.xlsx')}」`));
  });

  it('asks for .xlsx when given an old .xls', async () => {
    const file = path.join(tmp, 'old.xls');
    fs.writeFileSync(file, 'not a workbook');
    await expect(readWorkbook(file)).rejects.toThrow(/不是 \.xlsx 文件：请在 Excel 或 WPS 中另存为 \.xlsx/);
  });

  it('says a damaged or non-xlsx file cannot be read', async () => {
    const file = path.join(tmp, 'broken.xlsx');
    fs.writeFileSync(file, 'PK but not really');
    const err = await readWorkbook(file).catch((e) => e);
    expect(err).toBeInstanceOf(CliError);
    expect(err.message).toBe('无法读取「broken.xlsx」：不是有效的 .xlsx 文件或文件已损坏');
    expect(err.message).not.toMatch(/\n/);
  });

  it('rejects a folder', async () => {
    await expect(readWorkbook(tmp)).rejects.toThrow(/是一个文件夹/);
  });

  it('lists the sheets when --sheet names one that does not exist', async () => {
    const grids = [{ sheet: '附件2', origin: { row: 0, col: 0 }, values: [] }, { sheet: '附件3', origin: { row: 0, col: 0 }, values: [] }];
    expect(selectSheets(grids, '附件3').map((g) => g.sheet)).toEqual(['附件3']);
    expect(() => selectSheets(grids, '附件9')).toThrow('工作表「附件9」不存在。工作簿中的工作表：附件2、附件3');
  });
});
