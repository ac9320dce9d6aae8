import type { LintResult, StreamingFormatter } from '@xxgk-lint/core';
import { findingsCsv, findingsCsvHead, findingsCsvRows } from '@xxgk-lint/core';
import { displayPath } from './common.js';

/**
 * One row per finding; UTF-8 with a BOM and CRLF line ends, so Excel and WPS
 * open the Chinese correctly with a double click. The rows are core's
 * findingsCsv, which the web page's CSV export also writes.
 */
export function formatCsv(results: readonly LintResult[], cwd: string): string {
  return findingsCsv(results, (filePath) => displayPath(filePath, cwd));
}

/** the same bytes as formatCsv, written a result at a time */
export function csvStream(): StreamingFormatter {
  return {
    start: () => findingsCsvHead(),
    result: (result, { cwd }) => findingsCsvRows(result, (filePath) => displayPath(filePath, cwd)),
  };
}
