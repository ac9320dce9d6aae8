import path from 'node:path';
import type { FileFix, LintResult } from '@xxgk-lint/core';
import { IngestError, fatalResult } from '@xxgk-lint/core';
import { unifiedDiff } from './diff.js';
import { FixNotWritten, writeAtomically } from './fix.js';

export interface WrittenFix {
  result: LintResult;
  /** the changes as a unified diff (for --fix-dry-run) */
  diff?: string;
}

/**
 * The end of --fix / --fix-dry-run for one file: with write, replace the
 * file atomically in its own encoding (only if it still holds the bytes the
 * fix was computed from; through a symlink, its target; never a read-only
 * file); without, the diff. Files other than
 * .md/.txt were only linted: their text is not the file.
 */
export function writeFix(filePath: string, fix: FileFix, write: boolean): WrittenFix {
  const text = fix.text;
  if (!text || text.after === text.before) return { result: fix.result };
  if (write) {
    try {
      writeAtomically(filePath, text.after, text.encoding, text.bom, text.read);
    } catch (error) {
      if (error instanceof FixNotWritten) return { result: fatalResult(filePath, new IngestError(error.message)) };
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      return { result: fatalResult(filePath, new IngestError(`修复后无法写回文件（${code}）：原文件未改动。请检查写入权限。`)) };
    }
    return { result: fix.result };
  }
  return { result: fix.result, diff: unifiedDiff(text.before, text.after, path.basename(filePath)) };
}
