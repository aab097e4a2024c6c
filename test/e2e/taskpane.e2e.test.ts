/**
 * End to end, in a real browser: the task pane built with the test host in place of Excel (the playground
 * page), served on 127.0.0.1, driven in Debian's Chromium through playwright-core, on a fixture workbook:
 * recognise → add indicator columns → the cells hold ZX formulas whose values (HyperFormula evaluating the
 * catalogue's functions) are right → 撤销上次操作 → the sheet is exactly as before. Screenshots go to
 * test-output/screenshots/.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { readWorkbook } from '../../src/cli/xlsx-read';
import { address, columnIndex, parseAddress, type Grid } from '../../src/core/base/grid';
import { fillOptionsFor, planFill } from '../../src/core/kinds';
import { recognizeGrid } from '../../src/core/recognize';
import { buildPlayground, startServer, type Served } from '../../src/playground/serve';
import { T1_ROWS, T1_TOTAL } from '../fixtures/seed-tables';
import { COURT_REPORTS } from '../fixtures/build-books';
import JSZip from 'jszip';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'test-output', 'e2e-dist');
const SHOTS = path.join(ROOT, 'test-output', 'screenshots');
const FIXTURE = 'unit-matrix';

jest.setTimeout(300_000);

let served: Served;
let context: BrowserContext;
let page: Page;
let profile: string;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `端到端测试需要 Chromium，但 ${CHROMIUM} 不存在。请安装：apt-get update && apt-get install -y chromium（CI 的 .ci/run 会安装）。` +
        ` End-to-end tests need Chromium at ${CHROMIUM}; they do not skip.`,
    );
  }
  fs.mkdirSync(SHOTS, { recursive: true });
  await buildPlayground(OUT);
  served = await startServer(OUT);
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'zx-e2e-profile-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => {
    throw e;
  });
});

afterAll(async () => {
  await context?.close();
  await served?.close();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

async function open(fixture = FIXTURE, query = ''): Promise<void> {
  await page.goto(`${served.url}?fixture=${fixture}${query}`);
  await page.waitForFunction(() => window.__zxReady === true, null, { timeout: 30_000 });
}

/** every sheet's state as plain data, from the host inside the page */
function snapshotBook(): Promise<unknown> {
  return page.evaluate(() => window.__zxHost!.sheets.map((s) => [s.name, JSON.stringify(window.__zxHost!.snapshot(s.name))]));
}

function hostCell(sheet: string, row: number, col: number): Promise<{ formula: unknown; value: unknown }> {
  return page.evaluate(
    ([name, r, c]) => {
      const state = window.__zxHost!;
      const s = state.sheetByName(name as string)!;
      return { formula: state.formula(s, r as number, c as number), value: state.value(s, r as number, c as number) };
    },
    [sheet, row, col] as const,
  );
}

/** let the dialog's entrance animation finish before a screenshot */
function settle(): Promise<void> {
  return page.waitForTimeout(600);
}

async function recognise(): Promise<void> {
  await page.getByTestId('recognize').click();
  await page.getByTestId('table-card').first().waitFor({ timeout: 30_000 });
}

/** what the pane plans for the first table with the default choices, computed here with the same engine */
async function expectedPlan(): Promise<{ book: Grid[]; plan: ReturnType<typeof planFill> }> {
  const book = await readWorkbook(path.join(ROOT, 'test', 'fixtures', `${FIXTURE}.xlsx`));
  const tables = recognizeGrid(book[0]);
  const offer = fillOptionsFor(book, tables);
  const plan = planFill(book, tables, {
    tables: [0],
    indicators: offer.tables[0].indicators.map((i) => i.id),
    targets: typeof offer.defaults.targets === 'string' ? offer.defaults.targets : 'none',
    ranks: false,
    scoring: typeof offer.defaults.scoring === 'string' ? offer.defaults.scoring : undefined,
  });
  return { book, plan };
}

