/**
 * ZX formulas in files the command line writes are dynamic arrays, stored as Excel stores them; formulas of
 * native functions that return one value stay plain.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { markSheet, saveZxFormulasAsDynamicArrays, withMetadataRelationship } from '../../src/cli/dynamic-arrays';
import { run } from '../../src/cli/main';
import { readWorkbook } from '../../src/cli/xlsx-read';
import { FORMULAS_FILE_NOTE, writeWorkbookFile } from '../../src/cli/xlsx-write';

/**
 * What Excel 365 writes for a dynamic-array formula, copied here on its own so that the module cannot drift from
 * it: the parts of a workbook Excel saved with `=SEQUENCE(3)` in B1 (as XlsxWriter's comparison files, made in
 * Excel, hold them; [MS-XLSX] CT_DynamicArrayProperties). Excel ends the XML declaration with CR LF.
 */
const EXCEL = {
  cell: '<c r="B1" cm="1"><f t="array" ref="B1:B3">_xlfn.SEQUENCE(3)</f><v>1</v></c>',
  metadata:
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes><futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata><cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>',
  contentType: '<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/>',
  relationship: /<Relationship Id="(rId\d+)" Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/sheetMetadata" Target="metadata\.xml"\/>/,
};

const SAMPLE = path.join(__dirname, '..', '..', 'examples', 'sample-yanbian-2019.xlsx');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhixiao-dynamic-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sheetOf = (cells: string) => `<worksheet><sheetData><row r="1">${cells}</row></sheetData></worksheet>`;

describe('a worksheet’s cells (markSheet)', () => {
  test('a ZX formula becomes the cell Excel writes: cm="1", <f t="array" ref>', () => {
    const { xml, marked } = markSheet(sheetOf('<c r="F5" s="3"><f>_xldudf_ZX_FWXS_RATE(D5,E5)</f><v>0.84</v></c>'));
    expect(marked).toBe(1);
    expect(xml).toBe(sheetOf('<c r="F5" s="3" cm="1"><f t="array" ref="F5">_xldudf_ZX_FWXS_RATE(D5,E5)</f><v>0.84</v></c>'));
  });

  test('the same shape as Excel’s own dynamic array, attribute for attribute', () => {
    // Excel's cell with the function swapped for a ZX one and the spill range for one cell: nothing else differs
    const { xml } = markSheet(sheetOf('<c r="B1"><f>_xldudf_ZX_SEQ(3)</f><v>1</v></c>'));
    expect(xml).toBe(sheetOf(EXCEL.cell.replace('_xlfn.SEQUENCE', '_xldudf_ZX_SEQ').replace('B1:B3', 'B1')));
  });

  test('text, error and boolean results keep their type, with cm after it as in CT_Cell', () => {
    const { xml } = markSheet(
      sheetOf(
        '<c r="A1" t="str"><f>_xlfn.IFNA(IF(_xldudf_ZX_MEETS(B1,"≥90%"),"达标","未达标"),"不考核")</f><v>达标</v></c>' +
          '<c r="A2" s="2" t="e"><f>_xldudf_ZX_ZSGF_RATIO(B2,C2)</f><v>#DIV/0!</v></c>',
      ),
    );
    expect(xml).toContain('<c r="A1" t="str" cm="1"><f t="array" ref="A1">_xlfn.IFNA(');
    expect(xml).toContain('<c r="A2" s="2" t="e" cm="1"><f t="array" ref="A2">_xldudf_ZX_ZSGF_RATIO(B2,C2)</f><v>#DIV/0!</v></c>');
  });

  test('native formulas, shared formulas, values and empty cells stay as they are', () => {
    const cells =
      '<c r="A1"><f>SUM(B1:B9)</f><v>3</v></c>' +
      '<c r="A2"><f>_xlfn.RANK.EQ(B2,$B$2:$B$9,0)</f><v>1</v></c>' +
      '<c r="A3"><f t="shared" ref="A3:A4" si="0">_xldudf_ZX_JA_RATE(B3,C3)</f><v>0.5</v></c>' +
      '<c r="A4"><f t="shared" si="0"/><v>0.5</v></c>' +
      '<c r="A5" t="s"><v>7</v></c><c r="A6" s="1"/>';
    expect(markSheet(sheetOf(cells))).toEqual({ xml: sheetOf(cells), marked: 0 });
  });

  test('an array formula keeps its range and gains cm; a second pass changes nothing', () => {
    const once = markSheet(sheetOf('<c r="A1" cm="1"><f t="array" ref="A1:A3">_xldudf_ZX_JA_RATE(B1:B3,C1:C3)</f><v>1</v></c>'));
    expect(once.xml).toBe(sheetOf('<c r="A1" cm="1"><f t="array" ref="A1:A3">_xldudf_ZX_JA_RATE(B1:B3,C1:C3)</f><v>1</v></c>'));
    expect(markSheet(once.xml).xml).toBe(once.xml);
  });

  test('a relationship id already taken is not reused', () => {
    const rels = '<Relationships><Relationship Id="rId1" Target="a"/><Relationship Id="rId3" Target="b"/></Relationships>';
    expect(EXCEL.relationship.exec(withMetadataRelationship(rels))?.[1]).toBe('rId4');
  });
});

