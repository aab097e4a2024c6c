/**
 * Many workbooks at once: reports of one template from several courts read as sources (./source.ts), checked
 * for one template (./template.ts) and merged into one unit matrix (./matrix.ts), or, month by month, into a
 * month × court table per indicator with 环比, 同比 and a line chart (./series.ts).
 */
export { readReport, reportingUnitOf, type ReportSource, type CourtRow, type ReportColumn } from './source';
export { checkTemplate, differenceLine, type TemplateCheck } from './template';
export { planSeries, monthOf, type Month, type SeriesResult } from './series';
export { planMerge, MERGE_SHEET, type MergeOptions, type MergeResult, type MergedCourt } from './matrix';
