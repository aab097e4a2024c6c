import { fillScore, scoreColumns } from '../fill/score';
import { SCORING_PRESETS } from '../presets';
import type { TableKind } from './types';

/** 评分表: score items with their points, 总分, 排名; fill scores each unit by a scoring preset. */
export const SCORE: TableKind = {
  id: 'score',
  name: '评分表',
  nameEn: 'Score table',
  verified: true,
  targetSource: false,
  pane: 'scoring',
  fill: {
    // a score table reads the other tables' figures: filled after them
    order: 1,
    offer(m) {
      const c = scoreColumns(m, SCORING_PRESETS['延边2019']);
      const action = c.items.length ? '按评分预设计算各项得分、总分与排名' : c.parts.size || c.total !== null ? '按评分预设计算得分（各项写入新工作表“评分明细”）' : null;
      return { action };
    },
    fill: fillScore,
  },
};
