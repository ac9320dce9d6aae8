import path from 'node:path';
import { decode, ignoredResult, sniffFormat } from '@xxgk-lint/core';
import type { Linter, LintResult } from '@xxgk-lint/core';
import { unifiedDiff } from '../diff.js';

export interface StdinOutcome {
  result: LintResult;
  /** --fix-dry-run: what --fix would change in the text */
  diff?: string;
}

/** a report from stdin: linted, or with --fix-dry-run what --fix would change in its text (other formats are linted) */
export async function lintStdin(linter: Linter, bytes: Uint8Array, name: string, dryRun: boolean): Promise<StdinOutcome | null> {
  if (!dryRun) {
    const result = await linter.lintBytes(bytes, { filePath: name });
    return result ? { result } : null;
  }
  const { format } = sniffFormat(bytes.subarray(0, 4096), name);
  let text: string | undefined;
  if (format === 'text' || format === 'markdown') {
    try {
      text = decode(bytes).text;
    } catch {
      text = undefined; // lintBytes says why it cannot be read
    }
  }
  if (text === undefined) return { result: (await linter.lintBytes(bytes, { filePath: name })) ?? ignoredResult(name) };
  const fixed = await linter.fixText(text, { filePath: name });
  if (!fixed) return { result: ignoredResult(name) };
  if (fixed.output === text) return { result: fixed.result };
  // ESLint's `output`: the fixed text, for machine formats (the diff is for reading)
  return { result: { ...fixed.result, output: fixed.output }, diff: unifiedDiff(text, fixed.output, path.basename(name)) };
}
