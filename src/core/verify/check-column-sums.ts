/**
 * 列间关系: sums between the columns of a row — 受理 = 旧存 + 新收, 未结 = 旧存 + 新收 − 结案 (../recognize/vocabulary
 * COLUMN_SUMS), sums named by header words (HEADER_SUMS), a `合计` column against the count columns before it,
 * 总分 against the score items — and 排名 against what it ranks. Each only where the relation holds on most rows
 * (otherwise the columns are not what the relation assumes, and nothing is reported).
 */
import { cellText } from '../base/text';
import { findIndicator } from '../catalog';
import type { RecognizedColumn, RecognizedRow } from '../recognize/types';
import { COLUMN_SUMS, HEADER_SUMS, SCORE_POINTS } from '../recognize/vocabulary';
import type { VerifyCheck } from './check';
import type { Collector } from './findings';
import { compareSum, summable } from './sums';
import { group, headerText, leafOf, RELATION_HOLDS, rowName, type TableView } from './view';

const ROW_TOTAL_LEAF = /(合计|总计|小计|总数|总量)$/;
const SCORE_TOTAL = /总分|合计得分|得分合计|综合得分/;

/** a row keeps a relation when its total is this close to the sum, relative to the total: floating-point noise */
const SAME_RELATIVE = 1e-6;
/** two scores this close tie for a rank: floating-point noise */
const SCORE_TIE = 1e-9;
/** a 合计 column over one column, or a 总分 of one item, is a copy of it: no sum to check */
const MIN_PARTS = 2;

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
    if (out.wrong.size > 0 && [total, ...parts, ...minus].some((c) => out.wrong.has(`${sheet}!${view.cell(row, c)}`))) continue;
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

const same = (a: number, b: number) => Math.abs(a - b) < SAME_RELATIVE * Math.max(1, Math.abs(a));

function run(view: TableView, out: Collector): void {
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
    if (parts.length >= MIN_PARTS) checkRelation(view, out, col, parts, parts.map(headerText).join(' + '));
  });
  // 总分 = the score items
  const items = table.columns.filter((c) => c.role === 'score' && SCORE_POINTS.test(cellText(c.header[c.header.length - 1] ?? '')));
  const scoreTotal = table.columns.find((c) => c.role === 'score' && c.header.some((h) => SCORE_TOTAL.test(h)));
  if (scoreTotal && items.length >= MIN_PARTS) checkRelation(view, out, scoreTotal, items, '各项得分之和');
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
  const better = (a: number, b: number) => (order === 'desc' ? a > b + SCORE_TIE : a < b - SCORE_TIE);
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

export const columnSumsCheck: VerifyCheck = {
  id: 'column-sums',
  name: '列间关系',
  description: '受理 = 旧存 + 新收、未结 = 受理 − 已结、合计列、总分 = 各项得分之和、排名与所排的分数，在多数行成立时逐行核对',
  run,
};
