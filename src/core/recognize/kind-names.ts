/** Each recognised layout's name as the summaries and the command line print it. */
import type { LayoutKind } from './types';

export const KIND_NAMES: Record<LayoutKind, string> = {
  'unit-matrix': '单位×指标表',
  'target-matrix': '目标表',
  'indicator-list': '指标清单',
  yoy: '同比表',
  'control-target': '控制目标表',
  score: '评分表',
  'case-list': '案件明细',
};
