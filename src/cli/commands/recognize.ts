/**
 * `zhixiao recognize FILE.xlsx… | DIR… [--sheet NAME] [--json]` — the tables found in a workbook: range, layout kind,
 * header paths, unit column, totals and benchmarks, each column's mapping with its confidence, targets.
 * `--json` prints the recognition contract (`{"file":…,"tables":[…]}`, src/core/recognize/types.ts), one line per
 * file. Several files or a folder: one summary line per file and a closing count (../batch.ts).
 */
import * as path from 'path';
import type { Grid } from '../../core/base/grid';
import { recognizeGrid } from '../../core/recognize';
import { KIND_NAMES, tableKind } from '../../core/kinds';
import type { RecognizedColumn, RecognizedTable, ValueKind } from '../../core/recognize/types';
import { CliError, type CliCommand, type CliIO } from '../types';
import { readSheets } from '../xlsx-read';
import { expandInputs, isBatch, runBatch, type FileOutcome } from '../batch';

const VALUE_KIND_NAMES: Record<ValueKind, string> = {
  count: '件数',
  rate: '比率',
  permille: '千分率',
  days: '天数',
  ratio: '比值',
  amount: '金额',
  date: '日期',
  target: '目标文本',
  score: '得分',
  rank: '排名',
  text: '文本',
};

export interface FileArgs {
  /** the paths given: files and folders (../batch.ts expands them) */
  files: string[];
  sheet?: string;
  json: boolean;
  all: boolean;
}

/** FILE… | DIR… [--sheet NAME] [--json] [--all]; anything else is a usage error */
export function parseFileArgs(args: string[], usage: string, allowAll: boolean): FileArgs {
  const files: string[] = [];
  let sheet: string | undefined;
  let json = false;
  let all = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '--all' && allowAll) all = true;
    else if (a === '--sheet' || a === '-s') {
      sheet = args[++i];
      if (sheet === undefined) throw new CliError(`--sheet 后面需要工作表名称。用法：${usage}`);
    } else if (a.startsWith('--sheet=')) sheet = a.slice('--sheet='.length);
    else if (a.startsWith('-')) throw new CliError(`未知选项「${a}」。用法：${usage}`);
    else files.push(a);
  }
  if (!files.length) throw new CliError(`缺少 .xlsx 文件。用法：${usage}`);
  return { files, sheet, json, all };
}

/** Read the workbook and recognise the chosen sheets. */
export async function recognizeFile(file: string, sheet?: string): Promise<{ grids: Grid[]; tables: Map<string, RecognizedTable[]> }> {
  const grids = await readSheets(file, sheet);
  const tables = new Map<string, RecognizedTable[]>();
  for (const g of grids) tables.set(g.sheet, recognizeGrid(g));
  return { grids, tables };
}

/** pad to a display width: a CJK character takes two columns in a terminal */
function padDisplay(text: string, width: number): string {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w >= width ? text : text + ' '.repeat(width - w);
}

function pct(x: number): string {
  return x.toFixed(2);
}

function describeColumn(col: RecognizedColumn): string {
  const what = (() => {
    switch (col.role) {
      case 'serial':
        return '序号列';
      case 'unit':
        return `单位列（${col.matched ?? ''}）`;
      case 'field':
        return col.field ? `字段「${col.field}」` : col.period ? `各行指标的${col.period === '同比' || col.period === '环比' ? col.period : `${col.period}值`}` : `合计列（${col.matched ?? ''}）`;
      case 'indicator':
        return col.indicator ? `指标 ${col.indicator}` : col.level ? `层级「${col.level}」的值` : `实际值（${col.matched ?? ''}）`;
      case 'target':
        return col.level ? `层级「${col.level}」的目标` : `目标${col.indicator ? ` ${col.indicator}` : col.field ? `「${col.field}」` : ''}`;
      case 'gap':
        return '差距';
      case 'score':
        return `得分${col.indicator ? `（${col.indicator}）` : ''}`;
      case 'rank':
        return '排名';
      default:
        return col.indicator === 'MEETS' ? '是否达标' : col.confidence >= 0.6 ? `文字说明（${col.matched ?? ''}）` : '未识别';
    }
  })();
  const bits = [what, VALUE_KIND_NAMES[col.valueKind]];
  if (col.period) bits.push(`期间 ${col.period}`);
  if (col.role !== 'serial' && col.role !== 'unit') bits.push(`置信度 ${pct(col.confidence)}`);
  if (col.matched && col.role !== 'unit' && col.role !== 'serial') bits.push(`匹配「${col.matched}」`);
  let line = `${col.column.padEnd(3)} ${padDisplay(col.header.join(' › ') || '（无表头）', 24)} ${bits.join('，')}`;
  if (col.guesses && col.guesses.length) {
    line += `；可能是：${col.guesses.map((g) => `${g.field ?? g.indicator}（${pct(g.confidence)}）`).join('、')}`;
  }
  return line;
}

