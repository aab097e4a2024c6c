/**
 * The 案号 corpus scoreboard (issue 18): every real case number of test/casenumbers/corpus.tsv parsed as a case
 * list is read, counted by style (new since 2016, old `…字第…号`), parsed or rejected by cause; and the
 * hand-checked sample (sample.tsv) compared field by field with what the parser says.
 *
 * A number's style is the parser's when it parses; a rejected one is old when it carries the old form's 字 or a
 * year before 2016. Rejections caused by a likely typo (`云Ｏ111`, year 1012) are counted apart: the floors are
 * set on the numbers as the courts meant them ("typos aside").
 */
import * as fs from 'fs';
import * as path from 'path';
import { FAILURE_CAUSE_LABELS, parseCaseNumber, type CaseNumberFailureCause, type CaseNumberFlag } from '../../src/core/casenumber/parse';

const DIR = __dirname;

export interface CorpusRow {
  number: string;
  source: string;
  note: string;
}

function readTsv(file: string): string[][] {
  const lines = fs.readFileSync(path.join(DIR, file), 'utf8').split('\n').filter((l) => l.trim() !== '');
  return lines.slice(1).map((l) => l.split('\t'));
}

export function corpusRows(): CorpusRow[] {
  return readTsv('corpus.tsv').map(([number, source, note]) => ({ number, source, note: note ?? '' }));
}

export type Style = '新式' | '旧式';

export interface StyleScore {
  total: number;
  parsed: number;
  rejected: Partial<Record<CaseNumberFailureCause, number>>;
  typos: number;
  /** parsed ÷ (total − typos) */
  rate: number;
}

export interface CaseNumberScore {
  total: number;
  sources: number;
  byStyle: Record<Style, StyleScore>;
  /** old numbers parsed with a type code no table knows (kept as written) */
  unknownOldTypes: number;
  /** …of which the family could not be told from the code */
  unknownFamily: number;
  flags: Partial<Record<CaseNumberFlag, number>>;
  rejectedExamples: { number: string; cause: CaseNumberFailureCause; reason: string }[];
  sample: SampleScore;
}

export interface SampleRow {
  number: string;
  /** 新 / 旧 / 拒绝:cause */
  style: string;
  year: string;
  court: string;
  typeWritten: string;
  typeCode: string;
  numberText: string;
  sub: string;
  count: string;
  family: string;
  checkedAgainst: string;
}

export function sampleRows(): SampleRow[] {
  return readTsv('sample.tsv').map(([number, style, year, court, typeWritten, typeCode, numberText, sub, count, family, checkedAgainst]) => ({
    number,
    style,
    year,
    court,
    typeWritten,
    typeCode,
    numberText,
    sub,
    count,
    family,
    checkedAgainst,
  }));
}

/** What the parser says of a sample's number, in the sample's columns. */
export function parsedAsSample(number: string): Omit<SampleRow, 'checkedAgainst'> {
  const r = parseCaseNumber(number);
  if (!r.ok) return { number, style: `拒绝:${r.cause}`, year: '', court: '', typeWritten: '', typeCode: '', numberText: '', sub: '', count: '', family: '' };
  const c = r.value;
  return {
    number,
    style: c.legacy ? '旧' : '新',
    year: String(c.year),
    court: c.court.code,
    typeWritten: (c.specialTrial ?? '') + c.typeWritten,
    typeCode: c.typeCode,
    numberText: c.numberText + (c.numberEndText ? '-' + c.numberEndText : ''),
    sub: c.sub === null ? '' : String(c.sub),
    count: String(c.count),
    family: c.type.family,
  };
}

export interface SampleScore {
  rows: number;
  /** rows where any field differs, with the fields */
  differences: { number: string; field: string; expected: string; got: string }[];
}

export function scoreSample(): SampleScore {
  const rows = sampleRows();
  const differences: SampleScore['differences'] = [];
  for (const row of rows) {
    const got = parsedAsSample(row.number);
    for (const field of Object.keys(got) as (keyof typeof got)[]) {
      if (String(got[field]) !== String(row[field] ?? '')) differences.push({ number: row.number, field, expected: String(row[field] ?? ''), got: String(got[field]) });
    }
  }
  return { rows: rows.length, differences };
}

