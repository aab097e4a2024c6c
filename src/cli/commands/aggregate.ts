/**
 * `zhixiao aggregate FILE.xlsx|FILE.csv -o OUT.xlsx [--by 承办部门|承办人|法院] [--period 2023-01..2023-11]
 *  [--family 民,刑] [--preset NAME|FILE.json] [--sheet NAME] [--encoding utf-8|gb18030] [--rejects FILE.csv] [--values] [--json] [--force]` —
 * counts a case list (案件明细) by the 统计口径 and writes OUT with two new sheets: the unit matrix (案件统计) and
 * the rows left out (未计入案件; the first 10,000, all of them in OUT-未计入案件.csv when there are more).
 * The list is read as a stream (../case-list-file.ts), a CSV in UTF-8 or GB18030/GBK: a province's year of a
 * million cases fits. OUT holds the input workbook's sheets too when the input is an .xlsx.
 * The input file is never written, an existing OUT is replaced only with --force (../output-file.ts); the new
 * sheets get names not yet taken.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import {
  aggregateRead,
  choicesOf,
  CORE_MEASURES,
  dateSpan,
  isoDate,
  LISTED_ROWS,
  matchCaseHeader,
  parsePeriodText,
  periodTitle,
  resolvePeriod,
  scopeReason,
  unknownFamilyReason,
  type AggregateRun,
  type CaseStore,
  type PeriodSpec,
  type RejectedRow,
  type UnitBy,
} from '../../core/caselist';
import { FAMILY_NAMES, type CaseFamily } from '../../core/casenumber/types-data';
import { loadWorkbook } from '../xlsx-read';
import { applyPlanToWorkbook, FORMULAS_FILE_NOTE, parseInOutArgs, writeWorkbookFile } from '../xlsx-write';
import { checkOutputFile } from '../output-file';
import { parseEncoding, readCaseListFile, type CsvEncoding } from '../case-list-file';
import { rejectsFileFor, RejectsSpool } from '../rejects-file';
import { progressLine } from '../progress';
import { CliError, type CliCommand, type CliIO } from '../types';
import { presetOptions } from './fill';
import { TARGET_PRESETS } from '../../core/presets';
import { caseCodeTable, type LocalCaseCode } from '../../core/casenumber/code-table';

/** The court's own type codes of `--preset` (a target preset, built-in or a JSON file), if it names any. */
function presetLocalCodes(name: string | undefined): LocalCaseCode[] | undefined {
  if (!name) return undefined;
  const targets = presetOptions(name).targets;
  const preset = typeof targets === 'string' ? TARGET_PRESETS[targets] : targets;
  return preset?.localCaseCodes;
}

interface AggregateArgs {
  file: string;
  out: string;
  by?: UnitBy;
  period?: PeriodSpec;
  families?: CaseFamily[];
  /** a target preset whose localCaseCodes (the court's own type codes) the 案号 are read with */
  preset?: string;
  sheet?: string;
  encoding?: CsvEncoding;
  rejects?: string;
  values: boolean;
  json: boolean;
  force: boolean;
}

const UNITS: UnitBy[] = ['承办部门', '承办人', '法院'];

/** `--by` takes the unit's name or any header spelling of its column (承办庭, 主审法官, 经办法院 …: ./fields.ts). */
export function parseUnit(text: string): UnitBy {
  const hit = matchCaseHeader(text);
  const by = hit && hit.score === 1 ? UNITS.find((u) => u === hit.field.name) : undefined;
  if (!by) throw new CliError(`--by 应为 承办部门、承办人 或 法院（或其列名的常见写法，如 庭室、承办法官），此处为「${text}」`);
  return by;
}

/** `民,刑` or `民事,刑事` → ['民', '刑'] */
export function parseFamilies(text: string): CaseFamily[] {
  const out: CaseFamily[] = [];
  for (const part of text.split(/[,，、\s]+/).filter(Boolean)) {
    const hit = (Object.keys(FAMILY_NAMES) as CaseFamily[]).find((f) => f === part || FAMILY_NAMES[f] === part);
    if (!hit) {
      const known = (Object.keys(FAMILY_NAMES) as CaseFamily[]).map((f) => `${f}（${FAMILY_NAMES[f]}）`).join('、');
      throw new CliError(`未知的案件大类「${part}」。可用：${known}`);
    }
    if (!out.includes(hit)) out.push(hit);
  }
  return out;
}

