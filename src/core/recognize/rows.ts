/**
 * The rows stage (after ./labels.ts): each body row's label (from the unit column, or a total's label written
 * across the serial column), its role by that label — unit, total, subtotal, benchmark, or a breakdown
 * (`其中：…`) of the row above — and each unit's level from its name (中院, 基层, 部门, 法官). Section headings
 * inside the body are left out. Totals are only labelled here; ./totals.ts checks them by arithmetic.
 */
import { cellText, foldTraditional } from '../base/text';
import { THRESHOLD } from './confidence';
import type { TableHeader } from './header';
import { isJudgeColumn, type LabelColumns } from './labels';
import type { Context, RowModel } from './model';
import type { LayoutKind, RowRole, UnitLevel } from './types';
import {
  BENCHMARK_PATTERNS,
  BREAKDOWN_PREFIX,
  LEADER_DOTS,
  LEADING_INDENT,
  LEVEL_WORDS,
  NOTE_MARK,
  PART_TOTAL,
  levelOf,
  namesUnit,
  SECTION_NUMBER,
  SUBTOTAL_CONTAINS,
  SUBTOTAL_LABELS,
  TOTAL_CONTAINS,
  TOTAL_LABELS,
  TOTAL_LEVEL_PATTERNS,
  TOTAL_QUALIFIED,
} from './vocabulary';

/** Body rows with their role (by label), label and level; section headings left out. */
export function readRows(ctx: Context, { body, left, right }: TableHeader, labels: LabelColumns): RowModel[] {
  const { firstDataCol } = labels;
  const judgeColumn = isJudgeColumn(labels);
  const hasValues = body.some((r) => rowHasValues(ctx, r, firstDataCol, right));
  const bodyLabels = body.map((r) => rowLabel(ctx, r, labels.unitCol, firstDataCol, left));
  // groups closed by 小计 rows are opened by label-only headings; without subtotals a label-only row is a unit with no figures
  const roles = bodyLabels.map(labelRole);
  const grouped = roles.includes('subtotal');
  // in a table whose rows name no unit (case types, stages: `刑事`, `由立案至聆讯`) a label with no figures heads
  // the rows under it when it opens the body or when the labels under the headings repeat (`上诉` and
  // `申请上诉许可` each over 刑事 / 民事); elsewhere it is a row left blank (强制医疗监督 among the case types),
  // and where rows are courts, a court without figures is always a unit
  const measuresOnly = bodyLabels.every((l, k) => !l || roles[k] !== null || !namesUnit(l, judgeColumn));
  const named = bodyLabels.filter((l, k) => l && roles[k] === null);
  const labelsRepeat = new Set(named).size < named.length;
  const opening = bodyLabels.findIndex((l) => l !== '');
  const indented = (k: number) => labels.unitCol !== null && LEADING_INDENT.test(String(ctx.grid.values[body[k]][labels.unitCol] ?? ''));
  const rows: RowModel[] = [];
  let headings = 0;
  /** for each row kept, whether a heading came since the row before it */
  const afterHeading = new Set<number>();
  let headingPending = false;
  let unindentedRow = false;
  for (let k = 0; k < body.length; k++) {
    const r = body[k];
    const label = bodyLabels[k];
    if (isSectionRow(ctx, r, label, left, right, firstDataCol, hasValues, grouped || (measuresOnly && k + 1 < body.length && (labelsRepeat || k === opening)), judgeColumn, roles[k])) {
      headings++;
      headingPending = true;
      continue;
    }
    // a footnote under the figures (`*` in the label cell or before it, its text beside it) is a note, not a row
    if (isNoteRow(ctx, r, label, left, right, labels)) continue;
    // a label indented with spaces under one that is not (`合議庭普通刑事案` › `   羈押犯`) is a part of it
    const isIndented = indented(k);
    const role = roles[k] ?? (isIndented && unindentedRow ? 'breakdown' : 'unit');
    if (!isIndented) unindentedRow = true;
    const level = role === 'unit' ? levelOf(label, judgeColumn) : role === 'benchmark' ? null : role === 'breakdown' ? breakdownLevel(label, judgeColumn) : totalLevel(label);
    if (headingPending) afterHeading.add(r);
    headingPending = false;
    rows.push({ r, row: ctx.grid.origin.row + r + 1, role, label, level });
  }
  readBreakdowns(rows, judgeColumn);
  // a count of one part (`民事法庭總數`) that closes a table with no total of its own is that table's total
  const last = rows.filter((x) => x.role !== 'breakdown' && x.role !== 'benchmark').pop();
  if (last && last.role === 'subtotal' && PART_TOTAL.test(foldTraditional(last.label).replace(LEADER_DOTS, '')) && rows.every((x) => x === last || x.role === 'unit' || x.role === 'breakdown' || x.role === 'benchmark')) last.role = 'total';
  // under two or more headings a 合计 closes its heading's group (申请上诉许可 › 刑事, 民事, 合计): a subtotal; a
  // total right after such a subtotal, with no heading between, is the whole table's (…合计, 总计) and stays one
  if (headings >= 2 && !grouped) {
    let inGroup = false;
    for (const row of rows) {
      if (afterHeading.has(row.r)) inGroup = true;
      if (row.role !== 'total') continue;
      if (inGroup) row.role = 'subtotal';
      inGroup = false;
    }
  }
  // `基层法院` is the subtotal of the basic courts only where they are listed; alone it is a level (a target table's row)
  for (const row of rows) {
    if (row.role !== 'subtotal' || !SUBTOTAL_LABELS.test(row.label)) continue;
    if (!rows.some((x) => x.role === 'unit' && x.level === row.level)) row.role = 'unit';
  }
  return rows;
}

