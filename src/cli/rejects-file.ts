/**
 * The full list of a case list's rows left out, as a CSV beside the output (`OUT-未计入案件.csv`) when the rejects
 * sheet cannot list them all (it lists the first 10,000) or when --rejects names it. Rejected rows are spooled to a
 * temporary file as the reader finds them, so a million-row list's rejects are never held in memory; at the end
 * they are merged in row order with the cases the scope rules left out (which the store already holds).
 * UTF-8 with a BOM, so Excel and WPS open it with its Chinese intact.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as readline from 'readline';
import type { RejectedRow } from '../core/caselist';
import { CliError } from './types';

/** `统计.xlsx` → `统计-未计入案件.csv`, beside it */
export function rejectsFileFor(out: string): string {
  return out.replace(/\.xlsx$/i, '') + '-未计入案件.csv';
}

const FLUSH_AT = 1 << 16;

function csvField(v: string | number): string {
  const t = String(v);
  return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

export class RejectsSpool {
  private readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhixiao-rejects-'));
  private readonly file = path.join(this.dir, 'rejected.jsonl');
  private readonly fd = fs.openSync(this.file, 'w');
  private buffer = '';
  count = 0;

  /** One rejected row, in row order (the reader's callback). */
  readonly add = (r: RejectedRow): void => {
    this.count++;
    this.buffer += JSON.stringify([r.row, r.caseNumber, r.reason]) + '\n';
    if (this.buffer.length >= FLUSH_AT) this.flush();
  };

  private flush(): void {
    if (this.buffer) fs.writeSync(this.fd, this.buffer);
    this.buffer = '';
  }

  /** Writes the CSV: the spooled rows and `others` (in row order too), merged by row. */
  async writeCsv(out: string, others: Iterable<RejectedRow>, sheet: string): Promise<void> {
    this.flush();
    let fd: number;
    try {
      fd = fs.openSync(out, 'w');
    } catch (e) {
      throw new CliError(`无法写出「${out}」：${e instanceof Error ? e.message : String(e)}`);
    }
    try {
      let text = '\ufeff' + ['原表行号', '案号', '原因'].join(',') + '\n';
      const put = (r: RejectedRow) => {
        text += `${r.row},${csvField(r.caseNumber)},${csvField(r.reason)}\n`;
        if (text.length >= FLUSH_AT) {
          fs.writeSync(fd, text);
          text = '';
        }
      };
      const rest = others[Symbol.iterator]();
      let next = rest.next();
      const lines = readline.createInterface({ input: fs.createReadStream(this.file, 'utf8'), crlfDelay: Infinity });
      for await (const line of lines) {
        if (!line) continue;
        const [row, caseNumber, reason] = JSON.parse(line) as [number, string, string];
        while (!next.done && next.value.row < row) {
          put(next.value);
          next = rest.next();
        }
        put({ row, caseNumber, reason });
      }
      while (!next.done) {
        put(next.value);
        next = rest.next();
      }
      if (!this.count && next.done && text.endsWith('原因\n')) text += `,,（无：工作表「${sheet}」中的每一行都已计入或不属于本统计期间）\n`;
      fs.writeSync(fd, text);
    } finally {
      fs.closeSync(fd);
    }
  }

  dispose(): void {
    try {
      fs.closeSync(this.fd);
    } catch {
      // already closed
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
