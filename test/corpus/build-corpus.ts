/*
 * Builds the real-table corpus: one .xlsx and one .json per published table.
 *
 *   node scripts/run-ts.js test/corpus/build-corpus.ts
 *
 * Every table below is typed in from the text of a public page (see `source.url`); numbers are
 * as published — a published arithmetic error stays in, a published "-" stays a "-".  The
 * `expected` block of each table was written by hand from the table, not by running a recogniser;
 * this script only checks that the row numbers written there point at the labels they name.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';

type Val = string | number | null;
interface Fmt { v: Val; fmt?: string; wrap?: boolean; }
type Cell = Val | Fmt;
type Row = Cell[];

interface Finding { cell: string; why: string; }
interface ExpRow { row: number; role: 'unit' | 'total' | 'subtotal' | 'benchmark' | 'breakdown' | 'measure' | 'section'; label: string; }
/**
 * The engine's right answer for a column, written by hand from the catalogue (src/core/catalog/fields.ts,
 * indicators.ts) before the recogniser was run on the table: the catalogue field (or the fields, when the
 * published word reads as either) or the indicator's function name; both null where the catalogue has none,
 * and then the right role is `unknown` unless `role` says otherwise (see ENGINE below).
 */
interface EngineCol { role?: string; field: string | string[] | null; indicator: string | null; }
interface ExpCol { column: string; header: string[]; role: string; measure: string | null; period: string | null; engine?: EngineCol; }
interface Expected {
  kind: string;
  range: string;
  headerRows: number[];
  unitColumn: string | null;
  rows: ExpRow[];
  columns: ExpCol[];
  meta: { title: string | null; unit: string | null; period: string | null };
  findings: Finding[];
  mustNotFind: boolean;
  precisionRule: string;
  /** where the engine's contract names a table-level answer differently from the reading above */
  engine?: { unitColumn?: string | null };
}
interface Table {
  id: string;
  court: string;
  what: string;
  rows: Row[];
  merges?: string[];
  widths?: number[];
  json: {
    source: { url: string; title: string | null; publisher: string; published: string | null; retrieved: string; notes: string };
    patterns: number[];
    percentEncoding?: string;
    expected: Expected;
  };
}

const RETRIEVED = '2026-11-28';
const SUM_RULE = 'Totals and subtotals: exact integer sums of the rows (or columns) they cover; a balance such as 上月待决+本月收件=合计 must hold exactly.';
const PCT_RULE = 'Rates and shares: recomputed from the published counts and rounded half-up to the number of decimals the table itself prints; only a difference that survives that rounding is a finding.';

/** Percent value stored as a number with a percent format (the page printed e.g. "24.76%"). */
const p = (v: number, fmt = '0.00%'): Fmt => ({ v, fmt });
const w = (v: string): Fmt => ({ v, wrap: true });

const tables: Table[] = [];

/* ------------------------------------------------------------------ 01 海口海事法院 */
tables.push({
  id: '01-haikou-haishi-bumen-jieanlv',
  court: '海口海事法院',
  what: '2023年1月各部门结案率对比表（本期/去年同期/同比，含全省、全省中院、本院平均三条基准行）',
  rows: [
    ['表1:各部门结案率对比表'],
    ['部 门', '结案率', null, null],
    [null, '本期', '去年同期', '同比'],
    ['全省法院平均结案率', p(0.2476), p(0.1578), 8.98],
    ['三亚庭', p(0.2222), p(0.2), 2.22],
    ['博鳌庭', p(0.2222), p(0.3), -7.78],
    ['刑事庭', p(0.1667), p(0), '-'],
    ['全省中院平均结案率', p(0.1129), p(0.25), -13.71],
    ['我院平均结案率', '9.09% 71', p(0.1731), -8.22],
    ['洋浦庭', p(0.059), p(0.3333), -27.43],
    ['三沙庭', p(0.056), p(0.0588), -0.28],
    ['行政庭', p(0.042), p(0.2174), -17.54],
    ['海事庭', p(0.034), p(0.1538), -11.98],
    ['执行局', p(0.031), p(0.1212), -9.02],
    ['八所庭', p(0), p(0.8824), '-'],
    ['立案庭', '-', p(1), '-'],
  ],
  merges: ['A1:D1', 'A2:A3', 'B2:D2'],
  widths: [22, 12, 12, 10],
  json: {
    source: {
      url: 'https://hsfy.hicourt.gov.cn/article/detail/2023/02/id/8315358.shtml',
      title: null,
      publisher: '海口海事法院（hsfy.hicourt.gov.cn）',
      published: '2023-02',
      retrieved: RETRIEVED,
      notes: 'Table "表1:各部门结案率对比表" in the section 一、办案情况分析 of the court\'s 2023年1月 analysis. The page title was not in the retrieved text; the month comes from the URL. The cell for 我院平均结案率 本期 reads "9.09% 71" on the page (a stray "71" — probably the 执行类 收案 count from the text below); it is kept verbatim as text. 同比 is printed as a plain number of percentage points (8.98 = 24.76%−15.78%) and as "-" where one side is 0.00% or missing. Rows are sorted by 本期 descending with the three benchmark rows placed among the departments.',
    },
    patterns: [1, 3, 4, 5],
    percentEncoding: 'Percentages the page printed with % are numbers with numFmt 0.00% (0.2476 shows 24.76%); 同比 is a plain number (percentage points, no % on the page); "-" and "9.09% 71" are text.',
    expected: {
      kind: 'yoy',
      range: 'A2:D16',
      headerRows: [2, 3],
      unitColumn: 'A',
      rows: [
        { row: 4, role: 'benchmark', label: '全省法院平均结案率' },
        { row: 5, role: 'unit', label: '三亚庭' },
        { row: 6, role: 'unit', label: '博鳌庭' },
        { row: 7, role: 'unit', label: '刑事庭' },
        { row: 8, role: 'benchmark', label: '全省中院平均结案率' },
        { row: 9, role: 'benchmark', label: '我院平均结案率' },
        { row: 10, role: 'unit', label: '洋浦庭' },
        { row: 11, role: 'unit', label: '三沙庭' },
        { row: 12, role: 'unit', label: '行政庭' },
        { row: 13, role: 'unit', label: '海事庭' },
        { row: 14, role: 'unit', label: '执行局' },
        { row: 15, role: 'unit', label: '八所庭' },
        { row: 16, role: 'unit', label: '立案庭' },
      ],
      columns: [
        { column: 'A', header: ['部 门'], role: 'unit', measure: null, period: null },
        { column: 'B', header: ['结案率', '本期'], role: 'period-value', measure: '结案率', period: '2023年1月' },
        { column: 'C', header: ['结案率', '去年同期'], role: 'period-value', measure: '结案率', period: '2022年1月' },
        { column: 'D', header: ['结案率', '同比'], role: 'field', measure: '结案率同比增减（百分点）', period: '同比' },
      ],
      meta: { title: '表1:各部门结案率对比表', unit: null, period: '2023年1月' },
      findings: [],
      mustNotFind: true,
      precisionRule: 'D = B − C in percentage points at 2 decimals (checked for every row with two numeric rates: all agree). "-" in D where a rate is 0.00% or "-" is a published placeholder, not an arithmetic error. ' + PCT_RULE,
    },
  },
});

/* ------------------------------------------------------------------ 02 宜昌中院 执行 表1 */
tables.push({
  id: '02-yichang-zhixing-shoujie-jiben',
  court: '湖北省宜昌市中级人民法院（网站 ycfy.hbfy.gov.cn）',
  what: '2008年至2010年1季度执行案件收结案基本情况（指标为行、年份为列，件数与万元混排）',
  rows: [
    ['表1  2008年至2010年1季度收结案基本情况'],
    ['年    份', null, null, '2008年', '2009年', '2010 年1季度'],
    ['执行收案', '收 案 件 数', null, 286, 491, 99],
    [null, '申请标的(万元)', null, 902.17, 1517.23, 630.2],
    [null, '结 案 件 数', null, 278, 486, 63],
    [null, '到位标的(万元)', null, 656.22, 1477.82, 533.1],
    ['执行结案', '结案方式', '和解(件)', 206, 383, 62],
    [null, null, '终结(件)', 19, 78, 1],
    [null, null, '自动履行(件)', 22, 15, 0],
    [null, null, '其他(件)', 31, 10, 0],
  ],
  merges: ['A1:F1', 'A2:C2', 'A3:A6', 'B3:C3', 'B4:C4', 'B5:C5', 'B6:C6', 'A7:A10', 'B7:B10'],
  widths: [10, 16, 14, 10, 10, 12],
  json: {
    source: {
      url: 'http://ycfy.hbfy.gov.cn/DocManage/ViewDoc?docId=9021b270-ab01-11e1-9ec9-4c1fcc467667',
      title: '我院近三年执行案件情况分析',
      publisher: '宜昌市中级人民法院网站（ycfy.hbfy.gov.cn）',
      published: null,
      retrieved: RETRIEVED,
      notes: 'The table reached the page as space-separated text. Its columns (年份) and the order of the row labels are unambiguous; the row groups are reconstructed from where the group labels appear in that text: "执行收案" on the first row (收案件数) and "执行结案 结案方式" on the 和解 row, each taken to span down to the next group. Publication date not shown in the retrieved text; the data run to 2010年1季度, so the article is from 2010. Spaced labels ("收 案 件 数", "年    份", "2010 年1季度") are kept as printed.',
    },
    patterns: [2, 4],
    expected: {
      kind: 'measure-rows',
      range: 'A2:F10',
      headerRows: [2],
      unitColumn: null,
      rows: [
        { row: 3, role: 'measure', label: '收 案 件 数' },
        { row: 4, role: 'measure', label: '申请标的(万元)' },
        { row: 5, role: 'measure', label: '结 案 件 数' },
        { row: 6, role: 'measure', label: '到位标的(万元)' },
        { row: 7, role: 'breakdown', label: '和解(件)' },
        { row: 8, role: 'breakdown', label: '终结(件)' },
        { row: 9, role: 'breakdown', label: '自动履行(件)' },
        { row: 10, role: 'breakdown', label: '其他(件)' },
      ],
      columns: [
        { column: 'A', header: ['年    份'], role: 'unknown', measure: '行标签（一级：执行收案/执行结案）', period: null },
        { column: 'B', header: ['年    份'], role: 'unknown', measure: '行标签（二级）', period: null },
        { column: 'C', header: ['年    份'], role: 'unknown', measure: '行标签（三级：结案方式）', period: null },
        { column: 'D', header: ['2008年'], role: 'period-value', measure: '各行指标（件数或万元）', period: '2008年' },
        { column: 'E', header: ['2009年'], role: 'period-value', measure: '各行指标（件数或万元）', period: '2009年' },
        { column: 'F', header: ['2010 年1季度'], role: 'period-value', measure: '各行指标（件数或万元）', period: '2010年1季度' },
      ],
      meta: { title: '表1  2008年至2010年1季度收结案基本情况', unit: '件；申请标的、到位标的为万元（写在行标签里）', period: '2008年—2010年1季度' },
      findings: [],
      mustNotFind: true,
      precisionRule: 'The four 结案方式 rows are parts of 结案件数: 206+19+22+31=278, 383+78+15+10=486, 62+1+0+0=63 — all agree. ' + SUM_RULE,
    },
  },
});

/* ------------------------------------------------------------------ 03 宜昌中院 执行 表2 */
tables.push({
  id: '03-yichang-zhixing-anjian-leixing',
  court: '湖北省宜昌市中级人民法院（网站 ycfy.hbfy.gov.cn）',
  what: '2008年至2010年1季度执行案件类型（年份为行、类型为列、合计列）',
  rows: [
    ['表2   执行案件情况'],
    ['类型  年度', '刑附民赔偿', '家庭纠纷', '合同', '侵权赔偿', '仲裁', '其他', '合计'],
    ['2008年', 13, 47, 106, 62, 9, 49, 286],
    ['2009年', 34, 58, 181, 111, 27, 80, 491],
    ['2010年1季度', 3, 17, 39, 28, 2, 9, 99],
  ],
  merges: ['A1:H1'],
  widths: [14, 11, 10, 8, 10, 8, 8, 8],
  json: {
    source: {
      url: 'http://ycfy.hbfy.gov.cn/DocManage/ViewDoc?docId=9021b270-ab01-11e1-9ec9-4c1fcc467667',
      title: '我院近三年执行案件情况分析',
      publisher: '宜昌市中级人民法院网站（ycfy.hbfy.gov.cn）',
      published: null,
      retrieved: RETRIEVED,
      notes: 'Second table of the same article as 02. The corner cell reads "类型  年度" (a diagonal header). The 2010年1季度 row does not add up (98 vs 合计 99; 合计 99 matches 收案件数 in 表1). The article text below the table also says 2009年合同类 168件 while the table has 181 — a text/table mismatch outside the table, noted here only.',
    },
    patterns: [4, 5],
    expected: {
      kind: 'period-rows',
      range: 'A2:H5',
      headerRows: [2],
      unitColumn: 'A',
      rows: [
        { row: 3, role: 'unit', label: '2008年' },
        { row: 4, role: 'unit', label: '2009年' },
        { row: 5, role: 'unit', label: '2010年1季度' },
      ],
      columns: [
        { column: 'A', header: ['类型  年度'], role: 'unit', measure: '统计期（行为年份）', period: null },
        { column: 'B', header: ['刑附民赔偿'], role: 'field', measure: '执行收案数：刑附民赔偿', period: null },
        { column: 'C', header: ['家庭纠纷'], role: 'field', measure: '执行收案数：家庭纠纷', period: null },
        { column: 'D', header: ['合同'], role: 'field', measure: '执行收案数：合同', period: null },
        { column: 'E', header: ['侵权赔偿'], role: 'field', measure: '执行收案数：侵权赔偿', period: null },
        { column: 'F', header: ['仲裁'], role: 'field', measure: '执行收案数：仲裁', period: null },
        { column: 'G', header: ['其他'], role: 'field', measure: '执行收案数：其他', period: null },
        { column: 'H', header: ['合计'], role: 'field', measure: '执行收案数合计（合计列）', period: null },
      ],
      meta: { title: '表2   执行案件情况', unit: null, period: '2008年—2010年1季度' },
      findings: [
        { cell: 'H5', why: '合计 99 ≠ 3+17+39+28+2+9 = 98 (the row sums to 98; 99 is the 收案件数 of 表1).' },
      ],
      mustNotFind: false,
      precisionRule: SUM_RULE + ' Rows 3 and 4 add up (286, 491).',
    },
  },
});

