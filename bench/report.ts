/**
 * What a bench reports: rows of figures, each against the baseline it is measured with in the same run (one
 * parse pass, a bare page, the file read by ExcelJS …) and the target the project holds it to; and notes, lines
 * printed as they are. `npm run bench` prints rows as ratios; `npm run bench -- --json` prints them as one object.
 */

export interface BenchRow {
  /** a stable key for --json: `recognize`, `fill-per-cell` … */
  id: string;
  /** what was measured, in Chinese */
  what: string;
  value: number;
  /** ms, µs, syncs, KB … */
  unit: string;
  /** the baseline measured in the same run, in the same unit */
  baseline?: { what: string; value: number };
  /** at most this: `ratio` against the baseline, or `value` in the row's unit */
  target?: { ratio?: number; value?: number };
}

export interface BenchReport {
  rows: BenchRow[];
  notes?: string[];
}

/** A bench module's `run`: a report, or (older benches) the lines to print. */
export type BenchRun = () => Promise<BenchReport | string[]>;

export function asReport(result: BenchReport | string[]): BenchReport {
  return Array.isArray(result) ? { rows: [], notes: result } : result;
}

export function ratioOf(row: BenchRow): number | null {
  return row.baseline && row.baseline.value > 0 ? row.value / row.baseline.value : null;
}

/** is the row within its target (null: no target) */
export function meetsTarget(row: BenchRow): boolean | null {
  if (!row.target) return null;
  const ratio = ratioOf(row);
  if (row.target.ratio !== undefined && (ratio === null || ratio > row.target.ratio)) return false;
  if (row.target.value !== undefined && row.value > row.target.value) return false;
  return true;
}

function figure(n: number, unit: string): string {
  const digits = Math.abs(n) >= 100 || Number.isInteger(n) ? 0 : Math.abs(n) >= 10 ? 1 : 2;
  return `${n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${unit}`;
}

/** one row as printed: `识别：412 ms ÷ 一次遍历 120 ms = 3.43×（目标 ≤ 1.5×，未达到）` */
export function rowLine(row: BenchRow): string {
  const ratio = ratioOf(row);
  let line = `${row.what}：${figure(row.value, row.unit)}`;
  if (row.baseline) line += ` ÷ ${row.baseline.what} ${figure(row.baseline.value, row.unit)} = ${ratio === null ? '-' : ratio.toFixed(2)}×`;
  if (row.target) {
    const aims = [row.target.ratio !== undefined ? `≤ ${row.target.ratio}×` : '', row.target.value !== undefined ? `≤ ${figure(row.target.value, row.unit)}` : ''].filter(Boolean).join('，');
    line += `（目标 ${aims}，${meetsTarget(row) ? '已达到' : '未达到'}）`;
  }
  return line;
}

/** one row as --json gives it */
export function rowJson(row: BenchRow): Record<string, unknown> {
  const ratio = ratioOf(row);
  return {
    ...row,
    ratio: ratio === null ? null : Math.round(ratio * 1000) / 1000,
    met: meetsTarget(row),
  };
}

/**
 * The least CPU time of a few runs, in ms: what the code costs. CPU time rather than the wall clock, because the
 * machine is shared: under load the wall clock counts the time other processes had the cores (the CPU time of
 * V8's helper threads, the garbage collector's included, counts: it is work the code causes).
 */
export function best<T>(f: () => T, repeat = 3): { ms: number; result: T } {
  let ms = Infinity;
  let result: T | undefined;
  for (let i = 0; i < repeat; i++) {
    const c0 = process.cpuUsage();
    result = f();
    const c = process.cpuUsage(c0);
    ms = Math.min(ms, (c.user + c.system) / 1000);
  }
  return { ms, result: result as T };
}

/** `best` for an asynchronous job (reading a file) */
export async function bestAsync<T>(f: () => Promise<T>, repeat = 3): Promise<{ ms: number; result: T }> {
  let ms = Infinity;
  let result: T | undefined;
  for (let i = 0; i < repeat; i++) {
    const c0 = process.cpuUsage();
    result = await f();
    const c = process.cpuUsage(c0);
    ms = Math.min(ms, (c.user + c.system) / 1000);
  }
  return { ms, result: result as T };
}
