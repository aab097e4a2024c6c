/**
 * `zhixiao merge --by 月份`: monthly reports → per indicator a month × court sheet with 环比 and 同比 formulas
 * and a line chart, written into the package as DrawingML (ExcelJS writes no charts).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { run } from '../../src/cli/main';
import { readWorkbook } from '../../src/cli/xlsx-read';
import { monthOf, planSeries, readReport, type ReportSource } from '../../src/core/merge';
import { recognizeGrid } from '../../src/core/recognize';
import { checkWithHyperFormula } from '../fill/hyperformula';
import { MONTHLY_REPORTS } from '../fixtures/build-books';

const BOOKS = path.join(__dirname, '..', 'fixtures', 'books');
const MONTHS = path.join(BOOKS, 'months');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhixiao-series-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function zhixiao(...args: string[]): Promise<{ status: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

async function sources(folder: string): Promise<ReportSource[]> {
  const out: ReportSource[] = [];
  for (const name of fs.readdirSync(folder).sort()) {
    if (name === '温县.xlsx') continue; // a CSV renamed: the merge says so, these tests need the workbooks
    const grids = await readWorkbook(path.join(folder, name));
    const r = readReport(name, grids, grids.flatMap((g) => recognizeGrid(g)));
    if (typeof r !== 'string') out.push(r);
  }
  return out;
}

const rate = (m: (typeof MONTHLY_REPORTS)[number]) => Math.round((m.closed / (m.old + m.fresh)) * 1e4) / 1e4;

describe('a month is read from the report', () => {
  test('its 统计时间 (a cumulative 1-11月 is November), else its file name', async () => {
    const [one] = await sources(MONTHS);
    expect(monthOf(one)).toEqual({ year: 2022, month: 3 });
    const courts = await sources(path.join(BOOKS, 'courts'));
    expect(monthOf(courts[0])).toEqual({ year: 2023, month: 11 });
    expect(monthOf({ ...one, file: '2024-05 报表.xlsx', table: { ...one.table, meta: { ...one.table.meta, title: null, period: null } } })).toEqual({ year: 2024, month: 5 });
  });
});

describe('one court’s months', () => {
  test('a row per month; 环比 against the month before, 同比 against the same month a year before, as formulas', async () => {
    const { plan, months, courts, sheets } = planSeries(await sources(MONTHS));
    expect(months.map((m) => `${m.year}-${m.month}`)).toEqual(['2022-3', '2023-1', '2023-2', '2023-3']);
    expect(courts).toEqual(['山阳区人民法院']);
    expect(sheets).toEqual(['结案率']);
    const at = (a1: string) => plan.writes.find((w) => `${String.fromCharCode(65 + w.col)}${w.row + 1}` === a1);
    // rows 4–7: 2022年3月, 2023年1月, 2023年2月, 2023年3月; B the month's figure, C 环比, D 同比
    expect(at('A7')!.value).toBe('2023年3月');
    expect(at('B7')).toMatchObject({ value: rate(MONTHLY_REPORTS[3]), note: '山阳区-2023-03.xlsx「收结案」H6' });
    expect(at('C5')).toBeUndefined(); // no December 2022: no 环比 for January
    expect(at('C6')!.formula).toBe('=(B6-B5)*100'); // a rate's change in percentage points
    expect(at('D7')!.formula).toBe('=(B7-B4)*100');
    expect(at('D6')).toBeUndefined(); // no February 2022
    expect(at('D7')!.value).toBeCloseTo((rate(MONTHLY_REPORTS[3]) - rate(MONTHLY_REPORTS[0])) * 100, 9);
    expect(checkWithHyperFormula([], plan).disagreements).toEqual([]);
    expect(plan.charts).toEqual([
      {
        sheet: '结案率',
        type: 'line',
        title: '结案率（按月）',
        categories: { top: 3, left: 0, bottom: 6, right: 0 },
        series: [{ name: '山阳区人民法院', range: { top: 3, left: 1, bottom: 6, right: 1 } }],
        anchor: { row: 9, col: 0 },
      },
    ]);
  });

  test('the file holds the line chart over the sheet’s cells, as Excel’s chart parts', async () => {
    const out = path.join(dir, '按月.xlsx');
    const r = await zhixiao('merge', '--by', '月份', MONTHS, '-o', out);
    expect(r.status).toBe(0);
    expect(r.out).toContain('已写出');
    expect(r.out).toContain('1 张折线图');
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
    expect(chart).toContain('<c:lineChart>');
    expect(chart).toContain("<c:cat><c:strRef><c:f>'结案率'!$A$4:$A$7</c:f></c:strRef></c:cat>");
    expect(chart).toContain("<c:val><c:numRef><c:f>'结案率'!$B$4:$B$7</c:f></c:numRef></c:val>");
    expect(chart).toContain('<c:tx><c:v>山阳区人民法院</c:v></c:tx>');
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const drawingRel = /<drawing r:id="([^"]+)"\/>/.exec(sheet)![1];
    // the drawing comes before the notes' legacy drawing, as the schema orders them
    expect(sheet.indexOf('<drawing ')).toBeLessThan(sheet.indexOf('<legacyDrawing'));
    const rels = await zip.file('xl/worksheets/_rels/sheet1.xml.rels')!.async('string');
    expect(rels).toContain(`Id="${drawingRel}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"`);
    expect(await zip.file('xl/drawings/_rels/drawing1.xml.rels')!.async('string')).toContain('Target="../charts/chart1.xml"');
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    // and the package still opens, its cells and notes intact
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('结案率')!.getCell('B5').note).toBe('山阳区-2023-01.xlsx「收结案」H6');
  });
});

describe('several courts in one month', () => {
  test('the courts’ reports of one month are one row; a report of another template is left out and named', async () => {
    const out = path.join(dir, '一个月.xlsx');
    const r = await zhixiao('merge', '--by', '月份', path.join(BOOKS, 'courts'), '-o', out);
    expect(r.status).toBe(1);
    expect(r.out).toContain('按月汇总 1 个月（2023年11月）、3 家法院');
    expect(r.out).toContain('「博爱县.xlsx」的列与其他报表不同');
    const ws = (await readWorkbook(out))[0];
    expect(ws.values[1].filter((v) => v !== null)).toEqual(['月份', '解放区人民法院', '山阳区人民法院', '修武县人民法院']);
  });

  test('--by takes only 月份', async () => {
    const r = await zhixiao('merge', '--by', '法院', MONTHS, '-o', path.join(dir, 'x.xlsx'));
    expect(r.status).toBe(1);
    expect(r.err).toBe('错误：--by 只接受「月份」（按月汇总各院报表），此处为「法院」；不加 --by 时每院一行');
  });
});