/* ------------------------------------------------------------------ 04 周口 两级法院 */
tables.push({
  id: '04-zhoukou-minshi-xinshou-gefayuan',
  court: '河南省周口市中级人民法院（经镜像站转载）',
  what: '2022年1-4月周口两级法院民事案件新收（各法院为行，2022/2021 对照，合计行）',
  rows: [
    ['表1:2022年1-4月份民事案件收结存统计表'],
    ['序号', '法院', '2022年民事案件新收(件)', '2021年民事案件新收(件)', '2022年民事一审新收(件)', '2021年民事一审新收(件)'],
    [1, '周口市中级人民法院', 2573, 3161, 45, 537],
    [2, '川汇区人民法院', 4020, 3343, 4006, 3306],
    [3, '鹿邑县人民法院', 3011, 2718, 2989, 2700],
    [4, '郸城县人民法院', 2904, 3008, 2887, 2989],
    [5, '淮阳区人民法院', 2672, 2437, 2661, 2429],
    [6, '项城市人民法院', 2641, 2935, 2610, 2915],
    [7, '商水县人民法院', 2592, 2665, 2554, 2631],
    [8, '沈丘县人民法院', 2204, 2842, 2193, 2826],
    [9, '西华县人民法院', 2003, 1949, 1994, 1934],
    [10, '太康县人民法院', 1902, 3102, 1896, 2836],
    [11, '扶沟县人民法院', 1843, 1663, 1769, 1634],
    ['合计', null, 28365, 29823, 25604, 26737],
  ],
  merges: ['A1:F1', 'A14:B14'],
  widths: [6, 20, 16, 16, 16, 16],
  json: {
    source: {
      url: 'https://mmdewo.com/zkzy/public/detail/id/20787',
      title: null,
      publisher: '周口市中级人民法院（页面路径 zkzy/public/detail；所见为第三方域名 mmdewo.com 上的转载/镜像）',
      published: null,
      retrieved: RETRIEVED,
      notes: 'The page is a copy of a 周口中院 article on an unrelated domain (mmdewo.com), path zkzy/public/detail/id/20787 — the original court URL is not known. Caption says 收结存统计表 but the columns are 新收 only. The 合计 row prints "合计" once across 序号 and 法院 (merged here A14:B14). All four 合计 equal the column sums. Table 2 of the same page (案由) was cut off in the retrieved text and is not used.',
    },
    patterns: [4, 5],
    expected: {
      kind: 'unit-matrix',
      range: 'A2:F14',
      headerRows: [2],
      unitColumn: 'B',
      rows: [
        { row: 3, role: 'unit', label: '周口市中级人民法院' },
        { row: 4, role: 'unit', label: '川汇区人民法院' },
        { row: 5, role: 'unit', label: '鹿邑县人民法院' },
        { row: 6, role: 'unit', label: '郸城县人民法院' },
        { row: 7, role: 'unit', label: '淮阳区人民法院' },
        { row: 8, role: 'unit', label: '项城市人民法院' },
        { row: 9, role: 'unit', label: '商水县人民法院' },
        { row: 10, role: 'unit', label: '沈丘县人民法院' },
        { row: 11, role: 'unit', label: '西华县人民法院' },
        { row: 12, role: 'unit', label: '太康县人民法院' },
        { row: 13, role: 'unit', label: '扶沟县人民法院' },
        { row: 14, role: 'total', label: '合计' },
      ],
      columns: [
        { column: 'A', header: ['序号'], role: 'serial', measure: null, period: null },
        { column: 'B', header: ['法院'], role: 'unit', measure: null, period: null },
        { column: 'C', header: ['2022年民事案件新收(件)'], role: 'period-value', measure: '民事案件新收数', period: '2022年1-4月' },
        { column: 'D', header: ['2021年民事案件新收(件)'], role: 'period-value', measure: '民事案件新收数', period: '2021年1-4月' },
        { column: 'E', header: ['2022年民事一审新收(件)'], role: 'period-value', measure: '民事一审新收数', period: '2022年1-4月' },
        { column: 'F', header: ['2021年民事一审新收(件)'], role: 'period-value', measure: '民事一审新收数', period: '2021年1-4月' },
      ],
      meta: { title: '表1:2022年1-4月份民事案件收结存统计表', unit: '件（写在表头里）', period: '2022年1-4月（对照2021年1-4月）' },
      findings: [],
      mustNotFind: true,
      precisionRule: SUM_RULE + ' C14..F14 = 28365, 29823, 25604, 26737 — all equal the sums of rows 3–13.',
    },
  },
});

/* ------------------------------------------------------------------ 05 开封 两级法院 案由 */
tables.push({
  id: '05-kaifeng-minshi-anyou-zhanbi-zengfu',
  court: '河南省开封市中级人民法院',
  what: '2021年上半年开封两级法院民事一审主要案由占比及增幅（本期/上年同期/增幅）',
  rows: [
    ['表一:各类主要案由占比及增长情况统计表'],
    ['案由', '2021年上半年新收', '占民事一审新收总数比例', '2020年上半年新收', '增幅'],
    ['民间借贷纠纷', 4159, p(0.1596), 6132, p(-0.3218)],
    ['离婚纠纷', 2821, p(0.1083), 3878, p(-0.2726)],
    [w('机动车交通事故\n责任纠纷'), 2456, p(0.0942), 3885, p(-0.3678)],
    ['买卖合同纠纷', 1982, p(0.0761), 2620, p(-0.2435)],
    ['劳动争议', 1246, p(0.0478), 559, p(1.229)],
    ['房屋买卖合同纠纷', 1205, p(0.0462), 978, p(0.2321)],
    ['物业服务合同纠纷', 1197, p(0.0459), 2243, p(-0.4663)],
    ['劳务合同纠纷', 899, p(0.0345), 1105, p(-0.1864)],
    ['租赁合同纠纷', 833, p(0.032), 548, p(0.5201)],
    ['借款合同纠纷', 794, p(0.0305), 1027, p(-0.2269)],
    ['金融借款合同纠纷', 769, p(0.0295), 1298, p(-0.4076)],
    ['信用卡纠纷', 634, p(0.0243), 1084, p(-0.4151)],
    ['追偿权纠纷', 623, p(0.0239), 718, p(-0.1323)],
    ['生命权、健康权、身体权纠纷', 602, p(0.0231), 919, p(-0.3449)],
  ],
  merges: ['A1:E1'],
  widths: [26, 16, 22, 16, 10],
  json: {
    source: {
      url: 'https://kfzy.hncourt.gov.cn/public/detail.php?id=10419',
      title: null,
      publisher: '开封市中级人民法院（kfzy.hncourt.gov.cn）',
      published: null,
      retrieved: RETRIEVED,
      notes: 'The base for 占比 is 26059 (民事一审新收总数, stated in the text above the table); the 14 rows cover 20220 cases = 77.59% as the text says. "机动车交通事故\\n责任纠纷" has a line break inside the cell on the page. No total row. Publication date not in the retrieved text (data: 2021年1-6月).',
    },
    patterns: [4, 5],
    percentEncoding: 'All % values are numbers with numFmt 0.00%.',
    expected: {
      kind: 'yoy',
      range: 'A2:E16',
      headerRows: [2],
      unitColumn: 'A',
      rows: [
        '民间借贷纠纷', '离婚纠纷', '机动车交通事故\n责任纠纷', '买卖合同纠纷', '劳动争议', '房屋买卖合同纠纷', '物业服务合同纠纷',
        '劳务合同纠纷', '租赁合同纠纷', '借款合同纠纷', '金融借款合同纠纷', '信用卡纠纷', '追偿权纠纷', '生命权、健康权、身体权纠纷',
      ].map((label, i) => ({ row: 3 + i, role: 'unit' as const, label })),
      columns: [
        { column: 'A', header: ['案由'], role: 'unit', measure: null, period: null },
        { column: 'B', header: ['2021年上半年新收'], role: 'period-value', measure: '民事一审新收数', period: '2021年上半年' },
        { column: 'C', header: ['占民事一审新收总数比例'], role: 'indicator', measure: '占民事一审新收总数比例（分母26059）', period: '2021年上半年' },
        { column: 'D', header: ['2020年上半年新收'], role: 'period-value', measure: '民事一审新收数', period: '2020年上半年' },
        { column: 'E', header: ['增幅'], role: 'indicator', measure: '新收同比增幅', period: '同比' },
      ],
      meta: { title: '表一:各类主要案由占比及增长情况统计表', unit: null, period: '2021年上半年（对照2020年上半年）' },
      findings: [],
      mustNotFind: true,
      precisionRule: 'C = B/26059 and E = (B−D)/D, both rounded half-up to 2 decimals of a percent; all 14 rows agree. ' + PCT_RULE,
    },
  },
});

/* ------------------------------------------------------------------ 06 内黄县法院 案由 */
tables.push({
  id: '06-neihuang-minshi-anyou-zengfu',
  court: '河南省内黄县人民法院',
  what: '2023年1-6月民事一审主要案由新收、占比及增幅（无标题行）',
  rows: [
    ['案由', '2023年新收(件)', '占民事一审新收比例', '2022年新收(件)', '增幅'],
    ['民间借贷纠纷', 803, p(0.21), 685, p(0.1723)],
    ['离婚纠纷', 603, p(0.1577), 436, p(0.383)],
    ['机动车交通事故责任纠纷', 305, p(0.0798), 262, p(0.1641)],
    ['买卖合同纠纷', 288, p(0.0753), 215, p(0.3395)],
    ['借款合同纠纷', 251, p(0.0656), 527, p(-0.5237)],
  ],
  widths: [24, 14, 18, 14, 10],
  json: {
    source: {
      url: 'https://hnnhxfy.hncourt.gov.cn/public/detail.php?id=3606',
      title: null,
      publisher: '内黄县人民法院（hnnhxfy.hncourt.gov.cn）',
      published: null,
      retrieved: RETRIEVED,
      notes: 'No caption: the table follows the sentence "2023年1-6月,我院新收的各类主要案由增长情况如下表:". Base for 占比 is 3824 (民事一审新收, from the text). "2023年新收"/"2022年新收" mean the first half of each year. Publication date not in the retrieved text.',
    },
    patterns: [4],
    percentEncoding: 'All % values are numbers with numFmt 0.00% (21.00% is 0.21).',
    expected: {
      kind: 'yoy',
      range: 'A1:E6',
      headerRows: [1],
      unitColumn: 'A',
      rows: ['民间借贷纠纷', '离婚纠纷', '机动车交通事故责任纠纷', '买卖合同纠纷', '借款合同纠纷'].map((label, i) => ({ row: 2 + i, role: 'unit' as const, label })),
      columns: [
        { column: 'A', header: ['案由'], role: 'unit', measure: null, period: null },
        { column: 'B', header: ['2023年新收(件)'], role: 'period-value', measure: '民事一审新收数', period: '2023年1-6月' },
        { column: 'C', header: ['占民事一审新收比例'], role: 'indicator', measure: '占民事一审新收比例（分母3824）', period: '2023年1-6月' },
        { column: 'D', header: ['2022年新收(件)'], role: 'period-value', measure: '民事一审新收数', period: '2022年1-6月' },
        { column: 'E', header: ['增幅'], role: 'indicator', measure: '新收同比增幅', period: '同比' },
      ],
      meta: { title: null, unit: '件（写在表头里）', period: '2023年1-6月（对照2022年1-6月）' },
      findings: [],
      mustNotFind: true,
      precisionRule: 'C = B/3824, E = (B−D)/D, rounded half-up to 2 decimals of a percent; all rows agree. ' + PCT_RULE,
    },
  },
});

/* ------------------------------------------------------------------ 07 濮阳 两级法院 */
tables.push({
  id: '07-puyang-minshi-anyou-shouli-tongbi',
  court: '河南省濮阳市中级人民法院',
  what: '2020年濮阳两级法院民事案件按案由受理数、同比、占比（合计行；同比一格带%、其余不带）',
  rows: [
    ['案由', '受理数量(件)', '同比增长(%)', '占比率(%)'],
    ['家事纠纷', 6334, -0.02, 14.6],
    ['机动车交通事故责任纠纷', 4048, -2.2, 9.3],
    ['劳动争议', 605, 0.05, 1.4],
    ['合同纠纷', 23745, -17.2, 54.8],
    ['知识产权纠纷', 211, '-34.9%', 0.5],
    ['其它案由', 8353, 36.4, 19.3],
    ['合计', 43296, -4.6, null],
  ],
  widths: [24, 14, 14, 12],
  json: {
    source: {
      url: 'https://pyzy.hncourt.gov.cn/public/detail.php?id=10574',
      title: null,
      publisher: '濮阳市中级人民法院（pyzy.hncourt.gov.cn）',
      published: null,
      retrieved: RETRIEVED,
      notes: 'No caption. The header says "(%)" yet the 知识产权纠纷 同比 cell prints "-34.9%" with its own % sign (kept as text); the other 同比 and 占比 values are plain numbers in percent units. The 合计 row leaves 占比率 empty. 占比 sum to 99.9 because of rounding. 同比 cannot be checked (no prior-year counts in the table). Publication date not in the retrieved text (data: 2020年).',
    },
    patterns: [4, 5],
    percentEncoding: 'Numbers in percent units exactly as printed (14.6 means 14.6%), no numFmt; the one "-34.9%" is text.',
    expected: {
      kind: 'unit-matrix',
      range: 'A1:D8',
      headerRows: [1],
      unitColumn: 'A',
      rows: [
        { row: 2, role: 'unit', label: '家事纠纷' },
        { row: 3, role: 'unit', label: '机动车交通事故责任纠纷' },
        { row: 4, role: 'unit', label: '劳动争议' },
        { row: 5, role: 'unit', label: '合同纠纷' },
        { row: 6, role: 'unit', label: '知识产权纠纷' },
        { row: 7, role: 'unit', label: '其它案由' },
        { row: 8, role: 'total', label: '合计' },
      ],
      columns: [
        { column: 'A', header: ['案由'], role: 'unit', measure: null, period: null },
        { column: 'B', header: ['受理数量(件)'], role: 'field', measure: '民事案件受理数', period: '2020年' },
        { column: 'C', header: ['同比增长(%)'], role: 'indicator', measure: '受理数同比增长（%）', period: '同比' },
        { column: 'D', header: ['占比率(%)'], role: 'indicator', measure: '占受理总数比例（%）', period: '2020年' },
      ],
      meta: { title: null, unit: '件；%（写在表头里）', period: '2020年' },
      findings: [],
      mustNotFind: true,
      precisionRule: SUM_RULE + ' B8 = 43296 = sum of B2:B7. D = B/43296 in percent rounded half-up to 1 decimal: 14.6, 9.3, 1.4, 54.8, 0.5, 19.3 — all agree.',
    },
  },
});

