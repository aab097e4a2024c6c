/**
 * Reports of one template from several courts → one unit matrix (a row per court), as an EditPlan for a new
 * sheet: the template's title lines and merged header, each court's figures copied with their source (a cell
 * note naming file and cell, and a 数据来源 column) — or, in the pane, formulas referring to the sheets the
 * reports were inserted as, so a corrected report updates the city table —, a 合计 row of SUM formulas, and
 * the indicator columns as ZX formulas over each row's own counts (the total's rate from the total's counts),
 * built and evaluated by the fill floor's Workspace as every fill formula is.
 */
import type { CellValue } from '../base/grid';
import { address, isBlank } from '../base/grid';
import { numberOf } from '../base/values';
import { cellText } from '../base/text';
import type { EditPlan } from '../base/plan';
import { findIndicator } from '../catalog';
import type { IndicatorDef } from '../catalog/types';
import { Workspace } from '../fill/workspace';
import { fieldColumns } from '../fill/matrix';
import { normalizeUnit } from '../fill/table';
import { call, op, range, ref, str, zx, type Expr } from '../functions/formula';
import { FUNCTIONS_BY_ID } from '../functions/registry';
import { maxOf } from '../base/arrays';
import type { ReportSource } from './source';
import { checkTemplate, type TemplateCheck } from './template';

export interface MergeOptions {
  /** the new sheet's name */
  sheet?: string;
  /** a court met in more than one report (or twice in one) is added up instead of refused */
  sum?: boolean;
  /**
   * the pane: each report's sheet is in the workbook under this name, and figures are formulas referring to
   * it; without it figures are copied as values with a note naming their source
   */
  linkedSheet?: (source: ReportSource) => string;
}

/** one row of the merged matrix: a court and the report rows its figures come from */
export interface MergedCourt {
  court: string;
  parts: { source: ReportSource; row: number }[];
}

export interface MergeResult {
  plan: EditPlan;
  sheet: string;
  courts: MergedCourt[];
  /** reports left out because their columns differ, with the columns that differ (./template.ts differenceLine) */
  differing: TemplateCheck['differing'];
  /** courts met more than once (refused without `sum`), one Chinese line each */
  duplicates: string[];
}

export const MERGE_SHEET = '汇总';
const SOURCE_HEADER = '数据来源';
const TOTAL_LABEL = '合计';

/** the indicator's formula for one row: its inputs' cells in this row, by the default 口径 or the first complete variant */
function indicatorFormula(def: IndicatorDef, fieldCol: Map<string, number>): ((sheet: string, row: number) => Expr) | null {
  const candidates = [{ inputs: def.inputs, variant: undefined as string | undefined }, ...(def.variants ?? []).filter((v) => v.inputs).map((v) => ({ inputs: v.inputs!, variant: v.id }))];
  for (const c of candidates) {
    const cols = c.inputs.map((i) => fieldCol.get(i.field) ?? null);
    if (!c.inputs.every((i, k) => cols[k] !== null || i.columnOptional) || cols.every((x) => x === null)) continue;
    const slots = maxOf([def.inputs.length, ...(def.variants ?? []).map((v) => v.inputs?.length ?? 0)]);
    return (sheet, row) => {
      const args: (Expr | null)[] = cols.map((col) => (col === null ? null : ref(sheet, row, col)));
      while (args.length && args[args.length - 1] === null) args.pop();
      if (c.variant) {
        while (args.length < slots) args.push(null);
        args.push(str(c.variant));
      }
      return zx(def.id, ...args);
    };
  }
  return null;
}

/** a figure as it is copied: a count typed `165件` becomes 165; text stays text */
function figure(v: CellValue): CellValue {
  if (typeof v === 'string') return numberOf(v) ?? v;
  return v;
}

