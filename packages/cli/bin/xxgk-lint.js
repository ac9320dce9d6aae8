#!/usr/bin/env node
import { existsSync } from 'node:fs';
import v8 from 'node:v8';

// a batch's garbage is short-lived: V8's default lets the old generation grow ~5× its live size (~22 MB) between
// full collections; 1.3× keeps a run's peak ~55 MB lower at no measured cost (issue 14). Read by V8 at each GC.
// The bundle's loader (bundle-loader.js) sets the same.
v8.setFlagsFromString('--heap-growing-percent=30');

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
  const { main } = await import('../dist/cli.js');
  await main();
}
