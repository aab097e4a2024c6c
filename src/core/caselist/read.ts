/**
 * Reading the cases of a recognised case list, row by row, into a columnar store (./store.ts): each body row
 * becomes a case, or is rejected with the reason it cannot be counted (unparsable 案号, a missing or invalid
 * 立案日期, a 结案日期 before the 立案日期). Nothing is dropped silently: every row that is not blank becomes a
 * case or a rejection; a case whose 审限届满日期 cannot be read is still counted, and listed in `unreadable`.
 *
 * Rows come from a Grid (`readCases`) or one at a time from a file read as a stream (`CaseReader`, the command
 * line's CSV and .xlsx readers), so a list of a million rows is never held as cells. Rejections go to a callback
 * as they are found, in row order; the result keeps the first `LISTED_ROWS` of them and the count.
 */
import type { CellValue, Grid } from '../base/grid';
import type { CaseCodeTable } from '../casenumber/code-table';
import type { CaseFieldName } from '../catalog/case-fields';
import { methodCategory, procedureCategory } from '../catalog/case-fields';
import type { CaseListLayout } from '../recognize/case-list';
import { BLANK_DATE, INVALID_DATE, amountScale, dateSerial, isoDate, readAmount, readFlag, readNumber, readText } from '../base/case-cells';
import { caseHeaderKey } from '../base/text';
import { CaseStore, type CaseInput, emptyCaseRecord } from './store';
import { CaseNumberReader } from './case-numbers';

export type { CaseRecord } from './store';

/** Rows listed in full on the rejects sheet and in the result; beyond it only counted (the CLI writes all to a CSV). */
export const LISTED_ROWS = 10_000;

export interface RejectedRow {
  /** the sheet's 1-based row number */
  row: number;
  caseNumber: string;
  reason: string;
}

export interface ReadResult {
  store: CaseStore;
  /** the first LISTED_ROWS rows that could not be counted, in row order */
  rejected: RejectedRow[];
  rejectedCount: number;
  /** non-blank body rows read */
  rowsRead: number;
  /** rows counted although a secondary column could not be read (审限届满日期), with what was not read: the first LISTED_ROWS */
  unreadable: RejectedRow[];
  unreadableCount: number;
}

export interface ReadOptions {
  /** every rejected row, as it is found (in row order) */
  onRejected?: (r: RejectedRow) => void;
  /** the type codes to read the 案号 with (a court's local codes added from its preset) */
  codes?: CaseCodeTable;
}

function isBlankRow(row: CellValue[]): boolean {
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) return false;
  }
  return true;
}

/** The case-list columns the reader uses. */
const READ_FIELDS = [
  '案号',
  '立案日期',
  '结案日期',
  '审限届满日期',
  '结案方式',
  '适用程序',
  '承办部门',
  '承办人',
  '法院',
  '审理天数',
  '扣除审限天数',
  '审限天数',
  '是否延长审限',
  '是否超审限',
  '是否上诉',
  '是否当庭宣判',
  '标的额',
  '到位金额',
] as const satisfies readonly CaseFieldName[];
type ReadField = (typeof READ_FIELDS)[number];

/** Reads body rows one at a time: `add(row, sheetRow)` for each, then `result()`. */
export class CaseReader {
  private readonly store: CaseStore;
  private readonly numbers: CaseNumberReader;
  private readonly rejected: RejectedRow[] = [];
  private rejectedCount = 0;
  private readonly unreadable: RejectedRow[] = [];
  private unreadableCount = 0;
  private rowsRead = 0;
  /** each field's column in the row, or -1 */
  private readonly c: Record<ReadField, number>;
  private readonly claimScale: number;
  private readonly recoveredScale: number;
  /** one scratch input, refilled per row (the store copies it into its columns) */
  private readonly input: CaseInput;

  constructor(
    layout: Pick<CaseListLayout, 'columns' | 'headers'>,
    private readonly options: ReadOptions = {},
  ) {
    this.numbers = new CaseNumberReader(options.codes);
    const col = (name: CaseFieldName): number => layout.columns.get(name) ?? -1;
    this.c = {} as Record<ReadField, number>;
    for (const f of READ_FIELDS) this.c[f] = col(f);
    // money is summed in 元: a header in 万元 scales its bare numbers
    const scaleOf = (name: CaseFieldName) => amountScale(caseHeaderKey(layout.headers.get(name) ?? '').unit);
    this.claimScale = scaleOf('标的额');
    this.recoveredScale = scaleOf('到位金额');
    const c = this.c;
    this.store = new CaseStore({
      closed: c.结案日期 >= 0,
      limitDue: c.审限届满日期 >= 0,
      method: c.结案方式 >= 0,
      procedure: c.适用程序 >= 0,
      department: c.承办部门 >= 0,
      judge: c.承办人 >= 0,
      courtName: c.法院 >= 0,
      days: c.审理天数 >= 0,
      deductedDays: c.扣除审限天数 >= 0,
      limitDays: c.审限天数 >= 0,
      flags: c.是否延长审限 >= 0 || c.是否超审限 >= 0 || c.是否上诉 >= 0 || c.是否当庭宣判 >= 0,
      claim: c.标的额 >= 0,
      recovered: c.到位金额 >= 0,
    });
    // the scratch input is an empty record less the 案号 text (kept by the store only where it may be listed)
    const { caseNumberText: _text, ...input } = emptyCaseRecord();
    this.input = input;
  }

