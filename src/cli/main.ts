/**
 * `zhixiao` — the command line: the same engine as the add-in, on .xlsx files and plain arguments.
 * Verbs are records in ./commands, each module loaded only when its verb is chosen; this file only dispatches and keeps the exit-status contract
 * (0 success, 1 usage error or unreadable input with a one-line reason, never a stack trace).
 */
import { allCommands, COMMANDS, loadCommand } from './commands';
import { CliError, type CliIO } from './types';
import { maxOf } from '../core/base/arrays';

const consoleIO: CliIO = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  progress: process.stderr.isTTY
    ? { inPlace: true, write: (line) => process.stderr.write(`\r${line}\x1b[K`), end: () => process.stderr.write('\n') }
    : { inPlace: false, write: (line) => process.stderr.write(line + '\n'), end: () => undefined },
};

export async function helpText(): Promise<string> {
  const commands = await allCommands();
  const width = maxOf(commands.map((c) => c.usage.length));
  return [
    '质效助手 zhixiao — 法院审判执行质效统计（命令行）',
    '',
    '用法：',
    ...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    '  zhixiao --help | zhixiao COMMAND --help',
  ].join('\n');
}

export async function run(argv: string[], io: CliIO = consoleIO): Promise<number> {
  const [verb, ...rest] = argv;
  if (!verb || verb === '--help' || verb === '-h' || verb === 'help') {
    io.out(await helpText());
    return verb ? 0 : 1;
  }
  const command = await loadCommand(verb);
  if (!command) {
    io.err(`未知命令「${verb}」。可用命令：${COMMANDS.map((c) => c.name).join('、')}（zhixiao --help 查看用法）`);
    return 1;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`用法：${command.usage}\n${command.summary}`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    // Bad input never shows a stack trace; an unexpected fault says where to report it.
    if (e instanceof CliError) io.err(`错误：${e.message}`);
    else io.err(`内部错误：${e instanceof Error ? e.message : String(e)}（请将此文件与命令报告给维护者）`);
    return 1;
  }
}
