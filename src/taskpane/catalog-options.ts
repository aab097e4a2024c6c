/**
 * The searchable list a column is corrected from: every catalogue indicator and field, with the words a
 * user may type (names, aliases, synonyms, the function id).
 */
import type { FieldDef, IndicatorDef } from '../core/catalog/types';
import type { ColumnRole, RecognizedColumn } from '../core/recognize/types';

export interface MappingOption {
  key: string;
  kind: 'indicator' | 'field' | 'role';
  /** the indicator id, the field's name, or a column role (序号, 单位, 目标 … or `unknown`: not used) */
  id: string;
  label: string;
  words: string[];
}

export function mappingOptions(indicators: IndicatorDef[], fields: FieldDef[]): MappingOption[] {
  return [
    ...indicators.map((i) => ({ key: `i:${i.id}`, kind: 'indicator' as const, id: i.id, label: `${i.name}（ZX.${i.id}）`, words: [i.name, i.id, ...i.aliases] })),
    ...fields.map((f) => ({ key: `f:${f.name}`, kind: 'field' as const, id: f.name, label: f.name, words: [f.name, ...f.synonyms] })),
  ];
}

/** the roles a column can be given besides a catalogue indicator or field: `unknown` is "not used" */
export const COLUMN_ROLES: ColumnRole[] = ['unit', 'serial', 'target', 'gap', 'rank', 'score', 'unknown'];

/** the role options, labelled in the pane's language (`label(role)`), searchable by their label */
export function roleOptions(label: (role: ColumnRole) => string): MappingOption[] {
  return COLUMN_ROLES.map((role) => ({ key: `r:${role}`, kind: 'role' as const, id: role, label: label(role), words: [label(role), role] }));
}

/** Options whose words contain the query (case-insensitive); all when the query is empty. At most `limit`. */
export function searchOptions(options: MappingOption[], query: string, limit = 30): MappingOption[] {
  const q = query.trim().toLowerCase();
  if (!q) return options.slice(0, limit);
  const hits = options.filter((o) => o.words.some((w) => w.toLowerCase().includes(q)));
  // exact name first, then shorter labels (a more specific match)
  hits.sort((a, b) => Number(b.words[0].toLowerCase() === q) - Number(a.words[0].toLowerCase() === q) || a.label.length - b.label.length);
  return hits.slice(0, limit);
}

/** The column as the user corrected it: mapped with full confidence, saying who decided. */
export function correctedColumn(column: RecognizedColumn, option: MappingOption, matched: string): RecognizedColumn {
  return {
    ...column,
    role: option.kind === 'role' ? (option.id as ColumnRole) : option.kind,
    field: option.kind === 'field' ? option.id : null,
    indicator: option.kind === 'indicator' ? option.id : null,
    confidence: 1,
    matched,
    guesses: undefined,
  };
}

/** a column the recogniser is unsure of: its correction box is open from the start (every column can be corrected) */
export function needsReview(column: RecognizedColumn): boolean {
  if (column.role === 'serial' || column.role === 'unit') return false;
  return column.role === 'unknown' || column.confidence < 0.7;
}
