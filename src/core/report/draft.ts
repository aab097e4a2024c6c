/**
 * The 通报 draft as data: the wording's sentences (./wording.ts) filled with the workbook's facts
 * (./facts.ts). A paragraph is a list of runs; a run is text or a figure that remembers its cell, so every
 * number of the draft can be traced to, and checked against, the cell it comes from. The adapters render the
 * draft: a .docx (./docx.ts) on the command line and in the pane, a new sheet in the pane.
 */
import { pushAll } from '../base/arrays';
import { chineseCount } from './format';
import type { Figure, IndicatorFacts, ReportFacts, TableFacts, UnitFacts } from './facts';
import type { ReportWording } from './wording';

export type Run = string | { figure: Figure };

export interface DraftParagraph {
  kind: 'title' | 'salutation' | 'heading' | 'body' | 'caption';
  runs: Run[];
}

export interface DraftTable {
  kind: 'table';
  header: string[];
  /** a unit's name, then its figures (null: no figure) */
  rows: (string | Figure | null)[][];
}

export type DraftBlock = DraftParagraph | DraftTable;

export interface ReportDraft {
  title: string;
  blocks: DraftBlock[];
}

/** the units a ranking needs at least (fewer, and top three and bottom three are the same courts) */
const RANKED_AT_LEAST = 4;
/** how many units a ranking or a list of rises and falls names */
const LISTED = 3;

/** A sentence template with its placeholders filled: a value of runs, or the placeholder kept as written. */
export function fillTemplate(template: string, vars: Record<string, Run[] | string>): Run[] {
  const out: Run[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{(\w+)\}/g)) {
    if (m.index! > last) out.push(template.slice(last, m.index));
    const v = vars[m[1]];
    if (v === undefined) out.push(m[0]);
    else if (typeof v === 'string') out.push(v);
    else pushAll(out, v);
    last = m.index! + m[0].length;
  }
  if (last < template.length) out.push(template.slice(last));
  return out;
}

const fig = (f: Figure): Run => ({ figure: f });

/** the plain text of runs, a figure as its cell shows it */
export function runText(runs: Run[]): string {
  return runs.map((r) => (typeof r === 'string' ? r : r.figure.text)).join('');
}

function joinRuns(parts: Run[][], separator: string): Run[] {
  return parts.flatMap((p, i) => (i ? [separator, ...p] : p));
}

/** the indicators a table's 通报 covers: the assessed ones where a fill wrote verdicts, else every one */
function covered(t: TableFacts): IndicatorFacts[] {
  const assessed = t.indicators.filter((i) => i.assessed);
  return assessed.length ? assessed : t.indicators;
}

