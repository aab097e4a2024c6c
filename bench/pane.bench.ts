/**
 * The task pane, cold, in headless Chromium (Debian's, through playwright-core): dist/taskpane.html served on
 * 127.0.0.1 with a fresh browser context each time (nothing cached), timed from navigation to the first tab
 * being interactive (its 识别 button enabled). Against a page that loads office.js alone, in the same browser
 * and run: what the pane adds to what any add-in page costs. Also the scripts' sizes, and when the chunks of
 * the other tabs have arrived. Needs `npm run build` first.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { chromium, type Browser } from 'playwright-core';
import { startServer } from '../src/playground/serve';
import type { BenchReport } from './report';

const DIST = path.join(__dirname, '..', 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = 5;

/** office.js alone, as the pane's page loads it: the floor any add-in page stands on */
const OFFICE_ONLY = `<!doctype html><html><head><meta charset="utf-8"><script src="office/office.js"></script></head>
<body><button id="ready" disabled>ready</button><script>Office.onReady(function () { document.getElementById('ready').disabled = false; });</script></body></html>`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** ms from navigation until `selector` is enabled, and until every script has arrived, in a fresh context */
async function coldLoad(browser: Browser, url: string, selector: string): Promise<{ interactive: number; allScripts: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector(`${selector}:not([disabled])`, { timeout: 60_000 });
    const interactive = await page.evaluate(() => performance.now());
    await page.waitForLoadState('networkidle');
    const allScripts = await page.evaluate(() =>
      Math.max(0, ...performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')).map((e) => (e as PerformanceResourceTiming).responseEnd)),
    );
    return { interactive, allScripts };
  } finally {
    await context.close();
  }
}

export async function run(): Promise<BenchReport> {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) return { rows: [], notes: ['任务窗格：dist/ 未构建（先运行 npm run build）'] };
  if (!fs.existsSync(CHROMIUM)) return { rows: [], notes: [`任务窗格：没有 Chromium（${CHROMIUM}），未测量`] };
  // dist/ and the office.js-only page side by side, in a folder of their own
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zx-bench-pane-'));
  fs.cpSync(DIST, dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'office-only.html'), OFFICE_ONLY);
  const served = await startServer(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  try {
    const pane: { interactive: number; allScripts: number }[] = [];
    const floor: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      floor.push((await coldLoad(browser, `${served.url}office-only.html`, '#ready')).interactive);
      pane.push(await coldLoad(browser, `${served.url}taskpane.html`, '[data-testid=recognize]'));
    }
    const scripts = fs.readdirSync(DIST).filter((f) => f.endsWith('.js'));
    const size = (f: string) => {
      const raw = fs.readFileSync(path.join(DIST, f));
      return `${f} ${(raw.length / 1024).toFixed(0)} KB（gzip ${(zlib.gzipSync(raw, { level: 9 }).length / 1024).toFixed(0)} KB）`;
    };
    const interactive = median(pane.map((p) => p.interactive));
    return {
      rows: [
        { id: 'pane-interactive', what: '任务窗格冷启动到第一个选项卡可用（无头 Chromium，中位数）', value: interactive, unit: 'ms', baseline: { what: '只加载 office.js 的页面', value: median(floor) }, target: { value: 1000 } },
      ],
      notes: [
        `${RUNS} 次：${pane.map((p) => p.interactive.toFixed(0)).join('、')} ms；其余选项卡的脚本全部到达：${median(pane.map((p) => p.allScripts)).toFixed(0)} ms（中位数）`,
        `脚本：${scripts.map(size).join('；')}`,
      ],
    };
  } finally {
    await browser.close();
    await served.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
