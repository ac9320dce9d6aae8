import type { LintMessage, RulesMeta, TextFormat } from '@xxgk-lint/core';
import type { ServerSettings } from './settings.js';

/** What the main thread asks the lint worker (one request at a time per worker). */
export interface LintJob {
  /** 'lint': the document's findings; 'fix': the text after the fix loop (fix-all) */
  kind: 'lint' | 'fix';
  filePath: string;
  format: TextFormat;
  /** the document's text, or null when it is too large to lint (the worker still resolves its config) */
  text: string | null;
}

/** A ConfigError as plain data (errors do not keep their fields across threads). */
export interface ConfigErrorData {
  message: string;
  file?: string;
  line?: number;
  key?: string;
}

/** What the worker answers for one job. */
export type JobOutcome =
  | { kind: 'config-error'; error: ConfigErrorData }
  | { kind: 'ignored'; files: string[] }
  | { kind: 'too-large'; files: string[] }
  /** `reused`: the text was the one linted last for this file, and that lint's findings are given again */
  | { kind: 'linted'; messages: LintMessage[]; rulesMeta: RulesMeta; files: string[]; reused?: boolean }
  | { kind: 'fixed'; output: string; applied: number }
  | { kind: 'failed'; message: string; detail: string };

/** what a worker is started with */
export interface WorkerData {
  /** reuse remark's readings of unchanged runs of lines, and skip a lint of the text linted last */
  incremental: boolean;
}

/** main thread → worker */
export type ToWorker =
  | { type: 'configure'; settings: ServerSettings; folders: string[] }
  | { type: 'reset' }
  | { type: 'job'; id: number; job: LintJob };

/** worker → main thread */
export interface FromWorker {
  type: 'done';
  id: number;
  outcome: JobOutcome;
}
