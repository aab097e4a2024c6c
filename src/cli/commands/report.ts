/**
 * `zhixiao report FILE.xlsx -o 通报.docx [--wording NAME|FILE.json] [--force]` — a draft 通报 from the workbook's
 * recognised and filled unit matrices (src/core/report): the period and scope, the overall figures with their
 * year before, who met each assessed target, the top and bottom three, the biggest rises and falls, a table of
 * the figures. Every number is a cell's, as the cell shows it. The wording is a preset (`月度通报`) or an edited
 * copy of it in JSON. The input is never written; an existing OUT is replaced only with --force.
 */
import * as fs from 'fs';
import * as path from 'path';
import { recognizeGrid } from '../../core/recognize';
import { draftDocx, draftFigures, draftReport, readFacts, REPORT_WORDINGS, wordingFromJson, type ReportWording } from '../../core/report';
import { loadWorkbook, workbookToGrids } from '../xlsx-read';
import { checkOutputFile, refuseInputAsOutput } from '../output-file';
import { CliError, type CliCommand, type CliIO } from '../types';
import { scanArgs } from '../args';

const USAGE = 'zhixiao report FILE.xlsx -o 通报.docx [--wording 月度通报|FILE.json] [--force]';

function wordingOf(name: string | undefined): ReportWording {
  if (!name) return REPORT_WORDINGS['月度通报'];
  if (/\.json$/i.test(name)) {
    if (!fs.existsSync(name)) throw new CliError(`找不到措辞预设文件「${name}」`);
    try {
      return wordingFromJson(fs.readFileSync(name, 'utf8'));
    } catch (e) {
      throw new CliError(e instanceof Error ? e.message : String(e));
    }
  }
  const w = REPORT_WORDINGS[name];
  if (!w) throw new CliError(`没有名为「${name}」的措辞预设。可用：${Object.keys(REPORT_WORDINGS).join('、')}，或一个 .json 文件`);
  return w;
}

async function run(args: string[], io: CliIO): Promise<number> {
  let wording: string | undefined;
  const { files, out, force } = scanArgs(
    args,
    (a, next) => (a === '--wording' ? ((wording = next()), true) : false),
    (a) => `未知选项「${a}」。用法：${USAGE}`,
  );
  if (files.length !== 1) throw new CliError(files.length ? `多余的参数「${files.slice(1).join(' ')}」` : `缺少 .xlsx 文件。用法：${USAGE}`);
  if (!out) throw new CliError('缺少输出文件：请用 -o 通报.docx 指定');
  const inputs = [files[0], ...(wording && /\.json$/i.test(wording) ? [wording] : [])];
  // the input first: a link to the workbook named .docx is the workbook, whatever its name says
  refuseInputAsOutput(out, inputs);
  if (!/\.docx$/i.test(out)) throw new CliError(`输出文件「${out}」应以 .docx 结尾`);
  const w = wordingOf(wording);
  const grids = workbookToGrids(await loadWorkbook(files[0]));
  const facts = readFacts(grids, grids.flatMap((g) => recognizeGrid(g)));
  let draft;
  try {
    draft = draftReport(facts, w);
  } catch (e) {
    throw new CliError(`「${path.basename(files[0])}」：${e instanceof Error ? e.message : String(e)}`);
  }
  checkOutputFile({ out, inputs, force });
  const bytes = await draftDocx(draft);
  try {
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    fs.writeFileSync(out, Buffer.from(bytes));
  } catch (e) {
    throw new CliError(`无法写出「${out}」：${e instanceof Error ? e.message : String(e)}`);
  }
  for (const t of facts.tables) {
    const assessed = t.indicators.filter((i) => i.assessed).length;
    io.out(`「${t.sheet}」${t.range}：${t.indicators.length} 个指标${assessed ? `（考核 ${assessed} 个）` : ''}${t.prior ? `，上年同期取自「${t.prior.sheet}」${t.prior.range}` : '，无上年同期数据，不作同比'}`);
  }
  io.out(`已写出「${out}」：《${draft.title}》，措辞预设「${w.id}」，引用 ${draftFigures(draft).length} 个数据，均取自单元格（按单元格的显示格式）`);
  io.out('这是草稿：请核对文字后再印发。');
  return 0;
}

const report: CliCommand = {
  name: 'report',
  summary: '根据已识别、已补全的统计表起草通报（.docx）：总体情况与同比、达标情况、前三后三、升降较多的法院、数据表',
  usage: USAGE,
  run,
};

export default report;
