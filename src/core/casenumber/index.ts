/** 案号 (case numbers): the parser, the type-code whitelist and the ZX functions built on them. */
export * from './parse';
export * from './types-data';
export * from './courts-data';
export { CASE_FUNCTIONS } from './functions';
