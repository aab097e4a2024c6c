/**
 * Everything the pane takes from the engine, in one place: the pane stays thin, and a change of an engine
 * entry point is one edit here.
 */
export { recognizeGrid } from '../core/recognize';
export { verifyTables, type VerifyReport, type VerifyFinding } from '../core/verify';
export { fillOptionsFor, planFill, type FillOffer, type FillOptions } from '../core/fill';
export { planAggregate, aggregateChoices, type AggregateChoices } from '../core/caselist';
export { FIELDS, INDICATORS, findIndicator } from '../core/catalog';
export { TARGET_PRESETS, SCORING_PRESETS, copyPreset, presetFromJson, validatePreset, type Preset, type TargetPreset, type ScoringPreset } from '../core/presets';
export { parseTarget } from '../core/targets';
