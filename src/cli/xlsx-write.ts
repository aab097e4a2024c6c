/**
 * EditPlan → ExcelJS workbook: the command line's adapter (the add-in's is src/excel/adapter.ts).
 *
 * Formulas are written with their cached results (the value the engine expects), so the file shows numbers
 * when opened, in Excel with or without the add-in, in WPS, and in any reader that does not calculate.
 * `values: true` writes the plain values instead, for readers without the add-in.
 *
 * How formulas are stored in the file (OOXML keeps the "future function" spelling, not what the user types):
 * - an add-in's JavaScript custom function `ZX.FWXS_RATE(…)` is saved by Excel as `_xldudf_ZX_FWXS_RATE(…)`
 *   (prefix `_xldudf_`, the namespace's dot an underscore). Excel only binds a formula to the add-in's function
 *   when it is stored that way: a plain `ZX.FWXS_RATE(` in the XML stays unbound after opening (see
 *   OfficeDev/Excel-Custom-Functions#108, OfficeDev/office-js#5611). With the add-in loaded Excel recalculates
 *   these cells when one of their inputs changes, or on a full recalculation (Ctrl+Alt+F9) — not on open:
 *   custom functions are not volatile. In Excel without the add-in the cached results remain visible until
 *   something forces a recalculation; LibreOffice recalculates array formulas on load and shows #NAME? in every
 *   ZX cell (test/cli/libreoffice.test.ts): readers without the add-in get the values file.
 * - Every ZX function returns a matrix, so a cell calling one is saved as a dynamic-array formula (`cm="1"`,
 *   `<f t="array" ref>`, xl/metadata.xml: ./dynamic-arrays.ts), as Excel saves it; a plain `<f>` would open
 *   as `=@ZX.…` (implicit intersection). Formulas of native functions that return one value stay plain.
 * - Excel 2010+ functions carry `_xlfn.`: `RANK.EQ` is stored as `_xlfn.RANK.EQ`.
 * The file does not ask for a full recalculation on load: that would turn every ZX cell into #NAME? on a
 * machine without the add-in, where the cached results are exactly what the reader needs.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { CellValue } from '../core/base/grid';
import { isErrorValue, rangeAddress } from '../core/base/grid';
import type { ChartSpec, EditPlan } from '../core/base/plan';
import { addCharts } from './xlsx-charts';
import { saveZxFormulasAsDynamicArrays } from './dynamic-arrays';
import { refuseInputAsOutput } from './output-file';
import { isBatch } from './batch';
import { scanArgs } from './args';
import { CliError } from './types';

/** Excel 2010+ functions the fill may write, stored with the `_xlfn.` prefix */
const FUTURE_FUNCTIONS = ['RANK.EQ', 'RANK.AVG', 'CEILING.MATH', 'STDEV.S', 'PERCENTILE.INC', 'IFNA', 'CONCAT', 'TEXTJOIN', 'MAXIFS', 'MINIFS'];

