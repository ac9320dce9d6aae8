// The entry of the one-file CLI (scripts/bundle-cli.mjs → packages/cli/dist/xxgk-lint.mjs): the same
// file is the lint workers' script, so a thread that is not the main one is a lint worker.
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  const { looksLikeBatch, prewarmWorker } = await import('../dist/batch/prewarm.js');
  if (looksLikeBatch(process.argv.slice(2))) prewarmWorker();
  const { main } = await import('../dist/cli.js');
  await main();
} else {
  await import('../dist/batch/worker.js');
}
