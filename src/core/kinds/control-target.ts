import { controlColumns, fillControl } from '../fill/control';
import type { TableKind } from './types';

/** 控制目标表: a base year's counts per unit; fill writes the reduction (目标) and the ceiling (上限). */
export const CONTROL_TARGET: TableKind = {
  id: 'control-target',
  name: '控制目标表',
  nameEn: 'Control targets',
  verified: true,
  targetSource: false,
  pane: 'fill-only',
  fill: {
    order: 0,
    offer: (m) => ({ action: controlColumns(m) ? '填写控制目标与上限' : null }),
    fill: fillControl,
  },
};
