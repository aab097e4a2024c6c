/**
 * The browser harness the pane's end-to-end tests share: the playground built once per test file into its own
 * folder, served on 127.0.0.1, Debian's Chromium through playwright-core; helpers to open a fixture, recognise,
 * photograph the whole sheet (every column, the rank and pass/fail ones included) beside the pane, and run
 * axe-core in the page.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildPlayground, startServer, type Served } from '../../src/playground/serve';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ROOT = path.resolve(__dirname, '..', '..');
export const SHOTS = path.join(ROOT, 'test-output', 'screenshots');

export interface Harness {
  page: Page;
  served: Served;
  close(): Promise<void>;
}

export async function startHarness(name: string, viewport = { width: 1400, height: 900 }): Promise<Harness> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `端到端测试需要 Chromium，但 ${CHROMIUM} 不存在。请安装：apt-get update && apt-get install -y chromium。End-to-end tests need Chromium; they do not skip.`,
    );
  }
  fs.mkdirSync(SHOTS, { recursive: true });
  const out = path.join(ROOT, 'test-output', `e2e-dist-${name}`);
  await buildPlayground(out);
  const served = await startServer(out);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'zx-e2e-profile-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => {
    throw e;
  });
  return {
    page,
    served,
    close: async () => {
      await context.close();
      await served.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function openFixture(h: Harness, fixture: string, query = ''): Promise<void> {
  await h.page.goto(`${h.served.url}?fixture=${fixture}${query}`);
  await h.page.waitForFunction(() => window.__zxReady === true, null, {
    timeout: 30_000,
  });
}

export async function recognise(page: Page): Promise<void> {
  await page.getByTestId('recognize').click();
  await page.getByTestId('notice').waitFor({ timeout: 30_000 });
}

/** make a sheet active with a selection (0-based rectangle), as a click in Excel would */
export async function selectInSheet(page: Page, sheet: string, range: { top: number; left: number; bottom: number; right: number }): Promise<void> {
  await page.evaluate(
    ([name, r]) => {
      const state = window.__zxHost!;
      const s = state.sheetByName(name as string)!;
      state.activeSheetId = s.id;
      state.selection = { sheetId: s.id, range: r as typeof range };
      state.changed();
    },
    [sheet, range] as const,
  );
}

export async function waitEnabled(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).waitFor({ timeout: 30_000 });
  await page.waitForFunction((id) => !document.querySelector(`[data-testid=${id}]`)?.hasAttribute('disabled'), testId, { timeout: 60_000 });
}

/** preview → 确认写入 → the notice says it was written */
export async function confirmWrite(page: Page): Promise<void> {
  await page.getByTestId('preview').waitFor({ timeout: 30_000 });
  await waitEnabled(page, 'confirm-write');
  await page.getByTestId('confirm-write').click();
  await page
    .getByTestId('notice')
    .filter({ hasText: /已写入|written/ })
    .waitFor({ timeout: 60_000 });
}

/**
 * The whole sheet beside the pane: the window is widened and lengthened to the sheet view's full size first, so
 * no column (rank, 是否达标) is cut off, then put back.
 */
export async function shootWhole(page: Page, file: string): Promise<void> {
  const before = page.viewportSize()!;
  const size = await page.evaluate(() => {
    const scroll = document.querySelector('.zx-scroll') as HTMLElement | null;
    const pane = document.getElementById('root')!;
    const header = document.querySelector('header') as HTMLElement;
    return {
      width: (scroll?.scrollWidth ?? 800) + pane.offsetWidth + 24,
      height: (scroll?.scrollHeight ?? 600) + header.offsetHeight + 60,
    };
  });
  await page.setViewportSize({
    width: Math.min(Math.max(before.width, size.width), 4000),
    height: Math.min(Math.max(before.height, size.height), 4000),
  });
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SHOTS, file) });
  await page.setViewportSize(before);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** axe-core in the page, on the pane (and any dialog it opened): the serious and critical violations */
export async function axeSerious(page: Page): Promise<AxeViolation[]> {
  const source = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: source });
  const found = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }>;
        };
      }
    ).axe;
    const result = await axe.run(
      {
        include: [['#root'], ['[role=dialog]'], ['[role=alertdialog]'], ['[role=listbox]']],
      },
      { resultTypes: ['violations'] },
    );
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
    }));
  });
  return (
    found
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      // Fluent's focus sentinels (tabster's data-tabster-dummy) are aria-hidden and focusable on purpose: they hand
      // focus on at once and must stay silent to screen readers — a known false positive of aria-hidden-focus
      // (microsoft/tabster#288; Accessibility Insights suppresses it). Only those nodes are dropped.
      .map((v) => (v.id === 'aria-hidden-focus' ? { ...v, nodes: v.nodes.filter((n) => !n.html.includes('data-tabster-dummy')) } : v))
      .filter((v) => v.nodes.length)
      .map((v) => ({ ...v, nodes: v.nodes.slice(0, 5) }))
  );
}
