import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { specialKind } from '../api/node-files.js';
import { ConfigError } from './errors.js';

/** a config file, a pack.yml or a data rule is a few KB: never read more than this */
export const MAX_CONFIG_BYTES = 1024 * 1024;

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

const tooLarge = (file: string, maxBytes: number) =>
  new ConfigError(`文件过大（超过 ${(maxBytes / 1024 / 1024).toFixed(0)} MB），没有读取：配置文件通常只有几 KB，请确认是否写错了路径`, file);

/**
 * A config-like file's text (UTF-8): only a regular file (checked before it is opened, so
 * `extends: /dev/zero` or a FIFO is never read, and again on the open descriptor), and at most
 * maxBytes of it however large it claims to be. Errors of the file system are thrown as they
 * are (the resolver words them); the rest as a ConfigError naming the file.
 */
export function readConfigFile(file: string, maxBytes = MAX_CONFIG_BYTES): string {
  const kind = specialKind(statSync(file));
  if (kind !== undefined) throw new ConfigError(`不是普通文件（${kind}），没有读取`, file);
  const fd = openSync(file, OPEN_FLAGS);
  try {
    const stats = fstatSync(fd);
    const openedKind = specialKind(stats);
    if (openedKind !== undefined) throw new ConfigError(`不是普通文件（${openedKind}），没有读取`, file);
    if (stats.size > maxBytes) throw tooLarge(file, maxBytes);
    const buffer = Buffer.allocUnsafe(maxBytes + 1);
    let total = 0;
    for (;;) {
      const n = readSync(fd, buffer, total, buffer.length - total, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw tooLarge(file, maxBytes);
    }
    // as readFileSync(file, 'utf8') reads it (a BOM is kept for the parser)
    return buffer.toString('utf8', 0, total);
  } finally {
    closeSync(fd);
  }
}

/**
 * Before a folder's config files are searched (cosmiconfig reads them itself, unbounded): a
 * candidate that is no regular file (a FIFO would block the search for ever, /dev/zero fill
 * memory) or, except package.json, larger than maxBytes is a ConfigError naming it.
 */
export function checkConfigCandidates(dir: string, names: readonly string[], maxBytes = MAX_CONFIG_BYTES): void {
  for (const name of names) {
    const file = join(dir, name);
    let stats;
    try {
      stats = statSync(file);
    } catch {
      continue; // none there (or a broken link): the search does not find it either
    }
    const kind = specialKind(stats);
    if (kind !== undefined && kind !== '目录') throw new ConfigError(`不是普通文件（${kind}），没有读取`, file);
    if (kind === undefined && name !== 'package.json' && stats.size > maxBytes) throw tooLarge(file, maxBytes);
  }
}
