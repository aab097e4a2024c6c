/**
 * What the pane writes, said and shown faithfully (issue 13, items 6 and 10), in Chromium on the playground:
 * a cell that will show an error is named in the preview with why; a chart draws every unit, a number typed
 * as text included; a case list's rows outside the period are counted and said, the period defaulting to the
 * latest 统计年度; the playground shows ranks (RANK.EQ) and the 达标 / 未达标 colours as Excel does.
 */
import { startHarness, openFixture, recognise, shootWhole, confirmWrite, waitEnabled, SHOTS, type Harness } from './harness';

jest.setTimeout(300_000);

let h: Harness;
beforeAll(async () => {
  h = await startHarness('writes');
});
afterAll(async () => {
  await h?.close();
});

function setCell(sheet: string, row: number, col: number, value: string | number | null): Promise<void> {
  return h.page.evaluate(
    ([name, r, c, v]) => {
      const state = window.__zxHost!;
      state.setInput(state.sheetByName(name as string)!, r as number, c as number, v as string | number | null);
      state.changed();
    },
    [sheet, row, col, value] as const,
  );
}

test('a blank input: the preview names the cell that will show an error, and why', async () => {
  const { page } = h;
  await openFixture(h, 'unit-matrix');
  await setCell('收结案', 5, 3, null); // D6, 解放区's 新收
  await recognise(page);
  await page.getByRole('tab', { name: '计算' }).click();
  await waitEnabled(page, 'preview-fill');
  await page.getByTestId('preview-fill').click();
  const preview = page.getByTestId('preview');
  await preview.waitFor({ timeout: 30_000 });
  const text = await preview.innerText();
  expect(text).toContain('解放区人民法院 新收 空白，按 0 计');
  expect(text).toMatch(/将写入 1 个错误值[^\n]*\n[^\n]*「收结案」I6：#DIV\/0!（分母「新收数」为0，无法计算）/);
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${SHOTS}/w1-preview-error-cells.png` });
  await page.getByRole('button', { name: '取消' }).click();
});

test('a chart draws every unit: a value typed as text ("90.40%") is read from a column of numbers, with a y-axis and full court names', async () => {
  const { page } = h;
  await openFixture(h, 'unit-matrix');
  await setCell('收结案', 6, 7, '90.40%'); // H7 as text
  await recognise(page);
  await page.getByRole('tab', { name: '图表' }).click();
  await page.getByRole('combobox', { name: '指标列' }).click();
  await page.getByRole('option', { name: /^H / }).click();
  await page.getByRole('textbox', { name: '目标值（画成一条线）' }).fill('≥90%');
  await page.getByTestId('insert-chart').click();
  await page.getByTestId('preview').waitFor();
  expect(await page.getByTestId('preview').innerText()).toContain('H7「90.40%」、H10「89.29%」 是文字，Excel 图表不画文字');
  await confirmWrite(page);
  const chart = page.getByTestId('chart-preview');
  await chart.waitFor();
  expect(await chart.locator('rect[data-bar]').count()).toBe(6);
  expect(await chart.locator('text[data-axis=y]').count()).toBeGreaterThan(2);
  const names = await chart.locator('text[data-axis=x]').allTextContents();
  expect(names).toContain('焦作市中级人民法院');
  await shootWhole(page, 'w2-chart-every-unit.png');
});

test('a case list: the period defaults to the latest 统计年度; a month chosen, the rows outside it are counted and said', async () => {
  const { page } = h;
  await openFixture(h, 'case-list');
  await recognise(page);
  await page.getByRole('tab', { name: '计算' }).click();
  await page.getByTestId('aggregate').waitFor({ timeout: 30_000 });
  const period = page.getByRole('combobox', { name: '统计期间' });
  expect(await period.innerText()).toContain('统计年度2023');
  await page.getByTestId('aggregate-preview').click();
  await page.getByTestId('preview').waitFor();
  expect(await page.getByTestId('preview').innerText()).toContain('计入 4 行案件');
  await page.getByRole('button', { name: '取消' }).click();
  await period.click();
  await page.getByRole('option', { name: '2023年6月' }).click();
  await page.getByTestId('aggregate-preview').click();
  await page.getByTestId('preview').waitFor();
  const text = await page.getByTestId('preview').innerText();
  expect(text).toContain('计入 2 行案件');
  expect(text).toContain('另有 2 行不在统计期间 2023年6月1日至2023年6月30日 内（2 行在期初 2023-06-01 前已结案），不计入');
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${SHOTS}/w3-case-list-period.png` });
  await page.getByRole('button', { name: '取消' }).click();
});

