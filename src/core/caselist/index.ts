/**
 * Case lists (案件明细): recognition (kind `case-list`), reading the cases, counting them by the 统计口径 and
 * planning the unit-matrix sheet. Entry points: `recognizeCaseList(grid, block?)`, `planAggregate(grid, table,
 * options)` (`runAggregate` also returns the counts), `aggregateChoices(grid, table)` for the task pane.
 */
export { recognizeCaseList, caseListLayout, matchCaseHeader, type CaseListLayout } from '../recognize/case-list';
export { planAggregate, runAggregate, uniqueSheetName, type AggregateOptions, type AggregateRun } from './plan';
export { aggregateCases, CORE_MEASURES, MEASURES, type AggregateResult, type MeasureDef, type UnitBy, type UnitRow } from './aggregate';
export { aggregateChoices, type AggregateChoices, type UnitChoice } from './choices';
export { parsePeriodText, resolvePeriod, periodTitle, type PeriodSpec, type ResolvedPeriod } from './period';
export { readCases, type CaseRecord, type RejectedRow, type ReadResult } from './read';
export { CASE_FIELDS, METHOD_CATEGORIES, PROCEDURE_CATEGORIES, type CaseFieldName, type CaseFieldDef } from '../catalog/case-fields';
export { readDate, readDateText, readFlag, readNumber, serialOf, isoDate } from '../base/case-cells';