/* ------------------------------------------------------------------ 08 最高法 司法统计公报 刑事 */
tables.push({
  id: '08-zuigaofa-2023-xingshi-shoujie-weijie',
  court: '最高人民法院',
  what: '2023年全国法院司法统计公报 刑事案件收案/结案/未结（合计行在最上）',
  rows: [
    [null, '收案', '结案', '未结'],
    ['合计', 1749823, 1763199, 106845],
    ['刑事一审', 1229811, 1243255, 82720],
    ['刑事二审', 128043, 127863, 12058],
    ['刑事依职权再审审查', 2294, 2358, 211],
    ['刑事申诉再审审查', 31979, 31942, 3389],
    ['刑事抗诉再审审查', 1758, 1749, 117],
    ['刑事再审', 3854, 4154, 886],
    ['申请没收违法所得', 29, 34, 30],
    ['法定刑以下判处刑罚复核', 28, 23, 13],
    ['申请强制医疗审查', 1240, 1255, 43],
    ['解除强制医疗审查', 839, 841, 76],
    ['强制医疗复议', 61, 62, null],
    ['强制医疗监督', null, null, null],
    ['刑罚与执行变更审查', 319098, 318800, 6072],
    ['刑罚与执行变更监督', 490, 482, 173],
    ['刑罚与执行变更备案', 1362, 1340, 188],
    ['其他刑事案件', 28937, 29041, 869],
    ['声明:本文来源于《最高人民法院公报》2024年第4期2023年全国法院司法统计公报。'],
  ],
  merges: ['A19:D19'],
  widths: [26, 12, 12, 10],
  json: {
    source: {
      url: 'https://www.mffb.com.cn/news/show-153651.html',
      title: '2023年全国法院司法统计公报（转载）',
      publisher: '最高人民法院（《最高人民法院公报》2024年第4期；所见为 mffb.com.cn 转载）',
      published: '2024-04',
      retrieved: RETRIEVED,
      notes: 'Reprint of the criminal-case table of the SPC 2023 judicial statistics bulletin; the reprint carries no caption above the table (the header row starts with an empty cell) and ends with the 声明 line kept here as a note row. Empty cells (强制医疗复议 未结, 强制医疗监督 all three) are empty on the page, not zeros. "published" is the bulletin issue (2024年第4期), not the reprint date.',
    },
    patterns: [4, 5],
    expected: {
      kind: 'unit-matrix',
      range: 'A1:D18',
      headerRows: [1],
      unitColumn: 'A',
      rows: [
        { row: 2, role: 'total', label: '合计' },
        ...['刑事一审', '刑事二审', '刑事依职权再审审查', '刑事申诉再审审查', '刑事抗诉再审审查', '刑事再审', '申请没收违法所得', '法定刑以下判处刑罚复核',
          '申请强制医疗审查', '解除强制医疗审查', '强制医疗复议', '强制医疗监督', '刑罚与执行变更审查', '刑罚与执行变更监督', '刑罚与执行变更备案', '其他刑事案件',
        ].map((label, i) => ({ row: 3 + i, role: 'unit' as const, label })),
      ],
      columns: [
        { column: 'A', header: [], role: 'unit', measure: null, period: null },
        { column: 'B', header: ['收案'], role: 'field', measure: '收案数', period: '2023年' },
        { column: 'C', header: ['结案'], role: 'field', measure: '结案数', period: '2023年' },
        { column: 'D', header: ['未结'], role: 'field', measure: '未结数', period: '2023年末' },
      ],
      meta: { title: null, unit: null, period: '2023年' },
      findings: [],
      mustNotFind: true,
      precisionRule: SUM_RULE + ' The 合计 row (row 2, above the parts) equals the sums of rows 3–18 in all three columns (1749823, 1763199, 106845); blanks count as 0.',
    },
  },
});


/* ------------------------------------------------------------------ 09–12 澳门 */
const MO_BAL = 'Each row must balance: 上月待決(承上月轉入) + 本月收件(當月分發) = 合計(案件總數) and 合計 − 審結(當月結案) = 轉入下月(轉下月); every 小計/總數 must equal the sum of the rows it closes.';

tables.push({
  id: '09-aomen-zhongji-fayuan-juanzong-fenfa-202512',
  court: '澳門特別行政區中級法院',
  what: '二零二五年十二月份訴訟卷宗分發統計表（上月待決/本月收件/合計/審結/轉入下月待決；兩個小計、一個總數）',
  rows: [
    ['二零二五年十二月份的訴訟卷宗分發統計表'],
    ['卷宗', w('上月待\n決卷宗'), w('本月收件\n的卷宗'), '合計', '審結', w('轉入下月\n待決卷宗')],
    ['根據«司法組織綱要法»第三十七條規定的分類'],
    ['第一類–民事及勞動訴訟程序的上訴', 89, 2, 91, 14, 77],
    ['第二類–刑事訴訟程序的上訴', 212, 44, 256, 50, 206],
    ['第三類–行政、稅務及海關方面的司法裁判的上訴', 40, 0, 40, 4, 36],
    ['第四類–司法上訴(中級法院作為第一審法院的行政訴訟卷宗)', 68, 0, 68, 2, 66],
    ['第五類–行政、稅務及海關方面的其他訴訟程序', 1, 0, 1, 0, 1],
    ['第六類–管轄權及審判權的衝突', 0, 0, 0, 0, 0],
    ['第七類–澳門以外的法院或仲裁員作出的裁判的再審及確認', 47, 0, 47, 0, 47],
    ['第八類–中級法院作為第一審級審理的案件', 1, 0, 1, 0, 1],
    ['第九類–其他訴訟程序', 3, 0, 3, 0, 3],
    ['小計......', 461, 46, 507, 70, 437],
    ['其他不經分發的訴訟程序'],
    ['向中級法院院長提起的聲明異議', 0, 3, 3, 1, 2],
    ['其他', 1, 1, 2, 1, 1],
    ['小計......', 1, 4, 5, 2, 3],
    ['總數......', 462, 50, 512, 72, 440],
  ],
  merges: ['A1:F1', 'A3:F3', 'A14:F14'],
  widths: [52, 10, 10, 8, 8, 10],
  json: {
    source: {
      url: 'https://www.court.gov.mo/tools/attachment/1768270135uaugx.htm',
      title: '二零二五年十二月份的訴訟卷宗分發統計表',
      publisher: '澳門特別行政區法院（court.gov.mo）',
      published: '2026-01',
      retrieved: RETRIEVED,
      notes: 'Monthly statistics attachment of the Macao SAR courts; the categories name 中級法院, so the table is the Court of Second Instance\'s. "published" is inferred from the attachment id 1768270135 read as a Unix time (2026-01-13); the page itself shows no date. Header cells wrap on the page ("上月待 決卷宗"); kept with line breaks. Two section rows (根據«司法組織綱要法»… / 其他不經分發的訴訟程序) span the table. Traditional characters as published.',
    },
    patterns: [4, 5],
    expected: {
      kind: 'unit-matrix',
      range: 'A2:F18',
      headerRows: [2],
      unitColumn: 'A',
      rows: [
        { row: 3, role: 'section', label: '根據«司法組織綱要法»第三十七條規定的分類' },
        ...['第一類–民事及勞動訴訟程序的上訴', '第二類–刑事訴訟程序的上訴', '第三類–行政、稅務及海關方面的司法裁判的上訴', '第四類–司法上訴(中級法院作為第一審法院的行政訴訟卷宗)',
          '第五類–行政、稅務及海關方面的其他訴訟程序', '第六類–管轄權及審判權的衝突', '第七類–澳門以外的法院或仲裁員作出的裁判的再審及確認', '第八類–中級法院作為第一審級審理的案件', '第九類–其他訴訟程序',
        ].map((label, i) => ({ row: 4 + i, role: 'unit' as const, label })),
        { row: 13, role: 'subtotal', label: '小計......' },
        { row: 14, role: 'section', label: '其他不經分發的訴訟程序' },
        { row: 15, role: 'unit', label: '向中級法院院長提起的聲明異議' },
        { row: 16, role: 'unit', label: '其他' },
        { row: 17, role: 'subtotal', label: '小計......' },
        { row: 18, role: 'total', label: '總數......' },
      ],
      columns: [
        { column: 'A', header: ['卷宗'], role: 'unit', measure: null, period: null },
        { column: 'B', header: ['上月待\n決卷宗'], role: 'field', measure: '旧存（上月待决）', period: '2025年12月初' },
        { column: 'C', header: ['本月收件\n的卷宗'], role: 'field', measure: '新收案件数', period: '2025年12月' },
        { column: 'D', header: ['合計'], role: 'field', measure: '受理数（旧存+新收）', period: '2025年12月' },
        { column: 'E', header: ['審結'], role: 'field', measure: '审结数', period: '2025年12月' },
        { column: 'F', header: ['轉入下月\n待決卷宗'], role: 'field', measure: '未结（转入下月）', period: '2025年12月末' },
      ],
      meta: { title: '二零二五年十二月份的訴訟卷宗分發統計表', unit: null, period: '2025年12月' },
      findings: [],
      mustNotFind: true,
      precisionRule: MO_BAL + ' All rows balance; 小計 461/46/507/70/437 and 1/4/5/2/3 and 總數 462/50/512/72/440 all add up.',
    },
  },
});

const MO_HEAD = ['案件', '承上月轉入', '當月分發', '案件總數', '當月結案', '轉下月'];
const moCols = (period: string): ExpCol[] => [
  { column: 'A', header: ['案件'], role: 'unit', measure: null, period: null },
  { column: 'B', header: ['承上月轉入'], role: 'field', measure: '旧存（承上月转入）', period: `${period}初` },
  { column: 'C', header: ['當月分發'], role: 'field', measure: '新收（当月分发）', period },
  { column: 'D', header: ['案件總數'], role: 'field', measure: '受理数（旧存+新收）', period },
  { column: 'E', header: ['當月結案'], role: 'field', measure: '结案数', period },
  { column: 'F', header: ['轉下月'], role: 'field', measure: '未结（转下月）', period: `${period}末` },
];
const MO_SRC = {
  url: 'https://www.court.gov.mo/tools/attachment/1742529482vfsau.htm',
  title: '初級法院月度案件統計表 (2025年2月)',
  publisher: '澳門特別行政區法院（court.gov.mo）',
  published: '2025-03',
  retrieved: RETRIEVED,
};
const MO_NOTE = 'One page holds several tables (民事法庭, 刑事法庭, 輕微民事案件法庭, 勞動法庭 …), each with its own header and 總數 row; the retrieved text stops inside the 勞動法庭 table, which is not used. The page reached the index as space-separated text; every row has exactly five numbers so the columns are unambiguous. "published" is inferred from the attachment id 1742529482 as a Unix time (2025-03-21).';

tables.push({
  id: '10-aomen-chuji-fayuan-minshi-fating-202502',
  court: '澳門特別行政區初級法院 民事法庭',
  what: '初級法院月度案件統計表 2025年2月 民事法庭（承上月轉入/當月分發/案件總數/當月結案/轉下月；總數行）',
  rows: [
    ['初級法院月度案件統計表 (2025年2月)'],
    ['民事法庭'],
    ['民事案件'],
    MO_HEAD,
    ['通常宣告案', 694, 22, 716, 30, 686],
    ['簡易宣告案', 57, 5, 62, 8, 54],
    ['特別程序案', 181, 11, 192, 18, 174],
    ['通常執行案', 2819, 37, 2856, 41, 2815],
    ['最簡易 / 判決及其他執行程序案', 631, 28, 659, 14, 645],
    ['財產清冊案', 441, 25, 466, 25, 441],
    ['破產及無償還能力案', 5, 2, 7, 0, 7],
    ['司法援助案', 0, 0, 0, 0, 0],
    ['保全程序', 12, 4, 16, 3, 13],
    ['其他經分發之案件', 120, 7, 127, 11, 116],
    ['其他不經分發之案件', 349, 25, 374, 25, 349],
    ['司法協助請求書', 48, 22, 70, 38, 32],
    ['民事法庭總數......', 5357, 188, 5545, 213, 5332],
  ],
  merges: ['A1:F1'],
  widths: [32, 12, 10, 10, 10, 10],
  json: {
    source: { ...MO_SRC, notes: MO_NOTE },
    patterns: [4, 5],
    expected: {
      kind: 'unit-matrix',
      range: 'A4:F17',
      headerRows: [4],
      unitColumn: 'A',
      rows: [
        ...['通常宣告案', '簡易宣告案', '特別程序案', '通常執行案', '最簡易 / 判決及其他執行程序案', '財產清冊案', '破產及無償還能力案', '司法援助案', '保全程序',
          '其他經分發之案件', '其他不經分發之案件', '司法協助請求書'].map((label, i) => ({ row: 5 + i, role: 'unit' as const, label })),
        { row: 17, role: 'total', label: '民事法庭總數......' },
      ],
      columns: moCols('2025年2月'),
      meta: { title: '初級法院月度案件統計表 (2025年2月) — 民事法庭 — 民事案件', unit: null, period: '2025年2月' },
      findings: [],
      mustNotFind: true,
      precisionRule: MO_BAL + ' All 12 rows balance and the 總數 row (5357/188/5545/213/5332) equals the column sums.',
    },
  },
});

