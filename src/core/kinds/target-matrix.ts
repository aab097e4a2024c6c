import type { TableKind } from './types';

/** 目标表: rows are levels or units, columns indicators, cells target texts; read as the workbook's targets. */
export const TARGET_MATRIX: TableKind = {
  id: 'target-matrix',
  name: '目标表',
  nameEn: 'Target table',
  verified: false,
  targetSource: true,
  pane: 'none',
  fill: null,
};
