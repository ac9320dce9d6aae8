import type { LintResult } from '@xxgk-lint/core';
import { findingsCsv } from '@xxgk-lint/core';
import { displayPath } from './common.js';

/**
 * One row per finding; UTF-8 with a BOM and CRLF line ends, so Excel and WPS
 * open the Chinese correctly with a double click. The rows are core's
 * findingsCsv, which the web page's CSV export also writes.
 */
export function formatCsv(results: readonly LintResult[], cwd: string): string {
  return findingsCsv(results, (filePath) => displayPath(filePath, cwd));
}
