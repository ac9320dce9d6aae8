#!/usr/bin/env node
if (process.argv.includes('--lsp')) {
  // `xxgk-lint --lsp --stdio` (as main() starts it): the language server answers initialize before it loads the CLI or core
  const { startStdio } = await import('@xxgk-lint/language-server/stdio');
  await startStdio();
} else {
  const { looksLikeBatch, prewarmWorker } = await import('../dist/batch/prewarm.js');
  // a batch's first lint worker loads the linter while this thread does (see prewarm.ts); a run of one
  // report is linted in this thread (batch/local-policy.ts) and the language server has its own workers
  if (looksLikeBatch(process.argv.slice(2))) prewarmWorker();
  const { main } = await import('../dist/cli.js');
  await main();
}
