/**
 * The aggregation's results as recorded before the case-list reader became columnar (issue 15): every case list
 * among the repository's .xlsx files and a generated list of 20,000 cases, under several units, periods and
 * families — the read (rows read, rejected, unreadable), the counts, the choices the pane offers and the whole
 * EditPlan, compared byte for byte (the plan and the rejected lists by their SHA-256, the counts in full).
 *
 * `node scripts/run-ts.js test/caselist/golden.ts` rewrites test/caselist/fixtures/aggregate-golden.json: only
 * when a change of the counts is intended, and said in the commit.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { CellValue, Grid } from '../../src/core/base/grid';
import { aggregateChoices, recognizeCaseList, runAggregate, type AggregateOptions } from '../../src/core/caselist';
import { readWorkbook } from '../../src/cli/xlsx-read';
import { DATE_COLUMNS, generateCaseList, HEADER } from './generate-case-list';
import { isoDate } from '../../src/core/base/case-cells';

export const GOLDEN = path.join(__dirname, 'fixtures', 'aggregate-golden.json');
const ROOT = path.join(__dirname, '..', '..');

export const OPTION_SETS: Omit<AggregateOptions, 'source' | 'existingSheets'>[] = [
  { by: '承办部门', period: { kind: 'statistical-year', year: 2023 } },
  { by: '承办人', period: { kind: 'range', start: '2023-01-01', end: '2023-11-30' }, families: ['民', '刑'] },
  { by: '法院', period: { kind: 'year', year: 2023 } },
  { by: '法院', period: { kind: 'month', year: 2023, month: 3 }, families: ['执'] },
  { by: '承办部门', period: { kind: 'ytd', year: 2022, month: 8 } },
];

function sha(value: unknown): string {
  return crypto.createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** The case lists to compare on: every sheet of the repository's .xlsx files that is one, and a generated list. */
export async function caseLists(): Promise<{ name: string; grid: Grid }[]> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.xlsx')) files.push(p);
    }
  };
  for (const d of ['test', 'examples']) walk(path.join(ROOT, d));
  files.sort();
  const out: { name: string; grid: Grid }[] = [];
  for (const f of files) {
    // a file that is no workbook (test/fixtures/books' CSV renamed .xlsx, on purpose) holds no list; a case list
    // that failed to read would still be missed by the test that the recorded lists are all found
    const grids = await readWorkbook(f).catch(() => []);
    for (const grid of grids) {
      if (recognizeCaseList(grid)) out.push({ name: `${path.relative(ROOT, f)}#${grid.sheet}`, grid });
    }
  }
  const { rows } = generateCaseList(20_000, 7);
  out.push({ name: 'generated-20000-seed7', grid: { sheet: '案件明细', origin: { row: 0, col: 0 }, values: [[...HEADER] as CellValue[], ...rows] } });
  // the same kind of list as a CSV export gives it: every cell a text, dates written out
  const asText = generateCaseList(5_000, 11).rows.map((row) =>
    row.map((v, c) => (v === null ? null : DATE_COLUMNS.includes(c) && typeof v === 'number' ? isoDate(v) : String(v))),
  );
  out.push({ name: 'generated-5000-seed11-as-text', grid: { sheet: '案件明细', origin: { row: 0, col: 0 }, values: [[...HEADER] as CellValue[], ...asText] } });
  return out;
}

/** What one run gives, in the shape compared (the fields the results had before the change). */
export function recordRun(grid: Grid, options: AggregateOptions): Record<string, unknown> {
  const table = recognizeCaseList(grid)!;
  let run;
  try {
    run = runAggregate(grid, table, options);
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
  const { result, read, plan } = run;
  return {
    rowsRead: read.rowsRead,
    rejected: sha(read.rejected),
    rejectedCount: read.rejected.length,
    unreadable: sha(read.unreadable),
    headers: result.measures.map((m) => m.header),
    units: result.units.map((u) => [u.key, u.label, ...u.values].join('|')),
    total: result.total,
    scopeExcluded: sha(result.scopeExcluded),
    otherFamilies: result.otherFamilies,
    counted: result.counted,
    sheets: [run.sheetName, run.rejectedSheetName],
    plan: sha(plan),
  };
}

export function recordChoices(grid: Grid): string {
  return sha(aggregateChoices(grid, recognizeCaseList(grid)!));
}

export async function record(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const { name, grid } of await caseLists()) {
    out[name] = {
      choices: recordChoices(grid),
      runs: OPTION_SETS.map((o) => recordRun(grid, { ...o, source: 'golden.xlsx' })),
    };
  }
  return out;
}

// run directly (node scripts/run-ts.js sets argv[1] to the script), not when imported by the test
if (process.argv[1] === __filename) {
  record().then((r) => {
    fs.writeFileSync(GOLDEN, JSON.stringify(r, null, 1) + '\n');
    console.log(`写入 ${GOLDEN}：${Object.keys(r).length} 份案件明细`);
  });
}
