/**
 * `npm run bench` — runs every `bench/*.bench.ts` in name order and prints its figures.
 * A bench module exports `run(): Promise<string[]>`, the lines to print (figures with their units).
 * Benchmarks measure; tests check behaviour, not wall-clock time.
 */
import * as fs from 'fs';
import * as path from 'path';

async function main(): Promise<void> {
  const only = process.argv[2];
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
    .sort();
  if (!files.length) {
    console.log('没有基准测试（bench/*.bench.ts）');
    return;
  }
  for (const f of files) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(__dirname, f)) as { run: () => Promise<string[]> };
    console.log(`\n== ${f.replace(/\.bench\.ts$/, '')} ==`);
    const started = Date.now();
    for (const line of await mod.run()) console.log(`  ${line}`);
    console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