function parseArgs(args: string[]): AggregateArgs {
  const own: Partial<AggregateArgs> = { values: false, json: false };
  const io = parseInOutArgs('aggregate', args, (a, next) => {
    if (a === '--by') own.by = parseUnit(next());
    else if (a === '--period') {
      try {
        own.period = parsePeriodText(next());
        resolvePeriod(own.period); // an impossible month or date is a usage error, before the file is read
      } catch (e) {
        throw new CliError(e instanceof Error ? e.message : String(e));
      }
    } else if (a === '--family' || a === '--families') own.families = parseFamilies(next());
    else if (a === '--preset') own.preset = next();
    else if (a === '--sheet') own.sheet = next();
    else if (a === '--encoding') own.encoding = parseEncoding(next());
    else if (a === '--rejects') {
      own.rejects = next();
      if (!/\.csv$/i.test(own.rejects)) throw new CliError(`--rejects 的文件「${own.rejects}」应以 .csv 结尾`);
    }
    else if (a === '--values') own.values = true;
    else if (a === '--json') own.json = true;
    else return false;
    return true;
  });
  return { ...(own as AggregateArgs), ...io };
}

async function run(args: string[], io: CliIO): Promise<number> {
  const a = parseArgs(args);
  const rejectsFile = a.rejects ?? rejectsFileFor(a.out);
  const spool = new RejectsSpool();
  try {
    return await aggregateFile(a, rejectsFile, spool, io);
  } finally {
    spool.dispose();
  }
}

async function aggregateFile(a: AggregateArgs, rejectsFile: string, spool: RejectsSpool, io: CliIO): Promise<number> {
  const progress = progressLine(a.json ? { ...io, progress: undefined } : io, `读取「${path.basename(a.file)}」`);
  const list = await readCaseListFile(a.file, {
    sheet: a.sheet,
    encoding: a.encoding,
    codes: caseCodeTable(presetLocalCodes(a.preset)),
    onRejected: spool.add,
    progress: (f, rows) => progress.update(f, rows),
  });
  progress.done();
  const { table, read } = list;
  const mapped = table.columns.filter((c) => c.field).map((c) => `${c.column}=${c.field}`);
  const where =
    list.kind === 'csv'
      ? `「${path.basename(a.file)}」（${list.encoding!.name === 'gb18030' ? 'GB18030/GBK' : list.encoding!.name.toUpperCase()}${list.encoding!.detected ? '，自动识别' : ''}）`
      : `工作表「${list.sheet}」`;
  io.out(`${where}${table.range}：案件明细，识别出 ${mapped.join('，')}`);

  const choices = choicesOf(read, list.columns);
  const by = a.by ?? choices.units.find((u) => u.available)!.by;
  let period = a.period;
  if (!period) {
    const statistical = choices.periods.find((p) => p.spec.kind === 'statistical-year');
    if (!statistical) throw new CliError('案件明细中没有可用的日期，请用 --period 指定统计期间');
    period = statistical.spec;
    io.out(`未指定 --period，按明细中最近的统计年度统计：${periodTitle(period)}`);
  }
  let runResult: AggregateRun;
  try {
    runResult = aggregateRead(read, list.columns, list.sheet, {
      by,
      period,
      families: a.families,
      existingSheets: list.sheetNames,
      source: path.basename(a.file),
      rejectsFile: path.basename(rejectsFile),
    });
  } catch (e) {
    throw new CliError(e instanceof Error ? e.message : String(e));
  }
  const { plan, result } = runResult;
  const leftOut = read.rejectedCount + result.scopeExcludedCount + result.unknownFamilyCount;
  const writeRejects = a.rejects !== undefined || leftOut > LISTED_ROWS;
  checkOutputFile({ out: a.out, inputs: [a.file], force: a.force });
  if (writeRejects) checkOutputFile({ out: rejectsFile, inputs: [a.file, a.out], force: a.force });
  // an .xlsx keeps its own sheets in OUT; a CSV's counts go to a new workbook
  const workbook = list.kind === 'xlsx' ? await loadWorkbook(a.file) : new ExcelJS.Workbook();
  const applied = applyPlanToWorkbook(workbook, plan, { values: a.values });
  await writeWorkbookFile(workbook, a.out);
  if (writeRejects) await spool.writeCsv(rejectsFile, leftOutCaseRows(read.store, result.scopeExcludedCases, result.unknownFamilyCases), list.sheet);

  if (a.json) {
    io.out(
      JSON.stringify({
        sheet: runResult.sheetName,
        rejectedSheet: runResult.rejectedSheetName,
        by,
        period: { start: isoDate(result.period.start), end: isoDate(result.period.end), label: result.period.label, description: result.period.description },
        families: result.families,
        headers: result.measures.map((m) => m.header),
        units: result.units.map((u) => ({ unit: u.label, values: u.values })),
        total: result.total,
        counted: result.counted,
        rejected: read.rejected,
        rejectedCount: read.rejectedCount,
        scopeExcluded: result.scopeExcluded,
        scopeExcludedCount: result.scopeExcludedCount,
        unknownFamily: result.unknownFamily,
        unknownFamilyCount: result.unknownFamilyCount,
        rejectsFile: writeRejects ? rejectsFile : null,
      }),
    );
  } else {
    for (const line of plan.summary) io.out(line);
    if (result.counted === 0) io.out(emptyPeriodHint(read.store));
    io.out(
      '合计：' +
        result.measures
          .map((m, k) => [m.header, result.total[k]] as const)
          .filter(([h]) => CORE_MEASURES.includes(h))
          .map(([h, v]) => `${h} ${v}`)
          .join('，'),
    );
    for (const r of read.rejected.slice(0, 5)) io.out(`  未计入 第${r.row}行 ${r.caseNumber || '（无案号）'}：${r.reason}`);
    if (read.rejectedCount > 5) io.out(`  … 共 ${read.rejectedCount} 行不合格，见「${runResult.rejectedSheetName}」`);
    io.out(`已写出「${a.out}」`);
    if (writeRejects) io.out(`未计入的 ${leftOut} 行全部列于「${rejectsFile}」`);
    if (applied.zxFormulas) for (const line of FORMULAS_FILE_NOTE) io.out(line);
  }
  return 0;
}

