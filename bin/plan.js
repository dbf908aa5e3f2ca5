#!/usr/bin/env node
// The whole program lives in dist/cli.js; this file only hands it the process.
import { run } from '../dist/cli.js';

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
