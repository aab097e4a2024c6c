/**
 * The 通报 draft: a workbook's facts (./facts.ts) in a wording preset (./wording.ts) → a draft of paragraphs
 * whose figures remember their cells (./draft.ts) → a .docx (./docx.ts).
 */
export { readFacts, type Figure, type ReportFacts, type TableFacts, type IndicatorFacts, type UnitFacts } from './facts';
export { draftReport, draftFigures, fillTemplate, runText, type ReportDraft, type DraftBlock, type DraftParagraph, type DraftTable, type Run } from './draft';
export { MONTHLY_WORDING, REPORT_WORDINGS, wordingFromJson, type ReportWording } from './wording';
export { displayNumber, chineseCount } from './format';
export { draftDocument, draftDocx } from './docx';
export { draftSheetPlan } from './sheet';
