/**
 * Score tables (评分表): each unit's item points, part scores, 总分 and 排名 as formulas over this year's and
 * last year's base data in the workbook, by the rules of a scoring preset (see ../scoring).
 */
import { nameKey } from '../catalog';
import type { CellValue } from '../base/grid';
import type { ScoreItem, ScorePart, ScoringPreset } from '../presets/types';
import { itemFormula, itemPoints, totalExpr, type ScoreLevel, type ScoreSource, type Year } from '../scoring';
import { ownIndicatorColumns, type FillContext } from './context';
import { call, num, range, ref, type Expr } from '../functions/formula';
import { cleanHeader, levelOf, normalizeUnit, type ModelColumn, type ModelRow, type TableModel } from './table';
import { maxOf } from '../base/arrays';

interface ScoreColumns {
  items: { item: ScoreItem; part: ScorePart; col: number }[];
  parts: Map<string, number>;
  total: number | null;
  rank: number | null;
}

function headerMatches(header: string, names: string[]): number {
  const h = nameKey(cleanHeader(header));
  let best = 0;
  for (const n of names) {
    const k = nameKey(n);
    if (!k) continue;
    if (h === k) best = Math.max(best, 1000 + k.length);
    else if (h.includes(k) || k.includes(h)) best = Math.max(best, k.length);
  }
  return best;
}

export function scoreColumns(model: TableModel, preset: ScoringPreset): ScoreColumns {
  const out: ScoreColumns = { items: [], parts: new Map(), total: null, rank: null };
  const taken = new Set<string>();
  for (const c of model.columns) {
    if (c.source.role === 'unit' || c.source.role === 'serial' || c.col === model.unitCol) continue;
    const text = cleanHeader(c.source.header[c.source.header.length - 1] ?? c.headerText);
    if (/^排名|名次$/.test(text)) {
      out.rank = c.col;
      continue;
    }
    if (/^(总分|总得分|综合得分|合计得分)$/.test(text)) {
      out.total = c.col;
      continue;
    }
    const part = preset.parts.find((p) => {
      const short = p.name.replace(/案件$/, '');
      return new RegExp(`^(${p.name}|${short})(得分|总分|合计|小计|部分)?$`).test(text) || text === `${short}得分`;
    });
    if (part) {
      out.parts.set(part.id, c.col);
      continue;
    }
    let best: { item: ScoreItem; part: ScorePart; score: number } | null = null;
    for (const p of preset.parts)
      for (const item of p.items) {
        if (taken.has(item.id)) continue;
        const s = headerMatches(text, [item.name, ...item.aliases]);
        if (s >= 2 && (!best || s > best.score)) best = { item, part: p, score: s };
      }
    if (best) {
      taken.add(best.item.id);
      out.items.push({ item: best.item, part: best.part, col: c.col });
    }
  }
  return out;
}

/** The base-data tables and the years they hold. */
interface DataTables {
  tables: TableModel[];
  thisYear: number | null;
  /** per table, the indicator columns an earlier fill added */
  own: Map<TableModel, Set<number>>;
}

function dataTables(ctx: FillContext, preset: ScoringPreset): DataTables {
  const tables = ctx.models.filter((m) => m.table.kind !== 'score' && m.table.kind !== 'target-matrix' && m.columns.some((c) => c.field || c.indicator));
  const years = tables.flatMap((m) => m.columns.filter((c) => c.field || c.indicator).map((c) => c.period.year)).filter((y): y is number => y !== null);
  const thisYear = years.includes(preset.year) ? preset.year : years.length ? maxOf(years) : null;
  return { tables, thisYear, own: new Map(tables.map((m) => [m, ownIndicatorColumns(ctx.ws, m)])) };
}

function isEnforcementTable(m: TableModel): boolean {
  return /执行/.test([m.sheet, m.table.meta.title ?? ''].join(' '));
}

function matchesYear(c: ModelColumn, year: Year, thisYear: number | null): boolean {
  const p = c.period;
  if (p.year !== null && thisYear !== null) return p.year === (year === 'this' ? thisYear : thisYear - 1);
  if (p.relative === 'this' || p.relative === 'last') return p.relative === year;
  // an undated column is this year's figure, unless its table says otherwise
  return year === 'this';
}

