/**
 * A generated case list with KNOWN answers, for the aggregation tests and the benchmark.
 *
 * Each case is drawn from a scenario relative to the statistical year 2023 (2022-12-01 … 2023-11-30): closed
 * before it, old and closed in it, old and still pending, new and closed, new and pending, filed after it —
 * plus the excluded 字号 (诉前调确, 诉前调书, 执恢, 执保) and rows the aggregator must leave out (bad 案号,
 * missing 立案日期, 结案日期 before 立案日期, impossible dates). The dates are chosen to fit the scenario, and
 * the expected counts are booked from the scenario and the choices made — never by calling the aggregator.
 * A second period (2023-01 … 2023-11) is booked by plain date comparisons written here.
 *
 * `node scripts/run-ts.js test/caselist/generate-case-list.ts` writes test/caselist/fixtures/case-list-generated.xlsx
 * and its answers (answers.json). Deterministic: a seeded PRNG.
 */
import type { CellValue } from '../../src/core/base/grid';

export const STAT_YEAR = 2023;
/** Excel serial of a date (UTC) */
export function serial(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86400000 + 25569;
}
const START = serial(2022, 12, 1);
const END = serial(2023, 11, 30);
/** pending at END and filed before this: more than 12 months */
const TWELVE_MONTHS_BEFORE_END = serial(2022, 11, 30);
const YTD_START = serial(2023, 1, 1);

/** mulberry32: small, fast, good enough for test data */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const HEADER = [
  '序号',
  '案件标识', // a poor header: the values say it is 案号
  '案由',
  '立案日期',
  '结案日期',
  '审限届满日期',
  '结案方式',
  '适用程序',
  '承办部门',
  '承办人',
  '经办法院',
  '审理天数',
  '是否延长审限',
  '是否上诉',
  '是否当庭宣判',
  '申请执行标的额',
  '到位金额',
] as const;
export const DATE_COLUMNS = [3, 4, 5];

interface CourtDef {
  code: string;
  name: string;
  types: string[];
}
const COURTS: CourtDef[] = [
  { code: '豫13', name: '南阳市中级人民法院', types: ['民终', '民终', '刑终', '行终', '民初', '执'] },
  { code: '豫1322', name: '方城县人民法院', types: ['民初', '民初', '民初', '民初', '刑初', '行初', '执', '执', '执恢', '执保', '诉前调确', '诉前调书', '民特', '执异'] },
  { code: '豫1302', name: '宛城区人民法院', types: ['民初', '民初', '民初', '刑初', '执', '执恢', '诉前调书'] },
];

const DEPARTMENT_OF: Record<string, string[]> = {
  民初: ['民一庭', '民二庭'],
  民终: ['民一庭', '民二庭'],
  民特: ['民一庭'],
  刑初: ['刑事审判庭'],
  刑终: ['刑事审判庭'],
  行初: ['行政审判庭'],
  行终: ['行政审判庭'],
  执: ['执行局'],
  执恢: ['执行局'],
  执保: ['执行局'],
  执异: ['执行局'],
  诉前调确: ['诉讼服务中心'],
  诉前调书: ['诉讼服务中心'],
};
const JUDGES: Record<string, string[]> = {
  民一庭: ['王建国', '李娜', '赵敏'],
  民二庭: ['陈静', '刘洋'],
  刑事审判庭: ['张伟', '孙立'],
  行政审判庭: ['周敏'],
  执行局: ['吴强', '郑芳', '欧阳明华'],
  诉讼服务中心: ['冯雪'],
};
const EXCLUDED = new Set(['诉前调确', '诉前调书', '执恢', '执保']);
const ENFORCEMENT = new Set(['执', '执恢', '执保', '执异']);

