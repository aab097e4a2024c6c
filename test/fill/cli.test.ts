import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { run } from '../../src/cli/main';
import { fromFileFormula, toFileFormula } from '../../src/cli/xlsx-write';

const fixture = (name: string) => path.join(__dirname, '..', 'fixtures', name);
const SAMPLE = path.join(__dirname, '..', '..', 'examples', 'sample-yanbian-2019.xlsx');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhixiao-fill-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function zhixiao(...args: string[]): Promise<{ status: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

/** sheet → cell → the cached result of each formula cell, read from the sheets' XML as Excel would read it */
async function cachedResults(file: string): Promise<Map<string, Map<string, unknown>>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const names = (await load(file)).worksheets.map((w) => w.name);
  const out = new Map<string, Map<string, unknown>>();
  for (let i = 0; i < names.length; i++) {
    const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async('string');
    const cells = new Map<string, unknown>();
    for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)><f(?: [^>]*)?>[^<]*<\/f>(?:<v>([^<]*)<\/v>)?<\/c>/g)) {
      const [, address, attributes, v] = m;
      const type = / t="(\w+)"/.exec(attributes)?.[1];
      const text = (v ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      cells.set(address, v === undefined ? null : type === 'b' ? text === '1' : type === 'e' ? { error: text } : type === 'str' ? text : Number(text));
    }
    out.set(names[i], cells);
  }
  return out;
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe('zhixiao fill', () => {
  test('fills T1 and stores formulas with their results', async () => {
    const out = path.join(dir, 't1.xlsx');
    const r = await zhixiao('fill', fixture('t1-control-target-blank.xlsx'), '-o', out);
    expect(r.status).toBe(0);
    expect(r.out).toContain('识别出 1 个表格：控制目标表 1');
    const ws = (await load(out)).getWorksheet('附件2')!;
    expect(ws.getCell('I6').value).toEqual({ formula: '-CEILING(H6*10%,1)', result: -7 });
    expect(ws.getCell('J15').value).toEqual({ formula: 'SUM(J6:J14)', result: 571 });
  });

  test('refuses to write over non-empty cells without --overwrite, and says what it skipped', async () => {
    const out = path.join(dir, 't1-filled.xlsx');
    const r = await zhixiao('fill', fixture('t1-control-target.xlsx'), '-o', out);
    expect(r.status).toBe(1);
    expect(r.out).toContain('跳过 20 个非空单元格（加 --overwrite 才会覆盖）');
    expect(r.out).toContain('附件2!I6（现为 -7）');
    expect(fs.existsSync(out)).toBe(false);
    const forced = await zhixiao('fill', fixture('t1-control-target.xlsx'), '-o', out, '--overwrite');
    expect(forced.status).toBe(0);
    expect((await load(out)).getWorksheet('附件2')!.getCell('I6').value).toEqual({ formula: '-CEILING(H6*10%,1)', result: -7 });
  });

  test('--values writes exactly the cached results of the formula output', async () => {
    const withFormulas = path.join(dir, 'sample-formulas.xlsx');
    const withValues = path.join(dir, 'sample-values.xlsx');
    expect((await zhixiao('fill', SAMPLE, '-o', withFormulas, '--preset', '延边2019')).status).toBe(0);
    expect((await zhixiao('fill', SAMPLE, '-o', withValues, '--preset', '延边2019', '--values')).status).toBe(0);
    // ExcelJS drops a cached result of 0 or FALSE when it reads a file, so the cached results are read from the XML
    const cached = await cachedResults(withFormulas);
    const values = await load(withValues);
    let formulas = 0;
    for (const [sheet, cells] of cached) {
      const ws = values.getWorksheet(sheet)!;
      for (const [address, result] of cells) {
        formulas++;
        const plain = ws.getCell(address).value;
        expect([sheet, address, plain]).toEqual([sheet, address, result]);
      }
    }
    expect(formulas).toBeGreaterThan(700);
  });

  test('custom functions are stored as Excel stores add-in functions: _xldudf_ZX_…; RANK.EQ as _xlfn.RANK.EQ', async () => {
    const out = path.join(dir, 'sample-formulas.xlsx');
    const ws = (await load(out)).getWorksheet('评分表')!;
    const c4 = ws.getCell('C4').value as ExcelJS.CellFormulaValue;
    expect(c4.formula).toMatch(/^_xldudf_ZX_STEP_SCORE\(_xldudf_ZX_DECLINE\(SUM\('质效数据'!C3:G3\),'附件2'!H6\),4,40,,"按比例"\)$/);
    expect((ws.getCell('AC4').value as ExcelJS.CellFormulaValue).formula).toBe('_xlfn.RANK.EQ(AB4,$AB$4:$AB$12,0)');
  });

  test('an added column looks like the table: its header takes the table header’s borders and font', async () => {
    const ws = (await load(path.join(dir, 'sample-formulas.xlsx'))).getWorksheet('质效数据')!;
    // the 2019 litigation table is A2:O12; P is the first added column
    // the table is dated by its title (2019年…), its headers carry no year: nor does the added one
    expect(ws.getCell('P2').value).toBe('一审服判息诉率');
    expect(ws.getCell('P2').border).toEqual(ws.getCell('O2').border);
    expect(ws.getCell('P2').font).toMatchObject({ bold: true });
    expect(ws.getCell('P3').numFmt).toBe('0.00%');
  });

  test('--targets picks the target source alone: the workbook’s target table with the 延边2019 score table', async () => {
    const out = path.join(dir, 'workbook-targets.xlsx');
    const r = await zhixiao('fill', SAMPLE, '-o', out, '--preset', '延边2019', '--targets', 'workbook');
    expect(r.status).toBe(0);
    expect(r.out).toContain('目标来自「质效目标」表');
    expect(r.out).not.toContain('目标来自预设「延边2019」');
    expect(r.out).toContain('评分表（预设「延边2019」）');
    expect(await zhixiao('fill', SAMPLE, '-o', out, '--targets', '延边2019整档')).toMatchObject({ status: 1 });
  });

  test('--no-gap and --no-pass leave out the 差距 and 是否达标 columns; by default they are there, in words', async () => {
    const headersOf = async (file: string) => {
      const ws = (await load(file)).getWorksheet('质效数据')!;
      return Array.from(ws.getRow(2).values as unknown[], (v) => String(v ?? ''));
    };
    const full = path.join(dir, 'full.xlsx');
    expect((await zhixiao('fill', SAMPLE, '-o', full)).status).toBe(0);
    const all = await headersOf(full);
    expect(all.some((h) => h.endsWith('差距'))).toBe(true);
    expect(all.some((h) => h.endsWith('是否达标'))).toBe(true);
    const ws = (await load(full)).getWorksheet('质效数据')!;
    // the last one (生效案件改判、发回重审率): the others' targets are for 全市 only, every court not assessed
    const okCol = all.map((h, i) => (h.endsWith('是否达标') ? i : -1)).filter((i) => i >= 0).pop()!;
    const shown = [3, 4, 5, 6, 7, 8, 9, 10, 11].map((r) => (ws.getCell(r, okCol).value as ExcelJS.CellFormulaValue).result);
    expect(shown.filter((v) => typeof v === 'string').length).toBeGreaterThan(0);
    expect(shown.every((v) => v === '达标' || v === '未达标' || v === '不考核')).toBe(true);
    const bare = path.join(dir, 'bare.xlsx');
    expect((await zhixiao('fill', SAMPLE, '-o', bare, '--no-gap', '--no-pass')).status).toBe(0);
    const some = await headersOf(bare);
    expect(some.some((h) => h.endsWith('目标'))).toBe(true);
    expect(some.some((h) => h.endsWith('差距') || h.endsWith('是否达标'))).toBe(false);
  });

  test('usage errors are one Chinese line and status 1', async () => {
    expect(await zhixiao('fill', SAMPLE)).toMatchObject({ status: 1, err: expect.stringContaining('缺少输出文件') });
    expect(await zhixiao('fill', SAMPLE, '-o', SAMPLE)).toMatchObject({ status: 1, err: expect.stringContaining('输出文件不能与输入文件相同') });
    expect(await zhixiao('fill', SAMPLE, '-o', path.join(dir, 'x.xlsx'), '--preset', '不存在')).toMatchObject({ status: 1, err: expect.stringContaining('没有名为「不存在」的预设') });
    expect(await zhixiao('fill', path.join(dir, 'none.xlsx'), '-o', path.join(dir, 'y.xlsx'))).toMatchObject({ status: 1, err: expect.stringContaining('找不到文件') });
    expect(await zhixiao('fill', SAMPLE, '-o', path.join(dir, 'out.csv'))).toMatchObject({ status: 1, err: expect.stringContaining('应以 .xlsx 结尾') });
  });

  test('an output that cannot be written is one Chinese line and status 1, not an internal error', async () => {
    const folder = path.join(dir, 'a-folder.xlsx');
    fs.mkdirSync(folder, { recursive: true });
    for (const out of ['/proc/x.xlsx', folder]) {
      const r = await zhixiao('fill', fixture('t1-control-target-blank.xlsx'), '-o', out);
      expect(r.status).toBe(1);
      expect(r.err.split('\n')).toHaveLength(1);
      expect(r.err).toContain(`无法写出「${out}」`);
      expect(r.err).not.toContain('内部错误');
    }
  });

  test('an edited preset in a JSON file is used, and a bad one is refused with the reasons', async () => {
    const { copyPreset, 延边2019Scoring } = await import('../../src/core/presets');
    const whole = copyPreset(延边2019Scoring, '延边2019整档');
    whole.assumptions.steps = 'floor';
    const file = path.join(dir, 'preset.json');
    fs.writeFileSync(file, JSON.stringify(whole));
    const out = path.join(dir, 'whole.xlsx');
    expect((await zhixiao('fill', SAMPLE, '-o', out, '--preset', file)).status).toBe(0);
    // 珲春 (row 9) 发改指 64 → 60: 6.25% counts 6 whole steps → 24
    expect((await load(out)).getWorksheet('评分表')!.getCell('C9').value).toMatchObject({ result: 24 });
    whole.parts[0].weight = 0.7;
    fs.writeFileSync(file, JSON.stringify(whole));
    const bad = await zhixiao('fill', SAMPLE, '-o', out, '--preset', file);
    expect(bad).toMatchObject({ status: 1, err: expect.stringContaining('各部分权重合计 1.2，应为 1') });
  });
});

