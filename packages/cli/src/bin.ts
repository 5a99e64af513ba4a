#!/usr/bin/env node
import { nodeIo } from './io.js';
import { main } from './main.js';

// `thethuc check … | head` closes the pipe early: that is not a failure of the check.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await main(process.argv.slice(2), nodeIo);