tables.push({
  id: '11-aomen-chuji-fayuan-xingshi-fating-202502',
  court: '澳門特別行政區初級法院 刑事法庭',
  what: '初級法院月度案件統計表 2025年2月 刑事法庭（含縮進的細分行 羈押犯/非羈押犯/交通意外；總數行）',
  rows: [
    ['初級法院月度案件統計表 (2025年2月)'],
    ['刑事法庭'],
    ['刑事案件'],
    MO_HEAD,
    ['合議庭普通刑事案', 956, 170, 1126, 126, 1000],
    ['         羈押犯', 77, 22, 99, 20, 79],
    ['         非羈押犯', 809, 140, 949, 93, 856],
    ['         交通意外', 70, 8, 78, 13, 65],
    ['獨任庭普通刑事案', 654, 215, 869, 194, 675],
    ['簡易刑事案', 1, 4, 5, 4, 1],
    ['簡捷刑事案', 1, 0, 1, 0, 1],
    ['輕微違反案', 176, 123, 299, 98, 201],
    ['判決及其他執行程序案', 764, 22, 786, 21, 765],
    ['保全程序', 0, 0, 0, 0, 0],
    ['司法恢復權利案', 27, 5, 32, 3, 29],
    ['其他', 65, 0, 65, 0, 65],
    ['司法協助請求書', 0, 0, 0, 0, 0],
    ['刑事法庭總數......', 2644, 539, 3183, 446, 2737],
  ],
  merges: ['A1:F1'],
  widths: [28, 12, 10, 10, 10, 10],
  json: {
    source: { ...MO_SRC, notes: MO_NOTE + ' The three rows under 合議庭普通刑事案 are indented with leading spaces on the page (kept) and add up to it (77+809+70=956 …); the 總數 row counts 合議庭普通刑事案 once, not its parts.' },
    patterns: [4, 5],
    expected: {
      kind: 'unit-matrix',
      range: 'A4:F18',
      headerRows: [4],
      unitColumn: 'A',
      rows: [
        { row: 5, role: 'unit', label: '合議庭普通刑事案' },
        { row: 6, role: 'breakdown', label: '         羈押犯' },
        { row: 7, role: 'breakdown', label: '         非羈押犯' },
        { row: 8, role: 'breakdown', label: '         交通意外' },
        ...['獨任庭普通刑事案', '簡易刑事案', '簡捷刑事案', '輕微違反案', '判決及其他執行程序案', '保全程序', '司法恢復權利案', '其他', '司法協助請求書'].map((label, i) => ({ row: 9 + i, role: 'unit' as const, label })),
        { row: 18, role: 'total', label: '刑事法庭總數......' },
      ],
      columns: moCols('2025年2月'),
      meta: { title: '初級法院月度案件統計表 (2025年2月) — 刑事法庭 — 刑事案件', unit: null, period: '2025年2月' },
      findings: [],
      mustNotFind: true,
      precisionRule: MO_BAL + ' Breakdown rows 6–8 sum to row 5 in every column; 總數 = rows 5 and 9–17 (breakdowns excluded): 2644/539/3183/446/2737 — all agree.',
    },
  },
});

tables.push({
  id: '12-aomen-chuji-fayuan-qingwei-minshi-202502',
  court: '澳門特別行政區初級法院 輕微民事案件法庭',
  what: '初級法院月度案件統計表 2025年2月 輕微民事案件法庭（4行+總數）',
  rows: [
    ['初級法院月度案件統計表 (2025年2月)'],
    ['輕微民事案件法庭'],
    ['輕微民事案件'],
    MO_HEAD,
    ['履行金錢債務', 644, 61, 705, 117, 588],
    ['行使消費者權利', 6, 0, 6, 0, 6],
    ['判決及其他執行程序案', 1580, 145, 1725, 46, 1679],
    ['其他', 9, 0, 9, 1, 8],
    ['輕微民事案件法庭總數......', 2239, 206, 2445, 164, 2281],
  ],
  merges: ['A1:F1'],
  widths: [28, 12, 10, 10, 10, 10],
  json: {
    source: { ...MO_SRC, notes: MO_NOTE },
    patterns: [4, 5],
    expected: {
      kind: 'unit-matrix',
      range: 'A4:F9',
      headerRows: [4],
      unitColumn: 'A',
      rows: [
        ...['履行金錢債務', '行使消費者權利', '判決及其他執行程序案', '其他'].map((label, i) => ({ row: 5 + i, role: 'unit' as const, label })),
        { row: 9, role: 'total', label: '輕微民事案件法庭總數......' },
      ],
      columns: moCols('2025年2月'),
      meta: { title: '初級法院月度案件統計表 (2025年2月) — 輕微民事案件法庭 — 輕微民事案件', unit: null, period: '2025年2月' },
      findings: [],
      mustNotFind: true,
      precisionRule: MO_BAL + ' All rows balance; 總數 2239/206/2445/164/2281 equals the column sums.',
    },
  },
});

/* ------------------------------------------------------------------ 13–29 香港特别行政区司法机构年报 */
const HK_PUB = '香港特别行政区司法机构（Judiciary, HKSAR）年报';
const HK_NOTE = 'Hong Kong SAR Judiciary annual report, Chinese-language page (under the /en/ path of judiciary.hk). Numbers print with a space as thousands separator ("3 378"); written here as plain numbers. Cells the page prints with a marker or a bracket ("41 (22)", "13 288(1)", "-*") are kept as text. Each page holds a caseload table (案件量 / 结案数目 over three years) and a waiting-time table (目标 + three years); they are separate tables here.';
const HK_P1 = 'The header is two-level: a merged measure row (案件量 | 结案数目) over the same three years repeated — pattern 1 with measures on the upper level and periods below (the inverse of 本月/累计 over 收案/结案); no table with periods over repeated measures was found.';

/** Caseload header: two rows starting at `r`, label column A (merged down), years under each measure. */
function hkHead(years: string[], caseload = '案件量', closed = '结案数目 *'): Row[] {
  return [[null, caseload, null, null, closed, null, null], [null, ...years, ...years]];
}
const hkMerges = (r: number): string[] => [`A${r}:A${r + 1}`, `B${r}:D${r}`, `E${r}:G${r}`];
function hkCols(years: string[], caseload = '案件量', closed = '结案数目 *', first: string[] = []): ExpCol[] {
  const L = ['B', 'C', 'D', 'E', 'F', 'G'];
  return [
    { column: 'A', header: first, role: 'unit', measure: null, period: null },
    ...years.map((y, i) => ({ column: L[i], header: [caseload, y], role: 'period-value', measure: '案件量（受理数）', period: `${y}年` })),
    ...years.map((y, i) => ({ column: L[3 + i], header: [closed, y], role: 'period-value', measure: '结案数目', period: `${y}年` })),
  ];
}
/** Waiting-time columns: A label, B target, C..E years. */
function hkWaitCols(years: string[], top = '平均轮候时间(日)', target = '目标'): ExpCol[] {
  return [
    { column: 'A', header: [], role: 'unit', measure: null, period: null },
    { column: 'B', header: [top, target], role: 'target', measure: '轮候时间目标（日）', period: null },
    ...years.map((y, i) => ({ column: ['C', 'D', 'E'][i], header: [top, y], role: 'period-value', measure: '平均轮候时间（日）', period: `${y}年` })),
  ];
}
const HK_WAIT_RULE = 'No arithmetic relation inside a waiting-time table (targets are ceilings, not sums). An actual above its target is a missed target, not an inconsistency, so nothing is listed.';

tables.push({
  id: '13-xianggang-laozi-shencaichu-anjianliang-2024',
  court: '香港劳资审裁处',
  what: '劳资审裁处 2022–2024 案件量及结案数目（案件量/结案数目 各三年；合计行；* 注）',
  rows: [
    ['各级法院案件量、结案数目以及法院轮候时间'],
    ...hkHead(['2022', '2023', '2024']),
    ['申索', 3378, 4348, 4879, 3807, 3817, 4857],
    ['覆核', 84, 125, 152, 76, 130, 131],
    ['恢复申索', 64, 57, 65, 79, 54, 62],
    ['将裁决搁置', 77, 99, 95, 101, 99, 88],
    ['合计', 3603, 4629, 5191, 4063, 4100, 5138],
    ['*', '结案的案件是指已完结的申索,包括获裁断金额(胜诉)、败诉、和解、撤销及转移其他法院处理的申索'],
  ],
  merges: ['A1:G1', ...hkMerges(2), 'B9:G9'],
  widths: [14, 9, 9, 9, 9, 9, 9],
  json: {
    source: { url: 'https://www.judiciary.hk/en/publications/annu_rept_2024r/txtchi/caseload_lb.html', title: '各级法院案件量、结案数目以及法院轮候时间', publisher: HK_PUB, published: null, retrieved: RETRIEVED,
      notes: HK_NOTE + ' Court: 劳资审裁处 (Labour Tribunal; page code "lb", rows 申索/覆核/恢复申索/将裁决搁置) — the court name itself is not in the retrieved text. Annual Report 2024; exact publication date not shown. ' + HK_P1 },
    patterns: [1, 4, 5],
    expected: {
      kind: 'unit-matrix', range: 'A2:G8', headerRows: [2, 3], unitColumn: 'A',
      rows: [...['申索', '覆核', '恢复申索', '将裁决搁置'].map((label, i) => ({ row: 4 + i, role: 'unit' as const, label })), { row: 8, role: 'total', label: '合计' }],
      columns: hkCols(['2022', '2023', '2024']),
      meta: { title: '各级法院案件量、结案数目以及法院轮候时间', unit: null, period: '2022—2024年' },
      findings: [], mustNotFind: true,
      precisionRule: SUM_RULE + ' 合计 = 3603, 4629, 5191, 4063, 4100, 5138 — each equals the sum of rows 4–7.',
    },
  },
});

tables.push({
  id: '14-xianggang-laozi-shencaichu-lunhou-2024',
  court: '香港劳资审裁处',
  what: '劳资审裁处 平均轮候时间（目标 + 2022–2024 实际；控制目标表）',
  rows: [
    [null, '平均轮候时间(日)', null, null, null],
    [null, '目标', '2022', '2023', '2024'],
    ['由预约时间至入禀案件', 30, 28, 38, 36],
    ['由入禀案件至首次聆讯', 30, 24, 23, 23],
  ],
  merges: ['A1:A2', 'B1:E1'],
  widths: [24, 8, 8, 8, 8],
  json: {
    source: { url: 'https://www.judiciary.hk/en/publications/annu_rept_2024r/txtchi/caseload_lb.html', title: '各级法院案件量、结案数目以及法院轮候时间', publisher: HK_PUB, published: null, retrieved: RETRIEVED,
      notes: HK_NOTE + ' Second table of the page used for 13. No caption of its own in the retrieved text.' },
    patterns: [2, 4],
    expected: {
      kind: 'control-target', range: 'A1:E4', headerRows: [1, 2], unitColumn: 'A',
      rows: [{ row: 3, role: 'measure', label: '由预约时间至入禀案件' }, { row: 4, role: 'measure', label: '由入禀案件至首次聆讯' }],
      columns: hkWaitCols(['2022', '2023', '2024']),
      meta: { title: null, unit: '日', period: '2022—2024年' },
      findings: [], mustNotFind: true, precisionRule: HK_WAIT_RULE,
    },
  },
});

tables.push({
  id: '15-xianggang-tudi-shencaichu-anjianliang-2022',
  court: '香港土地审裁处',
  what: '土地审裁处 2020–2022 案件量及结案数目（6类+合计）',
  rows: [
    ['各级法院案件量、结案数目以及法院轮候时间'],
    ...hkHead(['2020', '2021', '2022']),
    ['上诉案件', 789, 910, 591, 759, 1202, 818],
    ['补偿案件', 2, 6, 5, 9, 7, 4],
    ['建筑物管理案件', 203, 232, 214, 222, 338, 145],
    ['租赁案件', 3391, 3193, 3161, 3941, 4158, 3120],
    ['强制售卖土地申请', 36, 16, 22, 27, 36, 34],
    ['杂类申请', 11, 1, 5, 2, 4, 0],
    ['合计', 4432, 4358, 3998, 4960, 5745, 4121],
    ['*', '结案的案件是指上诉得直或驳回,以及审讯或聆讯结束的案件'],
  ],
  merges: ['A1:G1', ...hkMerges(2), 'B11:G11'],
  widths: [18, 9, 9, 9, 9, 9, 9],
  json: {
    source: { url: 'https://www.judiciary.hk/en/publications/annu_rept_2022r/smp/caseload_ld.html', title: '各级法院案件量、结案数目以及法院轮候时间', publisher: HK_PUB, published: null, retrieved: RETRIEVED,
      notes: HK_NOTE + ' Court: 土地审裁处 (Lands Tribunal, page code "ld"); Annual Report 2022. ' + HK_P1 },
    patterns: [1, 4, 5],
    expected: {
      kind: 'unit-matrix', range: 'A2:G10', headerRows: [2, 3], unitColumn: 'A',
      rows: [...['上诉案件', '补偿案件', '建筑物管理案件', '租赁案件', '强制售卖土地申请', '杂类申请'].map((label, i) => ({ row: 4 + i, role: 'unit' as const, label })), { row: 10, role: 'total', label: '合计' }],
      columns: hkCols(['2020', '2021', '2022']),
      meta: { title: '各级法院案件量、结案数目以及法院轮候时间', unit: null, period: '2020—2022年' },
      findings: [], mustNotFind: true,
      precisionRule: SUM_RULE + ' 合计 4432, 4358, 3998, 4960, 5745, 4121 — each equals the sum of rows 4–9.',
    },
  },
});

