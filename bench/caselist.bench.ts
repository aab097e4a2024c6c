/**
 * Case lists: parsing 200,000 案号 and aggregating 200,000 generated cases (recognise → read → count → plan),
 * the file's reading excluded. Prints wall-clock and CPU milliseconds (the machine is shared: CPU time is the
 * steadier figure), cases per second, and memory (rss / heapUsed sampled after each stage; the peak is the
 * largest sample). The first aggregation runs cold (JIT warming up); the second is what a repeated run costs.
 */
import type { CellValue, Grid } from '../src/core/base/grid';
import { parseCaseNumber } from '../src/core/casenumber';
import { recognizeCaseList, runAggregate, type AggregateOptions } from '../src/core/caselist';
import { generateCaseList, HEADER } from '../test/caselist/generate-case-list';

const CASES = 200_000;

function mb(bytes: number): string {
  return `${(bytes / 1048576).toFixed(0)} MB`;
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en');
}

function timed<T>(f: () => T): { value: T; wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = f();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { value, wall, cpu: (c.user + c.system) / 1000 };
}

export async function run(): Promise<string[]> {
  const lines: string[] = [];
  const { rows } = generateCaseList(CASES, 7);
  const grid: Grid = { sheet: '案件明细', origin: { row: 0, col: 0 }, values: [[...HEADER] as CellValue[], ...rows] };
  const numbers = rows.map((r) => r[1]);
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };

  const parse = timed(() => {
    let ok = 0;
    for (const n of numbers) if (parseCaseNumber(n).ok) ok++;
    return ok;
  });
  sample();
  lines.push(
    `解析案号 ${fmt(CASES)} 个：${parse.wall.toFixed(0)} ms（CPU ${parse.cpu.toFixed(0)} ms），${fmt(CASES / (parse.wall / 1000))} 个/秒（可解析 ${fmt(parse.value)}）`,
  );

  const recognized = timed(() => recognizeCaseList(grid));
  sample();
  const table = recognized.value;
  if (!table) throw new Error('生成的案件明细未被识别');
  lines.push(`识别案件明细：${recognized.wall.toFixed(0)} ms（按列抽样）`);

  const options: AggregateOptions = { by: '承办部门', period: { kind: 'statistical-year', year: 2023 } };
  const cold = timed(() => runAggregate(grid, table, options));
  sample();
  const total = cold.wall + recognized.wall;
  lines.push(
    `汇总 ${fmt(CASES)} 件（读取、计数、生成编辑计划，首次运行）：${cold.wall.toFixed(0)} ms（CPU ${cold.cpu.toFixed(0)} ms）；` +
      `含识别 ${total.toFixed(0)} ms，${fmt(CASES / (total / 1000))} 件/秒；计入 ${fmt(cold.value.result.counted)} 件，写入 ${fmt(cold.value.plan.writes.length)} 个单元格`,
  );
  const warm = timed(() => runAggregate(grid, table, options));
  sample();
  lines.push(`同样再汇总一次：${warm.wall.toFixed(0)} ms（CPU ${warm.cpu.toFixed(0)} ms），${fmt(CASES / (warm.wall / 1000))} 件/秒`);
  const other = timed(() =>
    runAggregate(grid, table, { by: '承办人', period: { kind: 'range', start: '2023-01-01', end: '2023-11-30' }, families: ['民', '刑'] }),
  );
  sample();
  lines.push(`按承办人、2023年1-11月、民事与刑事汇总：${other.wall.toFixed(0)} ms（CPU ${other.cpu.toFixed(0)} ms）`);
  lines.push(
    `内存：开始 rss ${mb(base.rss)} / heapUsed ${mb(base.heapUsed)}（含生成的 ${fmt(CASES)} 行表格），峰值 rss ${mb(peakRss)} / heapUsed ${mb(peakHeap)}，` +
      `增量 heapUsed ${mb(peakHeap - base.heapUsed)}`,
  );
  return lines;
}
