import type { Linter } from '@xxgk-lint/core';
import type { Budget } from './budget.js';
import type { Task } from './job.js';
import { runTask } from './job.js';
import type { Outcome } from './pool.js';
import { WorkerPool } from './pool.js';

/** where tasks run: worker threads under the budget, or (packs held in this thread) this thread without one */
export interface Runner {
  run(task: Task): Promise<Outcome>;
  /** how many tasks are worth having in flight */
  readonly lanes: number;
  /** at least this many workers from now on */
  grow(threads: number): void;
  readonly budget: Budget;
  close(): Promise<void>;
}

export interface RunnerOptions {
  budget: Budget;
  /** worker threads to start with (grow() adds more once the number of files is known) */
  threads: number;
  /** lint in this thread with this linter (its packs cannot cross to a worker); no budget then */
  inProcess?: Linter;
}

export function createRunner(options: RunnerOptions): Runner {
  const { budget, inProcess } = options;
  if (inProcess) {
    return {
      run: async (task) => ({ ok: true, value: await runTask(task, inProcess) }),
      lanes: 1,
      grow: () => {},
      budget,
      close: async () => {},
    };
  }
  const pool = new WorkerPool(Math.max(1, options.threads), budget);
  return {
    run: (task) => pool.run(task),
    get lanes() {
      return Math.max(1, pool.size);
    },
    grow: (threads) => pool.grow(threads),
    budget,
    close: () => pool.close(),
  };
}
