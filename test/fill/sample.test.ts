/**
 * The main job on the bundled sample: the score table filled for all nine 延边 courts, two of them worked by
 * hand below; and every formula the fill writes agrees with a real formula engine.
 */
import * as path from 'path';
import { planFill } from '../../src/core/kinds';
import ExcelJS from 'exceljs';
import { readWorkbook, workbookToGrids } from '../../src/cli/xlsx-read';
import type { Grid } from '../../src/core/base/grid';
import { recognizeGrid } from '../../src/core/recognize';
import type { RecognizedTable } from '../../src/core/recognize/types';
import type { EditPlan } from '../../src/core/base/plan';
import { buildSample } from '../../examples/build-sample';
import { COURTS } from '../../examples/sample-data';
import { handTable } from './helpers';
import { checkWithHyperFormula } from './hyperformula';

const SAMPLE = path.join(__dirname, '..', '..', 'examples', 'sample-yanbian-2019.xlsx');

let book: Grid[];
let tables: RecognizedTable[];
let plan: EditPlan;

beforeAll(async () => {
  book = await readWorkbook(SAMPLE);
  tables = book.flatMap((g) => recognizeGrid(g));
  plan = planFill(book, tables, { targets: '延边2019' });
});

/** the score table's row of a court: header on rows 2–3, courts from row 4 in COURTS order */
const scoreRow = (court: string) => 3 + COURTS.indexOf(court);
/** columns of 评分表: C..I litigation items, J..Y enforcement items, Z 诉讼得分, AA 执行得分, AB 总分, AC 排名 */
const COL = { firstItem: 2, litigation: 25, enforcement: 26, total: 27, rank: 28 };
const scoreAt = (court: string, col: number) => plan.writes.find((w) => w.sheet === '评分表' && w.row === scoreRow(court) && w.col === col)?.value;