test('recognise → add indicator columns → ZX formulas with the right values → 撤销上次操作 restores the sheet exactly', async () => {
  await open();
  const before = await snapshotBook();
  await recognise();
  expect(await page.getByTestId('table-card').count()).toBe(1);
  expect(await page.getByTestId('column-H').innerText()).toContain('JA_RATE');
  await page.screenshot({ path: path.join(SHOTS, '1-recognised.png') });

  await page.getByRole('tab', { name: '计算' }).click();
  await page.getByTestId('indicator-choices').waitFor({ timeout: 30_000 });
  await page.getByTestId('preview-fill').click();
  await page.getByTestId('preview').waitFor();
  const confirm = page.getByTestId('confirm-write');
  await page.waitForFunction(() => !document.querySelector('[data-testid=confirm-write]')?.hasAttribute('disabled'));
  expect(await page.getByTestId('overwrite-warning').count()).toBe(0);
  await settle();
  await page.screenshot({ path: path.join(SHOTS, '2-preview.png') });
  await confirm.click();
  await page.getByTestId('notice').filter({ hasText: '已写入' }).waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: '撤销上次操作' }).and(page.locator(':not([disabled])')).waitFor();
  await page.screenshot({ path: path.join(SHOTS, '3-result.png') });

  const { book, plan } = await expectedPlan();
  const formulaWrites = plan.writes.filter((w) => w.formula);
  expect(formulaWrites.filter((w) => w.formula!.startsWith('=ZX.')).length).toBeGreaterThan(5);
  for (const w of plan.writes) {
    const cell = await hostCell(w.sheet, w.row, w.col);
    if (w.formula) {
      expect(cell.formula).toBe(w.formula);
      if (typeof w.value === 'number') expect(cell.value as number).toBeCloseTo(w.value, 9);
      else expect(cell.value).toEqual(w.value ?? '');
    } else {
      expect(cell.value).toEqual(w.value ?? '');
    }
  }
  // and one value worked by hand from the sheet's own numbers: 结收比 = 结案 ÷ 新收
  const jsb = formulaWrites.find((w) => w.formula!.startsWith('=ZX.JSB_RATIO('))!;
  const [closed, received] = /\(([A-Z]+\d+),([A-Z]+\d+)\)/.exec(jsb.formula!)!.slice(1).map((a) => parseAddress(a)!);
  const g = book[0];
  const at = (p: { row: number; col: number }) => Number(g.values[p.row - g.origin.row][p.col - g.origin.col]);
  expect((await hostCell(jsb.sheet, jsb.row, jsb.col)).value).toBeCloseTo(at(closed) / at(received), 12);

  // the revert is a write too: it asks first, and 取消 leaves the written sheet as it is
  const written = await snapshotBook();
  await page.getByRole('button', { name: '撤销上次操作' }).click();
  await page.getByTestId('undo-confirm').waitFor();
  expect(await page.getByTestId('undo-confirm').innerText()).toContain(`${plan.writes.length} 个单元格恢复为写入前的内容`);
  await settle();
  await page.screenshot({ path: path.join(SHOTS, '3b-undo-confirm.png') });
  await page.getByTestId('undo-confirm').getByRole('button', { name: '取消' }).click();
  await page.getByTestId('undo-confirm').waitFor({ state: 'detached' });
  expect(await snapshotBook()).toEqual(written);
  await page.getByRole('button', { name: '撤销上次操作' }).click();
  await page.getByTestId('confirm-undo').click();
  await page.getByTestId('notice').filter({ hasText: '已撤销' }).waitFor({ timeout: 30_000 });
  await page.screenshot({ path: path.join(SHOTS, '4-reverted.png') });
  expect(await snapshotBook()).toEqual(before);
});

