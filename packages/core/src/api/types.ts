import type { TextFormat } from '../ingest/index.js';
import type { FixedText } from '../engine/fix-loop.js';
import type { Encoding } from '../ingest/index.js';
import type { ResolvedConfig } from '../config/merge.js';
import type { LintResult, RulesMeta } from '../types.js';

/** what a call lints with besides the text: its name (config is found from it), how to read it, last year's report */
export interface LintCallOptions {
  /** the file the text is (or stands for): config is found from here; default "<text>" */
  filePath?: string;
  /** read .md/.txt text as Markdown or plain text (default: from the file name) */
  format?: TextFormat;
  /** the same body's report of the year before, by path; false: none (default: found among the linter's `previous`) */
  previous?: string | false;
  /** a file that the config ignores gets a warning saying so (default true); false: the call resolves to null */
  warnIgnored?: boolean;
}

/** a .md/.txt file after --fix: the text as read and as fixed, with its encoding to write it back in */
export interface FileFix {
  result: LintResult;
  /** present when the file is text that can be fixed in place */
  text?: {
    before: string;
    after: string;
    encoding: Encoding;
    bom: boolean;
    applied: number;
    /** the file's bytes as they were read: --fix writes back only while the file still holds exactly these */
    read: Uint8Array;
  };
}

/** who a report is by, and for which year (to pair it with the previous year's) */
export interface Described {
  filePath: string;
  body?: string;
  year?: number;
}

/**
 * The one linting API: the CLI (files, stdin, --fix, batch workers), the
 * language server and the web page call only this. Never rejects for a
 * problem of the input (that is the result's fatal message); rejects with a
 * ConfigError for a configuration that cannot be used.
 */
export interface Linter {
  lintText(text: string, options?: LintCallOptions): Promise<LintResult | null>;
  lintBytes(bytes: Uint8Array, options?: LintCallOptions): Promise<LintResult | null>;
  lintFile(filePath: string, options?: Omit<LintCallOptions, 'filePath'>): Promise<LintResult | null>;
  /** every fix applied, in passes (suggestions never); `result` is what is left */
  fixText(text: string, options?: LintCallOptions): Promise<FixedText | null>;
  /** --fix of one file, without writing: the fixed text of a .md/.txt file, or the lint of any other */
  fixFile(filePath: string, options?: Omit<LintCallOptions, 'filePath'>): Promise<FileFix | null>;
  configFor(filePath: string): Promise<ResolvedConfig>;
  /** the meta of every rule any call so far has run */
  rulesMeta(): RulesMeta;
  describe(filePath: string): Promise<Described>;
}
