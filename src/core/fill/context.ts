/**
 * What every table's fill shares: the workspace (workbook + planned writes), the options, the target source,
 * and the small conventions of added columns (header style, pass/fail colours, where a new column goes).
 */
import type { CellValue } from '../base/grid';
import { isErrorValue } from '../base/grid';
import type { ScoringPreset } from '../presets/types';
import type { FillOptions } from './options';
import type { TableModel } from './table';
import type { TargetSource } from './targets';
import type { Workspace } from './workspace';
import { call, formulaText, str, type Expr } from '../functions/formula';
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

/** the body rows of a table (absolute), first to last */
export function lastRow(model: TableModel): number {
  return maxOf([model.range.bottom, ...model.rows.map((r) => r.row)]);
}

/**
 * The first column right of the table (or right of `after`) that is empty over the table's rows, so added
 * columns never land on a note or a neighbouring table.
 */
export function freeColumn(ctx: FillContext, model: TableModel, after: number): number {
  const bottom = lastRow(model);
  for (let col = after + 1; col < after + 200; col++) {
    if (ctx.ws.columnIsFree(model.sheet, col, model.headerTop, bottom)) return col;
  }
  return after + 1;
}

/** Write an added column's header in the table's style, spanning the header rows. */
export function writeHeader(ctx: FillContext, model: TableModel, col: number, text: string, width = 12): void {
  ctx.ws.writeValue(model.sheet, model.headerTop, col, text, {
    bold: true,
    align: 'center',
    label: `表头：${text}`,
    styleFrom: { row: model.headerTop, col: model.range.right },
  });
  if (model.headerBottom > model.headerTop) {
    ctx.ws.plan.merges.push({ sheet: model.sheet, range: { top: model.headerTop, left: col, bottom: model.headerBottom, right: col } });
  }
  ctx.ws.plan.columnWidths.push({ sheet: model.sheet, col, width: Math.max(width, Math.min(30, text.length * 2 + 2)) });
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
  ctx.ws.plan.conditionalFormats.push({ sheet, range, operator: 'equal', formula: `"${words[0]}"`, ...PASS });
  ctx.ws.plan.conditionalFormats.push({ sheet, range, operator: 'equal', formula: `"${words[1]}"`, ...FAIL });
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
