/**
 * Fill by kind: what can be completed in the recognised tables (`fillOptionsFor`) and the EditPlan that
 * completes them (`planFill`), each table by its kind's record. Pure: Grids and recognition output in, an
 * EditPlan out; the adapters write it.
 */
import type { Grid } from '../base/grid';
import type { EditPlan } from '../base/plan';
import { onlyAddedColumns, type FillContext } from '../fill/context';
import type { FillOptions } from '../fill/options';
import { resolveScoring, resolveTargetOption } from '../fill/resolve';
import { modelOf, type TableModel } from '../fill/table';
import { Workspace } from '../fill/workspace';
import { blankAsZeroLines } from '../fill/blanks';
import { errorValueLines } from '../fill/errors';
import { FUNCTIONS_BY_ID } from '../functions/registry';
import { SCORING_PRESETS, TARGET_PRESETS } from '../presets';
import type { RecognizedTable } from '../recognize/types';
import { KIND_NAMES, tableKind } from '.';
import { pushAll } from '../base/arrays';

export interface TableOffer {
  index: number;
  sheet: string;
  range: string;
  kind: RecognizedTable['kind'];
  /** what the fill would do, in Chinese; null when it cannot complete the table */
  action: string | null;
  /** unit matrices: the indicators whose inputs are present */
  indicators: { id: string; name: string }[];
}

export interface FillOffer {
  tables: TableOffer[];
  /** target sources: the workbook's target tables and the built-in presets */
  targetSources: { id: string; name: string; kind: 'workbook' | 'preset' }[];
  scoringPresets: { id: string; name: string }[];
  /** the options a one-click fill uses */
  defaults: FillOptions;
}

/** What can be filled: per table the action and the indicators on offer, the target sources, the presets. */
export function fillOptionsFor(book: Grid[], tables: RecognizedTable[]): FillOffer {
  const ws = new Workspace(book, FUNCTIONS_BY_ID);
  const offers: TableOffer[] = tables.map((t, index) => {
    const m = safeModel(t);
    const fill = tableKind(t.kind).fill;
    // a block of columns an earlier fill added is refreshed with its own table, not offered as one
    const offer = m && fill && !onlyAddedColumns(ws, m) ? fill.offer(m) : { action: null };
    return { index, sheet: t.sheet, range: t.range, kind: t.kind, action: offer.action, indicators: offer.indicators ?? [] };
  });
  const workbookSources = tables
    .filter((t) => tableKind(t.kind).targetSource)
    .map((t) => ({ id: 'workbook', name: `工作簿中的目标表「${t.sheet}」${t.range}`, kind: 'workbook' as const }));
  return {
    tables: offers,
    targetSources: [...workbookSources.slice(0, 1), ...Object.values(TARGET_PRESETS).map((p) => ({ id: p.id, name: p.name, kind: 'preset' as const }))],
    scoringPresets: Object.values(SCORING_PRESETS).map((p) => ({ id: p.id, name: p.name })),
    defaults: {
      tables: offers.filter((o) => o.action).map((o) => o.index),
      targets: workbookSources.length ? 'workbook' : 'none',
      scoring: '延边2019',
    },
  };
}

function safeModel(t: RecognizedTable): TableModel | null {
  try {
    return modelOf(t);
  } catch {
    return null;
  }
}

/**
 * The EditPlan completing the recognised tables: unit matrices (indicators, targets, gaps, ranks),
 * control-target tables, year-over-year tables and score tables. Tables are filled in the order given,
 * then by their kind's order (score tables last, since they read the others).
 */
export function planFill(book: Grid[], tables: RecognizedTable[], options: FillOptions = {}): EditPlan {
  const ws = new Workspace(book, FUNCTIONS_BY_ID, options.keepExisting ?? false);
  const models = tables.map((t) => safeModel(t));
  const ctx: FillContext = {
    ws,
    models: models.filter((m): m is TableModel => !!m),
    options,
    targets: resolveTargetOption(options.targets, tables.find((t) => tableKind(t.kind).targetSource), options.targetsScope),
    scoring: resolveScoring(options.scoring),
  };
  const orderOf = (i: number) => tableKind(tables[i].kind).fill?.order ?? 0;
  const chosen = (options.tables ?? tables.map((_, i) => i)).filter((i) => models[i]);
  const order = [...chosen].sort((a, b) => orderOf(a) - orderOf(b));
  for (const i of order) {
    const model = models[i]!;
    const fill = tableKind(model.table.kind).fill;
    if (!fill || onlyAddedColumns(ws, model)) continue;
    // with no header row found, where new columns go and what each figure means are guesses: write nothing
    if (!model.table.headerRows.length) {
      ws.plan.summary.push(`「${model.sheet}」${model.table.range}（${KIND_NAMES[model.table.kind]}）：没有找到表头行，未填写。请在表格上方加上列标题（如 院别、旧存、新收、已结）后再填写`);
      continue;
    }
    const blanksBefore = ws.blanksAsZero.length;
    // and every blank this table's formulas count as 0, named (the one blank rule, docs/functions.md)
    const lines = [...fill.fill(ctx, model), ...blankAsZeroLines(ws.blanksAsZero.slice(blanksBefore), ctx.models)];
    if (lines.length) pushAll(ws.plan.summary, [`「${model.sheet}」${model.table.range}（${KIND_NAMES[model.table.kind]}）`, ...lines.map((l) => `  ${l}`)]);
  }
  // what an earlier fill wrote, written again unchanged: not an overwrite (see keepsCell)
  if (ws.refreshed) ws.plan.summary.push(`更新此前填写的 ${ws.refreshed} 个单元格（公式或内容不变，不算覆盖）`);
  // every error value the plan would write, with its reason, before the user confirms
  pushAll(ws.plan.summary, errorValueLines(ws.plan));
  if (ws.plan.overwrites.length) ws.plan.summary.push(`将覆盖 ${ws.plan.overwrites.length} 个非空单元格，须确认后才能写入`);
  if (ws.plan.skipped?.length) ws.plan.summary.push(`保留 ${ws.plan.skipped.length} 个非空单元格，未写入`);
  return ws.plan;
}
