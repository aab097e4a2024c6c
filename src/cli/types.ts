/** What a command-line verb is: data the dispatcher and the help text are made from. */
export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  /** where a long run's progress line goes (stderr), if anywhere: `inPlace` rewrites one line (a terminal) */
  progress?: { inPlace: boolean; write(line: string): void; end(): void };
}

export interface CliCommand {
  /** the verb: `calc`, `recognize`, `verify`, `fill`, `aggregate` */
  name: string;
  /** one Chinese line for `zhixiao --help` */
  summary: string;
  /** the usage line: `zhixiao calc NAME ARG…` */
  usage: string;
  /** returns the exit status: 0 success, 1 usage error, unreadable file or an error result */
  run(args: string[], io: CliIO): Promise<number>;
}

/** A usage or input problem: the dispatcher prints its message on one line and exits 1, never a stack trace. */
export class CliError extends Error {}
