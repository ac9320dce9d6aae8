import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, FolderConfigError } from '../src/config/errors.js';
import { readConfigFile } from '../src/config/read-config-file.js';
import { ConfigResolver } from '../src/config/resolver.js';

const linux = process.platform === 'linux';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'xxgk-config-read-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function detailOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).detail;
  }
  throw new Error('expected a ConfigError');
}

describe('config files are read bounded, regular files only', () => {
  it('reads a config as readFileSync would (a BOM kept)', () => {
    writeFileSync(path.join(dir, 'a.yml'), '\uFEFFrules: {}\n');
    expect(readConfigFile(path.join(dir, 'a.yml'))).toBe('\uFEFFrules: {}\n');
  });

  it.runIf(linux)('/dev/zero is refused before it is opened', () => {
    expect(detailOf(() => readConfigFile('/dev/zero'))).toBe('不是普通文件（字符设备），没有读取');
  });

  it.runIf(linux)('a FIFO is refused without waiting for a writer', () => {
    execFileSync('mkfifo', [path.join(dir, 'pipe.yml')]);
    expect(detailOf(() => readConfigFile(path.join(dir, 'pipe.yml')))).toBe('不是普通文件（管道（FIFO）），没有读取');
  });

  it('a file over the cap is refused by its size', () => {
    writeFileSync(path.join(dir, 'big.yml'), `# ${'x'.repeat(2 * 1024 * 1024)}\n`);
    expect(detailOf(() => readConfigFile(path.join(dir, 'big.yml')))).toBe(
      '文件过大（超过 1 MB），没有读取：配置文件通常只有几 KB，请确认是否写错了路径',
    );
  });

  it.runIf(linux)('a file whose size claims 0 is still read no further than the cap', () => {
    expect(detailOf(() => readConfigFile('/proc/self/status', 64))).toBe('文件过大（超过 0 MB），没有读取：配置文件通常只有几 KB，请确认是否写错了路径');
  });

  it.runIf(linux)('`extends: /dev/zero` (also through a symlink) is a config error naming the file, not 8 GB of reading', async () => {
    symlinkSync('/dev/zero', path.join(dir, 'zero.yml'));
    writeFileSync(path.join(dir, '.xxgklintrc.yml'), 'root: true\nextends: ./zero.yml\n');
    writeFileSync(path.join(dir, 'report.txt'), '报告');
    const resolver = new ConfigResolver({ cwd: dir });
    const error = await resolver.resolveFor(path.join(dir, 'report.txt')).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).detail).toBe('不是普通文件（字符设备），没有读取');
    expect((error as ConfigError).file).toBe(path.join(dir, 'zero.yml'));
  });

  it.runIf(linux)('a FIFO named .xxgklintrc.yml in a linted sub-folder is a folder config error, not a search that waits for ever', async () => {
    mkdirSync(path.join(dir, 'sub'));
    execFileSync('mkfifo', [path.join(dir, 'sub', '.xxgklintrc.yml')]);
    writeFileSync(path.join(dir, 'sub', 'report.txt'), '报告');
    const error = await new ConfigResolver({ cwd: dir }).resolveFor(path.join(dir, 'sub', 'report.txt')).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FolderConfigError);
    expect((error as ConfigError).detail).toBe('不是普通文件（管道（FIFO）），没有读取');
    expect((error as ConfigError).file).toBe(path.join(dir, 'sub', '.xxgklintrc.yml'));
  });

  it('an oversized .xxgklintrc.yml is refused before the search reads it', async () => {
    writeFileSync(path.join(dir, '.xxgklintrc.yml'), `# ${'x'.repeat(2 * 1024 * 1024)}\nroot: true\n`);
    const error = await new ConfigResolver({ cwd: dir }).resolveFor(path.join(dir, 'report.txt')).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as ConfigError).detail).toBe('文件过大（超过 1 MB），没有读取：配置文件通常只有几 KB，请确认是否写错了路径');
  });
});
