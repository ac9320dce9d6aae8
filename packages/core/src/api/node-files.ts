import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, readdirSync, readlinkSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { fatalResult } from '../engine/linter.js';
import { IngestError } from '../ingest/index.js';
import type { LintResult } from '../types.js';

const READ_ERRORS: Record<string, string> = {
  EACCES: '没有读取权限',
  EPERM: '没有读取权限',
  EISDIR: '这是一个目录',
  ENOENT: '文件不存在（可能刚被移动或删除）',
  EBUSY: '文件被占用',
  ELOOP: '符号链接循环',
};

/** a FIFO opened read-only must not wait for a writer (0 where the flag does not exist) */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** what a non-regular file is, in words; undefined for a regular file */
export function specialKind(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return '目录';
  if (stats.isFIFO()) return '管道（FIFO）';
  if (stats.isSocket()) return '套接字';
  if (stats.isCharacterDevice()) return '字符设备';
  if (stats.isBlockDevice()) return '块设备';
  return '特殊文件';
}

const notRegular = (kind: string): IngestError => new IngestError(`这不是普通文件（${kind}），没有读取：请给出报告文件本身。`);

/** the target a symlink names, or undefined when the path is no symlink */
function linkTarget(filePath: string): string | undefined {
  try {
    return lstatSync(filePath).isSymbolicLink() ? readlinkSync(filePath) : undefined;
  } catch {
    return undefined;
  }
}

/** why a path that is not a regular file is not read (stat already done: nothing opened) */
function specialFileError(filePath: string, stats: Stats, kind: string): IngestError {
  const target = linkTarget(filePath);
  if (target !== undefined) return notRegular(`符号链接，指向${kind} “${target}”`);
  if (stats.isDirectory()) {
    try {
      readdirSync(filePath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      return new IngestError(`无法读取目录（${READ_ERRORS[code] ?? code}）：其中的报告都没有检查，请检查权限。`);
    }
  }
  return notRegular(kind);
}

/** a path that cannot be opened: a broken symlink says so, anything else the error */
function openError(filePath: string, error: unknown): IngestError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const target = linkTarget(filePath);
  if (code === 'ENOENT' && target !== undefined) {
    return new IngestError(`符号链接失效（指向的 “${target}” 不存在），没有读取：请给出报告文件本身。`);
  }
  // a socket cannot be opened at all
  if (code === 'ENXIO') return notRegular('套接字或没有驱动的设备');
  const why = READ_ERRORS[code] ?? `${code || String(error)}`;
  return new IngestError(`无法读取文件（${why}）：请检查文件是否存在、能否打开。`);
}

/** at most maxBytes + 1 bytes from an open file, whatever its size claims (it may grow while read) */
function readAtMost(fd: number, maxBytes: number, sizeHint: number): Buffer {
  const limit = maxBytes + 1;
  const chunks: Buffer[] = [];
  let total = 0;
  let chunkSize = Math.min(Math.max(sizeHint + 1, 64 * 1024), limit);
  while (total < limit) {
    const want = Math.min(chunkSize, limit - total);
    const buffer = Buffer.allocUnsafe(want);
    const n = readSync(fd, buffer, 0, want, null);
    if (n === 0) break;
    chunks.push(n === want ? buffer : buffer.subarray(0, n));
    total += n;
    chunkSize = Math.min(chunkSize * 2, limit);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

type Read = { bytes: Uint8Array } | { tooLarge: number; exact: boolean } | { error: IngestError };

/**
 * Only a regular file is read (checked before opening, so a device or a FIFO is never opened for
 * reading, and again on the open descriptor), and never more than maxBytes + 1 bytes of it.
 */
function readRegularBounded(filePath: string, maxBytes: number): Read {
  let stats: Stats;
  try {
    stats = statSync(filePath);
  } catch (error) {
    return { error: openError(filePath, error) };
  }
  const kind = specialKind(stats);
  if (kind !== undefined) return { error: specialFileError(filePath, stats, kind) };
  let fd: number;
  try {
    fd = openSync(filePath, OPEN_FLAGS);
  } catch (error) {
    return { error: openError(filePath, error) };
  }
  try {
    const opened = fstatSync(fd);
    // replaced between the stat and the open
    const openedKind = specialKind(opened);
    if (openedKind !== undefined) return { error: specialFileError(filePath, opened, openedKind) };
    if (opened.size > maxBytes) return { tooLarge: opened.size, exact: true };
    const bytes = readAtMost(fd, maxBytes, opened.size);
    if (bytes.length > maxBytes) return { tooLarge: bytes.length, exact: false };
    return { bytes };
  } catch (error) {
    return { error: openError(filePath, error) };
  } finally {
    closeSync(fd);
  }
}

const toMb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

/** The bytes of one file, or the fatal result saying why it cannot be read. */
export function readReportFile(filePath: string, maxBytes: number): Uint8Array | LintResult {
  const read = readRegularBounded(filePath, maxBytes);
  if ('bytes' in read) return read.bytes;
  if ('error' in read) return fatalResult(filePath, read.error);
  const size = read.exact ? `${toMb(read.tooLarge)} MB` : `读取时超过 ${toMb(maxBytes)} MB`;
  return fatalResult(
    filePath,
    new IngestError(
      `文件过大（${size}，上限 ${(maxBytes / 1024 / 1024).toFixed(0)} MB）：年度报告的文字通常不超过 1 MB，PDF、Word 文件通常不超过 10 MB，请确认是否选错了文件。`,
    ),
  );
}
