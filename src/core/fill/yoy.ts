/**
 * Year-over-year tables (同比表): each measure over 本期 / 上年同期 / 同比. The fill writes the empty 同比
 * cells — percentage points for rates (本期 − 上年同期, × 100), percent for counts (ZX.YOY) — and a
 * 正升逆降 column per measure with a direction: TRUE when a positive indicator rose or a negative one fell.
 */
import { findIndicator } from '../catalog';
import type { Direction } from '../catalog/types';
import type { CellValue } from '../base/grid';
import { bodyStyle, lastRow, passFail, passFailFormats, placeColumn, tally, writeHeader, YES_NO_WORDS, type FillContext } from './context';
import { num, op, ref, zx, type Expr } from '../functions/formula';
import { cleanHeader, type ModelColumn, type ModelRow, type TableModel } from './table';

interface Measure {
  name: string;
  now: ModelColumn;
  before: ModelColumn;
  change: ModelColumn | null;
  isRate: boolean;
  direction: Direction;
}

/** `directionOf`: the direction the target source reads an indicator in (the preset's, or its 口径's), if any */
export function yoyMeasures(model: TableModel, directionOf?: (indicatorId: string) => Direction | undefined): Measure[] {
  const groups = new Map<string, ModelColumn[]>();
  for (const c of model.columns) {
    if (c.source.role === 'unit' || c.source.role === 'serial') continue;
    const name = c.source.header.length > 1 ? cleanHeader(c.source.header[0]) : cleanHeader(c.headerText.replace(/本期|上年同期|同比.*$/, ''));
    if (!name) continue;
    groups.set(name, [...(groups.get(name) ?? []), c]);
  }
  const out: Measure[] = [];
  for (const [name, cols] of groups) {
    const now = cols.find((c) => c.period.relative === 'this');
    const before = cols.find((c) => c.period.relative === 'last');
    if (!now || !before) continue;
    const change = cols.find((c) => c.period.relative === 'change') ?? null;
    const indicator = findIndicator(name) ?? (now.indicator ? findIndicator(now.indicator) : null);
    const kind = now.source.valueKind;
    const isRate = indicator ? indicator.unit === 'rate' || indicator.unit === 'permille' : kind === 'rate' || kind === 'permille';
    const direction: Direction = (indicator && directionOf?.(indicator.id)) ?? indicator?.direction ?? 'none';
    out.push({ name, now, before, change, isRate, direction });
  }
  return out;
}

export function fillYoy(ctx: FillContext, model: TableModel): string[] {
  const ws = ctx.ws;
  const sheet = model.sheet;
  const measures = yoyMeasures(model, ctx.targets?.directionOf);
  const summary: string[] = [];
  let cursor = model.range.right;
  let filled = 0;
  for (const m of measures) {
    if (m.change) {
      for (const row of model.rows) {
        const now = ref(sheet, row.row, m.now.col);
        const before = ref(sheet, row.row, m.before.col);
        const change: Expr = m.isRate ? op('*', op('-', now, before), num(100)) : zx('YOY', now, before);
        // a published 同比 is verify's business, not ours; the one an earlier fill wrote is refreshed
        if (!ws.isEmpty(sheet, row.row, m.change.col) && !ws.holds(sheet, row.row, m.change.col, change)) continue;
        const fresh = ws.isEmpty(sheet, row.row, m.change.col);
        if (m.isRate) ws.writeFormula(sheet, row.row, m.change.col, change, { numberFormat: '0.00', label: `${m.name}同比（百分点） · ${row.label}` });
        else ws.writeFormula(sheet, row.row, m.change.col, change, { numberFormat: '0.00%', label: `${m.name}同比 · ${row.label}` });
        if (fresh) filled++;
      }
    }
  }
  if (filled) summary.push(`同比：填写 ${filled} 格（比率为百分点，数量为百分比）`);

  for (const m of measures) {
    if (m.direction === 'none') continue;
    const rises = (row: ModelRow): Expr => {
      const now = ref(sheet, row.row, m.now.col);
      const before = ref(sheet, row.row, m.before.col);
      return passFail(m.direction === 'up' ? op('>', now, before) : op('<', now, before), YES_NO_WORDS);
    };
    const header = `${m.name}正升逆降`;
    // where an earlier fill wrote it (by header and formula), else beside the table
    const col = placeColumn(ctx, model, cursor, { header, body: (row) => ({ expr: rises(row) }) });
    cursor = Math.max(cursor, col);
    writeHeader(ctx, model, col, header);
    const results: CellValue[] = [];
    for (const row of model.rows) {
      const w = ws.writeFormula(sheet, row.row, col, rises(row), {
        align: 'center',
        ...bodyStyle(model, row.row),
        label: `${m.name}正升逆降 · ${row.label}`,
      });
      if (row.role === 'unit') results.push(w.value);
    }
    passFailFormats(ctx, sheet, col, model.headerBottom + 1, lastRow(model), YES_NO_WORDS);
    const t = tally(results);
    summary.push(`${m.name}（${m.direction === 'up' ? '正向' : '逆向'}）：正升逆降 ${t.pass} 个单位，反向 ${t.fail} 个`);
  }
  return summary;
}
