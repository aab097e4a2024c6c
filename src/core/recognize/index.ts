/**
 * Recognition: a Grid → the tables in it, each described as `RecognizedTable` (./types.ts, the JSON contract
 * of `zhixiao recognize --json`). Pure; one pass to classify the cells, a few more to cut the sheet into
 * tables and read each one's header, rows and columns.
 *
 * What is decided here, and from what:
 * - tables: blocks of occupied cells separated by blank rows / columns (./blocks.ts);
 * - header paths: the header rows top-down, merged group labels included (`再审 › 被改判`);
 * - columns: the serial and unit columns by header or by values, every other column matched to the catalogue
 *   (./catalog-match.ts) on its header path with period words (`本期`, `2018年`) taken off, its value kind
 *   from the catalogue or from the values; unsure or unknown columns carry guesses; a field is given to one
 *   column of a group and period only (the closer spelling; the other is 受理 when it adds up, else unknown);
 *   `增减幅度` after one measure for two periods is its 同比; of two label columns the finer is the unit;
 * - rows: totals, subtotals and benchmarks by label (./vocabulary.ts), totals confirmed by arithmetic (a
 *   labelled total whose numbers do not add up keeps its role with a low confidence, verify reports it),
 *   unlabelled totals found by arithmetic alone; each unit's level from its name;
 * - the layout kind from the columns and cells (case list, target matrix in either orientation, indicator
 *   list, score table, year-over-year, control targets, unit matrix).
 */
import { columnLetter, rangeAddress, type Grid } from '../base/grid';
import { parseTarget } from '../targets';
import { parseCellValue } from '../base/values';
import { findField, findIndicator } from '../catalog';
import { recognizeCaseList } from './case-list';
import { findBlocks, isColumnNumberRow, type Block, type Occupancy } from './blocks';
import { indicatorByName, matchCatalog, matchKey, type CatalogMatch } from './catalog-match';
import { CellClasses, cleanText, type CellClass } from './cells';
import type {
  ColumnGuess,
  ColumnRole,
  LayoutKind,
  RecognizedColumn,
  RecognizedRow,
  RecognizedTable,
  RecognizedTarget,
  RowRole,
  TableMeta,
  UnitLevel,
  ValueKind,
} from './types';
import {
  ACTUAL_HEADERS,
  AMOUNT_UNIT,
  ATTACHMENT_LINE,
  BENCHMARK_PATTERNS,
  BREAKDOWN_PREFIX,
  CASE_LIST_HEADERS,
  CASE_NUMBER,
  CHANGE_HEADERS,
  COLUMN_SUMS,
  FILLER_LINES,
  INDICATOR_NAME_HEADERS,
  KIND_HEADER_WORDS,
  LEVEL_HEADERS,
  LEVEL_WORDS,
  levelOf,
  lineText,
  MEETS_HEADERS,
  PERIOD_IN_TEXT,
  PERIOD_LINE,
  PERIOD_PATTERNS,
  RELATIVE_CHANGE,
  POINTS_WORDS,
  PERSON_HEADERS,
  REMARK_HEADERS,
  ROLE_HEADERS,
  ROW_TOTAL_HEADER,
  SCORE_POINTS,
  SECTION_NUMBER,
  SERIAL_HEADERS,
  SUBTOTAL_CONTAINS,
  SUBTOTAL_LABELS,
  isSummable,
  TOTAL_CONTAINS,
  TOTAL_FIELDS,
  TOTAL_LABELS,
  TOTAL_LEVEL_PATTERNS,
  TOTAL_QUALIFIED,
  totalScope,
  UNIT_HEADERS,
  UNIT_LINE,
} from './vocabulary';

export type { RecognizedTable, RecognitionResult } from './types';
export { cleanText } from './cells';

/** A recognised column with what the recogniser keeps besides the contract (grid-relative position). */
interface ColumnModel extends RecognizedColumn {
  c: number;
}

interface RowModel extends RecognizedRow {
  r: number;
}

const ACCEPT = 0.6;

// ---------------------------------------------------------------------------------------------------------
// Header paths

function headerPaths(o: Occupancy, block: Block, left: number, right: number): string[][] {
  const paths: string[][] = [];
  for (let c = left; c <= right; c++) paths.push([]);
  const rows = block.headerRows.filter((h) => !isColumnNumberRow(o, h, left, right));
  for (let i = 0; i < rows.length; i++) {
    const h = rows[i];
    let carry: string | null = null;
    for (let c = left; c <= right; c++) {
      const [mr, mc] = o.masterOf(h, c);
      // a merge that starts above the header (a title) is not part of the path
      let text = mr >= rows[0] ? cleanText(o.grid.values[mr][mc]) : '';
      // a group label written once without a merge spans the columns to its right that have sub-headers
      if (!text && carry && i < rows.length - 1 && !o.isOccupied(h, c)) {
        const below = cleanText(o.grid.values[rows[i + 1]][c]);
        if (below) text = carry;
      }
      if (text && i < rows.length - 1 && mr === h && mc === c) {
        const nextBelow = cleanText(o.grid.values[rows[i + 1]][c]);
        carry = nextBelow ? text : null;
      } else if (!text) carry = null;
      const path = paths[c - left];
      if (text && path[path.length - 1] !== text) path.push(text);
    }
  }
  return paths;
}

// ---------------------------------------------------------------------------------------------------------
// Periods in headers

interface PeriodSplit {
  period: string | null;
  /** the path with period words removed (empty elements dropped) */
  measure: string[];
  points: boolean;
}

function splitPeriod(path: string[]): PeriodSplit {
  let period: string | null = null;
  const measure: string[] = [];
  let points = false;
  for (let i = path.length - 1; i >= 0; i--) {
    let text = path[i];
    if (POINTS_WORDS.test(text)) points = true;
    // `上年旧存` is a spelling of 旧存数, not last year's 旧存
    const spelled = findField(text) !== null || findIndicator(text) !== null;
    for (const [re, name] of spelled ? [] : PERIOD_PATTERNS) {
      const m = re.exec(text);
      if (m) {
        if (period === null) period = name(m);
        text = (text.slice(0, m.index) + text.slice(m.index + m[0].length)).replace(/^[()（）]+|[()（）]+$/g, '');
        break;
      }
    }
    if (text) measure.unshift(text);
  }
  return { period, measure, points };
}

// ---------------------------------------------------------------------------------------------------------
// Column statistics

