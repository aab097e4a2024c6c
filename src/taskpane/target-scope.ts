/**
 * Whether a target source sets targets for the whole city (a 全市 / 全州 row or column, a preset's 全市 level):
 * only then does the pane offer the scope switch (全市目标约束每一家法院, or only the total row). Pure.
 */
import type { RecognizedTable } from '../core/recognize/types';
import type { TargetPreset } from '../core/presets/types';

export function tableHasCitywideTargets(table: RecognizedTable | undefined): boolean {
  return !!table && (table.rows.some((r) => r.level === '全市') || table.columns.some((c) => c.level === '全市'));
}

export function presetHasCitywideTargets(preset: TargetPreset | undefined): boolean {
  return (
    !!preset &&
    preset.targets.some((t) => {
      const city = t.byLevel?.['全市'];
      return !!city && city.trim() !== '-' && city.trim() !== '';
    })
  );
}