test('nothing is written over a non-empty cell without confirmation; the warning names the cell', async () => {
  await open();
  const { plan } = await expectedPlan();
  const target = plan.writes.find((w) => w.formula)!;
  await recognise();
  await page.getByRole('tab', { name: '计算' }).click();
  await page.getByTestId('indicator-choices').waitFor({ timeout: 30_000 });
  // someone types into a cell the plan will write, after the pane read the sheet
  await page.evaluate(
    ([name, r, c]) => {
      const state = window.__zxHost!;
      state.setInput(state.sheetByName(name as string)!, r as number, c as number, '手填备注');
    },
    [target.sheet, target.row, target.col] as const,
  );
  const before = await snapshotBook();
  await page.getByTestId('preview-fill').click();
  const warning = page.getByTestId('overwrite-warning');
  await warning.waitFor({ timeout: 30_000 });
  const cellName = `${target.sheet}!${address(target.row, target.col)}`;
  expect(await warning.innerText()).toContain(`${cellName}：手填备注`);
  expect(await page.getByTestId('confirm-write').isDisabled()).toBe(true);
  await settle();
  await page.screenshot({ path: path.join(SHOTS, '5-overwrite-warning.png') });
  await page.getByRole('button', { name: '取消' }).click();
  await page.getByTestId('preview').waitFor({ state: 'detached' });
  expect(await snapshotBook()).toEqual(before);
});

test('clicking a recognised table selects it in the sheet', async () => {
  await open();
  await recognise();
  await page.getByTestId('table-card').first().getByRole('button', { name: '在表中选中' }).click();
  await page.waitForFunction(() => window.__zxHost!.selection!.range.bottom > 0);
  const selection = await page.evaluate(() => window.__zxHost!.selection!.range);
  const book = await readWorkbook(path.join(ROOT, 'test', 'fixtures', `${FIXTURE}.xlsx`));
  const range = recognizeGrid(book[0])[0].range; // A4:H11
  const [from, to] = range.split(':').map((a) => parseAddress(a)!);
  expect(selection).toEqual({ top: from.row, left: from.col, bottom: to.row, right: to.col });
  expect(columnIndex('H')).toBe(to.col);
});

test('核对 lists the findings; clicking one selects its cell', async () => {
  await open();
  await recognise();
  await page.getByRole('tab', { name: '计算' }).click();
  await page.getByTestId('verify').waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid=verify]')?.hasAttribute('disabled'));
  await page.getByTestId('verify').click();
  const findings = page.getByTestId('findings');
  await findings.waitFor({ timeout: 30_000 });
  const finding = findings.getByText('收结案!H8：', { exact: false });
  expect(await finding.innerText()).toContain('数值不符');
  expect(await findings.innerText()).toContain('收结案!F11：合计「已结」公布 4100');
  await page.screenshot({ path: path.join(SHOTS, '6-verify.png') });
  await finding.click();
  await page.waitForFunction(() => window.__zxHost!.selection!.range.top === 7);
  expect(await page.evaluate(() => window.__zxHost!.selection!.range)).toEqual({ top: 7, left: 7, bottom: 7, right: 7 });
});