/** the measures booked, by the header the aggregator writes */
export const BOOKED = [
  '旧存数',
  '新收数',
  '受理数',
  '结案数',
  '未结数',
  '审限内结案数',
  '审限内未结数',
  '延扣审未结数',
  '超12个月未结数',
  '一审结案数',
  '一审民事结案数',
  '判决数',
  '调解数',
  '撤诉数',
  '简易程序结案数',
  '小额诉讼结案数',
  '速裁程序件数',
  '当庭宣判数',
  '上诉案件数',
  '审理天数合计',
  '审理天数所含件数',
  '执行完毕数',
  '终本数',
  '终结数',
  '实际执结数',
  '结案用时总天数',
  '申请标的金额',
  '到位金额',
  '诉讼标的额',
] as const;
export type Booked = (typeof BOOKED)[number];

export type Counts = Record<Booked, number>;
function zero(): Counts {
  return Object.fromEntries(BOOKED.map((b) => [b, 0])) as Counts;
}

export interface Expected {
  /** statistical year 2023, all families: per 承办部门, per 法院 (name), total */
  byDepartment: Record<string, Counts>;
  byCourt: Record<string, Counts>;
  total: Counts;
  /** statistical year 2023, family 民 only, total */
  civilTotal: Counts;
  /** 2023-01 … 2023-11, per 承办部门: the core counts, booked from the dates */
  ytdByDepartment: Record<string, Pick<Counts, '旧存数' | '新收数' | '受理数' | '结案数' | '未结数'>>;
  /** rows the aggregator must list as left out, for the statistical year: bad rows and in-period excluded 字号 */
  rejectedRows: number[];
  scopeExcludedRows: number[];
  /** cases (rows) counted in the statistical year */
  countedRows: number;
}

export interface Generated {
  /** body rows; date columns hold serials (numbers) or date texts */
  rows: CellValue[][];
  /** per body row, per date column: whether a number is a serial to be written as a date */
  expected: Expected;
}

type Scenario = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
// weights: closed before, old closed, old pending, new closed, new pending, after
const SCENARIOS: [Scenario, number][] = [
  ['A', 10],
  ['B', 18],
  ['C', 10],
  ['D', 42],
  ['E', 14],
  ['F', 6],
];

const CIVIL_METHODS: [string, string][] = [
  ['判决', '判决'],
  ['调解', '调解'],
  ['准予撤诉', '撤诉'],
  ['驳回起诉', '驳回起诉'],
  ['移送其他法院管辖', '移送'],
];
const APPEAL_METHODS: [string, string][] = [
  ['判决', '判决'],
  ['调解', '调解'],
  ['撤回上诉', '撤诉'],
  ['裁定发回重审', '其他'],
];
const ENFORCEMENT_METHODS: [string, string][] = [
  ['执行完毕', '执行完毕'],
  ['终结本次执行程序', '终本'],
  ['终结执行', '终结执行'],
  ['不予执行', '不予执行'],
  ['销案', '销案'],
];
const CIVIL_PROCEDURES = ['普通程序', '简易程序', '小额诉讼程序', '速裁'];
const CRIMINAL_PROCEDURES = ['普通程序', '简易程序', '速裁程序'];

