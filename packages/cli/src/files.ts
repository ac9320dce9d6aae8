import { lstatSync, readdirSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { CONVERT_EXTENSIONS, DOCUMENT_EXTENSIONS, TEXT_EXTENSIONS } from '@xxgk-lint/core';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { UsageError } from './errors.js';

const SKIPPED_DIRS = new Set(['node_modules']);

/**
 * What a directory walk or a glob picks up: text (.md/.markdown/.txt/.text),
 * documents (.docx, .html/.htm/.shtml/.xhtml, .pdf), and legacy Word/WPS
 * files (.doc/.wps), which get a message saying what to convert them to.
 */
const LINTED_EXTENSIONS = [...TEXT_EXTENSIONS, ...DOCUMENT_EXTENSIONS, ...CONVERT_EXTENSIONS];

/** Word's lock files ("~$报告.docx") sit beside open documents: never reports */
const LOCK_FILE = /^~\$/;

function isReportFile(name: string): boolean {
  const ext = path.extname(name).toLowerCase();
  return LINTED_EXTENSIONS.includes(ext) && !LOCK_FILE.test(path.basename(name));
}

const SHOWN_EXTENSIONS = '.md、.txt、.docx、.html、.pdf 等';

function statOrUndefined(p: string): Stats | undefined {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

function isSymlink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Report files under `dir` (see LINTED_EXTENSIONS), skipping node_modules and dot-directories;
 * symlinked directories are not followed. Nothing found vanishes: an entry with a report's name
 * that is no regular file (a FIFO, a socket, a device, a broken symlink or one to a device) is
 * kept, and so is a sub-folder that cannot be read — reading them gives each its own message.
 */
function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    out.push(dir);
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
      walk(full, out);
    } else if (isReportFile(entry.name)) {
      // a symlink to a directory is not followed
      if (!(entry.isSymbolicLink() && statOrUndefined(full)?.isDirectory())) out.push(full);
    }
  }
}

/**
 * Command-line paths → absolute file paths, de-duplicated, sorted.
 * - an existing file is taken as named, whatever its extension — so is a FIFO, a device or a
 *   broken symlink named: reading it says why it is not read, the other files go on;
 * - an existing directory is walked for report files (LINTED_EXTENSIONS); a sub-folder that
 *   cannot be read is kept as an entry of its own (reading it says so);
 * - otherwise a glob pattern (tinyglobby) keeps its report-file matches.
 * A path that does not exist, a directory or glob with nothing to check: UsageError.
 */
export function expandPaths(args: readonly string[], cwd: string): string[] {
  const found = new Set<string>();
  for (const arg of args) {
    if (arg.trim() === '') throw new UsageError('文件参数是空字符串：请给出报告文件、目录或通配模式。');
    const abs = path.resolve(cwd, arg);
    const stat = statOrUndefined(abs);
    if ((stat && !stat.isDirectory()) || (!stat && isSymlink(abs))) {
      found.add(abs);
      continue;
    }
    if (stat?.isDirectory()) {
      const files: string[] = [];
      walk(abs, files);
      if (files.length === 0) {
        throw new UsageError(
          `目录 “${arg}” 中没有可检查的文件（${SHOWN_EXTENSIONS}）；node_modules 和以“.”开头的目录不会被检查。`,
        );
      }
      for (const f of files) found.add(f);
      continue;
    }
    const pattern = arg.replaceAll('\\', '/');
    if (!isDynamicPattern(pattern)) {
      throw new UsageError(`找不到文件或目录 “${arg}”：请检查路径和文件名是否正确。`);
    }
    const matches = globSync(pattern, {
      cwd,
      absolute: true,
      onlyFiles: true,
      dot: false,
      ignore: ['**/node_modules/**'],
      expandDirectories: false,
    }).filter(isReportFile);
    if (matches.length === 0) {
      throw new UsageError(
        `通配模式 “${arg}” 没有匹配到可检查的文件（${SHOWN_EXTENSIONS}）：请检查模式，或在 shell 中给模式加上引号。`,
      );
    }
    for (const m of matches) found.add(path.resolve(m));
  }
  return [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