describe('评分表 of the sample, preset 延边2019 (pro-rata steps, pro-rata for missed targets, ‰)', () => {
  test('every court gets its items, part scores, 总分 and 排名 as formulas', () => {
    for (const court of COURTS) {
      for (let col = COL.firstItem; col <= COL.rank; col++) expect([court, col, typeof scoreAt(court, col)]).toEqual([court, col, col === 24 && court !== '延边中院' ? 'string' : 'number']);
    }
    const ranks = COURTS.map((c) => scoreAt(c, COL.rank));
    expect([...ranks].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  test('图们法院, worked by hand: 85.5564 + 96.9908 → total 91.2736', () => {
    // 诉讼 (2019 vs 2018; 2018 from 附件2/附件3)
    const l1 = 40; // 发改指 20 vs 23: decline 3/23 = 13.04% × 4 = 52.2 → cap 40
    const l2 = 6 + 6; // 改发率 18/1350 = 1.33% ≦ 1.5% → 6; 改判+发回 18 vs 21: 14.29% × 0.5 = 7.1 → cap 6
    const l3 = 3 + (7 / 105) * 100 * 0.2; // 息诉率 1 − 98/1350 = 92.7% ≧ 90% → 3; 二审收案 98 vs 105: 6.67% × 0.2
    const l4 = 6 + 0; // 再审发改率 2/1300 = 0.15% ≦ 0.3% → 6; 再审改判+发回 2 vs 2: no decline
    const l5 = 3 + (1 / 13) * 100 * 0.2; // 申诉率 12/1300 = 0.92% ≦ 3% → 3; 13 → 12: 7.69% × 0.2
    const l6 = (4 / 13 - 3 / 12) * 100 * 0.5 + 6; // 再审率 30.77% → 25%: 5.77 points × 0.5; 再审数 4 → 3: 25% × 0.5 = 12.5 → cap 6
    const l7 = 9.8; // 综合评价
    const litigation = l1 + l2 + l3 + l4 + l5 + l6 + l7;
    // 执行 (基层 points). 实际执结率, 终本率, 终结率 divide by 受理 = 旧存 50 + 新收 250 = 300 (延边2019: 53.48% + 26.52%
    // "目标达到执结率80%", issue 12.1); the rest are met
    const enforcement =
      7.5 * 4 + // 实际执结率(法定期限内) 140/(145+5), 执结率 250/300, 信访 4/4, 终本合格 70/70
      (8 * (145 / 300)) / 0.5348 + // 实际执结率 145/300 = 48.33% < 53.48% (was 145/250 = 58%, met)
      8 + // 执行完毕率 100/300 = 33.33%
      (5 * (70 / 300)) / 0.2652 + // 终本率 70/300 = 23.33% < 26.52% (was 70/250 = 28%, met)
      (5 * (43 / 300)) / 0.2132 + // 终结率 43/300 = 14.33% < 21.32%
      8 + 8 + 5 + 5 + 5 + 5 + 8;
    expect(scoreAt('图们法院', COL.litigation) as number).toBeCloseTo(litigation, 9);
    expect(scoreAt('图们法院', COL.enforcement) as number).toBeCloseTo(enforcement, 9);
    expect(scoreAt('图们法院', COL.total) as number).toBeCloseTo(0.5 * litigation + 0.5 * enforcement, 9);
    expect(scoreAt('图们法院', COL.total) as number).toBeCloseTo(91.2736, 4);
  });

  test('珲春法院, worked by hand: 61.1387 + 95.4492 → total 78.2939', () => {
    const l1 = 6.25 * 4; // 发改指 60 vs 64: 6.25% × 4 = 25
    const l2 = 0 + (4 / 57) * 100 * 0.5; // 改发率 53/3400 = 1.56% > 1.5% → 0; 改判+发回 53 vs 57: 7.02% × 0.5
    const l3 = 3 + (20 / 270) * 100 * 0.2; // 息诉率 1 − 250/3400 = 92.6% → 3; 二审收案 250 vs 270: 7.41% × 0.2
    const l4 = 6; // 再审发改率 4/3200 = 0.125% → 6; 4 vs 4: 0
    const l5 = 3 + (2 / 24) * 100 * 0.2; // 申诉率 22/3200 → 3; 24 → 22: 8.33% × 0.2
    const l6 = (8 / 22 - 7 / 20) * 100 * 0.5 + 6; // 再审率 36.36% → 35%: 1.36 points × 0.5; 8 → 7: 12.5% × 0.5 → cap 6
    const l7 = 10.8;
    const litigation = l1 + l2 + l3 + l4 + l5 + l6 + l7;
    const enforcement =
      (7.5 * (340 / 390)) / 0.9 + // 法定期限内实际执结率 340/(360+30) = 87.18% < 90%: pro-rata
      7.5 + 7.5 + 7.5 + // 执结率 82.5%, 信访 8/8, 终本合格 95%
      // 实际执结率, 终本率, 终结率 ÷ 受理 = 130 + 670 = 800 (issue 12.1; by 结案 660 they were 54.5% met, 30.3% met, 16.36%)
      (8 * (360 / 800)) / 0.5348 + // 实际执结率 45% < 53.48%
      8 + // 执行完毕 250/800 = 31.25%
      (5 * (200 / 800)) / 0.2652 + // 终本率 25% < 26.52%
      (5 * (108 / 800)) / 0.2132 + // 终结率 13.5% < 21.32%
      (8 * (470 / 660)) / 0.7245 + // 法定期限内结案率 71.21% < 72.45%
      8 + 5 + // 保全 31.25%, 用时 99000/660 = 150 天 ≦ 153.25
      (5 * 0.8) / 0.8433 + // 督办 24/30 = 80% < 84.33%
      5 + 5 + // 失信撤销 35‰ ≦ 40.86‰, 恢复执行完毕 55%
      (8 * 0.14) / 0.15; // 执行局编制比例 14/100 = 14% < 15%
    expect(scoreAt('珲春法院', COL.litigation) as number).toBeCloseTo(litigation, 9);
    expect(scoreAt('珲春法院', COL.enforcement) as number).toBeCloseTo(enforcement, 9);
    expect(scoreAt('珲春法院', COL.total) as number).toBeCloseTo(78.2939, 4);
  });

  test('延边中院 gets 基层法院均值: the mean of the eight 基层 enforcement scores × 25/100', () => {
    const basic = COURTS.filter((c) => c !== '延边中院').map((c) => scoreAt(c, COL.enforcement) as number);
    const mean = basic.reduce((a, b) => a + b, 0) / basic.length;
    expect(scoreAt('延边中院', 24) as number).toBeCloseTo((mean * 25) / 100, 9);
    expect(scoreAt('图们法院', 24)).toBe('-');
  });

  test('the summary names the top three', () => {
    // 实际执结率, 终本率, 终结率 ÷ 受理 (issue 12.1) lowered every court's 执行 score; the order of the three stays
    expect(plan.summary.join('\n')).toMatch(/总分前三：和龙法院 91\.46，图们法院 91\.27，汪清法院 87\.86/);
  });

  test('every formula written shows the value a real formula engine computes (HyperFormula with the ZX functions)', () => {
    const { checked, disagreements } = checkWithHyperFormula(book, plan);
    expect(checked).toBeGreaterThan(700);
    expect(disagreements).toEqual([]);
  });
});

describe('a score table that shows only the part scores and 总分', () => {
  test('its items go to a new sheet 评分明细; the totals equal the full score table’s', () => {
    const summary = handTable('汇总', ['院别', '诉讼得分', '执行得分', '总分', '排名'], COURTS.map((c) => [c]), 'score');
    const others = tables.filter((t) => t.kind !== 'score');
    const allBook = [...book, summary.grid];
    const p = planFill(allBook, [...others, summary.table], { targets: '延边2019', tables: [others.length] });
    expect(p.newSheets).toEqual(['评分明细']);
    const detailHeader = p.writes.filter((w) => w.sheet === '评分明细' && w.row === 1).map((w) => w.value);
    expect(detailHeader).toContain('被二审、再审发回重审、改判及指令再审的案件总量（40分）');
    expect(detailHeader).toContain('执结率（中院6.25/基层7.5分）');
    for (const court of COURTS) {
      const row = 1 + COURTS.indexOf(court);
      const total = p.writes.find((w) => w.sheet === '汇总' && w.row === row && w.col === 3)!;
      expect([court, total.value as number]).toEqual([court, expect.closeTo(scoreAt(court, COL.total) as number, 9)]);
      expect(p.writes.find((w) => w.sheet === '汇总' && w.row === row && w.col === 1)!.formula).toMatch(/^='评分明细'!/);
    }
    expect(p.summary.join('\n')).toContain('各项得分写在新工作表「评分明细」（23 项）');
    expect(checkWithHyperFormula(allBook, p).disagreements).toEqual([]);
  });
});

test('the committed sample is what examples/build-sample.ts builds from the seeds', async () => {
  const rebuilt = new ExcelJS.Workbook();
  await rebuilt.xlsx.load((await buildSample().xlsx.writeBuffer()) as never);
  expect(workbookToGrids(rebuilt)).toEqual(book);
});