tables.push({
  id: '16-xianggang-tudi-shencaichu-lunhou-2022',
  court: '香港土地审裁处',
  what: '土地审裁处 平均轮候时间（目标 + 2020–2022；"-*" 不适用；分组行）',
  rows: [
    [null, '平均轮候时间(日)', null, null, null],
    [null, '目标', '2020', '2021', '2022'],
    ['由订定日期至聆讯'],
    ['上诉案件', 90, 39, '-*', '-*'],
    ['补偿案件', 90, 29, 64, 45],
    ['建筑物管理案件', 90, 31, 25, 20],
    ['租赁案件', 50, 24, 16, 16],
    ['*', '并无收到上诉案件的申请,因此轮候时间不适用'],
  ],
  merges: ['A1:A2', 'B1:E1', 'B8:E8'],
  widths: [18, 8, 8, 8, 8],
  json: {
    source: { url: 'https://www.judiciary.hk/en/publications/annu_rept_2022r/smp/caseload_ld.html', title: '各级法院案件量、结案数目以及法院轮候时间', publisher: HK_PUB, published: null, retrieved: RETRIEVED,
      notes: HK_NOTE + ' Second table of the page used for 15. "-*" = not applicable (note *).' },
    patterns: [2, 4, 5],
    expected: {
      kind: 'control-target', range: 'A1:E7', headerRows: [1, 2], unitColumn: 'A',
      rows: [{ row: 3, role: 'section', label: '由订定日期至聆讯' }, ...['上诉案件', '补偿案件', '建筑物管理案件', '租赁案件'].map((label, i) => ({ row: 4 + i, role: 'measure' as const, label }))],
      columns: hkWaitCols(['2020', '2021', '2022']),
      meta: { title: null, unit: '日', period: '2020—2022年' },
      findings: [], mustNotFind: true, precisionRule: HK_WAIT_RULE,
    },
  },
});

tables.push({
  id: '17-xianggang-zhongshen-fayuan-anjianliang-2021',
  court: '香港终审法院',
  what: '终审法院 2019–2021 案件量及结案数目（分组行 申请上诉许可/上诉，各有合计小计；结案数带括号附数）',
  rows: [
    ['各级法院案件量、结案数目以及法院轮候时间'],
    ...hkHead(['2019', '2020', '2021']),
    ['申请上诉许可'],
    ['刑事', 67, 53, 35, '41 (22)', '60 (42)', '69 (47)'],
    ['民事', 426, 289, 564, '133 (110)', '314 (261)', '539 (497)'],
    ['合计', 493, 342, 599, 174, 374, 608],
    ['上诉'],
    ['刑事', 8, 2, 10, 15, 6, 10],
    ['民事', 8, 11, 6, 7, 15, 6],
    ['合计', 16, 13, 16, 22, 21, 16],
    ['杂项程序', 0, 1, 0, 0, 1, 0],
    ['*', '结案的案件是指上诉许可申请/上诉已经得直、驳回、撤回、放弃或终止的案件 括号内的数字是根据《终审法院规则》(第484A章)第7条被驳回的申请数目'],
  ],
  merges: ['A1:G1', ...hkMerges(2), 'B13:G13'],
  widths: [14, 9, 9, 9, 11, 11, 11],
  json: {
    source: { url: 'https://www.judiciary.hk/en/publications/annu_rept_2021r/smp/caseload_fa.html', title: '各级法院案件量、结案数目以及法院轮候时间', publisher: HK_PUB, published: null, retrieved: RETRIEVED,
      notes: HK_NOTE + ' Court: 终审法院 (Court of Final Appeal, page code "fa"; the note cites 《终审法院规则》); Annual Report 2021. The two 合计 rows close their group only (申请上诉许可 / 上诉); 杂项程序 stands alone and there is no grand total. ' + HK_P1 },
    patterns: [1, 4, 5],
    expected: {
      kind: 'unit-matrix', range: 'A2:G12', headerRows: [2, 3], unitColumn: 'A',
      rows: [
        { row: 4, role: 'section', label: '申请上诉许可' },
        { row: 5, role: 'unit', label: '刑事' }, { row: 6, role: 'unit', label: '民事' }, { row: 7, role: 'subtotal', label: '合计' },
        { row: 8, role: 'section', label: '上诉' },
        { row: 9, role: 'unit', label: '刑事' }, { row: 10, role: 'unit', label: '民事' }, { row: 11, role: 'subtotal', label: '合计' },
        { row: 12, role: 'unit', label: '杂项程序' },
      ],
      columns: hkCols(['2019', '2020', '2021']),
      meta: { title: '各级法院案件量、结案数目以及法院轮候时间', unit: null, period: '2019—2021年' },
      findings: [], mustNotFind: true,
      precisionRule: SUM_RULE + ' Row 7 = rows 5+6 and row 11 = rows 9+10 in every column, reading "41 (22)" as 41 (the bracket is a 其中 count of applications dismissed under r.7): 174=41+133, 374=60+314, 608=69+539.',
    },
  },
});

tables.push({
  id: '18-xianggang-zhongshen-fayuan-lunhou-2021',
  court: '香港终审法院',
  what: '终审法院 平均轮候时间（两级分组行；目标 + 2019–2021）',
  rows: [
    [null, '平均轮候时间(日)', null, null, null],
    [null, '目标', '2019', '2020', '2021'],
    ['申请上诉许可'],
    ['由发出聆讯通知书至聆讯'],
    ['刑事', 45, 44, 42, 34],
    ['民事', 35, 34, 31, 34],
    ['上诉'],
    ['由发出聆讯通知书至聆讯'],
    ['刑事', 100, 98, 98, 82],
    ['民事', 120, 113, 93, 88],
  ],
  merges: ['A1:A2', 'B1:E1'],
  widths: [24, 8, 8, 8, 8],
  json: {
    source: { url: 'https://www.judiciary.hk/en/publications/annu_rept_2021r/smp/caseload_fa.html', title: '各级法院案件量、结案数目以及法院轮候时间', publisher: HK_PUB, published: null, retrieved: RETRIEVED,
      notes: HK_NOTE + ' Second table of the page used for 17. Two levels of group rows (申请上诉许可 › 由发出聆讯通知书至聆讯 › 刑事).' },
    patterns: [2, 4],
    expected: {
      kind: 'control-target', range: 'A1:E10', headerRows: [1, 2], unitColumn: 'A',
      rows: [
        { row: 3, role: 'section', label: '申请上诉许可' }, { row: 4, role: 'section', label: '由发出聆讯通知书至聆讯' },
        { row: 5, role: 'measure', label: '刑事' }, { row: 6, role: 'measure', label: '民事' },
        { row: 7, role: 'section', label: '上诉' }, { row: 8, role: 'section', label: '由发出聆讯通知书至聆讯' },
        { row: 9, role: 'measure', label: '刑事' }, { row: 10, role: 'measure', label: '民事' },
      ],
      columns: hkWaitCols(['2019', '2020', '2021']),
      meta: { title: null, unit: '日', period: '2019—2021年' },
      findings: [], mustNotFind: true, precisionRule: HK_WAIT_RULE,
    },
  },
});

tables.push({
  id: '19-xianggang-quyu-fayuan-anjianliang-2024',
  court: '香港区域法院',
  what: '区域法院 2022–2024 案件量及结案数目（刑事/民事/家事管辖分组，小计、民事案件总数、两个合计，带注记号的结案数）',
  rows: [
    ['各级法院案件量、结案数目以及法院轮候时间'],
    ['区域法院'],
    ['区域法院的案件量及结案数目'],
    [null, '案件量', null, null, '结案数目*', null, null],
    [null, '2022', '2023', '2024', '2022', '2023', '2024'],
    ['刑事管辖'],
    ['刑事案件', 1193, 1331, 1623, 862, 1136, 1334],
    ['民事管辖'],
    ['民事', 5252, 5954, 7736, 3738, 4426, 5572],
    ['税款申索', 719, 643, 477, 707, 575, 429],
    ['欠租扣押申请', 3222, 4979, 7529, 3041, 4712, 7329],
    ['雇员补偿申索', 2687, 2892, 2839, 2530, 2631, 2618],
    ['其他民事案件+', 9497, 10358, 11689, 4989, 5448, 4756],
    ['小计', 21377, 24826, 30270, 15005, 17792, 20704],
    ['家事管辖'],
    ['婚姻诉讼', 12802, 14831, 13858, 9448, 13105, 13515],
    ['共同申请', 3711, 5790, 6131, 3578, 4814, 5423],
    ['杂项程序', 234, 230, 273, 214, 213, 240],
    ['领养申请', 54, 52, 51, 48, 40, 48],
    ['相互执行案件^', 1, 11, 13, 0, 2, 9],
    ['小计', 16802, 20914, 20326, '13 288(1)', '18 174(1)', '19 235(1)'],
    ['民事案件总数', 38179, 45740, 50596, 28293, 35966, 39939],
    ['合计', 39372, 47071, 52219, 29155, 37102, 41273],
    ['聆案官内庭'],
    ['非正审聆讯**', 10160, 11956, 13814, 6723, 8881, 10391],
    ['讼费账单评定'],
    ['离婚', 571, 483, 450, 541, 474, 438],
    ['其他', 417, 487, 510, 152, 200, 198],
    ['小计', 988, 970, 960, '693(2)', '674(2)', '636(2)'],
    ['合计', 11148, 12926, 14774, 7416, 9555, 11027],
    ['*', '结案的案件是指被告人被定罪或被判无罪,以及成功申索或申索被撤销的案件'],
    ['+', '其他民事案件包括杂项程序、印花税(条例)上诉案、平等机会诉讼、人身伤害案件、职业性失聪(补偿)上诉案、肺尘埃沉着病(补偿)上诉案、地产代理上诉案及停止通知书案件'],
    ['^', '由二零二二年二月十五日起新增的案件类别'],
    ['**', '案件数目是指已排期聆讯的非正审'],
  ],
  merges: ['A1:G1', 'A2:G2', 'A3:G3', ...hkMerges(4), 'B31:G31', 'B32:G32', 'B33:G33', 'B34:G34'],
  widths: [16, 9, 9, 9, 11, 11, 11],
  json: {
    source: { url: 'https://www.judiciary.hk/en/publications/annu_rept_2024r/txtsmp/caseload_dc.html', title: '各级法院案件量、结案数目以及法院轮候时间 — 区域法院', publisher: HK_PUB, published: null, retrieved: RETRIEVED,
      notes: HK_NOTE + ' Annual Report 2024. The retrieved text stops inside note ** ("案件数目是指已排期聆讯的非正审…"); that note is kept only as far as it was seen, and notes (1)/(2) referenced by "13 288(1)" and "693(2)" were not in the retrieved text. Two blocks share one header: 刑事+民事+家事 closed by 合计 (row 23), then 聆案官内庭 + 讼费账单评定 closed by a second 合计 (row 30). ' + HK_P1 },
    patterns: [1, 4, 5],
    expected: {
      kind: 'unit-matrix', range: 'A4:G30', headerRows: [4, 5], unitColumn: 'A',
      rows: [
        { row: 6, role: 'section', label: '刑事管辖' }, { row: 7, role: 'unit', label: '刑事案件' },
        { row: 8, role: 'section', label: '民事管辖' },
        ...['民事', '税款申索', '欠租扣押申请', '雇员补偿申索', '其他民事案件+'].map((label, i) => ({ row: 9 + i, role: 'unit' as const, label })),
        { row: 14, role: 'subtotal', label: '小计' },
        { row: 15, role: 'section', label: '家事管辖' },
        ...['婚姻诉讼', '共同申请', '杂项程序', '领养申请', '相互执行案件^'].map((label, i) => ({ row: 16 + i, role: 'unit' as const, label })),
        { row: 21, role: 'subtotal', label: '小计' },
        { row: 22, role: 'subtotal', label: '民事案件总数' },
        { row: 23, role: 'total', label: '合计' },
        { row: 24, role: 'section', label: '聆案官内庭' }, { row: 25, role: 'unit', label: '非正审聆讯**' },
        { row: 26, role: 'section', label: '讼费账单评定' }, { row: 27, role: 'unit', label: '离婚' }, { row: 28, role: 'unit', label: '其他' },
        { row: 29, role: 'subtotal', label: '小计' },
        { row: 30, role: 'total', label: '合计' },
      ],
      columns: hkCols(['2022', '2023', '2024'], '案件量', '结案数目*'),
      meta: { title: '区域法院的案件量及结案数目', unit: null, period: '2022—2024年' },
      findings: [], mustNotFind: true,
      precisionRule: SUM_RULE + ' Row 14 = rows 9–13; row 21 = rows 16–20 (reading "13 288(1)" as 13288); row 22 = rows 14+21; row 23 = rows 7+22; row 29 = rows 27+28; row 30 = rows 25+29. All agree in all six columns.',
    },
  },
});

tables.push({
  id: '20-xianggang-xiaoe-qianzhai-anjianliang-2012',
  court: '香港小額錢債審裁處',
  what: '小額錢債審裁處 2010–2012 案件量及結案數目（繁體；申索/覆核/合計）',
  rows: [
    ['各級法院案件量、結案數目以及法院輪候時間'],
    ['小額錢債審裁處'],
    ['小額錢債審裁處的案件量及結案數目'],
    ...hkHead(['2010', '2011', '2012'], '案件量', '結案數目*'),
    ['申索', 57837, 50962, 48201, 50702, 51097, 49094],
    ['覆核', 202, 219, 227, 189, 186, 211],
    ['合計', 58039, 51181, 48428, 50891, 51283, 49305],
    ['*', '結案的案件是指成功申索或申索被撤銷'],
  ],
  merges: ['A1:G1', 'A2:G2', 'A3:G3', ...hkMerges(4), 'B9:G9'],
  widths: [10, 9, 9, 9, 9, 9, 9],
  json: {
    source: { url: 'https://www.judiciary.hk/en/publications/annu_rept_2012/chi/caseload07.html', title: '各級法院案件量、結案數目以及法院輪候時間 — 小額錢債審裁處', publisher: HK_PUB, published: '2013-02', retrieved: RETRIEVED,
      notes: HK_NOTE + ' Annual Report 2012, traditional characters; the page shows 最後修訂日期 2013年2月27日. ' + HK_P1 },
    patterns: [1, 4, 5],
    expected: {
      kind: 'unit-matrix', range: 'A4:G8', headerRows: [4, 5], unitColumn: 'A',
      rows: [{ row: 6, role: 'unit', label: '申索' }, { row: 7, role: 'unit', label: '覆核' }, { row: 8, role: 'total', label: '合計' }],
      columns: hkCols(['2010', '2011', '2012'], '案件量', '結案數目*'),
      meta: { title: '小額錢債審裁處的案件量及結案數目', unit: null, period: '2010—2012年' },
      findings: [], mustNotFind: true,
      precisionRule: SUM_RULE + ' 合計 = 申索 + 覆核 in all six columns (58039, 51181, 48428, 50891, 51283, 49305).',
    },
  },
});

