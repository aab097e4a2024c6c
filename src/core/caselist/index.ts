/**
 * Case lists (案件明细): recognition (kind `case-list`), reading the cases, counting them by the 统计口径 and
 * planning the unit-matrix sheet. Entry points: `recognizeCaseList(grid, block?)`, `planAggregate(grid, table,
 * options)` (`runAggregate` also returns the counts), `aggregateChoices(grid, table)` for the task pane.
 */
export { recognizeCaseList, caseListLayout, matchCaseHeader, type CaseListLayout } from '../recognize/case-list';
export { aggregateRead, planAggregate, runAggregate, scopeReason, unknownFamilyReason, uniqueSheetName, type AggregateOptions, type AggregateRun } from './plan';
export { aggregateCases, CORE_MEASURES, MEASURES, type AggregateResult, type MeasureDef, type UnitBy, type UnitRow } from './aggregate';
export { aggregateChoices, choicesOf, dateSpan, type AggregateChoices, type UnitChoice } from './choices';
export { parsePeriodText, resolvePeriod, periodTitle, type PeriodSpec, type ResolvedPeriod } from './period';
export { CaseReader, LISTED_ROWS, readCases, type CaseRecord, type ReadOptions, type RejectedRow, type ReadResult } from './read';
export { CaseStore } from './store';
export { CASE_FIELDS, METHOD_CATEGORIES, PROCEDURE_CATEGORIES, type CaseFieldName, type CaseFieldDef } from '../catalog/case-fields';
export { readDate, readDateText, readFlag, readNumber, serialOf, isoDate } from '../base/case-cells';
