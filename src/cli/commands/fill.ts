/**
 * `zhixiao fill FILE.xlsx -o OUT.xlsx | FILE… DIR… -o OUTDIR [--sheet NAME] [--preset NAME|FILE.json] [--targets workbook|none|NAME]
 *  [--targets-scope all|total] [--values] [--overwrite] [--force] [--rank] [--no-gap] [--no-pass] [--month N]` — completes every recognised table it can, writes OUT, prints
 * the plan's summary. `--preset` names a target and/or scoring preset; `--targets` picks the target source alone;
 * `--targets-scope total` keeps the 全市 targets to the total row (by default they bind every court as well).
 * A non-empty cell is never written over without --overwrite: those writes are skipped and listed. The input is
 * never written, and an existing OUT is replaced only with --force (../output-file.ts). Run again on
 * its own output, fill refreshes what it wrote: the same formula (or constant) written into a cell that holds it
 * is not an overwrite and needs no --overwrite (the summary counts them: 更新此前填写的 N 个单元格).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { FillOptions } from '../../core/fill';
import { KIND_NAMES, planFill } from '../../core/kinds';
import { address } from '../../core/base/grid';
import { recognizeGrid } from '../../core/recognize';
import type { RecognizedTable } from '../../core/recognize/types';
import type { EditPlan } from '../../core/base/plan';
import { SCORING_PRESETS, TARGET_PRESETS, presetFromJson } from '../../core/presets';
import { loadWorkbook, selectSheets, workbookToGrids } from '../xlsx-read';
import { applyPlanToWorkbook, FORMULAS_FILE_NOTE, parseInOutArgs, writeWorkbookFile } from '../xlsx-write';
import { checkOutputFile } from '../output-file';
import { CliError, type CliCommand, type CliIO } from '../types';
import { expandInputs, isBatch, runBatch } from '../batch';

interface FillArgs {
  file: string;
  out: string;
  /** every input path given: several (or a folder) write into the folder `out` */
  files: string[];
  sheet?: string;
  preset?: string;
  targets?: string;
  targetsScope?: 'all' | 'total';
  values: boolean;
  overwrite: boolean;
  force: boolean;
  ranks: boolean;
  gaps: boolean;
  passFail: boolean;
  month?: number;
}

function parseArgs(args: string[]): FillArgs {
  const own: Partial<FillArgs> = { values: false, overwrite: false, ranks: false, gaps: true, passFail: true };
  const io = parseInOutArgs('fill', args, (a, next) => {
    if (a === '--sheet') own.sheet = next();
    else if (a === '--preset') own.preset = next();
    else if (a === '--targets') own.targets = next();
    else if (a === '--targets-scope') {
      const scope = next();
      if (scope !== 'all' && scope !== 'total') throw new CliError('--targets-scope 应为 all（全市目标约束每一家法院，默认）或 total（只用于合计行）');
      own.targetsScope = scope;
    }
    else if (a === '--values') own.values = true;
    else if (a === '--overwrite') own.overwrite = true;
    else if (a === '--rank' || a === '--ranks') own.ranks = true;
    else if (a === '--no-gap' || a === '--no-gaps') own.gaps = false;
    else if (a === '--no-pass' || a === '--no-pass-fail') own.passFail = false;
    else if (a === '--month') {
      const m = Number(next());
      if (!Number.isInteger(m) || m < 1 || m > 12) throw new CliError('--month 应为 1 至 12 的整数');
      own.month = m;
    } else return false;
    return true;
  }, true);
  return { ...(own as FillArgs), ...io };
}

/** `--preset` as a built-in name (a target and/or scoring preset of that name) or a JSON file of an edited preset */
export function presetOptions(name: string | undefined): Pick<FillOptions, 'targets' | 'scoring'> {
  if (!name) return {};
  if (/\.json$/i.test(name)) {
    if (!fs.existsSync(name)) throw new CliError(`找不到预设文件「${name}」`);
    let preset;
    try {
      preset = presetFromJson(fs.readFileSync(name, 'utf8'));
    } catch (e) {
      throw new CliError(e instanceof Error ? e.message.replace(/\n/g, '；') : String(e));
    }
    return preset.kind === 'target' ? { targets: preset } : { scoring: preset };
  }
  const options: Pick<FillOptions, 'targets' | 'scoring'> = {};
  if (TARGET_PRESETS[name]) options.targets = name;
  if (SCORING_PRESETS[name]) options.scoring = name;
  if (!options.targets && !options.scoring) {
    throw new CliError(
      `没有名为「${name}」的预设。目标预设：${Object.keys(TARGET_PRESETS).join('、')}；评分预设：${Object.keys(SCORING_PRESETS).join('、')}`,
    );
  }
  return options;
}

/** `--targets workbook|none|NAME|FILE.json`: where targets come from, whatever --preset says */
function targetOption(value: string): FillOptions['targets'] {
  if (value === 'workbook' || value === 'none') return value;
  const fromPreset = presetOptions(value).targets;
  if (!fromPreset) throw new CliError(`「${value}」不是目标预设（可选：workbook、none、${Object.keys(TARGET_PRESETS).join('、')}）`);
  return fromPreset;
}

async function run(args: string[], io: CliIO): Promise<number> {
  const a = parseArgs(args);
  if (isBatch(a.files)) return fillMany(a, io);
  return fillOne(a.file, a.out, a, io);
}

