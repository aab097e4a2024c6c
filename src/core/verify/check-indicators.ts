/**
 * 指标重算: an indicator column whose inputs are columns of the same table (结案率 from 已结 / 旧存 / 新收 …) is
 * recomputed row by row with the catalogue's own compute, in the 口径 the table's columns allow.
 */
import { findIndicator } from '../catalog';
import type { IndicatorDef, InputDef } from '../catalog/types';
import { isBlank, isErrorValue } from '../base/grid';
import type { RecognizedColumn, RecognizedTable } from '../recognize/types';
import { COLUMN_SUMS } from '../recognize/vocabulary';
import type { VerifyCheck } from './check';
import { CAUSE, type Collector } from './findings';
import { compareAtPrecision, roundAt, shown, tidy } from './precision';
import { group, headerText, RATE_AS_PERCENT_ABOVE, rowName, type TableView } from './view';

/** the sum an indicator is probed with, split among the inputs it adds up (60 whole, 17 + 43, 0 + 60) */
const PROBE_SUM = 60;
const PROBE_PART = 17;
/** the other inputs of a probe: 3, 4, 5 … (nonzero, all different) */
const PROBE_OTHERS = 3;
/** two probes agree when their values are this close: the same value up to floating-point noise */
const PROBE_SAME = 1e-9;

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

/**
 * The 口径 whose inputs are all columns of the table, the default one first, then each variant (本院, 平台 …);
 * failing that, those whose inputs a sum column stands in for. A table may hold the inputs of several 口径 (实际执结率
 * ÷ 受理 or ÷ 结案): `run` keeps the one the published column agrees with.
 */
function candidateInputs(table: RecognizedTable, def: IndicatorDef, col: RecognizedColumn): ChosenInputs[] {
  const tries: { inputs: InputDef[]; variant: string | null }[] = [{ inputs: def.inputs, variant: null }];
  for (const v of def.variants ?? []) if (v.inputs) tries.push({ inputs: v.inputs, variant: v.id });
  const direct: ChosenInputs[] = [];
  for (const t of tries) {
    const cols = inputColumns(table, t.inputs, col);
    if (cols) direct.push({ ...t, columns: cols });
  }
  if (direct.length) return direct;
  for (const t of tries) {
    const cols = inputsBySum(table, def, t.inputs, t.variant, col);
    if (cols) return [{ ...t, columns: cols }];
  }
  return [];
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
    const xs = Array.from({ length: n }, (_, i) => PROBE_OTHERS + i);
    at.forEach((i, k) => (xs[i] = split[k]));
    const v = def.compute(xs, variant);
    return typeof v === 'number' && Number.isFinite(v) ? v : NaN;
  };
  const whole = probe(at.map((_, k) => (k === 0 ? PROBE_SUM : 0)));
  return Number.isFinite(whole) && [at.map((_, k) => (k === 0 ? PROBE_PART : (PROBE_SUM - PROBE_PART) / (at.length - 1))), at.map((_, k) => (k === 0 ? 0 : PROBE_SUM / (at.length - 1)))].every((split) => Math.abs(probe(split) - whole) < PROBE_SAME);
}

interface Recomputed {
  pub: NonNullable<ReturnType<TableView['published']>>;
  xs: number[];
  result: number;
  published: number;
  decimals: number | null;
  kind: 'rate' | 'permille' | 'plain';
  cause: ReturnType<typeof compareAtPrecision>;
}

/** one row's indicator recomputed by a 口径 and compared with the published value; null when it cannot be */
function recompute(view: TableView, def: IndicatorDef, chosen: ChosenInputs, row: RecognizedTable['rows'][number], col: RecognizedColumn): Recomputed | null {
  if (row.role === 'benchmark') return null;
  const pub = view.published(row, col);
  if (!pub) return null;
  // the functions' blank rule (docs/functions.md): a blank count is 0, a dash is not reported (no recomputation),
  // a row whose inputs are all blank is not assessed
  const xs: number[] = [];
  let complete = true;
  let blanks = 0;
  chosen.inputs.forEach((_, i) => {
    const source = chosen.columns[i];
    if (source === null) return void xs.push(0);
    const n = view.number(row, source);
    if (typeof n === 'number') xs.push(n);
    else if (n === null && isBlank(view.raw(row, source))) {
      xs.push(0);
      blanks++;
    } else complete = false;
  });
  if (!complete || blanks === chosen.columns.filter((c) => c !== null).length) return null;
  const result = def.compute(xs, chosen.variant);
  if (isErrorValue(result) || !Number.isFinite(result)) return null;
  let published = pub.value;
  let decimals = pub.decimals;
  const kind: Recomputed['kind'] = def.unit === 'rate' ? 'rate' : def.unit === 'permille' ? 'permille' : 'plain';
  if (def.unit === 'permille' && (pub.percent || pub.permilleText)) {
    published = pub.value * 1000;
    decimals = decimals === null ? null : Math.max(0, decimals - 3);
  } else if (def.unit === 'rate' && !pub.percent && Math.abs(published) > RATE_AS_PERCENT_ABOVE && Math.abs(result) <= RATE_AS_PERCENT_ABOVE) {
    // a rate typed as a percent number (92.13 under 结案率(%))
    published = pub.value / 100;
    decimals = decimals === null ? null : decimals + 2;
  }
  return { pub, xs, result, published, decimals, kind, cause: compareAtPrecision(published, result, decimals) };
}

function run(view: TableView, out: Collector): void {
  const { table } = view;
  for (const col of table.columns) {
    if (col.role !== 'indicator' || !col.indicator || col.valueKind === 'target' || col.period === '同比' || col.period === '环比') continue;
    const def = findIndicator(col.indicator);
    if (!def || def.inputs.length === 0) continue;
    const candidates = candidateInputs(table, def, col);
    if (!candidates.length) continue;
    // several 口径 computable: the one most rows agree with (the default on a tie)
    const agreeing = (c: ChosenInputs) => table.rows.filter((row) => {
      const r = recompute(view, def, c, row, col);
      return r !== null && (r.cause === null || r.cause === 'rounding');
    }).length;
    const chosen = candidates.length === 1 ? candidates[0] : candidates.reduce((best, c) => (agreeing(c) > agreeing(best) ? c : best));
    const inputs = chosen.columns;
    for (const row of table.rows) {
      const r = recompute(view, def, chosen, row, col);
      if (!r) continue;
      const { pub, xs, result, published, decimals, kind, cause } = r;
      out.checked++;
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

export const indicatorsCheck: VerifyCheck = {
  id: 'indicators',
  name: '指标重算',
  description: '按指标目录的公式，用本表的旧存、新收、已结等列逐行重算结案率等指标列',
  run,
};
