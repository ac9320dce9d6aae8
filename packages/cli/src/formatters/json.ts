import type { LintResult, StreamingFormatter } from '@xxgk-lint/core';
import { terminalSafeJson } from './terminal-text.js';

/** The results array, as ESLint's `json` formatter prints it (report text's C1 and bidi controls as \u escapes: the same JSON, safe on a terminal). */
export function formatJson(results: readonly LintResult[]): string {
  return terminalSafeJson(JSON.stringify(results));
}

/**
 * The same array written a result at a time (issue 14: a batch holds no
 * results): `[`, the results joined by commas, `]` — byte for byte what
 * formatJson prints for the same results.
 */
export function jsonStream(): StreamingFormatter {
  let first = true;
  return {
    start: () => '[',
    result(result) {
      const text = terminalSafeJson(JSON.stringify(result));
      const separator = first ? '' : ',';
      first = false;
      return separator + text;
    },
    end: () => ']',
  };
}
