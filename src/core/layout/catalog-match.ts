/**
 * Header text → catalogue field or indicator, on the catalogue's own records (names, synonyms, aliases), so
 * a synonym added to the catalogue is recognised here with no change. Exact spellings win; a header that
 * contains a known spelling (`民一庭结案数`) or is contained in one (`收案`) is a weaker match and is listed
 * with its confidence so the user can confirm it.
 */
import { FIELDS } from '../catalog/fields';
import { INDICATORS, NAMED_RATIOS } from '../catalog/indicators';
import type { FieldDef, IndicatorDef } from '../catalog/types';
import type { ValueKind } from './types';

export interface CatalogMatch {
  field: FieldDef | null;
  indicator: IndicatorDef | null;
  /** the function name for a named ratio (GK_RATE) when `indicator` is the generic one */
  indicatorId: string | null;
  /** the Chinese name of what matched (the field's or the indicator's) */
  name: string;
  confidence: number;
  /** the spelling that matched */
  matched: string;
  valueKind: ValueKind;
}

/** Punctuation that varies between spellings of one name: 、 - — “ ” " ' · and spaces. */
export function matchKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\((天|件|%|‰|个|人|元|万元|日|次|个百分点|百分点|千分比|比例)\)/g, '')
    .replace(/[、,，\-—－–“”"'‘’·.。:：;；]/g, '');
}

interface Entry {
  key: string;
  spelling: string;
  field: FieldDef | null;
  indicator: IndicatorDef | null;
  indicatorId: string | null;
  name: string;
  /** the canonical name itself, rather than a synonym */
  canonical: boolean;
}

function indicatorKind(def: IndicatorDef): ValueKind {
  switch (def.unit) {
    case 'rate':
      return 'rate';
    case 'permille':
      return 'permille';
    case 'days':
      return 'days';
    case 'count':
      return 'count';
    default:
      return 'ratio';
  }
}

let entries: Entry[] | null = null;
let byKey: Map<string, Entry> | null = null;

function build(): Entry[] {
  if (entries) return entries;
  const list: Entry[] = [];
  const add = (spelling: string, e: Omit<Entry, 'key' | 'spelling'>) => {
    const key = matchKey(spelling);
    if (key) list.push({ key, spelling, ...e });
  };
  for (const f of FIELDS) {
    add(f.name, { field: f, indicator: null, indicatorId: null, name: f.name, canonical: true });
    for (const s of f.synonyms) add(s, { field: f, indicator: null, indicatorId: null, name: f.name, canonical: false });
  }
  for (const d of INDICATORS) {
    add(d.name, { field: null, indicator: d, indicatorId: d.id, name: d.name, canonical: true });
    for (const s of d.aliases) add(s, { field: null, indicator: d, indicatorId: d.id, name: d.name, canonical: false });
  }
  const gk = INDICATORS.find((d) => d.id === 'GK_RATE') ?? null;
  for (const r of NAMED_RATIOS) {
    add(r.name, { field: null, indicator: gk, indicatorId: 'GK_RATE', name: r.name, canonical: true });
    for (const s of r.aliases) add(s, { field: null, indicator: gk, indicatorId: 'GK_RATE', name: r.name, canonical: false });
  }
  // longest spellings first: a header containing two spellings is taken by the more specific one
  list.sort((a, b) => b.key.length - a.key.length);
  entries = list;
  byKey = new Map();
  for (const e of list) if (!byKey.has(e.key) || e.canonical) byKey.set(e.key, e);
  return list;
}

function toMatch(e: Entry, confidence: number): CatalogMatch {
  return {
    field: e.field,
    indicator: e.indicator,
    indicatorId: e.indicatorId,
    name: e.name,
    confidence: Math.round(confidence * 100) / 100,
    matched: e.spelling,
    valueKind: e.field ? e.field.valueKind : e.indicator ? indicatorKind(e.indicator) : 'rate',
  };
}

/** Candidates for one header text, best first (at most `limit`). */
export function matchCatalog(text: string, limit = 3): CatalogMatch[] {
  const list = build();
  const key = matchKey(text);
  if (!key) return [];
  const exact = byKey!.get(key);
  if (exact) return [toMatch(exact, exact.canonical ? 1 : 0.95)];
  const out: CatalogMatch[] = [];
  const seen = new Set<string>();
  for (const e of list) {
    const id = e.field ? `f:${e.field.name}` : `i:${e.indicatorId}:${e.name}`;
    if (seen.has(id)) continue;
    let conf = 0;
    if (e.key.length >= 2 && key.includes(e.key)) {
      // the header says more than the spelling: 诉讼结案率 ⊃ 结案率
      conf = 0.5 + 0.4 * (e.key.length / key.length);
    } else if (key.length >= 2 && e.key.includes(key)) {
      // the header is a shortening of a spelling: 收结比 ⊂ …
      conf = 0.35 + 0.3 * (key.length / e.key.length);
    }
    if (conf > 0) {
      seen.add(id);
      out.push(toMatch(e, conf));
    }
  }
  out.sort((a, b) => b.confidence - a.confidence);
  return out.slice(0, limit);
}

/** An indicator named in a row label (indicator lists, transposed target tables), or null. */
export function indicatorByName(text: string): CatalogMatch | null {
  const best = matchCatalog(text, 1)[0];
  return best && best.indicatorId && best.confidence >= 0.6 ? best : null;
}