export function describeTable(t: RecognizedTable, index: number): string[] {
  const lines: string[] = [];
  lines.push(`  表 ${index}  ${t.range}  ${KIND_NAMES[t.kind]}（${t.kind}）`);
  const meta: string[] = [];
  if (t.meta.title) meta.push(`标题：${t.meta.title}`);
  if (t.meta.unit) meta.push(`单位：${t.meta.unit}`);
  if (t.meta.period) meta.push(`统计时间：${t.meta.period}`);
  if (meta.length) lines.push(`    ${meta.join('；')}`);
  lines.push(`    表头行：${t.headerRows.length ? t.headerRows.join('、') : '无'}；单位列：${t.unitColumn ?? '无'}`);
  const units = t.rows.filter((r) => r.role === 'unit');
  const levels = new Map<string, number>();
  for (const r of units) if (r.level) levels.set(r.level, (levels.get(r.level) ?? 0) + 1);
  const levelText = levels.size ? `（${[...levels].map(([k, v]) => `${k} ${v}`).join('、')}）` : '';
  const noun = units.some((r) => r.indicator) ? '个指标行' : '个单位';
  lines.push(`    行：${units.length} ${noun}${levelText}`);
  for (const r of t.rows.filter((x) => x.role !== 'unit')) {
    if (tableKind(t.kind).targetSource && r.level) {
      lines.push(`      第 ${r.row} 行「${r.label}」${r.level}层级的目标`);
      continue;
    }
    const role = r.role === 'total' ? '合计行' : r.role === 'subtotal' ? '小计行' : r.role === 'breakdown' ? `其中行${r.partOf ? `（第 ${r.partOf} 行的一部分）` : ''}` : '参照行';
    const check = r.role === 'benchmark' || r.role === 'breakdown' ? '（不计入合计）' : r.confirmed ? '（各列之和已核对相符）' : r.confidence !== undefined && r.confidence < 0.7 ? '（各列之和不符，见 verify）' : '（仅凭名称，无可核对的列）';
    lines.push(`      第 ${r.row} 行「${r.label}」${role}${check}`);
  }
  for (const r of t.leftOutRows ?? []) lines.push(`      第 ${r.row} 行「${r.label}」不是表中的行（${r.reason}），未计入`);
  lines.push('    列：');
  for (const c of t.columns) lines.push(`      ${describeColumn(c)}`);
  if (t.targets.length) {
    const assessed = t.targets.filter((x) => x.op !== 'none');
    lines.push(`    目标：${t.targets.length} 个单元格，其中考核 ${assessed.length} 个（如 ${assessed.slice(0, 3).map((x) => `${x.column}${x.row} ${x.text}`).join('、')}）`);
  }
  for (const n of t.meta.notes) lines.push(`    注：${n.replace(/^注[:：]/, '')}`);
  // unknown and unsure: not the 是否达标 or 备注 columns, which are known to hold no figures
  const unsure = t.columns.filter((c) => c.role === 'unknown' && c.confidence < 0.6).length;
  if (unsure) lines.push(`    有 ${unsure} 列未能识别，请在任务窗格中确认或更正。`);
  return lines;
}

/** formula cells without a computed value (a workbook written by a program and never calculated in Excel) */
export function uncomputedFormulas(grids: Grid[]): number {
  let n = 0;
  for (const g of grids) {
    g.formulas?.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f && (g.values[r]?.[c] === null || g.values[r]?.[c] === undefined)) n++;
      }),
    );
  }
  return n;
}

/** one line when formulas have no values: they read as blanks */
export function uncomputedNote(grids: Grid[]): string | null {
  const n = uncomputedFormulas(grids);
  return n ? `注意：${n} 个公式单元格没有计算结果（文件未在 Excel 或 WPS 中计算并保存），按空白处理；请打开文件保存后再试。` : null;
}

export function printRecognition(io: CliIO, file: string, grids: Grid[], tables: Map<string, RecognizedTable[]>): void {
  io.out(`文件：${path.basename(file)}`);
  const note = uncomputedNote(grids);
  if (note) io.out(note);
  for (const g of grids) {
    const ts = tables.get(g.sheet) ?? [];
    io.out(`工作表「${g.sheet}」：${ts.length ? `${ts.length} 个表` : '未发现表格'}`);
    ts.forEach((t, i) => describeTable(t, i + 1).forEach((l) => io.out(l)));
  }
}

/** One file in a run over many: its tables by kind, what is left unrecognised, as one line. */
async function recognizeOne(file: string, sheet: string | undefined): Promise<FileOutcome> {
  const { grids, tables } = await recognizeFile(file, sheet);
  const all = grids.flatMap((g) => tables.get(g.sheet) ?? []);
  const kinds = new Map<string, number>();
  for (const t of all) kinds.set(KIND_NAMES[t.kind], (kinds.get(KIND_NAMES[t.kind]) ?? 0) + 1);
  const unsure = all.reduce((n, t) => n + t.columns.filter((c) => c.role === 'unknown' && c.confidence < 0.6).length, 0);
  const bits = [all.length ? `${all.length} 个表（${[...kinds].map(([k, n]) => `${k} ${n}`).join('、')}）` : '未发现表格'];
  if (unsure) bits.push(`${unsure} 列未能识别`);
  const uncomputed = uncomputedFormulas(grids);
  if (uncomputed) bits.push(`${uncomputed} 个公式没有计算结果`);
  return { line: `${path.basename(file)}：${bits.join('，')}`, json: { tables: all }, findings: !all.length || unsure > 0 || uncomputed > 0 };
}

const USAGE = 'zhixiao recognize FILE.xlsx… | DIR… [--sheet NAME] [--json]';

const recognize: CliCommand = {
  name: 'recognize',
  summary: '识别工作簿中的统计表：范围、表式、表头、单位列、合计行、各列对应的字段或指标（可一次给多个文件或文件夹）',
  usage: USAGE,
  async run(args, io) {
    const a = parseFileArgs(args, USAGE, false);
    if (isBatch(a.files)) return runBatch(expandInputs(a.files), (f) => recognizeOne(f, a.sheet), io, a.json);
    const [file] = a.files;
    const { grids, tables } = await recognizeFile(file, a.sheet);
    if (a.json) {
      // JSON Lines, as for many files: the recognition contract ({"tables":[…]}) with the file it came from
      io.out(JSON.stringify({ file, tables: grids.flatMap((g) => tables.get(g.sheet) ?? []) }));
      return 0;
    }
    printRecognition(io, file, grids, tables);
    return 0;
  },
};

export default recognize;