function sourceFor(ctx: FillContext, data: DataTables, part: ScorePart, unit: ModelRow, level: ScoreLevel, peers: (partId: string, level: ScoreLevel) => Expr[] | null): ScoreSource {
  const key = normalizeUnit(unit.label);
  const enforcement = /执行/.test(part.name);
  const ordered = [...data.tables].sort((a, b) => Number(isEnforcementTable(b) === enforcement) - Number(isEnforcementTable(a) === enforcement));
  const rowIn = (m: TableModel) => m.rows.find((r) => normalizeUnit(r.label) === key) ?? null;
  const dated = (c: ModelColumn) => c.period.year !== null || c.period.relative !== null;
  const find = (pick: (c: ModelColumn) => boolean, year: Year): Expr | null => {
    // columns that say their year first; an undated column (a table that does not say which year) last
    for (const explicit of [true, false]) {
      for (const m of ordered) {
        const row = rowIn(m);
        if (!row) continue;
        // an indicator column an earlier fill added is not a published figure: the score reads its inputs, as
        // it did before that column was there
        const own = data.own.get(m)!;
        const col = m.columns.find((c) => dated(c) === explicit && !own.has(c.col) && pick(c) && matchesYear(c, year, data.thisYear));
        if (col) return ref(m.sheet, row.row, col.col);
      }
    }
    return null;
  };
  return {
    level,
    field: (name, year) => find((c) => c.field === name, year),
    // the indicator's figures, not a target, gap or rank column that names it (结案率目标 beside a filled table)
    indicatorColumn: (id, year) => find((c) => c.indicator === id && !['target', 'gap', 'rank', 'score'].includes(c.source.role), year),
    input: (synonyms) => {
      const keys = synonyms.map((s) => nameKey(s));
      return find((c) => keys.includes(nameKey(cleanHeader(c.source.header[c.source.header.length - 1] ?? ''))), 'this');
    },
    peerPartScores: peers,
  };
}

/** SUM over the given cells of one row, as ranges where the columns are adjacent */
function sumCells(sheet: string, row: number, cols: number[]): Expr {
  const sorted = [...cols].sort((a, b) => a - b);
  const parts: Expr[] = [];
  let start = sorted[0];
  for (let i = 1; i <= sorted.length; i++) {
    if (i === sorted.length || sorted[i] !== sorted[i - 1] + 1) {
      const end = sorted[i - 1];
      parts.push(start === end ? ref(sheet, row, start) : range(sheet, row, start, row, end));
      start = sorted[i];
    }
  }
  return call('SUM', ...parts);
}

const levelOfRow = (r: ModelRow): ScoreLevel => (levelOf(r) === '中院' ? '中院' : '基层');

/**
 * Write the items and part scores of `units` on `sheet` (the score table itself, or its detail sheet);
 * returns how a unit's part score is referred to.
 */
