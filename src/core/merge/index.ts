/**
 * Many workbooks at once: reports of one template from several courts read as sources (./source.ts), checked
 * for one template (./template.ts) and merged into one unit matrix (./matrix.ts).
 */
export { readReport, reportingUnitOf, type ReportSource, type CourtRow, type ReportColumn } from './source';
export { checkTemplate, differenceLine, type TemplateCheck } from './template';
export { planMerge, MERGE_SHEET, type MergeOptions, type MergeResult, type MergedCourt } from './matrix';
