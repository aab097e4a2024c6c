/**
 * The generated case list (test/caselist/fixtures/case-list-generated.xlsx, 400 cases) aggregated through the
 * real path — ExcelJS reader → recognition → reading → counting → EditPlan — and checked EXACTLY against the
 * answers the generator booked from its scenarios (answers.json), never against the aggregator itself.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readWorkbook } from '../../src/cli/xlsx-read';
import type { Grid } from '../../src/core/base/grid';
import type { EditPlan } from '../../src/core/base/plan';
import type { RecognizedTable } from '../../src/core/recognize/types';
import { parsePeriodText, recognizeCaseList, runAggregate, type AggregateOptions } from '../../src/core/caselist';
import { findField, findIndicator, matchHeader } from '../../src/core/catalog';
import { BOOKED, FIXTURE_CASES, generateCaseList, type Counts, type Expected } from './generate-case-list';

const FIXTURE = path.join(__dirname, 'fixtures', 'case-list-generated.xlsx');
const ANSWERS = path.join(__dirname, 'fixtures', 'case-list-generated.answers.json');

let grid: Grid;
let table: RecognizedTable;
const expected: Expected = JSON.parse(fs.readFileSync(ANSWERS, 'utf8'));

beforeAll(async () => {
  [grid] = await readWorkbook(FIXTURE);
  const t = recognizeCaseList(grid);
  if (!t) throw new Error('the generated case list was not recognised');
  table = t;
});

/** The matrix sheet of a plan as { unit label → { header → value } }, the 合计 row under '合计'. */
function matrixOf(plan: EditPlan, sheet: string): { headers: string[]; rows: Map<string, Record<string, number>>; formulas: Map<string, string> } {
  const writes = plan.writes.filter((w) => w.sheet === sheet);
  const headerRow = writes.find((w) => w.value === '序号')!.row;
  const headers: string[] = [];
  for (const w of writes) if (w.row === headerRow) headers[w.col] = String(w.value);
  const rows = new Map<string, Record<string, number>>();
  const formulas = new Map<string, string>();
  const labels = new Map<number, string>();
  for (const w of writes) if (w.row > headerRow && w.col === 1 && typeof w.value === 'string') labels.set(w.row, w.value);
  for (const w of writes) {
    const label = labels.get(w.row);
    if (!label || w.col < 2 || typeof w.value !== 'number') continue;
    const rec = rows.get(label) ?? {};
    rec[headers[w.col]] = w.value;
    rows.set(label, rec);
    if (w.formula) formulas.set(`${label}|${headers[w.col]}`, w.formula);
  }
  return { headers, rows, formulas };
}

function run(options: Partial<AggregateOptions>) {
  return runAggregate(grid, table, { by: '承办部门', period: { kind: 'statistical-year', year: 2023 }, ...options });
}

function expectCounts(actual: Record<string, number> | undefined, want: Counts, where: string): void {
  expect(actual).toBeDefined();
  const got: Record<string, number> = {};
  const wanted: Record<string, number> = {};
  for (const m of BOOKED) {
    got[`${where} ${m}`] = actual![m];
    wanted[`${where} ${m}`] = want[m];
  }
  expect(got).toEqual(wanted);
}

describe('the generated fixture', () => {
  test('is what the committed generator produces (answers.json in step with the script)', () => {
    const again = generateCaseList(FIXTURE_CASES).expected;
    expect(JSON.parse(JSON.stringify(again))).toEqual(expected);
  });

  test('covers the cases the rules are about: excluded 字号, spoilt rows, old cases, both sides of the year', () => {
    expect(expected.scopeExcludedRows.length).toBeGreaterThan(10);
    expect(expected.rejectedRows.length).toBeGreaterThan(5);
    expect(expected.total.旧存数).toBeGreaterThan(20);
    expect(expected.total.未结数).toBeGreaterThan(20);
    expect(expected.total.超12个月未结数).toBeGreaterThan(0);
  });
});

