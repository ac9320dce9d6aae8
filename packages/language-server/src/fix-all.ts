import { applyFixes, lintText } from '@xxgk-lint/core';
import type { LintResult, RuleSet, Settings, TextEdit } from '@xxgk-lint/core';

/** fix passes stop here even if fixes keep coming (as the CLI's --fix, and ESLint) */
export const MAX_FIX_PASSES = 10;

function fixesOf(result: LintResult): TextEdit[] {
  return result.messages.flatMap((m) => (m.fix ? [m.fix] : []));
}

/**
 * The CLI's --fix loop on a document's text: apply every rule fix, lint
 * again, repeat until nothing is left to fix (or the pass cap). A pass whose
 * output no longer reads as a report is dropped. Suggestions are never applied.
 */
export function fixAll(text: string, lintPath: string, rules: RuleSet, settings: Settings): { output: string; applied: number } {
  let current = text;
  let result = lintText(current, { filePath: lintPath, rules, settings });
  let applied = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = fixesOf(result);
    if (edits.length === 0) break;
    const outcome = applyFixes(current, edits);
    if (outcome.output === current) break;
    const next = lintText(outcome.output, { filePath: lintPath, rules, settings });
    if (next.messages.some((m) => m.fatal && m.ruleId === null)) break;
    current = outcome.output;
    result = next;
    applied += outcome.applied.length;
  }
  return { output: current, applied };
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