describe('zhixiao fill on its own output (re-running is safe)', () => {
  /** cell → formula of every formula cell, and the count of conditional-format rules, per sheet */
  async function formulasAndRules(file: string): Promise<{ formulas: Record<string, string>; rules: number }> {
    const wb = await load(file);
    const formulas: Record<string, string> = {};
    let rules = 0;
    for (const ws of wb.worksheets) {
      ws.eachRow((row) => row.eachCell((cell) => void (cell.formula && (formulas[`${ws.name}!${cell.address}`] = cell.formula))));
      const all = (ws as unknown as { conditionalFormattings?: { rules: unknown[] }[] }).conditionalFormattings ?? [];
      rules += all.reduce((n, cf) => n + cf.rules.length, 0);
    }
    return { formulas, rules };
  }

  test.each([
    ['unit-matrix.xlsx', '审执结案进度 and its 11月 floor'],
    ['yoy.xlsx', '结案率正升逆降'],
    ['multi-table.xlsx', '结收比 and 执行案件结案率 targets'],
    ['t1-control-target-blank.xlsx', 'control targets'],
  ])('%s (%s): the second run writes the same formulas, adds no column or rule, overwrites nothing and needs no --overwrite', async (file) => {
    const a = path.join(dir, `again-a-${file}`);
    const b = path.join(dir, `again-b-${file}`);
    expect((await zhixiao('fill', fixture(file), '-o', a, '--preset', '延边2019')).status).toBe(0);
    const second = await zhixiao('fill', a, '-o', b, '--preset', '延边2019');
    expect(second.status).toBe(0);
    expect(second.out).toMatch(/更新此前填写的 \d+ 个单元格（公式或内容不变，不算覆盖）/);
    expect(second.out).not.toContain('跳过');
    expect(second.out).not.toContain('新增');
    const before = await formulasAndRules(a);
    const after = await formulasAndRules(b);
    expect(Object.keys(before.formulas).length).toBeGreaterThan(0);
    expect(after).toEqual(before);
    const widths = async (f: string) => (await load(f)).worksheets.map((ws) => ws.columns.map((c) => c.width ?? null));
    expect(await widths(b)).toEqual(await widths(a));
  });
});

