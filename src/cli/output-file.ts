/**
 * The one rule every verb that writes a file follows: the input is never written, and an existing file is
 * replaced only when asked (`--force`).
 *
 * Files are compared by identity, not by name: the device and inode `fs.statSync` reports after following
 * symbolic links. A symbolic link to the input, a hard link to it (another name for the same inode), a path
 * through a linked folder, `./in.xlsx` against `in.xlsx`, or another spelling on a case-insensitive disk all
 * name the same file, and are refused whatever `--force` says. Inodes are read as bigints: on Windows they
 * exceed 2^53.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CliError } from './types';

export interface OutputCheck {
  /** the file about to be written */
  out: string;
  /** every file the command reads (the workbook, a preset file …) */
  inputs: string[];
  /** `--force`: an existing output file may be replaced (never an input) */
  force: boolean;
}

interface Identity {
  dev: bigint;
  ino: bigint;
}

/** the file a path names, after following links; null when nothing is there (or only a broken link) */
function identity(file: string): Identity | null {
  try {
    const s = fs.statSync(file, { bigint: true });
    return { dev: s.dev, ino: s.ino };
  } catch {
    return null;
  }
}

/** whether something is at `file` without following a final link (a broken link counts: writing would follow it) */
function occupied(file: string): fs.Stats | null {
  try {
    return fs.lstatSync(file);
  } catch {
    return null;
  }
}

/** Refuse (a CliError: one Chinese line, exit 1) when `out` names one of the inputs, by name or by identity. */
export function refuseInputAsOutput(out: string, inputs: string[]): void {
  const target = identity(out);
  for (const input of inputs) {
    if (path.resolve(out) === path.resolve(input)) {
      throw new CliError('输出文件不能与输入文件相同：请用 -o 指定另一个文件名（不会改写原文件）');
    }
    const source = identity(input);
    if (target && source && target.dev === source.dev && target.ino === source.ino) {
      throw new CliError(`输出文件不能与输入文件相同：「${out}」与「${input}」是同一个文件（链接），请用 -o 指定另一个文件名（不会改写原文件）`);
    }
  }
}

/**
 * Refuse when `out` is one of the inputs, or is an existing file and `force` is not given. A folder at `out`
 * is left to the writer, which names it as a place it cannot write. Verbs call this just before writing (so a
 * usage error found later is not hidden behind it, and a file that appeared meanwhile is seen).
 */
export function checkOutputFile({ out, inputs, force }: OutputCheck): void {
  refuseInputAsOutput(out, inputs);
  if (force || !occupied(out)) return;
  if (identity(out) !== null && fs.statSync(out).isDirectory()) return;
  throw new CliError(`输出文件「${out}」已存在：加 --force 才会替换它，或用 -o 指定另一个文件名`);
}
