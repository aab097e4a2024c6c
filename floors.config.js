/**
 * The floors of 质效助手, lowest first. A file may import from its own floor's folder and from any floor below
 * it, never from one above, and never from another folder on the same floor (peers stay independent).
 * `eslint-plugin-boundaries` enforces this in `npm run lint` (eslint.config.js); docs/architecture.md draws it.
 */
const FLOORS = [
  { floor: 'base', why: 'cells, values, text, plans as data', parts: { base: ['src/core/base'] } },
  { floor: 'records', why: 'the catalogue and the case-number tables: records and lookups only', parts: { catalog: ['src/core/catalog'], casenumber: ['src/core/casenumber'] } },
  { floor: 'targets', why: 'target texts, directions, gaps', parts: { targets: ['src/core/targets'] } },
  { floor: 'functions', why: 'every ZX function as a FunctionDef, ranges applied once, formulas as expressions', parts: { functions: ['src/core/functions'] } },
  { floor: 'presets', why: 'target and scoring presets (records that name functions)', parts: { presets: ['src/core/presets'] } },
  { floor: 'recognize', why: 'the recognition pipeline: cells → blocks → header → columns → rows → kind → meta', parts: { recognize: ['src/core/recognize'] } },
  { floor: 'checks', why: 'what is done with a recognised table', parts: { verify: ['src/core/verify'], scoring: ['src/core/scoring'], caselist: ['src/core/caselist'] } },
  { floor: 'fill', why: 'edit plans for every fillable kind', parts: { fill: ['src/core/fill'] } },
  { floor: 'kinds', why: 'the table kinds as one record table: how each is recognised, verified, filled, shown', parts: { kinds: ['src/core/kinds'] } },
  { floor: 'books', why: 'many workbooks at once: reports of one template merged into one matrix, series by month, the 通报 draft (they read recognised and filled tables)', parts: { merge: ['src/core/merge'], report: ['src/core/report'] } },
  { floor: 'adapters', why: 'Office.js and the Excel custom-functions runtime', parts: { excel: ['src/excel'], 'custom-functions': ['src/custom-functions'], cli: ['src/cli'] } },
  { floor: 'pane', why: 'the task pane', parts: { taskpane: ['src/taskpane'] } },
  { floor: 'playground', why: 'the task pane on a fake workbook, for development', parts: { playground: ['src/playground'] } },
];

module.exports = { FLOORS };
