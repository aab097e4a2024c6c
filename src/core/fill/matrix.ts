/**
 * Unit matrices (单位×指标表): indicator columns beside the table, as formulas over the row's own counts
 * (a total row's rate from the total's counts, never an average), then for each assessed indicator its
 * target, gap and pass/fail columns, rank columns, and 审执结案进度 against the month's floor.
 */
import { INDICATORS, directionFor, findIndicator } from '../catalog';
import type { IndicatorDef, InputDef } from '../catalog/types';
import type { CellValue } from '../base/grid';
import { parseTarget } from '../targets';
import { bodyStyle, freeColumn, gapShown, lastRow, MEETS_WORDS, NOT_ASSESSED, ownIndicatorColumns, passFail, passFailFormats, placeColumn, priorColumn, REACHED_WORDS, tally, writeHeader, YES_NO_WORDS, type Expected, type FillContext } from './context';
import { call, evaluate, num, op, range, ref, str, zx, type Expr } from '../functions/formula';
import { cleanHeader, levelOf, type ModelColumn, type ModelRow, type Period, type TableModel } from './table';
import type { TargetCell } from './targets';
import { maxOf, pushAll } from '../base/arrays';

/** An indicator the table can show: its inputs' columns (null for an omitted blank-as-zero input). */
export interface IndicatorOffer {
  def: IndicatorDef;
  inputs: (ModelColumn | null)[];
  period: Period;
  /** the 口径 whose inputs the table has, when the default's are not all there (`本院`, `平台`) */
  variant?: string;
  /** the table shows the indicator in a column an earlier fill added: the fill refreshes it there */
  refresh?: boolean;
}

/** columns the recogniser may name an indicator for that are not the indicator's figures */
const NOT_AN_INDICATOR: ReadonlySet<string> = new Set(['target', 'gap', 'rank', 'score']);

/** the period the fill computes for: the latest year, or 本期; null when the table has no periods */
export function currentPeriod(model: TableModel): Period | null {
  const dated = model.columns.filter((c) => (c.field || c.indicator) && (c.period.year !== null || c.period.relative !== null));
  if (!dated.length) return null;
  const years = dated.map((c) => c.period.year).filter((y): y is number => y !== null);
  if (years.length) {
    const y = maxOf(years);
    return dated.find((c) => c.period.year === y)!.period;
  }
  return dated.find((c) => c.period.relative === 'this')?.period ?? null;
}

function samePeriod(a: Period, b: Period | null): boolean {
  if (!b) return true;
  if (a.year === null && a.relative === null) return true; // an undated column serves every period
  if (b.year !== null) return a.year === b.year;
  return a.relative === b.relative;
}

/** field → column, for the current period */
export function fieldColumns(model: TableModel, period: Period | null = currentPeriod(model)): Map<string, ModelColumn> {
  const out = new Map<string, ModelColumn>();
  for (const c of model.columns) {
    if (!c.field || !samePeriod(c.period, period)) continue;
    // a dated column wins over an undated one of the same field
    const prev = out.get(c.field);
    if (!prev || (prev.period.year === null && c.period.year !== null)) out.set(c.field, c);
  }
  return out;
}

/**
 * Every catalogue indicator whose inputs are all present and which the table does not show already — but for
 * the columns an earlier fill added (`own`, see ownIndicatorColumns): those are offered again, to be refreshed —,
 * by its default 口径, else the first variant whose inputs are there; `preferred` names the 口径 to try first (the
 * one a target preset sets its target on).
 */
