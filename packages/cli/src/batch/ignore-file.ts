import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { UsageError } from '../errors.js';

export const IGNORE_FILE = '.xxgklintignore';

/**
 * `.xxgklintignore` in the working directory, gitignore-style: one pattern a
 * line, `#` comments, `!` re-includes, a pattern without `/` matches at any
 * depth, a trailing `/` means a folder and everything in it.
 */
export function loadIgnoreFile(cwd: string, explicit?: string): (file: string) => boolean {
  const file = path.resolve(cwd, explicit ?? IGNORE_FILE);
  if (!existsSync(file)) {
    if (explicit) throw new UsageError(`找不到忽略文件 “${explicit}”。`);
    return () => false;
  }
  const base = path.dirname(file);
  const rules = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((line) => {
      const negate = line.startsWith('!');
      let pattern = negate ? line.slice(1) : line;
      const dir = pattern.endsWith('/');
      pattern = pattern.replace(/^\//, '').replace(/\/$/, '');
      const anyDepth = !line.replace(/\/$/, '').includes('/');
      const globs = [anyDepth ? `**/${pattern}` : pattern];
      if (dir || !pattern.includes('.')) globs.push(`${globs[0]}/**`);
      return { negate, match: picomatch(globs, { dot: true }) };
    });
  return (target: string) => {
    const rel = path.relative(base, target).split(path.sep).join('/');
    if (rel.startsWith('..')) return false;
    let ignored = false;
    for (const r of rules) if (r.match(rel)) ignored = !r.negate;
    return ignored;
  };
}
