import type { Linter } from '@xxgk-lint/core';
import type { Budget } from './budget.js';
import type { Task } from './job.js';
import { runTask } from './job.js';
import { lintsHere } from './local-policy.js';
import type { Outcome, WorkerPool } from './pool.js';
import { workersFor } from './pool-size.js';

/** where tasks run: worker threads under the budget, or (packs held in this thread) this thread without one */
export interface Runner {
  run(task: Task): Promise<Outcome>;
  /** how many tasks are worth having in flight */
  readonly lanes: number;
  /** the files of the run, once found: sizes the pool (workers only where they win; `asked`: --concurrency given) */
  plan(files: readonly string[], concurrency: number, asked: boolean): void;
  readonly budget: Budget;
  close(): Promise<void>;
}

export interface RunnerOptions {
  budget: Budget;
  /** lint in this thread with this linter (its packs cannot cross to a worker); no budget then */
  inProcess?: Linter;
  /** the main thread's linter: a run of one ordinary report is linted with it here (local-policy.ts) */
  local?: Linter;
}

export function createRunner(options: RunnerOptions): Runner {
  const { budget, inProcess, local } = options;
  if (inProcess) {
    return {
      run: async (task) => ({ ok: true, value: await runTask(task, inProcess) }),
      lanes: 1,
      plan: () => {},
      budget,
      close: async () => {},
    };
  }
  let pool: WorkerPool | undefined;
  let planned: { files: number; workers: number } | undefined;
  const workers = () => planned?.workers ?? 1;
  const startPool = async (): Promise<WorkerPool> => {
    // loaded only for a run that needs workers
    const { WorkerPool } = await import('./pool.js');
    pool ??= new WorkerPool(workers(), budget);
    return pool;
  };
  return {
    async run(task) {
      // one report (stdin, or a run of one file) that the code was written for: no worker
      if (local && (planned === undefined || planned.files <= 1) && (await lintsHere(task, local))) {
        return { ok: true, value: await runTask(task, local) };
      }
      return (await startPool()).run(task);
    },
    get lanes() {
      return workers();
    },
    plan(files, concurrency, asked) {
      planned = { files: files.length, workers: workersFor(files, concurrency, asked) };
      pool?.grow(planned.workers);
    },
    budget,
    close: async () => {
      await pool?.close();
    },
  };
}
