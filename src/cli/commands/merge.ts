/**
 * `zhixiao merge FILE… | DIR… -o OUT.xlsx [--sum] [--values] [--force]` — the courts' reports of one template
 * merged into one unit matrix (src/core/merge): a row per court, each figure with its source (a cell note and a
 * 数据来源 column), a 合计 row of SUM formulas, the indicator columns as ZX formulas. A report that cannot be
 * read, holds no unit matrix or whose columns differ is named with its reason and left out; the others are
 * merged. A court met twice is refused unless `--sum`. `--by 月份` lays monthly reports of the same courts
 * month by month instead (src/core/merge/series.ts): per indicator a sheet of month × court with 环比 and 同比
 * formulas and a line chart (./xlsx-charts.ts writes it, ExcelJS cannot). The inputs are never written, an existing OUT is replaced
 * only with `--force` (../output-file.ts).
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { recognizeGrid } from '../../core/recognize';
import { differenceLine, monthOf, planMerge, planSeries, readReport, type ReportSource } from '../../core/merge';
import { loadWorkbook, selectSheets, workbookToGrids } from '../xlsx-read';
import { applyPlanToWorkbook, FORMULAS_FILE_NOTE, writeWorkbookFile } from '../xlsx-write';
import { checkOutputFile, refuseInputAsOutput } from '../output-file';
import { expandInputs } from '../batch';
import { CliError, type CliCommand, type CliIO } from '../types';
import { scanArgs } from '../args';
import { pushAll } from '../../core/base/arrays';

const USAGE = 'zhixiao merge FILE.xlsx… | DIR… -o OUT.xlsx [--by 月份] [--sheet NAME] [--sum] [--values] [--force]';

/** `--by 月份`: month by month instead of court by court; the words a user may type for it */
const BY_MONTH = /^(月份|月|按月|month|months)$/i;

interface MergeArgs {
  files: string[];
  out: string;
  sheet?: string;
  sum: boolean;
  values: boolean;
  force: boolean;
  byMonth: boolean;
}

function parseArgs(args: string[]): MergeArgs {
  const a: Partial<MergeArgs> = { sum: false, values: false, byMonth: false };
  const own = (x: string, next: () => string): boolean => {
    if (x === '--sheet') a.sheet = next();
    else if (x === '--sum') a.sum = true;
    else if (x === '--by') {
      const by = next();
      if (!BY_MONTH.test(by)) throw new CliError(`--by 只接受「月份」（按月汇总各院报表），此处为「${by}」；不加 --by 时每院一行`);
      a.byMonth = true;
    } else if (x === '--values') a.values = true;
    else return false;
    return true;
  };
  Object.assign(a, scanArgs(args, own, (x) => `未知选项「${x}」。用法：${USAGE}`));
  if (!a.files!.length) throw new CliError(`缺少输入文件。用法：${USAGE}`);
  if (!a.out) throw new CliError('缺少输出文件：请用 -o OUT.xlsx 指定（不会改写原文件）');
  if (!/\.xlsx$/i.test(a.out)) throw new CliError(`输出文件「${a.out}」应以 .xlsx 结尾`);
  return a as MergeArgs;
}

/** Read one report; its problem (unreadable, no unit matrix, no court) as a Chinese line instead. */
async function readOne(file: string, sheet: string | undefined): Promise<ReportSource | string> {
  try {
    const grids = selectSheets(workbookToGrids(await loadWorkbook(file)), sheet);
    return readReport(path.basename(file), grids, grids.flatMap((g) => recognizeGrid(g)));
  } catch (e) {
    if (e instanceof CliError) return e.message;
    throw e;
  }
}

