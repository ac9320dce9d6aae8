/** Messages between the page and the lint worker (one job each: a check or a fix). */
import type { LintResult, RulesMeta } from '@xxgk-lint/core/browser';

/** the page's own settings, turned into configs for createHeldLinter */
export interface PageSettings {
  /** a provincial or city pack's namespace ('' for the national rules only) */
  province: string;
  /** settings.bodyKind ('' lets the report's title decide) */
  bodyKind: '' | 'township' | 'government' | 'department';
  /** a county's .xxgklintrc.yml / .json as loaded */
  config?: { name: string; text: string };
}

/** the embedded libraries, handed to the worker as Blobs (read only when a .pdf/.docx arrives) */
export interface LibBlobs {
  pdf: Blob;
  pdfWorker: Blob;
  mammoth: Blob;
  cmaps: Blob;
}

export type Job =
  | { kind: 'bytes'; name: string; bytes: Uint8Array }
  | { kind: 'text'; name: string; text: string; format: 'markdown' | 'text' }
  | { kind: 'fix'; name: string; text: string; format: 'markdown' | 'text' };

export type Request = { type: 'init'; libs: LibBlobs } | { type: 'job'; id: number; job: Job; settings: PageSettings };

export type Reply =
  | { id: number; ok: true; result: LintResult; fixed?: { output: string; applied: number }; rulesMeta: RulesMeta }
  | { id: number; ok: false; configError?: string; error?: string };
