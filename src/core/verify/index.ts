/**
 * Verification: recompute what a published table can be recomputed from itself, and say where it disagrees
 * and why. Works on the recognition output (so a mapping the user corrected is verified as corrected) and the
 * grid's values and number formats. Pure.
 *
 * Checked, per table:
 * - indicator columns whose inputs are columns of the same table (结案率 from 已结 / 旧存 / 新收 …), row by
 *   row, with the catalogue's own compute;
 * - total and subtotal rows against the sums of their units, column by column (`total-mismatch`);
 * - sums between columns: 受理 = 旧存 + 新收, 未结 = 旧存 + 新收 − 结案 (./vocabulary COLUMN_SUMS), a `合计` column against the count
 *   columns before it, 总分 against the score items, 排名 against 总分 — each only where the relation holds on
 *   most rows (otherwise the columns are not what the relation assumes, and nothing is reported);
 * - 同比 columns against 本期 and 上年同期: percentage points for rates, percent for counts.
 * A difference is `rounding` when the published value is the recomputed one at the precision it is shown with
 * (not an error: reported only with `all`), `truncation` when it is the recomputed one cut instead of rounded,
 * otherwise `mismatch` (or `total-mismatch` for a sum).
 */
import { findIndicator } from '../catalog';
import type { IndicatorDef, InputDef } from '../catalog/types';
import { address, columnIndex, isErrorValue, type CellValue, type Grid } from '../base/grid';
import { classify, shownDecimals, isPercentFormat, cleanText } from '../recognize/cells';
import type { RecognizedColumn, RecognizedRow, RecognizedTable } from '../recognize/types';
import { COLUMN_SUMS, HEADER_SUMS, isSummable, MEETS_NO, MEETS_YES, PERIOD_PATTERNS, SCORE_POINTS, totalScope } from '../recognize/vocabulary';
import { parseCellValue } from '../base/values';
import { gapToTarget, meetsTarget, parseTarget } from '../targets';
import type { Direction } from '../catalog/types';
import { compareAtPrecision, roundAt, shown, tidy } from './precision';

export type FindingKind = 'rounding' | 'truncation' | 'mismatch' | 'total-mismatch';

export interface VerifyFinding {
  sheet: string;
  /** the published cell: "H6" */
  cell: string;
  kind: FindingKind;
  published: number | null;
  /** the recomputed value (unrounded) */
  expected: number | null;
  /** what differs and why, in Chinese */
  message: string;
}

/** The `zhixiao verify --json` shape. */
export interface VerifyReport {
  /** how many published values were recomputed and compared */
  checked: number;
  findings: VerifyFinding[];
}

export interface VerifyOptions {
  /** also report display-rounding differences (not errors) */
  all?: boolean;
}

const ROW_TOTAL_LEAF = /(合计|总计|小计|总数|总量)$/;

const SCORE_TOTAL = /总分|合计得分|得分合计|综合得分/;
/** a relation between columns is taken as meant when it holds on at least this share of rows */
const RELATION_HOLDS = 0.5;

interface Published {
  value: number;
  decimals: number | null;
  /** the cell was shown as a percent (format or text) */
  percent: boolean;
  permilleText: boolean;
  /** typed as `2.38个百分点`: a change in percentage points */
  pointsText?: boolean;
}

const CHANGE_ARROW = /^([↑↓▲▼△▽])(.+)$/;
const DOWN_ARROWS = /[↓▼▽]/;
const POINTS_TEXT = /^([+-]?\d+(?:\.\d+)?)个?百分点$/;

class TableView {
  readonly rowIndex = new Map<number, number>();
  readonly colIndex = new Map<string, number>();
  constructor(readonly grid: Grid, readonly table: RecognizedTable) {
    for (const row of table.rows) this.rowIndex.set(row.row, row.row - 1 - grid.origin.row);
    for (const col of table.columns) this.colIndex.set(col.column, columnIndex(col.column) - grid.origin.col);
  }

  raw(row: RecognizedRow, col: RecognizedColumn): CellValue {
    const r = this.rowIndex.get(row.row)!;
    const c = this.colIndex.get(col.column)!;
    return this.grid.values[r]?.[c] ?? null;
  }

  format(row: RecognizedRow, col: RecognizedColumn): string | null {
    const r = this.rowIndex.get(row.row)!;
    const c = this.colIndex.get(col.column)!;
    return this.grid.numberFormats?.[r]?.[c] ?? null;
  }

