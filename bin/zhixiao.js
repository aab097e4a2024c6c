#!/usr/bin/env node
'use strict';
// The compiled command line lives in lib/ (built by `npm run build:cli`, which `npm ci` runs via `prepare`).
let main;
try {
  main = require('../lib/cli/main.js');
} catch (e) {
  process.stderr.write('错误：命令行尚未编译，请先运行 npm run build:cli\n');
  process.exit(1);
}
main.run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
