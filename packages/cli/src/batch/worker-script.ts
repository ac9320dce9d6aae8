/** true in the one-file CLI (scripts/bundle-cli.mjs defines it), where that file is its own worker script */
declare const XXGK_LINT_BUNDLE: boolean | undefined;

/**
 * The lint worker's script: beside this module in dist/batch; when this
 * module runs from its TypeScript source (vitest), the built one (a worker
 * thread cannot load .ts); in the bundle, the bundle.
 */
export const WORKER_SCRIPT =
  typeof XXGK_LINT_BUNDLE !== 'undefined' && XXGK_LINT_BUNDLE
    ? new URL(import.meta.url)
    : import.meta.url.endsWith('.ts')
      ? new URL('../../dist/batch/worker.js', import.meta.url)
      : new URL('./worker.js', import.meta.url);