function scope(t: TableFacts, w: ReportWording): Run[] {
  const counts = new Map<string, number>();
  for (const u of t.units) {
    const key = u.level && u.level in w.levels ? u.level : 'other';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const parts = [...counts].map(([level, n]) => fillTemplate(w.levels[level as keyof ReportWording['levels']], { count: chineseCount(n) }));
  return fillTemplate(w.scope, { units: joinRuns(parts, w.listSeparator) });
}

function trendOf(u: UnitFacts, w: ReportWording): string {
  const d = u.value!.value - u.last!.value;
  return Math.abs(d) < 1e-12 ? w.trend.flat : d > 0 ? w.trend.up : w.trend.down;
}

function overall(t: TableFacts, w: ReportWording): Run[] | null {
  const sentences = covered(t)
    .filter((i) => i.total?.value)
    .map((i) => {
      const tot = i.total!;
      return tot.last
        ? fillTemplate(w.overallYoy, { indicator: i.name, value: [fig(tot.value!)], last: [fig(tot.last)], trend: trendOf(tot, w) })
        : fillTemplate(w.overall, { indicator: i.name, value: [fig(tot.value!)] });
    });
  return sentences.length ? [...joinRuns(sentences, '；'), '。'] : null;
}

/** the distinct target texts of the units, in order (中院 and 基层 may differ) */
function targetText(i: IndicatorFacts, w: ReportWording): string {
  const texts = [...new Set(i.units.map((u) => u.target).filter((x): x is string => !!x && x !== '-'))];
  return texts.join(w.listSeparator) || '-';
}

function targets(i: IndicatorFacts, w: ReportWording): Run[] | null {
  const met = i.units.filter((u) => u.verdict === '达标');
  const notMet = i.units.filter((u) => u.verdict === '未达标');
  if (!met.length && !notMet.length) return null;
  const skipped = i.units.filter((u) => u.verdict === '不考核');
  const target = targetText(i, w);
  const names = (us: UnitFacts[]) => us.map((u) => u.unit).join(w.listSeparator);
  const said = !notMet.length
    ? fillTemplate(w.targetsAllMet, { indicator: i.name, target, count: chineseCount(met.length) })
    : !met.length
      ? fillTemplate(w.targetsNoneMet, { indicator: i.name, target, units: names(notMet), count: chineseCount(notMet.length) })
      : fillTemplate(w.targetsMixed, {
          indicator: i.name,
          target,
          met: names(met),
          metCount: chineseCount(met.length),
          notMet: names(notMet),
          notMetCount: chineseCount(notMet.length),
        });
  return skipped.length ? [...said, ...fillTemplate(w.targetsSkipped, { units: names(skipped), count: chineseCount(skipped.length) })] : said;
}

function ranking(i: IndicatorFacts, w: ReportWording): Run[] | null {
  if (i.direction === 'none') return null;
  const ranked = i.units.filter((u) => u.value).sort((a, b) => (i.direction === 'up' ? b.value!.value - a.value!.value : a.value!.value - b.value!.value));
  if (ranked.length < RANKED_AT_LEAST) return null;
  const list = (us: UnitFacts[]) => joinRuns(us.map((u) => fillTemplate(w.unitValue, { unit: u.unit, value: [fig(u.value!)] })), w.listSeparator);
  return fillTemplate(w.ranking, { indicator: i.name, top: list(ranked.slice(0, LISTED)), bottom: list(ranked.slice(-LISTED).reverse()) });
}

function changes(i: IndicatorFacts, w: ReportWording): Run[] | null {
  const both = i.units.filter((u) => u.value && u.last);
  if (!both.length) return null;
  const delta = (u: UnitFacts) => u.value!.value - u.last!.value;
  const rises = both.filter((u) => delta(u) > 0).sort((a, b) => delta(b) - delta(a)).slice(0, LISTED);
  const falls = both.filter((u) => delta(u) < 0).sort((a, b) => delta(a) - delta(b)).slice(0, LISTED);
  const list = (us: UnitFacts[]) => joinRuns(us.map((u) => fillTemplate(w.unitChange, { unit: u.unit, last: [fig(u.last!)], value: [fig(u.value!)] })), w.listSeparator);
  const parts = [rises.length ? fillTemplate(w.changesRise, { units: list(rises) }) : [w.noRise], falls.length ? fillTemplate(w.changesFall, { units: list(falls) }) : [w.noFall]];
  return fillTemplate(w.changes, { indicator: i.name, parts: joinRuns(parts, '；') });
}

function figureTable(t: TableFacts): DraftTable {
  const shown = covered(t);
  const rowOf = (label: string, pick: (i: IndicatorFacts) => UnitFacts | null | undefined) => [label, ...shown.map((i) => pick(i)?.value ?? null)];
  const rows = t.units.map((u, k) => rowOf(u.unit, (i) => i.units[k]));
  const total = shown.find((i) => i.total)?.total;
  if (total) rows.push(rowOf(total.unit, (i) => i.total));
  return { kind: 'table', header: ['单位', ...shown.map((i) => i.name)], rows };
}

/** The draft of a 通报 on the facts, in the wording given. */
export function draftReport(facts: ReportFacts, w: ReportWording): ReportDraft {
  if (!facts.tables.length) throw new Error('工作簿中没有带指标列的单位×指标表，无法起草通报（可先运行 fill 补全指标）');
  const first = facts.tables[0];
  const dated = facts.tables.find((t) => t.period || t.year !== null);
  const period = dated ? (dated.period ?? `${dated.year}年`) : '本期';
  const blocks: DraftBlock[] = [];
  const para = (kind: DraftParagraph['kind'], runs: Run[]) => blocks.push({ kind, runs });
  const several = facts.tables.length > 1;
  /** a section: its heading, then per table a part line (when several) and its paragraphs */
  const section = (heading: string, per: (t: TableFacts) => (Run[] | null)[]) => {
    const parts = facts.tables.map((t) => ({ t, paragraphs: per(t).filter((p): p is Run[] => !!p) })).filter((x) => x.paragraphs.length);
    if (!parts.length) return;
    para('heading', [heading]);
    for (const { t, paragraphs } of parts) {
      if (several) para('body', fillTemplate(w.part, { table: t.title }));
      for (const p of paragraphs) para('body', p);
    }
  };

  const title = runText(fillTemplate(w.title, { period }));
  para('title', [title]);
  para('salutation', [w.salutation]);
  para('body', fillTemplate(w.opening, { period, scope: scope(first, w) }));
  section(w.headings.overall, (t) => [overall(t, w)]);
  section(w.headings.targets, (t) => covered(t).map((i) => targets(i, w)));
  section(w.headings.ranking, (t) => covered(t).map((i) => ranking(i, w)));
  section(w.headings.changes, (t) => (t.prior ? covered(t).map((i) => changes(i, w)) : []));
  para('heading', [w.headings.table]);
  for (const t of facts.tables) {
    para('caption', fillTemplate(w.tableCaption, { title: t.title }));
    blocks.push(figureTable(t));
  }
  para('body', [w.closing]);
  return { title, blocks };
}

/** every figure the draft cites, in order (the tests and the summary read them) */
export function draftFigures(d: ReportDraft): Figure[] {
  const out: Figure[] = [];
  for (const b of d.blocks) {
    if (b.kind === 'table') {
      for (const row of b.rows) for (const c of row) if (c && typeof c !== 'string') out.push(c);
    } else {
      for (const r of b.runs) if (typeof r !== 'string') out.push(r.figure);
    }
  }
  return out;
}