function styleOf(number: string, legacy: boolean | null): Style {
  if (legacy !== null) return legacy ? '旧式' : '新式';
  const year = Number(/\d{4}/.exec(number)?.[0] ?? 0);
  return /字(第|\d)/.test(number) || (year > 0 && year < 2016) ? '旧式' : '新式';
}

export function scoreCaseNumbers(): CaseNumberScore {
  const rows = corpusRows();
  const empty = (): StyleScore => ({ total: 0, parsed: 0, rejected: {}, typos: 0, rate: 0 });
  const byStyle: Record<Style, StyleScore> = { 新式: empty(), 旧式: empty() };
  const flags: Partial<Record<CaseNumberFlag, number>> = {};
  const rejectedExamples: CaseNumberScore['rejectedExamples'] = [];
  let unknownOldTypes = 0;
  let unknownFamily = 0;
  for (const row of rows) {
    const r = parseCaseNumber(row.number);
    const style = byStyle[styleOf(row.number, r.ok ? r.value.legacy : null)];
    style.total++;
    if (r.ok) {
      style.parsed++;
      for (const f of r.value.flags) flags[f] = (flags[f] ?? 0) + 1;
      if (r.value.flags.includes('legacy-unknown-type')) {
        unknownOldTypes++;
        if (r.value.type.family === '未') unknownFamily++;
      }
    } else {
      style.rejected[r.cause] = (style.rejected[r.cause] ?? 0) + 1;
      if (r.cause === 'typo') style.typos++;
      rejectedExamples.push({ number: row.number, cause: r.cause, reason: r.reason });
    }
  }
  for (const s of Object.values(byStyle)) s.rate = s.parsed / Math.max(1, s.total - s.typos);
  return {
    total: rows.length,
    sources: new Set(rows.map((r) => r.source)).size,
    byStyle,
    unknownOldTypes,
    unknownFamily,
    flags,
    rejectedExamples,
    sample: scoreSample(),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The scoreboard as `npm run corpus` prints it. */
export function caseNumberScoreboardText(score: CaseNumberScore = scoreCaseNumbers()): string {
  const lines = ['', `案号语料（test/casenumbers/corpus.tsv）：${score.total} 个真实案号，出自 ${score.sources} 个公开文件或网页`];
  for (const [name, s] of Object.entries(score.byStyle)) {
    const causes = Object.entries(s.rejected)
      .map(([cause, n]) => `${FAILURE_CAUSE_LABELS[cause as CaseNumberFailureCause]} ${n}`)
      .join('，');
    lines.push(`  ${name} ${String(s.total).padStart(4)}  解析 ${String(s.parsed).padStart(4)}（除笔误外 ${pct(s.rate)}）  拒绝 ${s.total - s.parsed}${causes ? `：${causes}` : ''}`);
  }
  lines.push(`  旧式代字不在代字表中（按原文保留）${score.unknownOldTypes} 个，其中大类不明 ${score.unknownFamily} 个`);
  const flagText = Object.entries(score.flags)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .map(([f, n]) => `${f} ${n}`)
    .join('，');
  lines.push(`  标记：${flagText}`);
  for (const e of score.rejectedExamples) lines.push(`    拒绝 ${e.number}  ${e.reason}`);
  lines.push(`  人工核对样本（sample.tsv）：${score.sample.rows} 个，不符 ${score.sample.differences.length} 处`);
  for (const d of score.sample.differences) lines.push(`    ${d.number} ${d.field}: 应为「${d.expected}」，解析为「${d.got}」`);
  return lines.join('\n') + '\n';
}

/** The figures `npm run corpus -- --json` adds to its totals line. */
export function caseNumberScoreboardSummary(score: CaseNumberScore = scoreCaseNumbers()): Record<string, number> {
  return {
    caseNumbers: score.total,
    caseNumbersNewRate: score.byStyle.新式.rate,
    caseNumbersOldRate: score.byStyle.旧式.rate,
    caseNumbersSampleDifferences: score.sample.differences.length,
  };
}
