/**
 * Recognition of a case list (案件明细, kind `case-list` of the recognition contract): which row is the
 * header and which column is 案号, 立案日期, 结案方式 … — through the header names and their synonyms
 * (./fields.ts), and through the values where headers are poor: a column of 案号 is 案号 whatever its header
 * says, a column of dates is dates whether serials or text, a column of 判决/调解/撤诉 is 结案方式.
 *
 * H3's recogniser calls `recognizeCaseList(grid, block)` for a block that looks like a case list (the block is
 * a grid-relative CellRange; omitted, the whole grid); it returns null when the block has no 案号 column.
 * Each body row is a case; `rows` stays empty (a list may hold 200,000 cases) — the body is the range below
 * the header row.
 */
import { caseHeaderKey, cellText } from '../base/text';
import { a1, columnIndex, columnLetter, gridCols, gridRows, parseRange, type CellRange, type Grid } from '../base/grid';
import type { ColumnGuess, RecognizedColumn, RecognizedTable } from './types';
import { parseCaseNumber } from '../casenumber/parse';
import { CASE_FIELDS, CASE_FIELD_BY_NAME, methodCategory, procedureCategory, type CaseFieldDef, type CaseFieldName } from '../catalog/case-fields';
import { isDateFormat, readDate, readNumber, readText } from '../base/case-cells';
import { maxOf } from '../base/arrays';


export interface HeaderMatch {
  field: CaseFieldDef;
  score: number;
  synonym: string;
}

/** The best case-list field for a header text: exact synonym 1.0, contained synonym 0.6–0.9. */
export function matchCaseHeader(text: string): HeaderMatch | null {
  const { key } = caseHeaderKey(text);
  if (!key || key.length > 24) return null;
  let best: HeaderMatch | null = null;
  for (const field of CASE_FIELDS) {
    for (const synonym of field.synonyms) {
      let score = 0;
      if (key === synonym) score = 1;
      else if (key.includes(synonym)) score = 0.6 + 0.3 * (synonym.length / key.length);
      if (score > (best?.score ?? 0)) best = { field, score, synonym };
    }
  }
  return best;
}

interface Profile {
  nonBlank: number;
  caseNumber: number;
  /** text dates, or numbers with a date format */
  date: number;
  /** numbers in the range of plausible date serials (dates only if the header says so) */
  serialLike: number;
  number: number;
  method: number;
  procedure: number;
  /** names of divisions: 民一庭, 执行局, 诉讼服务中心 */
  department: number;
}

const SAMPLE = 300;

/** A court division's name: 民一庭, 刑事审判庭, 执行局, 诉讼服务中心, 审判管理办公室 */
const DEPARTMENT_NAME = /^[\u4e00-\u9fff]{1,10}(庭|局|中心|办公室|室|科|处)$/;

function profileColumn(grid: Grid, c: number, first: number, last: number): Profile {
  const p: Profile = { nonBlank: 0, caseNumber: 0, date: 0, serialLike: 0, number: 0, method: 0, procedure: 0, department: 0 };
  const n = last - first + 1;
  const step = Math.max(1, Math.floor(n / SAMPLE));
  for (let r = first; r <= last; r += step) {
    const v = grid.values[r][c];
    if (v === null || (typeof v === 'string' && v.trim() === '')) continue;
    p.nonBlank++;
    if (typeof v === 'number') {
      p.number++;
      const format = grid.numberFormats?.[r]?.[c];
      const d = readDate(v, true);
      if (d.ok === true) {
        if (isDateFormat(format)) p.date++;
        else p.serialLike++;
      }
      continue;
    }
    if (typeof v !== 'string') continue;
    if (parseCaseNumber(v).ok) p.caseNumber++;
    else if (readDate(v, false).ok === true) p.date++;
    else if (readNumber(v) !== null) p.number++;
    else {
      const m = methodCategory(v);
      if (m && m !== '其他') p.method++;
      const pr = procedureCategory(v);
      if (pr && pr !== '其他') p.procedure++;
      if (DEPARTMENT_NAME.test(v.trim())) p.department++;
    }
  }
  return p;
}

