// ESLint flat config: eslint's and typescript-eslint's recommended rules, without type information (fast;
// the type checker is `npm run typecheck`). `npm run lint` runs both.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');
const boundaries = require('eslint-plugin-boundaries');
const officeAddins = require('eslint-plugin-office-addins');
const { FLOORS } = require('./floors.config');

// one element per part of a floor; a part may use its own files and every part of the floors below it
const elements = FLOORS.flatMap(({ parts }) => Object.entries(parts).map(([type, pattern]) => ({ type, pattern })));
const floorPolicies = FLOORS.flatMap(({ parts }, level) => {
  const below = FLOORS.slice(0, level).flatMap((f) => Object.keys(f.parts));
  return Object.keys(parts).map((type) => ({ from: { element: { type } }, allow: { to: { element: { types: { anyOf: [type, ...below] } } } } }));
});

/** the CommonJS globals of Node's .js files (config files, scripts/run-ts.js, the jest reporter) */
const nodeGlobals = Object.fromEntries(
  ['require', 'module', 'exports', '__dirname', '__filename', 'process', 'console', 'Buffer', 'setTimeout', 'clearTimeout', 'URL'].map(
    (name) => [name, 'readonly'],
  ),
);

/**
 * No array spread into a call's arguments where the array can be as long as the data: `Math.max(...xs)`,
 * `xs.push(...ys)` pass every element as an argument and throw a RangeError past about 100,000 of them (a whole
 * column is 1,048,576 rows). src/core/base/arrays.ts has maxOf, minOf, pushAll, unshiftAll instead.
 */
const SPREAD_ARGUMENTS = [
  {
    selector: "CallExpression[callee.object.name='Math'][callee.property.name=/^(max|min)$/] > SpreadElement",
    message: 'Math.max(...xs) / Math.min(...xs) 在整列数据上会抛出 RangeError：用 src/core/base/arrays.ts 的 maxOf / minOf',
  },
  {
    selector: 'CallExpression[callee.property.name=/^(push|unshift|splice)$/] > SpreadElement',
    message: 'push(...xs) / unshift(...xs) 在整列数据上会抛出 RangeError：用 src/core/base/arrays.ts 的 pushAll / unshiftAll',
  },
  {
    selector: "CallExpression[callee.object.name='String'][callee.property.name=/^(fromCharCode|fromCodePoint)$/] > SpreadElement",
    message: 'String.fromCharCode(...xs) 在长数组上会抛出 RangeError：逐段转换',
  },
];

module.exports = tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', 'coverage/**', 'out/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      // `_name` marks a parameter a signature requires but the body does not use
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // the engine and its shells take whole columns: no data-sized spread into arguments
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: { 'no-restricted-syntax': ['error', ...SPREAD_ARGUMENTS] },
  },
  {
    // the two classic hook rules: hooks called unconditionally, effects listing what they read
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // Microsoft's Office.js rules (eslint-plugin-office-addins), on the code that calls Office.js, as the plugin's
    // `recommended` config sets them (without that config's prettier and parser): load before read, sync after
    // load and before read, no sync in a loop, isNullObject rather than === null, no navigational or empty load,
    // no Office.initialize. Tests are left out: they break these rules on purpose to check the fake host.
    files: ['src/excel/**/*.ts', 'src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx', 'src/custom-functions/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'warn',
      'office-addins/no-empty-load': 'warn',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-office-initialize': 'warn',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    // where the rules misread correct code (checked by hand, 2026-11):
    // - store.ts loads `items/id` and then reads `items.length` (a loaded collection), and reads `.value` of a
    //   ClientResult from getXml() after a sync (ClientResults are not loaded): load-object-before-read flags both;
    // - adapter.ts syncs in a loop on purpose: it reads large ranges in chunks under the ~5 MB payload limit and
    //   splits a chunk Excel refuses (one sync per chunk is the point).
    files: ['src/excel/store.ts'],
    rules: { 'office-addins/load-object-before-read': 'off' },
  },
  {
    files: ['src/excel/adapter.ts'],
    rules: { 'office-addins/no-context-sync-in-loop': 'off' },
  },
  {
    // the floors: nothing imports upward (floors.config.js)
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/include': ['src/**/*'],
      'import/resolver': { typescript: { alwaysTryTypes: true, project: './tsconfig.json' }, node: true },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies: floorPolicies }],
      'boundaries/no-unknown-files': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: nodeGlobals },
    rules: {
      // .js files here are Node CommonJS: config files, build helpers
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);

module.exports.SPREAD_ARGUMENTS = SPREAD_ARGUMENTS;
