import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { fatalResult } from '../engine/linter.js';
import { IngestError } from '../ingest/index.js';
import type { LintResult } from '../types.js';

const READ_ERRORS: Record<string, string> = {
  EACCES: '没有读取权限',
  EPERM: '没有读取权限',
  EISDIR: '这是一个目录',
  ENOENT: '文件不存在（可能刚被移动或删除）',
  EBUSY: '文件被占用',
};

/** Reads at most maxBytes, so a huge file is refused without loading it. */
function readBounded(filePath: string, maxBytes: number): Uint8Array | { size: number } {
  const fd = openSync(filePath, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size > maxBytes) return { size };
    const buffer = Buffer.alloc(size);
    let at = 0;
    while (at < size) {
      const n = readSync(fd, buffer, at, size - at, at);
      if (n === 0) break;
      at += n;
    }
    return buffer.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}

/** The bytes of one file, or the fatal result saying why it cannot be read. */
export function readReportFile(filePath: string, maxBytes: number): Uint8Array | LintResult {
  let bytes: Uint8Array | { size: number };
  try {
    bytes = readBounded(filePath, maxBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const why = READ_ERRORS[code] ?? `${code || String(error)}`;
    return fatalResult(filePath, new IngestError(`无法读取文件（${why}）：请检查文件是否存在、能否打开。`));
  }
  if (!(bytes instanceof Uint8Array)) {
    const mb = (bytes.size / 1024 / 1024).toFixed(1);
    return fatalResult(
      filePath,
      new IngestError(
        `文件过大（${mb} MB，上限 ${(maxBytes / 1024 / 1024).toFixed(0)} MB）：年度报告的文字通常不超过 1 MB，PDF、Word 文件通常不超过 10 MB，请确认是否选错了文件。`,
      ),
    );
  }
  return bytes;
}
