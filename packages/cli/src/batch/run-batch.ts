import os from 'node:os';
import type { Described, LintResult } from '@xxgk-lint/core';
import { findPrevious } from '@xxgk-lint/core';
import { failureResult } from './budget.js';
import type { JobConfig } from './job.js';
import { mapLimit } from './map-limit.js';
import type { Progress } from './progress.js';
import type { Runner } from './runner.js';

export interface BatchOptions {
  config: JobConfig;
  /** worker threads (or this thread), each file under the budget */
  runner: Runner;
  /** files named on the command line (an ignored one is said to be ignored) */
  named: ReadonlySet<string>;
  /** previous-year reports given with --previous (beside the inputs themselves) */
  previous: readonly string[];
  progress: Progress;
}

export function defaultConcurrency(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/**
 * Lint many files, results in input order; a file that fails — over its
 * time or memory, or taking its worker down — is its own fatal result and
 * the run goes on. Year-on-year: a report whose previous year's report of
 * the same body is among the inputs or --previous is linted again with it.
 */
export async function runBatch(files: readonly string[], options: BatchOptions): Promise<LintResult[]> {
  const { runner } = options;
  try {
    const lint = async (filePath: string, previous: string | false = false): Promise<LintResult | null> => {
      const outcome = await runner.run({ kind: 'lint', job: { filePath, config: options.config, named: options.named.has(filePath), previous } });
      return outcome.ok ? (outcome.value as LintResult | null) : failureResult(filePath, outcome.failure, runner.budget);
    };
    const describe = async (filePath: string): Promise<Described> => {
      const outcome = await runner.run({ kind: 'describe', filePath, config: options.config });
      // a report that cannot be described within the budget pairs with none
      return outcome.ok ? (outcome.value as Described) : { filePath };
    };
    const first = await mapLimit(files, runner.lanes, async (filePath) => {
      const result = await lint(filePath);
      options.progress.tick(result?.errorCount ?? 0);
      return result;
    });
    const described: Described[] = first.flatMap((r, i) => (r ? [{ filePath: files[i], body: r.report?.body, year: r.report?.year }] : []));
    const given = await mapLimit(options.previous, runner.lanes, describe);
    const candidates = [...given, ...described];
    const second = await mapLimit(described, runner.lanes, async (d) => {
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
  }
}
