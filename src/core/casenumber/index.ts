/** 案号 (case numbers): the parser, the type-code table (official, replaced, local, old-style) and the courts. The
 * CASE_* ZX functions built on them live on the functions floor (src/core/functions/case-number.ts). */
export * from './parse';
export * from './types-data';
export * from './courts-data';
export * from './code-table';
export { familyOfOldCode, unknownOldType } from './legacy';
