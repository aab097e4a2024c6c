/**
 * 目标核对: 差距 and 是否达标 against 目标值 and 实际值, in a table with one 目标 column beside the actual values.
 */
import { cellText } from '../base/text';
import { findIndicator } from '../catalog';
import type { Direction } from '../catalog/types';
import type { CellValue } from '../base/grid';
import type { RecognizedRow } from '../recognize/types';
import { MEETS_NO, MEETS_YES } from '../recognize/vocabulary';
import { gapToTarget, meetsTarget, parseTarget } from '../targets';
import type { VerifyCheck } from './check';
import { CAUSE, type Collector } from './findings';
import { compareAtPrecision, tidy } from './precision';
import { headerText, RATE_AS_PERCENT_ABOVE, RELATION_HOLDS, rowName, type TableView } from './view';

/** a published 是否达标: yes, no, or null for anything else (blank, 不考核) */
function meetsText(v: CellValue): boolean | null {
  const t = cellText(v);
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
function run(view: TableView, out: Collector): void {
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
    if (target.unit === '%' && !pub.percent && Math.abs(a) > RATE_AS_PERCENT_ABOVE && target.value <= RATE_AS_PERCENT_ABOVE) a /= 100;
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

export const targetsCheck: VerifyCheck = {
  id: 'targets',
  name: '目标核对',
  description: '按每行的目标值与实际值重算差距与是否达标',
  run,
};
