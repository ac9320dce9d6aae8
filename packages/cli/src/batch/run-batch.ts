import os from 'node:os';
import type { Described, Linter, LintResult } from '@xxgk-lint/core';
import { findPrevious } from '@xxgk-lint/core';
import { Piscina } from 'piscina';
import type { JobConfig, Task } from './job.js';
import { runTask } from './job.js';
import type { Progress } from './progress.js';

export interface BatchOptions {
  config: JobConfig;
  /** the main thread's linter: used when there are no workers */
  linter: Linter;
  /** worker threads; 1 lints in this thread */
  concurrency: number;
  /** files named on the command line (an ignored one is said to be ignored) */
  named: ReadonlySet<string>;
  /** previous-year reports given with --previous (beside the inputs themselves) */
  previous: readonly string[];
  progress: Progress;
}

/** fewer files than this are not worth starting threads for */
const WORKER_THRESHOLD = 8;

export function defaultConcurrency(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

type Runner = (task: Task) => Promise<unknown>;

/** fn over items with at most `limit` in flight; results in input order */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return out;
}

/**
 * Lint many files: in worker threads when there are enough of them, results
 * in input order; a file that fails is its own fatal result and the run goes
 * on. Year-on-year: a report whose previous year's report of the same body is
 * among the inputs or --previous is linted again with it.
 */
export async function runBatch(files: readonly string[], options: BatchOptions): Promise<LintResult[]> {
  const useWorkers = options.concurrency > 1 && files.length >= WORKER_THRESHOLD;
  const pool = useWorkers
    ? new Piscina({ filename: new URL('./worker.js', import.meta.url).href, maxThreads: options.concurrency, minThreads: options.concurrency })
    : undefined;
  const run: Runner = pool ? (task) => pool.run(task) : (task) => runTask(task, options.linter);
  // enough tasks queued to keep every thread busy, never every file at once (each holds a parsed report)
  const inFlight = pool ? options.concurrency * 4 : 1;
  try {
    const lint = (filePath: string, previous: string | false = false) =>
      run({ kind: 'lint', job: { filePath, config: options.config, named: options.named.has(filePath), previous } }) as Promise<LintResult | null>;
    const first = await mapLimit(files, inFlight, async (filePath) => {
      const result = await lint(filePath);
      options.progress.tick(result?.errorCount ?? 0);
      return result;
    });
    const described: Described[] = first.flatMap((r, i) => (r ? [{ filePath: files[i], body: r.report?.body, year: r.report?.year }] : []));
    const given = (await mapLimit(options.previous, inFlight, (f) => run({ kind: 'describe', filePath: f, config: options.config }))) as Described[];
    const candidates = [...given, ...described];
    const second = await mapLimit(described, inFlight, async (d) => {
      const previous = findPrevious(d, candidates);
      return previous ? ([d.filePath, await lint(d.filePath, previous.filePath)] as const) : undefined;
    });
    const redone = new Map(second.filter((x) => x !== undefined));
    return first.flatMap((r, i) => {
      const again = redone.get(files[i]);
      return again ? [again] : r ? [r] : [];
    });
  } finally {
    options.progress.stop();
    await pool?.destroy();
  }
}