/** a breakdown's level from the rest of its label: `其中：中院` 中院; `其中：民事` none (two characters, no judge) */
function breakdownLevel(label: string, judgeColumn: boolean): UnitLevel | null {
  const level = levelOf(label.replace(BREAKDOWN_PREFIX, ''), judgeColumn);
  return level === '法官' && !judgeColumn ? null : level;
}

/**
 * `其中：…` rows: a part of the nearest row above that is not itself a part. Two readings keep their older
 * meaning: `其中：基层法院` under a court row is the subtotal of the basic courts listed with it, and
 * `其中：延吉法院` under a total with more courts after it is the first of the courts the total is made of.
 * One at the top of the table is a part of nothing: read by the rest of its label.
 */
function readBreakdowns(rows: RowModel[], judgeColumn: boolean): void {
  rows.forEach((row, i) => {
    if (row.role !== 'breakdown') return;
    let parent: RowModel | undefined;
    for (let j = i - 1; j >= 0 && !parent; j--) if (rows[j].role !== 'breakdown' && rows[j].role !== 'benchmark') parent = rows[j];
    const rest = row.label.replace(BREAKDOWN_PREFIX, '');
    const next = rows[i + 1];
    const courtName = !LEVEL_WORDS.test(rest) && (row.level === '基层' || row.level === '中院');
    if (!parent) {
      row.role = labelRole(rest) ?? 'unit';
      row.level = row.role === 'unit' ? levelOf(rest, judgeColumn) : row.role === 'benchmark' ? null : totalLevel(rest);
    } else if (parent.role === 'unit' && SUBTOTAL_LABELS.test(row.label)) {
      row.role = 'subtotal';
      row.level = totalLevel(rest);
    } else if (parent.role !== 'unit' && courtName && next?.role === 'unit') {
      row.role = 'unit';
      row.level = levelOf(row.label, judgeColumn);
    } else {
      row.partOf = parent.row;
    }
  });
}

/**
 * Levels settled once the kind is known: a table read as a case list by the columns but not by the case-list
 * reader has no judges as units, and a generic total (合计, 总计) stands for the whole city only in a table of courts.
 */
export function settleLevels(input: RowModel[], kind: LayoutKind): RowModel[] {
  // a row is copied when its level changes; the others are shared
  const rows = input.slice();
  const clearLevel = (i: number) => void (rows[i] = { ...rows[i], level: null });
  if (kind === 'case-list') rows.forEach((row, i) => row.role === 'unit' && row.level === '法官' && clearLevel(i));
  if (!rows.some((x) => x.role === 'unit' && (x.level === '中院' || x.level === '基层'))) {
    rows.forEach((row, i) => row.role === 'total' && row.level === '全市' && !/^全(市|州|县|区|盟)/.test(row.label) && clearLevel(i));
  }
  return rows;
}

