import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
// budget-limits, not budget: this module must not load core (bin starts the worker before the linter loads)
import type { Budget } from './budget-limits.js';
import { DEFAULT_BUDGET } from './budget-limits.js';

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

interface Early {
  worker: Worker;
  memoryMb: number;
  exited: boolean;
}

let early: Early | undefined;

/**
 * Start one lint worker before the main thread loads the linter (bin does
 * this first thing), so both load at once: a single-file run then costs
 * little more than linting in this thread did. Unreferenced until taken: a
 * run that lints nothing (--help, --init, an error) exits as before.
 */
export function prewarmWorker(memoryMb: number = DEFAULT_BUDGET.memoryMb): void {
  if (early) return;
  const worker = new Worker(WORKER_SCRIPT, { resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
  const held: Early = { worker, memoryMb, exited: false };
  // until the pool takes it, a worker that cannot start only means the pool starts its own
  worker.on('error', () => {});
  worker.on('exit', () => {
    held.exited = true;
  });
  worker.unref();
  early = held;
}

/** the worker started early, if it is still alive and was started with this budget's memory cap (else it goes) */
export function takePrewarmed(budget: Budget): Worker | undefined {
  const held = early;
  early = undefined;
  if (!held || held.exited) return undefined;
  if (held.memoryMb !== budget.memoryMb) {
    void held.worker.terminate();
    return undefined;
  }
  held.worker.removeAllListeners();
  held.worker.ref();
  return held.worker;
}

/** the CLI's options that take a value (the next argument is not a path) */
const VALUE_OPTIONS = new Set([
  '-f', '--format', '--max-warnings', '--stdin-filename', '-o', '--output-file', '-c', '--config', '--rule', '--print-config',
  '--province', '--city', '--county', '--body-kind', '--test-rules', '--concurrency', '--max-file-seconds', '--max-file-memory',
  '--previous', '--ignore-path',
]);

/**
 * Whether argv (after the script) looks like a run of several files — a
 * folder, a glob or more than one path — so that starting a worker now pays
 * (issue 14: a run of one report is linted in the main thread, and a worker
 * started for it would only cost start-up time). A guess from argv alone:
 * wrong either way, it only moves when the first worker starts.
 */
export function looksLikeBatch(argv: readonly string[]): boolean {
  if (argv.includes('--stdin') || argv.includes('--lsp')) return false;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      paths.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('-')) {
      if (VALUE_OPTIONS.has(arg)) i++;
      continue;
    }
    paths.push(arg);
  }
  if (paths.length !== 1) return paths.length > 1;
  if (/[*?[\]{}]/.test(paths[0])) return true;
  try {
    return statSync(paths[0]).isDirectory();
  } catch {
    return false;
  }
}
