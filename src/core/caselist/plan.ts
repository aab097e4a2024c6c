/**
 * From a recognised case list to an EditPlan: a NEW unit-matrix sheet of the counts per unit and in total
 * (the 合计 row as SUM formulas carrying their values), a note under it saying which period, families and
 * scope rules produced it, and a second new sheet listing every row that was left out and why.
 * Nothing on the user's sheets is written over: both sheets are new, under names not yet taken.
 */
import { address, type CellValue, type Grid } from '../base/grid';
import { emptyPlan, type CellWrite, type EditPlan } from '../base/plan';
import type { RecognizedTable } from '../recognize/types';
import { caseTypeByCode } from '../casenumber/parse';
import type { CaseFamily } from '../casenumber/types-data';
import { aggregateCases, CORE_MEASURES, familyList, type AggregateResult, type UnitBy } from './aggregate';
import type { CaseFieldName } from '../catalog/case-fields';
import { resolvePeriod, type PeriodSpec } from './period';
import { LISTED_ROWS, readCases, type ReadResult, type RejectedRow } from './read';
import { caseCodeTable, type LocalCaseCode } from '../casenumber/code-table';
import { caseListLayout } from '../recognize/case-list';
import { isoDate } from '../base/case-cells';

export interface AggregateOptions {
  /** the unit of the rows: 承办部门, 承办人, or 法院 (from the 案号's court code) */
  by: UnitBy;
  period: PeriodSpec;
  /** the case families to count (`['民', '刑']`); absent or empty: all */
  families?: CaseFamily[];
  /** the new sheet's name (default 案件统计); made unique against existingSheets */
  sheetName?: string;
  /** the left-out rows' sheet (default 未计入案件) */
  rejectedSheetName?: string;
  /** the workbook's sheet names, so the new ones do not collide */
  existingSheets?: string[];
  /** where the list came from, for the note (`案件明细.xlsx`) */
  source?: string;
  /** where the full list of rows left out is written (a CSV beside the output), named when the sheet cannot hold them all */
  rejectsFile?: string;
  /** the court's own type codes (a target preset's localCaseCodes) */
  localCaseCodes?: LocalCaseCode[];
}

export interface AggregateRun {
  plan: EditPlan;
  result: AggregateResult;
  read: ReadResult;
  sheetName: string;
  rejectedSheetName: string;
}

