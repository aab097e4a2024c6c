/**
 * The pane for everyone (issue 13, Deliver): at 320 px without a sideways scroll, by keyboard alone (tab order,
 * focus visible, Enter and Escape), in Windows high contrast (forced colours), and axe-core finding no serious
 * or critical violation on any tab or dialog.
 */
import { startHarness, openFixture, recognise, axeSerious, SHOTS, type Harness } from './harness';

jest.setTimeout(300_000);

let h: Harness;
beforeAll(async () => {
  h = await startHarness('access');
});
afterAll(async () => {
  await h?.close();
});

async function paneWidth(px: number): Promise<void> {
  await h.page.evaluate((w) => {
    document.getElementById('root')!.style.width = `${w}px`;
  }, px);
}

/** nothing in the pane wider than the pane: no sideways scroll, no cut-off control */
function overflow(): Promise<string[]> {
  return h.page.evaluate(() => {
    const root = document.getElementById('root')!;
    const right = root.getBoundingClientRect().right + 1;
    return [...root.querySelectorAll('button, input, [role=combobox], [role=checkbox], [role=switch], label')]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.right > right;
      })
      .map((e) => e.outerHTML.slice(0, 100))
      .concat(root.scrollWidth > root.clientWidth + 1 ? [`pane scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`] : []);
  });
}

const SAMPLE = 'sample-yanbian-2019';

test('axe-core finds no serious or critical violation on any tab, the preview or the preset editor, at 320 px with nothing sideways', async () => {
  const { page } = h;
  await openFixture(h, SAMPLE);
  await paneWidth(320);
  await recognise(page);
  await page.getByTestId('row-roles').first().click();
  await page.getByTestId('correct-button-B').first().click();
  expect(await axeSerious(page)).toEqual([]);
  expect(await overflow()).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/a1-recognise-320.png` });

  await page.getByRole('tab', { name: '计算' }).click();
  await page.getByRole('combobox', { name: '选择表' }).waitFor({ timeout: 30_000 });
  await page.getByRole('combobox', { name: '选择表' }).click();
  await page.getByRole('option', { name: /质效数据!A2:O12/ }).click();
  await page.getByTestId('indicator-choices').waitFor({ timeout: 30_000 });
  await page.getByRole('combobox', { name: '目标来源' }).click();
  await page.getByRole('option', { name: /延边/ }).first().click();
  expect(await axeSerious(page)).toEqual([]);
  expect(await overflow()).toEqual([]);
  await page.getByTestId('preview-fill').click();
  await page.getByTestId('preview').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(600);
  expect(await axeSerious(page)).toEqual([]);
  await page.keyboard.press('Escape'); // the preview closes on Escape, nothing written
  await page.getByTestId('preview').waitFor({ state: 'detached' });

  await page.getByRole('tab', { name: '图表' }).click();
  expect(await axeSerious(page)).toEqual([]);
  expect(await overflow()).toEqual([]);

  await page.getByRole('tab', { name: '预设' }).click();
  await page.getByTestId('preset').filter({ hasText: '焦作2021' }).first().getByRole('button', { name: '复制' }).click();
  await page.getByTestId('preset-editor').waitFor();
  expect(await axeSerious(page)).toEqual([]);
  expect(await overflow()).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/a2-presets-320.png` });
});

test('by keyboard alone: Tab reaches 识别工作簿 with a visible focus, Enter recognises, arrows change tabs, Enter previews, Escape cancels', async () => {
  const { page } = h;
  await openFixture(h, 'unit-matrix');
  await paneWidth(350);
  await page.locator('#root').evaluate((e) => (e as HTMLElement).focus());
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  // from the top of the pane, the tab order: 语言, (撤销 is off), the tabs, then 识别工作簿
  const reached: string[] = [];
  await page.locator('[data-testid=pane] button').first().focus();
  for (let i = 0; i < 8; i++) {
    const name = await page.evaluate(() => (document.activeElement as HTMLElement).innerText || document.activeElement!.getAttribute('aria-label') || '');
    reached.push(name.trim());
    if (name.includes('识别工作簿')) break;
    await page.keyboard.press('Tab');
  }
  expect(reached[reached.length - 1]).toBe('识别工作簿');
  expect(reached).toContain('识别');
  expect(await page.evaluate(() => document.activeElement!.matches(':focus-visible'))).toBe(true);
  await page.keyboard.press('Enter');
  await page.getByTestId('notice').waitFor({ timeout: 30_000 });
  expect(await page.getByTestId('table-card').count()).toBe(1);

  // the tab list: focus it, arrow to 计算, Enter
  await page.getByRole('tab', { name: '识别' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.getByTestId('preview-fill').waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid=preview-fill]')?.hasAttribute('disabled'));
  await page.getByTestId('preview-fill').focus();
  expect(await page.evaluate(() => document.activeElement!.matches(':focus-visible'))).toBe(true);
  await page.keyboard.press('Enter');
  await page.getByTestId('preview').waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid=confirm-write]')?.hasAttribute('disabled'));
  // focus is inside the dialog; Escape cancels and nothing is written
  expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid=preview]'))).toBe(true);
  await page.keyboard.press('Escape');
  await page.getByTestId('preview').waitFor({ state: 'detached' });
  expect(await page.evaluate(() => window.__zxHost!.sheets[0].charts.length)).toBe(0);
  expect(await page.getByRole('button', { name: '撤销上次操作' }).isDisabled()).toBe(true);
});

test('Windows high contrast (forced colours): the pane still reads, and axe-core finds no serious violation', async () => {
  const { page } = h;
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  await openFixture(h, 'unit-matrix');
  await paneWidth(320);
  await recognise(page);
  await page.getByRole('tab', { name: '计算' }).click();
  await page.getByTestId('indicator-choices').waitFor({ timeout: 30_000 });
  expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
  expect(await axeSerious(page)).toEqual([]);
  expect(await overflow()).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/a3-high-contrast.png` });
  await page.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
});
