/**
 * --fix cannot lose work (issue 11 item 5): the fix is written only while the
 * file still holds the bytes it was computed from; through a symlink the
 * target is written and the link stays; permissions and owner are kept; a
 * read-only file is not written, even by root (these tests run as root here).
 */
import { chmodSync, chownSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLinter } from '@xxgk-lint/core';
import type { FileFix } from '@xxgk-lint/core';
import { nationalDefaults } from '@xxgk-lint/rules-national';
import { writeAtomically } from '../src/fix.js';
import { writeFix } from '../src/fix-file.js';
import { tempDir } from './helpers.js';

/** half-width commas that national/fullwidth-punctuation turns into full-width ones */
const TEXT = '根据文件要求,现将我镇2022年度政府信息公开工作报告如下。\n一、总体情况\n本年度,我镇主动公开政府信息59条。\n';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function scratch(): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  return dir;
}

async function fixOf(file: string): Promise<FileFix> {
  const linter = createLinter({ ...nationalDefaults, cwd: path.dirname(file), noConfig: true });
  const fix = await linter.fixFile(file);
  expect(fix?.text?.after).not.toBe(fix?.text?.before);
  return fix!;
}

const fatalMessages = (fix: { result: { messages: { message: string; fatal?: boolean }[] } }) =>
  fix.result.messages.filter((m) => m.fatal).map((m) => m.message);

