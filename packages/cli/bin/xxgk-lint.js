#!/usr/bin/env node
import { prewarmWorker } from '../dist/batch/prewarm.js';

// the first lint worker loads the linter while this thread does (see prewarm.ts); the language server has its own
if (!process.argv.includes('--lsp')) prewarmWorker();
const { main } = await import('../dist/cli.js');
await main();
