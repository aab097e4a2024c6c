/**
 * Generates src/core/base/traditional-data.ts: every CJK character that OpenCC's Hong Kong → mainland conversion
 * changes on its own, with its simplified form. Tables from the courts of Hong Kong and Macao, and older mainland
 * yearbooks, write 結案數、合計、審結; the recogniser folds them to 结案数、合计、审结 through this table
 * (src/core/base/text.ts `foldTraditional`). OpenCC is a development dependency only: the add-in carries the
 * 3,000-pair table, not the 1 MB dictionary, and folds one character at a time (phrases need no context here).
 *
 *   node scripts/run-ts.js scripts/gen-traditional.ts [--check]
 */
import * as fs from 'fs';
import * as path from 'path';
import { renderTraditionalData, TRADITIONAL_DATA_PATH } from './traditional';

const file = path.resolve(__dirname, '..', TRADITIONAL_DATA_PATH);
const text = renderTraditionalData();
const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
if (current === text) process.stdout.write(`${TRADITIONAL_DATA_PATH}: 已是最新 (up to date)\n`);
else if (process.argv.includes('--check')) {
  process.stderr.write(`${TRADITIONAL_DATA_PATH}: 已过期，请运行 node scripts/run-ts.js scripts/gen-traditional.ts (stale)\n`);
  process.exit(1);
} else {
  fs.writeFileSync(file, text);
  process.stdout.write(`${TRADITIONAL_DATA_PATH}: 已生成 (written)\n`);
}