describe('formula spelling in the file', () => {
  test.each([
    ['=ZX.FWXS_RATE(F5,G5)', '_xldudf_ZX_FWXS_RATE(F5,G5)'],
    ['=IF(ZX.MEETS(ZX.GPFH_RATE(C5,D5,K5),"≦1.5%"),6,0)', 'IF(_xldudf_ZX_MEETS(_xldudf_ZX_GPFH_RATE(C5,D5,K5),"≦1.5%"),6,0)'],
    ['=RANK.EQ(K2,$K$2:$K$5,1)', '_xlfn.RANK.EQ(K2,$K$2:$K$5,1)'],
    ['=ZX.MEETS(A1,"ZX.X(")', '_xldudf_ZX_MEETS(A1,"ZX.X(")'],
    ['=IFNA(IF(ZX.MEETS(A1,B1),"达标","未达标"),"不考核")', '_xlfn.IFNA(IF(_xldudf_ZX_MEETS(A1,B1),"达标","未达标"),"不考核")'],
    ["='ZX.数据'!A1+SUM(B1:B3)", "'ZX.数据'!A1+SUM(B1:B3)"],
  ])('%s → %s', (typed, stored) => {
    expect(toFileFormula(typed)).toBe(stored);
    expect('=' + fromFileFormula(stored)).toBe(typed);
  });
});