export function indicatorOffers(model: TableModel, own: ReadonlySet<number> = new Set(), preferred?: (indicatorId: string) => string | undefined): IndicatorOffer[] {
  const period = currentPeriod(model);
  const fields = fieldColumns(model, period);
  // a target, gap or rank column naming an indicator (11月结案进度下限, 结案率目标) does not show it
  const shownIn = (c: ModelColumn) => !!c.indicator && samePeriod(c.period, period) && !NOT_AN_INDICATOR.has(c.source.role);
  const shown = new Set(model.columns.filter((c) => shownIn(c) && !own.has(c.col)).map((c) => c.indicator));
  const refreshed = new Set(model.columns.filter((c) => shownIn(c) && own.has(c.col)).map((c) => c.indicator));
  const offers: IndicatorOffer[] = [];
  const signatureOf = (def: IndicatorDef) => def.inputs.map((i) => fields.get(i.field)?.col ?? '-').join(',');
  // an indicator the table shows already makes any other over the same columns a duplicate (结案率 shown: no 执行案件结案率)
  const signatures = new Set<string>(INDICATORS.filter((d) => shown.has(d.id)).map(signatureOf));
  // in an enforcement table the enforcement indicator of the same inputs wins (执行结案率, not 诉讼结案率)
  const enforcement = /执行/.test([model.sheet, model.table.meta.title ?? ''].join(' '));
  const ordered = enforcement ? [...INDICATORS.filter((d) => d.section === 'D'), ...INDICATORS.filter((d) => d.section !== 'D')] : INDICATORS;
  for (const def of ordered) {
    if (!def.inputs.length || shown.has(def.id)) continue;
    // the default 口径 first, then each variant that takes other inputs; the preferred 口径 before all
    const candidates: { inputs: InputDef[]; variant?: string }[] = [
      { inputs: def.inputs },
      ...(def.variants ?? []).filter((v) => v.inputs).map((v) => ({ inputs: v.inputs!, variant: v.id })),
    ];
    const wanted = preferred?.(def.id);
    const first = wanted ? (def.variants ?? []).find((v) => v.id === wanted) : undefined;
    if (first?.inputs) candidates.unshift({ inputs: first.inputs, variant: first.id });
    for (const candidate of candidates) {
      const inputs = candidate.inputs.map((i) => fields.get(i.field) ?? null);
      const complete = candidate.inputs.every((i, k) => inputs[k] !== null || i.columnOptional);
      if (!complete || inputs.every((c) => c === null)) continue;
      // two indicators over the very same columns (诉讼 and 执行 结案率) would be one column twice: keep the first
      const signature = inputs.map((c) => c?.col ?? '-').join(',');
      if (signatures.has(signature)) break;
      signatures.add(signature);
      offers.push({
        def,
        inputs,
        period: period ?? { raw: null, year: null, relative: null },
        ...(candidate.variant ? { variant: candidate.variant } : {}),
        ...(refreshed.has(def.id) ? { refresh: true } : {}),
      });
      break;
    }
  }
  return offers;
}

/** the month of a table's 统计时间 (`2023年1-11月` → 11), for 审执结案进度 */
export function monthOf(model: TableModel): number | null {
  const text = [model.table.meta.period, model.table.meta.title].filter(Boolean).join(' ');
  const m = /(\d{1,2})\s*月(?!.*\d{1,2}\s*月)/.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= 12 ? n : null;
}

interface AssessedColumn {
  def: IndicatorDef;
  col: number;
  name: string;
  /** the column's own header, for targets set by name (电子送达率 of GK_RATE) */
  header?: string;
  /** the 口径 the column is computed by (a variant id); null when unknown (a column the table had) or the indicator has one 口径 */
  variant: string | null;
}

/** a count column a target names (超两年以上未结案件数): assessed as an indicator of its own, lower is better */
function namedCount(header: string): IndicatorDef {
  return { id: '', name: cleanHeader(header), aliases: [], section: 'B', inputs: [], formula: header, direction: 'down', unit: 'count', format: '0', sources: [], compute: () => 0 };
}

/** the 口径 an added column computes: the variant it names, else the indicator's default (its first variant) */
function variantOfOffer(offer: IndicatorOffer): string | null {
  return offer.variant ?? offer.def.variants?.[0]?.id ?? null;
}

