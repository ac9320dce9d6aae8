import type { LintResult, TextEdit } from '../types.js';
import { applyFixes } from './fixes.js';
import type { LintOptions } from './linter.js';
import { lintText } from './linter.js';

/** fix passes stop here even if fixes keep coming (ESLint uses 10) */
export const MAX_FIX_PASSES = 10;

export interface FixedText {
  /** the text after all passes */
  output: string;
  /** the result of linting the output: what is left */
  result: LintResult;
  /** number of edits applied over all passes */
  applied: number;
}

function fixesOf(result: LintResult): TextEdit[] {
  return result.messages.flatMap((m) => (m.fix ? [m.fix] : []));
}

/**
 * Apply every rule fix, lint again, repeat until nothing is left to fix (or
 * the pass cap). A pass whose output no longer reads as a report (a fatal
 * message) is dropped and fixing stops there. Suggestions are never applied.
 * The CLI's --fix and the language server's fix-all both use this.
 */
export function fixText(text: string, options: LintOptions): FixedText {
  let current = text;
  let result = lintText(current, options);
  let applied = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = fixesOf(result);
    if (edits.length === 0) break;
    const outcome = applyFixes(current, edits);
    if (outcome.output === current) break;
    const next = lintText(outcome.output, options);
    if (next.messages.some((m) => m.fatal && m.ruleId === null)) break;
    current = outcome.output;
    result = next;
    applied += outcome.applied.length;
  }
  return { output: current, result, applied };
}