tables.push({
  id: '21-xianggang-xiaoe-qianzhai-lunhou-2012',
  court: '香港小額錢債審裁處',
  what: '小額錢債審裁處案件平均輪候時間（目標 60 + 2010–2012；單行）',
  rows: [
    ['小額錢債審裁處案件平均輪候時間'],
    [null, '平均輪候時間(日)', null, null, null],
    [null, '目標', '2010', '2011', '2012'],
    ['由入稟案件至首次聆訊', 60, 35, 38, 39],
  ],
  merges: ['A1:E1', 'A2:A3', 'B2:E2'],
  widths: [22, 8, 8, 8, 8],
  json: {
    source: { url: 'https://www.judiciary.hk/en/publications/annu_rept_2012/chi/caseload07.html', title: '各級法院案件量、結案數目以及法院輪候時間 — 小額錢債審裁處', publisher: HK_PUB, published: '2013-02', retrieved: RETRIEVED,
      notes: HK_NOTE + ' Second table of the page used for 20; it has its own caption.' },
    patterns: [2, 4],
    expected: {
      kind: 'control-target', range: 'A2:E4', headerRows: [2, 3], unitColumn: 'A',
      rows: [{ row: 4, role: 'measure', label: '由入稟案件至首次聆訊' }],
      columns: hkWaitCols(['2010', '2011', '2012'], '平均輪候時間(日)', '目標'),
      meta: { title: '小額錢債審裁處案件平均輪候時間', unit: '日', period: '2010—2012年' },
      findings: [], mustNotFind: true, precisionRule: HK_WAIT_RULE,
    },
  },
});

tables.push({
  id: '22-xianggang-siyin-caipan-fating-anjianliang-2019',
  court: '香港死因裁判法庭',
  what: '死因裁判法庭 2017–2019 案件量及结案数目（有/无陪审团 + 合计）',
  rows: [
    ['死因裁判法庭的案件量及结案数目'],
    ...hkHead(['2017', '2018', '2019']),
    ['有陪审团', 124, 155, 106, 112, 152, 114],
    ['无陪审团', 7, 12, 11, 5, 9, 16],
    ['合计', 131, 167, 117, 117, 161, 130],
    ['*', '结案的案件是指死因研讯已结束的案件'],
  ],
  merges: ['A1:G1', ...hkMerges(2), 'B7:G7'],
  widths: [12, 8, 8, 8, 8, 8, 8],
  json: {
    source: { url: 'https://www.judiciary.hk/en/publications/annu_rept_2019r/smp/caseload_cc.html', title: '各级法院案件量、结案数目以及法院轮候时间 — 死因裁判法庭', publisher: HK_PUB, published: null, retrieved: RETRIEVED,
      notes: HK_NOTE + ' Annual Report 2019 (cell-per-line text on the page, each cell unambiguous). ' + HK_P1 },
    patterns: [1, 4, 5],
    expected: {
      kind: 'unit-matrix', range: 'A2:G6', headerRows: [2, 3], unitColumn: 'A',
      rows: [{ row: 4, role: 'unit', label: '有陪审团' }, { row: 5, role: 'unit', label: '无陪审团' }, { row: 6, role: 'total', label: '合计' }],
      columns: hkCols(['2017', '2018', '2019']),
      meta: { title: '死因裁判法庭的案件量及结案数目', unit: null, period: '2017—2019年' },
      findings: [], mustNotFind: true,
      precisionRule: SUM_RULE + ' 合计 = 有陪审团 + 无陪审团 in all six columns.',
    },
  },
});

tables.push({
  id: '23-xianggang-siyin-caipan-fating-lunhou-2019',
  court: '香港死因裁判法庭',
  what: '死因裁判法庭案件平均轮候时间（目标 42 + 2017–2019；单行）',
  rows: [
    ['死因裁判法庭案件平均轮候时间'],
    [null, '平均轮候时间(日)', null, null, null],
    [null, '目标', '2017', '2018', '2019'],
    ['由排期日至聆讯', 42, 79, 65, 61],
  ],
  merges: ['A1:E1', 'A2:A3', 'B2:E2'],
  widths: [18, 8, 8, 8, 8],
  json: {
    source: { url: 'https://www.judiciary.hk/en/publications/annu_rept_2019r/smp/caseload_cc.html', title: '各级法院案件量、结案数目以及法院轮候时间 — 死因裁判法庭', publisher: HK_PUB, published: null, retrieved: RETRIEVED,
      notes: HK_NOTE + ' Second table of the page used for 22. All three actuals exceed the target of 42 days (a missed target, not an arithmetic inconsistency).' },
    patterns: [2, 4],
    expected: {
      kind: 'control-target', range: 'A2:E4', headerRows: [2, 3], unitColumn: 'A',
      rows: [{ row: 4, role: 'measure', label: '由排期日至聆讯' }],
      columns: hkWaitCols(['2017', '2018', '2019']),
      meta: { title: '死因裁判法庭案件平均轮候时间', unit: '日', period: '2017—2019年' },
      findings: [], mustNotFind: true, precisionRule: HK_WAIT_RULE,
    },
  },
});

tables.push({
  id: '24-xianggang-tudi-shencaichu-anjianliang-2017',
  court: '香港土地审裁处',
  what: '土地审裁处 2015–2017 案件量及结案数目（6类+合计）',
  rows: [
    ['土地审裁处的案件量及结案数目'],
    ...hkHead(['2015', '2016', '2017'], '案件量', '结案数目*'),
    ['上诉案件', 227, 252, 482, 235, 194, 238],
    ['补偿案件', 9, 17, 6, 5, 8, 4],
    ['建筑物管理案件', 386, 297, 281, 271, 272, 248],
    ['租赁案件', 4098, 4047, 3811, 3270, 3359, 3031],
    ['强制售卖土地申请', 18, 11, 15, 14, 15, 23],
    ['杂类申请', 2, 5, 58, 2, 5, 5],
    ['合计', 4740, 4629, 4653, 3797, 3853, 3549],
    ['*', '结案的案件是指上诉得直或驳回,以及审讯或聆讯结束的案件'],
  ],
  merges: ['A1:G1', ...hkMerges(2), 'B11:G11'],
  widths: [18, 9, 9, 9, 9, 9, 9],
  json: {
    source: { url: 'https://www.judiciary.hk/en/publications/annu_rept_2017/smp/caseload_ld.html', title: '各级法院案件量、结案数目以及法院轮候时间 — 土地审裁处', publisher: HK_PUB, published: '2018-02', retrieved: RETRIEVED,
      notes: HK_NOTE + ' Annual Report 2017; the page shows 最後修订日期 2018年2月28日. Same court and layout as 15, five years earlier. ' + HK_P1 },
    patterns: [1, 4, 5],
    expected: {
      kind: 'unit-matrix', range: 'A2:G10', headerRows: [2, 3], unitColumn: 'A',
      rows: [...['上诉案件', '补偿案件', '建筑物管理案件', '租赁案件', '强制售卖土地申请', '杂类申请'].map((label, i) => ({ row: 4 + i, role: 'unit' as const, label })), { row: 10, role: 'total', label: '合计' }],
      columns: hkCols(['2015', '2016', '2017'], '案件量', '结案数目*'),
      meta: { title: '土地审裁处的案件量及结案数目', unit: null, period: '2015—2017年' },
      findings: [], mustNotFind: true,
      precisionRule: SUM_RULE + ' 合计 4740, 4629, 4653, 3797, 3853, 3549 — each equals the sum of rows 4–9.',
    },
  },
});

tables.push({
  id: '25-xianggang-tudi-shencaichu-lunhou-2017',
  court: '香港土地审裁处',
  what: '土地审裁处案件平均轮候时间（目标 + 2015–2017；"-*" 不适用）',
  rows: [
    ['土地审裁处案件平均轮候时间'],
    [null, '平均轮候时间(日)', null, null, null],
    [null, '目标', '2015', '2016', '2017'],
    ['由订定日期至聆讯'],
    ['上诉案件', 90, 36, 30, '-*'],
    ['补偿案件', 90, 63, 41, 60],
    ['建筑物管理案件', 90, 36, 35, 44],
    ['租赁案件', 50, 28, 26, 23],
    ['*', '并无收到上诉案件的申请,因此轮候时间不适用'],
  ],
  merges: ['A1:E1', 'A2:A3', 'B2:E2', 'B9:E9'],
  widths: [18, 8, 8, 8, 8],
  json: {
    source: { url: 'https://www.judiciary.hk/en/publications/annu_rept_2017/smp/caseload_ld.html', title: '各级法院案件量、结案数目以及法院轮候时间 — 土地审裁处', publisher: HK_PUB, published: '2018-02', retrieved: RETRIEVED,
      notes: HK_NOTE + ' Second table of the page used for 24.' },
    patterns: [2, 4, 5],
    expected: {
      kind: 'control-target', range: 'A2:E8', headerRows: [2, 3], unitColumn: 'A',
      rows: [{ row: 4, role: 'section', label: '由订定日期至聆讯' }, ...['上诉案件', '补偿案件', '建筑物管理案件', '租赁案件'].map((label, i) => ({ row: 5 + i, role: 'measure' as const, label }))],
      columns: hkWaitCols(['2015', '2016', '2017']),
      meta: { title: '土地审裁处案件平均轮候时间', unit: '日', period: '2015—2017年' },
      findings: [], mustNotFind: true, precisionRule: HK_WAIT_RULE,
    },
  },
});

tables.push({
  id: '26-xianggang-yinxie-wupin-shencaichu-anjianliang-2007',
  court: '香港淫褻物品審裁處',
  what: '淫褻物品審裁處 2005–2007 案件量及結案數目（繁體；4類+合計）',
  rows: [
    ['各級法院案件處理數量及結案數量一覽'],
    ['淫褻物品審裁處'],
    ['淫褻物品審裁處的案件量及結案的案件數量'],
    ...hkHead(['2005', '2006', '2007'], '案件量', '結案數目*'),
    ['就呈交的物品作出決定', 22916, 76929, 69055, 25340, 76623, 69596],
    ['就呈交的物品評定類別', 1746, 1766, 1157, 1747, 1755, 1159],
    ['就決定或類別評定進行覆核', 8, 16, 9, 4, 15, 0],
    ['就決定或類別評定重新考慮', 0, 3, 0, 1, 3, 0],
    ['合計', 24670, 78714, 70221, 27092, 78396, 70755],
    ['*', '結案的案件是指審裁處已就物品作出裁定或分類;經雙方當事人同意不須作出裁定或分類;及審裁處已就裁定或分類予以覆核或重新考慮的案件'],
  ],
  merges: ['A1:G1', 'A2:G2', 'A3:G3', ...hkMerges(4), 'B11:G11'],
  widths: [26, 9, 9, 9, 9, 9, 9],
  json: {
    source: { url: 'https://www.judiciary.hk/en/publications/annu_rept_2007/chi/caseload08.html', title: '各級法院案件處理數量及結案數量一覽 — 淫褻物品審裁處', publisher: HK_PUB, published: null, retrieved: RETRIEVED,
      notes: HK_NOTE + ' Annual Report 2007, traditional characters. On this page each cell is delimited by "|" and a number\'s thousands group sits on its own line ("22\\n916"), so every value is unambiguous. ' + HK_P1 },
    patterns: [1, 4, 5],
    expected: {
      kind: 'unit-matrix', range: 'A4:G10', headerRows: [4, 5], unitColumn: 'A',
      rows: [...['就呈交的物品作出決定', '就呈交的物品評定類別', '就決定或類別評定進行覆核', '就決定或類別評定重新考慮'].map((label, i) => ({ row: 6 + i, role: 'unit' as const, label })), { row: 10, role: 'total', label: '合計' }],
      columns: hkCols(['2005', '2006', '2007'], '案件量', '結案數目*'),
      meta: { title: '淫褻物品審裁處的案件量及結案的案件數量', unit: null, period: '2005—2007年' },
      findings: [], mustNotFind: true,
      precisionRule: SUM_RULE + ' 合計 24670, 78714, 70221, 27092, 78396, 70755 — each equals the sum of rows 6–9.',
    },
  },
});

tables.push({
  id: '27-xianggang-yinxie-wupin-shencaichu-lunhou-2007',
  court: '香港淫褻物品審裁處',
  what: '淫褻物品審裁處案件輪候時間（目標 + 2005–2007；"-" 不適用）',
  rows: [
    ['淫褻物品審裁處案件輪候時間'],
    [null, '輪候時間(日)', null, null, null],
    [null, '目標', '2005', '2006', '2007'],
    ['由裁判官將案件移交審裁處到審裁處開始就所涉物品作出決定', 21, 15, 19, 17],
    ['由收到申請至進行分類', 5, 2, 2, 2],
    ['由收到申請至覆核', 35, 21, 27, 26],
    ['由收到申請至重新考慮', 35, '-', 32, '-'],
    ['*', '由於在2005年及2007年並無收到要求重新考慮的申請,因此輪候時間並不適用'],
  ],
  merges: ['A1:E1', 'A2:A3', 'B2:E2', 'B8:E8'],
  widths: [44, 8, 8, 8, 8],
  json: {
    source: { url: 'https://www.judiciary.hk/en/publications/annu_rept_2007/chi/caseload08.html', title: '各級法院案件處理數量及結案數量一覽 — 淫褻物品審裁處', publisher: HK_PUB, published: null, retrieved: RETRIEVED,
      notes: HK_NOTE + ' Second table of the page used for 26. The note is marked "*" but the "-" cells it explains carry no "*" on the page — kept as published.' },
    patterns: [2, 4, 5],
    expected: {
      kind: 'control-target', range: 'A2:E7', headerRows: [2, 3], unitColumn: 'A',
      rows: ['由裁判官將案件移交審裁處到審裁處開始就所涉物品作出決定', '由收到申請至進行分類', '由收到申請至覆核', '由收到申請至重新考慮'].map((label, i) => ({ row: 4 + i, role: 'measure' as const, label })),
      columns: hkWaitCols(['2005', '2006', '2007'], '輪候時間(日)', '目標'),
      meta: { title: '淫褻物品審裁處案件輪候時間', unit: '日', period: '2005—2007年' },
      findings: [], mustNotFind: true, precisionRule: HK_WAIT_RULE,
    },
  },
});

