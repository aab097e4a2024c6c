/**
 * `zhixiao report` on the filled sample: a .docx 通报 whose every number is the number of the cell it comes from.
 * The test fills examples/sample-yanbian-2019.xlsx as a user would, writes the 通报, then reads the .docx back
 * with JSZip and the filled workbook with ExcelJS (not through the engine that wrote them) and compares.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { run } from '../../src/cli/main';
import { readWorkbook } from '../../src/cli/xlsx-read';
import { recognizeGrid } from '../../src/core/recognize';
import { chineseCount, displayNumber, draftFigures, draftReport, MONTHLY_WORDING, readFacts, runText, wordingFromJson, type Figure } from '../../src/core/report';

const SAMPLE = path.join(__dirname, '..', '..', 'examples', 'sample-yanbian-2019.xlsx');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhixiao-report-'));
const filled = path.join(dir, 'filled.xlsx');
const docx = path.join(dir, '通报.docx');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function zhixiao(...args: string[]): Promise<{ status: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

/** the paragraphs' text of a .docx, as Word's XML holds it */
async function docxParagraphs(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  const unescape = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1])).join(''));
}

/** a cell's value as the file stores it: a formula's cached result, else the value */
function stored(ws: ExcelJS.Worksheet, cell: string): unknown {
  const v = ws.getCell(cell).value as unknown;
  return v && typeof v === 'object' && 'formula' in (v as object) ? (v as { result?: unknown }).result : v;
}

/** `90.84%` → 0.9084 and the half of its last shown digit (0.00005), `1.00` → 1 and 0.005 */
function shown(text: string): { value: number; tolerance: number } {
  const m = /^(-?\d+)(?:\.(\d+))?(%|‰)?$/.exec(text)!;
  const scale = m[3] === '%' ? 100 : m[3] === '‰' ? 1000 : 1;
  const decimals = m[2]?.length ?? 0;
  return { value: Number(text.replace(/[%‰]/, '')) / scale, tolerance: (0.5 * 10 ** -decimals) / scale + 1e-12 };
}

beforeAll(async () => {
  expect((await zhixiao('fill', SAMPLE, '-o', filled)).status).toBe(0);
});