  /** the published number of a cell, or null (blank, text, dash, error) */
  published(row: RecognizedRow, col: RecognizedColumn): Published | null {
    const v = this.raw(row, col);
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return null;
      const fmt = this.format(row, col);
      return { value: v, decimals: shownDecimals(v, fmt), percent: isPercentFormat(fmt), permilleText: false };
    }
    // a change written with an arrow: ↑2.1% is +2.1%, ↓1.5个百分点 is −1.5 points
    const arrow = typeof v === 'string' ? CHANGE_ARROW.exec(cleanText(v)) : null;
    const text = arrow ? `${DOWN_ARROWS.test(arrow[1]) ? '-' : ''}${arrow[2]}` : v;
    const points = typeof text === 'string' ? POINTS_TEXT.exec(cleanText(text)) : null;
    if (points) return { value: Number(points[1]), decimals: shownDecimals(points[1], null), percent: false, permilleText: false, pointsText: true };
    const p = parseCellValue(text);
    if (p.kind !== 'number') return null;
    const fmt = this.format(row, col);
    return {
      value: p.value,
      decimals: shownDecimals(text, fmt),
      percent: p.unit === '%' || (typeof v === 'number' && isPercentFormat(fmt)),
      permilleText: p.unit === '‰',
    };
  }

  /** a number for arithmetic: blank or a dash (not reported) is missing (null), other text is invalid (undefined) */
  number(row: RecognizedRow, col: RecognizedColumn): number | null | undefined {
    const v = this.raw(row, col);
    if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
    const p = parseCellValue(v);
    if (p.kind === 'number') return p.value;
    if (p.kind === 'missing' || classify(v, null) === 'dash') return null;
    return undefined;
  }

  cell(row: RecognizedRow, col: RecognizedColumn): string {
    return address(row.row - 1, columnIndex(col.column));
  }
}

function headerText(col: RecognizedColumn): string {
  return col.header.join('›') || col.column;
}

function rowName(row: RecognizedRow): string {
  return row.label || `第${row.row}行`;
}

function leafOf(col: RecognizedColumn): string {
  return col.header[col.header.length - 1] ?? '';
}

/** the group labels above a column with period words taken out: `2023年 › 收案` and `同比 › 收案` share a measure */
function measureGroup(col: RecognizedColumn): string {
  return col.header
    .slice(0, -1)
    .map((h) => PERIOD_PATTERNS.reduce((t, [re]) => t.replace(re, ''), h).replace(/^[()（）]+|[()（）]+$/g, ''))
    .filter(Boolean)
    .join('›');
}

function group(col: RecognizedColumn): string {
  return col.header.slice(0, -1).join('›');
}

class Collector {
  checked = 0;
  readonly findings: VerifyFinding[] = [];
  /** cells already found wrong (not rounding): a relation through them would only repeat the finding */
  readonly wrong = new Set<string>();
  constructor(private readonly all: boolean) {}
  add(f: VerifyFinding): void {
    if (f.kind !== 'rounding') this.wrong.add(`${f.sheet}!${f.cell}`);
    if (f.kind === 'rounding' && !this.all) return;
    this.findings.push(f);
  }
}

const CAUSE: Record<'rounding' | 'truncation' | 'mismatch', string> = {
  rounding: '四舍五入显示差异（不是错误）',
  truncation: '截断而非四舍五入',
  mismatch: '数值不符，请核对',
};

// ---------------------------------------------------------------------------------------------------------
// Indicator columns recomputed from their inputs

/**
 * Where each input comes from: a column, or nothing (0) when a column sum stands in for its parts — a table
 * with 受理 instead of 旧存 and 新收 gives 结案率 = 结案 ÷ 受理.
 */
type InputSource = RecognizedColumn | null;

interface ChosenInputs {
  inputs: InputDef[];
  columns: InputSource[];
  variant: string | null;
}

/** the 口径 whose inputs are all columns of the table: the default one, else a variant (本院, 平台 …) */
function chooseInputs(table: RecognizedTable, def: IndicatorDef, col: RecognizedColumn): ChosenInputs | null {
  const tries: { inputs: InputDef[]; variant: string | null }[] = [{ inputs: def.inputs, variant: null }];
  for (const v of def.variants ?? []) if (v.inputs) tries.push({ inputs: v.inputs, variant: v.id });
  for (const t of tries) {
    const cols = inputColumns(table, t.inputs, col);
    if (cols) return { ...t, columns: cols };
  }
  for (const t of tries) {
    const cols = inputsBySum(table, def, t.inputs, t.variant, col);
    if (cols) return { ...t, columns: cols };
  }
  return null;
}

