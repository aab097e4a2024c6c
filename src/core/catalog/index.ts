/**
 * The catalogue — the ground floor of the domain: records and lookups only, no function code.
 * Everything else (the ZX functions of src/core/functions, functions.json, `zhixiao calc`, the recogniser's
 * column mapping, the task pane's lists, docs/functions.md) is generated from or looks up in these lists.
 *
 * - `FIELDS`, `INDICATORS`, `NAMED_RATIOS`, `JAJD_FLOORS` — the records;
 * - `findIndicator`, `findField`, `findNamedRatio` — by id, Chinese name, alias or synonym;
 * - `matchHeader(text)` — the best catalogue candidates for a column header, with a confidence.
 */
import { dropSpaces, foldTraditional, foldWidth } from '../base/text';
import { FIELDS } from './fields';
import { INDICATORS, NAMED_RATIOS } from './indicators';
import { findField, findIndicator, findNamedRatio, nameKey } from './lookup';
import type { Direction, HeaderMatch, IndicatorDef } from './types';

export { FIELDS, INDICATORS, NAMED_RATIOS, findField, findIndicator, findNamedRatio, nameKey };
export { JAJD_FLOORS } from './floors';
export type { NamedRatio } from './indicators';
export { formatFor } from './indicators';

/**
 * The direction of an indicator under a 口径 (a variant id): the variant's own where it sets one (终本率 ÷ 结案:
 * ↓), else the indicator's. The direction belongs to the 口径: GAP, MEETS, ranks and 同比 read it from here or
 * from the preset in use.
 */
export function directionFor(ind: IndicatorDef, variant?: string | null): Direction {
  const v = variant ? ind.variants?.find((x) => x.id === variant) : undefined;
  return v?.direction ?? ind.direction;
}

/**
 * A header as a comparable key: units and points in brackets (`（件）`, `(%)`, `（7.5分）`), a leading
 * number (`1、`, `(3)`), a year (`2018年`) and period words (`本期`, `上年同期`, `当月`) removed, `数目` as `数`;
 * traditional characters fold through nameKey (`結案數` = `结案数`).
 */
export function headerKey(text: string): string {
  let t = foldTraditional(dropSpaces(foldWidth(String(text))));
  t = t.replace(/[(（][^()（）]*(件|天|日|人|元|万元|%|‰|分|个|笔|次|万人|天\/件|比例|千分比|百分比)[)）]$/, '');
  t = t.replace(/^([(（]?\d+[)）.、．]|[一二三四五六七八九十]+[、.．])/, '');
  t = t.replace(/^\d{4}年(度)?/, '').replace(/^其中[:：]?/, '');
  t = t.replace(/^(本期|上年同期|去年同期|同期|本年|今年|上年|累计|当月|本月)/, '').replace(/(本期|上年同期|去年同期|累计)$/, '');
  // a count's suffix spelled long: `结案数目` is `结案数`
  t = t.replace(/数目$/, '数');
  return spellingKey(t);
}

/**
 * A spelling as the catalogue compares it: the case line and the instance in one order (`民事一审` is
 * `一审民事`), and 民商事 as 民事 (civil statistics count commercial cases as civil since 2008), on both
 * sides of a comparison, so the catalogue lists a measure once and courts may write it either way.
 */
function spellingKey(text: string): string {
  return nameKey(text)
    .replace(/民商事/g, '民事')
    .replace(/(民事|刑事|行政|执行|商事)(一审|二审|再审|申诉|申请再审)/g, '$2$1');
}

interface Entry {
  key: string;
  matched: string;
  field: string | null;
  indicator: string | null;
  /** an exact hit on this entry is worth this much (a canonical name 1, a synonym or alias a little less) */
  exact: number;
}

const ENTRIES: Entry[] = [];
for (const f of FIELDS) {
  ENTRIES.push({ key: spellingKey(f.name), matched: f.name, field: f.name, indicator: null, exact: 1 });
  for (const s of f.synonyms) ENTRIES.push({ key: spellingKey(s), matched: s, field: f.name, indicator: null, exact: 0.95 });
}
for (const ind of INDICATORS) {
  ENTRIES.push({ key: spellingKey(ind.name), matched: ind.name, field: null, indicator: ind.id, exact: 1 });
  for (const a of ind.aliases) ENTRIES.push({ key: spellingKey(a), matched: a, field: null, indicator: ind.id, exact: 0.95 });
}
for (const r of NAMED_RATIOS) {
  for (const n of [r.name, ...r.aliases]) ENTRIES.push({ key: spellingKey(n), matched: n, field: null, indicator: 'GK_RATE', exact: n === r.name ? 1 : 0.95 });
}

/**
 * The best catalogue candidates for a header text, best first (at most `limit`): an exact match of a name or
 * synonym (confidence 1 / 0.95), a header that contains a synonym (0.6–0.9 by how much of the header it
 * covers), a header that is part of a synonym (≤ 0.5). Candidates below 0.3 are dropped.
 */
export function matchHeader(text: string, limit = 5): HeaderMatch[] {
  const key = headerKey(text);
  if (key.length < 2) return [];
  const best = new Map<string, HeaderMatch>();
  for (const e of ENTRIES) {
    if (e.key.length < 2) continue;
    let confidence = 0;
    if (e.key === key) confidence = e.exact;
    else if (key.includes(e.key)) confidence = 0.6 + 0.3 * (e.key.length / key.length);
    else if (e.key.includes(key)) confidence = 0.5 * (key.length / e.key.length);
    if (confidence < 0.3) continue;
    const id = e.field ? `f:${e.field}` : `i:${e.indicator}`;
    const prev = best.get(id);
    if (!prev || prev.confidence < confidence) best.set(id, { field: e.field, indicator: e.indicator, confidence: Math.round(confidence * 1000) / 1000, matched: e.matched });
  }
  return [...best.values()].sort((a, b) => b.confidence - a.confidence || b.matched.length - a.matched.length).slice(0, limit);
}
