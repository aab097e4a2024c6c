/**
 * `npm run demo` — the main job on the bundled sample: fill examples/sample-yanbian-2019.xlsx (control targets,
 * indicator columns with targets and pass/fail, the score table) into out/, once with live formulas and once
 * with plain values, through the same `zhixiao fill` command a user runs, and print what was done.
 */
import * as fs from 'fs';
import * as path from 'path';
import { run } from '../src/cli/main';

const root = path.resolve(__dirname, '..');
const sample = path.join(root, 'examples', 'sample-yanbian-2019.xlsx');
const outDir = path.join(root, 'out');
const withFormulas = path.join(outDir, 'sample-yanbian-2019-filled.xlsx');
const withValues = path.join(outDir, 'sample-yanbian-2019-values.xlsx');

async function main(): Promise<void> {
  fs.mkdirSync(outDir, { recursive: true });
  // paths as the user would type them from the project folder
  process.chdir(root);
  const rel = (p: string) => path.relative(root, p);
  console.log(`质效助手演示：补全示例工作簿 ${rel(sample)}（延边2019：控制目标、指标与达标、评分表）\n`);
  const lines: string[] = [];
  const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(`错误：${l}`) };
  const status = await run(['fill', rel(sample), '-o', rel(withFormulas), '--preset', '延边2019', '--force'], io);
  console.log(lines.join('\n'));
  if (status !== 0) {
    process.exitCode = status;
    return;
  }
  const quiet: string[] = [];
  const valuesStatus = await run(['fill', rel(sample), '-o', rel(withValues), '--preset', '延边2019', '--values', '--force'], { out: (l) => quiet.push(l), err: (l) => quiet.push(l) });
  if (valuesStatus !== 0) {
    console.log(quiet.join('\n'));
    process.exitCode = valuesStatus;
    return;
  }
  console.log(
    `\n已写出：\n` +
      `  ${rel(withFormulas)}  公式版：ZX 函数与 Excel 公式，带写入时的计算结果（需要加载项；Excel 在输入改变或按 Ctrl+Alt+F9 时重算，打开时不重算）\n` +
      `  ${rel(withValues)}  数值版：只有数值，给没有加载项的人和软件（LibreOffice 等）`,
  );
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
