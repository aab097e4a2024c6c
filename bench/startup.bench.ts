/**
 * How fast the command line starts: `zhixiao calc FWXS_RATE 1 2` (the compiled bin, commands loaded on demand, so
 * calc loads neither ExcelJS nor the recogniser) against a bare `node -e 0`, both measured here; the median of
 * several runs of each, alternated. Target: at most 2× a bare start.
 */
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';

const RUNS = 9;
const BIN = path.join(__dirname, '..', 'bin', 'zhixiao.js');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function wall(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args.join(' ')}：${r.stderr}`);
  return performance.now() - t0;
}

export async function run(): Promise<string[]> {
  if (!fs.existsSync(path.join(__dirname, '..', 'lib', 'cli', 'main.js'))) return ['命令行启动：跳过（命令行未编译：先运行 npm run build:cli）'];
  const bare: number[] = [];
  const calc: number[] = [];
  wall([BIN, 'calc', 'FWXS_RATE', '1', '2']); // the file cache warmed, as on a second start
  for (let k = 0; k < RUNS; k++) {
    bare.push(wall(['-e', '0']));
    calc.push(wall([BIN, 'calc', 'FWXS_RATE', '1', '2']));
  }
  const b = median(bare);
  const c = median(calc);
  return [`zhixiao calc FWXS_RATE 1 2 启动：${c.toFixed(0)} ms，基线（node -e 0）${b.toFixed(0)} ms，比值 ${(c / b).toFixed(2)}×；目标 ≤ 2× ${c / b <= 2 ? '达到' : '未达到'}`];
}
