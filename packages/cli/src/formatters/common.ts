import path from 'node:path';
import type { LintMessage, LintResult } from '@xxgk-lint/core';

export const SEVERITY_NAMES: Record<LintMessage['xxgkSeverity'], string> = { error: '错误', warn: '警告', info: '提示' };

/** a path shown to people: relative to cwd when inside it, with forward slashes */
export function displayPath(filePath: string, cwd: string): string {
  const rel = path.relative(cwd, filePath);
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : filePath;
  return shown.split(path.sep).join('/');
}

/** how much of a long line is kept before the finding, so the excerpt shows the words it is about */
const LEAD = 20;

/**
 * The source line a finding starts on, trimmed (empty when the result carries
 * no source); a line longer than `max` is cut to a window that starts a little
 * before the finding, with … where it was cut.
 */
export function excerptOf(result: LintResult, message: LintMessage, max = 80): string {
  const own = (message as { excerpt?: string }).excerpt;
  if (own) return own;
  const source = result.source;
  if (!source) return '';
  const lineStart = source.lastIndexOf('\n', Math.max(0, message.range[0] - 1)) + 1;
  let lineEnd = source.indexOf('\n', message.range[0]);
  if (lineEnd < 0) lineEnd = source.length;
  const before = source.slice(lineStart, message.range[0]).replace(/\s+/g, ' ').trimStart();
  const line = (before + source.slice(message.range[0], lineEnd).replace(/\s+/g, ' ')).trim();
  if (line.length <= max) return line;
  const from = before.length > LEAD ? before.length - LEAD : 0;
  const window = line.slice(from, from + max);
  return `${from > 0 ? '…' : ''}${window}${from + max < line.length ? '…' : ''}`;
}