export function generateCaseList(count: number, seed = 20231130): Generated {
  const rnd = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const chance = (p: number) => rnd() < p;
  const weighted = <T>(xs: [T, number][]): T => {
    const total = xs.reduce((s, x) => s + x[1], 0);
    let r = rnd() * total;
    for (const [x, w] of xs) if ((r -= w) < 0) return x;
    return xs[xs.length - 1][0];
  };

  const expected: Expected = {
    byDepartment: {},
    byCourt: {},
    total: zero(),
    civilTotal: zero(),
    ytdByDepartment: {},
    rejectedRows: [],
    scopeExcludedRows: [],
    countedRows: 0,
  };
  const rows: CellValue[][] = [];
  const sequence = new Map<string, number>();
  const HEADER_ROWS = 2; // a title row, then the header: body row k is sheet row k + 3

  for (let k = 0; k < count; k++) {
    const sheetRow = k + HEADER_ROWS + 1;
    const court = pick(COURTS);
    const type = pick(court.types);
    const department = pick(DEPARTMENT_OF[type]);
    const judge = pick(JUDGES[department]);
    const scenario = weighted(SCENARIOS);

    // dates fitting the scenario
    let filed: number;
    let closed: number | null;
    switch (scenario) {
      case 'A':
        filed = int(START - 700, START - 40);
        closed = chance(0.1) ? START - 1 : int(filed, START - 1);
        break;
      case 'B':
        filed = int(START - 500, START - 1);
        closed = chance(0.05) ? START : int(START, END);
        break;
      case 'C':
        filed = chance(0.1) ? START - 1 : int(START - 600, START - 1);
        closed = chance(0.7) ? null : int(END + 1, END + 60);
        break;
      case 'D':
        // the Dec–Nov year: a fifth of the new cases are filed in December of the previous year
        filed = chance(0.05) ? START : chance(0.2) ? int(START, serial(2022, 12, 31)) : int(START, END);
        closed = chance(0.05) ? END : int(filed, END);
        break;
      case 'E':
        filed = chance(0.05) ? END : int(START, END);
        closed = chance(0.6) ? null : chance(0.1) ? END + 1 : int(END + 1, END + 60);
        break;
      case 'F':
        filed = chance(0.1) ? END + 1 : int(END + 1, END + 40);
        closed = chance(0.5) ? null : int(filed, END + 90);
        break;
    }
    const closedIn = scenario === 'B' || scenario === 'D';
    const pendingEnd = scenario === 'C' || scenario === 'E';
    const inPeriod = closedIn || pendingEnd;

    // the 案号: year of filing, sequence per court/type/year; a few ranges of two
    const year = new Date((filed - 25569) * 86400000).getUTCFullYear();
    const seqKey = `${court.code}${type}${year}`;
    const seq = (sequence.get(seqKey) ?? 0) + 1;
    const isRange = type === '民初' && chance(0.02);
    sequence.set(seqKey, isRange ? seq + 1 : seq);
    const weight = isRange ? 2 : 1;
    const caseNumber = `（${year}）${court.code}${type}${seq}${isRange ? `-${seq + 1}` : ''}号`;

    // 审限: within or not, chosen, then a due date that makes it so
    const hasDue = !chance(0.05);
    let due: number | null = null;
    let withinClosed = false;
    let withinPending = false;
    if (hasDue) {
      if (closed !== null && closedIn) {
        const canBeLate = closed > filed;
        withinClosed = !canBeLate || chance(0.85);
        due = withinClosed ? closed + int(0, 30) : closed - int(1, Math.min(30, closed - filed));
      } else if (pendingEnd) {
        const canBeLate = END - 1 >= filed;
        withinPending = !canBeLate || chance(0.7);
        due = withinPending ? END + int(0, 60) : END - int(1, Math.min(60, END - filed));
      } else due = filed + int(30, 180);
    }

    const enforcement = ENFORCEMENT.has(type);
    const civil = type.startsWith('民');
    const criminal = type.startsWith('刑');
    const firstInstance = type.endsWith('初');
    let methodText: string | null = null;
    let methodCat: string | null = null;
    if (closed !== null) {
      const [text, cat] = enforcement
        ? pick(ENFORCEMENT_METHODS)
        : type.endsWith('终')
          ? pick(APPEAL_METHODS)
          : type.startsWith('诉前')
            ? ['调解', '调解']
            : pick(CIVIL_METHODS);
      methodText = text;
      methodCat = cat;
    }
    const procedure = type === '民初' ? pick(CIVIL_PROCEDURES) : type === '刑初' ? pick(CRIMINAL_PROCEDURES) : type.endsWith('终') ? '第二审程序' : null;
    const procedureCat = procedure === null ? null : procedure.includes('小额') ? '小额' : procedure.includes('速裁') ? '速裁' : procedure.includes('简易') ? '简易' : '普通';
    const announced = closed !== null && firstInstance && chance(0.4);
    const appealed = closed !== null && firstInstance && methodCat === '判决' && chance(0.3);
    const extended = closed === null && chance(0.2) ? pick(['是', '√', 'Y']) : pick(['否', '', '否']);
    const extendedYes = extended === '是' || extended === '√' || extended === 'Y';
    // days: the system's count (both ends included) for most rows; blank for some (the aggregator then uses the dates)
    const daysGiven = closed !== null && !chance(0.1);
    const daysValue = closed === null ? null : daysGiven ? closed - filed + 1 : closed - filed;
    const claimCents = enforcement || type === '民初' ? int(100000, 50000000) : null;
    const recoveredCents = claimCents !== null && enforcement ? Math.floor(claimCents * rnd()) : null;

    const row: CellValue[] = [
      k + 1,
      caseNumber,
      enforcement ? '申请执行' : criminal ? pick(['盗窃罪', '危险驾驶罪', '诈骗罪']) : civil ? pick(['民间借贷纠纷', '买卖合同纠纷', '离婚纠纷', '劳动争议']) : '行政处罚',
      dateCell(filed, rnd),
      closed === null ? null : dateCell(closed, rnd),
      due === null ? null : dateCell(due, rnd),
      methodText,
      procedure,
      department,
      judge,
      court.name,
      daysGiven ? daysValue : null,
      extended,
      closed === null ? null : appealed ? '是' : '否',
      closed === null ? null : announced ? '是' : '否',
      claimCents === null ? null : claimCents / 100,
      recoveredCents === null ? null : recoveredCents / 100,
    ];

    // rows the aggregator must refuse (about 3%), whatever their scenario
    const spoil = rnd();
    if (spoil < 0.03) {
      const how = pick(['bad-number', 'bad-court', 'no-number', 'no-filed', 'closed-before-filed', 'impossible-date'] as const);
      if (how === 'bad-number') row[1] = caseNumber.replace(type, '民X');
      else if (how === 'bad-court') row[1] = caseNumber.replace(court.code, '豫132');
      else if (how === 'no-number') row[1] = null;
      else if (how === 'no-filed') row[3] = null;
      else if (how === 'closed-before-filed') {
        row[4] = filed - int(1, 30);
      } else row[3] = '2023-02-30';
      rows.push(row);
      expected.rejectedRows.push(sheetRow);
      continue;
    }
    rows.push(row);

    // the second period, 2023-01 … 2023-11, by plain date comparisons (core counts only)
    if (!EXCLUDED.has(type)) {
      const y = (expected.ytdByDepartment[department] ??= { 旧存数: 0, 新收数: 0, 受理数: 0, 结案数: 0, 未结数: 0 });
      const touches = filed <= END && (closed === null || closed >= YTD_START);
      if (touches) {
        if (filed < YTD_START) y.旧存数 += weight;
        else y.新收数 += weight;
        y.受理数 += weight;
        if (closed !== null && closed <= END) y.结案数 += weight;
        else y.未结数 += weight;
      }
    }

    if (!inPeriod) continue;
    if (EXCLUDED.has(type)) {
      expected.scopeExcludedRows.push(sheetRow);
      continue;
    }
    expected.countedRows++;

    // book the statistical year from the scenario and the choices made above
    const targets = [
      (expected.byDepartment[department] ??= zero()),
      (expected.byCourt[court.name] ??= zero()),
      expected.total,
      ...(civil ? [expected.civilTotal] : []),
    ];
    const book = (m: Booked, v: number) => {
      for (const t of targets) t[m] += v;
    };
    book('受理数', weight);
    book(scenario === 'B' || scenario === 'C' ? '旧存数' : '新收数', weight);
    // amounts: an enforcement case's (首执: 执) application and recovery feed the 到位率; a trial's claim is its own column;
    // 执异 (an objection, not an enforcement of a judgment) is neither
    if (type === '执' && claimCents !== null) book('申请标的金额', claimCents);
    if (type === '执' && recoveredCents !== null) book('到位金额', recoveredCents);
    if (!enforcement && claimCents !== null) book('诉讼标的额', claimCents);
    if (pendingEnd) {
      book('未结数', weight);
      if (hasDue && withinPending) book('审限内未结数', weight);
      if (extendedYes) book('延扣审未结数', weight);
      if (filed < TWELVE_MONTHS_BEFORE_END) book('超12个月未结数', weight);
      continue;
    }
    book('结案数', weight);
    if (hasDue && withinClosed) book('审限内结案数', weight);
    if (firstInstance && (civil || criminal || type.startsWith('行'))) book('一审结案数', weight);
    if (type === '民初') book('一审民事结案数', weight);
    if (methodCat === '判决') book('判决数', weight);
    if (methodCat === '调解') book('调解数', weight);
    if (methodCat === '撤诉') book('撤诉数', weight);
    // the numerators of 简易/小额 适用率 over 一审民事结案数: civil first instance only (a criminal 简易程序 is not counted)
    // 小额诉讼 is a form of 简易程序 (issue 12.3): it counts in 简易程序结案数 as well
    if ((procedureCat === '简易' || procedureCat === '小额') && type === '民初') book('简易程序结案数', weight);
    if (procedureCat === '小额' && type === '民初') book('小额诉讼结案数', weight);
    if (procedureCat === '速裁') book('速裁程序件数', weight);
    if (announced && (procedureCat === '简易' || procedureCat === '小额' || procedureCat === '速裁')) book('当庭宣判数', weight);
    if (appealed) book('上诉案件数', weight);
    if (enforcement) {
      book('结案用时总天数', (daysValue as number) * weight);
      if (methodCat === '执行完毕') book('执行完毕数', weight);
      if (methodCat === '终本') book('终本数', weight);
      if (methodCat === '终结执行') book('终结数', weight);
      if (methodCat !== '终本') book('实际执结数', weight);
    } else {
      book('审理天数合计', (daysValue as number) * weight);
      book('审理天数所含件数', weight);
    }
  }
  // amounts were booked in cents
  for (const t of [expected.total, expected.civilTotal, ...Object.values(expected.byDepartment), ...Object.values(expected.byCourt)]) {
    t.申请标的金额 = Math.round(t.申请标的金额) / 100;
    t.到位金额 = Math.round(t.到位金额) / 100;
    t.诉讼标的额 = Math.round(t.诉讼标的额) / 100;
  }
  // a 合计 row at the bottom, as exports often have: no 案号, so it is left out with a reason
  rows.push(['合计', null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null]);
  expected.rejectedRows.push(count + HEADER_ROWS + 1);
  return { rows, expected };
}