function report(dir: string, name = 'report.txt', text = TEXT): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('an edit made while --fix ran is kept', () => {
  it('the file changed after it was read: nothing is written, the message says so', async () => {
    const dir = scratch();
    const file = report(dir);
    const fix = await fixOf(file);
    const edited = `${TEXT}（审核人补充的一段）\n`;
    writeFileSync(file, edited);
    const written = writeFix(file, fix, true);
    expect(fatalMessages(written)).toEqual(['文件在检查期间被修改，没有写回修复：您的改动保留在文件中。请确认后重新运行 --fix。']);
    expect(written.result.filePath).toBe(file);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(readdirSync(dir)).toEqual(['report.txt']);
  });

  it('an edit of the same size with the old mtime put back is still seen (the bytes are compared)', async () => {
    const dir = scratch();
    const file = report(dir);
    const { atime, mtime } = statSync(file);
    const fix = await fixOf(file);
    const edited = TEXT.replace('59', '60');
    writeFileSync(file, edited);
    utimesSync(file, atime, mtime);
    expect(statSync(file).size).toBe(fix.text!.read.length);
    expect(fatalMessages(writeFix(file, fix, true))).toEqual(['文件在检查期间被修改，没有写回修复：您的改动保留在文件中。请确认后重新运行 --fix。']);
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });

  it('an unchanged file gets the fix', async () => {
    const dir = scratch();
    const file = report(dir);
    const fix = await fixOf(file);
    const written = writeFix(file, fix, true);
    expect(fatalMessages(written)).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe(fix.text!.after);
    expect(readFileSync(file, 'utf8')).toContain('根据文件要求，现将');
    expect(readdirSync(dir)).toEqual(['report.txt']);
  });

  it('writeAtomically with a stale snapshot throws and leaves the file and no temp file', () => {
    const dir = scratch();
    const file = report(dir, 'a.txt', 'new text\n');
    expect(() => writeAtomically(file, 'fixed\n', 'utf-8', false, Buffer.from('old text\n'))).toThrow(
      '文件在检查期间被修改，没有写回修复：您的改动保留在文件中。请确认后重新运行 --fix。',
    );
    expect(readFileSync(file, 'utf8')).toBe('new text\n');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('a fix without the bytes it was computed from (lost on the way) is not written', () => {
    const dir = scratch();
    const file = report(dir, 'a.txt', 'a,b\n');
    expect(() => writeAtomically(file, 'a，b\n', 'utf-8', false, undefined as never)).toThrow(
      '文件在检查期间被修改，没有写回修复：您的改动保留在文件中。请确认后重新运行 --fix。',
    );
    expect(readFileSync(file, 'utf8')).toBe('a,b\n');
  });

  it('bytes that crossed a worker boundary (a plain Uint8Array, not a Buffer) still match', () => {
    const dir = scratch();
    const file = report(dir, 'a.txt', 'a,b\n');
    writeAtomically(file, 'a，b\n', 'utf-8', false, structuredClone(new Uint8Array(Buffer.from('a,b\n'))));
    expect(readFileSync(file, 'utf8')).toBe('a，b\n');
  });
});

describe('a symlink stays a symlink', () => {
  it('the target gets the fix; the link is not replaced', async () => {
    const dir = scratch();
    const target = report(dir, 'target.txt');
    const link = path.join(dir, 'link.txt');
    symlinkSync('target.txt', link);
    const fix = await fixOf(link);
    expect(fatalMessages(writeFix(link, fix, true))).toEqual([]);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('target.txt');
    expect(readFileSync(target, 'utf8')).toBe(fix.text!.after);
    expect(readdirSync(dir).sort()).toEqual(['link.txt', 'target.txt']);
  });

  it('a chain of links into another folder: the temp file is made beside the target', () => {
    const dir = scratch();
    const other = scratch();
    const target = report(other, 'real.txt', 'a,b\n');
    symlinkSync(target, path.join(dir, 'one.txt'));
    symlinkSync('one.txt', path.join(dir, 'two.txt'));
    writeAtomically(path.join(dir, 'two.txt'), 'a，b\n', 'utf-8', false, Buffer.from('a,b\n'));
    expect(readFileSync(target, 'utf8')).toBe('a，b\n');
    expect(lstatSync(path.join(dir, 'one.txt')).isSymbolicLink()).toBe(true);
    expect(lstatSync(path.join(dir, 'two.txt')).isSymbolicLink()).toBe(true);
    expect(readdirSync(other)).toEqual(['real.txt']);
  });
});

describe('permissions', () => {
  it('a 0444 file is not written, even by root', async () => {
    const dir = scratch();
    const file = report(dir);
    chmodSync(file, 0o444);
    const fix = await fixOf(file);
    const written = writeFix(file, fix, true);
    expect(fatalMessages(written)).toEqual(['文件是只读的，没有写回修复：原文件未改动。如需修复，请先取消只读属性（如 chmod u+w）。']);
    expect(readFileSync(file, 'utf8')).toBe(TEXT);
    expect(statSync(file).mode & 0o777).toBe(0o444);
    expect(readdirSync(dir)).toEqual(['report.txt']);
  });

  it('a read-only target behind a symlink is not written either', () => {
    const dir = scratch();
    const target = report(dir, 'target.txt', 'a,b\n');
    chmodSync(target, 0o400);
    symlinkSync('target.txt', path.join(dir, 'link.txt'));
    expect(() => writeAtomically(path.join(dir, 'link.txt'), 'a，b\n', 'utf-8', false, Buffer.from('a,b\n'))).toThrow(
      '文件是只读的，没有写回修复：原文件未改动。如需修复，请先取消只读属性（如 chmod u+w）。',
    );
    expect(readFileSync(target, 'utf8')).toBe('a,b\n');
  });

  it.each([0o600, 0o640, 0o666, 0o755])('mode %o is kept exactly (the umask does not narrow it)', (mode) => {
    const dir = scratch();
    const file = report(dir, 'a.txt', 'a,b\n');
    chmodSync(file, mode);
    writeAtomically(file, 'a，b\n', 'utf-8', false, Buffer.from('a,b\n'));
    expect(readFileSync(file, 'utf8')).toBe('a，b\n');
    expect(statSync(file).mode & 0o7777).toBe(mode);
  });

  it.skipIf(process.getuid?.() !== 0)('the owner and group are kept (as root)', () => {
    const dir = scratch();
    const file = report(dir, 'a.txt', 'a,b\n');
    chownSync(file, 1234, 5678);
    writeAtomically(file, 'a，b\n', 'utf-8', false, Buffer.from('a,b\n'));
    const stats = statSync(file);
    expect([stats.uid, stats.gid]).toEqual([1234, 5678]);
    expect(readFileSync(file, 'utf8')).toBe('a，b\n');
  });

  it('a path that is no longer a regular file (now a folder) is not replaced', () => {
    const dir = scratch();
    const file = path.join(dir, 'a.txt');
    mkdirSync(file);
    expect(() => writeAtomically(file, 'a，b\n', 'utf-8', false, Buffer.from('a,b\n'))).toThrow('这不是一个普通文件，没有写回修复：原文件未改动。');
    expect(statSync(file).isDirectory()).toBe(true);
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('a broken symlink is reported, not replaced by a file', async () => {
    const dir = scratch();
    const link = path.join(dir, 'gone.txt');
    symlinkSync('missing.txt', link);
    const fix: FileFix = {
      result: { filePath: link, messages: [], suppressedMessages: [], errorCount: 0, warningCount: 0, infoCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 } as never,
      text: { before: 'a,b\n', after: 'a，b\n', encoding: 'utf-8', bom: false, applied: 1, read: Buffer.from('a,b\n') },
    };
    expect(fatalMessages(writeFix(link, fix, true))).toEqual(['修复后无法写回文件（ENOENT）：原文件未改动。请检查写入权限。']);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir)).toEqual(['gone.txt']);
  });
});
