/**
 * Every verb takes many inputs: `recognize|verify FILE… | DIR…`, `fill FILE… -o DIR` — one line per file, a
 * closing count, JSON Lines with --json, and one bad file never stops the others.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/main';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const COURTS = path.join(FIXTURES, 'books', 'courts');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhixiao-batch-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function zhixiao(...args: string[]): Promise<{ status: number; lines: string[]; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { status, lines: out, err: err.join('\n') };
}

describe('recognize over a folder', () => {
  test('one line per file, the closing count, the unreadable file with its one reason, the others read', async () => {
    const r = await zhixiao('recognize', COURTS);
    expect(r.status).toBe(1);
    expect(r.lines).toEqual([
      '博爱县.xlsx：1 个表（单位×指标表 1）',
      '解放区.xlsx：1 个表（单位×指标表 1）',
      '山阳区.xlsx：1 个表（单位×指标表 1）',
      '温县.xlsx：无法读取',
      '修武县.xlsx：1 个表（单位×指标表 1）',
      '共 5 个文件：读取 4 个，其中有问题 0 个，无法读取 1 个',
      '  无法读取「温县.xlsx」：这是文本文件（如 CSV），不是 .xlsx 工作簿：请在 Excel 或 WPS 中打开后另存为 .xlsx 再试',
    ]);
  });

  test('--json prints one object per file (JSON Lines), an unreadable file as its error', async () => {
    const r = await zhixiao('recognize', path.join(COURTS, '解放区.xlsx'), path.join(COURTS, '温县.xlsx'), '--json');
    const objects = r.lines.map((l) => JSON.parse(l));
    expect(objects.map((o) => [path.basename(o.file), Object.keys(o).sort()])).toEqual([
      ['解放区.xlsx', ['file', 'tables']],
      ['温县.xlsx', ['error', 'file']],
    ]);
    expect(objects[0].tables[0]).toMatchObject({ sheet: '收结案', range: 'A4:H6', kind: 'unit-matrix' });
  });

  test('a folder with no workbook is a usage error', async () => {
    const empty = fs.mkdtempSync(path.join(dir, 'empty-'));
    const r = await zhixiao('recognize', empty);
    expect(r.status).toBe(1);
    expect(r.err).toBe(`错误：文件夹「${empty}」中没有 .xlsx 工作簿`);
  });
});

describe('verify over many files', () => {
  test('each file its line and its problems under it; files with problems counted', async () => {
    const r = await zhixiao('verify', path.join(FIXTURES, 'unit-matrix.xlsx'), path.join(FIXTURES, 'breakdown-rows.xlsx'), path.join(FIXTURES, 'nothing-here.xlsx'));
    expect(r.status).toBe(1);
    expect(r.lines[0]).toBe('unit-matrix.xlsx：1 个表，核对 23 个数值，发现 3 处问题');
    expect(r.lines.slice(1, 4).map((l) => l.split('  ')[1])).toEqual(['收结案!H6', '收结案!H8', '收结案!F11']);
    expect(r.lines[4]).toMatch(/^breakdown-rows\.xlsx：1 个表，核对 \d+ 个数值，未发现错误$/);
    expect(r.lines.slice(-2)).toEqual(['共 3 个文件：读取 2 个，其中有问题 1 个，无法读取 1 个', '  无法读取「nothing-here.xlsx」：找不到文件「' + path.join(FIXTURES, 'nothing-here.xlsx') + '」']);
  });
});

describe('fill FILE… -o DIR', () => {
  test('fills each workbook into the folder under its own name; one it cannot write is said and the others go on', async () => {
    const out = path.join(dir, 'filled');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, '山阳区.xlsx'), 'already here');
    const r = await zhixiao('fill', path.join(COURTS, '解放区.xlsx'), path.join(COURTS, '山阳区.xlsx'), path.join(COURTS, '温县.xlsx'), '-o', out);
    expect(r.status).toBe(1);
    expect(r.lines[0]).toMatch(/^解放区\.xlsx：已写出「.*解放区\.xlsx」：\d+ 个单元格/);
    expect(fs.existsSync(path.join(out, '解放区.xlsx'))).toBe(true);
    expect(fs.readFileSync(path.join(out, '山阳区.xlsx'), 'utf8')).toBe('already here');
    expect(r.lines).toContain('共 3 个文件：处理 1 个，其中有问题 0 个，无法处理 2 个');
    expect(r.lines.find((l) => l.startsWith('  无法处理「山阳区.xlsx」'))).toContain('已存在：加 --force 才会替换它');
  });

  test('several inputs need a folder after -o', async () => {
    const r = await zhixiao('fill', path.join(COURTS, '解放区.xlsx'), path.join(COURTS, '山阳区.xlsx'), '-o', path.join(dir, 'x.xlsx'));
    expect(r.status).toBe(1);
    expect(r.err).toContain('多个输入文件时 -o 应为文件夹');
  });
});
