#!/usr/bin/env node
import { existsSync } from 'node:fs';

/**
 * An installed package (no src/ beside bin/, as npm pack ships it) runs its one-file CLI when it has one: the
 * prepack script builds dist/xxgk-lint.mjs from the dist/ it packs, and a start from it takes ~120 ms where the
 * ~1,170 modules of tsc output take ~450 (issue 14). A checkout always runs tsc output, the code being edited.
 * XXGK_LINT_BUNDLE=0 runs tsc output anyway.
 */
function installedBundle() {
  if (process.env.XXGK_LINT_BUNDLE === '0') return undefined;
  const bundle = new URL('../dist/xxgk-lint.mjs', import.meta.url);
  return !existsSync(new URL('../src', import.meta.url)) && existsSync(bundle) ? bundle : undefined;
}

const bundle = installedBundle();
if (process.argv.includes('--lsp')) {
  // `xxgk-lint --lsp --stdio` (as main() starts it): the language server answers initialize before it loads the CLI or core
  const { startStdio } = await import('@xxgk-lint/language-server/stdio');
  await startStdio();
} else if (bundle) {
  await import(bundle.href);
} else {
  const { looksLikeBatch, prewarmWorker } = await import('../dist/batch/prewarm.js');
  // a batch's first lint worker loads the linter while this thread does (see prewarm.ts); a run of one
  // report is linted in this thread (batch/local-policy.ts) and the language server has its own workers
  if (looksLikeBatch(process.argv.slice(2))) prewarmWorker();
  const { main } = await import('../dist/cli.js');
  await main();
}