test('图表 inserts the indicator by unit with its target as a line; 撤销上次操作 removes chart and target column', async () => {
  await open();
  const before = await snapshotBook();
  await recognise();
  await page.getByRole('tab', { name: '图表' }).click();
  await page.getByRole('combobox', { name: '指标列' }).click();
  await page.getByRole('option', { name: /^H / }).click();
  const target = page.getByRole('textbox', { name: '目标值（画成一条线）' });
  await target.fill('≥90%');
  await page.getByTestId('insert-chart').click();
  await page.getByTestId('preview').waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid=confirm-write]')?.hasAttribute('disabled'));
  await page.getByTestId('confirm-write').click();
  await page.getByTestId('notice').filter({ hasText: '已写入' }).waitFor({ timeout: 30_000 });
  const charts = await page.evaluate(() => window.__zxHost!.sheets[0].charts.map((c) => ({ title: c.title, series: c.series.map((x) => [x.name, x.chartType, x.values && x.values.range]) })));
  // 温县's 结案率 (H10) is the text "89.29%": the chart reads a column of numbers beside the table (I), the target the next (J)
  expect(charts).toEqual([
    {
      title: '结案率（目标 ≥90%）',
      series: [
        ['结案率', null, { top: 4, left: 8, bottom: 9, right: 8 }],
        ['目标 ≥90%', 'Line', { top: 4, left: 9, bottom: 9, right: 9 }],
      ],
    },
  ]);
  expect((await hostCell('收结案', 9, 8)).value).toBeCloseTo(0.8929, 12);
  expect((await hostCell('收结案', 4, 9)).value).toBe(0.9);
  await page.screenshot({ path: path.join(SHOTS, '7-chart.png') });
  await page.getByRole('button', { name: '撤销上次操作' }).click();
  await page.getByTestId('confirm-undo').click(); // the revert is a write: it asks first
  await page.getByTestId('notice').filter({ hasText: '已撤销' }).waitFor({ timeout: 30_000 });
  expect(await snapshotBook()).toEqual(before);
});

test('a copied preset is edited and saved into the workbook (a custom XML part), then listed as the workbook’s', async () => {
  await open();
  await page.getByRole('tab', { name: '预设' }).click();
  const first = page.getByTestId('preset').first();
  await first.waitFor();
  await first.getByRole('button', { name: '复制' }).click();
  const editor = page.getByTestId('preset-editor');
  await editor.waitFor();
  const name = editor.getByRole('textbox', { name: '名称' });
  await name.fill('本院2024');
  await editor.getByRole('button', { name: '保存到工作簿' }).click();
  await page.getByTestId('notice').filter({ hasText: '本院2024' }).waitFor({ timeout: 30_000 });
  const parts = await page.evaluate(() => window.__zxHost!.xmlParts.map((p) => p.namespaceUri));
  expect(parts).toEqual(['urn:zhixiao:presets:v1']);
  await page.screenshot({ path: path.join(SHOTS, '8-presets.png') });
  expect(await page.getByTestId('preset').first().innerText()).toContain('本院2024');
});

test('English can be chosen; Chinese is the default', async () => {
  await open();
  expect(await page.getByRole('tab', { name: '识别' }).count()).toBe(1);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('tab', { name: 'Recognise' }).waitFor();
  await page.getByTestId('recognize').click();
  await page.getByTestId('notice').filter({ hasText: 'table(s) found' }).waitFor({ timeout: 30_000 });
  // the pane's own words are English; the headers and field names are the workbook's, and stay Chinese
  expect(await page.getByTestId('column-A').getByRole('cell').nth(2).innerText()).toBe('Serial no.');
  expect(await page.getByTestId('column-B').getByRole('cell').nth(2).innerText()).toBe('Unit');
  await page.getByRole('tab', { name: 'Presets' }).click();
  const badge = page.getByTestId('preset').first().locator('.fui-Badge');
  expect(await badge.innerText()).toMatch(/^(Targets|Scoring)$/);
});

test('an unknown column is corrected from the searchable catalogue list', async () => {
  await open();
  // a column the catalogue does not know, beside the table
  await page.evaluate(() => {
    const state = window.__zxHost!;
    const sheet = state.sheets[0];
    state.setInput(sheet, 3, 8, '甲项');
    for (let r = 4; r <= 9; r++) state.setInput(sheet, r, 8, r * 3);
    state.changed();
  });
  await recognise();
  const row = page.getByTestId('column-I');
  await row.waitFor();
  expect(await row.innerText()).toContain('未识别');
  const box = page.getByTestId('correct-I').getByRole('combobox');
  await box.click();
  await box.fill('已结');
  // the synonym typed finds the field, shortest (most specific) first
  const list = page.getByRole('listbox');
  expect(await list.getByRole('option').first().innerText()).toBe('结案数');
  await list.getByRole('option', { name: '结案数', exact: true }).click();
  await page.getByTestId('correct-I').waitFor({ state: 'detached' });
  const text = await row.innerText();
  expect(text).toContain('结案数');
  expect(text).toContain('100%');
  await page.screenshot({ path: path.join(SHOTS, '9-corrected.png') });
});

