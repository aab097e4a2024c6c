/**
 * A real third-party reader: Debian's LibreOffice Calc, headless, opens the demo's files and exports every sheet
 * as CSV (what it shows, at full precision).
 * - The values file shows the same numbers as the engine wrote, cell by cell, on every sheet.
 * - In the formulas file, recalculated on load, the Excel-native formulas that do not read a ZX result (CEILING,
 *   SUM, MIN, +) come out at their cached values; every ZX cell shows #NAME? (LibreOffice recalculates array
 *   formulas on load and does not know the add-in's functions), and so does every native formula that reads one:
 *   that is why readers without the add-in get the values file.
 * `npm test` installs libreoffice-calc when it may (scripts/test-prereqs.ts); without it this test fails, saying so.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { run } from '../../src/cli/main';
import { address } from '../../src/core/base/grid';

jest.setTimeout(300_000);

const SOFFICE = process.env.LIBREOFFICE_PATH || '/usr/bin/soffice';
const SAMPLE = path.join(__dirname, '..', '..', 'examples', 'sample-yanbian-2019.xlsx');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhixiao-libreoffice-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** every sheet to its own CSV file, UTF-8, values as stored (not as formatted), all sheets (-1) */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
/** a profile that recalculates every OOXML file on load (OOXMLRecalcMode 0 = always) */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** a CSV field as LibreOffice wrote it */
type Shown = string;
/** a value in the workbook */
type Value = string | number;

/** a small RFC 4180 reader: quoted fields, doubled quotes, CR LF */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** a CSV field as a number when it is one (percentages as fractions) */
function asNumber(field: string): number | null {
  const m = /^(-?[\d,]*\.?\d+(?:E[-+]?\d+)?)(%?)$/i.exec(field);
  if (!m) return null;
  const n = Number(m[1].replace(/,/g, ''));
  return m[2] ? n / 100 : n;
}

/** Converts FILE with LibreOffice; sheet name → address → what it shows (non-empty cells only). */
function libreOfficeShows(file: string, profile: string): Map<string, Map<string, Shown>> {
  const outDir = fs.mkdtempSync(path.join(dir, 'csv-'));
  const result = spawnSync(SOFFICE, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', CSV_FILTER, '--outdir', outDir, file], {
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (result.status !== 0) throw new Error(`LibreOffice failed (${result.status}): ${result.stderr}`);
  const stem = path.basename(file, '.xlsx');
  const sheets = new Map<string, Map<string, Shown>>();
  for (const name of fs.readdirSync(outDir)) {
    const sheet = name.slice(stem.length + 1, -'.csv'.length);
    const cells = new Map<string, Shown>();
    parseCsv(fs.readFileSync(path.join(outDir, name), 'utf8')).forEach((row, r) =>
      row.forEach((field, c) => {
        if (field !== '') cells.set(address(r, c), field);
      }),
    );
    sheets.set(sheet, cells);
  }
  return sheets;
}

/** what LibreOffice shows is the value: a number to its 15 significant digits, text and error values exactly */
function same(field: Shown | undefined, v: Value): boolean {
  if (typeof v === 'string' || field === undefined) return field === v;
  const n = asNumber(field);
  return n !== null && Math.abs(n - v) <= 1e-9 * Math.max(1, Math.abs(v));
}

/** what the engine wrote into the values file: sheet → address → value */
async function engineValues(file: string): Promise<Map<string, Map<string, Value>>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheets = new Map<string, Map<string, Value>>();
  for (const ws of wb.worksheets) {
    const cells = new Map<string, Value>();
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        // ExcelJS repeats a merged area's value on every cell of it; the file holds it in the first only
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const v = cell.value as ExcelJS.CellValue;
        if (v === null || v === undefined || v === '') return;
        if (typeof v === 'number' || typeof v === 'string') cells.set(cell.address, v);
        else if (typeof v === 'boolean') cells.set(cell.address, v ? 'TRUE' : 'FALSE');
        else if (typeof v === 'object' && 'error' in v) cells.set(cell.address, v.error);
        else if (typeof v === 'object' && 'richText' in v) cells.set(cell.address, v.richText.map((t) => t.text).join(''));
        else throw new Error(`unexpected value in the values file at ${ws.name}!${cell.address}: ${JSON.stringify(v)}`);
      }),
    );
    sheets.set(ws.name, cells);
  }
  return sheets;
}

interface FormulaCell {
  sheet: string;
  address: string;
  formula: string;
  cached: Value;
}

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** every formula cell of the formulas file with its cached result, read from the XML */
async function formulaCells(file: string): Promise<FormulaCell[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const names = Array.from(workbook.matchAll(/<sheet [^>]*name="([^"]*)"/g), (m) => unescapeXml(m[1]));
  const cells: FormulaCell[] = [];
  for (let i = 0; i < names.length; i++) {
    const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async('string');
    for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*)><f(?: [^>]*)?>([^<]*)<\/f>(?:<v>([^<]*)<\/v>)?<\/c>/g)) {
      const [, at, attributes, formula, v] = m;
      const type = / t="(\w+)"/.exec(attributes)?.[1];
      const text = unescapeXml(v ?? '');
      cells.push({ sheet: names[i], address: at, formula: unescapeXml(formula), cached: type === 'str' || type === 'e' ? text : type === 'b' ? (text === '1' ? 'TRUE' : 'FALSE') : Number(text) });
    }
  }
  return cells;
}

