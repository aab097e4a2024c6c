import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { readWorkbook } from '../../src/cli/xlsx-read';
import type { Expected } from './generate-case-list';

const FIXTURE = path.join(__dirname, 'fixtures', 'case-list-generated.xlsx');
const expected: Expected = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'case-list-generated.answers.json'), 'utf8'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zhixiao-aggregate-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

fs.mkdirSync(path.join(tmp, 'dir.xlsx'));

describe('zhixiao aggregate', () => {
  test('writes the unit matrix and the left-out rows as new sheets; totals as booked; the case list untouched', async () => {
    const out = path.join(tmp, 'out.xlsx');
    const r = await cli('aggregate', FIXTURE, '-o', out, '--by', '承办部门', '--period', '统计2023');
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toContain(`合计：旧存数 ${expected.total.旧存数}，新收数 ${expected.total.新收数}`);
    const sheets = await readWorkbook(out);
    expect(sheets.map((s) => s.sheet)).toEqual(['案件明细', '案件统计', '未计入案件']);
    const original = await readWorkbook(FIXTURE);
    expect(sheets[0].values).toEqual(original[0].values);
    const matrix = sheets[1];
    const header = matrix.values[2];
    const totalRow = matrix.values.findIndex((row) => row[1] === '合计');
    const cell = (name: string) => matrix.values[totalRow][header.indexOf(name)];
    for (const k of ['旧存数', '新收数', '受理数', '结案数', '未结数', '审理天数合计', '到位金额'] as const) expect([k, cell(k)]).toEqual([k, expected.total[k]]);
    expect(matrix.formulas![totalRow][header.indexOf('结案数')]).toMatch(/^=SUM\([A-Z]+4:[A-Z]+\d+\)$/);
    const leftOut = sheets[2].values.slice(2).map((row) => row[0]);
    expect(leftOut).toEqual([...expected.rejectedRows, ...expected.scopeExcludedRows].sort((a, b) => a - b));
  });

  test('a second run on its own output picks new sheet names instead of writing over', async () => {
    const first = path.join(tmp, 'first.xlsx');
    const second = path.join(tmp, 'second.xlsx');
    expect((await cli('aggregate', FIXTURE, '-o', first, '--period', '2023-03')).code).toBe(0);
    expect((await cli('aggregate', first, '-o', second, '--by', '承办人', '--period', '2023-03', '--sheet', '案件明细')).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(second);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['案件明细', '案件统计', '未计入案件', '案件统计2', '未计入案件2']);
  });

  test('--values writes the 合计 row as plain numbers, not formulas', async () => {
    const out = path.join(tmp, 'v.xlsx');
    expect((await cli('aggregate', FIXTURE, '-o', out, '--period', '统计2023', '--values')).code).toBe(0);
    const matrix = (await readWorkbook(out))[1];
    const totalRow = matrix.values.findIndex((row) => row[1] === '合计');
    expect(matrix.formulas![totalRow].every((f) => f === null)).toBe(true);
    expect(matrix.values[totalRow][matrix.values[2].indexOf('受理数')]).toBe(expected.total.受理数);
  });

  test('--json prints the counts; --family restricts the families', async () => {
    const r = await cli('aggregate', FIXTURE, '-o', path.join(tmp, 'j.xlsx'), '--period', 'stat2023', '--family', '民事', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out[r.out.length - 1]);
    expect(json.families).toEqual(['民']);
    expect(json.total[json.headers.indexOf('受理数')]).toBe(expected.civilTotal.受理数);
  });

  test('--json gives the period as ISO start and end dates with its Chinese label', async () => {
    const r = await cli('aggregate', FIXTURE, '-o', path.join(tmp, 'p.xlsx'), '--period', '2023-01..2023-11', '--json');
    expect(JSON.parse(r.out[r.out.length - 1]).period).toEqual({
      start: '2023-01-01',
      end: '2023-11-30',
      label: '2023年1月1日至2023年11月30日',
      description: '自定义期间',
    });
  });

  test('a period holding no case says so, with the dates the list covers', async () => {
    const r = await cli('aggregate', FIXTURE, '-o', path.join(tmp, 'e.xlsx'), '--period', '2019-01');
    expect(r.code).toBe(0);
    expect(r.out.find((l) => l.startsWith('注意：'))).toMatch(/统计期间内没有可计入的案件.*2021-01-19 至 2024-02-28/);
  });

  test('without --period the latest statistical year is used, and said', async () => {
    const r = await cli('aggregate', FIXTURE, '-o', path.join(tmp, 'd.xlsx'));
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toContain('未指定 --period');
  });

  test.each([
    ['no -o', ['aggregate', FIXTURE], '缺少输出文件'],
    ['output = input', ['aggregate', FIXTURE, '-o', FIXTURE], '不能与输入文件相同'],
    ['unknown --by', ['aggregate', FIXTURE, '-o', 'x.xlsx', '--by', '科室'], '--by 应为'],
    ['impossible month', ['aggregate', FIXTURE, '-o', 'x.xlsx', '--period', '2023-13'], '月份'],
    ['unknown family', ['aggregate', FIXTURE, '-o', 'x.xlsx', '--family', '海事'], '未知的案件大类'],
    ['missing sheet', ['aggregate', FIXTURE, '-o', 'x.xlsx', '--sheet', '没有'], '不存在'],
    ['no case list in the file', ['aggregate', path.join(__dirname, '..', 'fixtures', 'unit-matrix.xlsx'), '-o', path.join(tmp, 'u.xlsx')], '没有识别出案件明细'],
    ['missing file', ['aggregate', 'missing.xlsx', '-o', 'x.xlsx'], '找不到文件'],
    ['output is a folder', ['aggregate', FIXTURE, '-o', path.join(tmp, 'dir.xlsx'), '--period', '2023-03'], '无法写出'],
    ['output not .xlsx', ['aggregate', FIXTURE, '-o', path.join(tmp, 'out.csv')], '应以 .xlsx 结尾'],
  ])('%s: exit 1 with one line', async (_label, args, fragment) => {
    const r = await cli(...(args as string[]));
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain(fragment);
  });
});

