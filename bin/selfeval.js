#!/usr/bin/env node
'use strict';
// Runs the compiled command line (npm run build:cli, also run by `npm install` through "prepare").
const path = require('path');

const entry = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
let cli;
try {
  cli = require(entry);
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes(entry)) {
    process.stderr.write('selfeval: 尚未编译，请先运行 npm run build:cli\n');
    process.exit(2);
  }
  throw error;
}
// A reader that stops early (`selfeval check … | head`) closes the pipe: stop quietly, as other tools do.
process.stdout.on('error', (error) => {
  if (error && error.code === 'EPIPE') process.exit(process.exitCode || 0);
  throw error;
});
cli.runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