/** A date as the case systems export it: mostly a real date cell, sometimes one of the text spellings. */
function dateCell(s: number, rnd: () => number): CellValue {
  const r = rnd();
  if (r < 0.7) return s;
  const d = new Date((s - 25569) * 86400000);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  if (r < 0.8) return `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (r < 0.9) return `${y}/${m}/${day}`;
  return `${y}年${m}月${day}日`;
}

export const FIXTURE_CASES = 400;
export const TITLE = '案件明细（审判管理系统导出）';

async function main(): Promise<void> {
  const ExcelJS = (await import('exceljs')).default;
  const fs = await import('fs');
  const path = await import('path');
  const { rows, expected } = generateCaseList(FIXTURE_CASES);
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2023, 11, 1));
  wb.modified = wb.created;
  const ws = wb.addWorksheet('案件明细');
  ws.addRow([TITLE]);
  ws.addRow([...HEADER]);
  for (const values of rows) {
    const row = ws.addRow(values.map((v, c) => (DATE_COLUMNS.includes(c) && typeof v === 'number' ? new Date((v - 25569) * 86400000) : v)));
    for (const c of DATE_COLUMNS) if (values[c] !== null && typeof values[c] === 'number') row.getCell(c + 1).numFmt = 'yyyy-mm-dd';
  }
  const dir = path.join(__dirname, 'fixtures');
  fs.mkdirSync(dir, { recursive: true });
  await wb.xlsx.writeFile(path.join(dir, 'case-list-generated.xlsx'));
  fs.writeFileSync(path.join(dir, 'case-list-generated.answers.json'), JSON.stringify(expected, null, 1) + '\n');
  console.log(`写入 ${FIXTURE_CASES} 件案件：计入 ${expected.countedRows}，不合格 ${expected.rejectedRows.length}，口径排除 ${expected.scopeExcludedRows.length}`);
}

// run directly (node scripts/run-ts.js sets argv[1] to the script), not when imported by a test or the bench
if (process.argv[1] === __filename) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
