import type { LintResult } from '@xxgk-lint/core';

/** The results array, as ESLint's `json` formatter prints it. */
export function formatJson(results: readonly LintResult[]): string {
  return JSON.stringify(results);
}
