/**
 * `npm run bench [-- NAME…] [-- --json]` — runs the registered benches in order and prints each row of figures
 * as a ratio against its baseline measured in the same run (./report.ts); `--json` prints every figure as one
 * JSON object instead ({ bench: { rows, notes, seconds } }). NAME runs only the benches whose name holds it.
 * Benchmarks measure; tests check behaviour, not wall-clock time.
 *
 * A bench is a file `bench/NAME.bench.ts` exporting `run` (a BenchReport, or lines to print), registered below.
 */
import { asReport, rowJson, rowLine, type BenchRun } from './report';

/* eslint-disable @typescript-eslint/no-require-imports -- loaded on demand: a bench not asked for costs nothing */
const BENCHES: { name: string; load: () => { run: BenchRun } }[] = [
  { name: 'recognize', load: () => require('./recognize.bench') },
  { name: 'xlsx', load: () => require('./xlsx.bench') },
  { name: 'fill', load: () => require('./fill.bench') },
  { name: 'adapter', load: () => require('./adapter.bench') },
  { name: 'pane', load: () => require('./pane.bench') },
  { name: 'functions', load: () => require('./functions.bench') },
  { name: 'caselist', load: () => require('./caselist.bench') },
  { name: 'startup', load: () => require('./startup.bench') },
];
/* eslint-enable @typescript-eslint/no-require-imports */

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const only = args.filter((a) => !a.startsWith('--'));
  const chosen = BENCHES.filter((b) => !only.length || only.some((o) => b.name.includes(o)));
  if (!chosen.length) {
    console.error(`没有名为 ${only.join('、')} 的基准测试；可选：${BENCHES.map((b) => b.name).join('、')}`);
    process.exitCode = 1;
    return;
  }
  const all: Record<string, unknown> = {};
  for (const bench of chosen) {
    if (!json) console.log(`\n== ${bench.name} ==`);
    const started = Date.now();
    const report = asReport(await bench.load().run());
    const seconds = (Date.now() - started) / 1000;
    if (json) all[bench.name] = { rows: report.rows.map(rowJson), notes: report.notes ?? [], seconds };
    else {
      for (const row of report.rows) console.log(`  ${rowLine(row)}`);
      for (const line of report.notes ?? []) console.log(`  ${line}`);
      console.log(`  (${seconds.toFixed(1)} s)`);
    }
  }
  if (json) console.log(JSON.stringify(all));
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