test('the playground shows what Excel shows: ranks computed (no #NAME?), 达到 / 达标 green and 未达到 / 未达标 red', async () => {
  const { page } = h;
  await openFixture(h, 'unit-matrix');
  await recognise(page);
  await page.getByRole('tab', { name: '计算' }).click();
  await page.getByRole('combobox', { name: '目标来源' }).click();
  await page.getByRole('option', { name: /延边/ }).first().click();
  await page.getByRole('switch', { name: '排名列' }).click();
  await waitEnabled(page, 'preview-fill');
  await page.getByTestId('preview-fill').click();
  await confirmWrite(page);
  const cells = await page.evaluate(() => {
    const state = window.__zxHost!;
    const s = state.sheets[0];
    const out: { formula: string; value: unknown; cell: string }[] = [];
    const used = state.usedRange(s, false)!;
    for (let r = used.top; r <= used.bottom; r++)
      for (let c = used.left; c <= used.right; c++) {
        const f = state.formula(s, r, c);
        if (typeof f === 'string') out.push({ formula: f, value: state.value(s, r, c), cell: `${String.fromCharCode(65 + c)}${r + 1}` });
      }
    return out;
  });
  const ranks = cells.filter((c) => c.formula.includes('RANK.EQ('));
  expect(ranks.length).toBeGreaterThan(5);
  expect(ranks.filter((c) => c.value === '#NAME?').map((c) => c.cell)).toEqual([]);
  // every rank a number, but the one of a unit whose 结案率 is text (H10 "89.29%"), which Excel does not rank either
  expect(ranks.filter((c) => typeof c.value !== 'number').map((c) => `${c.cell} ${c.value}`)).toEqual(['O10 #N/A']);
  const passed = cells.find((c) => c.value === '达到')!;
  const failed = cells.find((c) => c.value === '未达到')!;
  expect(passed && failed).toBeTruthy();
  const bg = (cell: string) => page.evaluate((a) => getComputedStyle(document.querySelector(`td[data-cell="${a}"]`)!).backgroundColor, cell);
  const [green, red] = [await bg(passed.cell), await bg(failed.cell)];
  const rgb = (s: string) => s.match(/\d+/g)!.slice(0, 3).map(Number);
  expect(rgb(green)[1]).toBeGreaterThan(rgb(green)[0]); // greenish
  expect(rgb(red)[0]).toBeGreaterThan(rgb(red)[1]); // reddish
  await shootWhole(page, 'w4-ranks-and-colours.png');
});

test('核对 after a fill checks the formula cells by their values, as the command line does; nothing checked is never worded as a pass', async () => {
  const { page } = h;
  await openFixture(h, 't4-indicator-list');
  await recognise(page);
  await page.getByRole('tab', { name: '计算' }).click();
  // before the fill: 差距 and 是否达标 are empty — nothing to check, and it says so
  await waitEnabled(page, 'verify');
  await page.getByTestId('verify').click();
  const findings = page.getByTestId('findings');
  await findings.waitFor({ timeout: 30_000 });
  expect(await findings.innerText()).toContain('没有核对任何数');
  expect(await findings.innerText()).not.toContain('没有发现不一致');
  await waitEnabled(page, 'fill');
  await page.getByTestId('fill').click();
  await confirmWrite(page);
  // the same tab, no second 识别: the sheet is read as it is now
  await page.getByTestId('verify').click();
  await page.getByTestId('findings').filter({ hasText: '已核对' }).waitFor({ timeout: 30_000 });
  // `zhixiao fill` then `zhixiao verify` on this fixture: 核对 10 个数值, no error
  expect(await page.getByTestId('findings').innerText()).toContain('已核对 10 个数，没有发现不一致');
  await shootWhole(page, 'w5-verify-after-fill.png');
});

test('a copy of 焦作2021 edits each level’s target in the form (中院 / 基层 / 全市), checked as typed, saved without JSON', async () => {
  const { page } = h;
  await openFixture(h, 'unit-matrix');
  await page.getByRole('tab', { name: '预设' }).click();
  const card = page.getByTestId('preset').filter({ hasText: '焦作2021' }).first();
  await card.waitFor();
  await card.getByRole('button', { name: '复制' }).click();
  const editor = page.getByTestId('preset-editor');
  await editor.waitFor();
  // the hint once, not once per target
  expect((await editor.innerText()).split('分级目标优先').length).toBe(1);
  const levelled = editor.getByTestId('preset-target').filter({ has: page.getByRole('textbox', { name: /· 基层$/ }) });
  expect(await levelled.count()).toBeGreaterThan(3);
  const first = levelled.first();
  const name = (await first.getByRole('textbox').first().getAttribute('aria-label'))!.split(' · ')[0];
  const basic = first.getByRole('textbox', { name: `${name} · 基层` });
  await basic.fill('≥甲');
  expect(await first.innerText()).toContain('「≥甲」不是目标值的写法');
  await basic.fill('≥77%');
  expect(await first.innerText()).not.toContain('不是目标值的写法');
  await editor.getByRole('textbox', { name: '名称' }).fill('本市2024');
  await editor.getByRole('button', { name: '保存到工作簿' }).click();
  await page.getByTestId('notice').filter({ hasText: '本市2024' }).waitFor({ timeout: 30_000 });
  const saved = await page.evaluate(() => window.__zxHost!.xmlParts.map((p) => p.xml).join(''));
  expect(saved).toContain('≥77%');
  await page.screenshot({ path: `${SHOTS}/w6-preset-levels.png` });
});

test('English mode: the engine’s sentences in the preview and the 计算 tab read in English', async () => {
  const { page } = h;
  await openFixture(h, 'unit-matrix');
  await page.getByRole('button', { name: 'English' }).click();
  await recognise(page);
  await page.getByRole('tab', { name: 'Compute' }).click();
  await waitEnabled(page, 'preview-fill');
  expect(await page.getByTestId('fill-sentence').innerText()).toContain('3 indicator column(s) will be added');
  await page.getByTestId('preview-fill').click();
  const preview = page.getByTestId('preview');
  await preview.waitFor();
  const text = await preview.innerText();
  expect(text).toContain('3 indicator column(s) added: 结收比；收结案数均衡度；审执结案进度');
  expect(text).toContain('审执结案进度 (floor for month 11)');
  expect(text).not.toContain('新增指标列');
  await page.keyboard.press('Escape');
});