describe('zhixiao report on the filled sample', () => {
  let figures: Figure[];
  let paragraphs: string[];

  beforeAll(async () => {
    const r = await zhixiao('report', filled, '-o', docx);
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    expect(r.out).toContain('上年同期取自「质效数据」A16:AD26');
    const grids = await readWorkbook(filled);
    figures = draftFigures(draftReport(readFacts(grids, grids.flatMap((g) => recognizeGrid(g))), MONTHLY_WORDING));
    paragraphs = await docxParagraphs(docx);
  });

  test('every figure of the draft is its cell’s value, as the cell shows it', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(filled);
    expect(figures.length).toBeGreaterThan(100);
    for (const f of figures) {
      const v = stored(wb.getWorksheet(f.sheet)!, f.cell);
      const s = shown(f.text);
      expect({ at: `${f.sheet}!${f.cell}`, off: typeof v === 'number' && Math.abs(v - s.value) <= s.tolerance }).toEqual({ at: `${f.sheet}!${f.cell}`, off: true });
    }
  });

  test('the .docx holds those figures in order, and no other number than the workbook’s own texts (years, targets)', async () => {
    let text = paragraphs.join('\n');
    let at = 0;
    for (const f of figures) {
      const i = text.indexOf(f.text, at);
      expect(i).toBeGreaterThanOrEqual(0);
      text = text.slice(0, i) + '\u0000'.repeat(f.text.length) + text.slice(i + f.text.length);
      at = i + f.text.length;
    }
    // what is left with digits: only numbers that stand in a text cell of the workbook (≧90%, 2019年 …)
    const grids = await readWorkbook(filled);
    const texts = grids.flatMap((g) => g.values.flat()).filter((v): v is string => typeof v === 'string').join('\n');
    const rest = text.match(/\d+(?:\.\d+)?%?/g) ?? [];
    expect(rest.filter((n) => !texts.includes(n))).toEqual([]);
  });

  test('the overall figure is the total row’s, with the year before from the 2018 table', () => {
    expect(paragraphs).toContain('一审服判息诉率为90.84%，上年同期为89.89%，同比上升；一审案件改判、发回重审率为1.73%，上年同期为1.95%，同比下降；生效案件改判、发回重审率为0.30%，上年同期为0.34%，同比下降。');
    expect(figures.find((f) => f.text === '90.84%')).toMatchObject({ sheet: '质效数据', cell: 'P12' });
  });

  test('says who met each assessed target and who did not, in Chinese numerals', () => {
    expect(paragraphs.find((p) => p.startsWith('一审服判息诉率（目标≧90%）'))).toBe(
      '一审服判息诉率（目标≧90%）：延吉法院、图们法院、敦化法院、龙井法院、珲春法院、和龙法院、汪清法院、安图法院八家法院达到目标；延边中院一家法院未达到目标。',
    );
  });

  test('ranks by the indicator’s direction: for a rate that should fall the lowest is first', () => {
    const line = paragraphs.find((p) => p.startsWith('一审案件改判、发回重审率位居前三'))!;
    expect(line).toBe('一审案件改判、发回重审率位居前三的是和龙法院（1.10%）、图们法院（1.33%）、安图法院（1.41%）；位居后三的是延边中院（2.89%）、龙井法院（2.18%）、延吉法院（2.00%）。');
  });

  test('the title, the scope and the sections of a 通报', () => {
    expect(paragraphs[0]).toBe('关于2019年审判执行质效情况的通报');
    expect(paragraphs[2]).toBe('为进一步提升审判执行质效，现将2019年全市中级人民法院一家、基层人民法院八家审判执行质效主要指标情况通报如下：');
    for (const h of Object.values(MONTHLY_WORDING.headings)) expect(paragraphs).toContain(h);
  });

  test('an existing .docx is kept without --force', async () => {
    const r = await zhixiao('report', filled, '-o', docx);
    expect(r.status).toBe(1);
    expect(r.err).toContain('已存在：加 --force 才会替换它');
  });
});

describe('the wording is an editable preset', () => {
  test('an edited copy changes the sentences, the figures stay the cells’', async () => {
    const edited = { ...MONTHLY_WORDING, id: '简报', title: '{period}质效简报', overallYoy: '{indicator}{value}（上年{last}）' };
    const file = path.join(dir, 'wording.json');
    fs.writeFileSync(file, JSON.stringify(edited));
    const out = path.join(dir, '简报.docx');
    const r = await zhixiao('report', filled, '-o', out, '--wording', file);
    expect(r.status).toBe(0);
    const ps = await docxParagraphs(out);
    expect(ps[0]).toBe('2019年质效简报');
    expect(ps).toContain('一审服判息诉率90.84%（上年89.89%）；一审案件改判、发回重审率1.73%（上年1.95%）；生效案件改判、发回重审率0.30%（上年0.34%）。');
  });

  test('a wording missing a sentence is refused, the sentence named', () => {
    const { closing: _closing, ...rest } = MONTHLY_WORDING;
    expect(() => wordingFromJson(JSON.stringify({ ...rest, headings: { ...MONTHLY_WORDING.headings, table: 1 } }))).toThrow('措辞预设不完整：缺少文字「headings.table」；缺少文字「closing」');
  });
});

describe('numbers as the cell shows them', () => {
  test.each([
    [0.908404, '0.00%', '90.84%'],
    [0.5, '0%', '50%'],
    [1.0, '0.00', '1.00'],
    [1234, null, '1234'],
    [0.123456, 'General', '0.12'],
    [0.0025, '0.00‰', '2.50‰'],
  ])('%s in %s is %s', (value, format, text) => expect(displayNumber(value, format)).toBe(text));

  test.each([
    [1, '一'],
    [8, '八'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [105, '一百零五'],
    [115, '一百一十五'],
  ])('%s courts are %s', (n, text) => expect(chineseCount(n)).toBe(text));

  test('a draft’s runs read as the text', () => {
    expect(runText(['为', { figure: { value: 0.9, text: '90.00%', sheet: 'S', cell: 'A1' } }, '。'])).toBe('为90.00%。');
  });
});