/** a call of a ZX function in a formula as a person types it */
const ZX_IN_FORMULA = /(^|[^A-Za-z0-9_.])ZX\.[A-Za-z0-9_]+\s*\(/i;

/**
 * What a reader of a formulas file must know, said where the file is written (fill, aggregate, the demo):
 * Excel recalculates custom functions when an input changes or on a full recalculation, not on open, and
 * other programs cannot compute ZX functions at all.
 */
export const FORMULAS_FILE_NOTE = [
  'ZX 函数需要质效助手加载项：Excel 打开文件时不重算自定义函数，显示的是写入时的计算结果；某个输入改变，或按 Ctrl+Alt+F9 完全重算时才重新计算。',
  '没有加载项的软件不认识 ZX 函数：LibreOffice 打开文件时就重算这些（动态数组）公式，显示 #NAME?。请把 --values 写出的数值版交给它们。',
];

/** The formula as the file stores it (no leading `=`): ZX functions as `_xldudf_ZX_…`, new built-ins as `_xlfn.…`. */
export function toFileFormula(formula: string): string {
  const text = formula.startsWith('=') ? formula.slice(1) : formula;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      // copy a string literal or a quoted sheet name untouched (a doubled quote escapes itself)
      let j = i + 1;
      while (j < text.length) {
        if (text[j] === ch && text[j + 1] === ch) j += 2;
        else if (text[j] === ch) break;
        else j++;
      }
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prev = i > 0 ? text[i - 1] : '';
    const atWordStart = !/[A-Za-z0-9_.]/.test(prev);
    if (atWordStart) {
      const m = /^ZX\.([A-Za-z0-9_]+)\s*\(/i.exec(text.slice(i));
      if (m) {
        out += `_xldudf_ZX_${m[1].toUpperCase()}(`;
        i += m[0].length;
        continue;
      }
      const future = FUTURE_FUNCTIONS.find((f) => text.slice(i, i + f.length + 1).toUpperCase() === `${f}(`);
      if (future) {
        out += `_xlfn.${future}(`;
        i += future.length + 1;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}

/** The formula as a person types it, from the file's spelling (the inverse of toFileFormula). */
export function fromFileFormula(stored: string): string {
  return stored.replace(/_xldudf_ZX_([A-Za-z0-9_]+)\(/g, 'ZX.$1(').replace(/_xlfn\./g, '');
}

function excelValue(v: CellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (isErrorValue(v)) return { error: v.error as ExcelJS.CellErrorValue['error'] };
  return v;
}

function argb(hex: string): string {
  return 'FF' + hex.replace('#', '').toUpperCase();
}

export interface ApplyResult {
  cells: number;
  formulas: number;
  /** formulas that call a ZX function (they need the add-in to recalculate) */
  zxFormulas: number;
  /** parts of the plan this adapter cannot write, in Chinese */
  skipped: string[];
  /** charts, added to the file when it is written */
  charts: number;
}

/**
 * Apply a plan to a workbook in memory. The caller decides about `plan.overwrites` before calling
 * (the `fill` command refuses them without --overwrite).
 */
export function applyPlanToWorkbook(workbook: ExcelJS.Workbook, plan: EditPlan, options: { values?: boolean } = {}): ApplyResult {
  const result: ApplyResult = { cells: 0, formulas: 0, zxFormulas: 0, skipped: [], charts: 0 };
  const sheet = (name: string): ExcelJS.Worksheet => {
    const ws = workbook.getWorksheet(name) ?? workbook.addWorksheet(name);
    return ws;
  };
  for (const name of plan.newSheets) sheet(name);

  for (const w of plan.writes) {
    const ws = sheet(w.sheet);
    const cell = ws.getCell(w.row + 1, w.col + 1);
    if (w.styleFrom) {
      // a column added beside a table takes the table's look (a copy: ExcelJS shares style objects)
      const source = ws.getCell(w.styleFrom.row + 1, w.styleFrom.col + 1);
      cell.style = JSON.parse(JSON.stringify(source.style ?? {}));
    }
    if (w.formula && !options.values) {
      const cached = excelValue(w.value);
      cell.value = {
        formula: toFileFormula(w.formula),
        ...(cached !== null ? { result: cached as ExcelJS.CellFormulaValue['result'] } : {}),
      } as ExcelJS.CellFormulaValue;
      result.formulas++;
      if (ZX_IN_FORMULA.test(w.formula)) result.zxFormulas++;
    } else {
      cell.value = excelValue(w.value);
    }
    if (w.numberFormat) cell.numFmt = w.numberFormat;
    if (w.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(w.fill) } };
    if (w.bold !== undefined) cell.font = { ...(cell.font ?? {}), bold: w.bold };
    if (w.align) cell.alignment = { ...(cell.alignment ?? {}), horizontal: w.align, vertical: 'middle' };
    if (w.note) cell.note = w.note;
    result.cells++;
  }

  for (const m of plan.merges) {
    const ws = sheet(m.sheet);
    try {
      ws.mergeCells(m.range.top + 1, m.range.left + 1, m.range.bottom + 1, m.range.right + 1);
    } catch {
      // already merged the same way (a second fill of the same file): nothing to do
    }
  }

  let priority = 1;
  for (const cf of plan.conditionalFormats) {
    sheet(cf.sheet).addConditionalFormatting({
      ref: rangeAddress(cf.range),
      rules: [
        {
          type: 'cellIs',
          operator: cf.operator,
          formulae: [cf.formula],
          priority: priority++,
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) } },
            ...(cf.fontColor ? { font: { color: { argb: argb(cf.fontColor) } } } : {}),
          },
        } as ExcelJS.ConditionalFormattingRule,
      ],
    });
  }

  for (const cw of plan.columnWidths) sheet(cw.sheet).getColumn(cw.col + 1).width = cw.width;
  // ExcelJS writes no charts: they are added to the package when it is saved (./xlsx-charts.ts)
  if (plan.charts.length) PENDING_CHARTS.set(workbook, [...(PENDING_CHARTS.get(workbook) ?? []), ...plan.charts]);
  result.charts = plan.charts.length;
  return result;
}