/** the cells a formula reads: A1 references and ranges, with or without a sheet, string literals skipped */
function precedents(formula: string, sheet: string): string[] {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const refs: string[] = [];
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  // [sheet!]A1[:B2], not inside a longer name (RANK.EQ, LOG10( …)
  const reference = /(?<![A-Za-z0-9_.$'])(?:(?:'((?:[^']|'')+)'|([^\s'!(),=+\-*/&<>^:;]+))!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?![A-Za-z0-9_(])/g;
  for (const m of code.matchAll(reference)) {
    const [, quoted, bare, c1, r1, c2, r2] = m;
    const onSheet = quoted ? quoted.replace(/''/g, "'") : bare ?? sheet;
    const [top, bottom] = [Number(r1), Number(r2 ?? r1)].sort((a, b) => a - b);
    const [left, right] = [col(c1), col(c2 ?? c1)].sort((a, b) => a - b);
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) refs.push(`${onSheet}!${address(r - 1, c)}`);
  }
  return refs;
}

describe('LibreOffice Calc reads the demo’s files', () => {
  const withFormulas = path.join(dir, 'filled.xlsx');
  const withValues = path.join(dir, 'values.xlsx');
  const profile = path.join(dir, 'profile');
  let values: Map<string, Map<string, Shown>>;
  let formulas: Map<string, Map<string, Shown>>;

  beforeAll(async () => {
    if (!fs.existsSync(SOFFICE)) {
      throw new Error(
        `这项测试需要 LibreOffice Calc，但 ${SOFFICE} 不存在：apt-get install -y --no-install-recommends libreoffice-calc（以 root 运行 npm test 会自动安装）。` +
          ` LibreOffice is needed at ${SOFFICE} (or LIBREOFFICE_PATH); the test does not skip.`,
      );
    }
    const quiet = { out: () => undefined, err: () => undefined };
    expect(await run(['fill', SAMPLE, '-o', withFormulas, '--preset', '延边2019'], quiet)).toBe(0);
    expect(await run(['fill', SAMPLE, '-o', withValues, '--preset', '延边2019', '--values'], quiet)).toBe(0);
    fs.mkdirSync(path.join(profile, 'user'), { recursive: true });
    fs.writeFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
    values = libreOfficeShows(withValues, profile);
    formulas = libreOfficeShows(withFormulas, profile);
  });

  test('the values file shows the engine’s numbers, cell by cell, on every sheet', async () => {
    const engine = await engineValues(withValues);
    expect([...values.keys()].sort()).toEqual([...engine.keys()].sort());
    let numbers = 0;
    const differ: string[] = [];
    for (const [sheet, cells] of engine) {
      const shownThere = values.get(sheet)!;
      for (const [at, v] of cells) {
        if (typeof v === 'number') numbers++;
        if (!same(shownThere.get(at), v)) differ.push(`${sheet}!${at}: engine ${JSON.stringify(v)}, LibreOffice ${JSON.stringify(shownThere.get(at))}`);
      }
      // and LibreOffice shows nothing the engine did not write
      for (const at of shownThere.keys()) if (!cells.has(at)) differ.push(`${sheet}!${at}: LibreOffice shows ${JSON.stringify(shownThere.get(at))} in an empty cell`);
    }
    expect(differ).toEqual([]);
    expect(numbers).toBeGreaterThan(1000);
  });

  test('in the formulas file, native formulas that read no ZX result recalculate to their cached values', async () => {
    const cells = await formulaCells(withFormulas);
    const byRef = new Map(cells.map((c) => [`${c.sheet}!${c.address}`, c]));
    // a ZX result, directly or through other formulas
    const readsZx = new Map<string, boolean>();
    const dependsOnZx = (ref: string, seen = new Set<string>()): boolean => {
      const cell = byRef.get(ref);
      if (!cell || seen.has(ref)) return false;
      if (readsZx.has(ref)) return readsZx.get(ref)!;
      seen.add(ref);
      const answer = cell.formula.includes('_xldudf_ZX_') || precedents(cell.formula, cell.sheet).some((p) => dependsOnZx(p, seen));
      readsZx.set(ref, answer);
      return answer;
    };
    const independent = cells.filter((c) => !dependsOnZx(`${c.sheet}!${c.address}`));
    const differ = independent
      .filter((c) => !same(formulas.get(c.sheet)?.get(c.address), c.cached))
      .map((c) => `${c.sheet}!${c.address} =${c.formula}: cached ${JSON.stringify(c.cached)}, LibreOffice ${JSON.stringify(formulas.get(c.sheet)?.get(c.address))}`);
    expect(differ).toEqual([]);
    const functions = new Set(independent.flatMap((c) => Array.from(c.formula.matchAll(/([A-Z][A-Z.]*)\(/g), (m) => m[1])));
    for (const f of ['CEILING', 'SUM', 'MIN']) expect(functions).toContain(f);
    expect(independent.length).toBeGreaterThanOrEqual(25);
  });

  test('every ZX cell, and every native formula that reads one, shows #NAME? there: the reason for the values file', async () => {
    const cells = await formulaCells(withFormulas);
    const zx = cells.filter((c) => c.formula.includes('_xldudf_ZX_'));
    expect(zx.length).toBeGreaterThan(300);
    const notName = zx.filter((c) => formulas.get(c.sheet)?.get(c.address) !== '#NAME?').map((c) => `${c.sheet}!${c.address}`);
    expect(notName).toEqual([]);
    // the natives that read them: RANK.EQ of the scores, the totals of the score table
    const rank = cells.filter((c) => c.formula.startsWith('_xlfn.RANK.EQ('));
    expect(rank.length).toBeGreaterThan(0);
    for (const c of rank) expect(formulas.get(c.sheet)?.get(c.address)).toBe('#NAME?');
  });
});
