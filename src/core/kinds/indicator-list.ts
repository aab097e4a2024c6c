import { fillIndicatorList, listColumns } from '../fill/list';
import type { TableKind } from './types';

/** 指标清单: rows are indicators with 目标值 and 实际值; fill writes 差距 and 是否达标. */
export const INDICATOR_LIST: TableKind = {
  id: 'indicator-list',
  name: '指标清单',
  nameEn: 'Indicator list',
  verified: true,
  targetSource: false,
  pane: 'fill-only',
  fill: {
    order: 0,
    offer(m) {
      const c = listColumns(m);
      return { action: c.target && c.actual && (c.gap || c.meets) ? '按目标值填写差距、是否达标' : null };
    },
    fill: fillIndicatorList,
  },
};
