#!/usr/bin/env node
'use strict';
const path = require('node:path');

let cli;
try {
  cli = require(path.join(__dirname, '..', 'build', 'src', 'cli', 'main.js'));
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND' && String(err.message).includes(path.join('build', 'src', 'cli', 'main.js'))) {
    process.stderr.write('budgetsim: the CLI is not built yet; run "npm run build:cli" (or "npm install") in the budgetsim folder first.\n');
    process.exit(3);
  }
  throw err;
}

cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`budgetsim: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 3;
  },
);
