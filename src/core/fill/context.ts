/**
 * What every table's fill shares: the workspace (workbook + planned writes), the options, the target source,
 * and the small conventions of added columns (header style, pass/fail colours, where a new column goes).
 */
import type { CellValue } from '../base/grid';
import { isErrorValue } from '../base/grid';
import { formulaKey, keepsCell } from '../base/plan';
import { cellText } from '../base/text';
import type { ScoringPreset } from '../presets/types';
import type { FillOptions } from './options';
import type { ModelRow, TableModel } from './table';
import type { TargetSource } from './targets';
import type { Workspace } from './workspace';
import { call, evaluate, formulaText, str, type Expr } from '../functions/formula';
import { maxOf } from '../base/arrays';

export interface FillContext {
  ws: Workspace;
  models: TableModel[];
  options: FillOptions;
  targets: TargetSource | null;
  scoring: ScoringPreset | null;
}

/** Excel's own "good" and "bad" cell styles */
export const PASS = { fill: '#C6EFCE', fontColor: '#006100' };
export const FAIL = { fill: '#FFC7CE', fontColor: '#9C0006' };

/** the last body row of a table (absolute): its last row the fill writes, else its range's */
export function lastRow(model: TableModel): number {
  return model.rows.length ? maxOf(model.rows.map((r) => r.row)) : model.range.bottom;
}

/**
 * The first column right of the table (or right of `after`) that is empty over the table's rows, so added
 * columns never land on a note or a neighbouring table — nor join one when the sheet is read again, and a
 * second fill sees other tables than the first: two columns stay empty between an added column and anything
 * else but its own table (the recogniser takes figures right of one blank spacer column for the rest of the
 * table on its left).
 */
export function freeColumn(ctx: FillContext, model: TableModel, after: number): number {
  const bottom = lastRow(model);
  const free = (col: number) => ctx.ws.columnIsFree(model.sheet, col, model.headerTop, bottom);
  for (let col = after + 1; col < after + 200; col++) {
    if (free(col) && free(col + 1) && free(col + 2) && (col === after + 1 || (free(col - 1) && free(col - 2)))) return col;
  }
  return after + 1;
}

/** What an added column's body cell holds once filled: a formula, or a constant (a target text). */
export type Expected = (row: ModelRow) => { expr: Expr } | { value: CellValue } | null;

export interface ColumnShape {
  /** the header the fill writes, or the headers it wrote in other runs (`11月结案进度下限` for `12月…`) */
  header: string | RegExp;
  /** what the body cells hold once filled */
  body: Expected;
  /** a formula an earlier run wrote here though this run writes another (`ZX.JAJD_FLOOR(11)` for 12月), as a formula key */
  family?: RegExp;
}

/**
 * Where an added column goes: the column an earlier fill wrote — found by its header in the table's header
 * rows and by its body (a cell holding the formula this fill writes there, a formula of the column's family,
 * or, outside other tables, the very value: a `--values` copy), refreshed in place; else the first free
 * column right of `after`. A neighbouring table's column of the same name holds formulas over other cells,
 * so it is not taken.
 */
export function placeColumn(ctx: FillContext, model: TableModel, after: number, shape: ColumnShape): number {
  return priorColumn(ctx, model, shape) ?? freeColumn(ctx, model, after);
}

/** The column an earlier fill wrote with this shape (see placeColumn), or null. */
export function priorColumn(ctx: FillContext, model: TableModel, shape: ColumnShape): number | null {
  const ws = ctx.ws;
  const sheet = model.sheet;
  const extent = ws.extent(sheet);
  if (!extent) return null;
  const headerMatches = (v: CellValue) => {
    const text = cellText(v);
    return typeof shape.header === 'string' ? text === cellText(shape.header) : !!text && shape.header.test(text);
  };
  const inOtherTable = (col: number) =>
    ctx.models.some((m) => m !== model && m.sheet === sheet && col >= m.range.left && col <= m.range.right && m.range.top <= model.headerTop && m.range.bottom >= model.headerTop);
  const first = model.unitCol !== null ? model.unitCol + 1 : model.range.left;
  const bottom = lastRow(model);
  let best: { col: number; score: number } | null = null;
  for (let col = first; col <= extent.right; col++) {
    if (ws.isPlanned(sheet, col, model.headerTop, bottom)) continue; // another column of this plan took it
    let named = false;
    for (let r = model.headerTop; r <= model.headerBottom && !named; r++) named = headerMatches(ws.original(sheet, r, col));
    if (!named) continue;
    let score = 0;
    for (const row of model.rows) {
      const e = shape.body(row);
      if (!e) continue;
      const formula = ws.originalFormula(sheet, row.row, col);
      const value = ws.original(sheet, row.row, col);
      if ('value' in e) {
        if (keepsCell({ value: e.value }, { value, formula })) score++;
        continue;
      }
      const text = formulaText(e.expr, sheet);
      if (formula) {
        if (formulaKey(formula) === formulaKey(text) || shape.family?.test(formulaKey(formula))) score++;
      } else if (value !== null && !inOtherTable(col) && keepsCell({ value: evaluate(e.expr, ws) }, { value, formula: null })) score++;
    }
    if (score > 0 && (!best || score > best.score)) best = { col, score };
  }
  return best?.col ?? null;
}

/**
 * The indicator columns an earlier fill added to the table: columns the recogniser maps to an indicator whose
 * body holds that indicator's ZX formula (`=ZX.JSB_RATIO(E5,D5)` under 结收比). Fill refreshes them instead of
 * taking them for published figures; scoring reads the inputs, as it did the first time.
 */
