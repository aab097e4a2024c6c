/**
 * Writes docs/functions.md (the ZX function reference in Chinese) from the catalogue alone.
 * `npm run gen:functions` already writes it together with src/custom-functions/functions.ts; this script is for
 * regenerating the reference by itself:  node scripts/run-ts.js scripts/gen-docs.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { ALL_FUNCTIONS } from '../src/core/functions/registry';
import { DOCS_PATH, renderFunctionsDoc } from '../src/custom-functions/docs';

const file = path.resolve(__dirname, '..', DOCS_PATH);
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, renderFunctionsDoc());
process.stdout.write(`${DOCS_PATH}: ${ALL_FUNCTIONS.length} 个函数 (written)\n`);