/** The cases the scope rules left out, in row order, as rows of the rejects file. */
/** The cases left out by the scope rules and those of an old code whose family is unknown, in row order (both lists are). */
function* leftOutCaseRows(store: CaseStore, scoped: Int32Array, unknown: Int32Array): Generator<RejectedRow> {
  const row = (i: number, why: (code: string) => string): RejectedRow => ({ row: store.row[i], caseNumber: store.excludedNumber(i), reason: why(store.types.values[store.type[i]].code) });
  let a = 0;
  let b = 0;
  while (a < scoped.length || b < unknown.length) {
    if (b >= unknown.length || (a < scoped.length && scoped[a] < unknown[b])) yield row(scoped[a++], scopeReason);
    else yield row(unknown[b++], unknownFamilyReason);
  }
}

/** Said when the period holds no case: most often a period typed for another year than the list's. */
function emptyPeriodHint(store: CaseStore): string {
  if (!store.length) return '注意：明细中没有可读取的案件，统计表全为0';
  const { first, last } = dateSpan(store);
  return `注意：统计期间内没有可计入的案件，统计表全为0；明细中的案件日期在 ${isoDate(first)} 至 ${isoDate(last)} 之间，请核对 --period`;
}

const aggregate: CliCommand = {
  name: 'aggregate',
  summary: '按统计口径汇总案件明细（.xlsx 或 .csv）：按承办部门/承办人/法院统计旧存、新收、结案、未结等，写入新工作表',
  usage:
    'zhixiao aggregate FILE.xlsx|FILE.csv -o OUT.xlsx [--by 承办部门|承办人|法院] [--period 2023-01..2023-11|统计2023|2023-03] [--family 民,刑] [--preset NAME|FILE.json] [--sheet NAME] [--encoding utf-8|gb18030] [--rejects FILE.csv] [--values] [--json] [--force]',
  run,
};

export default aggregate;