/**
 * `fill FILE… -o DIR`: each workbook filled into DIR under its own name, one line each (what was written, or
 * why not), the closing count; a file that cannot be read, or whose output exists without --force, is said and
 * the others go on. The note on formulas files is said once, at the end.
 */
async function fillMany(a: FillArgs, io: CliIO): Promise<number> {
  const files = expandInputs(a.files);
  let formulasFile = false;
  const status = await runBatch(
    files,
    async (file) => {
      const lines: string[] = [];
      const capture: CliIO = { out: (l) => lines.push(l), err: (l) => lines.push(l) };
      const out = path.join(a.out, path.basename(file).replace(/\.(xlsm|xls|et)$/i, '.xlsx'));
      const status = await fillOne(file, out, a, capture);
      if (lines.some((l) => FORMULAS_FILE_NOTE.includes(l))) formulasFile = true;
      const own = lines.filter((l) => !FORMULAS_FILE_NOTE.includes(l) && !l.startsWith('识别出'));
      const written = own.find((l) => l.startsWith('已写出'));
      const skipped = own.some((l) => l.startsWith('跳过'));
      return {
        line: `${path.basename(file)}：${written ?? own[0] ?? '没有可以填写的内容'}`,
        details: own.filter((l) => l !== written && l !== own[0]),
        json: { out: written ? out : null, status, lines: own },
        findings: status !== 0 || skipped,
      };
    },
    io,
    false,
    '处理',
  );
  if (formulasFile) for (const line of FORMULAS_FILE_NOTE) io.out(line);
  return status;
}

async function fillOne(file: string, out: string, a: FillArgs, io: CliIO): Promise<number> {
  a = { ...a, file, out };
  const workbook = await loadWorkbook(a.file);
  const grids = workbookToGrids(workbook);
  const tables: RecognizedTable[] = selectSheets(grids, a.sheet).flatMap((g) => recognizeGrid(g));
  if (!tables.length) {
    io.err(`「${path.basename(a.file)}」中没有识别出表格，未写出文件`);
    return 1;
  }
  const kinds = new Map<string, number>();
  for (const t of tables) kinds.set(KIND_NAMES[t.kind], (kinds.get(KIND_NAMES[t.kind]) ?? 0) + 1);
  io.out(`识别出 ${tables.length} 个表格：${[...kinds].map(([k, n]) => `${k} ${n}`).join('、')}`);
  const options: FillOptions = { ...presetOptions(a.preset), ranks: a.ranks, gaps: a.gaps, passFail: a.passFail, ...(a.month ? { month: a.month } : {}) };
  if (a.targets) options.targets = targetOption(a.targets);
  if (a.targetsScope) options.targetsScope = a.targetsScope;
  // the target and score tables of other sheets feed the named sheet's fill, but only its tables are filled
  const allTables = a.sheet ? [...tables, ...grids.filter((g) => g.sheet !== a.sheet).flatMap((g) => recognizeGrid(g))] : tables;
  let plan: EditPlan;
  try {
    // without --overwrite a non-empty cell is kept, and the formulas that read it are computed with what it holds
    plan = planFill(grids, allTables, { ...options, tables: tables.map((_, i) => i), keepExisting: !a.overwrite });
  } catch (e) {
    throw new CliError(e instanceof Error ? e.message : String(e));
  }
  const skipped = (plan.skipped ?? []).map((o) => `${o.sheet}!${address(o.row, o.col)}（现为 ${JSON.stringify(o.previous)}）`);
  if (!plan.writes.length) {
    io.out('没有可以填写的内容。');
    for (const line of plan.summary.filter((l) => !l.startsWith('保留'))) io.out(line);
    if (skipped.length) io.out(`跳过 ${skipped.length} 个非空单元格（加 --overwrite 才会覆盖）：${skipped.slice(0, 10).join('，')}${skipped.length > 10 ? ' …' : ''}`);
    return skipped.length ? 1 : 0;
  }
  // every file read (the workbook, a preset file) is an input the output must not be
  const presetFiles = [a.preset, a.targets].filter((f): f is string => !!f && /\.json$/i.test(f));
  checkOutputFile({ out: a.out, inputs: [a.file, ...presetFiles], force: a.force });
  const result = applyPlanToWorkbook(workbook, plan, { values: a.values });
  await writeWorkbookFile(workbook, a.out);
  for (const line of plan.summary.filter((l) => !l.startsWith('保留'))) io.out(line);
  io.out(
    `已写出「${a.out}」：${result.cells} 个单元格` +
      (a.values ? '（数值）' : `（其中公式 ${result.formulas} 个，带计算结果）`),
  );
  if (skipped.length) {
    io.out(`跳过 ${skipped.length} 个非空单元格（加 --overwrite 才会覆盖）：${skipped.slice(0, 10).join('，')}${skipped.length > 10 ? ' …' : ''}`);
  }
  for (const s of result.skipped) io.out(`未写入：${s}`);
  if (result.zxFormulas) for (const line of FORMULAS_FILE_NOTE) io.out(line);
  return 0;
}

const fill: CliCommand = {
  name: 'fill',
  summary: '补全识别出的表格（指标列、目标差距、控制目标、同比、评分表），写出新文件',
  usage:
    'zhixiao fill FILE.xlsx -o OUT.xlsx | FILE… DIR… -o OUTDIR [--sheet NAME] [--preset NAME] [--targets workbook|none|NAME] [--targets-scope all|total] [--values] [--overwrite] [--force] [--rank] [--no-gap] [--no-pass] [--month N]',
  run,
};

export default fill;
