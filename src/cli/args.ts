/**
 * The arguments every file-writing command shares: input paths, `-o OUT`, `--force`, and the command's own
 * options. What the output must be (.xlsx, .docx, a folder) each command checks after the scan.
 */
import { CliError } from './types';

export interface ScannedArgs {
  files: string[];
  out: string | undefined;
  force: boolean;
}

/**
 * One pass over `args`: `-o`/`--out`/`--output` and `--force` here, every other option through `option(name,
 * next)` (false when the command does not know it: `unknown(name)` is then the error's text), the rest inputs.
 */
export function scanArgs(args: string[], option: (name: string, next: () => string) => boolean, unknown: (name: string) => string): ScannedArgs {
  let out: string | undefined;
  let force = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const next = () => {
      const v = args[++i];
      if (v === undefined || v.startsWith('--')) throw new CliError(`${a} 后面缺少参数`);
      return v;
    };
    if (a === '-o' || a === '--out' || a === '--output') out = next();
    else if (a === '--force') force = true;
    else if (option(a, next)) continue;
    else if (a.startsWith('-')) throw new CliError(unknown(a));
    else files.push(a);
  }
  return { files, out, force };
}