/** the charts planned for a workbook in memory, written into its package by writeWorkbookFile */
const PENDING_CHARTS = new WeakMap<ExcelJS.Workbook, ChartSpec[]>();

/** why a file could not be written, by the system's error code, in a user's words */
const WRITE_FAILURES: Record<string, string> = {
  ENOENT: '无法在该位置创建文件（文件夹不存在或不可写）',
  EACCES: '没有写入权限',
  EPERM: '没有写入权限',
  EROFS: '所在位置只读',
  EISDIR: '这是一个文件夹',
  EBUSY: '文件正被占用（是否已在 Excel 中打开？）',
  ENOSPC: '磁盘空间不足',
};

/**
 * Writes OUT (creating its folder) for every command that writes a workbook, with its ZX formulas saved as
 * Excel saves them, as dynamic arrays (./dynamic-arrays.ts), and the charts its plans drew (./xlsx-charts.ts): a path that cannot be written is one Chinese line
 * (a CliError, exit 1), never a stack trace or an "internal error".
 */
export async function writeWorkbookFile(workbook: ExcelJS.Workbook, out: string): Promise<void> {
  try {
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    const { xlsx } = await saveZxFormulasAsDynamicArrays(Buffer.from(await workbook.xlsx.writeBuffer()));
    fs.writeFileSync(out, await addCharts(xlsx, PENDING_CHARTS.get(workbook) ?? []));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`无法写出「${out}」：${(code && WRITE_FAILURES[code]) || (e instanceof Error ? e.message : String(e))}`);
  }
}

/** The arguments every workbook-writing command shares: one input file and `-o OUT.xlsx`. */
export interface InOutArgs {
  file: string;
  out: string;
  /** `--force`: an existing output file may be replaced (output-file.ts; never the input) */
  force: boolean;
  /** with `many`: every input path given (files and folders); `out` is then a folder when there are several */
  files: string[];
}

/**
 * Parses `FILE.xlsx -o OUT.xlsx` plus the command's own options. `option(name, next)` handles one option
 * (calling `next()` for its value) and returns false when it does not know it. The output must be a .xlsx
 * file that is not the input (output-file.ts: by identity, links included); `--force` lets it replace one.
 * With `many` the command takes `FILE… | DIR… -o DIR` as well: several inputs (or a folder) write into the
 * folder `-o` names, each file checked as it is written.
 */
export function parseInOutArgs(command: string, args: string[], option: (name: string, next: () => string) => boolean, many = false): InOutArgs {
  const { files, out, force } = scanArgs(args, option, (a) => `未知选项「${a}」（zhixiao ${command} --help 查看用法）`);
  if (!files.length) throw new CliError(`缺少输入文件：zhixiao ${command} FILE.xlsx -o OUT.xlsx`);
  if (many && isBatch(files)) {
    if (!out) throw new CliError(`缺少输出文件夹：多个输入文件时请用 -o 指定一个文件夹（zhixiao ${command} FILE… -o DIR）`);
    if (/\.xlsx$/i.test(out)) throw new CliError(`多个输入文件时 -o 应为文件夹，而不是「${out}」`);
    return { file: files[0], out, force, files };
  }
  if (files.length > 1) throw new CliError(`多余的参数「${files.slice(1).join(' ')}」`);
  if (!out) throw new CliError('缺少输出文件：请用 -o OUT.xlsx 指定（不会改写原文件）');
  if (!/\.xlsx$/i.test(out)) throw new CliError(`输出文件「${out}」应以 .xlsx 结尾`);
  refuseInputAsOutput(out, [files[0]]);
  return { file: files[0], out, force, files };
}
