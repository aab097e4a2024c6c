/**
 * The corpus scoreboard: each real table of test/corpus read as the command line reads it (`readWorkbook`),
 * recognised (`recognizeGrid`, one Grid per sheet), verified (`verifyTables` of src/core/kinds), and compared
 * with the hand-written `expected` of its JSON. Shared by `npm run corpus` (scripts/corpus.ts) and
 * test/corpus/corpus.test.ts.
 *
 * The table compared is the recognised table that overlaps `expected.range` most (by cells).
 *
 * What is scored, and how the corpus vocabulary maps onto the engine's:
 * - kind: equal, or, for the corpus kinds the engine does not have, one of
 *     measure-rows (rows are measures, periods across) → indicator-list or yoy (the engine's kinds whose rows
 *       are measures);
 *     period-rows (rows are periods, columns categories) → unit-matrix (the periods stand where units do);
 *   and a `control-target` whose rows are all measures/sections (the HK waiting-time tables: 目标 + actual
 *   years per measure) also accepts indicator-list — the engine's control-target is units × base counts with
 *   目标/上限 to fill, its indicator list is measures × 目标值/实际值.
 * - header rows: the same set of sheet rows.
 * - unit column: `expected.engine.unitColumn` when given (the engine's contract puts a measure table's row
 *   labels in its unit column), else `expected.unitColumn`.
 * - rows, by sheet row number. `section` (a label-only row opening a group) is right when the engine leaves
 *   the row out of the table's rows; `measure` is right when the engine's role is `unit` (the role its kinds
 *   with measures as rows give each measure); every other role must be equal. An engine row the expected
 *   block does not list (a note or title read as a unit) is one more row wrong.
 * - columns, by letter. The right role is the column's `engine.role` when given, else `field` when
 *   `engine.field` is set, `indicator` when `engine.indicator` is, `unknown` when both are null (no catalogue
 *   field: the engine must not pretend) — except a `period-value` column (one period of a table whose rows are
 *   measures), which the engine's contract reads as `field` with no field of its own, or `unknown` where its group header names
 *   a measure the catalogue lacks — and the expected role
 *   for unit and serial columns. The engine's
 *   field must be (one of) `engine.field` and its indicator `engine.indicator`, null where those are null.
 *   An expected `unknown` column the engine leaves out is right; an engine column the expected block does not
 *   list is one more column wrong. Where the expected column has a period, the engine's must correspond:
 *   periods are compared relative to the table's period — 本期/本月/no period = the table's own period,
 *   上年同期/上年 and a year one less = the year before, 同比 = 同比; a bare year (`2022年`) is the table's
 *   period when that starts with it; `初`/`末` (stock at the start/end) and a bracketed note after the
 *   table's period (`（对照2021年1-4月）`) are dropped; otherwise the texts must
 *   be equal (spaces removed, `2022` = `2022年`).
 * - recognised in full: kind, header rows, unit column, every row and every column right, nothing extra.
 * - findings: verify's mismatch / truncation / total-mismatch findings (rounding is not an error) on the
 *   sheet, by cell, against `expected.findings`; on a table with `mustNotFind` every finding is false.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readWorkbook } from '../../src/cli/xlsx-read';
import type { Grid } from '../../src/core/base/grid';
import { verifyTables } from '../../src/core/kinds';
import { recognizeGrid } from '../../src/core/recognize';
import type { RecognizedColumn, RecognizedRow, RecognizedTable } from '../../src/core/recognize/types';

export const CORPUS_DIR = __dirname;

// ---------------------------------------------------------------------------------------------------------
// The JSON of a corpus table (test/corpus/build-corpus.ts writes it)

export interface EngineCol {
  role?: string;
  field: string | string[] | null;
  indicator: string | null;
}
export interface ExpectedRow {
  row: number;
  role: string;
  label: string;
}
export interface ExpectedColumn {
  column: string;
  header: string[];
  role: string;
  measure: string | null;
  period: string | null;
  engine?: EngineCol;
}
export interface Expected {
  kind: string;
  range: string;
  headerRows: number[];
  unitColumn: string | null;
  rows: ExpectedRow[];
  columns: ExpectedColumn[];
  meta: { title: string | null; unit: string | null; period: string | null };
  findings: { cell: string; why: string }[];
  mustNotFind: boolean;
  engine?: { unitColumn?: string | null };
}
export interface CorpusJson {
  source: { url: string };
  patterns: number[];
  expected: Expected;
}

// ---------------------------------------------------------------------------------------------------------
// Scores

export interface Difference {
  what: 'kind' | 'header' | 'unit' | 'row' | 'column' | 'finding' | 'table';
  where: string;
  expected: string;
  got: string;
}

export interface TableScore {
  file: string;
  kindOk: boolean;
  headerOk: boolean;
  unitOk: boolean;
  rowsRight: number;
  rowsTotal: number;
  columnsRight: number;
  columnsTotal: number;
  /** columns with an expected period, and those whose period is right */
  periodsRight: number;
  periodsTotal: number;
  full: boolean;
  tp: number;
  fp: number;
  fn: number;
  mustNotFind: boolean;
  differences: Difference[];
}