test('the pane follows Office’s theme: a dark Office body colour gives the dark theme', async () => {
  const background = async () => {
    await page.getByTestId('pane').waitFor();
    // the FluentProvider around the pane paints the theme's background
    return page.evaluate(() => getComputedStyle(document.querySelector('[data-testid=pane]')!.parentElement!).backgroundColor);
  };
  await open(FIXTURE, '&theme=dark');
  const dark = await background();
  await open(FIXTURE);
  const light = await background();
  const luminance = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
  expect(luminance(dark)).toBeLessThan(80);
  expect(luminance(light)).toBeGreaterThan(200);
});

test('填充 a control-target table: every 目标 and 上限 cell as the seed (T1), as formulas', async () => {
  await open('t1-control-target-blank');
  await recognise();
  await page.getByRole('tab', { name: '计算' }).click();
  await page.getByTestId('fill').waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid=fill]')?.hasAttribute('disabled'));
  await page.getByTestId('fill').click();
  await page.getByTestId('preview').waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid=confirm-write]')?.hasAttribute('disabled'));
  await page.getByTestId('confirm-write').click();
  await page.getByTestId('notice').filter({ hasText: '已写入' }).waitFor({ timeout: 30_000 });
  const sheet = '附件2';
  const rows = [...T1_ROWS, T1_TOTAL];
  for (let i = 0; i < rows.length; i++) {
    const row = 5 + i; // body from row 6 (0-based 5): header rows 4–5
    const goal = await hostCell(sheet, row, columnIndex('I'));
    const ceiling = await hostCell(sheet, row, columnIndex('J'));
    expect([goal.value, ceiling.value]).toEqual([rows[i][6], rows[i][7]]);
    expect(String(goal.formula)).toMatch(/^=/);
    expect(String(ceiling.formula)).toMatch(/^=/);
  }
  await page.screenshot({ path: path.join(SHOTS, '10-control-target-filled.png') });
});

test('a case list is aggregated into a new unit sheet, by the unit and period chosen', async () => {
  await open('case-list');
  const sheetsBefore = await page.evaluate(() => window.__zxHost!.sheets.map((s) => s.name));
  await recognise();
  await page.getByRole('tab', { name: '计算' }).click();
  await page.getByTestId('aggregate').waitFor({ timeout: 30_000 });
  await page.getByTestId('aggregate-preview').click();
  await page.getByTestId('preview').waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid=confirm-write]')?.hasAttribute('disabled'));
  await settle();
  await page.screenshot({ path: path.join(SHOTS, '11-aggregate-preview.png') });
  await page.getByTestId('confirm-write').click();
  await page.getByTestId('notice').filter({ hasText: '已写入' }).waitFor({ timeout: 30_000 });
  const sheetsAfter = await page.evaluate(() => window.__zxHost!.sheets.map((s) => s.name));
  expect(sheetsAfter.slice(0, sheetsBefore.length)).toEqual(sheetsBefore);
  expect(sheetsAfter.length).toBeGreaterThan(sheetsBefore.length);
  await page.getByRole('button', { name: '撤销上次操作' }).click();
  await page.getByTestId('confirm-undo').click(); // the revert is a write: it asks first
  await page.getByTestId('notice').filter({ hasText: '已撤销' }).waitFor({ timeout: 30_000 });
  expect(await page.evaluate(() => window.__zxHost!.sheets.map((s) => s.name))).toEqual(sheetsBefore);
});

