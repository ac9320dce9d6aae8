import path from 'node:path';
import type { LintResult } from '@xxgk-lint/core';
import { IngestError, decode, fatalResult, fixText } from '@xxgk-lint/core';
import { unifiedDiff } from './diff.js';
import { canFixInPlace, writeAtomically } from './fix.js';
import type { LintFileOptions } from './lint.js';
import { lintOneBytes, readReportBytes } from './lint.js';

export interface FileFix {
  result: LintResult;
  /** the changes as a unified diff (for --fix-dry-run) */
  diff?: string;
}

/**
 * --fix / --fix-dry-run for one file: fix in passes, then (with write) replace
 * the file atomically in its own encoding. Files other than .md/.txt are only
 * linted: their text is not the file.
 */
export function fixFile(filePath: string, options: LintFileOptions, write: boolean): FileFix {
  const bytes = readReportBytes(filePath, options.maxBytes);
  if (!(bytes instanceof Uint8Array)) return { result: bytes };
  if (!canFixInPlace(filePath)) return { result: lintOneBytes(bytes, filePath, options) };
  let decoded;
  try {
    decoded = decode(bytes, options.maxBytes);
  } catch (error) {
    if (error instanceof IngestError) return { result: fatalResult(filePath, error) };
    throw error;
  }
  const fixed = fixText(decoded.text, { ...options, filePath });
  if (fixed.output === decoded.text) return { result: fixed.result };
  if (write) {
    try {
      writeAtomically(filePath, fixed.output, decoded.encoding, decoded.bom);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      return { result: fatalResult(filePath, new IngestError(`修复后无法写回文件（${code}）：原文件未改动。请检查写入权限。`)) };
    }
  }
  const result: LintResult = { ...fixed.result, output: fixed.output };
  return { result, diff: write ? undefined : unifiedDiff(decoded.text, fixed.output, path.basename(filePath)) };
}
