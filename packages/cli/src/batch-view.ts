import path from 'node:path';
import type { Linter, LintResult, RulesMeta } from '@xxgk-lint/core';
import { BATCH_RULES_META, ConfigError, runBatchStage } from '@xxgk-lint/core';

/**
 * The batch view (issue 16 item 7): when the run's config (the one found
 * from the current folder, or --config) has `batch`, core's batch stage adds
 * its findings to the results — missing bodies on the config file, shared
 * text and peer outliers on the reports. Otherwise the results as they are.
 */
export async function withBatchView(results: LintResult[], linter: Linter, cwd: string): Promise<LintResult[]> {
  // only a file whose config has `batch` carries a summary: without one there is nothing to look up
  if (!results.some((r) => r.batch)) return results;
  let batch;
  try {
    // a file name in the current folder: the config that governs the run is found from there
    ({ batch } = await linter.configFor(path.join(cwd, '.xxgk-lint-batch')));
  } catch (error) {
    // the current folder's config can't take this run's --rule (a rule of a pack only the linted folder has): no batch view from here
    if (error instanceof ConfigError) return results;
    throw error;
  }
  return batch ? runBatchStage(results, batch) : results;
}

/** the rules meta with the batch view's, for the findings the batch stage added (formatters link their docs) */
export function withBatchMeta(rulesMeta: RulesMeta, results: readonly LintResult[]): RulesMeta {
  const used = new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)));
  const added = Object.entries(BATCH_RULES_META).filter(([id]) => used.has(id));
  return added.length > 0 ? { ...rulesMeta, ...Object.fromEntries(added) } : rulesMeta;
}