export interface Summary {
  tables: number;
  full: number;
  kindAccuracy: number;
  rowRoleAccuracy: number;
  columnAccuracy: number;
  headerAccuracy: number;
  unitColumnAccuracy: number;
  periodAccuracy: number;
  findingsPrecision: number;
  findingsRecall: number;
  findings: { tp: number; fp: number; fn: number };
  /** findings reported on tables whose JSON says `mustNotFind` */
  falseFindingsOnCleanTables: number;
}

const ENGINE_KINDS = new Set(['unit-matrix', 'target-matrix', 'indicator-list', 'yoy', 'control-target', 'score', 'case-list']);
const KIND_ACCEPTS: Record<string, string[]> = {
  'measure-rows': ['indicator-list', 'yoy'],
  'period-rows': ['unit-matrix'],
};
const ERROR_KINDS = new Set(['mismatch', 'truncation', 'total-mismatch']);

export function acceptedKinds(e: Expected): string[] {
  const kinds = ENGINE_KINDS.has(e.kind) ? [e.kind] : [...(KIND_ACCEPTS[e.kind] ?? [])];
  if (e.kind === 'control-target' && e.rows.every((r) => r.role === 'measure' || r.role === 'section')) kinds.push('indicator-list');
  return kinds;
}

// ---------------------------------------------------------------------------------------------------------
// Ranges