export function planMerge(sources: ReportSource[], options: MergeOptions = {}): MergeResult {
  if (!sources.length) throw new Error('没有可汇总的报表');
  const sheet = options.sheet ?? MERGE_SHEET;
  const { template, same, differing } = checkTemplate(sources);
  const t = template.model;

  // a row per court, in the order the reports were given; the same court twice is one row only with `sum`
  const courts: MergedCourt[] = [];
  const byKey = new Map<string, MergedCourt>();
  for (const s of same) {
    for (const c of s.courts) {
      const key = normalizeUnit(c.court);
      const met = byKey.get(key);
      if (met) met.parts.push({ source: s, row: c.row });
      else {
        const court: MergedCourt = { court: c.court, parts: [{ source: s, row: c.row }] };
        byKey.set(key, court);
        courts.push(court);
      }
    }
  }
  const duplicates = courts
    .filter((c) => c.parts.length > 1)
    .map((c) => `「${c.court}」出现 ${c.parts.length} 次：${c.parts.map((p) => `${p.source.file} 第 ${p.row + 1} 行`).join('、')}`);

  const ws = new Workspace(options.linkedSheet ? same.map((s) => ({ ...s.grid, sheet: options.linkedSheet!(s) })) : [], FUNCTIONS_BY_ID);
  ws.addSheet(sheet);
  const plan = ws.plan;
  const left = t.range.left;
  const right = t.range.right;

  // the lines above: the title, the period, the unit
  const meta = template.table.meta;
  const lines = [`${meta.title ?? '统计表'}（${courts.length} 家法院汇总）`, meta.period ? `统计时间：${meta.period}` : null, meta.unit ? `单位：${meta.unit}` : null].filter((l): l is string => !!l);
  lines.forEach((text, i) => ws.writeValue(sheet, i, left, text, i === 0 ? { bold: true } : {}));
  plan.merges.push({ sheet, range: { top: 0, left, bottom: 0, right: right + 1 } });

  // the template's header, cell for cell with its merges, and the source column beside it
  const headerTop = lines.length;
  const headerRows = t.headerBottom - t.headerTop + 1;
  const tg = template.grid;
  for (let r = 0; r < headerRows; r++) {
    for (let c = left; c <= right; c++) {
      const v = tg.values[t.headerTop + r]?.[c];
      if (!isBlank(v)) ws.writeValue(sheet, headerTop + r, c, v, { bold: true, align: 'center' });
    }
  }
  for (const m of tg.merges ?? []) {
    if (m.top >= t.headerTop && m.bottom <= t.headerBottom && m.left >= left && m.right <= right) {
      plan.merges.push({ sheet, range: { top: m.top - t.headerTop + headerTop, left: m.left, bottom: m.bottom - t.headerTop + headerTop, right: m.right } });
    }
  }
  const sourceCol = right + 1;
  ws.writeValue(sheet, headerTop, sourceCol, SOURCE_HEADER, { bold: true, align: 'center' });
  if (headerRows > 1) plan.merges.push({ sheet, range: { top: headerTop, left: sourceCol, bottom: headerTop + headerRows - 1, right: sourceCol } });

  // the columns: what each holds, found in every report by its header path
  const columns = t.columns.filter((c) => c.col >= left && c.col <= right);
  const fieldCol = new Map([...fieldColumns(t)].map(([f, c]) => [f, c.col]));
  const formulas = new Map<number, (sheet: string, row: number) => Expr>();
  for (const c of columns) {
    const def = c.indicator && c.source.role === 'indicator' ? findIndicator(c.indicator) : null;
    const f = def ? indicatorFormula(def, fieldCol) : null;
    if (f) formulas.set(c.col, f);
  }
  const keyOf = new Map(template.columns.map((c) => [c.col, c.key]));
  const colIn = (s: ReportSource, key: string) => s.columns.find((c) => c.key === key)!.col;
  const formatOf = (col: number) => tg.numberFormats?.[t.rows[0]?.row ?? t.headerBottom + 1]?.[col] ?? undefined;

  const top = headerTop + headerRows;
  courts.forEach((court, i) => {
    const row = top + i;
    for (const c of columns) {
      if (c.source.role === 'serial') ws.writeValue(sheet, row, c.col, i + 1, { align: 'center' });
      else if (c.source.role === 'unit') ws.writeValue(sheet, row, c.col, court.court);
      else if (!formulas.has(c.col)) {
        const key = keyOf.get(c.col)!;
        const parts = court.parts.map((p) => ({ ...p, col: colIn(p.source, key) }));
        const numberFormat = formatOf(c.col) ?? undefined;
        const note = parts.map((p) => `${p.source.file}「${p.source.grid.sheet}」${address(p.row, p.col)}`).join(' + ');
        if (options.linkedSheet) {
          const refs = parts.map((p) => ref(options.linkedSheet!(p.source), p.row, p.col));
          ws.writeFormula(sheet, row, c.col, refs.reduce((a, b) => op('+', a, b)), { numberFormat, label: `${court.court} · ${key}` });
        } else {
          const values = parts.map((p) => figure(p.source.grid.values[p.row]?.[p.col] ?? null));
          const value = values.length === 1 ? values[0] : values.every((v) => typeof v === 'number' || v === null) ? values.reduce<number>((a, v) => a + ((v as number | null) ?? 0), 0) : values.map((v) => cellText(v)).join(' + ');
          ws.writeValue(sheet, row, c.col, value, { numberFormat, note, label: `${court.court} · ${key}` });
        }
      }
    }
    ws.writeValue(sheet, row, sourceCol, court.parts.map((p) => `${p.source.file}「${p.source.grid.sheet}」第 ${p.row + 1} 行`).join('；'));
  });

  // the 合计 row: counts summed by formula, indicators from the summed counts
  const bottom = top + courts.length - 1;
  const totalRow = bottom + 1;
  const unitCol = columns.find((c) => c.source.role === 'unit')?.col ?? left;
  ws.writeValue(sheet, totalRow, unitCol, TOTAL_LABEL, { bold: true, align: 'center' });
  for (const c of columns) {
    const summed = c.source.role === 'field' && (c.source.valueKind === 'count' || c.source.valueKind === 'amount');
    if (summed && !formulas.has(c.col) && courts.length) {
      ws.writeFormula(sheet, totalRow, c.col, call('SUM', range(sheet, top, c.col, bottom, c.col)), { bold: true, numberFormat: formatOf(c.col) ?? undefined, label: `${TOTAL_LABEL} · ${keyOf.get(c.col)}` });
    }
  }
  // indicators last: each reads the counts of its row, the total's included
  for (const [col, f] of formulas) {
    const def = findIndicator(t.columns.find((c) => c.col === col)!.indicator!)!;
    for (let row = top; row <= totalRow; row++) {
      const label = row === totalRow ? TOTAL_LABEL : courts[row - top].court;
      ws.writeFormula(sheet, row, col, f(sheet, row), { numberFormat: def.format, label: `${def.name} · ${label}`, ...(row === totalRow ? { bold: true } : {}) });
    }
  }
  plan.columnWidths.push({ sheet, col: unitCol, width: 18 }, { sheet, col: sourceCol, width: 36 });

  const recomputed = [...formulas.keys()].map((col) => keyOf.get(col));
  plan.summary.push(
    `汇总 ${same.length} 份报表、${courts.length} 家法院到「${sheet}」：每个数据注明来源${options.linkedSheet ? '（引用所插入工作表的公式）' : '（单元格批注与「数据来源」列）'}，合计行为 SUM 公式`,
  );
  if (recomputed.length) plan.summary.push(`指标列按汇总后的数据以公式重算（不照抄各院公布值）：${recomputed.join('；')}`);
  return { plan, sheet, courts, differing, duplicates };
}
