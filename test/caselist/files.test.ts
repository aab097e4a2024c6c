/**
 * Case lists read from their files as streams (src/cli/case-list-file.ts): a CSV in UTF-8 or GB18030 gives the
 * very counts the .xlsx gives, the encoding detected or named; an .xlsx read by the streaming reader gives the same
 * cases as the whole-workbook reader; rows beyond what the rejects sheet lists go, all of them, to a CSV.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/main';
import { readWorkbook } from '../../src/cli/xlsx-read';
import { detectEncoding, readCaseListFile } from '../../src/cli/case-list-file';
import { caseListLayout, LISTED_ROWS, readCases, recognizeCaseList } from '../../src/core/caselist';
import type { Expected } from './generate-case-list';

const FIXTURES = path.join(__dirname, 'fixtures');
const XLSX = path.join(FIXTURES, 'case-list-generated.xlsx');
const UTF8 = path.join(FIXTURES, 'case-list-generated.csv');
const GB = path.join(FIXTURES, 'case-list-generated.gb18030.csv');
const expected: Expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'case-list-generated.answers.json'), 'utf8'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zhixiao-files-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

/** The --json result without what names the file. */
async function counts(file: string, ...extra: string[]): Promise<Record<string, unknown>> {
  const r = await cli('aggregate', file, '-o', path.join(tmp, `${path.basename(file)}-${extra.join('')}.xlsx`), '--period', '统计2023', '--json', '--force', ...extra);
  expect(r.err).toEqual([]);
  expect(r.code).toBe(0);
  return JSON.parse(r.out[r.out.length - 1]);
}

test('a CSV export in UTF-8 gives the counts, units, rejected and left-out rows of the same list as .xlsx', async () => {
  const fromXlsx = await counts(XLSX);
  const fromCsv = await counts(UTF8);
  expect(fromCsv).toEqual({ ...fromXlsx, rejectsFile: null });
  const total = fromCsv.total as number[];
  expect(total[(fromCsv.headers as string[]).indexOf('受理数')]).toBe(expected.total.受理数);
});

test('a GB18030 (GBK) export is recognised as such without being told, and counts the same', async () => {
  expect(detectEncoding(fs.readFileSync(GB))).toBe('gb18030');
  expect(detectEncoding(fs.readFileSync(UTF8))).toBe('utf-8');
  const r = await cli('aggregate', GB, '-o', path.join(tmp, 'gb.xlsx'), '--period', '统计2023');
  expect(r.code).toBe(0);
  expect(r.out[0]).toMatch(/^「case-list-generated\.gb18030\.csv」（GB18030\/GBK，自动识别）A2:Q\d+：案件明细/);
  expect(r.out.join('\n')).toContain(`合计：旧存数 ${expected.total.旧存数}，新收数 ${expected.total.新收数}`);
  expect(await counts(GB)).toEqual(await counts(UTF8));
  expect(await counts(GB, '--encoding', 'gbk')).toEqual(await counts(UTF8));
});

test('a CSV read in the wrong encoding, or asked for a sheet, stops with one line naming the right option', async () => {
  const r = await cli('aggregate', GB, '-o', path.join(tmp, 'wrong.xlsx'), '--encoding', 'utf-8');
  expect(r.code).toBe(1);
  expect(r.err).toHaveLength(1);
  expect(r.err[0]).toMatch(/不是有效的 UTF-8 编码.*--encoding gb18030/);
  const bad = await cli('aggregate', GB, '-o', path.join(tmp, 'x.xlsx'), '--encoding', 'big5');
  expect(bad.err[0]).toContain('--encoding 应为 utf-8 或 gb18030');
  const sheet = await cli('aggregate', UTF8, '-o', path.join(tmp, 'x.xlsx'), '--sheet', '案件明细');
  expect([sheet.code, sheet.err]).toEqual([1, ['错误：「case-list-generated.csv」是 CSV 文本文件，没有工作表：--sheet 只用于 .xlsx 工作簿']]);
});

test('the counts of a CSV go to a new workbook holding the two new sheets', async () => {
  const out = path.join(tmp, 'csv-out.xlsx');
  expect((await cli('aggregate', UTF8, '-o', out, '--period', '统计2023')).code).toBe(0);
  const sheets = await readWorkbook(out);
  expect(sheets.map((s) => s.sheet)).toEqual(['案件统计', '未计入案件']);
  expect(sheets[1].values.slice(2).map((row) => row[0])).toEqual([...expected.rejectedRows, ...expected.scopeExcludedRows].sort((a, b) => a - b));
});

