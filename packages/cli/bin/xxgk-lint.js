#!/usr/bin/env node
import { looksLikeBatch, prewarmWorker } from '../dist/batch/prewarm.js';

// a batch's first lint worker loads the linter while this thread does (see prewarm.ts); a run of one
// report is linted in this thread (batch/local-policy.ts) and the language server has its own workers
if (looksLikeBatch(process.argv.slice(2))) prewarmWorker();
const { main } = await import('../dist/cli.js');
await main();
