// ESLint flat config: eslint's and typescript-eslint's recommended rules, without type information (fast;
// the type checker is `npm run typecheck`). `npm run lint` runs both.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');
const boundaries = require('eslint-plugin-boundaries');
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
    // the two classic hook rules: hooks called unconditionally, effects listing what they read
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
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
