import type { LintResult } from '@xxgk-lint/core';
import { terminalSafeJson } from './terminal-text.js';

/** The results array, as ESLint's `json` formatter prints it (report text's C1 and bidi controls as \u escapes: the same JSON, safe on a terminal). */
export function formatJson(results: readonly LintResult[]): string {
  return terminalSafeJson(JSON.stringify(results));
}
