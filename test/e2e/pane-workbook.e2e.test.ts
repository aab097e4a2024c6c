/**
 * The pane as a statistician uses it (issue 13), in Chromium on the playground: the whole workbook recognised
 * and kept per sheet, every column and row correctable and the correction undone, no choice hidden in an inner
 * scroll box, a selection widened to its table, the 计算 tab saying what it will write, the targets' scope.
 */
import { startHarness, openFixture, recognise, selectInSheet, shootWhole, waitEnabled, type Harness } from './harness';

jest.setTimeout(300_000);

let h: Harness;
beforeAll(async () => {
  h = await startHarness('workbook');
});
afterAll(async () => {
  await h?.close();
});

const SAMPLE = 'sample-yanbian-2019';

test('识别 reads every sheet of the sample: results per sheet, a sheet filter, and 计算 lists every sheet’s tables', async () => {
  const { page } = h;
  await openFixture(h, SAMPLE);
  await recognise(page);
  const sections = page.getByTestId('sheet-result');
  expect(await sections.count()).toBe(5);
  expect(await page.getByTestId('table-card').count()).toBe(7);
  expect(await page.getByTestId('notice').innerText()).toContain('在 5 张工作表中找到 7 张表');
  expect(await sections.nth(3).innerText()).toContain('工作表「质效数据」');
  await shootWhole(page, 'p1-workbook-recognised.png');

  await page.getByRole('tab', { name: '计算' }).click();
  const chooser = page.getByRole('combobox', { name: '选择表' });
  await chooser.waitFor({ timeout: 30_000 });
  await chooser.click();
  expect(await page.getByRole('listbox').getByRole('option').count()).toBe(7);
  await page.keyboard.press('Escape');

  // the filter: without 质效数据 its three tables are neither shown nor offered
  await page.getByRole('tab', { name: '识别' }).click();
  await page
    .getByTestId('sheet-filter')
    .getByRole('checkbox', { name: /质效数据/ })
    .click();
  expect(await page.getByTestId('table-card').count()).toBe(4);
  await page.getByRole('tab', { name: '计算' }).click();
  await chooser.waitFor({ timeout: 30_000 });
  await chooser.click();
  expect(await page.getByRole('listbox').getByRole('option').count()).toBe(4);
  await page.keyboard.press('Escape');
});

test('a selection without the unit column is widened to its table, and said so; a selection holding no table says why', async () => {
  const { page } = h;
  await openFixture(h, 'unit-matrix');
  // C5:H9 — figures only, no 单位 column, no header
  await selectInSheet(page, '收结案', { top: 4, left: 2, bottom: 8, right: 7 });
  await recognise(page);
  const note = page.getByTestId('selection-note');
  expect(await note.innerText()).toContain('选区 C5:H9 只是表的一部分：已按整张表 A4:H11 识别（单位列 B');
  const units = await page.getByTestId('table-card').getByTestId('units').innerText();
  expect(units).toMatch(/^6：/);
  expect(units).not.toContain('、、');
  expect(units).not.toContain('合计');
  await shootWhole(page, 'p2-selection-widened.png');

  // an empty corner far from the table
  await openFixture(h, 'unit-matrix');
  await selectInSheet(page, '收结案', {
    top: 20,
    left: 10,
    bottom: 24,
    right: 12,
  });
  await recognise(page);
  expect(await page.getByTestId('selection-note').innerText()).toContain('没有单位（法院、部门、承办人）名称列');
  await page.getByRole('tab', { name: '计算' }).click();
  // the table is still recognised (the sheet is), and offered
  await page.getByRole('combobox', { name: '选择表' }).waitFor({ timeout: 30_000 });
});