/** 裁判法院 tables carry a leading "-" bullet column before the label column. */
function mgHead(years: string[], closed: string): Row[] {
  return [[null, null, '案件量', null, null, closed, null, null], [null, null, ...years, ...years]];
}
function mgCols(years: string[], closed: string): ExpCol[] {
  const L = ['C', 'D', 'E', 'F', 'G', 'H'];
  return [
    { column: 'A', header: [], role: 'unknown', measure: '项目符号列（"-"）', period: null },
    { column: 'B', header: [], role: 'unit', measure: null, period: null },
    ...years.map((y, i) => ({ column: L[i], header: ['案件量', y], role: 'period-value', measure: '案件量（受理数）', period: `${y}年` })),
    ...years.map((y, i) => ({ column: L[3 + i], header: [closed, y], role: 'period-value', measure: '结案数目', period: `${y}年` })),
  ];
}

const MG17: [string, number[]][] = [
  ['刑事案件', [33299, 31440, 30860, 32969, 31554, 30550]],
  ['小贩案件', [7710, 4988, 1963, 7712, 4988, 1965]],
  ['部门传票及私人传票', [179425, 181670, 179753, 178830, 178042, 179223]],
  ['交通违例扣分传票', [2086, 1786, 2333, 2020, 1901, 2213]],
  ['定额罚款(交通违例)传票', [606, 611, 606, 614, 611, 617]],
  ['定额罚款\n(公众地方洁净及阻碍)传票^', [115, 112, 115, 126, 113, 115]],
  ['定额罚款\n(吸烟罪行)传票', [15, 29, 34, 19, 28, 27]],
  ['定额罚款\n(汽车引擎空转)传票', [0, 0, 0, 0, 0, 0]],
  ['定额罚款\n(强制验窗)传票', [1, 6, 8, 1, 6, 5]],
  ['定额罚款\n(塑胶购物袋)传票+', [0, 3, 2, 0, 2, 3]],
  ['杂项程序通知书', [11212, 11213, 11379, 11619, 11378, 11511]],
  ['部门通知书', [613, 810, 677, 649, 755, 748]],
  ['定额罚款令(交通违例)', [78978, 98383, 107958, 76227, 95398, 106287]],
  ['定额罚款令\n(公众地方洁净及阻碍)^', [2169, 2142, 2455, 2128, 2206, 2407]],
  ['定额罚款令\n(吸烟罪行)', [775, 846, 823, 792, 796, 872]],
  ['定额罚款令\n(汽车引擎空转)', [0, 0, 0, 0, 0, 0]],
  ['定额罚款令\n(强制验窗)', [1, 4, 11, 0, 5, 11]],
  ['定额追讨令\n(塑胶购物袋)+', [1, 5, 0, 1, 5, 0]],
];
tables.push({
  id: '28-xianggang-caipan-fayuan-anjianliang-2017',
  court: '香港裁判法院',
  what: '裁判法院 2015–2017 案件量及结案数目（18类，"-" 项目符号列，格内换行，合计，注记号 + ^）',
  rows: [
    ['各级法院案件量、结案数目以及法院轮候时间'],
    ['裁判法院'],
    ['裁判法院的案件量及结案数目'],
    ...mgHead(['2015', '2016', '2017'], '结案数目*'),
    ...MG17.map(([label, v]) => ['-', label.includes('\n') ? w(label) : label, ...v] as Row),
    [null, '合计', 317006, 334048, 338977, 313707, 327788, 336554],
    ['*', '结案的案件是指经审讯或聆讯後被告人被定罪或被判无罪,於聆讯前缴付所有罚款和讼费,以及申请获批准、被驳回、撤回或剔除的案件'],
    ['+', '由二零一五年四月一日起,根据《产品环保责任条例》(第603章)第28A条新增的案件类别'],
    ['^', '法例第570章的标题於'],
  ],
  merges: ['A1:H1', 'A2:H2', 'A3:H3', 'A4:B5', 'C4:E4', 'F4:H4', 'B25:H25', 'B26:H26', 'B27:H27'],
  widths: [3, 26, 9, 9, 9, 9, 9, 9],
  json: {
    source: { url: 'https://www.judiciary.hk/en/publications/annu_rept_2017/txtsmp/caseload_mg.html', title: '各级法院案件量、结案数目以及法院轮候时间 — 裁判法院', publisher: HK_PUB, published: null, retrieved: RETRIEVED,
      notes: HK_NOTE + ' Annual Report 2017. Every body row starts with a "-" bullet cell (its own column on the page); labels wrap inside the cell ("定额罚款\\n(吸烟罪行)传票"). The retrieved text stops inside note ^ ("法例第570章的标题於…"), kept only as far as seen; the waiting-time table of this page was not in the retrieved text. ' + HK_P1 },
    patterns: [1, 4, 5],
    expected: {
      kind: 'unit-matrix', range: 'A4:H24', headerRows: [4, 5], unitColumn: 'B',
      rows: [...MG17.map(([label], i) => ({ row: 6 + i, role: 'unit' as const, label })), { row: 24, role: 'total', label: '合计' }],
      columns: mgCols(['2015', '2016', '2017'], '结案数目*'),
      meta: { title: '裁判法院的案件量及结案数目', unit: null, period: '2015—2017年' },
      findings: [], mustNotFind: true,
      precisionRule: SUM_RULE + ' 合计 317006, 334048, 338977, 313707, 327788, 336554 — each equals the sum of rows 6–23.',
    },
  },
});

const MG12: [string, Val[]][] = [
  ['刑事案件', [37896, 35243, 34360, 38270, 34843, 34322]],
  ['小販案件', [10911, 10192, 9396, 10915, 10197, 9386]],
  ['部門傳票及私人傳票', [189696, 185102, 192566, 184208, 184862, 189123]],
  ['交通違例扣分傳票', [2609, 1968, 1966, 3496, 2155, 2033]],
  ['定額罰款(交通違例)傳票', [905, 612, 742, 924, 719, 701]],
  ['定額罰款\n(公眾地方潔淨罪行)傳票', [451, 319, 244, 475, 343, 248]],
  ['定額罰款\n(吸煙罪行)傳票', [89, 76, 49, 77, 78, 58]],
  ['定額罰款\n(汽車引擎空轉)傳票@', ['-', 0, 0, '-', 0, 0]],
  ['定額罰款\n(強制驗窗)傳票^', ['-', '-', 0, '-', '-', 0]],
  ['雜項程序通知書', [11932, 10718, 11138, 11965, 10877, 11793]],
  ['部門通知書', [653, 824, 789, 662, 846, 796]],
  ['定額罰款令(交通違例)', [59387, 58281, 68028, 60355, 58995, 68845]],
  ['定額罰款令\n(公眾地方潔淨罪行)', [3003, 2622, 2643, 3066, 2753, 2609]],
  ['定額罰款令\n(吸煙罪行)', [1019, 1009, 997, 965, 1041, 1016]],
  ['定額罰款令\n(汽車引擎空轉)@', ['-', 0, 0, '-', 0, 0]],
  ['定額罰款令\n(強制驗窗)^', ['-', '-', 0, '-', '-', 0]],
];
tables.push({
  id: '29-xianggang-caipan-fayuan-anjianliang-2012',
  court: '香港裁判法院',
  what: '裁判法院 2010–2012 案件量及結案數目（繁體；16類；新設類別前年份為 "-"；合計；@ ^ 注）',
  rows: [
    ['各級法院案件量、結案數目以及法院輪候時間'],
    ['裁判法院'],
    ['裁判法院的案件量及結案數目'],
    ...mgHead(['2010', '2011', '2012'], '結案數目*'),
    ...MG12.map(([label, v]) => ['-', label.includes('\n') ? w(label) : label, ...v] as Row),
    ['合計', null, 318551, 306966, 322918, 315378, 307709, 320930],
    ['*', '結案的案件是指經審訊或聆訊後被告人被定罪或被判無罪,於聆訊前繳付所有罰款和訟費,以及申請獲批准、被駁回、撤回或剔除的案件'],
    ['@', '由2011年12月15日起,根據《汽車引擎空轉(定額罰款)條例》(第611章)新增的案件類別'],
    ['^', '由2012年6月30日起,根據《建築物條例》(第123章)第30(C)條新增的案件類別'],
  ],
  merges: ['A1:H1', 'A2:H2', 'A3:H3', 'A4:B5', 'C4:E4', 'F4:H4', 'A22:B22', 'B23:H23', 'B24:H24', 'B25:H25'],
  widths: [3, 26, 9, 9, 9, 9, 9, 9],
  json: {
    source: { url: 'https://www.judiciary.hk/en/publications/annu_rept_2012/txtchi/caseload04.html', title: '各級法院案件量、結案數目以及法院輪候時間 — 裁判法院', publisher: HK_PUB, published: null, retrieved: RETRIEVED,
      notes: HK_NOTE + ' Annual Report 2012, traditional characters. "-" in a value cell = the category did not exist that year (notes @ and ^). The 合計 row prints "合計" across the bullet and label columns (merged A22:B22 here). The waiting-time table of this page was cut off in the retrieved text. ' + HK_P1 },
    patterns: [1, 4, 5],
    expected: {
      kind: 'unit-matrix', range: 'A4:H22', headerRows: [4, 5], unitColumn: 'B',
      rows: [...MG12.map(([label], i) => ({ row: 6 + i, role: 'unit' as const, label })), { row: 22, role: 'total', label: '合計' }],
      columns: mgCols(['2010', '2011', '2012'], '結案數目*'),
      meta: { title: '裁判法院的案件量及結案數目', unit: null, period: '2010—2012年' },
      findings: [], mustNotFind: true,
      precisionRule: SUM_RULE + ' "-" counts as 0. 合計 318551, 306966, 322918, 315378, 307709, 320930 — each equals the sum of rows 6–21.',
    },
  },
});

/* ------------------------------------------------------------------ the engine's right answers */
/*
 * Per column, what the recogniser should answer in its own vocabulary (RecognizedColumn: role, field,
 * indicator), written by hand from the catalogue before running it. Conventions of the engine's contract
 * (src/core/recognize) that decide a role where the catalogue alone does not:
 * - a 同比 / 增幅 column of a measure is that measure's column with period 同比 (same role, field, indicator);
 * - a column headed by a period only, in a table whose rows are measures, is `field` with no field: its
 *   measure is the row's;
 * - a row-total column (合计) whose parts have no catalogue field is `field` with no field;
 * - label columns (the finest and the coarser ones) are `unit`, also in a table whose rows are measures.
 * Readings that are a judgement: 民事一审新收 is 一审民商事新收数 (courts' 民事 statistics include 商事);
 * the HK 案件量 (caseload: cases filed in the year) is 新收数 or 受理数; 最高法 公报 收案 is 新收数 (旧存 is
 * not in it: 未结 = 旧存 + 收案 − 结案); 轮候时间 (waiting time to a hearing) is no catalogue indicator
 * (平均审理天数 is the time to judgment).
 */
const F = (field: string | string[], role?: string): EngineCol => ({ ...(role ? { role } : {}), field, indicator: null });
const I = (indicator: string): EngineCol => ({ field: null, indicator });
const N = (role?: string): EngineCol => ({ ...(role ? { role } : {}), field: null, indicator: null });
const CASELOAD = ['新收数', '受理数'];
const hkEngine = (first: string): Record<string, EngineCol> => {
  const L = 'ABCDEFGH';
  const at = L.indexOf(first);
  const out: Record<string, EngineCol> = {};
  for (let i = 0; i < 3; i++) out[L[at + i]] = F(CASELOAD);
  for (let i = 3; i < 6; i++) out[L[at + i]] = F('结案数');
  return out;
};
const HK_WAIT_ENGINE: Record<string, EngineCol> = { B: N('target'), C: N(), D: N(), E: N() };
const MACAO_ENGINE: Record<string, EngineCol> = { B: F('旧存数'), C: F('新收数'), D: F('受理数'), E: F('结案数'), F: F('未结数') };

