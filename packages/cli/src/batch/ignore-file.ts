import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore from 'ignore';
import type { Ignore } from 'ignore';
import { UsageError } from '../errors.js';

export const IGNORE_FILE = '.xxgklintignore';

/** why a file is not linted: the ignore file (relative to the cwd) or the --ignore-pattern that excludes it */
export type IgnoredBy = { kind: 'file'; file: string } | { kind: 'pattern'; pattern: string };

export interface IgnoreOptions {
  cwd: string;
  /** --ignore-path: this file only, instead of the .xxgklintignore files found */
  ignorePath?: string;
  /** --ignore-pattern, relative to the cwd */
  patterns: readonly string[];
  /** false for --no-ignore: no ignore file, no --ignore-pattern */
  enabled: boolean;
  /** the folders named on the command line (a file named stands for its folder) */
  roots: readonly string[];
}

interface IgnoreSource {
  dir: string;
  by: IgnoredBy;
  rules: Ignore;
}

function isWithin(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

function toPosix(rel: string): string {
  return rel.split(path.sep).join('/');
}

function readIgnoreFile(file: string, shown: string): Ignore {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(`无法读取忽略文件 “${shown}”（${code}）：请检查它是否是可读的文本文件。`);
  }
  return ignore().add(text);
}

/**
 * Which files the ignore files and --ignore-pattern exclude, with git's
 * semantics (the `ignore` package, as ESLint and Prettier use). A
 * `.xxgklintignore` applies to the files below its folder, as a .gitignore
 * does; the ones read for a file are those from its top folder down to its
 * own folder, the deeper one deciding last. The top folder is the cwd when
 * the file is under it; else the root of the git repository the file is in
 * (the nearest folder above it holding .git); else the folder named on the
 * command line. A folder excluded by a file above cannot be re-included
 * below it (as in git). --ignore-pattern (relative to the cwd) decides last.
 */
export function createIgnoreMatcher(options: IgnoreOptions): (file: string) => IgnoredBy | undefined {
  if (!options.enabled) return () => undefined;
  const { cwd } = options;
  const patterns = options.patterns.length > 0 ? ignore().add([...options.patterns]) : undefined;
  const shown = (file: string) => toPosix(path.relative(cwd, file)) || file;

  let explicit: IgnoreSource | undefined;
  if (options.ignorePath !== undefined) {
    const file = path.resolve(cwd, options.ignorePath);
    if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`找不到忽略文件 “${options.ignorePath}”：请检查 --ignore-path 的路径。`);
    explicit = { dir: path.dirname(file), by: { kind: 'file', file: shown(file) }, rules: readIgnoreFile(file, options.ignorePath) };
  }

  const sources = new Map<string, IgnoreSource | null>();
  const sourceIn = (dir: string): IgnoreSource | null => {
    let source = sources.get(dir);
    if (source === undefined) {
      const file = path.join(dir, IGNORE_FILE);
      source = existsSync(file) && statSync(file).isFile() ? { dir, by: { kind: 'file', file: shown(file) }, rules: readIgnoreFile(file, shown(file)) } : null;
      sources.set(dir, source);
    }
    return source;
  };
  const gitRoots = new Map<string, string | null>();
  const gitRootOf = (dir: string): string | null => {
    let root = gitRoots.get(dir);
    if (root === undefined) {
      const parent = path.dirname(dir);
      root = existsSync(path.join(dir, '.git')) ? dir : parent === dir ? null : gitRootOf(parent);
      gitRoots.set(dir, root);
    }
    return root;
  };
  const topOf = (file: string): string => {
    if (isWithin(cwd, file)) return cwd;
    const git = gitRootOf(path.dirname(file));
    if (git) return git;
    const named = options.roots.filter((r) => isWithin(r, file)).sort((a, b) => a.length - b.length)[0];
    return named ?? path.dirname(file);
  };
  const chainOf = (file: string): IgnoreSource[] => {
    if (explicit) return isWithin(explicit.dir, file) ? [explicit] : [];
    const top = topOf(file);
    const dirs: string[] = [];
    for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
      dirs.push(dir);
      if (dir === top || path.dirname(dir) === dir) break;
    }
    return dirs.reverse().flatMap((d) => sourceIn(d) ?? []);
  };

  return (file: string) => {
    let by: IgnoredBy | undefined;
    for (const source of chainOf(file)) {
      const rel = toPosix(path.relative(source.dir, file));
      const parent = path.posix.dirname(rel);
      // git does not look inside an excluded folder: nothing below re-includes its files
      if (parent !== '.' && source.rules.ignores(`${parent}/`)) return source.by;
      const decided = source.rules.test(rel);
      if (decided.ignored) by = source.by;
      else if (decided.unignored) by = undefined;
    }
    if (patterns && isWithin(cwd, file)) {
      const rel = toPosix(path.relative(cwd, file));
      const decided = patterns.test(rel);
      if (decided.ignored) by = { kind: 'pattern', pattern: decided.rule?.pattern ?? '' };
      else if (decided.unignored) by = undefined;
    }
    return by;
  };
}
