import { createLinter } from '@xxgk-lint/core';
import type { Described, FileFix, Linter, LintResult, RuleConfigValue } from '@xxgk-lint/core';
import { nationalDefaults } from '@xxgk-lint/rules-national';
import { excerptOf } from '../formatters/common.js';
import type { StdinOutcome } from './stdin-fix.js';
import { lintStdin } from './stdin-fix.js';

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
  /** previous-year reports given with --previous: found for a call that names none (--fix, --stdin) */
  previous?: readonly string[];
}

export interface Job {
  filePath: string;
  config: JobConfig;
  /** named on the command line: an ignored file says so instead of vanishing */
  named: boolean;
  /** the same body's report of the year before, or false for none */
  previous: string | false;
}

/** one unit of work for a worker: every kind names the file it is about (a failure is that file's) */
export type Task =
  | { kind: 'lint'; job: Job }
  | { kind: 'describe'; filePath: string; config: JobConfig }
  /** --fix / --fix-dry-run: the fixed text is computed here and written by the main thread */
  | { kind: 'fix'; filePath: string; config: JobConfig; named: boolean }
  | { kind: 'stdin'; filePath: string; config: JobConfig; bytes: Uint8Array; dryRun: boolean };

/** what each kind of task resolves to */
export type TaskValue = LintResult | null | Described | FileFix | StdinOutcome;

export function taskConfig(task: Task): JobConfig {
  return task.kind === 'lint' ? task.job.config : task.config;
}

export function taskFile(task: Task): string {
  return task.kind === 'lint' ? task.job.filePath : task.filePath;
}

const linters = new Map<string, Linter>();

/** a worker's linter for a job config (the main thread passes its own instead) */
export function linterFor(config: JobConfig): Linter {
  const key = JSON.stringify([config.cwd, config.configFile, config.noConfig, config.allowJsConfig, config.cliRules, config.reportUnusedDisableDirectives, config.previous]);
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

/** one task with a linter: lint a file (null when the config ignores a file that was not named), say whose report it is, fix, or lint stdin */
export async function runTask(task: Task, linter: Linter): Promise<TaskValue> {
  switch (task.kind) {
    case 'describe':
      return linter.describe(task.filePath);
    case 'fix':
      // a file named on the command line is said to be ignored; one found in a folder is skipped
      return linter.fixFile(task.filePath, { warnIgnored: task.named });
    case 'stdin':
      return lintStdin(linter, task.bytes, task.filePath, task.dryRun);
    case 'lint': {
      const { job } = task;
      const result = await linter.lintFile(job.filePath, { warnIgnored: job.named, previous: job.previous });
      return result && job.config.slim ? slim(result) : result;
    }
  }
}
