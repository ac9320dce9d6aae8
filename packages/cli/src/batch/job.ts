import { createLinter } from '@xxgk-lint/core';
import type { Described, Linter, LintResult, RuleConfigValue } from '@xxgk-lint/core';
import { nationalDefaults } from '@xxgk-lint/rules-national';
import { excerptOf } from '../formatters/common.js';

/** what a worker needs to lint a file the way the main thread would (plain data: it crosses threads) */
export interface JobConfig {
  cwd: string;
  configFile?: string;
  noConfig: boolean;
  /** --allow-js-config */
  allowJsConfig?: boolean;
  cliRules: Record<string, RuleConfigValue>;
  reportUnusedDisableDirectives: boolean;
  /** drop `source` from results (memory in large batches), keeping a one-line excerpt per finding */
  slim: boolean;
}

export interface Job {
  filePath: string;
  config: JobConfig;
  /** named on the command line: an ignored file says so instead of vanishing */
  named: boolean;
  /** the same body's report of the year before, or false for none */
  previous: string | false;
}

export type Task = { kind: 'lint'; job: Job } | { kind: 'describe'; filePath: string; config: JobConfig };

const linters = new Map<string, Linter>();

/** a worker's linter for a job config (the main thread passes its own instead) */
export function linterFor(config: JobConfig): Linter {
  const key = JSON.stringify([config.cwd, config.configFile, config.noConfig, config.allowJsConfig, config.cliRules, config.reportUnusedDisableDirectives]);
  let linter = linters.get(key);
  if (!linter) {
    linter = createLinter({ ...nationalDefaults, ...config });
    linters.set(key, linter);
  }
  return linter;
}

function slim(result: LintResult): LintResult {
  const messages = result.messages.map((m) => ({ ...m, excerpt: excerptOf(result, m) }));
  return { ...result, messages, source: undefined };
}

/** one task with a linter: lint a file (null when the config ignores a file that was not named), or say whose report it is */
export async function runTask(task: Task, linter: Linter): Promise<LintResult | null | Described> {
  if (task.kind === 'describe') return linter.describe(task.filePath);
  const { job } = task;
  const result = await linter.lintFile(job.filePath, { warnIgnored: job.named, previous: job.previous });
  return result && job.config.slim ? slim(result) : result;
}
