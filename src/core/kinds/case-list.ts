import type { TableKind } from './types';

/** 案件明细: one row per case; aggregated into a unit matrix (src/core/caselist), not filled in place. */
export const CASE_LIST: TableKind = {
  id: 'case-list',
  name: '案件明细',
  nameEn: 'Case list',
  verified: false,
  targetSource: false,
  pane: 'case-list',
  fill: null,
};