/** A row's role by its label alone: null for a unit (or a row with no label). */
function labelRole(text: string): RowRole | null {
  if (!text) return null;
  // leader dots after a label (`總數......`) only lead the eye to the figures
  const label = foldTraditional(text).replace(LEADER_DOTS, '');
  if (BREAKDOWN_PREFIX.test(label)) return 'breakdown';
  if (SUBTOTAL_CONTAINS.some((w) => label.includes(w)) || SUBTOTAL_LABELS.test(label) || PART_TOTAL.test(label)) return 'subtotal';
  if (TOTAL_LABELS.includes(label) || TOTAL_QUALIFIED.test(label) || TOTAL_CONTAINS.some((w) => label.includes(w))) return 'total';
  if (BENCHMARK_PATTERNS.some((re) => re.test(label))) return 'benchmark';
  return null;
}

/** the level a total's label says (全市合计, 基层法院小计), or null */
function totalLevel(label: string): UnitLevel | null {
  // a qualifier in brackets (`（不含中院）`) does not say the level
  const plain = foldTraditional(label).replace(/[(（][^()（）]*[)）]/g, '');
  for (const [re, level] of TOTAL_LEVEL_PATTERNS) if (re.test(plain)) return level;
  return null;
}

/** a row's label: its unit cell, else the first text before the figures */
export function rowLabel(ctx: Context, r: number, unitCol: number | null, firstDataCol: number, left: number): string {
  if (unitCol !== null) {
    const [mr, mc] = ctx.o.masterOf(r, unitCol);
    const t = mr === r ? cellText(ctx.grid.values[mr][mc]) : '';
    if (t) return t;
  }
  // a total's label is often written in the serial column, merged across it and the unit column
  for (let c = left; c < firstDataCol; c++) {
    const [mr, mc] = ctx.o.masterOf(r, c);
    if (mr !== r) continue;
    const cls = ctx.classes.at(mr, mc);
    if (cls === 'text') return cellText(ctx.grid.values[mr][mc]);
  }
  return '';
}

/** any figure (number, percent, target, dash, date) in the row from column `from` on */
function rowHasValues(ctx: Context, r: number, from: number, right: number): boolean {
  for (let c = from; c <= right; c++) {
    const cls = ctx.classes.at(r, c);
    if (cls !== 'empty' && cls !== 'text') return true;
  }
  return false;
}

/** A heading inside the body (`一、审判质量指标`, or one text merged across the table): not a row of it. */
function isSectionRow(ctx: Context, r: number, label: string, left: number, right: number, firstDataCol: number, tableHasValues: boolean, grouped: boolean, judgeColumn: boolean, role: RowRole | null): boolean {
  if (rowHasValues(ctx, r, firstDataCol, right)) return false;
  let cells = 0;
  let widest = 0;
  for (let c = left; c <= right; c++) {
    if (!ctx.o.isOccupied(r, c)) continue;
    const [mr, mc] = ctx.o.masterOf(r, c);
    if (mr !== r || mc !== c) continue;
    cells++;
    const m = ctx.o.mergeOf(r, c);
    widest = Math.max(widest, m ? m.right - m.left + 1 : 1);
  }
  if (cells === 1 && widest >= Math.max(2, (right - left + 1) * THRESHOLD.sectionSpan)) return true;
  if (!tableHasValues) return false;
  // a numbered label heads the rows under it (`二、中级法院`), and so does a label alone in a table of groups closed
  // by 小计 (`刑事管辖`) or in a table of measures; a court, division or judge with no figures is still a unit (zero cells are left blank)
  // a four-character heading is no judge outside a judges' table
  return SECTION_NUMBER.test(label) || (grouped && cells === 1 && !namesUnit(label, judgeColumn) && role === null);
}

/** A footnote's row: its label is a note mark (`*`), or a mark stands before the label in a row of no figures. */
export function isNoteRow(ctx: Context, r: number, label: string, left: number, right: number, labels: LabelColumns): boolean {
  if (NOTE_MARK.test(label)) return true;
  if (labels.unitCol === null || labels.unitCol === left) return false;
  return NOTE_MARK.test(cellText(ctx.grid.values[r][left])) && !rowHasValues(ctx, r, labels.firstDataCol, right);
}