function ratio(count: number, p: Profile): number {
  return p.nonBlank ? count / p.nonBlank : 0;
}

/** Whether a header's field fits what the column holds (an empty column fits anything). */
function fits(field: CaseFieldDef, p: Profile): boolean {
  if (!p.nonBlank) return true;
  const dates = ratio(p.date + p.serialLike, p);
  switch (field.kind) {
    case 'caseNumber':
      return ratio(p.caseNumber, p) >= 0.5;
    case 'date':
      return dates >= 0.6;
    case 'days':
    case 'amount':
      return ratio(p.number, p) >= 0.6;
    case 'flag':
      return dates < 0.5 && ratio(p.caseNumber, p) < 0.5;
    default:
      return dates < 0.5 && ratio(p.caseNumber, p) < 0.5;
  }
}

interface Candidate {
  col: number;
  field: CaseFieldDef;
  confidence: number;
  matched: string;
}

/** The header row: the row of the first 20 with most case-list header names (at least 2), or -1. */
function findHeaderRow(grid: Grid, block: CellRange): number {
  let bestRow = -1;
  let bestCount = 1;
  const lastProbe = Math.min(block.bottom, block.top + 19);
  for (let r = block.top; r <= lastProbe; r++) {
    let count = 0;
    for (let c = block.left; c <= block.right; c++) {
      const t = cellText(grid.values[r][c]);
      if (t && typeof grid.values[r][c] === 'string' && !parseCaseNumber(t).ok && matchCaseHeader(t)) count++;
    }
    if (count > bestCount) {
      bestCount = count;
      bestRow = r;
    }
  }
  return bestRow;
}

/** The first row holding a 案号 in the block, or -1. */
function firstCaseNumberRow(grid: Grid, block: CellRange): number {
  const lastProbe = Math.min(block.bottom, block.top + 49);
  for (let r = block.top; r <= lastProbe; r++) {
    for (let c = block.left; c <= block.right; c++) {
      const v = grid.values[r][c];
      if (typeof v === 'string' && parseCaseNumber(v).ok) return r;
    }
  }
  return -1;
}

function lastNonBlankRow(grid: Grid, block: CellRange, from: number): number {
  for (let r = block.bottom; r >= from; r--) {
    const row = grid.values[r];
    for (let c = block.left; c <= block.right; c++) {
      const v = row[c];
      if (v !== null && !(typeof v === 'string' && v.trim() === '')) return r;
    }
  }
  return from - 1;
}