test('填充 a score table from the other sheets’ data: every formula shows the engine’s value', async () => {
  const SAMPLE = 'sample-yanbian-2019';
  await open(SAMPLE);
  await page.evaluate(() => {
    const state = window.__zxHost!;
    const sheet = state.sheetByName('评分表')!;
    state.activeSheetId = sheet.id;
    state.selection = { sheetId: sheet.id, range: { top: 0, left: 0, bottom: 0, right: 0 } };
    state.changed();
  });
  await recognise();
  await page.getByRole('tab', { name: '计算' }).click();
  await page.getByTestId('fill').waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid=fill]')?.hasAttribute('disabled'));
  await page.getByTestId('fill').click();
  await page.getByTestId('preview').waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid=confirm-write]')?.hasAttribute('disabled'));
  await page.getByTestId('confirm-write').click();
  await page.getByTestId('notice').filter({ hasText: '已写入' }).waitFor({ timeout: 60_000 });
  await page.screenshot({ path: path.join(SHOTS, '12-score-filled.png') });

  const book = await readWorkbook(path.join(ROOT, 'examples', `${SAMPLE}.xlsx`));
  const scoreSheet = book.find((g) => g.sheet === '评分表')!;
  const tables = [...recognizeGrid(scoreSheet), ...book.filter((g) => g !== scoreSheet).flatMap((g) => recognizeGrid(g))];
  const plan = planFill(book, tables, { tables: [0], scoring: '延边2019' });
  const formulas = plan.writes.filter((w) => w.formula);
  expect(formulas.length).toBeGreaterThan(100);
  const shown = await page.evaluate(
    (cells) =>
      cells.map(([name, r, c]) => {
        const state = window.__zxHost!;
        const s = state.sheetByName(name as string)!;
        return [state.formula(s, r as number, c as number), state.value(s, r as number, c as number)];
      }),
    formulas.map((w) => [w.sheet, w.row, w.col]),
  );
  const wrong = formulas.filter((w, i) => shown[i][0] !== w.formula || (typeof w.value === 'number' ? Math.abs(Number(shown[i][1]) - w.value) > 1e-9 : shown[i][1] !== w.value));
  expect(wrong.map((w) => `${w.row},${w.col} ${w.formula} → ${JSON.stringify(w.value)}`)).toEqual([]);
});

