import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readReportFile } from '../src/api/node-files.js';
import type { LintResult } from '../src/types.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'xxgk-node-files-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function fatalOf(read: Uint8Array | LintResult): string {
  if (read instanceof Uint8Array) throw new Error('expected a fatal result, got bytes');
  expect(read.messages).toHaveLength(1);
  expect(read.messages[0]!.fatal).toBe(true);
  return read.messages[0]!.message;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const linux = process.platform === 'linux';

describe('readReportFile: only regular files are read', () => {
  it('reads a regular file', () => {
    writeFileSync(path.join(dir, 'a.txt'), '报告');
    const read = readReportFile(path.join(dir, 'a.txt'), 100);
    expect(Buffer.from(read as Uint8Array).toString('utf8')).toBe('报告');
  });

  it.runIf(linux)('a FIFO is refused at once (no writer needed), naming the kind', () => {
    const fifo = path.join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    expect(fatalOf(readReportFile(fifo, 1000))).toBe('这不是普通文件（管道（FIFO）），没有读取：请给出报告文件本身。');
  });

  it.runIf(linux)('a symlink to /dev/zero is refused without reading it', () => {
    const link = path.join(dir, 'zero.txt');
    symlinkSync('/dev/zero', link);
    expect(fatalOf(readReportFile(link, 1000))).toBe('这不是普通文件（符号链接，指向字符设备 “/dev/zero”），没有读取：请给出报告文件本身。');
  });

  it('a broken symlink says where it points', () => {
    const link = path.join(dir, 'broken.txt');
    symlinkSync(path.join(dir, 'gone.txt'), link);
    expect(fatalOf(readReportFile(link, 1000))).toBe(`符号链接失效（指向的 “${path.join(dir, 'gone.txt')}” 不存在），没有读取：请给出报告文件本身。`);
  });

  it('a directory is refused', () => {
    mkdirSync(path.join(dir, 'sub.txt'));
    expect(fatalOf(readReportFile(path.join(dir, 'sub.txt'), 1000))).toBe('这不是普通文件（目录），没有读取：请给出报告文件本身。');
  });

  // chmod 000 does not stop root from reading, so this only runs as an ordinary user
  it.runIf(!isRoot && process.platform !== 'win32')('an unreadable directory says its reports were not checked', () => {
    const sub = path.join(dir, 'locked');
    mkdirSync(sub);
    chmodSync(sub, 0o000);
    try {
      expect(fatalOf(readReportFile(sub, 1000))).toBe('无法读取目录（没有读取权限）：其中的报告都没有检查，请检查权限。');
    } finally {
      chmodSync(sub, 0o755);
    }
  });

  it('a missing file', () => {
    expect(fatalOf(readReportFile(path.join(dir, 'missing.txt'), 1000))).toBe(
      '无法读取文件（文件不存在（可能刚被移动或删除））：请检查文件是否存在、能否打开。',
    );
  });
});

describe('readReportFile: reads stop at the cap', () => {
  it('a file larger than the cap is refused by its size', () => {
    writeFileSync(path.join(dir, 'big.txt'), Buffer.alloc(3 * 1024 * 1024, 0x61));
    expect(fatalOf(readReportFile(path.join(dir, 'big.txt'), 1024 * 1024))).toBe(
      '文件过大（3.0 MB，上限 1 MB）：年度报告的文字通常不超过 1 MB，PDF、Word 文件通常不超过 10 MB，请确认是否选错了文件。',
    );
  });

  it('a file exactly at the cap is read', () => {
    writeFileSync(path.join(dir, 'edge.txt'), Buffer.alloc(1000, 0x61));
    expect((readReportFile(path.join(dir, 'edge.txt'), 1000) as Uint8Array).length).toBe(1000);
  });

  // /proc files claim size 0: the read itself must stop at the cap, not trust the size
  it.runIf(linux)('a file whose size lies (0) is read only up to the cap + 1', () => {
    expect(fatalOf(readReportFile('/proc/self/status', 100))).toBe(
      '文件过大（读取时超过 0.0 MB，上限 0 MB）：年度报告的文字通常不超过 1 MB，PDF、Word 文件通常不超过 10 MB，请确认是否选错了文件。',
    );
  });
});
