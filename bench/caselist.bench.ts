/**
 * Case lists, each figure as a ratio against a baseline measured in the same run:
 * - 200,000 generated cases read (案号 parsed, cells read), counted and planned, the file's reading excluded,
 *   against a plain loop over the same rows and fields counting (target: under 300 ms);
 * - 1,000,000 cases from a CSV (generated into a temporary folder by ./case-list-csv.ts, never committed) through
 *   the command line in a child process, wall time and peak memory, against reading the same file's bytes and
 *   counting its lines (targets: under 20 s, under 1.5 GB); the totals are checked against the generator's books.
 * CPU time is printed beside wall time: the machine is shared, CPU time is the steadier figure.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import type { CellValue, Grid } from '../src/core/base/grid';
import { recognizeCaseList, runAggregate, type AggregateOptions } from '../src/core/caselist';
import { generateCaseList, HEADER } from '../test/caselist/generate-case-list';
import { writeCaseListCsv } from './case-list-csv';

const CASES = 200_000;
const PROVINCE = 1_000_000;
const ROOT = path.join(__dirname, '..');

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

/** The best of a few runs (the first warms the JIT). */
function best<T>(runs: number, f: () => T): { value: T; wall: number; cpu: number } {
  let out = timed(f);
  for (let k = 1; k < runs; k++) {
    const t = timed(f);
    if (t.wall < out.wall) out = t;
  }
  return out;
}

/** The baseline: the same rows and fields, read and counted per 承办部门 by a plain loop (no parsing, no rules). */
function plainCount(rows: CellValue[][]): number {
  const start = 44896; // 2022-12-01
  const end = 45260; // 2023-11-30
  const byUnit = new Map<unknown, number[]>();
  let n = 0;
  for (const row of rows) {
    const number = row[1];
    const filed = row[3];
    const closed = row[4];
    if (typeof number !== 'string' || typeof filed !== 'number') continue;
    let counts = byUnit.get(row[8]);
    if (!counts) byUnit.set(row[8], (counts = [0, 0, 0]));
    if (filed >= start && filed <= end) counts[0]++;
    if (typeof closed === 'number' && closed >= start && closed <= end) counts[1]++;
    if (row[6] === '判决') counts[2]++;
    n++;
  }
  return n;
}

export async function run(): Promise<string[]> {
  const lines: string[] = [];
  const { rows } = generateCaseList(CASES, 7);
  const grid: Grid = { sheet: '案件明细', origin: { row: 0, col: 0 }, values: [[...HEADER] as CellValue[], ...rows] };
  const table = recognizeCaseList(grid);
  if (!table) throw new Error('生成的案件明细未被识别');

  const baseline = best(5, () => plainCount(rows));
  const options: AggregateOptions = { by: '承办部门', period: { kind: 'statistical-year', year: 2023 } };
  const cold = timed(() => runAggregate(grid, table, options));
  const warm = best(3, () => runAggregate(grid, table, options));
  lines.push(
    `${fmt(CASES)} 件案件解析并汇总（不含读文件）：${warm.wall.toFixed(0)} ms（CPU ${warm.cpu.toFixed(0)} ms；首次 ${cold.wall.toFixed(0)} ms），` +
      `基线（同样的行与字段，普通循环计数）${baseline.wall.toFixed(1)} ms，比值 ${(warm.wall / baseline.wall).toFixed(1)}×；目标 < 300 ms ${warm.wall < 300 ? '达到' : '未达到'}` +
      `（计入 ${fmt(warm.value.result.counted)} 件，写入 ${fmt(warm.value.plan.writes.length)} 个单元格）`,
  );
  const other = best(2, () => runAggregate(grid, table, { by: '承办人', period: { kind: 'range', start: '2023-01-01', end: '2023-11-30' }, families: ['民', '刑'] }));
  lines.push(`  按承办人、2023年1-11月、民事与刑事汇总：${other.wall.toFixed(0)} ms（CPU ${other.cpu.toFixed(0)} ms）`);

  lines.push(...province());
  return lines;
}

/** 1,000,000 cases from a CSV through the command line, in a child process (its own memory). */
function province(): string[] {
  const cli = path.join(ROOT, 'lib', 'cli', 'main.js');
  if (!fs.existsSync(cli)) return [`${fmt(PROVINCE)} 件 CSV：跳过（命令行未编译：先运行 npm run build:cli）`];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhixiao-bench-'));
  try {
    const csv = path.join(dir, '案件明细.csv');
    const written = writeCaseListCsv(csv, PROVINCE);
    // the baseline: the same file's bytes read and its lines counted, in a child process too
    const countLines = `let n=0;const s=require('fs').createReadStream(process.argv[1]);s.on('data',b=>{for(let i=0;i<b.length;i++)if(b[i]===10)n++});s.on('end',()=>console.log(n))`;
    const baseStart = performance.now();
    const base = spawnSync(process.execPath, ['-e', countLines, csv], { encoding: 'utf8' });
    const baseWall = performance.now() - baseStart;
    const script = `require(${JSON.stringify(cli)}).run(process.argv.slice(1)).then((code) => { const u = process.resourceUsage(); process.stderr.write('\\n@@' + JSON.stringify({ code, maxRSS: u.maxRSS, cpu: (u.userCPUTime + u.systemCPUTime) / 1000 }) + '\\n'); })`;
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['-e', script, 'aggregate', csv, '-o', path.join(dir, 'out.xlsx'), '--period', '统计2023', '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const wall = performance.now() - t0;
    const usage = /@@(.*)/.exec(r.stderr ?? '');
    if (r.status !== 0 || !usage || base.status !== 0) return [`${fmt(PROVINCE)} 件 CSV：命令行失败（${r.status}）：${(r.stderr ?? '').slice(0, 500)}`];
    const { maxRSS, cpu } = JSON.parse(usage[1]) as { maxRSS: number; cpu: number };
    const json = JSON.parse(r.stdout.trim().split('\n').pop()!) as { headers: string[]; total: number[] };
    const total = (h: string) => json.total[json.headers.indexOf(h)];
    const core = ['旧存数', '新收数', '受理数', '结案数', '未结数'] as const;
    const booked = core.every((h) => total(h) === written.total[h]);
    const gb = maxRSS / 1048576;
    return [
      `${fmt(PROVINCE)} 件 CSV（${(written.bytes / 1048576).toFixed(0)} MB，UTF-8）经命令行汇总：${(wall / 1000).toFixed(1)} s（CPU ${(cpu / 1000).toFixed(1)} s），峰值内存 ${gb.toFixed(2)} GB；` +
        `基线（读同一文件并数行）${(baseWall / 1000).toFixed(2)} s，比值 ${(wall / baseWall).toFixed(1)}×；目标 < 20 s ${wall < 20000 ? '达到' : '未达到'}，< 1.5 GB ${gb < 1.5 ? '达到' : '未达到'}`,
      `  合计与生成器记账${booked ? '一致' : '不一致'}：${core.map((h) => `${h} ${fmt(total(h))}`).join('，')}`,
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
