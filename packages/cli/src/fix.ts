import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { accessSync, chmodSync, chownSync, closeSync, constants, fstatSync, openSync, readSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Encoding } from '@xxgk-lint/core';

/** Why a fix was not written back; the message is for the user (the file is named by the result it goes in). */
export class FixNotWritten extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FixNotWritten';
  }
}

export const CHANGED_WHILE_CHECKED = '文件在检查期间被修改，没有写回修复：您的改动保留在文件中。请确认后重新运行 --fix。';
export const READ_ONLY = '文件是只读的，没有写回修复：原文件未改动。如需修复，请先取消只读属性（如 chmod u+w）。';
export const NOT_REGULAR = '这不是一个普通文件，没有写回修复：原文件未改动。';

function encode(text: string, encoding: Encoding, bom: boolean): Buffer {
  if (encoding === 'gb18030') return iconv.encode(text, 'gb18030');
  if (encoding === 'utf-16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (encoding === 'utf-16be') return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
  return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
}

/** the file's bytes and its state now; more than `limit` bytes are not read (the file differs anyway) */
function readNow(target: string, limit: number): { bytes: Buffer; stats: Stats } {
  const fd = openSync(target, 'r');
  try {
    const stats = fstatSync(fd);
    const size = Math.min(stats.size, limit + 1);
    const bytes = Buffer.alloc(size);
    let at = 0;
    while (at < size) {
      const n = readSync(fd, bytes, at, size - at, at);
      if (n === 0) break;
      at += n;
    }
    return { bytes: bytes.subarray(0, at), stats };
  } finally {
    closeSync(fd);
  }
}

/** the same file in the same state: nothing wrote to it between the two looks */
function sameState(a: Stats, b: Stats): boolean {
  return a.ino === b.ino && a.dev === b.dev && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

/** no write bit for anyone: the user marked it read-only (root passes access(W_OK), so the bits are checked) */
function isReadOnly(stats: Stats): boolean {
  return (stats.mode & 0o222) === 0;
}

/**
 * Write in the file's own encoding, atomically: a temp file beside it, then
 * rename. Through a symlink the target is written and the link stays a
 * link. The file's permissions (and, where allowed, its owner) are kept.
 * Nothing is written unless the file still holds exactly `expected` (the
 * bytes the fix was computed from): an edit made meanwhile is kept.
 * Throws FixNotWritten (with the user's message) or the system's error.
 */
export function writeAtomically(filePath: string, text: string, encoding: Encoding, bom: boolean, expected: Uint8Array): void {
  // a snapshot lost on the way (e.g. a message format that drops it) is no licence to write
  if (!(expected instanceof Uint8Array)) throw new FixNotWritten(CHANGED_WHILE_CHECKED);
  const target = realpathSync(filePath);
  const before = statSync(target);
  if (!before.isFile()) throw new FixNotWritten(NOT_REGULAR);
  if (isReadOnly(before)) throw new FixNotWritten(READ_ONLY);
  // a file this user may not write stays as it is, although a rename in a writable folder could replace it
  accessSync(target, constants.W_OK);
  const now = readNow(target, expected.length);
  if (!sameState(before, now.stats) || !now.bytes.equals(expected)) throw new FixNotWritten(CHANGED_WHILE_CHECKED);
  const checked = now.stats;
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.xxgk-${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, encode(text, encoding, bom), { mode: 0o600, flag: 'wx' });
    keepOwner(temp, checked);
    // after the owner (chown clears set-id bits), and exactly: the umask does not apply to chmod
    chmodSync(temp, checked.mode & 0o7777);
    // the last look before replacing it: a write since the check is kept, not overwritten
    if (!sameState(checked, statSync(target))) throw new FixNotWritten(CHANGED_WHILE_CHECKED);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** the new file gets the old one's owner and group where this process may give them (as root, or its own group) */
function keepOwner(temp: string, original: Stats): void {
  const made = statSync(temp);
  if (made.uid === original.uid && made.gid === original.gid) return;
  try {
    chownSync(temp, original.uid, original.gid);
  } catch {
    // not allowed (another user's file): the fixed file belongs to whoever ran --fix, as any editor's save would
  }
}