describe('--targets-scope (issue 12.2)', () => {
  // the sample's 质效目标 is 焦作2021's T3: "一审服判息诉率 … 全市法院 ≧90%" binds every court by default
  test('by default the 全市 row binds every court; total keeps it to the total row; anything else is refused', async () => {
    const all = await zhixiao('fill', SAMPLE, '-o', path.join(dir, 'scope-all.xlsx'));
    expect(all.status).toBe(0);
    // 2019: 1 − 二审收案/一审结案 — 延边中院 1 − 150/450 = 66.7% fails; 延吉 1 − 1020/10300 = 90.1% … 安图 1 − 180/2200 = 91.8% pass
    expect(all.out).toMatch(/一审服判息诉率：达标 8 个，未达标 1 个；合计达标（目标来自「质效目标」表 \S+ 的目标）/);
    const total = await zhixiao('fill', SAMPLE, '-o', path.join(dir, 'scope-total.xlsx'), '--targets-scope', 'total');
    expect(total.status).toBe(0);
    expect(total.out).toMatch(/一审服判息诉率：达标 0 个，未达标 0 个，不考核 9 个；合计达标（目标来自「质效目标」表 \S+ 的目标，全市目标只用于合计行）/);
    expect(await zhixiao('fill', SAMPLE, '-o', path.join(dir, 'scope-x.xlsx'), '--targets-scope', 'city')).toMatchObject({ status: 1, err: expect.stringContaining('--targets-scope 应为 all') });
  });
});
