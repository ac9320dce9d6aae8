import type { Linter, TextEdit } from '@xxgk-lint/core';
import type { LintTarget } from './documents.js';

/** the fixed text of a document: the linter's fix loop (the same as the CLI's --fix) */
export async function fixAll(linter: Linter, text: string, target: LintTarget): Promise<{ output: string; applied: number }> {
  const fixed = await linter.fixText(text, { filePath: target.filePath, format: target.format, warnIgnored: false });
  return fixed ? { output: fixed.output, applied: fixed.applied } : { output: text, applied: 0 };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The one edit that turns `before` into `after`: the differing middle, after
 * the common start and end (never splitting a surrogate pair or a CRLF), so
 * the editor keeps the cursor and folds outside it.
 */
export function minimalEdit(before: string, after: string): TextEdit {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  while (start > 0 && (isLowSurrogate(before.charCodeAt(start)) || (before[start] === '\n' && before[start - 1] === '\r'))) start--;
  let end = 0;
  while (
    end < max - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  ) {
    end++;
  }
  while (end > 0 && (isLowSurrogate(before.charCodeAt(before.length - end)) || (before[before.length - end] === '\n' && before[before.length - end - 1] === '\r'))) end--;
  return { range: [start, before.length - end], text: after.slice(start, after.length - end) };
}