export function recognizeCaseList(grid: Grid, block?: CellRange): RecognizedTable | null {
  const rows = gridRows(grid);
  const cols = gridCols(grid);
  if (!rows || !cols) return null;
  const b: CellRange = block ?? { top: 0, left: 0, bottom: rows - 1, right: cols - 1 };

  let headerRow = findHeaderRow(grid, b);
  if (headerRow < 0) {
    const firstCase = firstCaseNumberRow(grid, b);
    if (firstCase < 0) return null;
    // a header row of poor names right above the first case, if the row above is text
    headerRow = firstCase > b.top && rowHasText(grid, firstCase - 1, b) ? firstCase - 1 : -1;
  }
  const firstBody = headerRow >= 0 ? headerRow + 1 : firstCaseNumberRowOrTop(grid, b);
  const lastBody = lastNonBlankRow(grid, b, firstBody);
  if (lastBody < firstBody) return null;

  const headers: string[] = [];
  const profiles: Profile[] = [];
  for (let c = b.left; c <= b.right; c++) {
    headers.push(headerRow >= 0 ? cellText(grid.values[headerRow][c]) : '');
    profiles.push(profileColumn(grid, c, firstBody, lastBody));
  }

  // candidates: headers that fit their values, then values alone where the header says nothing usable
  const candidates: Candidate[] = [];
  const byValues: { col: number; kind: 'caseNumber' | 'date' | 'method' | 'procedure' | 'department' }[] = [];
  const guesses = new Map<number, ColumnGuess[]>();
  for (let k = 0; k < headers.length; k++) {
    const c = b.left + k;
    const p = profiles[k];
    const h = headers[k] ? matchCaseHeader(headers[k]) : null;
    if (h && fits(h.field, p)) {
      candidates.push({ col: c, field: h.field, confidence: Math.min(0.95, h.score * 0.95), matched: h.synonym });
      continue;
    }
    if (h) guesses.set(c, [{ field: h.field.name, indicator: null, confidence: 0.3, matched: `${h.synonym}（但数值不符）` }]);
    if (ratio(p.caseNumber, p) >= 0.6) byValues.push({ col: c, kind: 'caseNumber' });
    else if (ratio(p.date, p) >= 0.6 || (ratio(p.date + p.serialLike, p) >= 0.9 && /日期|时间|日$/.test(headers[k]))) byValues.push({ col: c, kind: 'date' });
    else if (ratio(p.method, p) >= 0.6) byValues.push({ col: c, kind: 'method' });
    else if (ratio(p.procedure, p) >= 0.6) byValues.push({ col: c, kind: 'procedure' });
    else if (ratio(p.department, p) >= 0.8) byValues.push({ col: c, kind: 'department' });
  }

  const chosen = new Map<CaseFieldName, Candidate>();
  const take = (cand: Candidate): boolean => {
    const prev = chosen.get(cand.field.name);
    if (prev && prev.confidence >= cand.confidence) return false;
    chosen.set(cand.field.name, cand);
    return true;
  };
  // the best header per field wins; a loser stays unknown with the field as a guess
  for (const cand of [...candidates].sort((x, y) => y.confidence - x.confidence)) {
    if (!take(cand)) addGuess(guesses, cand);
  }
  const dateColumns: number[] = [];
  for (const v of byValues) {
    const field = v.kind === 'date' ? null : VALUE_FIELD[v.kind];
    if (field === null) {
      dateColumns.push(v.col);
      continue;
    }
    const cand: Candidate = { col: v.col, field: CASE_FIELD_BY_NAME.get(field)!, confidence: 0.8, matched: `数值：${VALUE_MATCH[v.kind]}` };
    // a column of 案号 is 案号 whatever its header, unless a header already named another column 案号
    if (!chosen.has(field) || (field === '案号' && !alreadyCaseNumber(chosen))) chosen.set(field, cand);
    else addGuess(guesses, cand);
  }
  // dates without a telling header: 立案日期 then 结案日期, left to right
  for (const col of dateColumns) {
    const missing = (['立案日期', '结案日期'] as CaseFieldName[]).find((f) => !chosen.has(f));
    const cand: Candidate = {
      col,
      field: CASE_FIELD_BY_NAME.get(missing ?? '立案日期')!,
      confidence: 0.5,
      matched: '数值：日期（按列序推定）',
    };
    if (missing) chosen.set(missing, cand);
    else addGuess(guesses, cand);
  }
  if (!chosen.has('案号')) return null;

  const byColumn = new Map<number, Candidate>();
  for (const cand of chosen.values()) byColumn.set(cand.col, cand);
  const columns: RecognizedColumn[] = [];
  for (let k = 0; k < headers.length; k++) {
    const c = b.left + k;
    const cand = byColumn.get(c);
    const header = headers[k] ? [headers[k]] : [];
    if (cand) {
      columns.push({
        column: letterOf(grid, c),
        header,
        role: 'field',
        field: cand.field.name,
        indicator: null,
        period: null,
        valueKind: cand.field.valueKind,
        confidence: round2(cand.confidence),
        matched: cand.matched,
      });
    } else {
      const serial = /^(序号|编号|行号|No\.?)$/i.test(caseHeaderKey(headers[k]).key);
      const g = guesses.get(c);
      columns.push({
        column: letterOf(grid, c),
        header,
        role: serial ? 'serial' : 'unknown',
        field: null,
        indicator: null,
        period: null,
        valueKind: profiles[k].number > profiles[k].nonBlank / 2 ? 'count' : 'text',
        confidence: serial ? 0.9 : 0,
        matched: serial ? caseHeaderKey(headers[k]).key : null,
        ...(g ? { guesses: g } : {}),
      });
    }
  }

  const unitField = (['承办部门', '承办人', '法院'] as CaseFieldName[]).find((f) => chosen.has(f));
  const top = headerRow >= 0 ? headerRow : firstBody;
  const title = titleAbove(grid, b, top);
  return {
    sheet: grid.sheet,
    range: `${a1(grid, top, b.left)}:${a1(grid, lastBody, b.right)}`,
    kind: 'case-list',
    headerRows: headerRow >= 0 ? [grid.origin.row + headerRow + 1] : [],
    unitColumn: unitField ? letterOf(grid, chosen.get(unitField)!.col) : null,
    rows: [],
    columns,
    targets: [],
    meta: { title, unit: null, period: null, notes: [`案件明细：${lastBody - firstBody + 1} 行`] },
  };
}

