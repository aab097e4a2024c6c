/**
 * Builds examples/sample-yanbian-2019.xlsx — the bundled sample the demo fills:
 *   附件2    T1, the control-target table with 目标 and 上限 left empty;
 *   附件3    T2, the base data of the seed;
 *   质效目标  T3, the 2021 target table of seed 002 (levels × indicators);
 *   质效数据  the nine 延边 courts: litigation base data of 2019 and 2018, and 2019 enforcement data;
 *   评分表    an empty score table for the 延边2019 method (litigation and enforcement items, 总分, 排名).
 * Run: node scripts/run-ts.js examples/build-sample.ts [OUT.xlsx]
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { T1_TITLE, T2_HEADERS, T2_TITLE, T2_TOTAL, T3_INDICATORS, T3_LEVELS, T3_TITLE } from '../test/fixtures/seed-tables';
import {
  COURTS,
  ENFORCEMENT_2019,
  ENFORCEMENT_HEADERS,
  EVALUATION_2019,
  LITIGATION_2018,
  LITIGATION_2019,
  LITIGATION_HEADERS,
  SCORE_ENFORCEMENT_HEADERS,
  SCORE_LITIGATION_HEADERS,
  T1_ROWS,
  T1_TOTAL,
  T2_ROWS,
} from './sample-data';

export const SAMPLE_FILE = path.join(__dirname, 'sample-yanbian-2019.xlsx');

type Cell = string | number | null;

const FIXED_DATE = new Date(Date.UTC(2020, 0, 15));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const column = (rows: number[][], j: number) => rows.map((r) => r[j]);

function title(ws: ExcelJS.Worksheet, row: number, text: string, width: number): void {
  ws.getCell(row, 1).value = text;
  ws.mergeCells(row, 1, row, width);
  ws.getCell(row, 1).font = { bold: true, size: 14 };
  ws.getCell(row, 1).alignment = { horizontal: 'center' };
}

/**
 * Header rows from a grid where `<` extends the cell on its left and `^` the cell above (merged areas).
 * Returns the first body row.
 */
function header(ws: ExcelJS.Worksheet, top: number, rows: Cell[][]): number {
  rows.forEach((cells, i) =>
    cells.forEach((text, j) => {
      if (text === '<' || text === '^') return;
      let right = j;
      while (rows[i][right + 1] === '<') right++;
      let bottom = i;
      while (rows[bottom + 1]?.[j] === '^') bottom++;
      if (right > j || bottom > i) ws.mergeCells(top + i, j + 1, top + bottom, right + 1);
      const cell = ws.getCell(top + i, j + 1);
      cell.value = text;
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    }),
  );
  return top + rows.length;
}

function body(ws: ExcelJS.Worksheet, top: number, rows: Cell[][], formats: Record<number, string> = {}): number {
  rows.forEach((cells, i) =>
    cells.forEach((v, j) => {
      if (v === null) return;
      const cell = ws.getCell(top + i, j + 1);
      cell.value = v;
      if (formats[j] && typeof v === 'number') cell.numFmt = formats[j];
    }),
  );
  return top + rows.length;
}

function controlTargets(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('附件2');
  ws.getCell('A1').value = '附件2';
  title(ws, 2, T1_TITLE, 10);
  ws.getCell('J3').value = '单位：件';
  const first = header(ws, 4, [
    ['序号', '院别', '二审', '<', '再审', '<', '指令再审', '2018年合计', '2019目标', '2019年发改上限'],
    ['^', '^', '被改判', '被发回', '被改判', '被发回', '^', '^', '^', '^'],
  ]);
  const next = body(ws, first, [...COURTS.map((u, i) => [i + 1, u, ...T1_ROWS[i].slice(0, 6)]), [null, '总计', ...T1_TOTAL.slice(0, 6)]]);
  ws.getCell(next, 1).value = '注：2019目标 = −CEILING(2018年合计 × 10%)，2019年发改上限 = 2018年合计 + 2019目标，总计为各院之和。';
  ws.getColumn(2).width = 12;
}

function baseData(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('附件3');
  ws.getCell('A1').value = '附件3';
  title(ws, 2, T2_TITLE, 8);
  const first = header(ws, 3, [['序号', '院别', ...T2_HEADERS]]);
  body(ws, first, [...COURTS.map((u, i) => [i + 1, u, ...T2_ROWS[i]]), [null, '总计', ...T2_TOTAL]]);
  ws.getColumn(2).width = 12;
}