export function fillMatrix(ctx: FillContext, model: TableModel): string[] {
  const summary: string[] = [];
  const ws = ctx.ws;
  const sheet = model.sheet;
  const bottom = lastRow(model);
  const rows = model.rows;
  let cursor = model.range.right;

  // an indicator column an earlier fill added is refreshed whatever the choice of indicators to add
  const offers = indicatorOffers(model, ownIndicatorColumns(ws, model), ctx.targets?.variantOf).filter((o) => o.refresh || !ctx.options.indicators || ctx.options.indicators.includes(o.def.id));
  const assessed: AssessedColumn[] = [];
  const headersCarryYears = model.columns.some((c) => c.period.year !== null && !c.period.inherited);

  // the indicator columns: where an earlier fill put them (by header and formula), else beside the table
  const added: string[] = [];
  const refreshed: string[] = [];
  for (const offer of offers) {
    const formulaOf = (row: ModelRow): Expr => {
      const args: (Expr | null)[] = offer.inputs.map((c) => (c ? ref(sheet, row.row, c.col) : null));
      while (args.length && args[args.length - 1] === null) args.pop();
      if (offer.variant) {
        // the 口径 argument comes after every input slot of the function (the longest 口径's inputs)
        const slots = maxOf([offer.def.inputs.length, ...(offer.def.variants ?? []).map((v) => v.inputs?.length ?? 0)]);
        while (args.length < slots) args.push(null);
        args.push(str(offer.variant));
      }
      return zx(offer.def.id, ...args);
    };
    // a year before the name only where the table's own headers carry years (a year-group table): a table
    // dated 2023年1-11月 in its title has headers without years, and 2023年结收比 would say a whole year
    const prefix = offer.period.year !== null && headersCarryYears ? `${offer.period.year}年` : '';
    const header = `${prefix}${offer.def.name}${offer.variant ? `（${offer.variant}口径）` : ''}`;
    const prior = priorColumn(ctx, model, { header, body: (row) => ({ expr: formulaOf(row) }) });
    const col = prior ?? freeColumn(ctx, model, cursor);
    cursor = Math.max(cursor, col);
    (prior === null ? added : refreshed).push(offer.def.name);
    writeHeader(ctx, model, col, header);
    for (const row of rows) {
      ws.writeFormula(sheet, row.row, col, formulaOf(row), {
        numberFormat: offer.def.format,
        ...bodyStyle(model, row.row),
        label: `${offer.def.name} · ${row.label}`,
      });
    }
    assessed.push({ def: offer.def, col, name: offer.def.name, variant: variantOfOffer(offer) });
  }
  // names joined with ；: many hold a 、 of their own (一审案件改判、发回重审率)
  if (added.length) summary.push(`新增指标列 ${added.length} 列：${added.join('；')}`);
  if (refreshed.length) summary.push(`更新此前填写的指标列 ${refreshed.length} 列：${refreshed.join('；')}`);

  // indicators the table shows already are assessed too (not a target, gap or rank column that names one)
  const period = currentPeriod(model);
  for (const c of model.columns) {
    if (!c.indicator || !samePeriod(c.period, period) || NOT_AN_INDICATOR.has(c.source.role)) continue;
    const def = findIndicator(c.indicator);
    if (def && !assessed.some((a) => a.def.id === def.id && def.id !== 'GK_RATE'))
      assessed.push({ def, col: c.col, name: def.id === 'GK_RATE' ? c.headerText : def.name, header: c.headerText, variant: null });
  }

  // counts a target source sets by name only (超两年以上未结案件 6月底清零, 案款超期未发放 全部发放): assessed where the
  // table has a column of that name
  if (ctx.targets) {
    for (const c of model.columns) {
      if (c.indicator || c.col === model.unitCol || c.source.role === 'unit' || c.source.role === 'serial' || !samePeriod(c.period, period)) continue;
      if (!model.rows.some((row) => ctx.targets!.lookup('', levelOf(row), c.headerText))) continue;
      assessed.push({ def: namedCount(c.headerText), col: c.col, name: cleanHeader(c.headerText), header: c.headerText, variant: null });
    }
  }

  // targets, gaps, pass/fail, ranks
  for (const a of assessed) {
    const lines = assessIndicator(ctx, model, a, cursor);
    cursor = lines.cursor;
    pushAll(summary, lines.summary);
  }

  // 审执结案进度 against the month's floor
  const progress = assessed.find((a) => a.def.id === 'JAJD_RATE');
  const month = ctx.options.month ?? monthOf(model);
  if (progress && month) {
    const floors = ctx.targets?.progressFloors;
    const own = floors?.[String(month)];
    const catalogue = zx('JAJD_FLOOR', num(month));
    // the catalogue's floors unless the target preset sets other ones for this month
    const floor: Expr = floors && own === undefined ? call('NA') : own !== undefined && own !== evaluate(catalogue, ws) ? num(own) : catalogue;
    // last month's floor column (11月结案进度下限 over ZX.JAJD_FLOOR(11)) is this month's
    const floorCol = placeColumn(ctx, model, cursor, { header: /^\d{1,2}月结案进度下限$/, body: () => ({ expr: floor }), family: /^ZX\.JAJD_FLOOR\(/ });
    cursor = Math.max(cursor, floorCol);
    writeHeader(ctx, model, floorCol, `${month}月结案进度下限`);
    const reached = (row: ModelRow): Expr => passFail(op('>=', ref(sheet, row.row, progress.col), ref(sheet, row.row, floorCol)), REACHED_WORDS);
    const okCol = placeColumn(ctx, model, cursor, { header: '是否达到进度', body: (row) => ({ expr: reached(row) }) });
    cursor = Math.max(cursor, okCol);
    writeHeader(ctx, model, okCol, '是否达到进度');
    const results: CellValue[] = [];
    for (const row of rows) {
      ws.writeFormula(sheet, row.row, floorCol, floor, { numberFormat: '0.00%', label: `结案进度下限 · ${row.label}`, ...bodyStyle(model, row.row) });
      const w = ws.writeFormula(sheet, row.row, okCol, reached(row), {
        align: 'center',
        ...bodyStyle(model, row.row),
        label: `是否达到进度 · ${row.label}`,
      });
      if (row.role === 'unit') results.push(w.value);
    }
    passFailFormats(ctx, sheet, okCol, model.headerBottom + 1, bottom, REACHED_WORDS);
    const t = tally(results);
    summary.push(`审执结案进度（${month}月下限）：达到 ${t.pass} 个，未达到 ${t.fail} 个`);
  }
  return summary;
}

function assessIndicator(ctx: FillContext, model: TableModel, a: AssessedColumn, cursorIn: number): { cursor: number; summary: string[] } {
  const ws = ctx.ws;
  const sheet = model.sheet;
  const bottom = lastRow(model);
  const summary: string[] = [];
  let cursor = cursorIn;
  const targets = ctx.targets;
  const perRow = new Map<number, TargetCell | null>();
  // a target set on another 口径 than the column's is not compared with it (实际执结率 ÷ 受理 vs ÷ 结案)
  let otherVariant: string | null = null;
  for (const row of model.rows) {
    const t = targets ? targets.lookup(a.def.id, levelOf(row), a.header) : null;
    if (t?.variant && a.variant && t.variant !== a.variant) {
      otherVariant = t.variant;
      perRow.set(row.row, { text: '-' });
    } else perRow.set(row.row, t);
  }
  if (otherVariant) summary.push(`${a.name}：目标按「${otherVariant}」口径设定，本表按「${a.variant}」口径计算，未与目标比较`);
  const hasText = [...perRow.values()].some((t) => t && !parseTarget(t.text)?.notAssessed);
  const rankText = [...perRow.values()].find((t) => t?.rank)?.rank ?? null;
  const units = model.rows.filter((r) => r.role === 'unit');
  // each added column goes where an earlier fill put it (by header and body), else to the next free column
  const place = (header: string, body: Expected): number => {
    const col = placeColumn(ctx, model, cursor, { header, body });
    cursor = Math.max(cursor, col);
    writeHeader(ctx, model, col, header);
    return col;
  };
  // the direction belongs to the 口径: the target source's reading, else the column's 口径, else the indicator's
  const direction = targets?.directionOf?.(a.def.id) ?? directionFor(a.def, a.variant);

  if (hasText) {
    // 目标 always (the gap and pass/fail read it, and it shows what was assessed); 差距 and 是否达标 on request
    const withGap = ctx.options.gaps !== false;
    const withPass = ctx.options.passFail !== false;
    const actual = (row: ModelRow) => ref(sheet, row.row, a.col);
    // the direction lets a bare target (`100%`, `0%`) mean at least / at most
    const dir = direction === 'up' ? [str('正向')] : direction === 'down' ? [str('逆向')] : [];
    const targetOf = (row: ModelRow): { expr: Expr } | { value: CellValue } => {
      const t = perRow.get(row.row);
      return t?.cell ? { expr: ref(t.cell.sheet, t.cell.row, t.cell.col) } : { value: t ? t.text : '-' };
    };
    const targetCol = place(`${a.name}目标`, targetOf);
    const gapOf = (row: ModelRow) => gapShown(zx('GAP', actual(row), ref(sheet, row.row, targetCol), ...dir));
    const testOf = (row: ModelRow) => passFail(zx('MEETS', actual(row), ref(sheet, row.row, targetCol), ...dir), MEETS_WORDS, NOT_ASSESSED);
    const gapCol = withGap ? place(`${a.name}差距`, (row) => ({ expr: gapOf(row) })) : -1;
    const okCol = withPass ? place(`${a.name}是否达标`, (row) => ({ expr: testOf(row) })) : -1;
    const results: CellValue[] = [];
    const totals: string[] = [];
    for (const row of model.rows) {
      const label = `${a.name} · ${row.label}`;
      const target = targetOf(row);
      if ('expr' in target) ws.writeFormula(sheet, row.row, targetCol, target.expr, { align: 'center', label: `目标 · ${label}`, ...bodyStyle(model, row.row) });
      else ws.writeValue(sheet, row.row, targetCol, target.value, { align: 'center', label: `目标 · ${label}`, ...bodyStyle(model, row.row) });
      if (withGap) ws.writeFormula(sheet, row.row, gapCol, gapOf(row), { numberFormat: a.def.format, label: `差距 · ${label}`, ...bodyStyle(model, row.row) });
      const test = testOf(row);
      // without a 是否达标 column the summary still counts who passes
      const value = withPass ? ws.writeFormula(sheet, row.row, okCol, test, { align: 'center', label: `是否达标 · ${label}`, ...bodyStyle(model, row.row) }).value : evaluate(test, ws);
      if (row.role === 'unit') results.push(value);
      else if (typeof value === 'string') totals.push(`${row.label}${value}`);
    }
    if (withPass) passFailFormats(ctx, sheet, okCol, model.headerBottom + 1, bottom);
    const t = tally(results);
    summary.push(
      `${a.name}：达标 ${t.pass} 个，未达标 ${t.fail} 个${t.na ? `，不考核 ${t.na} 个` : ''}${totals.length ? `；${totals.join('，')}` : ''}（目标来自${targets!.describe}）`,
    );
  }

  if ((ctx.options.ranks || rankText) && units.length > 1) {
    const order = direction === 'down' ? 1 : 0;
    const within = rankRange(sheet, units, a.col);
    const rankOf = (row: ModelRow) => call('RANK.EQ', ref(sheet, row.row, a.col), within, num(order));
    const rankCol = place(`${a.name}排名`, (row) => (row.role === 'unit' ? { expr: rankOf(row) } : null));
    for (const row of units) {
      ws.writeFormula(sheet, row.row, rankCol, rankOf(row), {
        numberFormat: '0',
        align: 'center',
        ...bodyStyle(model, row.row),
        label: `${a.name}排名 · ${row.label}`,
      });
    }
    if (rankText) {
      const meetsRank = (row: ModelRow) => passFail(zx('MEETS', ref(sheet, row.row, rankCol), str(rankText)), YES_NO_WORDS);
      const okCol = place(`${a.name}是否${rankText}`, (row) => (row.role === 'unit' ? { expr: meetsRank(row) } : null));
      const results: CellValue[] = [];
      for (const row of units) {
        const w = ws.writeFormula(sheet, row.row, okCol, meetsRank(row), {
          align: 'center',
          ...bodyStyle(model, row.row),
          label: `是否${rankText} · ${a.name} · ${row.label}`,
        });
        results.push(w.value);
      }
      passFailFormats(ctx, sheet, okCol, model.headerBottom + 1, bottom, YES_NO_WORDS);
      const t = tally(results);
      summary.push(`${a.name}名次目标「${rankText}」：达到 ${t.pass} 个，未达到 ${t.fail} 个`);
    }
  }
  return { cursor, summary };
}

/** the unit rows' cells of a column, absolute; one range when the rows are contiguous */
function rankRange(sheet: string, units: ModelRow[], col: number): Expr {
  const rows = units.map((u) => u.row).sort((x, y) => x - y);
  const contiguous = rows.every((r, i) => i === 0 || r === rows[i - 1] + 1);
  if (contiguous) return range(sheet, rows[0], col, rows[rows.length - 1], col, true);
  // a total row inside the units: list the blocks as a union, as Excel allows in RANK.EQ
  const blocks: Expr[] = [];
  let start = rows[0];
  for (let i = 1; i <= rows.length; i++) {
    if (i === rows.length || rows[i] !== rows[i - 1] + 1) {
      blocks.push(range(sheet, start, col, rows[i - 1], col, true));
      start = rows[i];
    }
  }
  return { kind: 'union', parts: blocks };
}