async function run(args: string[], io: CliIO): Promise<number> {
  const a = parseArgs(args);
  const files = expandInputs(a.files);
  refuseInputAsOutput(a.out, files);
  const read: (ReportSource | string)[] = [];
  for (const file of files) read.push(await readOne(file, a.sheet));
  const sources = read.filter((r): r is ReportSource => typeof r !== 'string');
  const left = read.filter((r): r is string => typeof r === 'string');
  if (!sources.length) {
    for (const l of left) io.err(l);
    throw new CliError('没有可以汇总的报表');
  }
  if (a.byMonth) return runSeries(a, files, read, sources, left, io);
  const result = planMerge(sources, { sum: a.sum });
  // one line per file: the courts it gave, or that it was left out (the reasons close the output)
  read.forEach((r, i) => {
    if (typeof r === 'string' || result.differing.some((d) => d.source === r)) return io.out(`${path.basename(files[i])}：未并入`);
    const named = r.courts.map((c) => (c.from === '填报单位' ? `${c.court}（据“填报单位”，表中为第 ${c.row + 1} 行）` : c.court));
    io.out(`${r.file}：${r.table.sheet}!${r.table.range}，${named.join('、')}`);
  });
  if (result.duplicates.length && !a.sum) {
    throw new CliError(`同一法院出现多次，未写出文件（确需相加请加 --sum）：${result.duplicates.join('；')}`);
  }
  for (const d of result.differing) left.push(differenceLine(d));
  checkOutputFile({ out: a.out, inputs: files, force: a.force });
  const workbook = new ExcelJS.Workbook();
  const applied = applyPlanToWorkbook(workbook, result.plan, { values: a.values });
  await writeWorkbookFile(workbook, a.out);
  for (const line of result.plan.summary) io.out(line);
  if (a.sum) for (const d of result.duplicates) io.out(`按 --sum 相加：${d}`);
  io.out(`已写出「${a.out}」：${result.courts.length} 家法院，${applied.cells} 个单元格（其中公式 ${applied.formulas} 个）`);
  if (left.length) {
    io.out(`未并入 ${left.length} 份：`);
    for (const l of left) io.out(`  ${l}`);
  }
  if (applied.zxFormulas) for (const line of FORMULAS_FILE_NOTE) io.out(line);
  // a report left out is a result the user must see, as an unreadable input is: exit 1, the others written
  return left.length ? 1 : 0;
}

/** `merge --by 月份`: per indicator a sheet of month × court with 环比, 同比 and a line chart */
async function runSeries(a: MergeArgs, files: string[], read: (ReportSource | string)[], sources: ReportSource[], left: string[], io: CliIO): Promise<number> {
  let result;
  try {
    result = planSeries(sources);
  } catch (e) {
    throw new CliError(e instanceof Error ? e.message : String(e));
  }
  read.forEach((r, i) => {
    if (typeof r === 'string' || result.differing.some((d) => d.source === r)) return io.out(`${path.basename(files[i])}：未并入`);
    const m = monthOf(r);
    io.out(`${r.file}：${m ? `${m.year}年${m.month}月` : '月份不明'}，${r.courts.map((c) => c.court).join('、')}`);
  });
  for (const d of result.differing) left.push(differenceLine(d));
  pushAll(left, result.problems.filter((p) => p.endsWith('未并入')));
  const notes = result.problems.filter((p) => !p.endsWith('未并入'));
  checkOutputFile({ out: a.out, inputs: files, force: a.force });
  const workbook = new ExcelJS.Workbook();
  const applied = applyPlanToWorkbook(workbook, result.plan, { values: a.values });
  await writeWorkbookFile(workbook, a.out);
  for (const line of result.plan.summary) io.out(line);
  for (const n of notes) io.out(`注意：${n}`);
  io.out(`已写出「${a.out}」：${result.sheets.map((s) => `「${s}」`).join('')}，${applied.cells} 个单元格（其中公式 ${applied.formulas} 个），${applied.charts} 张折线图`);
  if (left.length) {
    io.out(`未并入 ${left.length} 份：`);
    for (const l of left) io.out(`  ${l}`);
  }
  if (applied.zxFormulas) for (const line of FORMULAS_FILE_NOTE) io.out(line);
  return left.length ? 1 : 0;
}

const merge: CliCommand = {
  name: 'merge',
  summary: '把各院同一式样的报表汇总为一张单位×指标表（每院一行、注明来源、合计与指标为公式）；--by 月份 按月列出各指标及环比、同比和折线图',
  usage: USAGE,
  run,
};

export default merge;