test('--rejects writes every row left out to a CSV (UTF-8 with BOM), in row order, with its reason', async () => {
  const file = path.join(tmp, '未计入.csv');
  const r = await cli('aggregate', UTF8, '-o', path.join(tmp, 'r.xlsx'), '--period', '统计2023', '--rejects', file);
  expect(r.code).toBe(0);
  expect(r.out).toContain(`未计入的 ${expected.rejectedRows.length + expected.scopeExcludedRows.length} 行全部列于「${file}」`);
  const text = fs.readFileSync(file, 'utf8');
  expect(text.startsWith('\ufeff原表行号,案号,原因\n')).toBe(true);
  const rows = text.trim().split('\n').slice(1).map((l) => Number(l.split(',')[0]));
  expect(rows).toEqual([...expected.rejectedRows, ...expected.scopeExcludedRows].sort((a, b) => a - b));
  expect(text).toContain('按统计口径不计入受理、结案（诉前调确');
  // the file is an output like OUT: not replaced without --force
  const again = await cli('aggregate', UTF8, '-o', path.join(tmp, 'r2.xlsx'), '--period', '统计2023', '--rejects', file);
  expect(again.code).toBe(1);
  expect(again.err[0]).toContain('已存在');
});

test('the rejects sheet lists the first 10,000 rows and says how many more; the CSV beside OUT holds them all', async () => {
  const csv = path.join(tmp, 'many-bad.csv');
  const lines = ['案号,立案日期,结案日期,承办部门'];
  for (let k = 1; k <= LISTED_ROWS + 500; k++) lines.push(`（2023）豫1322民初${k}号,2023-05-01,2023-01-05,民一庭`);
  for (let k = 1; k <= 20; k++) lines.push(`（2023）豫1322民初${20000 + k}号,2023-01-05,2023-02-01,民一庭`);
  fs.writeFileSync(csv, lines.join('\n') + '\n');
  const out = path.join(tmp, 'many.xlsx');
  const r = await cli('aggregate', csv, '-o', out, '--period', '2023');
  expect(r.err).toEqual([]);
  expect(r.out).toContain(`计入 20 行案件；未计入 ${LISTED_ROWS + 500} 行（见「未计入案件」，全部见「many-未计入案件.csv」）`);
  const all = fs.readFileSync(path.join(tmp, 'many-未计入案件.csv'), 'utf8').trim().split('\n');
  expect(all).toHaveLength(LISTED_ROWS + 500 + 1);
  const sheet = (await readWorkbook(out))[1].values;
  const listed = sheet.slice(2).filter((row) => typeof row[0] === 'number');
  expect(listed).toHaveLength(LISTED_ROWS);
  expect(String(sheet[2 + LISTED_ROWS][0])).toBe(`共 ${LISTED_ROWS + 500} 行未计入，此表列出前 ${LISTED_ROWS} 行，全部 ${LISTED_ROWS + 500} 行见「many-未计入案件.csv」`);
}, 60_000);

test('under a family filter, old-style cases whose code tells no family are in the full rejects CSV too, with their reason', async () => {
  const csv = path.join(tmp, 'old-codes.csv');
  const lines = ['案号,立案日期,结案日期,承办部门', '（2023）豫1322民初1号,2023-01-05,2023-02-01,民一庭', '（2010）杭西立预字第5号,2023-01-06,,立案庭', '（2023）豫1322民初2号,2023-01-07,,民一庭'];
  fs.writeFileSync(csv, lines.join('\n') + '\n');
  const file = path.join(tmp, 'old-codes-rejects.csv');
  const r = await cli('aggregate', csv, '-o', path.join(tmp, 'old-codes.xlsx'), '--period', '2023', '--family', '民', '--rejects', file);
  expect(r.err).toEqual([]);
  expect(r.out).toContain(`未计入的 1 行全部列于「${file}」`);
  const rows = fs.readFileSync(file, 'utf8').trim().split('\n').slice(1);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toContain('3,（2010）杭西立预字第5号,');
  expect(rows[0]).toContain('看不出案件大类');
});

test('the streaming .xlsx reader reads the same cases as the whole-workbook reader (Chinese cut at chunk boundaries included)', async () => {
  const streamed = await readCaseListFile(XLSX);
  const [grid] = await readWorkbook(XLSX);
  const read = readCases(grid, caseListLayout(grid, recognizeCaseList(grid)!));
  expect(streamed.read.rejected).toEqual(read.rejected);
  const a = streamed.read.store;
  const b = read.store;
  expect(a.length).toBe(b.length);
  for (const column of ['row', 'filed', 'closed', 'weight', 'department', 'judge', 'days', 'claim', 'recovered'] as const) {
    expect([column, Array.from(a[column]!.subarray(0, a.length))]).toEqual([column, Array.from(b[column]!.subarray(0, b.length))]);
  }
  expect(a.texts.values).toEqual(b.texts.values);
});
