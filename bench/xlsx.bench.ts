/**
 * `recognize` and `verify` of a 10,000-row .xlsx, as the command line runs them: the file read into Grids
 * (ExcelJS, the whole workbook in memory — src/cli/xlsx-read.ts), then the engine's work on them (recognition and
 * verification). The reading is reported against the engine's work: reading should not cost much more than what
 * is done with what was read.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readWorkbook } from '../src/cli/xlsx-read';
import { recognizeGrid } from '../src/core/recognize';
import { verifyTables } from '../src/core/kinds';
import { buildGrid } from './recognize.bench';
import { bestAsync, type BenchReport } from './report';

const ROWS = 10_000;

/** the recognition bench's table, 10,000 unit rows, written as a workbook (values, number formats, merged header) */
async function writeBook(file: string): Promise<void> {
  const grid = buildGrid(ROWS);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(grid.sheet);
  grid.values.forEach((row, r) => {
    const xr = ws.getRow(r + 1);
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = xr.getCell(c + 1);
      cell.value = v as ExcelJS.CellValue;
      const fmt = grid.numberFormats?.[r]?.[c];
      if (fmt) cell.numFmt = fmt;
    });
  });
  for (const m of grid.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  await wb.xlsx.writeFile(file);
}

/**
 * How little reading the file can cost: unzip the sheet and its shared strings (JSZip) and walk every `<c>`
 * element once, taking its reference, type, style and value — no number formats resolved, no merges, no
 * Grid built. Not the command line's reader: a floor for one, to say whether the target is within reach.
 */
async function scanSheetXml(file: string): Promise<{ cells: number; shared: number; sum: number }> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const strings = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '';
  let shared = 0;
  for (let i = strings.indexOf('<si>'); i >= 0; i = strings.indexOf('<si>', i + 4)) shared++;
  const sheet = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
  const cell = /<c r="([A-Z]+)(\d+)"(?: s="(\d+)")?(?: t="(\w+)")?[^>]*?(?:\/>|>(?:<f>[^<]*<\/f>)?(?:<v>([^<]*)<\/v>)?<\/c>)/g;
  let cells = 0;
  let sum = 0;
  for (let m = cell.exec(sheet); m; m = cell.exec(sheet)) {
    cells++;
    if (m[5] !== undefined && m[4] !== 's') sum += Number(m[5]);
  }
  return { cells, shared, sum };
}

export async function run(): Promise<BenchReport> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zx-bench-xlsx-'));
  try {
    const file = path.join(dir, 'unit-matrix-10000.xlsx');
    await writeBook(file);
    const read = await bestAsync(() => readWorkbook(file));
    const grids = read.result;
    const engine = await bestAsync(async () => {
      let checked = 0;
      for (const g of grids) checked += verifyTables(g, recognizeGrid(g)).checked;
      return checked;
    });
    const scan = await bestAsync(() => scanSheetXml(file));
    const cells = grids.reduce((n, g) => n + g.values.length * (g.values[0]?.length ?? 0), 0);
    return {
      rows: [{ id: 'xlsx-read', what: `读取 ${ROWS.toLocaleString('en-US')} 行的 .xlsx（ExcelJS，整本读入；CPU 时间）`, value: read.ms, unit: 'ms', baseline: { what: '识别与核对', value: engine.ms }, target: { ratio: 2 } }],
      notes: [
        `文件 ${(fs.statSync(file).size / 1024).toFixed(0)} KB，${cells.toLocaleString('en-US')} 个单元格；核对 ${engine.result.toLocaleString('en-US')} 个数值`,
        `读取的下限（只解压并逐个扫过工作表 XML 的单元格，不建 Grid、不解析格式与合并；${scan.result.cells.toLocaleString('en-US')} 个单元格、${scan.result.shared.toLocaleString('en-US')} 个共享字符串）：${scan.ms.toFixed(0)} ms，为识别与核对的 ${(scan.ms / engine.ms).toFixed(2)} 倍`,
      ],
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
