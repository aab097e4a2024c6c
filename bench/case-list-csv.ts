/**
 * A case list of any length written as a CSV the way the case systems export one (a title line, the header, text
 * dates, UTF-8 with a BOM or GB18030), for the province-scale benchmark: generated in batches of 50,000 cases by
 * test/caselist/generate-case-list.ts (each batch with its own seed and its own 合计 line, which the aggregator
 * rejects), so memory stays flat and the booked answers are the sums of the batches'. Never committed: the bench
 * writes it to a temporary folder.
 *
 * `node scripts/run-ts.js bench/case-list-csv.ts OUT.csv [CASES] [--gb18030]` writes one by hand.
 */
import * as fs from 'fs';
import { isoDate } from '../src/core/base/case-cells';
import { BOOKED, DATE_COLUMNS, generateCaseList, HEADER, TITLE, type Counts } from '../test/caselist/generate-case-list';

const BATCH = 50_000;

function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const t = String(v);
  return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

export interface WrittenList {
  cases: number;
  bytes: number;
  /** the statistical year 2023's totals, all families, as booked by the generator */
  total: Counts;
  /** rows the aggregator must leave out (bad rows and the 合计 lines; in-period excluded 字号) */
  rejected: number;
  scopeExcluded: number;
}

/** Writes `cases` cases to `file`; `encode` turns each block of text into bytes (UTF-8 by default). */
export function writeCaseListCsv(file: string, cases: number, encode: (text: string) => Uint8Array = (t) => Buffer.from(t, 'utf8'), seed = 1): WrittenList {
  const fd = fs.openSync(file, 'w');
  const total = Object.fromEntries(BOOKED.map((b) => [b, 0])) as Counts;
  let rejected = 0;
  let scopeExcluded = 0;
  let bytes = 0;
  const put = (text: string) => {
    const b = encode(text);
    fs.writeSync(fd, b);
    bytes += b.length;
  };
  try {
    put(`${TITLE}\n${HEADER.join(',')}\n`);
    for (let done = 0, batch = 0; done < cases; done += BATCH, batch++) {
      const n = Math.min(BATCH, cases - done);
      const { rows, expected } = generateCaseList(n, seed + batch);
      for (const b of BOOKED) total[b] += expected.total[b];
      rejected += expected.rejectedRows.length;
      scopeExcluded += expected.scopeExcludedRows.length;
      let text = '';
      for (const row of rows) {
        text += row.map((v, c) => csvField(DATE_COLUMNS.includes(c) && typeof v === 'number' ? isoDate(v) : v)).join(',') + '\n';
        if (text.length > 1 << 20) {
          put(text);
          text = '';
        }
      }
      put(text);
    }
  } finally {
    fs.closeSync(fd);
  }
  return { cases, bytes, total, rejected, scopeExcluded };
}

// run directly (node scripts/run-ts.js sets argv[1] to the script), not when imported by the bench
if (process.argv[1] === __filename) {
  const [out, n] = process.argv.slice(2);
  if (!out) throw new Error('usage: node scripts/run-ts.js bench/case-list-csv.ts OUT.csv [CASES]');
  const w = writeCaseListCsv(out, Number(n ?? 1_000_000));
  console.log(`写入「${out}」：${w.cases} 件，${(w.bytes / 1048576).toFixed(0)} MB`);
}
