/**
 * The corpus scoreboard (issue 10): every real published table of test/corpus recognised and verified as the
 * command line does, and compared with its hand-written `expected`.
 *
 *   npm run corpus                    one line per table, then the totals
 *   npm run corpus -- --json          the same, ending with one JSON line of the totals
 *   npm run corpus -- --verbose FILE  the differences of one table (FILE: 01, 01-haikou…, or a path)
 *
 * How each item is scored, and how the corpus's own vocabulary (`measure-rows`, `period-rows`, `period-value`,
 * the row roles `section` and `measure`) maps onto the engine's, is written in test/corpus/score.ts:
 *   kinds  measure-rows → indicator-list | yoy; period-rows → unit-matrix; a control-target whose rows are all
 *          measures also accepts indicator-list;
 *   rows   section → right when the engine leaves the row out; measure → right when the engine says `unit`;
 *   columns the role and the catalogue field/indicator in each column's `engine` answer (written by hand,
 *          test/corpus/build-corpus.ts ENGINE); no catalogue field → `unknown`; the period relative to the
 *          table's period where one is expected.
 * Findings: verify's mismatch / truncation / total-mismatch (rounding is not an error) against the JSON's
 * `findings`, by cell; every finding on a `mustNotFind` table is false. Precision and recall are 1 when
 * there is nothing to count.
 */
import * as path from 'path';
import { corpusFiles, scoreCorpus, scoreFile, summarise, type TableScore } from '../test/corpus/score';
import { caseNumberScoreboardSummary, caseNumberScoreboardText, scoreCaseNumbers } from '../test/casenumbers/score';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function line(s: TableScore): string {
  const yes = (b: boolean) => (b ? 'ok ' : 'NO ');
  return [
    s.file.padEnd(52),
    `kind ${yes(s.kindOk)}`,
    `header ${yes(s.headerOk)}`,
    `unit ${yes(s.unitOk)}`,
    `rows ${String(s.rowsRight).padStart(2)}/${String(s.rowsTotal).padEnd(2)}`,
    `cols ${String(s.columnsRight).padStart(2)}/${String(s.columnsTotal).padEnd(2)}`,
    `full ${s.full ? 'YES' : 'no '}`,
    `findings tp ${s.tp} fp ${s.fp} fn ${s.fn}`,
  ].join('  ');
}

function resolve(arg: string): string {
  const base = path.basename(arg).replace(/\.(xlsx|json)$/, '');
  const files = corpusFiles();
  const hit = files.find((f) => f === base) ?? files.find((f) => f.startsWith(base));
  if (!hit) throw new Error(`no corpus table matches «${arg}»`);
  return hit;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const v = args.indexOf('--verbose');
  if (v >= 0) {
    if (!args[v + 1]) throw new Error('--verbose needs a table (e.g. --verbose 01)');
    const s = await scoreFile(resolve(args[v + 1]));
    process.stdout.write(line(s) + '\n');
    if (s.periodsTotal) process.stdout.write(`periods ${s.periodsRight}/${s.periodsTotal}\n`);
    if (!s.differences.length) process.stdout.write('no differences\n');
    for (const d of s.differences) process.stdout.write(`  ${d.what.padEnd(7)} ${d.where.padEnd(4)} expected ${d.expected}\n  ${''.padEnd(12)} got      ${d.got}\n`);
    return;
  }
  const scores = await scoreCorpus();
  for (const s of scores) process.stdout.write(line(s) + '\n');
  const t = summarise(scores);
  const sum = (f: (s: TableScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  process.stdout.write(
    [
      '',
      `tables               ${t.tables}`,
      `recognised in full   ${t.full} (${pct(t.full / Math.max(1, t.tables))})`,
      `kind                 ${sum((s) => (s.kindOk ? 1 : 0))}/${t.tables} (${pct(t.kindAccuracy)})`,
      `header rows          ${sum((s) => (s.headerOk ? 1 : 0))}/${t.tables} (${pct(t.headerAccuracy)})`,
      `unit column          ${sum((s) => (s.unitOk ? 1 : 0))}/${t.tables} (${pct(t.unitColumnAccuracy)})`,
      `row roles            ${sum((s) => s.rowsRight)}/${sum((s) => s.rowsTotal)} (${pct(t.rowRoleAccuracy)})`,
      `columns              ${sum((s) => s.columnsRight)}/${sum((s) => s.columnsTotal)} (${pct(t.columnAccuracy)})`,
      `  of which periods   ${sum((s) => s.periodsRight)}/${sum((s) => s.periodsTotal)} (${pct(t.periodAccuracy)})`,
      `findings             tp ${t.findings.tp}  fp ${t.findings.fp}  fn ${t.findings.fn}  precision ${pct(t.findingsPrecision)}  recall ${pct(t.findingsRecall)}`,
      `false findings on tables that must have none: ${t.falseFindingsOnCleanTables}`,
      '',
    ].join('\n'),
  );
  // the 案号 corpus (issue 18) has its own section, kept in test/casenumbers/score.ts
  const caseNumbers = scoreCaseNumbers();
  process.stdout.write(caseNumberScoreboardText(caseNumbers));
  if (json) {
    const out = {
      ...caseNumberScoreboardSummary(caseNumbers),
      tables: t.tables,
      full: t.full,
      rowRoleAccuracy: t.rowRoleAccuracy,
      columnAccuracy: t.columnAccuracy,
      headerAccuracy: t.headerAccuracy,
      findingsPrecision: t.findingsPrecision,
      findingsRecall: t.findingsRecall,
    };
    process.stdout.write(JSON.stringify(out) + '\n');
  }
}

main().catch((err) => {
  process.stderr.write(String(err && err.stack ? err.stack : err) + '\n');
  process.exit(1);
});