  private reject(r: RejectedRow): void {
    this.rejectedCount++;
    if (this.rejected.length < LISTED_ROWS) this.rejected.push(r);
    this.options.onRejected?.(r);
  }

  /** One body row (cells from column A, as the layout's column indices count them) and its 1-based sheet row. */
  add(row: CellValue[] | undefined, sheetRow: number): void {
    if (!row || isBlankRow(row)) return;
    this.rowsRead++;
    const c = this.c;
    const numberText = readText(row[c.案号]) ?? '';
    const parsed = this.numbers.read(numberText);
    if (typeof parsed === 'string') {
      this.reject({ row: sheetRow, caseNumber: numberText, reason: numberText ? `案号无法解析：${parsed}` : '案号为空' });
      return;
    }
    if (c.立案日期 < 0) {
      this.reject({ row: sheetRow, caseNumber: numberText, reason: '缺少立案日期列' });
      return;
    }
    const filed = dateSerial(row[c.立案日期]);
    if (filed < 0) {
      this.reject({ row: sheetRow, caseNumber: numberText, reason: filed === BLANK_DATE ? '立案日期为空' : `立案日期「${readText(row[c.立案日期])}」不是日期` });
      return;
    }
    let closed: number | null = null;
    if (c.结案日期 >= 0) {
      const d = dateSerial(row[c.结案日期]);
      if (d === INVALID_DATE) {
        this.reject({ row: sheetRow, caseNumber: numberText, reason: `结案日期「${readText(row[c.结案日期])}」不是日期` });
        return;
      }
      if (d >= 0) {
        if (d < filed) {
          this.reject({ row: sheetRow, caseNumber: numberText, reason: `结案日期 ${isoDate(d)} 早于立案日期 ${isoDate(filed)}` });
          return;
        }
        closed = d;
      }
    }
    let limitDue: number | null = null;
    if (c.审限届满日期 >= 0) {
      const d = dateSerial(row[c.审限届满日期]);
      // a bad due date does not make the case less of a case: it is counted, and 审限内 is judged without it
      if (d === INVALID_DATE) {
        this.unreadableCount++;
        if (this.unreadable.length < LISTED_ROWS) {
          this.unreadable.push({ row: sheetRow, caseNumber: numberText, reason: `审限届满日期「${readText(row[c.审限届满日期])}」不是日期` });
        }
      } else if (d >= 0) limitDue = d;
    }
    const x = this.input;
    x.row = sheetRow;
    x.type = parsed.type;
    x.court = parsed.court;
    x.weight = parsed.weight;
    x.filed = filed;
    x.closed = closed;
    x.limitDue = limitDue;
    // only the columns the list has are read (the store keeps only those)
    if (c.结案方式 >= 0) x.method = methodCategory(readText(row[c.结案方式]));
    if (c.适用程序 >= 0) x.procedure = procedureCategory(readText(row[c.适用程序]));
    if (c.承办部门 >= 0) x.department = readText(row[c.承办部门]);
    if (c.承办人 >= 0) x.judge = readText(row[c.承办人]);
    if (c.法院 >= 0) x.courtName = readText(row[c.法院]);
    if (c.审理天数 >= 0) x.days = readNumber(row[c.审理天数]);
    if (c.扣除审限天数 >= 0) x.deductedDays = readNumber(row[c.扣除审限天数]);
    if (c.审限天数 >= 0) x.limitDays = readNumber(row[c.审限天数]);
    if (c.是否延长审限 >= 0) x.extended = readFlag(row[c.是否延长审限]);
    if (c.是否超审限 >= 0) x.overdue = readFlag(row[c.是否超审限]);
    if (c.是否上诉 >= 0) x.appealed = readFlag(row[c.是否上诉]);
    if (c.是否当庭宣判 >= 0) x.announcedInCourt = readFlag(row[c.是否当庭宣判]);
    if (c.标的额 >= 0) x.claim = readAmount(row[c.标的额], this.claimScale);
    if (c.到位金额 >= 0) x.recovered = readAmount(row[c.到位金额], this.recoveredScale);
    this.store.add(x, numberText);
  }

  result(): ReadResult {
    return {
      store: this.store,
      rejected: this.rejected,
      rejectedCount: this.rejectedCount,
      rowsRead: this.rowsRead,
      unreadable: this.unreadable,
      unreadableCount: this.unreadableCount,
    };
  }
}

/** Every body row of a grid's case list. */
export function readCases(grid: Grid, layout: CaseListLayout, options: ReadOptions = {}): ReadResult {
  const reader = new CaseReader(layout, options);
  const origin = grid.origin.row + 1;
  for (let r = layout.firstRow; r <= layout.lastRow; r++) reader.add(grid.values[r], origin + r);
  return reader.result();
}
