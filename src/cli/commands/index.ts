/**
 * The verbs of `zhixiao`, in the order `--help` lists them: a name and how to load its module, which is required
 * only when the verb is chosen (so `calc` starts without ExcelJS and the engine's other floors). Each verb is one
 * module of this folder exporting its CliCommand as default; add a verb by adding its module and one line here.
 */
import type { CliCommand } from '../types';

export interface CommandEntry {
  name: string;
  load: () => Promise<{ default: CliCommand }>;
}

export const COMMANDS: CommandEntry[] = [
  { name: 'calc', load: () => import('./calc') },
  { name: 'recognize', load: () => import('./recognize') },
  { name: 'verify', load: () => import('./verify') },
  { name: 'fill', load: () => import('./fill') },
  { name: 'aggregate', load: () => import('./aggregate') },
  { name: 'merge', load: () => import('./merge') },
  { name: 'report', load: () => import('./report') },
];

/** The verb's command, its module loaded now; undefined for an unknown verb. */
export async function loadCommand(name: string): Promise<CliCommand | undefined> {
  const entry = COMMANDS.find((c) => c.name === name);
  return entry ? (await entry.load()).default : undefined;
}

/** Every command, each module loaded (for `--help`, which lists their usage). */
export async function allCommands(): Promise<CliCommand[]> {
  return Promise.all(COMMANDS.map(async (c) => (await c.load()).default));
}
