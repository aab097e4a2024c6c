/**
 * `zhixiao verify FILE.xlsx [--sheet NAME] [--json] [--all]` — recompute the published indicators, totals
 * and 同比 of every recognised table and list each disagreement with its likely cause. Display-rounding
 * differences are not errors: they are counted, and listed only with `--all`.
 * `--json` prints `{"checked":N,"findings":[{"sheet","cell","kind","published","expected","message"}]}`.
 * Findings are a result, not a failure: the exit status is 0 whenever the file could be read.
 */
import * as path from 'path';
import { verifyTables } from '../../core/kinds';
import type { FindingKind, VerifyFinding } from '../../core/verify';
import type { CliCommand } from '../types';
import { parseFileArgs, recognizeFile, uncomputedNote } from './recognize';
import { pushAll } from '../../core/base/arrays';

const KIND_TEXT: Record<FindingKind, string> = {
  rounding: '四舍五入',
  truncation: '截断',
  mismatch: '数值不符',
  'total-mismatch': '合计不符',
};

const USAGE = 'zhixiao verify FILE.xlsx [--sheet NAME] [--json] [--all]';

const verify: CliCommand = {
  name: 'verify',
  summary: '核对已公布的指标、合计与同比，指出不符的单元格及原因（四舍五入、截断、数值错误）',
  usage: USAGE,
  async run(args, io) {
    const a = parseFileArgs(args, USAGE, true);
    const { grids, tables } = await recognizeFile(a);
    let checked = 0;
    const every: VerifyFinding[] = [];
    for (const g of grids) {
      const r = verifyTables(g, tables.get(g.sheet) ?? [], { all: true });
      checked += r.checked;
      pushAll(every, r.findings);
    }
    const findings = a.all ? every : every.filter((f) => f.kind !== 'rounding');
    if (a.json) {
      io.out(JSON.stringify({ checked, findings }, null, 2));
      return 0;
    }
    const tableCount = grids.reduce((n, g) => n + (tables.get(g.sheet)?.length ?? 0), 0);
    const errors = every.filter((f) => f.kind !== 'rounding');
    const roundings = every.length - errors.length;
    io.out(`文件：${path.basename(a.file)}：${tableCount} 个表，核对 ${checked} 个数值`);
    const note = uncomputedNote(grids);
    if (note) io.out(note);
    if (!errors.length) io.out('未发现错误。');
    else io.out(`发现 ${errors.length} 处问题：`);
    for (const f of findings) io.out(`  ${f.sheet}!${f.cell}  [${KIND_TEXT[f.kind]}]  ${f.message}`);
    if (roundings && !a.all) io.out(`另有 ${roundings} 处四舍五入显示差异（不是错误），加 --all 列出。`);
    return 0;
  },
};

export default verify;