function inputColumn(table: RecognizedTable, field: string, col: RecognizedColumn): RecognizedColumn | undefined {
  const candidates = table.columns.filter((x) => x.field === field && x.valueKind !== 'target' && x.period !== '同比' && x.role !== 'target');
  return candidates.find((x) => x.period === col.period && group(x) === group(col)) ?? candidates.find((x) => x.period === col.period) ?? (col.period === null ? candidates[0] : undefined);
}

function inputColumns(table: RecognizedTable, inputs: InputDef[], col: RecognizedColumn): RecognizedColumn[] | null {
  const out: RecognizedColumn[] = [];
  for (const inp of inputs) {
    const same = inputColumn(table, inp.field, col);
    if (!same) return null;
    out.push(same);
  }
  return out;
}

/** inputs with a sum column (受理) in place of its missing parts (旧存, 新收), when the indicator uses only their sum */
function inputsBySum(table: RecognizedTable, def: IndicatorDef, inputs: InputDef[], variant: string | null, col: RecognizedColumn): InputSource[] | null {
  for (const rel of COLUMN_SUMS) {
    if (rel.minus) continue;
    const at = rel.parts.map((f) => inputs.findIndex((inp) => inp.field === f));
    if (at.some((i) => i < 0)) continue;
    const total = inputColumn(table, rel.total, col);
    if (!total || !dependsOnSumOnly(def, inputs.length, at, variant)) continue;
    const out: InputSource[] = [];
    for (let i = 0; i < inputs.length; i++) {
      if (i === at[0]) out.push(total);
      else if (at.includes(i)) out.push(null);
      else {
        const c = inputColumn(table, inputs[i].field, col);
        if (!c) return null;
        out.push(c);
      }
    }
    return out;
  }
  return null;
}

/** the indicator gives the same value however a sum is split among the inputs at `at` (probed, not assumed) */
function dependsOnSumOnly(def: IndicatorDef, n: number, at: number[], variant: string | null): boolean {
  const probe = (split: number[]) => {
    const xs = Array.from({ length: n }, (_, i) => 3 + i);
    at.forEach((i, k) => (xs[i] = split[k]));
    const v = def.compute(xs, variant);
    return typeof v === 'number' && Number.isFinite(v) ? v : NaN;
  };
  const whole = probe(at.map((_, k) => (k === 0 ? 60 : 0)));
  return Number.isFinite(whole) && [at.map((_, k) => (k === 0 ? 17 : 43 / (at.length - 1))), at.map((_, k) => (k === 0 ? 0 : 60 / (at.length - 1)))].every((split) => Math.abs(probe(split) - whole) < 1e-9);
}

