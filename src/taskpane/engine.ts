/**
 * Everything the pane takes from the engine, in one place: the pane stays thin, and a change of an engine
 * entry point is one edit here.
 */
export { recognizeGrid } from '../core/recognize';
export type { VerifyReport, VerifyFinding } from '../core/verify';
export type { FillOptions } from '../core/fill';
export { fillOptionsFor, planFill, verifyTables, TABLE_KINDS, tableKind, type FillOffer } from '../core/kinds';
export { planAggregate, aggregateChoices, type AggregateChoices } from '../core/caselist';
export { FIELDS, INDICATORS, findIndicator } from '../core/catalog';
export { TARGET_PRESETS, SCORING_PRESETS, copyPreset, presetFromJson, validatePreset, type Preset, type TargetPreset, type ScoringPreset } from '../core/presets';
export { parseTarget } from '../core/targets';
