/**
 * Finding catalogue records by what people type: an id (`FWXS_RATE`, `zx.fwxs_rate`), a Chinese name, an
 * alias, a named ratio of GK_RATE (`电子送达率`), a field name or a header synonym. Spelling differences that
 * carry no meaning are ignored: full/half width, spaces, quotes, the hyphen of 案-件比, brackets.
 */
import { nameKey } from '../base/text';
import { FIELDS } from './fields';
import { INDICATORS, NAMED_RATIOS, type NamedRatio } from './indicators';
import type { FieldDef, IndicatorDef } from './types';

export { nameKey };

const INDICATOR_KEYS = new Map<string, IndicatorDef>();
const RATIO_KEYS = new Map<string, NamedRatio>();
for (const ind of INDICATORS) {
  for (const n of [ind.id, ind.name, ...ind.aliases]) if (!INDICATOR_KEYS.has(nameKey(n))) INDICATOR_KEYS.set(nameKey(n), ind);
}
for (const r of NAMED_RATIOS) for (const n of [r.name, ...r.aliases]) RATIO_KEYS.set(nameKey(n), r);

const FIELD_KEYS = new Map<string, FieldDef>();
for (const f of FIELDS) for (const n of [f.name, ...f.synonyms]) if (!FIELD_KEYS.has(nameKey(n))) FIELD_KEYS.set(nameKey(n), f);

/** An indicator by id, Chinese name or alias (`ZX.` prefix allowed); a named ratio gives GK_RATE. */
export function findIndicator(idOrNameOrAlias: string): IndicatorDef | null {
  const key = nameKey(idOrNameOrAlias);
  if (!key) return null;
  const hit = INDICATOR_KEYS.get(key);
  if (hit) return hit;
  if (RATIO_KEYS.has(key)) return INDICATORS.find((i) => i.id === 'GK_RATE') ?? null;
  return null;
}

/** The named ratio of GK_RATE (电子送达率 …) by its name or alias. */
export function findNamedRatio(nameOrAlias: string): NamedRatio | null {
  return RATIO_KEYS.get(nameKey(nameOrAlias)) ?? null;
}

/** A field by its name or a header synonym. */
export function findField(nameOrSynonym: string): FieldDef | null {
  return FIELD_KEYS.get(nameKey(nameOrSynonym)) ?? null;
}
