/**
 * Reading the cases of a recognised case list: one record per body row, or the reason the row cannot be
 * counted (unparsable 案号, a missing or invalid 立案日期, a 结案日期 before the 立案日期). Nothing is dropped
 * silently: every row that is not blank becomes a case or a rejection; a case whose 审限届满日期 cannot be read
 * is still counted, and listed in `unreadable`.
 */
import type { CellValue, Grid } from '../base/grid';
import { parseCaseNumber, type CourtInfo } from '../casenumber/parse';
import { DEFAULT_CODE_TABLE, type CaseCodeTable } from '../casenumber/code-table';
import type { CaseTypeDef } from '../casenumber/types-data';
import type { CaseFieldName } from '../catalog/case-fields';
import { methodCategory, procedureCategory, type MethodCategory, type ProcedureCategory } from '../catalog/case-fields';
import type { CaseListLayout } from '../recognize/case-list';
import { BLANK_DATE, INVALID_DATE, amountScale, dateSerial, isoDate, readAmount, readFlag, readNumber, readText } from '../base/case-cells';
import { caseHeaderKey } from '../base/text';

export interface CaseRecord {
  /** the sheet's 1-based row number */
  row: number;
  /** the 案号 as written */
  caseNumberText: string;
  /** from the 案号: the type (family, instance, scope rules), the court, and how many cases it stands for */
  type: CaseTypeDef;
  court: CourtInfo;
  weight: number;
  /** Excel serial days */
  filed: number;
  closed: number | null;
  limitDue: number | null;
  method: MethodCategory | null;
  procedure: ProcedureCategory | null;
  department: string | null;
  judge: string | null;
  courtName: string | null;
  /** 审理天数 from its column, else null (the aggregator falls back to 结案日期 − 立案日期) */
  days: number | null;
  deductedDays: number | null;
  /** 审限天数 (the statutory limit in days) when the list gives it */
  limitDays: number | null;
  extended: boolean;
  /** 是否超审限 when the list says so, else null */
  overdue: boolean | null;
  appealed: boolean;
  announcedInCourt: boolean;
  claim: number | null;
  recovered: number | null;
}

export interface RejectedRow {
  /** the sheet's 1-based row number */
  row: number;
  caseNumber: string;
  reason: string;
}

export interface ReadResult {
  cases: CaseRecord[];
  rejected: RejectedRow[];
  /** non-blank body rows read */
  rowsRead: number;
  /** rows counted although a secondary column could not be read (审限届满日期), with what was not read */
  unreadable: RejectedRow[];
}

function isBlankRow(row: CellValue[]): boolean {
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v !== null && !(typeof v === 'string' && v.trim() === '')) return false;
  }
  return true;
}

