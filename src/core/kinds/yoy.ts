import { fillYoy, yoyMeasures } from '../fill/yoy';
import type { TableKind } from './types';

/** 同比表: each measure over 本期 / 上年同期 / 同比; fill writes the 同比 columns and marks 正升逆降. */
export const YOY: TableKind = {
  id: 'yoy',
  name: '同比表',
  nameEn: 'Year-over-year',
  verified: true,
  targetSource: false,
  pane: 'fill-only',
  fill: {
    order: 0,
    offer: (m) => ({ action: yoyMeasures(m).length ? '填写同比并标注正升逆降' : null }),
    fill: fillYoy,
  },
};
