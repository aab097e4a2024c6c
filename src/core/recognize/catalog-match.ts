/**
 * Header text → catalogue field or indicator, through the catalogue's `matchHeader` (names, synonyms,
 * aliases), so a synonym added to the catalogue is recognised here with no change. Exact spellings win; a
 * header that contains a known spelling (`民一庭结案数`) or is contained in one (`收案`) is a weaker match and
 * is listed with its confidence so the user can confirm it.
 */
import { headerMatchKey } from '../base/text';
import { findField, findIndicator, findNamedRatio, matchHeader } from '../catalog';
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

/** Candidates for one header text, best first (at most `limit`), through the catalogue's `matchHeader`. */
const cache = new Map<string, CatalogMatch[]>();

export function matchCatalog(text: string, limit = 3): CatalogMatch[] {
  const cacheKey = `${limit}\u0000${text}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const result = lookup(text, limit);
  if (cache.size > 5000) cache.clear();
  cache.set(cacheKey, result);
  return result;
}

function lookup(text: string, limit: number): CatalogMatch[] {
  if (!headerMatchKey(text)) return [];
  const out: CatalogMatch[] = [];
  for (const g of matchHeader(text, limit)) {
    const field = g.field ? findField(g.field) : null;
    const indicator = g.indicator ? findIndicator(g.indicator) : null;
    if (!field && !indicator) continue;
    const named = g.indicator === 'GK_RATE' ? findNamedRatio(g.matched) : null;
    out.push({
      field,
      indicator,
      indicatorId: g.indicator,
      name: field ? field.name : named ? named.name : indicator!.name,
      confidence: Math.round(g.confidence * 100) / 100,
      matched: g.matched,
      valueKind: field ? field.valueKind : indicatorKind(indicator!),
    });
  }
  return out;
}

/** An indicator named in a row label (indicator lists, transposed target tables), or null. */
export function indicatorByName(text: string): CatalogMatch | null {
  const best = matchCatalog(text, 1)[0];
  return best && best.indicatorId && best.confidence >= 0.6 ? best : null;
}