describe('recognising the generated case list', () => {
  test('finds the header under the title and the 案号 column by its values despite its header 案件标识', () => {
    expect(table.kind).toBe('case-list');
    expect(table.headerRows).toEqual([2]);
    expect(table.meta.title).toBe('案件明细（审判管理系统导出）');
    const b = table.columns.find((c) => c.column === 'B')!;
    expect(b.field).toBe('案号');
    expect(b.matched).toContain('数值');
    const fields = Object.fromEntries(table.columns.map((c) => [c.column, c.field]));
    expect(fields).toMatchObject({
      A: null,
      C: '案由',
      D: '立案日期',
      E: '结案日期',
      F: '审限届满日期',
      G: '结案方式',
      H: '适用程序',
      I: '承办部门',
      J: '承办人',
      K: '法院',
      L: '审理天数',
      M: '是否延长审限',
      N: '是否上诉',
      O: '是否当庭宣判',
      P: '标的额',
      Q: '到位金额',
    });
    expect(table.columns[0].role).toBe('serial');
    expect(table.unitColumn).toBe('I');
  });
});

describe('aggregating the statistical year 2023 (2022-12-01 … 2023-11-30)', () => {
  test('by 承办部门: every booked count, day sum and amount, per department and in total', () => {
    const r = run({});
    const m = matrixOf(r.plan, r.sheetName);
    expect(new Set(m.rows.keys())).toEqual(new Set([...Object.keys(expected.byDepartment), '合计']));
    for (const [dept, counts] of Object.entries(expected.byDepartment)) expectCounts(m.rows.get(dept), counts, dept);
    expectCounts(m.rows.get('合计'), expected.total, '合计');
    expect(r.result.counted).toBe(expected.countedRows);
  });

  test('the 合计 row is SUM formulas over the unit rows, carrying the total', () => {
    const r = run({});
    const m = matrixOf(r.plan, r.sheetName);
    const units = m.rows.size - 1;
    expect(m.formulas.get('合计|旧存数')).toBe(`=SUM(C4:C${3 + units})`);
  });

  test('by 法院 (from the 案号 court code, named from the 经办法院 column): per court and in total', () => {
    const r = run({ by: '法院' });
    const m = matrixOf(r.plan, r.sheetName);
    for (const [court, counts] of Object.entries(expected.byCourt)) expectCounts(m.rows.get(court), counts, court);
    expectCounts(m.rows.get('合计'), expected.total, '合计');
    // the intermediate court comes first
    expect(r.result.units[0].label).toBe('南阳市中级人民法院');
  });

  test('families 民 only: the total of civil cases', () => {
    const r = run({ families: ['民'] });
    const m = matrixOf(r.plan, r.sheetName);
    const total = m.rows.get('合计')!;
    for (const k of BOOKED) {
      // enforcement columns are not shown for civil cases, nor the days' own closing count (= 结案数 then)
      if (!(k in total)) {
        expect([k, expected.civilTotal[k]]).toEqual([k, k === '审理天数所含件数' ? total.结案数 : 0]);
        continue;
      }
      expect([k, total[k]]).toEqual([k, expected.civilTotal[k]]);
    }
  });

  test('every left-out row is listed with a reason on the second sheet: spoilt rows and excluded 字号 of the period', () => {
    const r = run({});
    const listed = r.plan.writes.filter((w) => w.sheet === r.rejectedSheetName && w.row >= 2 && w.col === 0).map((w) => w.value);
    expect(listed).toEqual([...expected.rejectedRows, ...expected.scopeExcludedRows].sort((a, b) => a - b));
    const reasons = r.plan.writes.filter((w) => w.sheet === r.rejectedSheetName && w.row >= 2 && w.col === 2).map((w) => String(w.value));
    expect(reasons.every((x) => x.length >= 4)).toBe(true);
    expect(reasons.filter((x) => x.startsWith('按统计口径')).length).toBe(expected.scopeExcludedRows.length);
    expect(reasons.some((x) => x.includes('早于立案日期'))).toBe(true);
  });

  test('the note under the table names the period, the families and the scope rules', () => {
    const r = run({ families: ['民', '刑'] });
    const texts = r.plan.writes.filter((w) => w.sheet === r.sheetName && typeof w.value === 'string').map((w) => String(w.value));
    const note = texts.filter((t) => /^注：|^\d\. /.test(t)).join('\n');
    expect(note).toContain('2022年12月1日至2023年11月30日');
    expect(note).toContain('统计年度2023');
    expect(note).toContain('民事、刑事');
    expect(note).toContain('诉前调确、诉前调书、诉前调解（引调、民先调等）、执恢、执保');
    expect(texts).toContain('统计时间：2022年12月1日至2023年11月30日（统计年度2023）');
  });

  test('indicators from the aggregated counts equal those from the booked counts (catalogue formulas)', () => {
    const r = run({});
    const total = matrixOf(r.plan, r.sheetName).rows.get('合计')!;
    const b = expected.total;
    const cases: [string, number[], number[]][] = [
      ['JA_RATE', [total.结案数, total.旧存数, total.新收数], [b.结案数, b.旧存数, b.新收数]],
      ['SXNJA_RATE', [total.审限内结案数, total.结案数], [b.审限内结案数, b.结案数]],
      ['PJSL_DAYS', [total.审理天数合计, total.审理天数所含件数], [b.审理天数合计, b.审理天数所含件数]],
      ['TC_RATE', [total.调解数, total.撤诉数, total.结案数], [b.调解数, b.撤诉数, b.结案数]],
      ['JYCX_RATE', [total.简易程序结案数, total.一审民事结案数], [b.简易程序结案数, b.一审民事结案数]],
      ['ZB_RATE', [total.终本数, total.结案数], [b.终本数, b.结案数]],
      ['DWL_RATE', [total.到位金额, total.申请标的金额], [b.到位金额, b.申请标的金额]],
      ['CQWJ_RATE', [total.超12个月未结数, total.未结数], [b.超12个月未结数, b.未结数]],
    ];
    for (const [id, got, want] of cases) {
      const def = findIndicator(id);
      expect(def).not.toBeNull();
      const a = def!.compute(got, null);
      const e = def!.compute(want, null);
      expect(typeof e).toBe('number');
      expect([id, a]).toEqual([id, e]);
    }
  });

  test('the headers of the counts are catalogue field names the recogniser and the fill engine know', () => {
    const r = run({});
    for (const m of r.result.measures) {
      if (m.catalogField) expect([m.header, findFieldName(m.header)]).toEqual([m.header, m.header]);
      // a column of our own must not pass for another catalogue field (速裁程序件数 is not 结案数)
      else expect([m.header, matchHeader(m.header).filter((g) => g.field !== null)]).toEqual([m.header, []]);
    }
  });
});

describe('aggregating another period: 2023-01..2023-11 as the command line writes it', () => {
  test('旧存, 新收, 受理, 结案, 未结 per department, booked from the dates by the generator', () => {
    const r = run({ period: parsePeriodText('2023-01..2023-11') });
    const m = matrixOf(r.plan, r.sheetName);
    for (const [dept, want] of Object.entries(expected.ytdByDepartment)) {
      const got = m.rows.get(dept);
      const zero = Object.values(want).every((v) => v === 0);
      if (zero) {
        expect(got).toBeUndefined();
        continue;
      }
      expect([dept, got && { 旧存数: got.旧存数, 新收数: got.新收数, 受理数: got.受理数, 结案数: got.结案数, 未结数: got.未结数 }]).toEqual([dept, want]);
    }
  });
});

function findFieldName(header: string): string | null {
  return findField(header)?.name ?? null;
}