const ENGINE: Record<string, { unitColumn?: string | null; columns: Record<string, EngineCol> }> = {
  '01-haikou-haishi-bumen-jieanlv': { columns: { B: I('JA_RATE'), C: I('JA_RATE'), D: I('JA_RATE') } },
  // the row labels sit in B (merged B:C) or C: C is the finest label column, A and B group it
  '02-yichang-zhixing-shoujie-jiben': { unitColumn: 'C', columns: { A: N('unit'), B: N('unit'), C: N('unit'), D: N('field'), E: N('field'), F: N('field') } },
  '03-yichang-zhixing-anjian-leixing': { columns: { B: N(), C: N(), D: N(), E: N(), F: N(), G: N(), H: N('field') } },
  '04-zhoukou-minshi-xinshou-gefayuan': { columns: { C: F('新收数'), D: F('新收数'), E: F('一审民商事新收数'), F: F('一审民商事新收数') } },
  '05-kaifeng-minshi-anyou-zhanbi-zengfu': { columns: { B: F('新收数'), C: N(), D: F('新收数'), E: F('新收数') } },
  '06-neihuang-minshi-anyou-zengfu': { columns: { B: F('新收数'), C: N(), D: F('新收数'), E: F('新收数') } },
  '07-puyang-minshi-anyou-shouli-tongbi': { columns: { B: F('受理数'), C: F('受理数'), D: N() } },
  '08-zuigaofa-2023-xingshi-shoujie-weijie': { columns: { B: F('新收数'), C: F('结案数'), D: F('未结数') } },
  '09-aomen-zhongji-fayuan-juanzong-fenfa-202512': { columns: MACAO_ENGINE },
  '10-aomen-chuji-fayuan-minshi-fating-202502': { columns: MACAO_ENGINE },
  '11-aomen-chuji-fayuan-xingshi-fating-202502': { columns: MACAO_ENGINE },
  '12-aomen-chuji-fayuan-qingwei-minshi-202502': { columns: MACAO_ENGINE },
  '13-xianggang-laozi-shencaichu-anjianliang-2024': { columns: hkEngine('B') },
  '14-xianggang-laozi-shencaichu-lunhou-2024': { columns: HK_WAIT_ENGINE },
  '15-xianggang-tudi-shencaichu-anjianliang-2022': { columns: hkEngine('B') },
  '16-xianggang-tudi-shencaichu-lunhou-2022': { columns: HK_WAIT_ENGINE },
  '17-xianggang-zhongshen-fayuan-anjianliang-2021': { columns: hkEngine('B') },
  '18-xianggang-zhongshen-fayuan-lunhou-2021': { columns: HK_WAIT_ENGINE },
  '19-xianggang-quyu-fayuan-anjianliang-2024': { columns: hkEngine('B') },
  '20-xianggang-xiaoe-qianzhai-anjianliang-2012': { columns: hkEngine('B') },
  '21-xianggang-xiaoe-qianzhai-lunhou-2012': { columns: HK_WAIT_ENGINE },
  '22-xianggang-siyin-caipan-fating-anjianliang-2019': { columns: hkEngine('B') },
  '23-xianggang-siyin-caipan-fating-lunhou-2019': { columns: HK_WAIT_ENGINE },
  '24-xianggang-tudi-shencaichu-anjianliang-2017': { columns: hkEngine('B') },
  '25-xianggang-tudi-shencaichu-lunhou-2017': { columns: HK_WAIT_ENGINE },
  '26-xianggang-yinxie-wupin-shencaichu-anjianliang-2007': { columns: hkEngine('B') },
  '27-xianggang-yinxie-wupin-shencaichu-lunhou-2007': { columns: HK_WAIT_ENGINE },
  '28-xianggang-caipan-fayuan-anjianliang-2017': { columns: { A: N(), ...hkEngine('C') } },
  '29-xianggang-caipan-fayuan-anjianliang-2012': { columns: { A: N(), ...hkEngine('C') } },
};

/** Attach the engine's answers to the expected block; every figure column must have one. */
function attachEngine(t: Table): void {
  const e = t.json.expected;
  const spec = ENGINE[t.id];
  if (!spec) throw new Error(`${t.id}: no ENGINE entry`);
  if (spec.unitColumn !== undefined) e.engine = { unitColumn: spec.unitColumn };
  for (const c of e.columns) {
    const eng = spec.columns[c.column];
    if (eng) c.engine = eng;
    else if (c.role !== 'unit' && c.role !== 'serial') throw new Error(`${t.id}: column ${c.column} (${c.role}) has no engine answer`);
  }
  for (const col of Object.keys(spec.columns)) if (!e.columns.some((c) => c.column === col)) throw new Error(`${t.id}: ENGINE names column ${col}, not in expected.columns`);
}

/* ------------------------------------------------------------------ writer */
const OUT = __dirname;

function colNum(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
function parseRange(r: string): { c1: number; r1: number; c2: number; r2: number } {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(r);
  if (!m) throw new Error(`bad range ${r}`);
  return { c1: colNum(m[1]), r1: +m[2], c2: colNum(m[3]), r2: +m[4] };
}
const cellValue = (c: Cell): Val => (c !== null && typeof c === 'object' ? c.v : c);

/** The hand-written `expected` must point at what it names; this checks that, nothing more. */
function checkExpected(t: Table): void {
  const e = t.json.expected;
  const { r1, r2, c2 } = parseRange(e.range);
  const fail = (msg: string): never => { throw new Error(`${t.id}: ${msg}`); };
  if (r2 > t.rows.length) fail(`range ${e.range} beyond the ${t.rows.length} written rows`);
  for (const h of e.headerRows) if (h < r1 || h > r2) fail(`header row ${h} outside ${e.range}`);
  for (const r of e.rows) {
    if (r.row < r1 || r.row > r2) fail(`row ${r.row} outside ${e.range}`);
    const texts = (t.rows[r.row - 1] || []).map(cellValue);
    if (!texts.slice(0, 3).some((v) => v === r.label)) fail(`row ${r.row} does not carry label ${JSON.stringify(r.label)} (has ${JSON.stringify(texts.slice(0, 3))})`);
  }
  for (const c of e.columns) if (colNum(c.column) > c2) fail(`column ${c.column} outside ${e.range}`);
  if (e.unitColumn && colNum(e.unitColumn) > c2) fail(`unit column outside range`);
  if (e.mustNotFind !== (e.findings.length === 0)) fail('mustNotFind must be true exactly when there are no findings');
}

async function writeTable(t: Table): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ZhiXiao corpus (test/corpus/build-corpus.ts)';
  wb.created = new Date('2026-11-28T00:00:00Z');
  wb.modified = wb.created;
  const ws = wb.addWorksheet('Sheet1');
  t.rows.forEach((row, ri) => {
    row.forEach((cell, ci) => {
      if (cell === null || cell === undefined) return;
      const xc = ws.getCell(ri + 1, ci + 1);
      if (typeof cell === 'object') {
        xc.value = cell.v;
        if (cell.fmt) xc.numFmt = cell.fmt;
        if (cell.wrap) xc.alignment = { wrapText: true, vertical: 'middle' };
      } else {
        xc.value = cell;
      }
    });
  });
  for (const m of t.merges || []) ws.mergeCells(m);
  (t.widths || []).forEach((wd, i) => { ws.getColumn(i + 1).width = wd; });
  await wb.xlsx.writeFile(path.join(OUT, `${t.id}.xlsx`));
  const json = { source: t.json.source, patterns: t.json.patterns, ...(t.json.percentEncoding ? { percentEncoding: t.json.percentEncoding } : {}), expected: t.json.expected };
  fs.writeFileSync(path.join(OUT, `${t.id}.json`), JSON.stringify(json, null, 2) + '\n');
}

function readme(): string {
  const lines: string[] = [];
  lines.push('# Real-table corpus', '');
  lines.push('Statistical tables published by Chinese courts — mainland courts, the Macao SAR courts and the Hong Kong SAR Judiciary — typed in from public pages, one `.xlsx` and one `.json` per table.', '');
  lines.push('## Rule: numbers as published', '');
  lines.push('Every number is the number the page printed. Nothing is invented, completed or corrected: a published arithmetic error stays in the sheet (and is listed under `expected.findings`), a published "-" or "-*" stays text, a stray character in a cell ("9.09% 71") stays. Where the retrieved text of a page was cut off, the table is used only if it is complete; a note cut off mid-sentence is kept as far as it was seen and said so in `source.notes`. Where a page reached the index as flattened text, the layout was reconstructed only when every value\'s place was unambiguous (HK pages whose numbers ran together, e.g. "1 7661 3687611 767", were left out).', '');
  lines.push('## How the files are built', '');
  lines.push('`node scripts/run-ts.js test/corpus/build-corpus.ts` rewrites every `.xlsx`, `.json` and this README from the data in `build-corpus.ts` (ExcelJS; one sheet `Sheet1` per workbook; real merged cells; percentages either numbers with a `0.00%` format or the printed text, as each JSON\'s `percentEncoding` says). The `expected` blocks are hand-written from the tables; the script only checks that their row numbers point at the labels they name and that `mustNotFind` agrees with `findings`.', '');
  lines.push('JSON: `source` {url, title, publisher, published, retrieved, notes}, `patterns` (1 period/measure groups in a two-level header, 2 measures as rows with periods as columns, 3 benchmark rows, 4 header spellings, 5 合计 rows / 同比 or placeholders as text), `expected` {kind, range, headerRows, unitColumn, rows[{row, role, label}], columns[{column, header, role, measure, period}], meta, findings[{cell, why}], mustNotFind, precisionRule}. Row roles add `section` (a label-only row that opens a group) to unit/total/subtotal/benchmark/breakdown/measure. Kinds add `measure-rows` (rows are measures) and `period-rows` (rows are periods, columns are categories). Each figure column also carries `engine` {field, indicator, role?}: the recogniser\'s right answer in its own vocabulary, written by hand from the catalogue (src/core/catalog) before the recogniser was run on the table — the field (or the fields, when the published word reads as either) or the indicator\'s function name, both null where the catalogue has none (then the right role is `unknown`); `expected.engine.unitColumn` where the engine\'s contract names the unit column differently (the ENGINE block of build-corpus.ts explains each convention and judgement).', '');
  lines.push('## Scoreboard', '');
  lines.push('`npm run corpus` reads each table as the command line does, recognises and verifies it, and prints per table: kind, header rows, unit column, rows right/total, columns right/total, recognised in full, findings tp/fp/fn; then the totals. `npm run corpus -- --json` ends with one JSON line of the totals; `npm run corpus -- --verbose 17` lists one table\'s differences. How each item is scored and how the corpus vocabulary maps onto the engine\'s (measure-rows → indicator-list | yoy, period-rows → unit-matrix, `section` rows left out, `measure` rows = `unit`, periods relative to the table\'s period) is written at the top of `score.ts`. `corpus.test.ts` runs the same scoring in jest and fails below the level measured when it was written (named constants: raise them as the recogniser improves).', '');
  lines.push('## Tables', '');
  lines.push('| file | court | what | source | published | patterns | kind | findings |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const t of tables) {
    const e = t.json.expected;
    lines.push(`| ${t.id} | ${t.court} | ${t.what.replace(/\|/g, '/')} | ${t.json.source.url} | ${t.json.source.published ?? '—'} | ${t.json.patterns.join(',')} | ${e.kind} | ${e.findings.length ? e.findings.map((f) => f.cell).join(', ') : 'none'} |`);
  }
  lines.push('');
  const byKind = new Map<string, number>();
  const byPattern = new Map<number, number>();
  for (const t of tables) {
    byKind.set(t.json.expected.kind, (byKind.get(t.json.expected.kind) || 0) + 1);
    for (const pt of t.json.patterns) byPattern.set(pt, (byPattern.get(pt) || 0) + 1);
  }
  lines.push(`${tables.length} tables. By kind: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}. By pattern: ${[...byPattern].sort((a, b) => a[0] - b[0]).map(([k, n]) => `${k}: ${n}`).join(', ')}.`, '');
  lines.push('## What the sources could not supply', '');
  lines.push('The search index holds few mainland court pages with real tables in their text (most 通报 state figures in prose). Not found at all: a table with periods over repeated measures (本月/累计 over 收案/旧存/审结/结案率 — the two-level headers here are measures over repeated years), target matrices (≥90%), indicator lists with 目标值/实际值, score tables (得分/排名) and case lists (案号 rows). Only one table has benchmark rows (01). The Hong Kong waiting-time tables (目标 + years) stand in for control-target tables. Pages seen but not used: 舟山市定海区志 p.1026 (OCR columns ambiguous), 宜昌法院 人民法庭 五年表 and 周口 表2 (cut off), two 民事案由 tables on spam-injected mirrors whose court name was overwritten, HK pages whose digits ran together.', '');
  lines.push('A second search round (pages index; queries 各基层法院 收案 结案 结案率 本月 累计 表, 审判质效 主要指标 全市平均 各法院 表, 考核 得分 排名 基层法院 审判质效 表, 质效指标 目标值 实际值 完成情况 表 法院, 执行 实际执结率 终本率 各法院 表, 法院 旧存 新收 已结 未结 结案率 统计表, 年鉴 法院 收结案 情况表, 庭室 旧存 新收 结案 未结 结案率 同比 情况表 通报, 案件质量评估 本院数值 全省均值 偏离度, 审判执行主要数据统计表, 各县区法院 审判质效 指标 对比表, 审判质效指标 考核目标值 中院 基层法院, the 司法统计公报 民事 table, and a code-index search) returned the same pages again — prose 通报 (e.g. gsxfy.hncourt.gov.cn id=2808, pdswdfy.hncourt.gov.cn id=2173, zzfy.hncourt.gov.cn id=27206, tjhdfy 2014-11, wqlqfy 2019-08), research articles, spam mirrors — and the tables already here; no new mainland table was added.', '');
  lines.push('A third search round (2026-11-28; pages, docs and code indexes; queries 各基层法院 结案率 排名 审判质效 通报 表, 收结案情况统计表 本月 累计 收案 结案 结案率, 执结率 执行到位率 各法院 排名 执行质效 指标 表, 绩效考核 得分 排名 表 法院 质效, 質效指標 目標值 實際值 是否達標 法院, 刑事 民事 行政 执行 收案 结案 结案率 同比增减 百分点 情况表, 审判质效指标 本期 去年同期 同比 法定审限内结案率 服判息诉率 表, 历年审判案件统计表 / 人民法院收结案统计表 志, 人民法院审理一审案件情况 统计年鉴, 各县区法院 结案率 全市 合计 表, 地方法院 新收 終結 未結 件數 統計表 司法院, 終審法院 / 中級法院 案件統計 澳門, 勞動法庭總數) again found no table of the missing kinds. Seen and not used: 中国统计年鉴2010 表22-25 人民法院审理一审案件情况 (stats.gov.cn; the column headers did not survive the text and the columns change after 2002, so the columns are ambiguous); 澳門初級法院 2025年2月 勞動法庭 (cut off before its total row); 徳島県統計書 平成25年 表235 家事審判/家事調停/人事訴訟 (受理 over 総数/旧受/新受, 既済, 未済; complete and consistent, but Japanese court statistics, outside the Chinese-court scope of this corpus).', '');
  return lines.join('\n');
}

async function main(): Promise<void> {
  const ids = new Set<string>();
  for (const t of tables) {
    if (ids.has(t.id)) throw new Error(`duplicate id ${t.id}`);
    ids.add(t.id);
    checkExpected(t);
    attachEngine(t);
  }
  for (const t of tables) await writeTable(t);
  fs.writeFileSync(path.join(OUT, 'README.md'), readme());
  process.stdout.write(`wrote ${tables.length} tables to ${path.relative(process.cwd(), OUT) || '.'}\n`);
}

main().catch((err) => {
  process.stderr.write(String(err && err.stack ? err.stack : err) + '\n');
  process.exit(1);
});
