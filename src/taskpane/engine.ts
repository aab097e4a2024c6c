/**
 * Everything the pane takes from the engine, in one place: the pane stays thin, and a change of an engine
 * entry point is one edit here.
 */
export { recognizeGrid } from '../core/layout';
export { verifyTables } from '../core/verify';
export { fillOptionsFor, planFill } from '../core/fill';
export { planAggregate } from '../core/caselist';
export { FIELDS, INDICATORS, findIndicator } from '../core/catalog';
export { TARGET_PRESETS, SCORING_PRESETS, copyPreset, presetFromJson, validateTargetPreset, validateScoringPreset } from '../core/presets';
export { parseTarget } from '../core/targets';
