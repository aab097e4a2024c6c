/** The fill's options resolved: a target source (workbook table or preset) and a scoring preset, or a clear error. */
import { SCORING_PRESETS, TARGET_PRESETS, findScoringPreset, findTargetPreset, validateScoringPreset, validateTargetPreset } from '../presets';
import type { ScoringPreset, TargetPreset } from '../presets/types';
import type { RecognizedTable } from '../recognize/types';
import type { FillOptions } from './options';
import { presetTargets, workbookTargets, type TargetSource } from './targets';

/** The targets the fill compares with: the workbook's target table (`targetTable`), a preset, or none. */
export function resolveTargetOption(option: FillOptions['targets'], targetTable: RecognizedTable | undefined, scope: FillOptions['targetsScope'] = 'all'): TargetSource | null {
  if (option === 'none') return null;
  if (option === undefined || option === 'workbook') return targetTable ? workbookTargets(targetTable, scope) : null;
  if (typeof option === 'string') {
    const preset = findTargetPreset(option);
    if (!preset) throw new Error(`没有名为「${option}」的目标预设（可选：${Object.keys(TARGET_PRESETS).join('、')}）`);
    return presetTargets(preset, scope);
  }
  const problems = validateTargetPreset(option);
  if (problems.length) throw new Error(`目标预设「${option.id}」有误：${problems.join('；')}`);
  return presetTargets(option as TargetPreset, scope);
}

export function resolveScoring(option: FillOptions['scoring']): ScoringPreset | null {
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