export function uniqueSheetName(base: string, existing: string[]): string {
  // Excel: at most 31 characters, none of : \ / ? * [ ]
  const clean = base.replace(/[:\\/?*[\]]/g, '').slice(0, 31) || '案件统计';
  const taken = new Set(existing.map((s) => s.toLowerCase()));
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let k = 2; ; k++) {
    const name = `${clean.slice(0, 28)}${k}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

const FORMATS = { count: '0', days: '0', amount: '#,##0.00' };
const HEADER_FILL = '#DDEBF7';

export function runAggregate(grid: Grid, table: RecognizedTable, options: AggregateOptions): AggregateRun {
  const layout = caseListLayout(grid, table);
  const read = readCases(grid, layout, { codes: caseCodeTable(options.localCaseCodes) });
  return aggregateRead(read, new Set<CaseFieldName>(layout.columns.keys()), grid.sheet, options);
}

/**
 * Counts cases already read (from a grid, or streamed from a file by the command line) and plans the two sheets.
 * `columns` are the case-list fields the list has; `listSheet` names the list's sheet in the notes.
 */
export function aggregateRead(read: ReadResult, columns: Set<CaseFieldName>, listSheet: string, options: AggregateOptions): AggregateRun {
  const period = resolvePeriod(options.period);
  if (!columns.has('立案日期')) throw new Error('案件明细中没有识别出「立案日期」列，无法区分旧存与新收；请指定立案日期所在的列');
  if (options.by === '承办部门' && !columns.has('承办部门')) throw new Error('案件明细中没有「承办部门」列，无法按承办部门统计');
  if (options.by === '承办人' && !columns.has('承办人')) throw new Error('案件明细中没有「承办人」列，无法按承办人统计');
  const result = aggregateCases(read.store, { by: options.by, period, families: options.families ?? null, columns });

  const existing = [...(options.existingSheets ?? []), listSheet];
  const sheetName = uniqueSheetName(options.sheetName ?? '案件统计', existing);
  const rejectedSheetName = uniqueSheetName(options.rejectedSheetName ?? '未计入案件', [...existing, sheetName]);
  const plan = emptyPlan();
  plan.newSheets.push(sheetName, rejectedSheetName);
  writeMatrix(plan, sheetName, rejectedSheetName, listSheet, result, read, options);
  writeRejected(plan, rejectedSheetName, listSheet, result, read, options);
  const leftOut = leftOutCount(read, result);
  plan.summary.push(
    `新建工作表「${sheetName}」：按${options.by}统计 ${result.units.length} 个单位 × ${result.measures.length} 项，统计时间 ${period.label}`,
    `计入 ${result.counted} 行案件；未计入 ${leftOut} 行（见「${rejectedSheetName}」${leftOut > LISTED_ROWS && options.rejectsFile ? `，全部见「${options.rejectsFile}」` : ''}）`,
  );
  // every row of the list is accounted for: the ones outside the period or the chosen families are said too
  const { filedAfter, closedBefore } = result.outOfPeriod;
  if (filedAfter + closedBefore) {
    const why = [filedAfter ? `${filedAfter} 行立案晚于期末 ${isoDate(period.end)}` : '', closedBefore ? `${closedBefore} 行在期初 ${isoDate(period.start)} 前已结案` : '']
      .filter(Boolean)
      .join('，');
    plan.summary.push(`另有 ${filedAfter + closedBefore} 行不在统计期间 ${period.label} 内（${why}），不计入；要计入，请另选统计期间`);
  }
  if (result.otherFamilies) plan.summary.push(`另有 ${result.otherFamilies} 行属于未选的案件类别，不计入`);
  if (read.unreadableCount) plan.summary.push(`另有 ${read.unreadableCount} 行审限届满日期无法读取，已计入收结案（见表下注）`);
  return { plan, result, read, sheetName, rejectedSheetName };
}

export function planAggregate(grid: Grid, table: RecognizedTable, options: AggregateOptions): EditPlan {
  return runAggregate(grid, table, options).plan;
}

function writeMatrix(
  plan: EditPlan,
  sheet: string,
  rejectedSheet: string,
  listSheet: string,
  result: AggregateResult,
  read: ReadResult,
  options: AggregateOptions,
): void {
  const put = (row: number, col: number, value: CellValue, extra: Partial<CellWrite> = {}) =>
    plan.writes.push({ sheet, row, col, value, ...extra });
  const width = 2 + result.measures.length;
  put(0, 0, `案件统计表（按${result.by}）`, { bold: true, align: 'center' });
  plan.merges.push({ sheet, range: { top: 0, left: 0, bottom: 0, right: width - 1 } });
  put(1, 0, `统计时间：${result.period.label}（${result.period.name}）`);
  const headerRow = 2;
  const headers = ['序号', result.by, ...result.measures.map((m) => m.header)];
  headers.forEach((h, c) => put(headerRow, c, h, { bold: true, align: 'center', fill: HEADER_FILL }));

  const firstUnitRow = headerRow + 1;
  result.units.forEach((u, k) => {
    const r = firstUnitRow + k;
    put(r, 0, k + 1, { align: 'center' });
    put(r, 1, u.label);
    u.values.forEach((v, m) => put(r, 2 + m, v, { numberFormat: FORMATS[result.measures[m].kind], label: `${result.measures[m].header} · ${u.label}` }));
  });
  const totalRow = firstUnitRow + result.units.length;
  put(totalRow, 1, '合计', { bold: true });
  result.total.forEach((v, m) => {
    const col = 2 + m;
    const extra: Partial<CellWrite> = { bold: true, numberFormat: FORMATS[result.measures[m].kind], label: `${result.measures[m].header} · 合计` };
    if (result.units.length) {
      extra.formula = `=SUM(${address(firstUnitRow, col)}:${address(totalRow - 1, col)})`;
    }
    put(totalRow, col, v, extra);
  });

  // the note: which rules and period produced the table
  const notes = noteLines(listSheet, result, read, options, rejectedSheet);
  notes.forEach((line, k) => put(totalRow + 2 + k, 0, line));

  plan.columnWidths.push({ sheet, col: 0, width: 6 }, { sheet, col: 1, width: result.by === '法院' ? 22 : 14 });
  result.measures.forEach((m, k) => plan.columnWidths.push({ sheet, col: 2 + k, width: Math.max(10, m.header.length * 2 + 2) }));
}

function noteLines(listSheet: string, result: AggregateResult, read: ReadResult, options: AggregateOptions, rejectedSheet: string): string[] {
  const source = options.source ? `${options.source} 工作表「${listSheet}」` : `工作表「${listSheet}」`;
  const byType = new Map<string, number>();
  for (const i of result.scopeExcludedCases) {
    const code = read.store.types.values[read.store.type[i]].code;
    byType.set(code, (byType.get(code) ?? 0) + 1);
  }
  const excludedText = byType.size ? [...byType.entries()].map(([t, n]) => `${t} ${n} 件`).join('、') : '本期无此类案件';
  const lines = [
    `注：1. 数据来源：${source}，明细 ${read.rowsRead} 行；计入 ${result.counted} 行；未计入 ${leftOutCount(read, result)} 行，逐行列于「${rejectedSheet}」${listedNote(read, result, options)}。`,
    `2. 统计时间：${result.period.label}，即${result.period.description}；案件大类：${familyList(result.families)}${
      result.otherFamilies ? `（其他大类 ${result.otherFamilies} 行未统计）` : ''
    }${result.unknownFamilyCount ? `；旧式类型代字看不出大类的 ${result.unknownFamilyCount} 行未计入所选大类，逐行列出` : ''}。`,
    `3. 统计口径：受理、结案及旧存、新收、未结均不含诉前调确、诉前调书、诉前调解（引调、民先调等）、执恢、执保案件（${excludedText}）；平均审理天数不含执行案件及上述诉前案件。`,
    '4. 旧存 = 统计期开始前立案且期初未结；新收 = 统计期内立案；受理 = 旧存 + 新收；结案 = 统计期内结案；未结 = 期末未结 = 受理 − 结案。案号为区间（如 民初18775-18776号）的按所含件数计。',
  ];
  const details = result.measures.filter((m) => !CORE_MEASURES.includes(m.header));
  if (details.length) lines.push(`5. 其余各列：${details.map((m) => `${m.header}＝${m.note}`).join('；')}。`);
  if (read.unreadableCount) {
    const rows = read.unreadable.map((u) => u.row);
    const shown = rows.slice(0, 20).join('、') + (read.unreadableCount > 20 ? ` 等 ${read.unreadableCount} 行` : '');
    lines.push(`${lines.length + 1}. 第 ${shown} 行的审限届满日期无法读取：这些案件照常计入收结案，审限内按无届满日期判断。`);
  }
  if (result.by === '法院') lines.push(`${lines.length + 1}. 法院按案号中的法院代字归并；明细有法院名称列时取该代字最常见的名称。`);
  return lines;
}

/** Said where the rejects sheet cannot list every row: how many it lists, and where the rest are. */
function listedNote(read: ReadResult, result: AggregateResult, options: AggregateOptions): string {
  const all = leftOutCount(read, result);
  if (all <= LISTED_ROWS) return '';
  return `（列出前 ${LISTED_ROWS} 行${options.rejectsFile ? `，全部 ${all} 行见「${options.rejectsFile}」` : ''}）`;
}

/** Rows read but not counted: unreadable, left out by the scope rules, or of an old code whose family is unknown. */
function leftOutCount(read: ReadResult, result: AggregateResult): number {
  return read.rejectedCount + result.scopeExcludedCount + result.unknownFamilyCount;
}

/** The rows left out, merged in row order from the lists (each already in row order), the first LISTED_ROWS. */
function leftOutRows(read: ReadResult, result: AggregateResult): RejectedRow[] {
  const a = read.rejected;
  const b = [
    ...result.scopeExcluded.map((e) => ({ row: e.row, caseNumber: e.caseNumber, reason: scopeReason(e.typeCode) })),
    ...result.unknownFamily.map((e) => ({ row: e.row, caseNumber: e.caseNumber, reason: unknownFamilyReason(e.typeCode) })),
  ].sort((x, y) => x.row - y.row);
  const out: RejectedRow[] = [];
  let i = 0;
  let j = 0;
  while (out.length < LISTED_ROWS && (i < a.length || j < b.length)) {
    if (j >= b.length || (i < a.length && a[i].row < b[j].row)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

/** Why a case of an old type code is left out under a family filter. */
export function unknownFamilyReason(typeCode: string): string {
  return `旧式类型代字「${typeCode}」看不出案件大类（民、刑、行、执、赔……），未计入所选大类，请核对`;
}

/** Why a case of the period is left out by the scope rules. */
export function scopeReason(typeCode: string): string {
  return `按统计口径不计入受理、结案（${typeCode}：${caseTypeByCode(typeCode)?.name ?? ''}）`;
}

function writeRejected(plan: EditPlan, sheet: string, listSheet: string, result: AggregateResult, read: ReadResult, options: AggregateOptions): void {
  const put = (row: number, col: number, value: CellValue, extra: Partial<CellWrite> = {}) =>
    plan.writes.push({ sheet, row, col, value, ...extra });
  put(0, 0, `未计入统计的案件（工作表「${listSheet}」）`, { bold: true });
  ['原表行号', '案号', '原因'].forEach((h, c) => put(1, c, h, { bold: true, fill: HEADER_FILL, align: 'center' }));
  const rows = leftOutRows(read, result);
  if (!rows.length) put(2, 0, '（无：明细中的每一行都已计入或不属于本统计期间）');
  rows.forEach((r, k) => {
    put(2 + k, 0, r.row, { align: 'center' });
    put(2 + k, 1, r.caseNumber);
    put(2 + k, 2, r.reason);
  });
  const more = listedNote(read, result, options);
  if (more) put(2 + rows.length, 0, `共 ${leftOutCount(read, result)} 行未计入，此表${more.slice(1, -1)}`);
  plan.columnWidths.push({ sheet, col: 0, width: 10 }, { sheet, col: 1, width: 30 }, { sheet, col: 2, width: 60 });
}
