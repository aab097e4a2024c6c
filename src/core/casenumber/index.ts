/** 案号 (case numbers): the parser, the type-code whitelist and the courts. The CASE_* ZX functions built on
 * them live on the functions floor (src/core/functions/case-number.ts). */
export * from './parse';
export * from './types-data';
export * from './courts-data';
