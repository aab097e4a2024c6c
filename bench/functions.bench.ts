/**
 * A ZX function over whole columns, as Excel calls it: `=ZX.FWXS_RATE(B:B,C:C)` gets two 1,048,576 × 1 matrices
 * and returns what spills. Measured through the Excel glue (callZx with a CustomFunctions stand-in), so the time
 * covers reading the arguments, the blank-row rule, computing and turning the results into what Excel is given.
 * Also the size of that result as JSON (Excel passes it across to the sheet): a result cut after the last row
 * of data instead of a million empty cells or errors.
 */
import { callZx } from '../src/custom-functions/excel';
import { EXCEL_ROWS } from '../src/core/functions/apply';

class BenchError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

/** a whole column: the header, `data` rows of counts, then blank cells as Excel passes them (null, or 0 in older builds) */
function column(header: string, data: number, value: (i: number) => number, blank: null | 0): unknown[][] {
  const out: unknown[][] = new Array(EXCEL_ROWS);
  out[0] = [header];
  for (let r = 1; r < EXCEL_ROWS; r++) out[r] = [r <= data ? value(r) : blank];
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function run(): Promise<string[]> {
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = { Error: BenchError };
  const lines: string[] = [];
  try {
    for (const [data, blank] of [
      [0, null],
      [1_000, null],
      [100_000, null],
      [100_000, 0],
      [1_048_575, null],
    ] as const) {
      const appeals = column('二审收案数', data, (i) => i % 150, blank);
      const closed = column('一审结案数', data, () => 1000, blank);
      const times: number[] = [];
      let result: unknown[][] = [];
      for (let k = 0; k < 3; k++) {
        const started = process.hrtime.bigint();
        result = callZx('FWXS_RATE', [appeals, closed, null]);
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      const bytes = JSON.stringify(result.map((row) => row.map((v) => (v instanceof BenchError ? { code: v.code, message: v.message } : v)))).length;
      lines.push(
        `ZX.FWXS_RATE(B:B,C:C)，${EXCEL_ROWS.toLocaleString('en-US')} 行，数据 ${data.toLocaleString('en-US')} 行${blank === 0 ? '（空白按旧版 Excel 传 0）' : ''}：` +
          `${median(times).toFixed(0)} ms（三次取中），结果 ${result.length.toLocaleString('en-US')} 行，${(bytes / 1024).toFixed(0)} KB`,
      );
    }
  } finally {
    delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
  }
  return lines;
}
