/**
 * The Office.js adapter on the test host: reading a 100,000 × 20 range into a Grid (syncs, bytes per sync,
 * milliseconds) against the syncs a read planned on the 32 B-a-cell estimate alone takes, and applying a
 * 100,000-cell formula column (syncs, milliseconds). (The pane's bundle: ./pane.bench.ts.)
 */
import type { Grid } from '../src/core/base/grid';
import { emptyPlan } from '../src/core/base/plan';
import { applyPlan, readGrid } from '../src/excel/adapter';
import { CHUNK_BYTES, READ_BYTES_PER_CELL } from '../src/excel/chunks';
import { installHost, WorkbookState } from '../test/host';
import type { BenchReport, BenchRow } from './report';

const ROWS = 100_000;
const COLS = 20;

function bigGrid(): Grid {
  const values: Grid['values'] = [['单位', ...Array.from({ length: COLS - 1 }, (_, i) => `指标${i + 1}`)]];
  for (let r = 1; r < ROWS; r++) values.push([`法院${r}`, ...Array.from({ length: COLS - 1 }, (_, i) => (r * 31 + i * 7) % 5000)]);
  return { sheet: '大表', origin: { row: 0, col: 0 }, values };
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

export async function run(): Promise<BenchReport> {
  const lines: string[] = [];
  const rows: BenchRow[] = [];
  const state = new WorkbookState();
  state.seedGrid(bigGrid());
  const { uninstall } = installHost(state);
  try {
    let started = Date.now();
    const grid = await Excel.run((context) => readGrid(context));
    const readMs = Date.now() - started;
    const syncs = state.syncs;
    const largest = Math.max(...syncs.map((s) => Math.max(s.requestBytes, s.responseBytes)));
    const total = syncs.reduce((n, s) => n + s.responseBytes, 0);
    rows.push({
      id: 'adapter-read-syncs',
      what: `读取 ${ROWS.toLocaleString()} × ${COLS} 区域的 sync 次数（按第一块实测的每格字节分块）`,
      value: syncs.length,
      unit: '次',
      baseline: { what: `按估计的每格 ${READ_BYTES_PER_CELL} B 分块`, value: 1 + Math.ceil((ROWS * COLS * READ_BYTES_PER_CELL) / CHUNK_BYTES) },
      target: { value: 12 },
    });
    lines.push(
      `读取 ${ROWS.toLocaleString()} × ${COLS} 区域为 Grid：${readMs} ms，${syncs.length} 次 sync（1 次定位 + ${syncs.length - 1} 块），` +
        `响应共 ${mb(total)}，每次 sync 最多 ${mb(largest)}（上限 5 MB），每块平均 ${mb(total / Math.max(1, syncs.length - 1))}`,
    );
    lines.push(`  ${grid.values.length.toLocaleString()} 行已读入；单元格/秒 ${Math.round((ROWS * COLS) / (readMs / 1000)).toLocaleString()}（含测试宿主的模拟开销）`);

    state.syncs = [];
    const plan = emptyPlan();
    for (let r = 1; r < ROWS; r++) plan.writes.push({ sheet: '大表', row: r, col: COLS, formula: `=B${r + 1}+C${r + 1}`, value: 0, numberFormat: '0' });
    started = Date.now();
    await applyPlan(plan, []);
    lines.push(
      `写入 ${(ROWS - 1).toLocaleString()} 个公式单元格（含读取原值以便撤销）：${Date.now() - started} ms，${state.syncs.length} 次 sync，` +
        `每次 sync 最多 ${mb(Math.max(...state.syncs.map((s) => Math.max(s.requestBytes, s.responseBytes))))}`,
    );
  } finally {
    uninstall();
  }

  return { rows, notes: lines };
}
