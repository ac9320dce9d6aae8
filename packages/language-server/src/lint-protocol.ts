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
  | { kind: 'linted'; messages: LintMessage[]; rulesMeta: RulesMeta; files: string[] }
  | { kind: 'fixed'; output: string; applied: number }
  | { kind: 'failed'; message: string; detail: string };

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