test('every column and every row role can be corrected, and each correction undone (还原); 置信度, not 把握', async () => {
  const { page } = h;
  await openFixture(h, 'unit-matrix');
  await recognise(page);
  const card = page.getByTestId('table-card');
  expect(await card.getByRole('columnheader', { name: '置信度' }).count()).toBe(1);
  expect(await card.innerText()).not.toContain('把握');
  // a sure column (结案率 at full confidence) has its 更正 too
  expect(await page.getByTestId('mapping-H').innerText()).toContain('JA_RATE');
  for (const col of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']) expect(await page.getByTestId(`correct-button-${col}`).count()).toBe(1);
  await page.getByTestId('correct-button-H').click();
  const box = page.getByTestId('correct-H').getByRole('combobox');
  await box.click();
  await box.fill('不参与');
  await page.getByRole('option', { name: '不参与计算' }).click();
  expect(await page.getByTestId('mapping-H').innerText()).toBe('不参与计算');
  expect(await page.getByTestId('column-H').innerText()).toContain('已更正（原为 结案率（ZX.JA_RATE））');
  await page.getByTestId('restore-H').click();
  expect(await page.getByTestId('mapping-H').innerText()).toContain('JA_RATE');
  expect(await page.getByTestId('restore-H').count()).toBe(0);

  // rows: the 合计 row taken out of the table, then back
  await page.getByTestId('row-roles').click();
  const total = page.getByTestId('row-11');
  await total.getByRole('combobox').click();
  await page.getByRole('option', { name: '不属于本表' }).click();
  expect(await card.innerText()).toMatch(/合计行\s*无/);
  await shootWhole(page, 'p3-corrections.png');
  await total.getByRole('button', { name: '还原第 11 行为识别结果' }).click();
  expect(await card.innerText()).toContain('合计（11）');
  // a unit row made a benchmark, then taken out of the table
  await page.getByTestId('row-5').getByRole('combobox').click();
  await page.getByRole('option', { name: /参照/ }).click();
  expect(await card.getByTestId('units').innerText()).toMatch(/^5：/);
  expect(await card.innerText()).toMatch(/参照行\s*焦作市中级人民法院（5）/);
  await page.getByTestId('row-5').getByRole('combobox').click();
  await page.getByRole('option', { name: '不属于本表' }).click();
  // the correction reaches 计算: the row out of the table gets no indicator cell
  await page.getByRole('tab', { name: '计算' }).click();
  await waitEnabled(page, 'preview-fill');
  await page.getByTestId('preview-fill').click();
  const preview = page.getByTestId('preview');
  await preview.waitFor();
  const text = await preview.innerText();
  expect(text).toContain('收结案!I6');
  expect(text).not.toContain('收结案!I5');
  await page.getByRole('button', { name: '取消' }).click();
});

test('one scroll per pane: no inner scroll box, every indicator checkbox in view of the pane’s own scroll', async () => {
  const { page } = h;
  await openFixture(h, 'unit-matrix');
  await recognise(page);
  await page.getByRole('tab', { name: '计算' }).click();
  await page.getByTestId('indicator-choices').waitFor({ timeout: 30_000 });
  const inner = await page.evaluate(() =>
    [...document.querySelectorAll('#root *')]
      .filter((e) => {
        const s = getComputedStyle(e);
        return /(auto|scroll)/.test(s.overflowY) && e.scrollHeight > e.clientHeight + 1;
      })
      .map((e) => e.outerHTML.slice(0, 120)),
  );
  expect(inner).toEqual([]);
  const boxes = page.getByTestId('indicator-choices').getByRole('checkbox');
  const n = await boxes.count();
  expect(await page.getByTestId('fill-sentence').innerText()).toContain(`将新增 ${n} 列指标`);
  for (let i = 0; i < n; i++) expect(await boxes.nth(i).isVisible()).toBe(true);
});

test('不比较目标: no 差距 / 是否达标 shown, and the sentence does not promise targets', async () => {
  const { page } = h;
  await openFixture(h, 'unit-matrix');
  await recognise(page);
  await page.getByRole('tab', { name: '计算' }).click();
  await page.getByTestId('indicator-choices').waitFor({ timeout: 30_000 });
  const source = page.getByRole('combobox', { name: '目标来源' });
  expect(await source.innerText()).toBe('不比较目标');
  expect(await page.getByTestId('gap-columns').count()).toBe(0);
  expect(await page.getByTestId('pass-fail-columns').count()).toBe(0);
  const sentence = await page.getByTestId('fill-sentence').innerText();
  expect(sentence).toContain('不比较目标');
  expect(sentence).not.toMatch(/按目标计算/);
  // a preset chosen: the columns are offered, and the sentence names the source
  await source.click();
  await page.getByRole('option', { name: /延边/ }).first().click();
  expect(await page.getByTestId('gap-columns').count()).toBe(1);
  expect(await page.getByTestId('fill-sentence').innerText()).toMatch(/在「.*延边.*」有目标的指标旁加上目标列、差距列、是否达标列/);
});

test('a target source with 全市 targets shows the scope switch; off, the 全市 targets bind the total row only', async () => {
  const { page } = h;
  await openFixture(h, 'unit-matrix');
  await recognise(page);
  await page.getByRole('tab', { name: '计算' }).click();
  await page.getByTestId('indicator-choices').waitFor({ timeout: 30_000 });
  expect(await page.getByTestId('targets-scope').count()).toBe(0);
  await page.getByRole('combobox', { name: '目标来源' }).click();
  await page.getByRole('option', { name: /焦作/ }).first().click();
  const scope = page.getByRole('switch', {
    name: '全市（全州）目标约束每一家法院',
  });
  expect(await scope.isChecked()).toBe(true);
  await waitEnabled(page, 'preview-fill');
  await page.getByTestId('preview-fill').click();
  await page.getByTestId('preview').waitFor();
  const all = await page.getByTestId('preview').innerText();
  await page.getByRole('button', { name: '取消' }).click();
  await scope.click();
  expect(await scope.isChecked()).toBe(false);
  await page.getByTestId('preview-fill').click();
  await page.getByTestId('preview').waitFor();
  const total = await page.getByTestId('preview').innerText();
  expect(total).toContain('全市目标只用于合计行');
  expect(all).not.toContain('全市目标只用于合计行');
  await page.getByRole('button', { name: '取消' }).click();
});
