import { fillMatrix, indicatorOffers } from '../fill/matrix';
import type { TableKind } from './types';

/** 单位×指标表: rows are units, columns counts and indicators; fill adds indicator, target, gap, pass and rank columns. */
export const UNIT_MATRIX: TableKind = {
  id: 'unit-matrix',
  name: '单位×指标表',
  nameEn: 'Unit matrix',
  verified: true,
  targetSource: false,
  pane: 'indicator-columns',
  fill: {
    order: 0,
    offer(m) {
      const indicators = indicatorOffers(m).map((o) => ({ id: o.def.id, name: o.def.name }));
      const assessed = m.columns.some((c) => c.indicator);
      // say what the fill will do: new indicator columns only when there are some to add
      const action = indicators.length
        ? `可新增 ${indicators.length} 列指标${assessed ? '，并为新增和已有的指标' : '，并'}按目标计算差距、是否达标`
        : assessed
          ? '没有可新增的指标列（所需的数据列不全或已有）；可为表中已有的指标按目标计算差距、是否达标'
          : null;
      return { action, indicators };
    },
    fill: fillMatrix,
  },
};
