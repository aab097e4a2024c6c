/**
 * Every ZX function as a FunctionDef, and the one lookup by id or name: indicators (made from the catalogue's
 * records), then the generic functions (section E), then the case-number functions; each id once.
 */
import { findIndicator, INDICATORS, nameKey } from '../catalog';
import { CASE_FUNCTIONS } from './case-number';
import { GENERIC_FUNCTIONS } from './generic';
import { indicatorFunction } from './indicator';
import type { FunctionDef } from './types';

export { GENERIC_FUNCTIONS };

export const INDICATOR_FUNCTIONS: FunctionDef[] = INDICATORS.map(indicatorFunction);

export const ALL_FUNCTIONS: FunctionDef[] = [...INDICATOR_FUNCTIONS, ...GENERIC_FUNCTIONS, ...CASE_FUNCTIONS];

/** Every ZX function by its id (`FWXS_RATE`), as formulas name them. */
export const FUNCTIONS_BY_ID: ReadonlyMap<string, FunctionDef> = new Map(ALL_FUNCTIONS.map((f) => [f.id, f]));

const FUNCTION_BY_KEY = new Map<string, FunctionDef>();
for (const f of ALL_FUNCTIONS) {
  FUNCTION_BY_KEY.set(nameKey(f.id), f);
  if (!FUNCTION_BY_KEY.has(nameKey(f.name))) FUNCTION_BY_KEY.set(nameKey(f.name), f);
}

/** A ZX function by id (`FWXS_RATE`, `ZX.FWXS_RATE`, any case), Chinese name, or an indicator's alias. */
export function findFunction(idOrName: string): FunctionDef | null {
  const hit = FUNCTION_BY_KEY.get(nameKey(idOrName));
  if (hit) return hit;
  const ind = findIndicator(idOrName);
  return ind ? FUNCTION_BY_KEY.get(nameKey(ind.id)) ?? null : null;
}
