/**
 * `zhixiao merge` and the merge engine on the courts' reports of test/fixtures/books/courts (build-books.ts):
 * three reports of one template (one naming its court only in its 填报单位 line), one of an older template,
 * one CSV renamed .xlsx.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { readWorkbook } from '../../src/cli/xlsx-read';
import { planMerge, readReport, type ReportSource } from '../../src/core/merge';
import { recognizeGrid } from '../../src/core/recognize';
import { checkWithHyperFormula } from '../fill/hyperformula';
import { COURT_REPORTS, ODD_REPORT } from '../fixtures/build-books';

const COURTS = path.join(__dirname, '..', 'fixtures', 'books', 'courts');
const court = (name: string) => path.join(COURTS, name);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhixiao-merge-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function zhixiao(...args: string[]): Promise<{ status: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

async function source(file: string): Promise<ReportSource> {
  const grids = await readWorkbook(court(file));
  const r = readReport(file, grids, grids.flatMap((g) => recognizeGrid(g)));
  if (typeof r === 'string') throw new Error(r);
  return r;
}

async function sheetOf(file: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets[0];
}

describe('reading one court’s report', () => {
  test('a report whose row names its court gives that court', async () => {
    const r = await source('解放区.xlsx');
    expect(r.courts).toEqual([{ court: '解放区人民法院', row: 5, from: 'row' }]);
  });

  test('a report whose row says 本院 is the court of its 填报单位 line', async () => {
    const r = await source('修武县.xlsx');
    expect(r.courts).toEqual([{ court: '修武县人民法院', row: 5, from: '填报单位' }]);
  });
});

describe('merging three reports of one template', () => {
  test('gives a row per court and a 合计 of SUM formulas equal to their sums', async () => {
    const sources = await Promise.all(COURT_REPORTS.map((r) => source(r.file)));
    const { plan, courts, differing, duplicates } = planMerge(sources);
    expect(courts.map((c) => c.court)).toEqual(COURT_REPORTS.map((r) => r.court));
    expect(differing).toEqual([]);
    expect(duplicates).toEqual([]);
    const at = (row: number, col: number) => plan.writes.find((w) => w.row === row && w.col === col)!;
    // rows 6–8 the courts, row 9 the 合计 (0-based 5–8); C 旧存, D 新收, F 已结
    expect(at(8, 1).value).toBe('合计');
    expect(at(8, 2)).toMatchObject({ formula: '=SUM(C6:C8)', value: COURT_REPORTS.reduce((n, r) => n + r.old, 0) });
    expect(at(8, 5)).toMatchObject({ formula: '=SUM(F6:F8)', value: COURT_REPORTS.reduce((n, r) => n + r.closed, 0) });
    // every figure names its file and cell
    expect(at(5, 3)).toMatchObject({ value: 1600, note: '解放区.xlsx「收结案」D6' });
    // the indicator column is a ZX formula over the row's own counts; the total's from the total's counts
    expect(at(5, 7).formula).toBe('=ZX.JA_RATE(F6,C6,D6)');
    expect(at(8, 7).formula).toBe('=ZX.JA_RATE(F9,C9,D9)');
    // and every formula shows in a real formula engine what the plan says it shows
    const check = checkWithHyperFormula([], plan);
    expect(check.checked).toBe(5 + 4); // five SUMs, four 结案率 (three courts and the total)
    expect(check.disagreements).toEqual([]);
  });

  test('in the pane, figures are formulas referring to the inserted report sheets', async () => {
    const sources = await Promise.all(COURT_REPORTS.map((r) => source(r.file)));
    const names = new Map(sources.map((s, i) => [s, `报表${i + 1}`]));
    const { plan } = planMerge(sources, { linkedSheet: (s) => names.get(s)! });
    const book = sources.map((s) => ({ ...s.grid, sheet: names.get(s)! }));
    expect(plan.writes.find((w) => w.row === 6 && w.col === 3)).toMatchObject({ formula: "='报表2'!D6", value: 165 });
    expect(checkWithHyperFormula(book, plan).disagreements).toEqual([]);
  });

  test('a report of another template is named with the columns that differ and left out', async () => {
    const sources = await Promise.all([...COURT_REPORTS.map((r) => r.file), ODD_REPORT.file].map(source));
    const { courts, differing } = planMerge(sources);
    expect(courts).toHaveLength(3);
    expect(differing.map((d) => [d.source.file, d.missing, d.extra])).toEqual([[ODD_REPORT.file, ['结案情况 › 未结'], ['结案情况 › 审限内结案']]]);
  });

  test('the same court twice is one row of their sums, listed as a duplicate', async () => {
    const a = await source('山阳区.xlsx');
    const { courts, duplicates, plan } = planMerge([a, { ...a, file: '山阳区（补报）.xlsx' }], { sum: true });
    expect(courts).toHaveLength(1);
    expect(duplicates).toEqual(['「山阳区人民法院」出现 2 次：山阳区.xlsx 第 6 行、山阳区（补报）.xlsx 第 6 行']);
    expect(plan.writes.find((w) => w.row === 5 && w.col === 3)).toMatchObject({ value: 330, note: '山阳区.xlsx「收结案」D6 + 山阳区（补报）.xlsx「收结案」D6' });
  });
});

describe('zhixiao merge', () => {
  test('writes the matrix of the readable reports and names every file left out with its reason', async () => {
    const out = path.join(dir, '汇总.xlsx');
    const r = await zhixiao('merge', COURTS, '-o', out);
    expect(r.status).toBe(1); // two files left out: said, and the status says so
    expect(r.out).toContain('修武县.xlsx：收结案!A4:H6，修武县人民法院（据“填报单位”，表中为第 6 行）');
    expect(r.out).toContain('博爱县.xlsx：未并入');
    expect(r.out).toContain('「博爱县.xlsx」的列与其他报表不同：缺少「结案情况 › 未结」；多出「结案情况 › 审限内结案」，未并入');
    expect(r.out).toContain('无法读取「温县.xlsx」：这是文本文件（如 CSV）');
    expect(r.out).toContain(`已写出「${out}」：3 家法院`);
    const ws = await sheetOf(out);
    expect(ws.getCell('B9').value).toBe('合计');
    expect(ws.getCell('D9').value).toEqual({ formula: 'SUM(D6:D8)', result: 2165 });
    expect(ws.getCell('D6').note).toBe('解放区.xlsx「收结案」D6');
    expect(ws.getCell('I8').value).toBe('修武县.xlsx「收结案」第 6 行');
    // the merged matrix reads back as a unit matrix whose total is confirmed by arithmetic
    const [table] = recognizeGrid((await readWorkbook(out))[0]);
    expect(table.kind).toBe('unit-matrix');
    expect(table.rows.find((x) => x.role === 'total')).toMatchObject({ row: 9, confirmed: true });
  });

  test('refuses a court met twice unless --sum, and writes nothing', async () => {
    const out = path.join(dir, 'twice.xlsx');
    const r = await zhixiao('merge', court('解放区.xlsx'), court('解放区.xlsx'), '-o', out);
    expect(r.status).toBe(1);
    expect(r.err).toContain('同一法院出现多次，未写出文件（确需相加请加 --sum）');
    expect(fs.existsSync(out)).toBe(false);
    const summed = await zhixiao('merge', court('解放区.xlsx'), court('解放区.xlsx'), '-o', out, '--sum');
    expect(summed.status).toBe(0);
    expect((await sheetOf(out)).getCell('D6').value).toBe(3200);
  });

  test('never replaces an existing output without --force', async () => {
    const out = path.join(dir, 'exists.xlsx');
    fs.writeFileSync(out, 'keep');
    const r = await zhixiao('merge', court('解放区.xlsx'), court('山阳区.xlsx'), '-o', out);
    expect(r.status).toBe(1);
    expect(r.err).toContain('已存在：加 --force 才会替换它');
    expect(fs.readFileSync(out, 'utf8')).toBe('keep');
  });
});
