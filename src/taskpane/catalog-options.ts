/**
 * The searchable list a column is corrected from: every catalogue indicator and field, with the words a
 * user may type (names, aliases, synonyms, the function id).
 */
import type { FieldDef, IndicatorDef } from '../core/catalog/types';
import type { RecognizedColumn } from '../core/recognize/types';

export interface MappingOption {
  key: string;
  kind: 'indicator' | 'field';
  /** the indicator id or the field's name */
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
    role: option.kind,
    field: option.kind === 'field' ? option.id : null,
    indicator: option.kind === 'indicator' ? option.id : null,
    confidence: 1,
    matched,
    guesses: undefined,
  };
}

/** a column the pane offers to correct */
export function needsReview(column: RecognizedColumn): boolean {
  if (column.role === 'serial' || column.role === 'unit') return false;
  return column.role === 'unknown' || column.confidence < 0.7;
}