/** `codes`: the type codes to read the 案号 with (a court's local codes added from its preset). */
export function readCases(grid: Grid, layout: CaseListLayout, codes: CaseCodeTable = DEFAULT_CODE_TABLE): ReadResult {
  const col = (name: CaseFieldName): number => layout.columns.get(name) ?? -1;
  const cNumber = col('案号');
  const cFiled = col('立案日期');
  const cClosed = col('结案日期');
  const cDue = col('审限届满日期');
  const cMethod = col('结案方式');
  const cProcedure = col('适用程序');
  const cDept = col('承办部门');
  const cJudge = col('承办人');
  const cCourt = col('法院');
  const cDays = col('审理天数');
  const cDeducted = col('扣除审限天数');
  const cLimitDays = col('审限天数');
  const cExtended = col('是否延长审限');
  const cOverdue = col('是否超审限');
  const cAppealed = col('是否上诉');
  const cAnnounced = col('是否当庭宣判');
  const cClaim = col('标的额');
  const cRecovered = col('到位金额');
  // money is summed in 元: a header in 万元 scales its bare numbers
  const scaleOf = (name: CaseFieldName) => amountScale(caseHeaderKey(layout.headers.get(name) ?? '').unit);
  const claimScale = scaleOf('标的额');
  const recoveredScale = scaleOf('到位金额');

  const cases: CaseRecord[] = [];
  const rejected: RejectedRow[] = [];
  const unreadable: RejectedRow[] = [];
  let rowsRead = 0;
  const origin = grid.origin.row + 1;
  for (let r = layout.firstRow; r <= layout.lastRow; r++) {
    const row = grid.values[r];
    if (!row || isBlankRow(row)) continue;
    rowsRead++;
    const sheetRow = origin + r;
    const numberText = readText(row[cNumber]) ?? '';
    const parsed = parseCaseNumber(numberText, codes);
    if (!parsed.ok) {
      rejected.push({ row: sheetRow, caseNumber: numberText, reason: numberText ? `案号无法解析：${parsed.reason}` : '案号为空' });
      continue;
    }
    const reason = cFiled < 0 ? '缺少立案日期列' : null;
    if (reason) {
      rejected.push({ row: sheetRow, caseNumber: numberText, reason });
      continue;
    }
    const filed = dateSerial(row[cFiled]);
    if (filed < 0) {
      rejected.push({ row: sheetRow, caseNumber: numberText, reason: filed === BLANK_DATE ? '立案日期为空' : `立案日期「${readText(row[cFiled])}」不是日期` });
      continue;
    }
    let closed: number | null = null;
    if (cClosed >= 0) {
      const d = dateSerial(row[cClosed]);
      if (d === INVALID_DATE) {
        rejected.push({ row: sheetRow, caseNumber: numberText, reason: `结案日期「${readText(row[cClosed])}」不是日期` });
        continue;
      }
      if (d >= 0) {
        if (d < filed) {
          rejected.push({ row: sheetRow, caseNumber: numberText, reason: `结案日期 ${isoDate(d)} 早于立案日期 ${isoDate(filed)}` });
          continue;
        }
        closed = d;
      }
    }
    let limitDue: number | null = null;
    if (cDue >= 0) {
      const d = dateSerial(row[cDue]);
      // a bad due date does not make the case less of a case: it is counted, and 审限内 is judged without it
      if (d === INVALID_DATE) unreadable.push({ row: sheetRow, caseNumber: numberText, reason: `审限届满日期「${readText(row[cDue])}」不是日期` });
      else if (d >= 0) limitDue = d;
    }
    cases.push({
      row: sheetRow,
      caseNumberText: numberText,
      type: parsed.value.type,
      court: parsed.value.court,
      weight: parsed.value.count,
      filed,
      closed,
      limitDue,
      method: cMethod >= 0 ? methodCategory(readText(row[cMethod])) : null,
      procedure: cProcedure >= 0 ? procedureCategory(readText(row[cProcedure])) : null,
      department: cDept >= 0 ? readText(row[cDept]) : null,
      judge: cJudge >= 0 ? readText(row[cJudge]) : null,
      courtName: cCourt >= 0 ? readText(row[cCourt]) : null,
      days: cDays >= 0 ? readNumber(row[cDays]) : null,
      deductedDays: cDeducted >= 0 ? readNumber(row[cDeducted]) : null,
      limitDays: cLimitDays >= 0 ? readNumber(row[cLimitDays]) : null,
      extended: cExtended >= 0 ? readFlag(row[cExtended]) : false,
      overdue: cOverdue >= 0 ? readFlag(row[cOverdue]) : null,
      appealed: cAppealed >= 0 ? readFlag(row[cAppealed]) : false,
      announcedInCourt: cAnnounced >= 0 ? readFlag(row[cAnnounced]) : false,
      claim: cClaim >= 0 ? readAmount(row[cClaim], claimScale) : null,
      recovered: cRecovered >= 0 ? readAmount(row[cRecovered], recoveredScale) : null,
    });
  }
  return { cases, rejected, rowsRead, unreadable };
}