export function ownIndicatorColumns(ws: Workspace, model: TableModel): Set<number> {
  const out = new Set<number>();
  for (const c of model.columns) {
    if (!c.indicator || c.source.role !== 'indicator') continue;
    const head = `ZX.${c.indicator.toUpperCase()}(`;
    if (model.rows.some((r) => formulaKey(ws.originalFormula(model.sheet, r.row, c.col) ?? '').startsWith(head))) out.add(c.col);
  }
  return out;
}

/** the headers fill writes over the columns it adds beside an indicator (besides the indicator's own name) */
const ADDED_HEADER = /(目标|差距|是否达标|排名|正升逆降|结案进度下限|是否达到进度|是否前.{1,3}|是否后.{1,3})$/;

/**
 * Is the table nothing but columns an earlier fill added (read again, they stand apart from their table: past a
 * neighbouring table, say)? Every column is an indicator column of its own formulas (ownIndicatorColumns) or
 * headed as fill heads the columns it adds beside an indicator (目标, 差距, 是否达标 …), and some hold formulas.
 * Such a block is refreshed by the fill of the table it belongs to, and not filled as a table of its own.
 */
export function onlyAddedColumns(ws: Workspace, model: TableModel): boolean {
  if (!model.columns.length || !model.rows.length) return false;
  const own = ownIndicatorColumns(ws, model);
  const computed = model.columns.some((c) => model.rows.some((r) => ws.originalFormula(model.sheet, r.row, c.col)));
  return computed && model.columns.every((c) => own.has(c.col) || ADDED_HEADER.test(cellText(c.headerText)));
}

/** Write an added column's header in the table's style, spanning the header rows. */
export function writeHeader(ctx: FillContext, model: TableModel, col: number, text: string, width = 12): void {
  // a column an earlier fill wrote keeps its width (the user may have changed it) and its merged header
  const fresh = ctx.ws.isEmpty(model.sheet, model.headerTop, col);
  ctx.ws.writeValue(model.sheet, model.headerTop, col, text, {
    bold: true,
    align: 'center',
    label: `表头：${text}`,
    styleFrom: { row: model.headerTop, col: model.range.right },
  });
  const header = { top: model.headerTop, left: col, bottom: model.headerBottom, right: col };
  if (model.headerBottom > model.headerTop && !ctx.ws.isMerged(model.sheet, header)) ctx.ws.plan.merges.push({ sheet: model.sheet, range: header });
  if (fresh) ctx.ws.plan.columnWidths.push({ sheet: model.sheet, col, width: Math.max(width, Math.min(30, text.length * 2 + 2)) });
}

/** the format a body cell of an added column takes: the table's last column on the same row */
export function bodyStyle(model: TableModel, row: number): { styleFrom: { row: number; col: number } } {
  return { styleFrom: { row, col: model.range.right } };
}

/** the words a yes/no column shows, as a statistician writes them: [yes, no] */
export type PassWords = readonly [string, string];
export const MEETS_WORDS: PassWords = ['达标', '未达标'];
export const REACHED_WORDS: PassWords = ['达到', '未达到'];
export const YES_NO_WORDS: PassWords = ['是', '否'];
/** what a pass/fail cell shows for a `-` target (ZX.MEETS gives #N/A): neither a pass nor a failure */
export const NOT_ASSESSED = '不考核';
const YES_TEXTS = new Set([MEETS_WORDS[0], REACHED_WORDS[0], YES_NO_WORDS[0]]);
const NO_TEXTS = new Set([MEETS_WORDS[1], REACHED_WORDS[1], YES_NO_WORDS[1]]);

/**
 * A test shown in words: `IF(ZX.MEETS(…),"达标","未达标")`. A not-assessed `#N/A` passes through IF
 * unchanged, so it is never a failure; with `notAssessed` it is said in words too:
 * `IFNA(IF(ZX.MEETS(…),"达标","未达标"),"不考核")`.
 */
export function passFail(test: Expr, words: PassWords = MEETS_WORDS, notAssessed?: string): Expr {
  const shown = call('IF', test, str(words[0]), str(words[1]));
  return notAssessed ? call('IFNA', shown, str(notAssessed)) : shown;
}

/** a gap that shows `-` for a `-` target, as the target column does, instead of ZX.GAP's #N/A */
export function gapShown(gap: Expr): Expr {
  return call('IFNA', gap, str('-'));
}

/** Green for the yes word, red for the no word over a column's body cells (an `#N/A` — not assessed — stays plain). */
export function passFailFormats(ctx: FillContext, sheet: string, col: number, top: number, bottom: number, words: PassWords = MEETS_WORDS): void {
  const range = { top, left: col, bottom, right: col };
  ctx.ws.addRule({ sheet, range, operator: 'equal', formula: `"${words[0]}"`, ...PASS });
  ctx.ws.addRule({ sheet, range, operator: 'equal', formula: `"${words[1]}"`, ...FAIL });
}

export function formulaOf(expr: Expr, sheet: string): string {
  return formulaText(expr, sheet);
}

/** yes / no / not assessed, for the summary */
export function tally(values: CellValue[]): { pass: number; fail: number; na: number } {
  const t = { pass: 0, fail: 0, na: 0 };
  for (const v of values) {
    if (v === true || (typeof v === 'string' && YES_TEXTS.has(v))) t.pass++;
    else if (v === false || (typeof v === 'string' && NO_TEXTS.has(v))) t.fail++;
    else if (isErrorValue(v) || v === null || v === NOT_ASSESSED) t.na++;
  }
  return t;
}
