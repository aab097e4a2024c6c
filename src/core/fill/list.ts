/**
 * Indicator lists (指标清单: one row per indicator, 目标值 and 实际值 columns): the fill writes 差距 and
 * 是否达标 for each indicator whose actual value is there, by the indicator's direction. Rows without an
 * actual value are left for the statistician (or for a unit matrix elsewhere in the workbook).
 */
import { findIndicator } from '../catalog';
import type { CellValue } from '../base/grid';
import { isBlank } from '../base/grid';
import { gapShown, MEETS_WORDS, NOT_ASSESSED, passFail, passFailFormats, tally, type FillContext } from './context';
import { ref, str, zx } from '../functions/formula';
import type { ModelColumn, TableModel } from './table';
import { maxOf } from '../base/arrays';

function columnBy(model: TableModel, pattern: RegExp, role?: string): ModelColumn | null {
  return model.columns.find((c) => (role && c.source.role === role) || pattern.test(c.headerText)) ?? null;
}

export function listColumns(model: TableModel) {
  const target = columnBy(model, /目标/, 'target');
  const actual = model.columns.find((c) => /实际|完成值|本期/.test(c.headerText)) ?? null;
  const gap = columnBy(model, /差距|差值/, 'gap');
  const meets = model.columns.find((c) => /是否达标|达标情况|达标/.test(c.headerText) && c !== target) ?? null;
  return { target, actual, gap, meets };
}

export function fillIndicatorList(ctx: FillContext, model: TableModel): string[] {
  const { target, actual, gap, meets } = listColumns(model);
  if (!target || !actual || (!gap && !meets)) return [`「${model.sheet}」指标清单：找不到目标值、实际值或差距、是否达标列，未填写`];
  const ws = ctx.ws;
  const sheet = model.sheet;
  const results: CellValue[] = [];
  let missing = 0;
  for (const row of model.rows) {
    if (isBlank(ws.cell(sheet, row.row, actual.col))) {
      missing++;
      continue;
    }
    const def = findIndicator(row.label);
    // the direction makes a bare target (`100%`) mean at least / at most; an unknown indicator gets none
    const dir = def?.direction === 'down' ? [str('逆向')] : def?.direction === 'up' ? [str('正向')] : [];
    const a = ref(sheet, row.row, actual.col);
    const t = ref(sheet, row.row, target.col);
    // an empty cell is filled; one holding what an earlier fill wrote is refreshed; a published one is left alone
    const gapExpr = gapShown(zx('GAP', a, t, ...dir));
    if (gap && (ws.isEmpty(sheet, row.row, gap.col) || ws.holds(sheet, row.row, gap.col, gapExpr)))
      ws.writeFormula(sheet, row.row, gap.col, gapExpr, { numberFormat: def?.format ?? '0.00%', label: `差距 · ${row.label}` });
    const test = passFail(zx('MEETS', a, t, ...dir), MEETS_WORDS, NOT_ASSESSED);
    if (meets && (ws.isEmpty(sheet, row.row, meets.col) || ws.holds(sheet, row.row, meets.col, test))) {
      const w = ws.writeFormula(sheet, row.row, meets.col, test, { align: 'center', label: `是否达标 · ${row.label}` });
      results.push(w.value);
    }
  }
  if (meets) passFailFormats(ctx, sheet, meets.col, model.headerBottom + 1, maxOf(model.rows.map((r) => r.row)));
  const t = tally(results);
  return [`指标清单：${results.length} 项有实际值，达标 ${t.pass} 项，未达标 ${t.fail} 项${missing ? `；${missing} 项没有实际值，未填` : ''}`];
}