test('--by takes the unit or any header spelling of its column', async () => {
  const { parseUnit } = await import('../../src/cli/commands/aggregate');
  expect(['承办部门', '庭室', '承办庭', '承办人', '主审法官', '法官', '法院', '经办法院'].map(parseUnit)).toEqual([
    '承办部门',
    '承办部门',
    '承办部门',
    '承办人',
    '承办人',
    '承办人',
    '法院',
    '法院',
  ]);
  expect(() => parseUnit('案由')).toThrow('--by 应为');
  expect(() => parseUnit('科室')).toThrow('--by 应为');
});

describe('zhixiao aggregate --preset', () => {
  test("reads the court's own type codes of a target preset file instead of leaving their rows out", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('案件明细');
    ws.addRow(['案号', '立案日期', '结案日期', '承办部门']);
    ws.addRow(['（2023）豫1322民速15号', new Date(Date.UTC(2023, 2, 1)), new Date(Date.UTC(2023, 2, 11)), '速裁庭']);
    ws.addRow(['（2023）豫1322民初1号', new Date(Date.UTC(2023, 2, 1)), new Date(Date.UTC(2023, 2, 11)), '民一庭']);
    ws.addRow(['（2023）豫1322民初2号', new Date(Date.UTC(2023, 2, 2)), null, '民一庭']);
    const list = path.join(tmp, 'local-codes.xlsx');
    await wb.xlsx.writeFile(list);
    const preset = path.join(tmp, '本院预设.json');
    const mine = { ...JSON.parse(JSON.stringify((await import('../../src/core/presets')).焦作2021)), id: '本院', localCaseCodes: [{ code: '民速', name: '民事速裁', family: '民', instance: '一审' }] };
    fs.writeFileSync(preset, JSON.stringify(mine));
    const without = await cli('aggregate', list, '-o', path.join(tmp, 'without.xlsx'), '--period', '2023-03', '--json');
    const withCodes = await cli('aggregate', list, '-o', path.join(tmp, 'with.xlsx'), '--period', '2023-03', '--preset', preset, '--json');
    expect([without.code, withCodes.code]).toEqual([0, 0]);
    const counted = (r: { out: string[] }) => JSON.parse(r.out[r.out.length - 1]).counted;
    expect([counted(without), counted(withCodes)]).toEqual([2, 3]);
  });
});