const VALUE_MATCH = { caseNumber: '案号格式', date: '日期', method: '结案方式用语', procedure: '适用程序用语', department: '部门名称' };
const VALUE_FIELD: Record<'caseNumber' | 'method' | 'procedure' | 'department', CaseFieldName> = {
  caseNumber: '案号',
  method: '结案方式',
  procedure: '适用程序',
  department: '承办部门',
};

function alreadyCaseNumber(chosen: Map<CaseFieldName, Candidate>): boolean {
  const c = chosen.get('案号');
  return !!c && !c.matched.startsWith('数值');
}

function addGuess(guesses: Map<number, ColumnGuess[]>, cand: Candidate): void {
  const list = guesses.get(cand.col) ?? [];
  list.push({ field: cand.field.name, indicator: null, confidence: round2(cand.confidence * 0.5), matched: cand.matched });
  guesses.set(cand.col, list);
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function letterOf(grid: Grid, c: number): string {
  return columnLetter(grid.origin.col + c);
}

function rowHasText(grid: Grid, r: number, b: CellRange): boolean {
  for (let c = b.left; c <= b.right; c++) if (typeof grid.values[r][c] === 'string' && cellText(grid.values[r][c])) return true;
  return false;
}

function firstCaseNumberRowOrTop(grid: Grid, b: CellRange): number {
  const r = firstCaseNumberRow(grid, b);
  return r < 0 ? b.top : r;
}

function titleAbove(grid: Grid, b: CellRange, top: number): string | null {
  for (let r = b.top; r < top; r++) {
    for (let c = b.left; c <= b.right; c++) {
      const t = readText(grid.values[r][c]);
      if (t) return t;
    }
  }
  return null;
}

/** Where a recognised case list's columns and body are, grid-relative. */
export interface CaseListLayout {
  columns: Map<CaseFieldName, number>;
  /** the source header text of each mapped column (for units like 万元 and for messages) */
  headers: Map<CaseFieldName, string>;
  firstRow: number;
  lastRow: number;
}

/**
 * Turns a `case-list` RecognizedTable (this module's, or one the user corrected in the pane) back into grid
 * positions. Throws with a Chinese message when the table is not on this grid or has no 案号 column.
 */
export function caseListLayout(grid: Grid, table: RecognizedTable): CaseListLayout {
  const range = parseRange(table.range);
  if (!range) throw new Error(`表格区域「${table.range}」无效`);
  const columns = new Map<CaseFieldName, number>();
  const headers = new Map<CaseFieldName, string>();
  for (const col of table.columns) {
    if (!col.field || !CASE_FIELD_BY_NAME.has(col.field as CaseFieldName)) continue;
    const name = col.field as CaseFieldName;
    if (columns.has(name)) continue;
    columns.set(name, columnIndex(col.column) - grid.origin.col);
    headers.set(name, col.header[col.header.length - 1] ?? name);
  }
  if (!columns.has('案号')) throw new Error('案件明细中没有识别出「案号」列，请先指定案号所在的列');
  const headerBottom = table.headerRows.length ? maxOf(table.headerRows) - 1 - grid.origin.row : range.top - grid.origin.row - 1;
  return {
    columns,
    headers,
    firstRow: headerBottom + 1,
    lastRow: Math.min(range.bottom - grid.origin.row, gridRows(grid) - 1),
  };
}