function writeScoreRows(
  ctx: FillContext,
  preset: ScoringPreset,
  data: DataTables,
  sheet: string,
  units: ModelRow[],
  cols: ScoreColumns,
  missing: Map<string, Set<string>>,
): (p: ScorePart, row: ModelRow) => Expr {
  const ws = ctx.ws;
  const partsShown = preset.parts.filter((p) => cols.items.some((i) => i.part.id === p.id) || cols.parts.has(p.id));
  const partScoreExpr = (p: ScorePart, row: ModelRow): Expr => {
    const col = cols.parts.get(p.id);
    if (col !== undefined) return ref(sheet, row.row, col);
    return sumCells(sheet, row.row, cols.items.filter((i) => i.part.id === p.id).map((i) => i.col));
  };
  const peers = (partId: string, level: ScoreLevel): Expr[] | null => {
    const p = preset.parts.find((x) => x.id === partId);
    if (!p) return null;
    const rows = units.filter((u) => levelOfRow(u) === level);
    return rows.length ? rows.map((r) => partScoreExpr(p, r)) : null;
  };
  const usesPeers = (item: ScoreItem) => item.rules.some((r) => r.kind === 'peer-mean');

  const writeItem = (row: ModelRow, entry: ScoreColumns['items'][number]) => {
    const level = levelOfRow(row);
    const label = `${entry.item.name} · ${row.label}`;
    if (itemPoints(entry.item, level) <= 0) {
      ws.writeValue(sheet, row.row, entry.col, '-', { align: 'center', label: `${label}（${level}不适用）` });
      return;
    }
    const f = itemFormula(entry.item, preset, sourceFor(ctx, data, entry.part, row, level, peers));
    if (!f.expr) {
      const set = missing.get(entry.item.name) ?? new Set<string>();
      f.missing.forEach((m) => set.add(m));
      missing.set(entry.item.name, set);
      return;
    }
    ws.writeFormula(sheet, row.row, entry.col, f.expr, { numberFormat: '0.00', label });
  };
  const writePart = (row: ModelRow, p: ScorePart) => {
    const col = cols.parts.get(p.id);
    const itemCols = cols.items.filter((i) => i.part.id === p.id).map((i) => i.col);
    if (col === undefined || !itemCols.length) return;
    ws.writeFormula(sheet, row.row, col, sumCells(sheet, row.row, itemCols), { numberFormat: '0.00', label: `${p.name}得分 · ${row.label}` });
  };

  // items first, then the part scores the 中院's 基层均值 needs, then that item, then the rest
  for (const row of units) for (const e of cols.items) if (!usesPeers(e.item)) writeItem(row, e);
  const dependsOnPeers = (row: ModelRow) => cols.items.some((e) => usesPeers(e.item) && itemPoints(e.item, levelOfRow(row)) > 0);
  for (const row of units) if (!dependsOnPeers(row)) for (const p of partsShown) writePart(row, p);
  for (const row of units) for (const e of cols.items) if (usesPeers(e.item)) writeItem(row, e);
  for (const row of units) if (dependsOnPeers(row)) for (const p of partsShown) writePart(row, p);
  return partScoreExpr;
}

/**
 * The detail sheet: the one an earlier fill made for this table (评分明细, 评分明细2 … whose A1 holds `title`),
 * refreshed in place; else a name not yet in the workbook.
 */
function detailSheetName(ctx: FillContext, base: string, title: string): { sheet: string; exists: boolean } {
  for (let i = 1; ; i++) {
    const sheet = i === 1 ? base : `${base}${i}`;
    if (!ctx.ws.hasSheet(sheet)) return { sheet, exists: false };
    if (ctx.ws.original(sheet, 0, 0) === title) return { sheet, exists: true };
  }
}

function pointsText(item: ScoreItem): string {
  if (typeof item.points === 'number') return `${item.points}分`;
  return Object.entries(item.points)
    .map(([level, p]) => `${level}${p}`)
    .join('/') + '分';
}

/**
 * A score table that shows only part scores or 总分 (a summary of the method's results): every item of the
 * parts it needs goes to a new detail sheet, one row per unit, so each point can still be audited there.
 */
function detailSheet(ctx: FillContext, preset: ScoringPreset, model: TableModel, units: ModelRow[], parts: ScorePart[]): { sheet: string; units: ModelRow[]; cols: ScoreColumns } {
  const ws = ctx.ws;
  const title = `${preset.name} · 评分明细（${model.sheet}!${model.table.range} 的各项得分）`;
  const { sheet, exists } = detailSheetName(ctx, '评分明细', title);
  if (!exists) ws.addSheet(sheet);
  const cols: ScoreColumns = { items: [], parts: new Map(), total: null, rank: null };
  const header = ['院别'];
  for (const p of parts)
    for (const item of p.items) {
      cols.items.push({ item, part: p, col: header.length });
      header.push(`${item.name}（${pointsText(item)}）`);
    }
  for (const p of parts) {
    cols.parts.set(p.id, header.length);
    header.push(`${p.name}得分`);
  }
  ws.writeValue(sheet, 0, 0, title, { bold: true, label: '标题' });
  header.forEach((h, c) => {
    ws.writeValue(sheet, 1, c, h, { bold: true, align: 'center', label: `表头：${h}` });
    // a detail sheet an earlier fill made keeps its widths (the user may have changed them)
    if (!exists) ws.plan.columnWidths.push({ sheet, col: c, width: c === 0 ? 14 : Math.min(24, Math.max(10, h.length * 2)) });
  });
  const rows = units.map((u, i) => ({ ...u, row: 2 + i }));
  for (const r of rows) ws.writeValue(sheet, r.row, 0, r.label, { label: `院别 · ${r.label}` });
  return { sheet, units: rows, cols };
}

