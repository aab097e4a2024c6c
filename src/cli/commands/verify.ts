/**
 * `zhixiao verify FILE.xlsx… | DIR… [--sheet NAME] [--json] [--all]` — recompute the published indicators, totals
 * and 同比 of every recognised table and list each disagreement with its likely cause. Display-rounding
 * differences are not errors: they are counted, and listed only with `--all`.
 * `--json` prints `{"file","checked":N,"findings":[{"sheet","cell","kind","published","expected","message"}]}`, one line
 * per file. Several files or a folder: one summary line per file, its problems under it, a closing count.
 * Findings are a result, not a failure: the exit status is 0 whenever the file could be read.
 */
import * as path from 'path';
import { verifyTables } from '../../core/kinds';
import type { FindingKind, VerifyFinding } from '../../core/verify';
import type { CliCommand } from '../types';
import { parseFileArgs, recognizeFile, uncomputedNote } from './recognize';
import { pushAll } from '../../core/base/arrays';
import { expandInputs, isBatch, runBatch, type FileOutcome } from '../batch';

const KIND_TEXT: Record<FindingKind, string> = {
  rounding: '四舍五入',
  truncation: '截断',
  mismatch: '数值不符',
  'total-mismatch': '合计不符',
};

const USAGE = 'zhixiao verify FILE.xlsx… | DIR… [--sheet NAME] [--json] [--all]';

interface Verified {
  tableCount: number;
  checked: number;
  /** every finding, display roundings included */
  every: VerifyFinding[];
  errors: VerifyFinding[];
  note: string | null;
}

async function verifyFile(file: string, sheet: string | undefined): Promise<Verified> {
  const { grids, tables } = await recognizeFile(file, sheet);
  let checked = 0;
  const every: VerifyFinding[] = [];
  for (const g of grids) {
    const r = verifyTables(g, tables.get(g.sheet) ?? [], { all: true });
    checked += r.checked;
    pushAll(every, r.findings);
  }
  const tableCount = grids.reduce((n, g) => n + (tables.get(g.sheet)?.length ?? 0), 0);
  return { tableCount, checked, every, errors: every.filter((f) => f.kind !== 'rounding'), note: uncomputedNote(grids) };
}

const findingLine = (f: VerifyFinding) => `${f.sheet}!${f.cell}  [${KIND_TEXT[f.kind]}]  ${f.message}`;

/** One file in a run over many: the count of problems on its line, each problem under it. */
async function verifyOne(file: string, sheet: string | undefined, all: boolean): Promise<FileOutcome> {
  const v = await verifyFile(file, sheet);
  const shown = all ? v.every : v.errors;
  const bits = [`${v.tableCount} 个表，核对 ${v.checked} 个数值`, v.errors.length ? `发现 ${v.errors.length} 处问题` : '未发现错误'];
  if (v.note) bits.push('有公式没有计算结果');
  return {
    line: `${path.basename(file)}：${bits.join('，')}`,
    details: shown.map(findingLine),
    json: { checked: v.checked, findings: shown },
    findings: v.errors.length > 0 || !!v.note,
  };
}

const verify: CliCommand = {
  name: 'verify',
  summary: '核对已公布的指标、合计与同比，指出不符的单元格及原因（四舍五入、截断、数值错误；可一次给多个文件或文件夹）',
  usage: USAGE,
  async run(args, io) {
    const a = parseFileArgs(args, USAGE, true);
    if (isBatch(a.files)) return runBatch(expandInputs(a.files), (f) => verifyOne(f, a.sheet, a.all), io, a.json);
    const [file] = a.files;
    const v = await verifyFile(file, a.sheet);
    const findings = a.all ? v.every : v.errors;
    if (a.json) {
      io.out(JSON.stringify({ file, checked: v.checked, findings }));
      return 0;
    }
    const roundings = v.every.length - v.errors.length;
    io.out(`文件：${path.basename(file)}：${v.tableCount} 个表，核对 ${v.checked} 个数值`);
    if (v.note) io.out(v.note);
    if (!v.errors.length) io.out('未发现错误。');
    else io.out(`发现 ${v.errors.length} 处问题：`);
    for (const f of findings) io.out(`  ${findingLine(f)}`);
    if (roundings && !a.all) io.out(`另有 ${roundings} 处四舍五入显示差异（不是错误），加 --all 列出。`);
    return 0;
  },
};

export default verify;
