/**
 * The meta stage (after the kind): what is written around the table — its title, its unit (`单位：万元`) and
 * period (`统计时间：…`, a period in the title, else in the header) from the lines above it, and the notes
 * below it. A money unit makes the columns nobody could name amounts.
 */
import { cellText } from '../base/text';
import type { TableHeader } from './header';
import type { ColumnModel, Context } from './model';
import type { TableMeta } from './types';
import { AMOUNT_UNIT, ATTACHMENT_LINE, FILLER_LINES, lineText, PERIOD_IN_TEXT, PERIOD_LINE, UNIT_LINE } from './vocabulary';

/** The lines above the table (title, 单位, 统计时间, or a period in the title) and the notes below it. */
export function lineMeta(ctx: Context, { block, left, right }: TableHeader): TableMeta {
  const { grid, o } = ctx;
  const meta: TableMeta = { title: null, unit: null, period: null, notes: [] };
  const lineTexts = (r: number): string[] => {
    const out: string[] = [];
    for (let c = block.range.left; c <= block.range.right; c++) {
      const [mr, mc] = o.masterOf(r, c);
      if (mr !== r || mc !== c) continue;
      const t = cellText(grid.values[r][c]);
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

/** The table's meta: its lines and notes, and the period its header carries when no line gives one. */
export function readMeta(ctx: Context, header: TableHeader): TableMeta {
  const meta = lineMeta(ctx, header);
  if (!meta.period) meta.period = header.period;
  return meta;
}

/** 单位：万元 — the figures nobody could name are money, not counts. On copies of the columns. */
export function applyAmountUnit(columns: ColumnModel[], meta: TableMeta): ColumnModel[] {
  if (!meta.unit || !AMOUNT_UNIT.test(meta.unit)) return columns;
  return columns.map((col) => (col.role === 'unknown' && (col.valueKind === 'count' || col.valueKind === 'ratio') ? { ...col, valueKind: 'amount' } : col));
}