test('填充 an indicator list: 差距 and 是否达标 as ZX formulas showing the engine’s values', async () => {
  const fixture = 't4-indicator-list';
  await open(fixture);
  await recognise();
  await page.getByRole('tab', { name: '计算' }).click();
  await page.getByTestId('fill').waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid=fill]')?.hasAttribute('disabled'));
  await page.getByTestId('fill').click();
  await page.getByTestId('preview').waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid=confirm-write]')?.hasAttribute('disabled'));
  await page.getByTestId('confirm-write').click();
  await page.getByTestId('notice').filter({ hasText: '已写入' }).waitFor({ timeout: 30_000 });
  await page.screenshot({ path: path.join(SHOTS, '13-indicator-list-filled.png') });

  const book = await readWorkbook(path.join(ROOT, 'test', 'fixtures', `${fixture}.xlsx`));
  const plan = planFill(book, recognizeGrid(book[0]), { tables: [0] });
  const formulas = plan.writes.filter((w) => w.formula);
  expect(formulas.some((w) => /^=IFNA\(ZX\.GAP\(/.test(w.formula!))).toBe(true);
  // 是否达标 in words: =IFNA(IF(ZX.MEETS(…),"达标","未达标"),"不考核"), shown as the engine says
  expect(formulas.some((w) => /^=IFNA\(IF\(ZX\.MEETS\(/.test(w.formula!) && (w.value === '达标' || w.value === '未达标'))).toBe(true);
  const shown = await Promise.all(formulas.map((w) => hostCell(w.sheet, w.row, w.col)));
  const wrong = formulas.filter((w, i) => shown[i].formula !== w.formula || (typeof w.value === 'number' ? Math.abs(Number(shown[i].value) - w.value) > 1e-9 : shown[i].value !== w.value));
  expect(wrong.map((w) => `${address(w.row, w.col)} ${w.formula} → ${JSON.stringify(w.value)}`)).toEqual([]);
});

test('a scoring preset edited and saved into the workbook is the one 填充 uses for the score table', async () => {
  const SAMPLE = 'sample-yanbian-2019';
  await open(SAMPLE);
  await page.getByRole('tab', { name: '预设' }).click();
  const card = page.getByTestId('preset').filter({ hasText: '考核评分' }).first();
  await card.waitFor();
  await card.getByRole('button', { name: '复制' }).click();
  const editor = page.getByTestId('preset-editor');
  await editor.getByRole('textbox', { name: '名称' }).fill('本院评分');
  const record = editor.getByRole('textbox', { name: '完整规则（高级）' });
  const json = await record.inputValue();
  // the first 6-point item is worth 12 in this court's rules
  const edited = json.replace('"points": 6,', '"points": 12,');
  expect(edited).not.toBe(json);
  await record.fill(edited);
  await editor.getByRole('button', { name: '保存到工作簿' }).click();
  await page.getByTestId('notice').filter({ hasText: '本院评分' }).waitFor({ timeout: 30_000 });

  await page.evaluate(() => {
    const state = window.__zxHost!;
    const sheet = state.sheetByName('评分表')!;
    state.activeSheetId = sheet.id;
    state.selection = { sheetId: sheet.id, range: { top: 0, left: 0, bottom: 0, right: 0 } };
    state.changed();
  });
  await page.getByRole('tab', { name: '识别' }).click();
  await recognise();
  await page.getByRole('tab', { name: '计算' }).click();
  await page.getByTestId('fill').waitFor({ timeout: 30_000 });
  expect(await page.getByRole('combobox', { name: '评分规则' }).innerText()).toContain('本工作簿：本院评分');
  await page.waitForFunction(() => !document.querySelector('[data-testid=fill]')?.hasAttribute('disabled'));
  await page.getByTestId('fill').click();
  await page.getByTestId('preview').waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid=confirm-write]')?.hasAttribute('disabled'));
  await page.getByTestId('confirm-write').click();
  await page.getByTestId('notice').filter({ hasText: '已写入' }).waitFor({ timeout: 60_000 });

  const book = await readWorkbook(path.join(ROOT, 'examples', `${SAMPLE}.xlsx`));
  const scoreSheet = book.find((g) => g.sheet === '评分表')!;
  const tables = [...recognizeGrid(scoreSheet), ...book.filter((g) => g !== scoreSheet).flatMap((g) => recognizeGrid(g))];
  const plan = planFill(book, tables, { tables: [0], scoring: JSON.parse(edited) });
  const builtIn = planFill(book, tables, { tables: [0], scoring: '延边2019' });
  const values = (p: typeof plan) => JSON.stringify(p.writes.map((w) => w.value));
  expect(values(plan)).not.toBe(values(builtIn)); // the edit changes scores
  const formulas = plan.writes.filter((w) => w.formula);
  const shown = await page.evaluate(
    (cells) =>
      cells.map(([name, r, c]) => {
        const state = window.__zxHost!;
        const s = state.sheetByName(name as string)!;
        return [state.formula(s, r as number, c as number), state.value(s, r as number, c as number)];
      }),
    formulas.map((w) => [w.sheet, w.row, w.col]),
  );
  const wrong = formulas.filter((w, i) => shown[i][0] !== w.formula || (typeof w.value === 'number' ? Math.abs(Number(shown[i][1]) - w.value) > 1e-9 : shown[i][1] !== w.value));
  expect(wrong.map((w) => `${address(w.row, w.col)} ${w.formula} → ${JSON.stringify(w.value)}`)).toEqual([]);
});

test('汇总 inserts the courts’ reports and refers to them; a corrected report updates the city table; 通报 drafts into a new sheet and downloads a .docx', async () => {
  await open();
  const courts = path.join(ROOT, 'test', 'fixtures', 'books', 'courts');
  const files = COURT_REPORTS.map((r) => path.join(courts, r.file));
  // the host does not parse .xlsx: it is handed each file's sheets, read here by the command line's reader
  const offered = await Promise.all(files.map(async (f) => [fs.readFileSync(f).toString('base64'), await readWorkbook(f)] as const));
  await page.evaluate((list) => {
    for (const [base64, grids] of list) window.__zxHost!.offeredFiles.set(base64, grids as Grid[]);
  }, offered as unknown as [string, Grid[]][]);
  await page.getByRole('tab', { name: '汇总与通报' }).click();
  await page.getByTestId('merge-files').setInputFiles(files);
  await page.getByTestId('merge-run').click();
  await page.getByTestId('preview').waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid=confirm-write]')?.hasAttribute('disabled'));
  await page.getByTestId('confirm-write').click();
  await page.getByTestId('notice').filter({ hasText: '已写入' }).waitFor({ timeout: 30_000 });
  expect(await page.evaluate(() => window.__zxHost!.sheets.map((s) => s.name))).toEqual(['收结案', '收结案 (2)', '收结案 (3)', '收结案 (4)', '汇总']);
  // a row per court, its figures formulas referring to the inserted sheets; the 合计 a SUM equal to their sum
  expect(await hostCell('汇总', 5, 1)).toMatchObject({ value: '解放区人民法院' });
  expect(await hostCell('汇总', 5, 3)).toEqual({ formula: "='收结案 (2)'!D6", value: 1600 });
  expect(await hostCell('汇总', 7, 1)).toMatchObject({ value: '修武县人民法院' });
  expect(await hostCell('汇总', 8, 3)).toEqual({ formula: '=SUM(D6:D8)', value: COURT_REPORTS.reduce((n, r) => n + r.fresh, 0) });
  expect((await hostCell('汇总', 8, 7)).formula).toBe('=ZX.JA_RATE(F9,C9,D9)');
  await page.screenshot({ path: path.join(SHOTS, '10-merge.png') });
  // 山阳区 corrects its 新收: the city table follows
  await page.evaluate(() => {
    const state = window.__zxHost!;
    state.setInput(state.sheetByName('收结案 (3)')!, 5, 3, 200);
    state.changed();
  });
  expect((await hostCell('汇总', 8, 3)).value).toBe(COURT_REPORTS.reduce((n, r) => n + r.fresh, 0) - 165 + 200);

  await page.getByTestId('report-run').click();
  await page.getByTestId('preview').waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid=confirm-write]')?.hasAttribute('disabled'));
  await page.getByTestId('confirm-write').click();
  await page.getByTestId('notice').filter({ hasText: '已写入' }).waitFor({ timeout: 30_000 });
  const title = (await hostCell('通报草稿', 0, 0)).value as string;
  expect(title).toMatch(/^关于.*审判执行质效情况的通报$/);
  // the draft's table cites its figures by formula: the 汇总 sheet's 合计 结案率 among them
  const cited = await page.evaluate(() => {
    const state = window.__zxHost!;
    const s = state.sheetByName('通报草稿')!;
    const out: string[] = [];
    for (let r = 0; r < 200; r++) for (let c = 0; c < 8; c++) if (typeof state.formula(s, r, c) === 'string') out.push(String(state.formula(s, r, c)));
    return out;
  });
  expect(cited).toContain("='汇总'!H9");
  await page.screenshot({ path: path.join(SHOTS, '11-report.png') });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-download').click()]);
  expect(download.suggestedFilename()).toBe(`${title}.docx`);
  const saved = path.join(profile, 'report.docx');
  await download.saveAs(saved);
  const zip = await JSZip.loadAsync(fs.readFileSync(saved));
  expect(await zip.file('word/document.xml')!.async('string')).toContain(title);
});
