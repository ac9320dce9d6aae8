import { Worker } from 'node:worker_threads';
import type { Budget } from './budget.js';
import { DEFAULT_BUDGET } from './budget.js';

/**
 * The lint worker's script: beside this module in dist/batch; when this
 * module runs from its TypeScript source (vitest), the built one (a worker
 * thread cannot load .ts).
 */
export const WORKER_SCRIPT = import.meta.url.endsWith('.ts')
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