interface ColumnStats {
  nonEmpty: number;
  counts: Record<CellClass, number>;
  integers: number;
  decimals: number;
  textPercent: number;
  texts: string[];
}

/** at most this many rows decide a column's value kind (spread over the whole body) */
const STATS_SAMPLE = 2000;

function sampleRows(rows: number[]): number[] {
  if (rows.length <= STATS_SAMPLE) return rows;
  const step = rows.length / STATS_SAMPLE;
  const out: number[] = [];
  for (let i = 0; i < STATS_SAMPLE; i++) out.push(rows[Math.floor(i * step)]);
  return out;
}

function columnStats(grid: Grid, classes: CellClasses, c: number, allRows: number[]): ColumnStats {
  const rows = sampleRows(allRows);
  const counts: Record<CellClass, number> = { empty: 0, number: 0, percent: 0, target: 0, dash: 0, date: 0, error: 0, text: 0 };
  let integers = 0;
  let decimals = 0;
  let textPercent = 0;
  const texts: string[] = [];
  for (const r of rows) {
    const cls = classes.at(r, c);
    counts[cls]++;
    const v = grid.values[r][c];
    if (cls === 'number') {
      const n = typeof v === 'number' ? v : numberAt(grid, r, c) ?? NaN;
      if (Number.isInteger(n)) integers++;
      else decimals++;
    } else if (cls === 'percent' && typeof v === 'string') textPercent++;
    else if (cls === 'text' && texts.length < 50) texts.push(cleanText(v));
  }
  return { nonEmpty: rows.length - counts.empty, counts, integers, decimals, textPercent, texts };
}

/**
 * Target texts (`≧90%`, `不低于95%`), with `-` for not assessed and bare `100%`. Percents typed as text with a
 * dash for a unit that has no data (`89.14%`, `—`) are published figures, not targets: without an operator
 * anywhere, the dashes must be at least as many as the percents (a target table leaves most levels `-`).
 */
function isTargetColumn(s: ColumnStats): boolean {
  if (s.nonEmpty === 0) return false;
  const targetish = s.counts.target + s.counts.dash + s.textPercent;
  return targetish / s.nonEmpty >= 0.6 && (s.counts.target > 0 || (s.counts.dash > 0 && s.counts.dash >= s.textPercent));
}

function inferredKind(s: ColumnStats, header: string): ValueKind {
  if (isTargetColumn(s)) return 'target';
  const { counts } = s;
  if (counts.date > 0 && counts.date >= s.nonEmpty / 2) return 'date';
  const words = KIND_HEADER_WORDS;
  if (counts.percent > 0 && counts.percent >= (counts.number + counts.percent) / 2) return words.permille.test(header) ? 'permille' : 'rate';
  if (counts.number > 0 && counts.number >= s.nonEmpty / 2) {
    if (words.days.test(header)) return 'days';
    if (words.amount.test(header)) return 'amount';
    if (words.rate.test(header)) return s.decimals > 0 && s.decimals >= s.integers && words.permille.test(header) ? 'permille' : 'rate';
    return s.decimals > 0 && s.decimals >= s.integers ? 'ratio' : 'count';
  }
  return 'text';
}

// ---------------------------------------------------------------------------------------------------------
// Rows

function labelRole(label: string): RowRole | null {
  if (!label) return null;
  if (BREAKDOWN_PREFIX.test(label)) return 'breakdown';
  if (SUBTOTAL_CONTAINS.some((w) => label.includes(w)) || SUBTOTAL_LABELS.test(label)) return 'subtotal';
  if (TOTAL_LABELS.includes(label) || TOTAL_QUALIFIED.test(label) || TOTAL_CONTAINS.some((w) => label.includes(w))) return 'total';
  if (BENCHMARK_PATTERNS.some((re) => re.test(label))) return 'benchmark';
  return null;
}

function totalLevel(label: string): UnitLevel | null {
  // a qualifier in brackets (`（不含中院）`) does not say the level
  const plain = label.replace(/[(（][^()（）]*[)）]/g, '');
  for (const [re, level] of TOTAL_LEVEL_PATTERNS) if (re.test(plain)) return level;
  return null;
}