function targetTable(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('质效目标');
  const lit = T3_INDICATORS.filter((x) => x.group === '诉讼案件');
  const exe = T3_INDICATORS.filter((x) => x.group === '执行案件');
  const assessed = lit.filter((x) => x.subgroup === '考核指标');
  const analysed = lit.filter((x) => x.subgroup === '分析指标');
  const width = 1 + T3_INDICATORS.length;
  title(ws, 1, T3_TITLE, width);
  const row1: Cell[] = ['层级', '诉讼案件', ...Array(lit.length - 1).fill('<'), '执行案件', ...Array(exe.length - 1).fill('<')];
  const row2: Cell[] = ['^', '考核指标', ...Array(assessed.length - 1).fill('<'), '分析指标', ...Array(analysed.length - 1).fill('<'), ...exe.map(() => '^')];
  const row3: Cell[] = ['^', ...lit.map((x) => x.name), ...exe.map(() => '^')];
  // 执行案件's indicators sit in row 2 under their group, spanning rows 2–3
  exe.forEach((x, k) => (row2[1 + lit.length + k] = x.name));
  const first = header(ws, 2, [row1, row2, row3]);
  body(
    ws,
    first,
    T3_LEVELS.map((level, li) => [level, ...[...lit, ...exe].map((x) => x.targets[li])]),
  );
  ws.getColumn(1).width = 10;
}

function qualityData(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('质效数据');
  const n = LITIGATION_HEADERS.length;
  const totals = (rows: number[][]) => LITIGATION_HEADERS.map((_, j) => sum(column(rows, j)));
  // one table per year, as statisticians keep them; the year is in each title
  title(ws, 1, '2019年诉讼案件考核基础数据', n + 3);
  let first = header(ws, 2, [['序号', '院别', ...LITIGATION_HEADERS, '综合评价得分']]);
  let next = body(ws, first, [...COURTS.map((u, i) => [i + 1, u, ...LITIGATION_2019[i], EVALUATION_2019[i]]), [null, '合计', ...totals(LITIGATION_2019), null]]);

  title(ws, next + 2, '2018年诉讼案件考核基础数据', n + 2);
  first = header(ws, next + 3, [['序号', '院别', ...LITIGATION_HEADERS]]);
  next = body(ws, first, [...COURTS.map((u, i) => [i + 1, u, ...LITIGATION_2018[i]]), [null, '合计', ...totals(LITIGATION_2018)]]);
  ws.getCell(next, 1).value = '注：2018年发改指数据同附件2，指令、决定、提级再审及二审立案、申请再审申诉数同附件3。';

  const top = next + 3;
  const m = ENFORCEMENT_HEADERS.length;
  title(ws, top, '2019年执行案件考核基础数据（首次执行案件，执行指挥管理平台）', 2 + m);
  const eFirst = header(ws, top + 1, [['序号', '院别', ...ENFORCEMENT_HEADERS]]);
  const rateCol = 2 + ENFORCEMENT_HEADERS.indexOf('恢复执行案件执行完毕率');
  body(ws, eFirst, COURTS.map((u, i) => [i + 1, u, ...ENFORCEMENT_2019[i]]), { [rateCol]: '0.00%' });
  ws.getColumn(2).width = 12;
}

function scoreTable(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('评分表');
  const l = SCORE_LITIGATION_HEADERS.length;
  const e = SCORE_ENFORCEMENT_HEADERS.length;
  title(ws, 1, '2019年度“审判执行质量年”活动考核评分表', 2 + l + e + 4);
  const first = header(ws, 2, [
    ['序号', '院别', '诉讼案件（100分）', ...Array(l - 1).fill('<'), '执行案件（100分）', ...Array(e - 1).fill('<'), '诉讼得分', '执行得分', '总分', '排名'],
    ['^', '^', ...SCORE_LITIGATION_HEADERS, ...SCORE_ENFORCEMENT_HEADERS, '^', '^', '^', '^'],
  ]);
  body(ws, first, COURTS.map((u, i) => [i + 1, u]));
  ws.getColumn(2).width = 12;
  ws.getCell(first + COURTS.length, 1).value = '注：总分 = 诉讼得分 × 50% + 执行得分 × 50%；执行各项分值为“中院/基层”。';
}

export function buildSample(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '质效助手 示例';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  controlTargets(wb);
  baseData(wb);
  targetTable(wb);
  qualityData(wb);
  scoreTable(wb);
  return wb;
}

if (path.resolve(process.argv[1] ?? "") === __filename) {
  const out = process.argv[2] ?? SAMPLE_FILE;
  buildSample()
    .xlsx.writeFile(out)
    .then(() => console.log(`已生成示例工作簿：${out}`));
}
