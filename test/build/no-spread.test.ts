/**
 * A whole column is 1,048,576 cells: `Math.max(...xs)` or `xs.push(...ys)` over it throws a RangeError. The lint
 * rule (eslint.config.js, SPREAD_ARGUMENTS) finds every such spread in src/; this checks that it does.
 */
import * as path from 'path';
import { ESLint } from 'eslint';

const root = path.resolve(__dirname, '../..');
// the project's own flat config, passed in (ESLint's loader imports it dynamically, which jest's VM refuses)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../eslint.config.js');

async function spreadFindings(code: string, file = 'src/core/functions/example.ts'): Promise<string[]> {
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config });
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => `${m.line}: ${m.message}`);
}

describe('no data-sized spread into arguments in src/', () => {
  test('Math.max(...), Math.min(...), push(...), unshift(...) are reported with the helper to use', async () => {
    const code = [
      'export function f(xs: number[], ys: number[]): number {',
      '  const a = Math.max(...xs);',
      '  const b = Math.min(',
      '    ...ys,',
      '  );',
      '  xs.push(...ys);',
      '  ys.unshift(...xs);',
      '  return a + b;',
      '}',
      '',
    ].join('\n');
    const found = await spreadFindings(code);
    expect(found).toHaveLength(4);
    expect(found[0]).toMatch(/^2: .*maxOf/);
    expect(found[1]).toMatch(/^4: .*minOf/);
    expect(found[2]).toMatch(/^6: .*pushAll/);
  });

  test('the helpers and spreads that are not arguments (array literals) pass', async () => {
    const code = [
      "import { maxOf, pushAll } from '../base/arrays';",
      'export function f(xs: number[], ys: number[]): number[] {',
      '  pushAll(xs, ys);',
      '  return [...xs, maxOf(ys)];',
      '}',
      '',
    ].join('\n');
    expect(await spreadFindings(code)).toEqual([]);
  });

  test('the rule covers the shells too (a React file of the pane)', async () => {
    expect(await spreadFindings('export const n = (xs: number[]) => Math.max(...xs);\n', 'src/taskpane/example.tsx')).toHaveLength(1);
  });
});