function numberAt(grid: Grid, r: number, c: number): number | null {
  const v = grid.values[r][c];
  if (typeof v === 'number') return v;
  const p = parseCellValue(v);
  return p.kind === 'number' ? p.value : null;
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

/** agreement of a total row with the sum of `parts` over the summable columns: [agree, disagree] */
function sumAgreement(grid: Grid, r: number, parts: number[], cols: number[]): [number, number] {
  let agree = 0;
  let disagree = 0;
  for (const c of cols) {
    const published = numberAt(grid, r, c);
    if (published === null) continue;
    let sum = 0;
    let any = false;
    for (const p of parts) {
      const n = numberAt(grid, p, c);
      if (n !== null) {
        sum += n;
        any = true;
      }
    }
    if (!any) continue;
    if (near(sum, published)) agree++;
    else disagree++;
  }
  return [agree, disagree];
}

// ---------------------------------------------------------------------------------------------------------
// One table

interface Context {
  grid: Grid;
  classes: CellClasses;
  o: Occupancy;
}

function rowLabel(ctx: Context, r: number, unitCol: number | null, firstDataCol: number, left: number): string {
  if (unitCol !== null) {
    const [mr, mc] = ctx.o.masterOf(r, unitCol);
    const t = mr === r ? cleanText(ctx.grid.values[mr][mc]) : '';
    if (t) return t;
  }
  // a total's label is often written in the serial column, merged across it and the unit column
  for (let c = left; c < firstDataCol; c++) {
    const [mr, mc] = ctx.o.masterOf(r, c);
    if (mr !== r) continue;
    const cls = ctx.classes.at(mr, mc);
    if (cls === 'text') return cleanText(ctx.grid.values[mr][mc]);
  }
  return '';
}

function rowHasValues(ctx: Context, r: number, from: number, right: number): boolean {
  for (let c = from; c <= right; c++) {
    const cls = ctx.classes.at(r, c);
    if (cls !== 'empty' && cls !== 'text') return true;
  }
  return false;
}


/** A heading inside the body (`一、审判质量指标`, or one text merged across the table): not a row of it. */
function isSectionRow(ctx: Context, r: number, label: string, left: number, right: number, firstDataCol: number, tableHasValues: boolean): boolean {
  if (rowHasValues(ctx, r, firstDataCol, right)) return false;
  let cells = 0;
  let widest = 0;
  for (let c = left; c <= right; c++) {
    if (!ctx.o.isOccupied(r, c)) continue;
    const [mr, mc] = ctx.o.masterOf(r, c);
    if (mr !== r || mc !== c) continue;
    cells++;
    const m = ctx.o.mergeOf(r, c);
    widest = Math.max(widest, m ? m.right - m.left + 1 : 1);
  }
  if (cells === 1 && widest >= Math.max(2, (right - left + 1) * 0.6)) return true;
  return tableHasValues && SECTION_NUMBER.test(label);
}

function roundConf(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}

function bestMatch(candidates: string[]): { best: CatalogMatch | null; guesses: CatalogMatch[]; text: string } {
  let best: CatalogMatch | null = null;
  let text = '';
  const all: CatalogMatch[] = [];
  for (const cand of candidates) {
    if (!cand) continue;
    const ms = matchCatalog(cand, 3);
    all.push(...ms);
    if (ms[0] && (!best || ms[0].confidence > best.confidence + 1e-9)) {
      best = ms[0];
      text = cand;
    }
  }
  const seen = new Set<string>();
  const guesses = all
    .sort((a, b) => b.confidence - a.confidence)
    .filter((g) => {
      const k = `${g.name}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .slice(0, 3);
  return { best, guesses, text };
}

function toGuess(m: CatalogMatch): ColumnGuess {
  return { field: m.field ? m.field.name : null, indicator: m.indicatorId, confidence: m.confidence, matched: m.matched };
}

interface LabelColumns {
  serialCol: number | null;
  unitCol: number | null;
  /** the unit column's header when it was found by header */
  unitMatched: string | null;
  /** the label column is headed 指标 / 指标名称: its rows are indicators */
  indicatorHeader: boolean;
  /** other label columns that group the unit column's rows (the `庭室` of each `承办法官`) */
  groupCols: number[];
}

/** The serial and unit (row label) columns: among the leading columns, before the first column of numbers. */
function labelColumns(ctx: Context, paths: string[][], left: number, right: number, body: number[]): LabelColumns {
  const { grid, classes } = ctx;
  let serialCol: number | null = null;
  const leading: { c: number; leaf: string; header: string; stats: ColumnStats }[] = [];
  for (let c = left; c <= Math.min(right, left + 3); c++) {
    const header = paths[c - left].join('');
    const leaf = paths[c - left][paths[c - left].length - 1] ?? '';
    const stats = columnStats(grid, classes, c, body);
    const numberedRows = !header || (matchCatalog(header, 1)[0]?.confidence ?? 0) < ACCEPT;
    if (serialCol === null && leading.length === 0 && (SERIAL_HEADERS.includes(header) || (numberedRows && isSerialValues(grid, c, body)))) {
      serialCol = c;
      continue;
    }
    const numeric = stats.counts.number + stats.counts.percent + stats.counts.target + stats.counts.dash;
    if (stats.nonEmpty > 0 && numeric / stats.nonEmpty >= 0.5 && !UNIT_HEADERS.includes(leaf)) break;
    leading.push({ c, leaf, header, stats });
  }
  // by header first (院别, 单位, 承办法官 … or 指标名称), then the column with the most names in it; of two
  // (庭室 | 承办法官) the finer one is the unit: the one that repeats least, the right one on a tie
  const headed = leading.filter((x) => UNIT_HEADERS.includes(x.leaf) || UNIT_HEADERS.includes(x.header) || INDICATOR_NAME_HEADERS.includes(x.leaf));
  const distinct = (x: (typeof leading)[number]) => new Set(x.stats.texts).size;
  const byHeader = headed.reduce<(typeof leading)[number] | undefined>((best, x) => (!best || distinct(x) >= distinct(best) ? x : best), undefined);
  if (byHeader) {
    const indicatorHeader = INDICATOR_NAME_HEADERS.includes(byHeader.leaf) && !UNIT_HEADERS.includes(byHeader.leaf);
    const groupCols = headed.filter((x) => x !== byHeader).map((x) => x.c);
    return { serialCol, unitCol: byHeader.c, unitMatched: byHeader.leaf, indicatorHeader, groupCols };
  }
  const byValues = leading
    .filter((x) => x.stats.nonEmpty > 0 && x.stats.counts.text / x.stats.nonEmpty >= 0.6 && !CASE_LIST_HEADERS.test(x.leaf))
    .sort((a, b) => b.stats.counts.text - a.stats.counts.text)[0];
  return { serialCol, unitCol: byValues ? byValues.c : null, unitMatched: null, indicatorHeader: false, groupCols: [] };
}

/** Body rows with their role (by label), label and level; section headings left out. */
function recognizeRows(ctx: Context, body: number[], labels: LabelColumns, left: number, right: number, firstDataCol: number): RowModel[] {
  const judgeColumn = labels.unitMatched !== null && PERSON_HEADERS.test(labels.unitMatched);
  const hasValues = body.some((r) => rowHasValues(ctx, r, firstDataCol, right));
  const rows: RowModel[] = [];
  for (const r of body) {
    const label = rowLabel(ctx, r, labels.unitCol, firstDataCol, left);
    if (isSectionRow(ctx, r, label, left, right, firstDataCol, hasValues)) continue;
    const role = labelRole(label) ?? 'unit';
    const level = role === 'unit' ? levelOf(label, judgeColumn) : role === 'benchmark' ? null : role === 'breakdown' ? breakdownLevel(label, judgeColumn) : totalLevel(label);
    rows.push({ r, row: ctx.grid.origin.row + r + 1, role, label, level });
  }
  readBreakdowns(rows, judgeColumn);
  // `基层法院` is the subtotal of the basic courts only where they are listed; alone it is a level (a target table's row)
  for (const row of rows) {
    if (row.role !== 'subtotal' || !SUBTOTAL_LABELS.test(row.label)) continue;
    if (!rows.some((x) => x.role === 'unit' && x.level === row.level)) row.role = 'unit';
  }
  return rows;
}

/** a breakdown's level from the rest of its label: `其中：中院` 中院; `其中：民事` none (two characters, no judge) */
function breakdownLevel(label: string, judgeColumn: boolean): UnitLevel | null {
  const level = levelOf(label.replace(BREAKDOWN_PREFIX, ''), judgeColumn);
  return level === '法官' && !judgeColumn ? null : level;
}

/**
 * `其中：…` rows: a part of the nearest row above that is not itself a part. Two readings keep their older
 * meaning: `其中：基层法院` under a court row is the subtotal of the basic courts listed with it, and
 * `其中：延吉法院` under a total with more courts after it is the first of the courts the total is made of.
 * One at the top of the table is a part of nothing: read by the rest of its label.
 */
function readBreakdowns(rows: RowModel[], judgeColumn: boolean): void {
  rows.forEach((row, i) => {
    if (row.role !== 'breakdown') return;
    let parent: RowModel | undefined;
    for (let j = i - 1; j >= 0 && !parent; j--) if (rows[j].role !== 'breakdown' && rows[j].role !== 'benchmark') parent = rows[j];
    const rest = row.label.replace(BREAKDOWN_PREFIX, '');
    const next = rows[i + 1];
    const courtName = !LEVEL_WORDS.test(rest) && (row.level === '基层' || row.level === '中院');
    if (!parent) {
      row.role = labelRole(rest) ?? 'unit';
      row.level = row.role === 'unit' ? levelOf(rest, judgeColumn) : row.role === 'benchmark' ? null : totalLevel(rest);
    } else if (parent.role === 'unit' && SUBTOTAL_LABELS.test(row.label)) {
      row.role = 'subtotal';
      row.level = totalLevel(rest);
    } else if (parent.role !== 'unit' && courtName && next?.role === 'unit') {
      row.role = 'unit';
      row.level = levelOf(row.label, judgeColumn);
    } else {
      row.partOf = parent.row;
    }
  });
}

/** `增减幅度` right after one measure for two periods is that measure's 同比 (`增减` of a rate too: in points). */
function readChangeColumns(columns: ColumnModel[]): void {
  columns.forEach((col, i) => {
    const leaf = (col.header[col.header.length - 1] ?? '').replace(/[(（][^()（）]*[)）]$/, '');
    if (col.period !== null || i < 2 || !CHANGE_HEADERS.test(leaf)) return;
    const [a, b] = [columns[i - 2], columns[i - 1]];
    const same = a.field === b.field && a.indicator === b.indicator && a.role === b.role && (a.field !== null || a.indicator !== null);
    const group = (x: ColumnModel) => x.header.slice(0, -1).join('›');
    if (!same || !a.period || !b.period || a.period === b.period || group(a) !== group(b) || group(a) !== group(col)) return;
    const points = col.header.some((h) => POINTS_WORDS.test(h));
    const countLike = a.valueKind === 'count' || a.valueKind === 'amount';
    // of counts, only a relative change is a 同比 (a bare 增减 may be the difference in cases)
    if (countLike && !RELATIVE_CHANGE.test(col.header.join(''))) return;
    Object.assign(col, {
      role: a.role,
      field: a.field,
      indicator: a.indicator,
      period: '同比',
      valueKind: countLike ? 'rate' : points ? 'ratio' : a.valueKind,
      confidence: 0.8,
      matched: leaf,
    });
    delete col.guesses;
  });
}

/** A `合计` column over known parts names the field it totals (2018年合计 over 发改指 → 发改指总量). */
function nameTotalColumns(columns: ColumnModel[]): void {
  for (const col of columns) {
    if (col.role !== 'field' || col.field) continue;
    const parts = columns.filter((x) => x.c < col.c && x.role === 'field' && x.field && x.period === null).map((x) => x.field as string);
    const named = TOTAL_FIELDS.find((t) => t.parts.every((p) => parts.includes(p)));
    if (named) {
      col.field = named.field;
      col.confidence = 0.8;
    }
  }
}

/** how closely a header spelling names a field: its own name 0, then its synonyms in catalogue order (most specific first) */
function spellingRank(field: string, matched: string | null): number {
  const def = findField(field);
  if (!def || !matched) return Infinity;
  const key = matchKey(matched);
  if (matchKey(def.name) === key) return 0;
  const i = def.synonyms.findIndex((syn) => matchKey(syn) === key);
  return i < 0 ? Infinity : i + 1;
}

/**
 * Two columns of one group and period mapped to the same field (`收案数` and `新收` both read as 新收数) are
 * not both that field: the closer spelling keeps it. The other is the total of a column sum it completes
 * (`收案数` = 旧存 + 新收 on most rows: 受理数), else it stays unknown with the field as a guess — for the
 * user to say, never verified against the wrong inputs.
 */
function resolveDuplicateFields(grid: Grid, rows: RowModel[], columns: ColumnModel[]): void {
  const units = rows.filter((x) => x.role === 'unit').map((x) => x.r);
  const key = (x: ColumnModel) => `${x.field}\u0000${x.period ?? ''}\u0000${x.header.slice(0, -1).join('›')}`;
  const groups = new Map<string, ColumnModel[]>();
  for (const col of columns) {
    if (col.role !== 'field' || !col.field || col.valueKind === 'target') continue;
    groups.set(key(col), [...(groups.get(key(col)) ?? []), col]);
  }
  for (const same of groups.values()) {
    if (same.length < 2) continue;
    const field = same[0].field!;
    const ranked = [...same].sort((a, b) => spellingRank(field, a.matched) - spellingRank(field, b.matched) || b.confidence - a.confidence || a.c - b.c);
    for (const col of ranked.slice(1)) {
      const guess: ColumnGuess = { field, indicator: col.indicator, confidence: col.confidence, matched: col.matched ?? '' };
      const total = COLUMN_SUMS.find((rel) => !rel.minus && rel.parts.includes(field) && addsUp(grid, units, col, rel.parts.map((p) => (p === field ? ranked[0] : columns.find((x) => x.field === p && x.period === col.period && x !== col)))));
      if (total) {
        col.guesses = [{ field: total.total, indicator: null, confidence: 0.8, matched: col.matched ?? '' }, guess];
        col.field = total.total;
        col.confidence = 0.8;
        continue;
      }
      col.role = 'unknown';
      col.field = null;
      col.indicator = null;
      col.confidence = roundConf(col.confidence * 0.5);
      col.matched = null;
      col.guesses = [guess];
    }
  }
}

/** column `total` equals the sum of `parts` on most unit rows where all are numbers */
function addsUp(grid: Grid, units: number[], total: ColumnModel, parts: (ColumnModel | undefined)[]): boolean {
  if (parts.some((p) => !p)) return false;
  let agree = 0;
  let cases = 0;
  for (const r of units) {
    const t = numberAt(grid, r, total.c);
    const xs = parts.map((p) => numberAt(grid, r, p!.c));
    if (t === null || xs.some((x) => x === null)) continue;
    cases++;
    if (near(t, xs.reduce((a, b) => a! + b!, 0)!)) agree++;
  }
  return cases > 0 && agree / cases >= 0.5;
}

/** Totals and subtotals confirmed by arithmetic; an unlabelled first or last row that adds up is a total. */
function confirmTotals(grid: Grid, rows: RowModel[], columns: ColumnModel[]): void {
  const summable = columns.filter((x) => isSummable(x.valueKind, x.field ?? x.header.join('')) && x.role !== 'serial' && x.role !== 'rank' && x.role !== 'score').map((x) => x.c);
  checkTotalRows(grid, rows, summable);
  // a labelled total that does not add up may count group rows as units (`审判部门` over its 庭): look for them
  if (!rows.some((x) => x.role === 'total' && x.confirmed === false && (x.confidence ?? 1) < 0.7) || rows.length > GROUP_SEARCH_ROWS) return;
  const groups = findGroupRows(grid, rows, summable);
  if (!groups.length) return;
  checkTotalRows(grid, rows, summable);
  // found by arithmetic alone, with no 小计 in the label: say so
  for (const g of groups) if (g.confirmed) g.confidence = 0.8;
}

/** group rows are searched for in tables of at most this many rows (the search is quadratic) */
const GROUP_SEARCH_ROWS = 500;

/**
 * Unlabelled subtotals: a unit row whose figures are, column by column, the sum of the two or more unit rows
 * right under it (a group heading with figures: `审判部门` over 民一庭, 民二庭 …) or right above it. Marked as
 * subtotals with a lower confidence, for the user to confirm.
 */
function findGroupRows(grid: Grid, rows: RowModel[], summable: number[]): RowModel[] {
  const found: RowModel[] = [];
  if (summable.length < 2) return found;
  const runOf = (from: number, step: 1 | -1) => {
    const run: RowModel[] = [];
    for (let j = from + step; j >= 0 && j < rows.length && rows[j].role === 'unit'; j += step) run.push(rows[j]);
    return run;
  };
  rows.forEach((row, i) => {
    if (row.role !== 'unit') return;
    for (const step of [1, -1] as const) {
      const run = runOf(i, step);
      for (let k = 2; k <= run.length; k++) {
        const [agree, disagree] = sumAgreement(grid, row.r, run.slice(0, k).map((x) => x.r), summable);
        if (agree >= 2 && disagree === 0) {
          row.role = 'subtotal';
          found.push(row);
          return;
        }
      }
    }
  });
  return found;
}

function checkTotalRows(grid: Grid, rows: RowModel[], summable: number[]): void {
  const unitRows = rows.filter((x) => x.role === 'unit').map((x) => x.r);
  rows.forEach((row, i) => {
    if (row.role === 'total') {
      const scope = totalScope(row.label, row.level);
      const scoped = scope ? rows.filter((x) => x.role === 'unit' && (scope.keep ? x.level === scope.keep : x.level !== scope.drop)).map((x) => x.r) : unitRows;
      const [agree, disagree] = sumAgreement(grid, row.r, scoped.length ? scoped : unitRows, summable);
      setTotalConfidence(row, agree, disagree);
    } else if (row.role === 'subtotal') {
      // the units since the previous total or subtotal, or the units of the subtotal's level
      const section: number[] = [];
      for (let j = i - 1; j >= 0 && (rows[j].role === 'unit' || rows[j].role === 'breakdown'); j--) if (rows[j].role === 'unit') section.push(rows[j].r);
      const sameLevel = row.level ? rows.filter((x) => x.role === 'unit' && x.level === row.level).map((x) => x.r) : [];
      // or the units right under it (a group heading with figures over its members)
      const run: number[] = [];
      for (let j = i + 1; j < rows.length && (rows[j].role === 'unit' || rows[j].role === 'breakdown'); j++) if (rows[j].role === 'unit') run.push(rows[j].r);
      let below = run;
      for (let k = 2; k < run.length; k++) {
        const [agree, disagree] = sumAgreement(grid, row.r, run.slice(0, k), summable);
        if (agree > 0 && disagree === 0) {
          below = run.slice(0, k);
          break;
        }
      }
      const tries = [section, sameLevel, below].filter((x) => x.length).map((x) => sumAgreement(grid, row.r, x, summable));
      const [agree, disagree] = tries.reduce((best, x) => (x[1] < best[1] || (x[1] === best[1] && x[0] > best[0]) ? x : best), [0, Infinity] as [number, number]);
      setTotalConfidence(row, agree, disagree === Infinity ? 0 : disagree);
    }
  });
  const ends = rows.map((_, i) => i).filter((i) => rows[i].role !== 'benchmark' && rows[i].role !== 'breakdown');
  for (const i of [ends[0], ends[ends.length - 1]]) {
    const row = rows[i];
    if (!row || row.role !== 'unit' || row.label || rows.length < 3 || summable.length === 0) continue;
    const others = rows.filter((x, j) => j !== i && x.role === 'unit').map((x) => x.r);
    const [agree, disagree] = sumAgreement(grid, row.r, others, summable);
    if (agree >= Math.min(2, summable.length) && disagree === 0) {
      row.role = 'total';
      row.level = '全市';
      row.confidence = 0.9;
      row.confirmed = true;
    }
  }
}

/** Do the rows name indicators (or, with period-only columns, catalogue measures)? Decided on a sample. */
function rowsNameMeasures(rows: RowModel[], dataCols: ColumnModel[], labels: LabelColumns): boolean {
  const units = rows.filter((x) => x.role === 'unit');
  if (labels.unitCol === null || units.length === 0) return false;
  if (labels.indicatorHeader) return true;
  const sample = units.slice(0, 60);
  if (sample.filter((x) => x.label && indicatorByName(x.label)).length / sample.length >= 0.5) return true;
  const periodOnly = dataCols.filter((x) => x.period !== null && x.field === null && x.indicator === null && x.role === 'field');
  return periodOnly.length >= 2 && sample.filter((x) => x.label && measureByName(x.label)).length / sample.length >= 0.5;
}

/** Rows that are indicators (or measures): say which; columns headed by a level or unit say which. */
function markMeasureRows(rows: RowModel[], dataCols: ColumnModel[]): void {
  for (const row of rows) {
    // `其中：调解` in a list of measures is a measure of its own
    if (row.role === 'breakdown') {
      row.role = 'unit';
      delete row.partOf;
    }
    if (row.role !== 'unit') continue;
    const m = row.label ? measureByName(row.label) : null;
    row.indicator = m && m.indicatorId ? m.indicatorId : null;
    if (m && m.field) row.field = m.field.name;
    row.level = null;
  }
  for (const col of dataCols) {
    if (col.role !== 'unknown' && col.role !== 'target') continue;
    const leaf = col.header[col.header.length - 1] ?? '';
    const level = LEVEL_HEADERS.find(([re]) => re.test(leaf))?.[1] ?? levelOf(leaf, false);
    if (!level) continue;
    col.level = level;
    col.field = null;
    col.indicator = null;
    col.guesses = undefined;
    col.matched = leaf;
    col.confidence = 0.9;
    col.role = col.valueKind === 'target' ? 'target' : 'indicator';
  }
}

/** Every target cell of the target columns, parsed. */
function collectTargets(grid: Grid, rows: RowModel[], columns: ColumnModel[]): RecognizedTarget[] {
  const targets: RecognizedTarget[] = [];
  for (const col of columns) {
    if (col.valueKind !== 'target') continue;
    for (const row of rows) {
      const v = grid.values[row.r][col.c];
      if (typeof v !== 'string' && typeof v !== 'number') continue;
      if (typeof v === 'string' && !v.trim()) continue;
      const t = parseTarget(v);
      if (!t) continue;
      targets.push({ row: row.row, column: col.column, text: String(v), op: t.op, value: t.value, unit: t.unit });
    }
  }
  return targets;
}

/** A period carried by the header (`2023年1-11月结案数`) when no line above the table gives one. */
function headerPeriod(paths: string[][]): string | null {
  for (const p of paths) {
    for (const t of p) {
      const m = PERIOD_IN_TEXT.exec(t);
      if (m && /月|季|半年|度/.test(m[1])) return m[1];
    }
  }
  return null;
}

function recognizeBlock(ctx: Context, block: Block): RecognizedTable | null {
  const { grid, classes, o } = ctx;
  const tableRows = [...block.headerRows, ...block.bodyRows];
  if (!tableRows.length) return null;
  // the table's columns: occupied in its header or body
  let left = block.range.right;
  let right = block.range.left;
  for (const r of tableRows) {
    for (let c = block.range.left; c <= block.range.right; c++) {
      if (o.isOccupied(r, c)) {
        if (c < left) left = c;
        if (c > right) right = c;
      }
    }
  }
  if (left > right) return null;
  // a lone figure somewhere on the sheet (a page number, a stray total) is not a table
  if (left === right && tableRows.filter((r) => o.isOccupied(r, left)).length <= 1) return null;
  const body = block.bodyRows.filter((r) => {
    for (let c = left; c <= right; c++) if (!classes.isEmpty(r, c)) return true;
    return false;
  });
  const paths = headerPaths(o, block, left, right);
  const labels = labelColumns(ctx, paths, left, right, body);
  const { serialCol, unitCol, unitMatched } = labels;
  const firstDataCol = Math.max(left, (unitCol ?? serialCol ?? left - 1) + 1);
  const rows = recognizeRows(ctx, body, labels, left, right, firstDataCol);

  const columns: ColumnModel[] = [];
  const unitRows = rows.filter((x) => x.role === 'unit').map((x) => x.r);
  for (let c = left; c <= right; c++) {
    const header = paths[c - left];
    const column = columnLetter(grid.origin.col + c);
    // a blank spacer column (no header, no values) is not a column of the table
    if (!header.length && tableRows.every((r) => !o.isOccupied(r, c))) continue;
    if (c === serialCol) {
      columns.push({ c, column, header, role: 'serial', field: null, indicator: null, period: null, valueKind: 'count', confidence: header.length ? 1 : 0.8, matched: header.length ? header.join('') : '1, 2, 3…' });
    } else if (c === unitCol) {
      columns.push({ c, column, header, role: 'unit', field: null, indicator: null, period: null, valueKind: 'text', confidence: unitMatched ? 1 : 0.8, matched: unitMatched ?? '单位名称' });
    } else if (labels.groupCols.includes(c)) {
      // a coarser label (the 庭室 of each 承办法官): a label column too, not a figure
      columns.push({ c, column, header, role: 'unit', field: null, indicator: null, period: null, valueKind: 'text', confidence: 0.9, matched: header[header.length - 1] ?? null });
    } else {
      columns.push(recognizeColumn(c, column, header, columnStats(grid, classes, c, unitRows.length ? unitRows : body)));
    }
  }
  readChangeColumns(columns);
  nameTotalColumns(columns);
  resolveDuplicateFields(grid, rows, columns);
  confirmTotals(grid, rows, columns);

  const dataCols = columns.filter((x) => x.role !== 'serial' && x.role !== 'unit');
  const measureRows = rowsNameMeasures(rows, dataCols, labels);
  const kind = layoutKind(ctx, paths, columns, dataCols, body, measureRows);
  if (measureRows && (kind === 'indicator-list' || kind === 'target-matrix' || kind === 'yoy')) markMeasureRows(rows, dataCols);
  if (kind === 'case-list') {
    // case lists are H6's: its recogniser maps the case columns (案号, 立案日期, 结案方式 …)
    const top = block.headerRows.length ? block.headerRows[0] : body[0];
    const bottom = body.length ? body[body.length - 1] : top;
    const caseTable = recognizeCaseList(grid, { top, left, bottom, right });
    if (caseTable) return { ...caseTable, sheet: grid.sheet, kind: 'case-list', meta: tableMeta(ctx, block, left, right) };
    for (const row of rows) if (row.role === 'unit' && row.level === '法官') row.level = null;
  }
  // a generic total (合计, 总计) stands for the whole city only in a table of courts
  if (!rows.some((x) => x.role === 'unit' && (x.level === '中院' || x.level === '基层'))) {
    for (const row of rows) if (row.role === 'total' && row.level === '全市' && !/^全(市|州|县|区|盟)/.test(row.label)) row.level = null;
  }

  const meta = tableMeta(ctx, block, left, right);
  if (!meta.period) meta.period = headerPeriod(paths);
  // 单位：万元 — the figures nobody could name are money, not counts
  if (meta.unit && AMOUNT_UNIT.test(meta.unit)) {
    for (const col of columns) if (col.role === 'unknown' && (col.valueKind === 'count' || col.valueKind === 'ratio')) col.valueKind = 'amount';
  }
  const top = block.headerRows.length ? block.headerRows[0] : body[0];
  const bottom = body.length ? body[body.length - 1] : block.headerRows[block.headerRows.length - 1];
  return {
    sheet: grid.sheet,
    range: rangeAddress({ top: grid.origin.row + top, left: grid.origin.col + left, bottom: grid.origin.row + bottom, right: grid.origin.col + right }),
    kind,
    headerRows: block.headerRows.map((r) => grid.origin.row + r + 1),
    unitColumn: unitCol === null ? null : columnLetter(grid.origin.col + unitCol),
    rows: rows.map(({ r: _r, ...row }) => row),
    columns: columns.map(({ c: _c, ...col }) => (col.guesses === undefined ? withoutGuesses(col) : col)),
    targets: collectTargets(grid, rows, columns),
    meta,
  };
}

function withoutGuesses(col: RecognizedColumn): RecognizedColumn {
  const { guesses: _g, ...rest } = col;
  return rest;
}

/** the catalogue field or indicator a row label names (`结案率`, `收案数`), or null */
function measureByName(label: string): CatalogMatch | null {
  const best = matchCatalog(label, 1)[0];
  return best && best.confidence >= 0.9 ? best : indicatorByName(label);
}

function setTotalConfidence(row: RowModel, agree: number, disagree: number): void {
  if (agree > 0 && disagree === 0) {
    row.confidence = 1;
    row.confirmed = true;
  } else if (agree === 0 && disagree === 0) {
    row.confidence = 0.7; // nothing to add up: the label alone
    row.confirmed = false;
  } else if (agree > disagree) {
    row.confidence = 0.6;
    row.confirmed = false;
  } else {
    row.confidence = 0.4;
    row.confirmed = false;
  }
}

function isSerialValues(grid: Grid, c: number, rows: number[]): boolean {
  let expected = 1;
  let seen = 0;
  for (const r of rows) {
    const v = grid.values[r][c];
    if (v === null || v === '') continue;
    const n = typeof v === 'number' ? v : Number(cleanText(v));
    if (n !== expected) return false;
    expected++;
    seen++;
  }
  return seen >= 2;
}

function recognizeColumn(c: number, column: string, header: string[], stats: ColumnStats): ColumnModel {
  const { period, measure, points } = splitPeriod(header);
  const leaf = measure[measure.length - 1] ?? '';
  const joined = measure.join('');
  const fullHeader = header.join('');
  const base = { c, column, header, period };
  const targetValues = isTargetColumn(stats);

  // header words of columns that are not catalogue figures
  for (const rh of ROLE_HEADERS) {
    // the most specific header element that says it: the leaf before its group
    const hit = [...header].reverse().find((h) => rh.patterns.some((re) => re.test(h)));
    if (!hit) continue;
    if (rh.role === 'target') {
      // a target column: its values are targets (≧90%) or target counts (a control table's 目标 −7)
      const m = bestMatch([joined.replace(/目标值?|上限|控制/g, ''), leaf]);
      // an empty target column (to be filled) takes the kind its header implies: counts unless it names a rate
      const inferred = inferredKind(stats, fullHeader);
      const kind: ValueKind = targetValues ? 'target' : stats.nonEmpty === 0 ? (/率|比|度|%/.test(fullHeader) ? 'target' : 'count') : inferred === 'text' ? 'target' : inferred;
      return { ...base, role: 'target', field: m.best && m.best.confidence >= ACCEPT && m.best.field ? m.best.field.name : null, indicator: m.best && m.best.confidence >= ACCEPT ? m.best.indicatorId : null, valueKind: kind, confidence: 0.9, matched: hit };
    }
    if (rh.role === 'score' && /排名|名次/.test(fullHeader)) continue;
    if (rh.role === 'score') {
      // `一审服判息诉率（6分）` scores an indicator: say which
      const item = leaf.replace(SCORE_POINTS, '');
      const m = item !== leaf && item ? bestMatch([item]).best : null;
      const known = m && m.confidence >= ACCEPT ? m : null;
      return { ...base, role: 'score', field: known?.field ? known.field.name : null, indicator: known ? known.indicatorId : null, valueKind: 'score', confidence: 0.9, matched: hit };
    }
    const kind: ValueKind = rh.role === 'gap' ? (stats.counts.percent > 0 ? 'rate' : inferredKind(stats, fullHeader) === 'text' ? 'ratio' : inferredKind(stats, fullHeader)) : rh.valueKind;
    return { ...base, role: rh.role, field: null, indicator: null, valueKind: kind, confidence: 0.9, matched: hit };
  }
  if (REMARK_HEADERS.test(leaf) && inferredKind(stats, fullHeader) === 'text') {
    return { ...base, role: 'unknown', field: null, indicator: null, valueKind: 'text', confidence: 0.9, matched: leaf };
  }
  if (MEETS_HEADERS.some((re) => re.test(leaf))) {
    return { ...base, role: 'unknown', field: null, indicator: 'MEETS', valueKind: 'text', confidence: 0.9, matched: leaf };
  }
  if (ACTUAL_HEADERS.some((re) => re.test(leaf))) {
    return { ...base, role: 'indicator', field: null, indicator: null, valueKind: inferredKind(stats, fullHeader), confidence: 0.8, matched: leaf };
  }

  // a row-total column (`2018年合计`, `合计`): its parts are the count columns before it (verify checks them)
  if (ROW_TOTAL_HEADER.test(leaf) && matchCatalog(joined, 1)[0]?.confidence !== 1 && matchCatalog(joined, 1)[0]?.confidence !== 0.95) {
    return { ...base, role: 'field', field: null, indicator: null, valueKind: 'count', confidence: 0.7, matched: leaf };
  }

  if (period && measure.length === 0) {
    // `本期`, `上年同期`, `同比` alone: the measure is the row's (a table with measures as rows)
    return { ...base, role: 'field', field: null, indicator: null, valueKind: inferredKind(stats, fullHeader), confidence: 0.8, matched: header[header.length - 1] };
  }
  const candidates = [joined, measure.slice(-2).join(''), leaf, ...measure.slice(0, -1)];
  const { best, guesses, text } = bestMatch(Array.from(new Set(candidates)));
  const inferred = inferredKind(stats, fullHeader);
  // a near miss that reads money (`申请执行标的`) as a count of cases (申请执行数) is no match
  const moneyAsCount = best !== null && best.confidence < 0.9 && best.valueKind === 'count' && KIND_HEADER_WORDS.amount.test(fullHeader);
  if (best && best.confidence >= ACCEPT && !moneyAsCount) {
    let valueKind: ValueKind = targetValues ? 'target' : best.valueKind;
    // a 同比 column of a count is a percent change; of a rate, a change in points (kept as the rate's kind)
    if (period === '同比' || period === '环比') valueKind = best.valueKind === 'count' || best.valueKind === 'amount' ? 'rate' : points ? 'ratio' : best.valueKind;
    const role: ColumnRole = targetValues ? 'target' : best.field ? 'field' : 'indicator';
    const col: ColumnModel = {
      ...base,
      role,
      field: best.field ? best.field.name : null,
      indicator: best.indicatorId,
      valueKind,
      confidence: roundConf(best.confidence * (text === joined || text === leaf ? 1 : 0.95)),
      matched: best.matched,
    };
    if (best.confidence < 0.9 && guesses.length > 1) col.guesses = guesses.map(toGuess);
    return col;
  }
  return {
    ...base,
    role: 'unknown',
    field: null,
    indicator: null,
    valueKind: inferred,
    confidence: 0,
    matched: null,
    guesses: guesses.map(toGuess),
  };
}

/** 本期 beside 上年同期, or a 同比 column beside either: a year-over-year table */
function isYoy(dataCols: ColumnModel[]): boolean {
  const periods = new Set(dataCols.map((x) => x.period));
  const years = new Set([...periods].map((p) => (p ? /^(\d{4})年/.exec(p)?.[1] : undefined)).filter(Boolean));
  const now = periods.has('本期');
  const before = periods.has('上年同期') || periods.has('上年');
  return (now && before) || (periods.has('同比') && (now || before || years.size >= 2));
}

function layoutKind(ctx: Context, paths: string[][], columns: ColumnModel[], dataCols: ColumnModel[], body: number[], labelIsIndicator: boolean): LayoutKind {
  const { grid } = ctx;
  // case list: a 案号 header, or a column of case numbers
  if (paths.some((p) => p.some((h) => CASE_LIST_HEADERS.test(h)))) return 'case-list';
  for (const col of columns) {
    let hits = 0;
    let n = 0;
    for (const r of body.slice(0, 50)) {
      const v = grid.values[r][col.c];
      if (typeof v !== 'string') continue;
      n++;
      if (CASE_NUMBER.test(cleanText(v))) hits++;
    }
    if (n >= 2 && hits / n >= 0.5) return 'case-list';
  }
  const targetCols = dataCols.filter((x) => x.valueKind === 'target' && x.role === 'target');
  const hasLevelHeaders = dataCols.some((x) => LEVEL_HEADERS.some(([re]) => re.test(x.header[x.header.length - 1] ?? '')));
  if (labelIsIndicator) {
    if (isYoy(dataCols) && targetCols.length === 0) return 'yoy';
    const namedTargetCol = targetCols.some((x) => /目标|标准/.test(x.header.join('')));
    if (hasLevelHeaders && targetCols.length + dataCols.filter((x) => x.role === 'unknown').length >= 1 && !namedTargetCol) return 'target-matrix';
    return 'indicator-list';
  }
  if (dataCols.length && targetCols.length / dataCols.length >= 0.5) return 'target-matrix';
  if (dataCols.some((x) => x.role === 'score' && x.header.some((h) => SCORE_POINTS.test(h) || /^\d+(\.\d+)?分$/.test(h))) || (dataCols.some((x) => x.role === 'score') && dataCols.some((x) => x.role === 'rank'))) return 'score';
  if (isYoy(dataCols)) return 'yoy';
  // a control target is a count with no indicator of its own (2019目标, 上限); an indicator's target beside a
  // unit matrix (执行案件结案率目标 ≧80%, as fill writes it) assesses that indicator and leaves the table a unit matrix
  if (dataCols.some((x) => x.role === 'target' && !x.indicator && (x.valueKind === 'count' || x.valueKind === 'target')) && dataCols.some((x) => x.role === 'field' && x.valueKind === 'count')) return 'control-target';
  return 'unit-matrix';
}

function tableMeta(ctx: Context, block: Block, left: number, right: number): TableMeta {
  const { grid, o } = ctx;
  const meta: TableMeta = { title: null, unit: null, period: null, notes: [] };
  const lineTexts = (r: number): string[] => {
    const out: string[] = [];
    for (let c = block.range.left; c <= block.range.right; c++) {
      const [mr, mc] = o.masterOf(r, c);
      if (mr !== r || mc !== c) continue;
      const t = cleanText(grid.values[r][c]);
      if (t) out.push(t);
    }
    return out;
  };
  for (const r of block.lineRows) {
    for (const t of lineTexts(r)) {
      const unit = UNIT_LINE.exec(lineText(t));
      const period = PERIOD_LINE.exec(lineText(t));
      if (unit) meta.unit = unit[2];
      else if (period) meta.period = period[period.length - 1];
      else if (ATTACHMENT_LINE.test(t) || FILLER_LINES.test(t)) continue;
      else if (!meta.title || t.length > meta.title.length) meta.title = t;
    }
  }
  if (!meta.period && meta.title) meta.period = PERIOD_IN_TEXT.exec(meta.title)?.[1] ?? null;
  for (const r of block.noteRows) {
    const texts: string[] = [];
    for (let c = left; c <= Math.max(right, block.range.right); c++) {
      const v = grid.values[r]?.[c];
      if (v !== null && v !== undefined && String(v).trim()) texts.push(String(v).trim());
    }
    if (texts.length) meta.notes.push(texts.join(' '));
  }
  return meta;
}

/** Every table of a grid, top to bottom, left to right. */
export function recognizeGrid(grid: Grid): RecognizedTable[] {
  const classes = new CellClasses(grid);
  const { blocks, occupancy } = findBlocks(grid, classes);
  const ctx: Context = { grid, classes, o: occupancy };
  const out: RecognizedTable[] = [];
  for (const block of blocks) {
    const t = recognizeBlock(ctx, block);
    if (t) out.push(t);
  }
  return out;
}
