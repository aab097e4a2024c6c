#!/usr/bin/env node
'use strict';
// Runs a TypeScript script (build helpers, the benchmark) with the project's own TypeScript, transpile-only,
// so scripts need neither a compile step nor another dependency.
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

function compile(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: true,
      jsx: ts.JsxEmit.ReactJSX,
      sourceMap: false,
    },
  });
  module._compile(outputText, filename);
}
require.extensions['.ts'] = compile;
require.extensions['.tsx'] = compile;

const [script, ...rest] = process.argv.slice(2);
if (!script) {
  process.stderr.write('usage: node scripts/run-ts.js SCRIPT.ts [ARG…]\n');
  process.exit(1);
}
process.argv = [process.argv[0], path.resolve(script), ...rest];
require(path.resolve(script));
