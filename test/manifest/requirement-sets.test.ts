/**
 * The Excel APIs the adapter and the task pane call stay within the requirement set manifest.xml declares
 * (ExcelApi 1.9), unless the call is feature-detected with isSetSupported: read from the `[Api set: …]`
 * annotations of @types/office-js by scripts/requirement-sets.ts.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { addinFiles, analyse, covers, formatSet, manifestExcelApi, parseApiSet, REPO_ROOT, type ApiUse, type Report } from '../../scripts/requirement-sets';

jest.setTimeout(120_000);

const REQUIRED = manifestExcelApi(fs.readFileSync(path.join(REPO_ROOT, 'manifest.xml'), 'utf8'));
const show = (u: ApiUse) => `${u.file}:${u.line} ${u.member} needs ${formatSet(u.needs)}`;

describe('the add-in’s code', () => {
  let report: Report;
  beforeAll(() => {
    report = analyse(addinFiles(), REQUIRED);
  });

  test('the manifest requires ExcelApi 1.9', () => {
    expect(formatSet(REQUIRED)).toBe('ExcelApi 1.9');
  });

  test('calls no Excel API above the manifest’s requirement set without feature detection', () => {
    expect(report.unguarded.map(show)).toEqual([]);
  });

  test('the walk sees the calls: reads, writes, load paths, and the merge reading (1.13) as detected', () => {
    const members = new Set(report.uses.map((u) => u.member));
    for (const m of ['Excel.Range.values', 'Excel.Worksheet.getRangeByIndexes', 'Excel.Range.formulas (load)', 'Excel.Worksheet.visibility (load)']) {
      expect(members).toContain(m);
    }
    const merges = report.uses.filter((u) => u.member === 'Excel.Range.getMergedAreasOrNullObject');
    expect(merges.length).toBeGreaterThan(0);
    for (const u of merges) expect([formatSet(u.needs), u.guardedBy && formatSet(u.guardedBy)]).toEqual(['ExcelApi 1.13', 'ExcelApi 1.13']);
  });
});

describe('the check itself, on small files', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zx-apisets-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const cases: Record<string, string> = {
    unguarded: `export async function f(c: Excel.RequestContext, b64: string) { c.workbook.insertWorksheetsFromBase64(b64); await c.sync(); }`,
    guarded: `export async function f(c: Excel.RequestContext, b64: string) {
      if (Office.context.requirements.isSetSupported('ExcelApi', '1.13')) c.workbook.insertWorksheetsFromBase64(b64);
      await c.sync();
    }`,
    tooLowGuard: `export async function f(c: Excel.RequestContext, b64: string) {
      if (Office.context.requirements.isSetSupported('ExcelApi', '1.10')) c.workbook.insertWorksheetsFromBase64(b64);
    }`,
    helperAndVariable: `function canInsert(): boolean { return Office.context.requirements.isSetSupported('ExcelApi', '1.13'); }
      export function f(c: Excel.RequestContext, b64: string) { const ok = canInsert(); return ok && c.workbook.insertWorksheetsFromBase64(b64); }`,
    earlyReturn: `export function f(c: Excel.RequestContext, b64: string) {
      if (!Office.context.requirements.isSetSupported('ExcelApi', '1.13')) return;
      c.workbook.insertWorksheetsFromBase64(b64);
    }`,
    negatedBranch: `export function f(c: Excel.RequestContext, b64: string) {
      if (!Office.context.requirements.isSetSupported('ExcelApi', '1.13')) c.workbook.insertWorksheetsFromBase64(b64);
    }`,
    loadPath: `export async function f(c: Excel.RequestContext) { const r = c.workbook.getSelectedRange(); r.load('address,hasSpill'); await c.sync(); }`,
    withinManifest: `export async function f(c: Excel.RequestContext) { const r = c.workbook.getSelectedRange(); r.load('values'); await c.sync(); return r.values; }`,
  };
  let unguarded: Map<string, string[]>;
  beforeAll(() => {
    const files = Object.entries(cases).map(([name, text]) => {
      const file = path.join(dir, `${name}.ts`);
      fs.writeFileSync(file, text);
      return file;
    });
    const report = analyse(files, REQUIRED, dir);
    unguarded = new Map(Object.keys(cases).map((name) => [name, report.unguarded.filter((u) => u.file === `${name}.ts`).map((u) => `${u.member} ${formatSet(u.needs)}`)]));
  });

  test('an unguarded call above the manifest fails: insertWorksheetsFromBase64 needs 1.13', () => {
    expect(unguarded.get('unguarded')).toEqual(['Excel.Workbook.insertWorksheetsFromBase64 ExcelApi 1.13']);
  });

  test.each(['guarded', 'helperAndVariable', 'earlyReturn'])('a call detected with isSetSupported passes (%s)', (name) => {
    expect(unguarded.get(name)).toEqual([]);
  });

  test('a check for a lower version, or the wrong branch of the check, does not count', () => {
    expect(unguarded.get('tooLowGuard')).toEqual(['Excel.Workbook.insertWorksheetsFromBase64 ExcelApi 1.13']);
    expect(unguarded.get('negatedBranch')).toEqual(['Excel.Workbook.insertWorksheetsFromBase64 ExcelApi 1.13']);
  });

  test('property names inside load() strings are checked too: hasSpill needs 1.12', () => {
    expect(unguarded.get('loadPath')).toEqual(['Excel.Range.hasSpill (load) ExcelApi 1.12']);
    expect(unguarded.get('withinManifest')).toEqual([]);
  });
});

describe('reading the annotations', () => {
  test('a read takes the first version, a write the highest', () => {
    const note = '* [Api set: ExcelApi 1.1 for get, 1.8 for set]';
    expect(parseApiSet(note, false)).toEqual({ set: 'ExcelApi', version: [1, 1] });
    expect(parseApiSet(note, true)).toEqual({ set: 'ExcelApi', version: [1, 8] });
  });

  test('desktop-only and online-only sets are their own sets, never covered by ExcelApi', () => {
    const desktop = parseApiSet('[Api set: ExcelApiDesktop 1.1]', false)!;
    expect(desktop.set).toBe('ExcelApiDesktop');
    expect(covers(REQUIRED, desktop)).toBe(false);
    expect(covers(REQUIRED, parseApiSet('[Api set: ExcelApi 1.9]', false)!)).toBe(true);
    expect(covers(REQUIRED, parseApiSet('[Api set: ExcelApi 1.10]', false)!)).toBe(false);
  });
});
