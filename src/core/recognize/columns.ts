/**
 * The columns stage (after ./rows.ts: value kinds are read on the unit rows). The label columns keep their
 * roles; every other column is matched to the catalogue (./catalog-match.ts) on its header path with period
 * words off, its value kind taken from the catalogue or from its values (./column-stats.ts). What a column
 * means given its neighbours is settled next (./column-fields.ts).
 */
import { columnLetter } from '../base/grid';
import { matchCatalog, type CatalogMatch } from './catalog-match';
import { columnStats, inferredKind, isTargetColumn, type ColumnStats } from './column-stats';
import { CONFIDENCE, LIMIT, THRESHOLD } from './confidence';
import type { PeriodSplit, TableHeader } from './header';
import type { LabelColumns } from './labels';
import { roundConf, type ColumnModel, type Context, type RowModel } from './model';
import type { ColumnGuess, ColumnRole, ValueKind } from './types';
import { ACTUAL_HEADERS, KIND_HEADER_WORDS, MEETS_HEADERS, REMARK_HEADERS, ROLE_HEADERS, ROW_TOTAL_HEADER, SCORE_POINTS, SHARE_HEADERS } from './vocabulary';
import { pushAll } from '../base/arrays';
import { foldTraditional } from '../base/text';

/** Every column of the table: the label columns as found, every other column matched to the catalogue. */
export function readColumns(ctx: Context, table: TableHeader, labels: LabelColumns, rows: RowModel[]): ColumnModel[] {
  const { grid, classes, o } = ctx;
  const { left, right, paths, periods, tableRows, body } = table;
  const { serialCol, unitCol, unitMatched } = labels;
  const columns: ColumnModel[] = [];
  // value kinds are read on the units' rows (a total or a heading row is not typical)
  const unitRows = rows.filter((x) => x.role === 'unit').map((x) => x.r);
  for (let c = left; c <= right; c++) {
    const header = paths[c - left];
    const column = columnLetter(grid.origin.col + c);
    // a blank spacer column (no header, no values) is not a column of the table
    if (!header.length && tableRows.every((r) => !o.isOccupied(r, c))) continue;
    if (c === serialCol) {
      columns.push({ c, column, header, role: 'serial', field: null, indicator: null, period: null, valueKind: 'count', confidence: header.length ? CONFIDENCE.namedByHeader : CONFIDENCE.labelByValues, matched: header.length ? header.join('') : '1, 2, 3…' });
    } else if (c === unitCol) {
      columns.push({ c, column, header, role: 'unit', field: null, indicator: null, period: null, valueKind: 'text', confidence: unitMatched ? CONFIDENCE.namedByHeader : CONFIDENCE.labelByValues, matched: unitMatched ?? '单位名称' });
    } else if (labels.groupCols.includes(c)) {
      // a coarser label (the 庭室 of each 承办法官): a label column too, not a figure
      columns.push({ c, column, header, role: 'unit', field: null, indicator: null, period: null, valueKind: 'text', confidence: CONFIDENCE.groupLabelColumn, matched: header[header.length - 1] ?? null });
    } else {
      columns.push(recognizeColumn(c, column, header, periods[c - left], columnStats(grid, classes, c, unitRows.length ? unitRows : body)));
    }
  }
  return columns;
}

/**
 * One figure column: a role the vocabulary's header words give (目标, 得分, 排名 …), else its header path
 * (period words off) matched to the catalogue, the closest of its spellings winning; unsure or unknown
 * columns carry guesses.
 */
