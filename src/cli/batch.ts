/**
 * Many inputs for one verb: `FILE… | DIR…` expanded to the workbooks to read, each run on its own so one bad
 * file never stops the others, one summary line per file and a closing count (read / with findings /
 * unreadable, each unreadable file with its one-line reason). `--json` prints JSON Lines: one object per file.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CliError, type CliIO } from './types';

/** the files a folder contributes: workbooks by extension (a .xls is listed so its reason is said), no lock files */
const WORKBOOK_FILE = /\.(xlsx|xlsm|xls|et)$/i;
/** Excel's and WPS's lock files (`~$报表.xlsx`) and hidden files are never inputs */
const NOT_AN_INPUT = /^(~\$|\.)/;

/** Whether the arguments ask for the many-files mode: more than one path, or a folder. */
export function isBatch(paths: string[]): boolean {
  return paths.length > 1 || paths.some((p) => isDirectory(p));
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * `FILE… | DIR…` → the files, in the order given; a folder's workbooks (not its sub-folders) sorted by name.
 * A folder without a workbook is a usage error; a missing file is kept, so its reason is said in its place.
 */
export function expandInputs(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (!isDirectory(p)) {
      out.push(p);
      continue;
    }
    const names = fs
      .readdirSync(p)
      .filter((n) => WORKBOOK_FILE.test(n) && !NOT_AN_INPUT.test(n))
      .filter((n) => !isDirectory(path.join(p, n)))
      .sort((a, b) => a.localeCompare(b, 'zh-CN'));
    if (!names.length) throw new CliError(`文件夹「${p}」中没有 .xlsx 工作簿`);
    for (const n of names) out.push(path.join(p, n));
  }
  return out;
}

/** What one file gave: its summary line, the lines under it, its JSON object, and whether it has findings. */
export interface FileOutcome {
  line: string;
  details?: string[];
  json: Record<string, unknown>;
  findings: boolean;
}

/** Tallies of a run over many files, for the closing line and for tests. */
export interface BatchCount {
  read: number;
  withFindings: number;
  unreadable: { file: string; reason: string }[];
}

/**
 * Run `one` on every file; a CliError (an unreadable file, a missing sheet, an output that exists) makes that
 * file unreadable with its message as the reason and the run goes on; any other fault is that file's internal
 * error, said the same way. Returns the exit status: 1 when a file could not be read, else 0.
 */
export async function runBatch(files: string[], one: (file: string) => Promise<FileOutcome>, io: CliIO, json: boolean, noun = '读取'): Promise<number> {
  const count: BatchCount = { read: 0, withFindings: 0, unreadable: [] };
  for (const file of files) {
    const name = path.basename(file);
    try {
      const r = await one(file);
      count.read++;
      if (r.findings) count.withFindings++;
      if (json) io.out(JSON.stringify({ file, ...r.json }));
      else {
        io.out(r.line);
        for (const d of r.details ?? []) io.out(`  ${d}`);
      }
    } catch (e) {
      const reason = e instanceof CliError ? e.message : `内部错误：${e instanceof Error ? e.message : String(e)}（请将此文件与命令报告给维护者）`;
      count.unreadable.push({ file: name, reason });
      if (json) io.out(JSON.stringify({ file, error: reason }));
      else io.out(`${name}：无法${noun}`);
    }
  }
  if (!json) for (const line of closingLines(files.length, count, noun)) io.out(line);
  return count.unreadable.length ? 1 : 0;
}

/** `共 5 个文件：读取 4 个，其中有问题 1 个；无法读取 1 个` and one line per unreadable file */
export function closingLines(total: number, count: BatchCount, noun = '读取'): string[] {
  const parts = [`${noun} ${count.read} 个`, `其中有问题 ${count.withFindings} 个`, `无法${noun} ${count.unreadable.length} 个`];
  // the reason may name the file itself (无法读取「x.xlsx」：…): said once
  const reason = (u: { file: string; reason: string }) => u.reason.replace(`无法读取「${u.file}」：`, '').replace(/\n/g, '；');
  return [`共 ${total} 个文件：${parts.join('，')}`, ...count.unreadable.map((u) => `  无法${noun}「${u.file}」：${reason(u)}`)];
}
