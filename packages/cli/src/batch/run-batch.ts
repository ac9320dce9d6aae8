import os from 'node:os';
import type { Described, LintResult } from '@xxgk-lint/core';
import { findPrevious } from '@xxgk-lint/core';
import { failureResult } from './budget.js';
import type { JobConfig } from './job.js';
import { mapLimit } from './map-limit.js';
import type { Progress } from './progress.js';
import type { Runner } from './runner.js';
import { MemoryStore, ResultSpool } from './spool.js';
import type { ResultStore } from './spool.js';

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

/** what the first pass keeps of each report: who it is by and for which year, and its errors */
interface FirstPass {
  described: Described[];
  /** index in `files` of each entry of `described` */
  indexOf: Map<string, number>;
}

/**
 * Lint many files, each result given to `emit` in input order; a file that
 * fails — over its time or memory, or taking its worker down — is its own
 * fatal result and the run goes on. Year-on-year: a report whose previous
 * year's report of the same body is among the inputs or --previous is linted
 * again with it. Results wait on disk (spool.ts), not in memory, until their
 * turn: a batch of any size holds only who each report is by.
 */
export async function streamBatch(
  files: readonly string[],
  options: BatchOptions,
  emit: (result: LintResult) => void,
  spool: ResultStore = new ResultSpool(),
): Promise<void> {
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
    const first: FirstPass = { described: [], indexOf: new Map() };
    const indices = files.map((_, i) => i);
    await mapLimit(indices, runner.lanes, async (i) => {
      const result = await lint(files[i]);
      options.progress.tick(result?.errorCount ?? 0);
      if (!result) return;
      spool.put(i, result);
      first.indexOf.set(files[i], i);
      first.described.push({ filePath: files[i], body: result.report?.body, year: result.report?.year });
    });
    // the pairs are found in input order, as before results were streamed
    first.described.sort((a, b) => first.indexOf.get(a.filePath)! - first.indexOf.get(b.filePath)!);
    const given = await mapLimit(options.previous, runner.lanes, describe);
    const candidates = [...given, ...first.described];
    await mapLimit(first.described, runner.lanes, async (d) => {
      const previous = findPrevious(d, candidates);
      if (!previous) return;
      const again = await lint(d.filePath, previous.filePath);
      const i = first.indexOf.get(d.filePath)!;
      spool.take(i);
      if (again) spool.put(i, again);
    });
    for (const i of indices) {
      const result = spool.take(i);
      if (result) emit(result);
    }
  } finally {
    spool.close();
    options.progress.stop();
  }
}

/** streamBatch's results as one array, in input order (held in memory meanwhile: the caller keeps them all anyway) */
export async function runBatch(files: readonly string[], options: BatchOptions): Promise<LintResult[]> {
  const results: LintResult[] = [];
  await streamBatch(files, options, (result) => results.push(result), new MemoryStore());
  return results;
}
