import path from 'node:path';
import type { LintMessage } from '@xxgk-lint/core';

export const SEVERITY_NAMES: Record<LintMessage['xxgkSeverity'], string> = { error: '错误', warn: '警告', info: '提示' };

/** a path shown to people: relative to cwd when inside it, with forward slashes */
export function displayPath(filePath: string, cwd: string): string {
  const rel = path.relative(cwd, filePath);
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : filePath;
  return shown.split(path.sep).join('/');
}

/** the words at a finding: its own excerpt, else its source line (core's excerptOf, shared with the web page) */
export { excerptOf } from '@xxgk-lint/core';
