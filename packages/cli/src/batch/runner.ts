import { performance } from 'node:perf_hooks';
import type { Linter } from '@xxgk-lint/core';
import type { Budget } from './budget.js';
import type { Task } from './job.js';
import { runTask } from './job.js';
import { LOCAL_SLOW_MS, lintsHere } from './local-policy.js';
import type { Outcome, WorkerPool } from './pool.js';
import { WORKER_DEPTH, lanesFor } from './pool-size.js';

/** where tasks run: this thread and worker threads under the budget, or (packs held in this thread) this thread alone */
export interface Runner {
  run(task: Task): Promise<Outcome>;
  /** how many tasks are worth having in flight */
  readonly lanes: number;
  /** the files of the run, once found: sizes the pool (workers only where they win; `asked`: --concurrency given) */
  plan(files: readonly string[], concurrency: number, asked: boolean): void;
  readonly budget: Budget;
  /** tasks run so far in this thread and in workers (--debug) */
  readonly counts: { here: number; workers: number };
  close(): Promise<void>;
}

export interface RunnerOptions {
  budget: Budget;
  /** lint in this thread with this linter (its packs cannot cross to a worker); no budget then */
  inProcess?: Linter;
  /** the main thread's linter: a run of one lane lints its ordinary reports with it, here (local-policy.ts) */
  local?: Linter;
  /** a task here that takes longer sends the rest of the run to workers (tests set it low) */
  localSlowMs?: number;
}

export function createRunner(options: RunnerOptions): Runner {
  const { budget, inProcess, local, localSlowMs = LOCAL_SLOW_MS } = options;
  const counts = { here: 0, workers: 0 };
  if (inProcess) {
    return {
      run: async (task) => {
        counts.here++;
        return { ok: true, value: await runTask(task, inProcess) };
      },
      lanes: 1,
      plan: () => {},
      budget,
      counts,
      close: async () => {},
    };
  }
  let pool: WorkerPool | undefined;
  /**
   * A run of one lane is linted here (a PDF, Word file or web page still goes
   * to a worker): no worker to load, ~80 MB less. A run of more lanes has only
   * workers, this thread handing them files and writing the results: on
   * 10,000 reports two workers took 46 s where this thread and one worker took
   * 52 (README, performance).
   */
  let mainLane = true;
  let workers = 1;
  /** this thread is on a task (one at a time: the next goes to a worker) */
  let localBusy = false;
  /** a task took this thread past localSlowMs: the rest of the run goes to workers, under the budget */
  let localOff = local === undefined;
  const startPool = async (): Promise<WorkerPool> => {
    // loaded only for a run that needs workers
    const { WorkerPool } = await import('./pool.js');
    pool ??= new WorkerPool(Math.max(1, workers), budget);
    return pool;
  };
  const runHere = async (task: Task, linter: Linter): Promise<Outcome> => {
    const started = performance.now();
    const value = await runTask(task, linter);
    if (performance.now() - started > localSlowMs) localOff = true;
    counts.here++;
    return { ok: true, value };
  };
  return {
    async run(task) {
      if (local && mainLane && !localBusy && !localOff) {
        localBusy = true;
        try {
          if (await lintsHere(task, local)) return await runHere(task, local);
        } finally {
          localBusy = false;
        }
      }
      counts.workers++;
      return (await startPool()).run(task);
    },
    get lanes() {
      // a worker holds WORKER_DEPTH tasks at once
      return mainLane ? 1 : WORKER_DEPTH * workers;
    },
    plan(files, concurrency, asked) {
      const lanes = lanesFor(files, concurrency, asked);
      mainLane = lanes === 1 && !localOff;
      workers = lanes;
      // the workers start now, loading the linter while this thread resolves the configs
      if (!mainLane) void startPool().then((p) => p.grow(workers), () => {});
    },
    budget,
    counts,
    close: async () => {
      await pool?.close();
    },
  };
}
