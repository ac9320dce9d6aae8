// The entry of the one-file CLI (scripts/bundle-cli.mjs → packages/cli/dist/xxgk-lint.mjs): the same
// file is the lint workers' script, so a thread that is not the main one is a lint worker. Bundled as a
// classic script (run by the file's loader through vm.Script with a V8 code cache), hence no top-level await.
import { isMainThread } from 'node:worker_threads';

async function start() {
  if (isMainThread) {
    const { main } = await import('../dist/cli.js');
    await main();
  } else {
    await import('../dist/batch/worker.js');
  }
}

// a failure here is a crash, printed with its stack and exit code 1, as an ES module's top-level await would be
start().catch((error) => {
  process.exitCode = 1;
  throw error;
});