function recognizeColumn(c: number, column: string, shown: string[], split: PeriodSplit, stats: ColumnStats): ColumnModel {
  const { period, points } = split;
  // the header words are tested in simplified characters (目標 is 目标: Hong Kong, Macao and Taiwan publish
  // in traditional ones); the column keeps its header as published
  const header = shown.map(foldTraditional);
  const measure = split.measure.map(foldTraditional);
  const leaf = measure[measure.length - 1] ?? '';
  const joined = measure.join('');
  const fullHeader = header.join('');
  const base = { c, column, header: shown, period };
  const targetValues = isTargetColumn(stats);

  // header words of columns that are not catalogue figures
  for (const rh of ROLE_HEADERS) {
    // the most specific header element that says it: the leaf before its group
    const hit = [...header].reverse().find((h) => rh.patterns.some((re) => re.test(h)));
    if (!hit) continue;
    if (rh.role === 'target') {
      // a target column: its values are targets (≧90%) or target counts (a control table's 目标 −7)
      const m = bestMatch([joined.replace(/目标值?|上限|控制/g, ''), leaf]);
      // an empty target column (to be filled) takes the kind its header implies: counts unless it names a rate
      const inferred = inferredKind(stats, fullHeader);
      const kind: ValueKind = targetValues ? 'target' : stats.nonEmpty === 0 ? (/率|比|度|%/.test(fullHeader) ? 'target' : 'count') : inferred === 'text' ? 'target' : inferred;
      return { ...base, role: 'target', field: m.best && m.best.confidence >= THRESHOLD.accept && m.best.field ? m.best.field.name : null, indicator: m.best && m.best.confidence >= THRESHOLD.accept ? m.best.indicatorId : null, valueKind: kind, confidence: CONFIDENCE.headerWord, matched: hit };
    }
    if (rh.role === 'score' && /排名|名次/.test(fullHeader)) continue;
    if (rh.role === 'score') {
      // `一审服判息诉率（6分）` scores an indicator: say which
      const item = leaf.replace(SCORE_POINTS, '');
      const m = item !== leaf && item ? bestMatch([item]).best : null;
      const known = m && m.confidence >= THRESHOLD.accept ? m : null;
      return { ...base, role: 'score', field: known?.field ? known.field.name : null, indicator: known ? known.indicatorId : null, valueKind: 'score', confidence: CONFIDENCE.headerWord, matched: hit };
    }
    const kind: ValueKind = rh.role === 'gap' ? (stats.counts.percent > 0 ? 'rate' : inferredKind(stats, fullHeader) === 'text' ? 'ratio' : inferredKind(stats, fullHeader)) : rh.valueKind;
    return { ...base, role: rh.role, field: null, indicator: null, valueKind: kind, confidence: CONFIDENCE.headerWord, matched: hit };
  }
  if (REMARK_HEADERS.test(leaf) && inferredKind(stats, fullHeader) === 'text') {
    return { ...base, role: 'unknown', field: null, indicator: null, valueKind: 'text', confidence: CONFIDENCE.headerWord, matched: leaf };
  }
  if (MEETS_HEADERS.some((re) => re.test(leaf))) {
    return { ...base, role: 'unknown', field: null, indicator: 'MEETS', valueKind: 'text', confidence: CONFIDENCE.headerWord, matched: leaf };
  }
  if (ACTUAL_HEADERS.some((re) => re.test(leaf))) {
    return { ...base, role: 'indicator', field: null, indicator: null, valueKind: inferredKind(stats, fullHeader), confidence: CONFIDENCE.actualColumn, matched: leaf };
  }

  // a share of a whole names a count it is not (`占民事一审新收比例` is no 新收数): a figure the catalogue lacks
  if (SHARE_HEADERS.test(leaf.replace(/[(（][^()（）]*[)）]$/, ''))) {
    return { ...base, role: 'unknown', field: null, indicator: null, valueKind: inferredKind(stats, fullHeader) === 'count' ? 'rate' : inferredKind(stats, fullHeader), confidence: CONFIDENCE.unknownColumn, matched: null };
  }
  // a row-total column (`2018年合计`, `合计`): its parts are the count columns before it (verify checks them)
  if (ROW_TOTAL_HEADER.test(leaf) && matchCatalog(joined, 1)[0]?.confidence !== THRESHOLD.catalogName && matchCatalog(joined, 1)[0]?.confidence !== THRESHOLD.catalogSynonym) {
    return { ...base, role: 'field', field: null, indicator: null, valueKind: 'count', confidence: CONFIDENCE.rowTotalColumn, matched: leaf };
  }

  if (period && measure.length === 0) {
    // `本期`, `上年同期`, `同比` alone: the measure is the row's (a table with measures as rows)
    return { ...base, role: 'field', field: null, indicator: null, valueKind: inferredKind(stats, fullHeader), confidence: CONFIDENCE.periodOnlyColumn, matched: shown[shown.length - 1] };
  }
  const candidates = [joined, measure.slice(-2).join(''), leaf, ...measure.slice(0, -1)];
  const { best, guesses, text } = bestMatch(Array.from(new Set(candidates)));
  const inferred = inferredKind(stats, fullHeader);
  // a near miss that reads money (`申请执行标的`) as a count of cases (申请执行数) is no match
  const moneyAsCount = best !== null && best.confidence < THRESHOLD.exactMatch && best.valueKind === 'count' && KIND_HEADER_WORDS.amount.test(fullHeader);
  if (best && best.confidence >= THRESHOLD.accept && !moneyAsCount) {
    let valueKind: ValueKind = targetValues ? 'target' : best.valueKind;
    // a 同比 column of a count is a percent change; of a rate, a change in points (kept as the rate's kind)
    if (period === '同比' || period === '环比') valueKind = best.valueKind === 'count' || best.valueKind === 'amount' ? 'rate' : points ? 'ratio' : best.valueKind;
    const role: ColumnRole = targetValues ? 'target' : best.field ? 'field' : 'indicator';
    const col: ColumnModel = {
      ...base,
      role,
      field: best.field ? best.field.name : null,
      indicator: best.indicatorId,
      valueKind,
      confidence: roundConf(best.confidence * (text === joined || text === leaf ? 1 : CONFIDENCE.partialPathFactor)),
      matched: best.matched,
    };
    if (best.confidence < THRESHOLD.exactMatch && guesses.length > 1) col.guesses = guesses.map(toGuess);
    return col;
  }
  return {
    ...base,
    role: 'unknown',
    field: null,
    indicator: null,
    valueKind: inferred,
    confidence: CONFIDENCE.unknownColumn,
    matched: null,
    guesses: guesses.map(toGuess),
  };
}

/** The best catalogue match over several spellings of one header, and the best few candidates of all. */
function bestMatch(candidates: string[]): { best: CatalogMatch | null; guesses: CatalogMatch[]; text: string } {
  let best: CatalogMatch | null = null;
  let text = '';
  const all: CatalogMatch[] = [];
  for (const cand of candidates) {
    if (!cand) continue;
    const ms = matchCatalog(cand, LIMIT.guesses);
    pushAll(all, ms);
    if (ms[0] && (!best || ms[0].confidence > best.confidence + THRESHOLD.matchTie)) {
      best = ms[0];
      text = cand;
    }
  }
  const seen = new Set<string>();
  const guesses = all
    .sort((a, b) => b.confidence - a.confidence)
    .filter((g) => {
      const k = `${g.name}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .slice(0, LIMIT.guesses);
  return { best, guesses, text };
}

/** a catalogue match as the contract shows a guess */
function toGuess(m: CatalogMatch): ColumnGuess {
  return { field: m.field ? m.field.name : null, indicator: m.indicatorId, confidence: m.confidence, matched: m.matched };
}
