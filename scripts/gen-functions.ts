/**
 * Generates src/custom-functions/functions.ts (the ZX custom functions with their JSDoc) and docs/functions.md
 * (the function reference in Chinese) from the catalogue. Run by `npm run gen:functions` and before every
 * build; both outputs are committed, and tests fail when they are stale.
 *
 *   node scripts/run-ts.js scripts/gen-functions.ts [--check]
 *
 * --check: write nothing; exit 1 when a committed file differs from what the catalogue generates.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ALL_FUNCTIONS } from '../src/core/functions/registry';
import { GENERATED_PATH, renderFunctionsModule } from '../src/custom-functions/generate';
import { DOCS_PATH, renderFunctionsDoc } from '../src/custom-functions/docs';

const root = path.resolve(__dirname, '..');
const check = process.argv.includes('--check');
const outputs: [string, string][] = [
  [GENERATED_PATH, renderFunctionsModule(ALL_FUNCTIONS)],
  [DOCS_PATH, renderFunctionsDoc()],
];

let stale = 0;
for (const [rel, text] of outputs) {
  const file = path.join(root, rel);
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  if (current === text) {
    process.stdout.write(`${rel}: 已是最新 (up to date)\n`);
    continue;
  }
  if (check) {
    process.stderr.write(`${rel}: 与目录不一致，请运行 npm run gen:functions (stale)\n`);
    stale++;
    continue;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  process.stdout.write(`${rel}: 已生成 ${ALL_FUNCTIONS.length} 个函数 (written)\n`);
}
if (stale) process.exit(1);