export function fillScore(ctx: FillContext, model: TableModel): string[] {
  const preset = ctx.scoring;
  if (!preset) return [`「${model.sheet}」评分表：未选择评分预设，未填写`];
  const ws = ctx.ws;
  const sheet = model.sheet;
  const cols = scoreColumns(model, preset);
  if (!cols.items.length && !cols.parts.size && cols.total === null)
    return [`「${model.sheet}」评分表：表头中找不到预设「${preset.id}」的评分项目、各部分得分或总分，未填写`];
  const data = dataTables(ctx, preset);
  const units = model.rows.filter((r) => r.role === 'unit');
  const missing = new Map<string, Set<string>>();
  const summary: string[] = [];

  let partsShown = preset.parts.filter((p) => cols.items.some((i) => i.part.id === p.id) || cols.parts.has(p.id));
  let partScore: (p: ScorePart, row: ModelRow) => Expr;
  if (cols.items.length) {
    partScore = writeScoreRows(ctx, preset, data, sheet, units, cols, missing);
  } else {
    // no item columns: the items go to a detail sheet, the table's part scores refer to it
    if (!partsShown.length) partsShown = preset.parts;
    const detail = detailSheet(ctx, preset, model, units, partsShown);
    const detailScore = writeScoreRows(ctx, preset, data, detail.sheet, detail.units, detail.cols, missing);
    const detailRow = new Map(units.map((u, i) => [u.row, detail.units[i]]));
    for (const row of units)
      for (const p of partsShown) {
        const col = cols.parts.get(p.id);
        if (col !== undefined) ws.writeFormula(sheet, row.row, col, detailScore(p, detailRow.get(row.row)!), { numberFormat: '0.00', label: `${p.name}得分 · ${row.label}` });
      }
    partScore = (p, row) => (cols.parts.has(p.id) ? ref(sheet, row.row, cols.parts.get(p.id)!) : detailScore(p, detailRow.get(row.row)!));
    summary.push(`各项得分写在新工作表「${detail.sheet}」（${detail.cols.items.length} 项），本表引用其得分`);
  }

  const totals: { row: ModelRow; value: CellValue }[] = [];
  if (cols.total !== null) {
    for (const row of units) {
      const expr =
        partsShown.length > 1
          ? totalExpr({ ...preset, parts: partsShown }, Object.fromEntries(partsShown.map((p) => [p.id, partScore(p, row)])))
          : partScore(partsShown[0], row);
      const w = ws.writeFormula(sheet, row.row, cols.total, expr, { numberFormat: '0.00', bold: true, label: `总分 · ${row.label}` });
      totals.push({ row, value: w.value });
    }
    if (cols.rank !== null && units.length > 1) {
      const rows = units.map((u) => u.row);
      const contiguous = rows.every((r, i) => i === 0 || r === rows[i - 1] + 1);
      const within: Expr = contiguous
        ? range(sheet, rows[0], cols.total, rows[rows.length - 1], cols.total, true)
        : { kind: 'union', parts: rows.map((r) => ref(sheet, r, cols.total!, true)) };
      for (const row of units)
        ws.writeFormula(sheet, row.row, cols.rank, call('RANK.EQ', ref(sheet, row.row, cols.total), within, num(0)), {
          numberFormat: '0',
          align: 'center',
          label: `排名 · ${row.label}`,
        });
    }
  }

  summary.unshift(
    `评分表（预设「${preset.id}」）：${units.length} 个单位，${cols.items.length || partsShown.reduce((n, p) => n + p.items.length, 0)} 个评分项目` +
      (cols.total !== null ? '，总分' : '') +
      (cols.rank !== null ? '、排名' : '') +
      (data.thisYear ? `；本年 ${data.thisYear}、上年 ${data.thisYear - 1} 的数据取自${[...new Set(data.tables.map((t) => `「${t.sheet}」`))].join('、')}` : ''),
  );
  for (const [item, m] of missing) summary.push(`「${item}」未填：数据中缺少 ${[...m].join('、')}`);
  const ranked = totals.filter((t) => typeof t.value === 'number').sort((a, b) => (b.value as number) - (a.value as number));
  if (ranked.length) summary.push(`总分前三：${ranked.slice(0, 3).map((t) => `${t.row.label} ${(t.value as number).toFixed(2)}`).join('，')}`);
  return summary;
}
