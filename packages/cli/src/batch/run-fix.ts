import type { FileFix, LintResult } from '@xxgk-lint/core';
import { writeFix } from '../fix-file.js';
import { failureResult } from './budget.js';
import type { JobConfig } from './job.js';
import { mapLimit } from './map-limit.js';
import type { Runner } from './runner.js';
import type { StdinOutcome } from './stdin-fix.js';

export interface FixRun {
  results: LintResult[];
  /** --fix-dry-run: unified diffs, in file order */
  diffs: string[];
}

/**
 * --fix / --fix-dry-run over files: each fix is computed by a worker under
 * the budget and written here, so a file that fails is its own result and
 * the others are still fixed.
 */
export async function runFixes(
  files: readonly string[],
  options: { config: JobConfig; runner: Runner; named: ReadonlySet<string>; write: boolean },
): Promise<FixRun> {
  const { runner } = options;
  const done = await mapLimit(files, runner.lanes, async (filePath) => {
    const outcome = await runner.run({ kind: 'fix', filePath, config: options.config, named: options.named.has(filePath) });
    if (!outcome.ok) return { result: failureResult(filePath, outcome.failure, runner.budget) };
    const fix = outcome.value as FileFix | null;
    return fix ? writeFix(filePath, fix, options.write) : undefined;
  });
  const written = done.filter((w) => w !== undefined);
  return { results: written.map((w) => w.result), diffs: written.flatMap((w) => (w.diff ? [w.diff] : [])) };
}

/** a report from stdin, under the budget like any file */
export async function runStdin(
  bytes: Uint8Array,
  name: string,
  options: { config: JobConfig; runner: Runner; dryRun: boolean },
): Promise<StdinOutcome | null> {
  const { runner } = options;
  const outcome = await runner.run({ kind: 'stdin', filePath: name, config: options.config, bytes, dryRun: options.dryRun });
  return outcome.ok ? (outcome.value as StdinOutcome | null) : { result: failureResult(name, outcome.failure, runner.budget) };
}