function colNum(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
interface Box {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}
function parseRange(range: string): Box {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(range);
  if (!m) throw new Error(`bad range ${range}`);
  const c1 = colNum(m[1]);
  const r1 = +m[2];
  return { r1, c1, r2: m[4] ? +m[4] : r1, c2: m[3] ? colNum(m[3]) : c1 };
}
function overlap(a: Box, b: Box): number {
  const h = Math.min(a.r2, b.r2) - Math.max(a.r1, b.r1) + 1;
  const w = Math.min(a.c2, b.c2) - Math.max(a.c1, b.c1) + 1;
  return h > 0 && w > 0 ? h * w : 0;
}

/** The recognised table overlapping the expected range most (null when none overlaps). */
export function pickTable(tables: RecognizedTable[], range: string): RecognizedTable | null {
  const want = parseRange(range);
  let best: RecognizedTable | null = null;
  let bestArea = 0;
  for (const t of tables) {
    const area = overlap(want, parseRange(t.range));
    if (area > bestArea) {
      best = t;
      bestArea = area;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------
// Periods

type PeriodClass = string;
const CURRENT = '〈本期〉';
const PRIOR = '〈上年同期〉';

function plainPeriod(p: string): string {
  // a note in brackets after the period (`2022年1-4月（对照2021年1-4月）`) is not part of it
  let s = p.replace(/\s+/g, '').replace(/[(（][^()（）]*[)）]$/, '').replace(/[初末]$/, '');
  if (/^(19|20)\d{2}$/.test(s)) s += '年';
  return s;
}
const yearOf = (p: string): number | null => {
  const m = /^((19|20)\d{2})年/.exec(p);
  return m ? +m[1] : null;
};

/** A period relative to the table's period `table` (both as printed or as the engine names them). */
function periodClass(p: string | null, table: string | null): PeriodClass {
  if (p === null) return CURRENT;
  const raw = p.replace(/\s+/g, '');
  if (/^(本期|本月|本年|当期|今年|本年累计)$/.test(raw)) return CURRENT;
  if (/^(上年同期|去年同期|同期|上年|去年)$/.test(raw)) return PRIOR;
  if (/^同比/.test(raw)) return '同比';
  const s = plainPeriod(raw);
  if (!table) return s;
  const t = plainPeriod(table);
  const bareYear = /^(19|20)\d{2}年$/.test(s);
  if (s === t || (bareYear && t.startsWith(s) && !/[—–~至-]\s*(19|20)\d{2}/.test(t))) return CURRENT;
  const ys = yearOf(s);
  const yt = yearOf(t);
  if (ys !== null && yt !== null && ys === yt - 1 && (bareYear || s.slice(5) === t.slice(5))) return PRIOR;
  return s;
}

export function periodMatches(expectedPeriod: string, expectedTablePeriod: string | null, got: string | null, gotTablePeriod: string | null): boolean {
  const want = periodClass(expectedPeriod, expectedTablePeriod);
  return want === periodClass(got, gotTablePeriod ?? expectedTablePeriod) || want === periodClass(got, expectedTablePeriod);
}

// ---------------------------------------------------------------------------------------------------------
// One table

/** The role the engine should give a column (see the header comment). */
export function rightRole(c: ExpectedColumn): string {
  const eng = c.engine;
  if (!eng) return c.role;
  if (eng.role) return eng.role;
  if (eng.field !== null) return 'field';
  if (eng.indicator !== null) return 'indicator';
  // a measures-as-rows table's column of one period: the engine's contract reads it as `field` with no field of
  // its own (each row names its measure: recognize/measures.ts), so that is the right answer, not `unknown`
  if (c.role === 'period-value') return 'field';
  return c.role === 'unit' || c.role === 'serial' ? c.role : 'unknown';
}

const showCol = (c: RecognizedColumn | undefined): string =>
  c ? `${c.role}${c.field ? ` ${c.field}` : ''}${c.indicator ? ` ${c.indicator}` : ''}${c.period ? ` @${c.period}` : ''}` : '(absent)';
const showRow = (r: RecognizedRow | undefined): string => (r ? `${r.role} «${r.label}»` : '(absent)');

function scoreColumn(c: ExpectedColumn, got: RecognizedColumn | undefined, e: Expected, t: RecognizedTable | null): { ok: boolean; periodOk: boolean | null; why: string } {
  const role = rightRole(c);
  const eng = c.engine ?? { field: null, indicator: null };
  const wantText = `${role}${eng.field ? ` ${([] as string[]).concat(eng.field).join('|')}` : ''}${eng.indicator ? ` ${eng.indicator}` : ''}${c.period ? ` @${c.period}` : ''}`;
  if (!got) {
    const ok = role === 'unknown';
    return { ok, periodOk: c.period === null || role === 'unit' || role === 'serial' ? null : false, why: wantText };
  }
  // a period's column in a measures-as-rows table: the row's measure (`field`, no field) or a measure the
  // catalogue does not hold (`unknown`) are both honest readings
  let ok = got.role === role || (c.role === 'period-value' && !eng.field && !eng.indicator && got.role === 'unknown');
  if (role !== 'unit' && role !== 'serial') {
    const fields = eng.field === null ? [null] : ([] as (string | null)[]).concat(eng.field);
    if (!fields.includes(got.field)) ok = false;
    if ((eng.indicator ?? null) !== (got.indicator ?? null)) ok = false;
  }
  let periodOk: boolean | null = null;
  if (c.period !== null && role !== 'unit' && role !== 'serial') {
    periodOk = periodMatches(c.period, e.meta.period, got.period, t?.meta.period ?? null);
    if (!periodOk) ok = false;
  }
  return { ok, periodOk, why: wantText };
}

export function scoreTable(file: string, json: CorpusJson, grids: Grid[]): TableScore {
  const e = json.expected;
  const diffs: Difference[] = [];
  const tablesByGrid = grids.map((g) => ({ grid: g, tables: recognizeGrid(g) }));
  // one sheet per corpus workbook; the table is looked for on every sheet all the same
  let table: RecognizedTable | null = null;
  for (const { tables } of tablesByGrid) {
    const t = pickTable(tables, e.range);
    if (t && (!table || overlap(parseRange(e.range), parseRange(t.range)) > overlap(parseRange(e.range), parseRange(table.range)))) table = t;
  }
  if (!table) diffs.push({ what: 'table', where: e.range, expected: 'a table', got: 'none recognised there' });

  const kinds = acceptedKinds(e);
  const kindOk = !!table && kinds.includes(table.kind);
  if (!kindOk) diffs.push({ what: 'kind', where: '', expected: kinds.join(' | '), got: table?.kind ?? '—' });
  const headerOk = !!table && [...table.headerRows].sort((a, b) => a - b).join(',') === [...e.headerRows].sort((a, b) => a - b).join(',');
  if (!headerOk) diffs.push({ what: 'header', where: '', expected: e.headerRows.join(','), got: table ? table.headerRows.join(',') : '—' });
  const wantUnit = e.engine && e.engine.unitColumn !== undefined ? e.engine.unitColumn : e.unitColumn;
  const unitOk = !!table && table.unitColumn === wantUnit;
  if (!unitOk) diffs.push({ what: 'unit', where: '', expected: String(wantUnit), got: table ? String(table.unitColumn) : '—' });

  // rows
  let rowsRight = 0;
  const gotRows = new Map((table?.rows ?? []).map((r) => [r.row, r]));
  for (const want of e.rows) {
    const got = gotRows.get(want.row);
    const ok = want.role === 'section' ? !got : want.role === 'measure' ? got?.role === 'unit' : got?.role === want.role;
    if (ok) rowsRight++;
    else diffs.push({ what: 'row', where: String(want.row), expected: `${want.role === 'section' ? '(left out: section)' : want.role} «${want.label}»`, got: showRow(got) });
  }
  const listed = new Set(e.rows.map((r) => r.row));
  const extraRows = (table?.rows ?? []).filter((r) => !listed.has(r.row));
  for (const r of extraRows) diffs.push({ what: 'row', where: String(r.row), expected: '(not a row of the table)', got: showRow(r) });

  // columns
  let columnsRight = 0;
  let periodsRight = 0;
  let periodsTotal = 0;
  const gotCols = new Map((table?.columns ?? []).map((c) => [c.column, c]));
  for (const want of e.columns) {
    const got = gotCols.get(want.column);
    const { ok, periodOk, why } = scoreColumn(want, got, e, table);
    if (periodOk !== null) {
      periodsTotal++;
      if (periodOk) periodsRight++;
    }
    if (ok) columnsRight++;
    else diffs.push({ what: 'column', where: want.column, expected: `${why}  [${want.header.join('›')}]`, got: showCol(got) });
  }
  const expectedCols = new Set(e.columns.map((c) => c.column));
  const extraCols = (table?.columns ?? []).filter((c) => !expectedCols.has(c.column));
  for (const c of extraCols) diffs.push({ what: 'column', where: c.column, expected: '(not a column of the table)', got: showCol(c) });

  // findings
  const reported = new Set<string>();
  for (const { grid, tables } of tablesByGrid) {
    for (const f of verifyTables(grid, tables).findings) if (ERROR_KINDS.has(f.kind)) reported.add(f.cell);
  }
  const wanted = new Set(e.findings.map((f) => f.cell));
  let tp = 0;
  for (const cell of reported) {
    if (wanted.has(cell)) tp++;
    else diffs.push({ what: 'finding', where: cell, expected: '(no finding)', got: 'reported' });
  }
  for (const cell of wanted) if (!reported.has(cell)) diffs.push({ what: 'finding', where: cell, expected: 'a finding', got: '(not reported)' });
  const fp = reported.size - tp;
  const fn = wanted.size - tp;

  const rowsTotal = e.rows.length + extraRows.length;
  const columnsTotal = e.columns.length + extraCols.length;
  const full = kindOk && headerOk && unitOk && rowsRight === rowsTotal && columnsRight === columnsTotal;
  return { file, kindOk, headerOk, unitOk, rowsRight, rowsTotal, columnsRight, columnsTotal, periodsRight, periodsTotal, full, tp, fp, fn, mustNotFind: e.mustNotFind, differences: diffs };
}

// ---------------------------------------------------------------------------------------------------------
// The corpus

/** The corpus's table files (NN-name), in order. */
export function corpusFiles(dir = CORPUS_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d+-.+\.xlsx$/.test(f))
    .sort()
    .map((f) => f.replace(/\.xlsx$/, ''));
}

export async function scoreFile(name: string, dir = CORPUS_DIR): Promise<TableScore> {
  const json = JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8')) as CorpusJson;
  const grids = await readWorkbook(path.join(dir, `${name}.xlsx`));
  return scoreTable(name, json, grids);
}

export async function scoreCorpus(dir = CORPUS_DIR): Promise<TableScore[]> {
  const out: TableScore[] = [];
  for (const name of corpusFiles(dir)) out.push(await scoreFile(name, dir));
  return out;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : Math.round((a / b) * 10000) / 10000);

export function summarise(scores: TableScore[]): Summary {
  const sum = (f: (s: TableScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const tp = sum((s) => s.tp);
  const fp = sum((s) => s.fp);
  const fn = sum((s) => s.fn);
  return {
    tables: scores.length,
    full: sum((s) => (s.full ? 1 : 0)),
    kindAccuracy: ratio(sum((s) => (s.kindOk ? 1 : 0)), scores.length),
    rowRoleAccuracy: ratio(sum((s) => s.rowsRight), sum((s) => s.rowsTotal)),
    columnAccuracy: ratio(sum((s) => s.columnsRight), sum((s) => s.columnsTotal)),
    headerAccuracy: ratio(sum((s) => (s.headerOk ? 1 : 0)), scores.length),
    unitColumnAccuracy: ratio(sum((s) => (s.unitOk ? 1 : 0)), scores.length),
    periodAccuracy: ratio(sum((s) => s.periodsRight), sum((s) => s.periodsTotal)),
    findingsPrecision: ratio(tp, tp + fp),
    findingsRecall: ratio(tp, tp + fn),
    findings: { tp, fp, fn },
    falseFindingsOnCleanTables: sum((s) => (s.mustNotFind ? s.fp : 0)),
  };
}