describe('the formulas file of the demo (zhixiao fill)', () => {
  const withFormulas = path.join(dir, 'filled.xlsx');
  const withValues = path.join(dir, 'values.xlsx');
  let zip: JSZip;

  const said = { formulas: [] as string[], values: [] as string[] };

  beforeAll(async () => {
    const io = (lines: string[]) => ({ out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) });
    expect(await run(['fill', SAMPLE, '-o', withFormulas, '--preset', '延边2019'], io(said.formulas))).toBe(0);
    expect(await run(['fill', SAMPLE, '-o', withValues, '--preset', '延边2019', '--values'], io(said.values))).toBe(0);
    zip = await JSZip.loadAsync(fs.readFileSync(withFormulas));
  });

  async function formulaCells(z: JSZip): Promise<{ part: string; cell: string; formula: string }[]> {
    const parts = Object.keys(z.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    const cells: { part: string; cell: string; formula: string }[] = [];
    for (const part of parts) {
      const xml = await z.file(part)!.async('string');
      for (const m of xml.matchAll(/<c\b[^>]*>(?:(?!<\/c>)[\s\S])*?<f\b[^>]*>([^<]*)<\/f>[\s\S]*?<\/c>/g)) cells.push({ part, cell: m[0], formula: m[1] });
    }
    return cells;
  }

  test('every cell calling a ZX function is a one-cell dynamic array, as Excel saves it', async () => {
    const zx = (await formulaCells(zip)).filter((c) => c.formula.includes('_xldudf_ZX_'));
    expect(zx.length).toBeGreaterThan(300);
    for (const { cell } of zx) {
      const address = /^<c r="([A-Z]+\d+)"/.exec(cell)![1];
      expect(cell).toMatch(new RegExp(`^<c r="${address}"(?: s="\\d+")?(?: t="(?:str|e|b)")? cm="1"><f t="array" ref="${address}">[^<]*_xldudf_ZX_[^<]*</f><v>[^<]*</v></c>$`));
    }
  });

  test('native formulas that return one value stay plain <f> without cm', async () => {
    const native = (await formulaCells(zip)).filter((c) => !c.formula.includes('_xldudf_ZX_'));
    expect(native.length).toBeGreaterThan(50);
    expect(native.some((c) => c.formula.startsWith('_xlfn.RANK.EQ('))).toBe(true);
    for (const { cell } of native) {
      expect(cell).not.toMatch(/ cm="|t="array"/);
      expect(cell).toMatch(/<f>/);
    }
  });

  test('xl/metadata.xml is Excel’s dynamic-array metadata, with its content type and workbook relationship', async () => {
    expect(await zip.file('xl/metadata.xml')!.async('string')).toBe(EXCEL.metadata);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types.split(EXCEL.contentType)).toHaveLength(2);
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    const id = EXCEL.relationship.exec(rels)?.[1];
    expect(id).toBeDefined();
    expect(Array.from(rels.matchAll(/ Id="([^"]*)"/g), (m) => m[1]).filter((x) => x === id)).toHaveLength(1);
  });

  test('the file still reads back: ExcelJS and our reader see the same ZX formulas and cached results', async () => {
    const grids = await readWorkbook(withFormulas);
    const sheet = grids.find((g) => g.sheet === '质效数据')!;
    // our reader gives formulas as typed (ZX.…), ExcelJS as stored (_xldudf_ZX_…)
    const formulas = sheet.formulas!.flat().filter((f): f is string => !!f && f.includes('ZX.'));
    expect(formulas.length).toBeGreaterThan(100);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(withFormulas);
    const p3 = wb.getWorksheet('质效数据')!.getCell('P3').value as ExcelJS.CellFormulaValue;
    expect(p3.formula).toMatch(/^_xldudf_ZX_/);
    expect(typeof p3.result).toBe('number');
  });

  test('written again through ExcelJS (which drops cm and metadata.xml), it comes out the same way', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(withFormulas);
    const again = path.join(dir, 'again.xlsx');
    await writeWorkbookFile(wb, again);
    const second = await JSZip.loadAsync(fs.readFileSync(again));
    expect(await second.file('xl/metadata.xml')!.async('string')).toBe(EXCEL.metadata);
    const before = (await formulaCells(zip)).map((c) => c.cell.replace(/ s="\d+"/, ''));
    const after = (await formulaCells(second)).map((c) => c.cell.replace(/ s="\d+"/, ''));
    expect(after).toEqual(before);
  });

  test('the values file has no formulas and no metadata part', async () => {
    const values = await JSZip.loadAsync(fs.readFileSync(withValues));
    expect(values.file('xl/metadata.xml')).toBeNull();
    expect(await formulaCells(values)).toEqual([]);
  });

  test('where the formulas file is written, the output says how Excel recalculates it and who needs the values file', () => {
    const text = said.formulas.join('\n');
    expect(text).toContain('Excel 打开文件时不重算自定义函数');
    expect(text).toContain('Ctrl+Alt+F9');
    expect(text).toMatch(/LibreOffice.*--values/);
    expect(said.formulas.slice(-FORMULAS_FILE_NOTE.length)).toEqual(FORMULAS_FILE_NOTE);
    expect(said.values.join('\n')).not.toContain('Ctrl+Alt+F9');
  });

  test('neither the README nor the demo promises a recalculation on open', () => {
    for (const file of ['README.md', 'scripts/demo.ts']) {
      const text = fs.readFileSync(path.join(__dirname, '..', '..', file), 'utf8');
      expect(`${file}: ${text}`).not.toMatch(/自动重算|装有加载项时重新计算/);
      expect(text).toContain('Ctrl+Alt+F9');
      expect(text).toContain('LibreOffice');
    }
  });

  test('a package without ZX formulas comes back byte for byte', async () => {
    const bytes = fs.readFileSync(withValues);
    const { xlsx, marked } = await saveZxFormulasAsDynamicArrays(bytes);
    expect(marked).toBe(0);
    expect(xlsx.equals(bytes)).toBe(true);
  });
});