function checkIndicators(view: TableView, out: Collector): void {
  const { table } = view;
  for (const col of table.columns) {
    if (col.role !== 'indicator' || !col.indicator || col.valueKind === 'target' || col.period === '同比' || col.period === '环比') continue;
    const def = findIndicator(col.indicator);
    if (!def || def.inputs.length === 0) continue;
    const chosen = chooseInputs(table, def, col);
    if (!chosen) continue;
    const inputs = chosen.columns;
    for (const row of table.rows) {
      if (row.role === 'benchmark') continue;
      const pub = view.published(row, col);
      if (!pub) continue;
      const xs: number[] = [];
      let complete = true;
      chosen.inputs.forEach((inp, i) => {
        const source = inputs[i];
        if (source === null) return void xs.push(0);
        const n = view.number(row, source);
        if (typeof n === 'number') xs.push(n);
        else if (n === null && inp.blankAsZero) xs.push(0);
        else complete = false;
      });
      if (!complete) continue;
      const result = def.compute(xs, chosen.variant);
      if (isErrorValue(result) || !Number.isFinite(result)) continue;
      out.checked++;
      let published = pub.value;
      let decimals = pub.decimals;
      const kind: 'rate' | 'permille' | 'plain' = def.unit === 'rate' ? 'rate' : def.unit === 'permille' ? 'permille' : 'plain';
      if (def.unit === 'permille' && (pub.percent || pub.permilleText)) {
        published = pub.value * 1000;
        decimals = decimals === null ? null : Math.max(0, decimals - 3);
      } else if (def.unit === 'rate' && !pub.percent && Math.abs(published) > 1.5 && Math.abs(result) <= 1.5) {
        // a rate typed as a percent number (92.13 under 结案率(%))
        published = pub.value / 100;
        decimals = decimals === null ? null : decimals + 2;
      }
      const cause = compareAtPrecision(published, result, decimals);
      if (!cause) continue;
      // the expected value in the scale the cell is written in (92.13 for a percent number, 0.0015 for 1.5‰ text)
      const scale = published === pub.value ? 1 : pub.value / published;
      const inputText = chosen.inputs.flatMap((inp, i) => (inputs[i] === null ? [] : [`${inputs[i]!.field !== inp.field ? inputs[i]!.field : inp.name} ${xs[i]}`])).join('，');
      const extra = cause === 'truncation' && decimals !== null ? `，四舍五入应为 ${shown(roundAt(result, decimals), kind, decimals)}` : '';
      out.add({
        sheet: table.sheet,
        cell: view.cell(row, col),
        kind: cause,
        published: tidy(pub.value),
        expected: tidy(result * scale),
        message: `${rowName(row)}「${headerText(col)}」公布 ${shown(published, kind, decimals)}，按 ${chosen.variant ? `${chosen.variant}口径 ${def.variants?.find((v) => v.id === chosen.variant)?.description ?? def.formula}` : def.formula}（${inputText}）重算为 ${shown(result, kind, decimals === null ? null : decimals + 2)}：${CAUSE[cause]}${extra}`,
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Sums

/** a column whose total row is the sum of its units: counts, amounts, and sums of days (审理天数合计) */
function summable(col: RecognizedColumn): boolean {
  if (col.role === 'serial' || col.role === 'unit' || col.role === 'rank' || col.role === 'score') return false;
  return isSummable(col.valueKind, col.field ?? col.header.join(''));
}

/** the sum of a column over rows; null when a part is not a number (text), blanks count as 0 */
function sumOver(view: TableView, rows: RecognizedRow[], col: RecognizedColumn): number | null {
  let sum = 0;
  let any = false;
  for (const row of rows) {
    const n = view.number(row, col);
    if (n === undefined) return null;
    if (n !== null) {
      sum += n;
      any = true;
    }
  }
  return any ? sum : null;
}

function compareSum(view: TableView, out: Collector, row: RecognizedRow, col: RecognizedColumn, expected: number, what: string): void {
  const pub = view.published(row, col);
  if (!pub) return;
  out.checked++;
  const cause = compareAtPrecision(pub.value, expected, Number.isInteger(pub.value) && Number.isInteger(expected) ? null : pub.decimals);
  if (!cause) return;
  const kind = cause === 'mismatch' ? 'total-mismatch' : cause;
  const diff = tidy(pub.value - expected);
  out.add({
    sheet: view.table.sheet,
    cell: view.cell(row, col),
    kind,
    published: tidy(pub.value),
    expected: tidy(expected),
    message: `${rowName(row)}「${headerText(col)}」公布 ${shown(pub.value, 'plain', pub.decimals)}，${what}为 ${shown(tidy(expected), 'plain', pub.decimals)}（相差 ${diff > 0 ? '+' : ''}${shown(diff, 'plain', pub.decimals)}）${kind === 'total-mismatch' ? '' : '：' + CAUSE[cause]}`,
  });
}

function checkTotalRows(view: TableView, out: Collector): void {
  const { table } = view;
  const units = table.rows.filter((r) => r.role === 'unit');
  if (!units.length) return;
  const cols = table.columns.filter(summable);
  table.rows.forEach((row, i) => {
    if (row.role !== 'total' && row.role !== 'subtotal') return;
    let parts = units;
    const scope = row.role === 'total' ? totalScope(row.label, row.level) : null;
    if (scope) {
      const scoped = units.filter((u) => (scope.keep ? u.level === scope.keep : u.level !== scope.drop));
      if (scoped.length) parts = scoped;
    }
    if (row.role === 'subtotal') {
      const section: RecognizedRow[] = [];
      for (let j = i - 1; j >= 0 && (table.rows[j].role === 'unit' || table.rows[j].role === 'breakdown'); j--) if (table.rows[j].role === 'unit') section.unshift(table.rows[j]);
      const sameLevel = row.level ? units.filter((u) => u.level === row.level) : [];
      const agrees = (rows: RecognizedRow[]) => rows.length > 0 && cols.every((c) => {
        const s = sumOver(view, rows, c);
        const p = view.number(row, c);
        return s === null || typeof p !== 'number' || Math.abs(s - p) < 1e-6;
      });
      // or the units right under it (a group heading with figures over its members)
      const run: RecognizedRow[] = [];
      for (let j = i + 1; j < table.rows.length && (table.rows[j].role === 'unit' || table.rows[j].role === 'breakdown'); j++) if (table.rows[j].role === 'unit') run.push(table.rows[j]);
      const below = run.map((_, k) => run.slice(0, k + 1)).find((p) => p.length >= 2 && agrees(p)) ?? [];
      parts = agrees(section) ? section : agrees(sameLevel) ? sameLevel : below.length ? below : sameLevel.length ? sameLevel : section;
      if (!parts.length) return;
    }
    for (const col of cols) {
      const s = sumOver(view, parts, col);
      if (s === null) continue;
      compareSum(view, out, row, col, s, row.role === 'subtotal' || parts !== units ? '所属单位之和' : '各单位之和');
    }
  });
}

/**
 * A breakdown row (`其中：民事`) is a part of its row: in a column of counts it is not larger than that row.
 * Only a clear excess is reported: more than the rounding step the parent's figure is shown at.
 */
function checkBreakdowns(view: TableView, out: Collector): void {
  const { table } = view;
  const cols = table.columns.filter(summable);
  for (const row of table.rows) {
    if (row.role !== 'breakdown' || row.partOf === undefined) continue;
    const parent = table.rows.find((r) => r.row === row.partOf);
    if (!parent) continue;
    for (const col of cols) {
      const part = view.published(row, col);
      const whole = view.published(parent, col);
      if (!part || !whole || part.percent || whole.percent) continue;
      out.checked++;
      const step = whole.decimals === null ? 1e-6 : 10 ** -whole.decimals;
      if (part.value <= whole.value + step) continue;
      out.add({
        sheet: table.sheet,
        cell: view.cell(row, col),
        kind: 'mismatch',
        published: tidy(part.value),
        expected: tidy(whole.value),
        message: `${rowName(row)}「${headerText(col)}」公布 ${shown(part.value, 'plain', part.decimals)}，大于其所属的「${rowName(parent)}」的 ${shown(whole.value, 'plain', whole.decimals)}：其中数不应大于总数`,
      });
    }
  }
}

/** `total = a + b + … − m − …` on every row where it can be checked, if it holds on most rows */
function checkRelation(view: TableView, out: Collector, total: RecognizedColumn, parts: RecognizedColumn[], what: string, always = false, minus: RecognizedColumn[] = []): void {
  const rows = view.table.rows.filter((r) => r.role !== 'benchmark');
  const cases: { row: RecognizedRow; expected: number }[] = [];
  let holds = 0;
  const { sheet } = view.table;
  for (const row of rows) {
    const p = view.number(row, total);
    if (typeof p !== 'number') continue;
    // one wrong figure, one finding: a 合计 row's 已结 off by 10 also unbalances its 未结
    if ([total, ...parts, ...minus].some((c) => out.wrong.has(`${sheet}!${view.cell(row, c)}`))) continue;
    let sum = 0;
    let ok = true;
    for (const part of parts) {
      const n = view.number(row, part);
      if (n === undefined || n === null) ok = false;
      else sum += n;
    }
    for (const part of minus) {
      const n = view.number(row, part);
      if (n === undefined || n === null) ok = false;
      else sum -= n;
    }
    if (!ok) continue;
    cases.push({ row, expected: sum });
    if (same(p, sum)) holds++;
  }
  if (!cases.length || (!always && holds / cases.length < RELATION_HOLDS)) return;
  // a 合计 row that adds up its units breaks the relation only through the units that break it: one finding
  const unitBroken = cases.some((c) => c.row.role === 'unit' && !same(view.number(c.row, total) as number, c.expected));
  for (const c of cases) {
    if (unitBroken && c.row.role !== 'unit') {
      out.checked++;
      continue;
    }
    compareSum(view, out, c.row, total, c.expected, what);
  }
}

const same = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(a));

function checkColumnSums(view: TableView, out: Collector): void {
  const { table } = view;
  // 受理 = 旧存 + 新收, 未结 = 旧存 + 新收 − 结案
  for (const rel of COLUMN_SUMS) {
    for (const total of table.columns.filter((c) => c.field === rel.total && summable(c))) {
      const find = (f: string) => table.columns.find((c) => c.field === f && c.period === total.period && group(c) === group(total) && summable(c));
      const parts = rel.parts.map(find);
      const minus = (rel.minus ?? []).map(find);
      if (parts.some((p) => !p) || minus.some((p) => !p)) continue;
      const what = rel.parts.join(' + ') + (rel.minus ?? []).map((f) => ` − ${f}`).join('');
      checkRelation(view, out, total, parts as RecognizedColumn[], what, rel.byDefinition, minus as RecognizedColumn[]);
    }
  }
  // sums named by header words (上限 = 合计 + 目标)
  const bare = (c: RecognizedColumn) => leafOf(c).replace(/^(19|20)\d{2}年?(度)?/, '');
  table.columns.forEach((col, i) => {
    for (const rel of HEADER_SUMS) {
      if (!rel.total.test(bare(col))) continue;
      const before = table.columns.slice(0, i).reverse();
      const parts = rel.parts.map((re) => before.find((c) => re.test(bare(c)) && summable(c)));
      if (parts.some((p) => !p)) continue;
      checkRelation(view, out, col, parts as RecognizedColumn[], (parts as RecognizedColumn[]).map(headerText).join(' + '));
    }
  });
  // a 合计 column: the count columns right before it
  table.columns.forEach((col, i) => {
    const leaf = leafOf(col).replace(/^(19|20)\d{2}年?/, '');
    if (!ROW_TOTAL_LEAF.test(leaf) || !summable(col)) return;
    const parts: RecognizedColumn[] = [];
    for (let j = i - 1; j >= 0; j--) {
      const c = table.columns[j];
      if (!summable(c) || c.role === 'target' || ROW_TOTAL_LEAF.test(leafOf(c))) break;
      parts.unshift(c);
    }
    if (parts.length >= 2) checkRelation(view, out, col, parts, parts.map(headerText).join(' + '));
  });
  // 总分 = the score items
  const items = table.columns.filter((c) => c.role === 'score' && SCORE_POINTS.test(cleanText(c.header[c.header.length - 1] ?? '')));
  const scoreTotal = table.columns.find((c) => c.role === 'score' && c.header.some((h) => SCORE_TOTAL.test(h)));
  if (scoreTotal && items.length >= 2) checkRelation(view, out, scoreTotal, items, '各项得分之和');
  // 排名 against what it ranks: 总分, or the indicator just before it (its direction says which way)
  table.columns.forEach((rank, i) => {
    if (rank.role !== 'rank') return;
    const before = table.columns.slice(0, i).reverse().find((c) => c.role === 'indicator' || c.role === 'score' || c.role === 'field');
    const basis = scoreTotal && (!before || before.role === 'score') ? scoreTotal : before;
    if (!basis) return;
    const def = basis.indicator ? findIndicator(basis.indicator) : null;
    checkRanks(view, out, rank, basis, def?.direction === 'down' ? 'asc' : 'desc');
  });
}

function checkRanks(view: TableView, out: Collector, rank: RecognizedColumn, score: RecognizedColumn, order: 'asc' | 'desc'): void {
  const rows = view.table.rows.filter((r) => r.role === 'unit');
  const scores = rows.map((r) => view.number(r, score));
  if (scores.some((s) => typeof s !== 'number')) return;
  const better = (a: number, b: number) => (order === 'desc' ? a > b + 1e-9 : a < b - 1e-9);
  const expected = scores.map((s) => 1 + scores.filter((o) => better(o as number, s as number)).length);
  const published = rows.map((r) => view.number(r, rank));
  const holds = published.filter((p, i) => p === expected[i]).length;
  if (holds / rows.length < RELATION_HOLDS) return;
  rows.forEach((row, i) => {
    const p = published[i];
    if (typeof p !== 'number') return;
    out.checked++;
    if (p === expected[i]) return;
    const way = order === 'desc' ? '从高到低' : '从低到高';
    out.add({ sheet: view.table.sheet, cell: view.cell(row, rank), kind: 'mismatch', published: p, expected: expected[i], message: `${rowName(row)}「${headerText(rank)}」公布第 ${p} 名，按「${headerText(score)}」${way}应为第 ${expected[i]} 名` });
  });
}

// ---------------------------------------------------------------------------------------------------------
// 同比

function checkYoy(view: TableView, out: Collector): void {
  const { table } = view;
  for (const col of table.columns) {
    if (col.period !== '同比') continue;
    // the measure is the columns' (收案数 › 本期 …) or, when the columns are only periods, each row's
    const rowMeasures = col.field === null && col.indicator === null;
    const sameMeasure = (c: RecognizedColumn) => c !== col && c.field === col.field && c.indicator === col.indicator && measureGroup(c) === measureGroup(col) && (c.field !== null || c.indicator !== null || group(c) !== '' || rowMeasures);
    let cur = table.columns.find((c) => sameMeasure(c) && c.period === '本期');
    let prev = table.columns.find((c) => sameMeasure(c) && (c.period === '上年同期' || c.period === '上年'));
    if (!cur || !prev) {
      // periods written as years (`2023年1-11月` beside `2022年1-11月`): the later year is this period
      const byYear = table.columns.filter((c) => sameMeasure(c) && c.period && /^\d{4}年/.test(c.period)).sort((a, b) => (a.period! < b.period! ? 1 : -1));
      if (byYear.length >= 2 && Number(byYear[0].period!.slice(0, 4)) === Number(byYear[1].period!.slice(0, 4)) + 1) [cur, prev] = byYear;
    }
    if (!cur || !prev) continue;
    const pointsHeader = col.header.some((h) => /百分点/.test(h));
    for (const row of table.rows) {
      const pub = view.published(row, col);
      const a = view.number(row, cur);
      const b = view.number(row, prev);
      if (!pub || typeof a !== 'number' || typeof b !== 'number') continue;
      const points = rowMeasures ? rowIsRate(view, row, cur) : cur.valueKind === 'rate' || cur.valueKind === 'permille';
      if (!points && b === 0) continue;
      const change = points ? a - b : (a - b) / b;
      // the published change as a fraction (% format or text) or as a number of percent / points
      let scale = 1;
      if (!pub.percent) scale = pointsHeader || pub.pointsText ? 100 : Math.abs(pub.value - change * 100) < Math.abs(pub.value - change) ? 100 : 1;
      const expected = change * scale;
      out.checked++;
      const cause = compareAtPrecision(pub.value, expected, pub.decimals);
      if (!cause) continue;
      const kind = points ? (scale === 100 ? 'points' : 'rate') : 'rate';
      const showPub = kind === 'rate' && scale === 100 ? `${pub.value}%` : shown(pub.value, kind, pub.decimals);
      const showExp = kind === 'rate' && scale === 100 ? `${tidy(expected)}%` : shown(expected, kind, pub.decimals === null ? null : pub.decimals + 2);
      const how = points ? '本期 − 上年同期（百分点）' : '（本期 − 上年同期）÷ 上年同期';
      out.add({
        sheet: table.sheet,
        cell: view.cell(row, col),
        kind: cause,
        published: tidy(pub.value),
        expected: tidy(expected),
        message: `${rowName(row)}「${headerText(col)}」公布 ${showPub}，按 ${how}（${a} 与 ${b}）应为 ${showExp}：${CAUSE[cause]}`,
      });
    }
  }
}

/** a row's measure is a rate when the catalogue says so, or when its value is shown as a percent */
function rowIsRate(view: TableView, row: RecognizedRow, cur: RecognizedColumn): boolean {
  const def = row.indicator ? findIndicator(row.indicator) : null;
  if (def) return def.unit === 'rate' || def.unit === 'permille';
  if (row.field) return false;
  return view.published(row, cur)?.percent ?? false;
}

// ---------------------------------------------------------------------------------------------------------
// 差距 and 是否达标 against 目标值 and 实际值

/** a published 是否达标: yes, no, or null for anything else (blank, 不考核) */
function meetsText(v: CellValue): boolean | null {
  const t = cleanText(v);
  if (MEETS_YES.test(t)) return true;
  if (MEETS_NO.test(t)) return false;
  return null;
}

/**
 * In a table with one 目标 column beside the actual values (an indicator list: 目标值 | 实际值 | 差距 | 是否达标,
 * or a matrix: 结案率 | 目标 | 差距), recompute 差距 and 是否达标 with each row's target. 差距 is written as
 * "better than the target" (positive = better) or as 实际 − 目标: the convention that holds on most rows is
 * the table's, and nothing is reported when neither does.
 */
function checkTargets(view: TableView, out: Collector): void {
  const { table } = view;
  const targetCols = table.columns.filter((c) => c.role === 'target' && c.valueKind === 'target');
  if (targetCols.length !== 1) return;
  const [targetCol] = targetCols;
  // the actual values: the same indicator as the target's, else 实际值, else the indicator just left of 目标 (结案率 | 目标 | 差距)
  const candidates = table.columns.filter((c) => c.role === 'indicator' && c.period === null);
  const at = table.columns.indexOf(targetCol);
  const actual = targetCol.indicator
    ? candidates.find((c) => c.indicator === targetCol.indicator)
    : candidates.find((c) => c.indicator === null) ?? [...candidates].reverse().find((c) => table.columns.indexOf(c) < at);
  if (!actual) return;
  const gapCol = table.columns.find((c) => c.role === 'gap') ?? null;
  const meetsCol = table.columns.find((c) => c.indicator === 'MEETS' && c.role === 'unknown') ?? null;
  if (!gapCol && !meetsCol) return;
  interface Case { row: RecognizedRow; a: number; unit: '%' | '‰' | '' | null; target: ReturnType<typeof parseTarget> & object; direction: Direction | undefined }
  const cases: Case[] = [];
  for (const row of table.rows) {
    if (row.role === 'benchmark') continue;
    const raw = view.raw(row, targetCol);
    const target = typeof raw === 'string' || typeof raw === 'number' ? parseTarget(raw) : null;
    const pub = view.published(row, actual);
    if (!target || target.notAssessed || target.value === null || !pub) continue;
    let a = pub.value;
    // a rate typed as a percent number (95.12) against a % target
    if (target.unit === '%' && !pub.percent && Math.abs(a) > 1.5 && target.value <= 1.5) a /= 100;
    const named = row.indicator ?? targetCol.indicator ?? actual.indicator;
    const def = named ? findIndicator(named) : null;
    const direction = def?.direction === 'up' || def?.direction === 'down' ? def.direction : undefined;
    cases.push({ row, a, unit: target.unit as Case['unit'], target, direction });
  }
  if (gapCol) {
    const better = (c: Case) => gapToTarget(c.a, c.target, c.direction);
    const plain = (c: Case) => c.a - (c.target.value as number);
    const rows = cases.map((c) => ({ c, pub: view.published(c.row, gapCol) })).filter((x) => x.pub !== null);
    const scaled = (x: (typeof rows)[number], g: number | null) => {
      if (g === null) return null;
      // 差距 of a rate in points (−1.88) or as a fraction (−0.0188 / −1.88%)
      return x.c.target.unit === '%' && !x.pub!.percent && Math.abs(x.pub!.value - g * 100) < Math.abs(x.pub!.value - g) ? g * 100 : g;
    };
    const holds = (f: (c: Case) => number | null) => rows.filter((x) => { const g = scaled(x, f(x.c)); return g !== null && compareAtPrecision(x.pub!.value, g, x.pub!.decimals) !== 'mismatch'; }).length;
    const hBetter = holds(better);
    const hPlain = holds(plain);
    const chosen = hBetter >= hPlain ? better : plain;
    if (rows.length && Math.max(hBetter, hPlain) / rows.length >= RELATION_HOLDS) {
      const how = chosen === better ? '按目标方向（高于目标为正）' : '实际值 − 目标值';
      for (const x of rows) {
        const g = scaled(x, chosen(x.c));
        if (g === null) continue;
        out.checked++;
        const cause = compareAtPrecision(x.pub!.value, g, x.pub!.decimals);
        if (!cause) continue;
        out.add({ sheet: table.sheet, cell: view.cell(x.c.row, gapCol), kind: cause, published: tidy(x.pub!.value), expected: tidy(g), message: `${rowName(x.c.row)}「${headerText(gapCol)}」公布 ${x.pub!.value}，${how}（实际 ${x.c.a}，目标 ${x.c.target.text}）应为 ${tidy(g)}：${CAUSE[cause]}` });
      }
    }
  }
  if (meetsCol) {
    for (const c of cases) {
      const published = meetsText(view.raw(c.row, meetsCol));
      const expected = meetsTarget(c.a, c.target, c.direction);
      if (published === null || expected === null) continue;
      out.checked++;
      if (published === expected) continue;
      const say = (b: boolean) => (b ? '达标' : '未达标');
      out.add({ sheet: table.sheet, cell: view.cell(c.row, meetsCol), kind: 'mismatch', published: published ? 1 : 0, expected: expected ? 1 : 0, message: `${rowName(c.row)}「${headerText(meetsCol)}」公布${say(published)}，实际 ${c.a} 对目标 ${c.target.text} 应为${say(expected)}` });
    }
  }
}

/** Verify the recognised tables of one grid. */
export function verifyTables(grid: Grid, tables: RecognizedTable[], options: VerifyOptions = {}): VerifyReport {
  const out = new Collector(options.all === true);
  for (const table of tables) {
    if (table.sheet !== grid.sheet || table.kind === 'case-list' || table.kind === 'target-matrix') continue;
    const view = new TableView(grid, table);
    checkIndicators(view, out);
    checkTotalRows(view, out);
    checkBreakdowns(view, out);
    checkColumnSums(view, out);
    checkYoy(view, out);
    checkTargets(view, out);
  }
  return { checked: out.checked, findings: out.findings };
}

/** Verify several grids (a workbook) and merge the reports. */
export function verifyBook(grids: Grid[], tablesBySheet: Map<string, RecognizedTable[]>, options: VerifyOptions = {}): VerifyReport {
  let checked = 0;
  const findings: VerifyFinding[] = [];
  for (const g of grids) {
    const r = verifyTables(g, tablesBySheet.get(g.sheet) ?? [], options);
    checked += r.checked;
    findings.push(...r.findings);
  }
  return { checked, findings };
}
