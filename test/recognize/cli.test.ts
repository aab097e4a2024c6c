/**
 * `zhixiao recognize` and `zhixiao verify` through the dispatcher, as a user runs them: the readable Chinese
 * summary, the --json contracts, and one clear line with exit 1 for what cannot be read.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { run } from '../../src/cli/main';
import type { RecognitionResult } from '../../src/core/recognize/types';
import type { VerifyReport } from '../../src/core/verify';
import { describeTable } from '../../src/cli/commands/recognize';
import { recognizeGrid } from '../../src/core/recognize';
import { FIXTURES, gridOf } from './helpers';

async function zhixiao(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const fixture = (name: string) => path.join(FIXTURES, name);

describe('zhixiao recognize', () => {
  it('prints the recognition contract with --json', async () => {
    const { code, out, err } = await zhixiao('recognize', fixture('t1-control-target.xlsx'), '--json');
    expect(code).toBe(0);
    expect(err).toBe('');
    const result = JSON.parse(out) as RecognitionResult;
    expect(result.tables).toHaveLength(1);
    const [t] = result.tables;
    expect(Object.keys(t).sort()).toEqual(['columns', 'headerRows', 'kind', 'meta', 'range', 'rows', 'sheet', 'targets', 'unitColumn']);
    expect(t).toMatchObject({ sheet: '附件2', range: 'A4:J15', kind: 'control-target', headerRows: [4, 5], unitColumn: 'B' });
    expect(t.columns[2]).toMatchObject({ column: 'C', header: ['二审', '被改判'], role: 'field', field: '二审改判数', indicator: null, period: null, valueKind: 'count', matched: '二审被改判' });
    expect(t.rows[9]).toMatchObject({ row: 15, role: 'total', label: '总计', level: '全市' });
    expect(t.meta).toMatchObject({ title: '“审判执行质量年”发改指控制目标统计表', unit: '件' });
  });

  it('recognises one sheet with --sheet', async () => {
    const { code, out } = await zhixiao('recognize', fixture('multi-table.xlsx'), '--sheet', '偏移', '--json');
    expect(code).toBe(0);
    expect((JSON.parse(out) as RecognitionResult).tables.map((t) => `${t.sheet}!${t.range}`)).toEqual(['偏移!C4:F7']);
  });

  it('summarises in Chinese: tables, range, kind, header paths, unit column, totals, mapped columns with confidence', async () => {
    const { code, out } = await zhixiao('recognize', fixture('unit-matrix.xlsx'));
    expect(code).toBe(0);
    expect(out).toContain('工作表「收结案」：1 个表');
    expect(out).toContain('表 1  A4:H11  单位×指标表（unit-matrix）');
    expect(out).toContain('标题：2023年1-11月全市法院收结案情况；单位：件；统计时间：2023年1-11月');
    expect(out).toContain('表头行：4；单位列：B');
    expect(out).toContain('行：6 个单位（中院 1、基层 5）');
    expect(out).toContain('第 11 行「合计」合计行（各列之和不符，见 verify）');
    expect(out).toMatch(/H +结案率 +指标 JA_RATE，比率，置信度 1\.00，匹配「结案率」/);
    expect(out).toContain('注：结案率 = 已结 ÷（旧存 + 新收）。');
  });

  it('lists the guesses for a column it could not map', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhixiao-cli-'));
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表');
    ws.addRows([
      ['院别', '服判息诉'],
      ['延吉法院', 0.92],
      ['图们法院', 0.95],
    ]);
    const file = path.join(dir, 'unsure.xlsx');
    await wb.xlsx.writeFile(file);
    const { out } = await zhixiao('recognize', file);
    expect(out).toContain('未识别');
    expect(out).toContain('可能是：FWXS_RATE（0.40）');
    expect(out).toContain('有 1 列未能识别，请在任务窗格中确认或更正。');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('zhixiao verify', () => {
  it('prints {checked, findings} with --json, display rounding left out', async () => {
    const { code, out } = await zhixiao('verify', fixture('unit-matrix.xlsx'), '--json');
    expect(code).toBe(0);
    const report = JSON.parse(out) as VerifyReport;
    expect(report.checked).toBe(23); // as verify.test.ts counts them for unit-matrix.xlsx (博爱's rate: blank 旧存 is 0)
    expect(report.findings.map((f) => Object.keys(f).sort())).toEqual(report.findings.map(() => ['cell', 'expected', 'kind', 'message', 'published', 'sheet']));
    expect(report.findings.map((f) => `${f.cell} ${f.kind}`)).toEqual(['H6 truncation', 'H8 mismatch', 'F11 total-mismatch']);
  });

  it('adds the rounding notes with --all', async () => {
    const { out } = await zhixiao('verify', fixture('unit-matrix.xlsx'), '--json', '--all');
    expect((JSON.parse(out) as VerifyReport).findings.filter((f) => f.kind === 'rounding').map((f) => f.cell)).toEqual(['H5', 'H7', 'H9', 'H10', 'H11']);
  });

  it('summarises in Chinese, one line per problem, and counts what it left out', async () => {
    const { code, out } = await zhixiao('verify', fixture('departments.xlsx'));
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('文件：departments.xlsx：2 个表，核对 22 个数值');
    expect(out).toContain('发现 4 处问题：');
    expect(out).toContain('部门!D10  [合计不符]  合计「新收」公布 2923，各单位之和为 3023（相差 -100）');
    expect(out).toContain('部门!F8  [截断]');
    expect(out).toMatch(/另有 \d+ 处四舍五入显示差异（不是错误），加 --all 列出。/);
  });

  it('says so when nothing is wrong', async () => {
    const { code, out } = await zhixiao('verify', fixture('t1-control-target.xlsx'));
    expect(code).toBe(0);
    expect(out).toContain('未发现错误。');
  });
});

describe('the readable summary', () => {
  it('names a column of periods only (measures as rows) for what it is, not a 合计 column', () => {
    const [t] = recognizeGrid(gridOf([['指标', '本期', '上年同期', '同比'], ['收案数', 4320, 4000, '8.00%'], ['结案数', 4030, 3987, '1.08%']]));
    const lines = describeTable(t, 1);
    expect(lines.find((l) => l.includes('B   本期'))).toContain('各行指标的本期值');
    expect(lines.find((l) => l.includes('D   同比'))).toContain('各行指标的同比');
    expect(lines.join('\n')).not.toContain('合计列');
  });

  it('does not ask about a 备注 column of words, and still asks about a column it could not name', () => {
    const [t] = recognizeGrid(gridOf([['院别', '结案率', '服判息诉', '备注'], ['延吉法院', 0.95, 0.92, '人员不足'], ['图们法院', 0.9, 0.95, null]]));
    expect(t.columns[3]).toMatchObject({ role: 'unknown', valueKind: 'text', confidence: 0.9, matched: '备注' });
    const lines = describeTable(t, 1);
    expect(lines.find((l) => l.includes('D   备注'))).toContain('文字说明（备注）');
    expect(lines[lines.length - 1]).toBe('    有 1 列未能识别，请在任务窗格中确认或更正。');
  });
});

describe('bad input: one line, exit 1', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhixiao-bad-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['a missing file', ['recognize', path.join(dir, 'missing.xlsx')], `错误：找不到文件「${path.join(dir, 'missing.xlsx')}」`],
    ['no file at all', ['verify'], '错误：缺少 .xlsx 文件。用法：zhixiao verify FILE.xlsx… | DIR… [--sheet NAME] [--json] [--all]'],
    ['an unknown option', ['recognize', 'x.xlsx', '--fast'], '错误：未知选项「--fast」。用法：zhixiao recognize FILE.xlsx… | DIR… [--sheet NAME] [--json]'],
    ['--sheet without a name', ['verify', 'x.xlsx', '--sheet'], '错误：--sheet 后面需要工作表名称。用法：zhixiao verify FILE.xlsx… | DIR… [--sheet NAME] [--json] [--all]'],
  ])('%s', async (_what, args, line) => {
    const { code, out, err } = await zhixiao(...args);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(line);
  });

  it('a file that is not an xlsx', async () => {
    const file = path.join(dir, 'notes.xlsx');
    fs.writeFileSync(file, '这不是工作簿');
    const { code, err } = await zhixiao('verify', file);
    expect(code).toBe(1);
    // named for what it is (issue 11, item 6), no longer called damaged
    expect(err).toBe('错误：无法读取「notes.xlsx」：这是文本文件（如 CSV），不是 .xlsx 工作簿：请在 Excel 或 WPS 中打开后另存为 .xlsx 再试');
  });

  it('a zip that is not a workbook (a renamed archive)', async () => {
    const file = path.join(dir, 'archive.xlsx');
    const zip = new JSZip();
    zip.file('readme.txt', '不是工作簿');
    fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const { code, out, err } = await zhixiao('recognize', file);
    expect(code).toBe(1);
    expect(out).toBe('');
    // named for what it is (issue 11, item 6): a zip without xl/workbook.xml
    expect(err).toBe('错误：无法读取「archive.xlsx」：这是一个 zip 压缩包，其中没有工作簿（缺少 xl/workbook.xml），不是 .xlsx 文件');
  });

  it('says so when formulas were never calculated (a workbook written by a program), and still reads the rest', async () => {
    const file = path.join(dir, 'uncalculated.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('收结案');
    ws.addRows([
      ['院别', '旧存', '新收', '已结'],
      ['延吉法院', 10, 100, 90],
      ['图们法院', 5, 50, 45],
    ]);
    ws.addRow(['合计', { formula: 'SUM(B2:B3)' }, { formula: 'SUM(C2:C3)' }, { formula: 'SUM(D2:D3)' }]);
    await wb.xlsx.writeFile(file);
    for (const verb of ['recognize', 'verify']) {
      const { code, out } = await zhixiao(verb, file);
      expect(code).toBe(0);
      expect(out).toContain('注意：3 个公式单元格没有计算结果（文件未在 Excel 或 WPS 中计算并保存），按空白处理；请打开文件保存后再试。');
    }
  });

  it('a sheet whose used area is huge because of one stray cell far away', async () => {
    const file = path.join(dir, 'stray.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('收结案');
    ws.getCell('A1').value = '院别';
    ws.getCell('XFD1048576').value = '.';
    await wb.xlsx.writeFile(file);
    const { code, out, err } = await zhixiao('recognize', file);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe('错误：工作表「收结案」的已用区域过大（1048576 行 × 16384 列）：多半是远处有零散内容，请删除后再试，或用 --sheet 选择其他工作表');
  });

  it('reads the other sheets of that workbook with --sheet', async () => {
    const file = path.join(dir, 'stray2.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('草稿').getCell('XFD1048576').value = '.';
    wb.addWorksheet('收结案').addRows([
      ['院别', '旧存', '新收'],
      ['延吉法院', 10, 100],
    ]);
    await wb.xlsx.writeFile(file);
    const { code, out } = await zhixiao('recognize', file, '--sheet', '收结案', '--json');
    expect(code).toBe(0);
    expect((JSON.parse(out) as RecognitionResult).tables.map((t) => `${t.sheet}!${t.range}`)).toEqual(['收结案!A1:C2']);
  });

  it('an unknown sheet', async () => {
    const { code, err } = await zhixiao('recognize', fixture('yoy.xlsx'), '--sheet', '附件9');
    expect(code).toBe(1);
    expect(err).toBe('错误：工作表「附件9」不存在。工作簿中的工作表：同比');
  });
});
