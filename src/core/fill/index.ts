/**
 * The fill engine: what can be completed in the recognised tables (`fillOptionsFor`) and the EditPlan that
 * completes them (`planFill`). Pure: Grids and recognition output in, an EditPlan out; the adapters write it.
 *
 * Every written number is a formula with the value the engine expects it to show (evaluated by the same
 * ZX FunctionDefs the add-in registers), and every write onto a non-empty cell is listed in `overwrites`.
 */
import { ALL_FUNCTIONS } from '../functions/registry';
import type { FunctionDef } from '../functions/types';
import type { Grid } from '../base/grid';
import { KIND_NAMES } from '../recognize/kind-names';
import type { RecognizedTable } from '../recognize/types';
import type { EditPlan } from '../base/plan';
import { SCORING_PRESETS, TARGET_PRESETS, findScoringPreset, findTargetPreset, validateScoringPreset, validateTargetPreset } from '../presets';
import type { ScoringPreset, TargetPreset } from '../presets/types';
import type { FillContext } from './context';
import { controlColumns, fillControl } from './control';
import { fillIndicatorList, listColumns } from './list';
import { fillMatrix, indicatorOffers } from './matrix';
import type { FillOptions } from './options';
import { fillScore, scoreColumns } from './score';
import { modelOf, type TableModel } from './table';
import { presetTargets, workbookTargets, type TargetSource } from './targets';
import { Workspace } from './workspace';
import { fillYoy, yoyMeasures } from './yoy';

export type { FillOptions } from './options';
export { Workspace } from './workspace';
export { KIND_NAMES } from '../recognize/kind-names';

let registry: Map<string, FunctionDef> | null = null;
/** ZX functions by id, for evaluating the formulas the fill writes */
export function functionRegistry(): ReadonlyMap<string, FunctionDef> {
  if (!registry) registry = new Map(ALL_FUNCTIONS.map((f) => [f.id, f]));
  return registry;
}

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
export function fillOptionsFor(_book: Grid[], tables: RecognizedTable[]): FillOffer {
  const models = tables.map((t) => safeModel(t));
  const offers: TableOffer[] = tables.map((t, index) => {
    const m = models[index];
    const base = { index, sheet: t.sheet, range: t.range, kind: t.kind, indicators: [] as { id: string; name: string }[] };
    if (!m) return { ...base, action: null };
    switch (t.kind) {
      case 'unit-matrix': {
        const ind = indicatorOffers(m).map((o) => ({ id: o.def.id, name: o.def.name }));
        const assessed = m.columns.some((c) => c.indicator);
        // say what the fill will do: new indicator columns only when there are some to add
        const action = ind.length
          ? `可新增 ${ind.length} 列指标${assessed ? '，并为新增和已有的指标' : '，并'}按目标计算差距、是否达标`
          : assessed
            ? '没有可新增的指标列（所需的数据列不全或已有）；可为表中已有的指标按目标计算差距、是否达标'
            : null;
        return { ...base, indicators: ind, action };
      }
      case 'control-target':
        return { ...base, action: controlColumns(m) ? '填写控制目标与上限' : null };
      case 'yoy':
        return { ...base, action: yoyMeasures(m).length ? '填写同比并标注正升逆降' : null };
      case 'indicator-list': {
        const c = listColumns(m);
        return { ...base, action: c.target && c.actual && (c.gap || c.meets) ? '按目标值填写差距、是否达标' : null };
      }
      case 'score': {
        const c = scoreColumns(m, SCORING_PRESETS['延边2019']);
        const action = c.items.length ? '按评分预设计算各项得分、总分与排名' : c.parts.size || c.total !== null ? '按评分预设计算得分（各项写入新工作表“评分明细”）' : null;
        return { ...base, action };
      }
      default:
        return { ...base, action: null };
    }
  });
  const workbookSources = tables
    .filter((t) => t.kind === 'target-matrix')
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

function resolveTargets(option: FillOptions['targets'], tables: RecognizedTable[]): TargetSource | null {
  if (option === 'none') return null;
  if (option === undefined || option === 'workbook') {
    const table = tables.find((t) => t.kind === 'target-matrix');
    return table ? workbookTargets(table) : null;
  }
  if (typeof option === 'string') {
    const preset = findTargetPreset(option);
    if (!preset) throw new Error(`没有名为「${option}」的目标预设（可选：${Object.keys(TARGET_PRESETS).join('、')}）`);
    return presetTargets(preset);
  }
  const problems = validateTargetPreset(option);
  if (problems.length) throw new Error(`目标预设「${option.id}」有误：${problems.join('；')}`);
  return presetTargets(option as TargetPreset);
}

function resolveScoring(option: FillOptions['scoring']): ScoringPreset | null {
  if (option === undefined) return SCORING_PRESETS['延边2019'] ?? null;
  if (typeof option === 'string') {
    const preset = findScoringPreset(option);
    if (!preset) throw new Error(`没有名为「${option}」的评分预设（可选：${Object.keys(SCORING_PRESETS).join('、')}）`);
    return preset;
  }
  const problems = validateScoringPreset(option);
  if (problems.length) throw new Error(`评分预设「${option.id}」有误：${problems.join('；')}`);
  return option;
}

/**
 * The EditPlan completing the recognised tables: unit matrices (indicators, targets, gaps, ranks),
 * control-target tables, year-over-year tables and score tables. Tables are filled in the order given;
 * score tables last, since they read the others.
 */
export function planFill(book: Grid[], tables: RecognizedTable[], options: FillOptions = {}): EditPlan {
  const ws = new Workspace(book, functionRegistry(), options.keepExisting ?? false);
  const models = tables.map((t) => safeModel(t));
  const ctx: FillContext = {
    ws,
    models: models.filter((m): m is TableModel => !!m),
    options,
    targets: resolveTargets(options.targets, tables),
    scoring: resolveScoring(options.scoring),
  };
  const chosen = (options.tables ?? tables.map((_, i) => i)).filter((i) => models[i]);
  const order = [...chosen].sort((a, b) => Number(tables[a].kind === 'score') - Number(tables[b].kind === 'score'));
  for (const i of order) {
    const model = models[i]!;
    const where = `「${model.sheet}」${model.table.range}`;
    let lines: string[] = [];
    switch (model.table.kind) {
      case 'unit-matrix':
        lines = fillMatrix(ctx, model);
        break;
      case 'control-target':
        lines = fillControl(ctx, model);
        break;
      case 'yoy':
        lines = fillYoy(ctx, model);
        break;
      case 'score':
        lines = fillScore(ctx, model);
        break;
      case 'indicator-list':
        lines = fillIndicatorList(ctx, model);
        break;
      default:
        continue;
    }
    if (lines.length) ws.plan.summary.push(`${where}（${KIND_NAMES[model.table.kind]}）`, ...lines.map((l) => `  ${l}`));
  }
  if (ws.plan.overwrites.length) ws.plan.summary.push(`将覆盖 ${ws.plan.overwrites.length} 个非空单元格，须确认后才能写入`);
  if (ws.plan.skipped?.length) ws.plan.summary.push(`保留 ${ws.plan.skipped.length} 个非空单元格，未写入`);
  return ws.plan;
}
