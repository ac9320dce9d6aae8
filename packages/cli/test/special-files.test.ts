import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expandPaths } from '../src/index.js';
import { BIN, ensureBuilt, runBin, tempDir } from './helpers.js';

const REPORT = '某某镇人民政府2024年政府信息公开工作年度报告\n\n一、总体情况\n\n本年度工作正常开展。\n';
const linux = process.platform === 'linux';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(path.join(dir, 'a.txt'), REPORT);
});
afterEach(() => cleanup());
beforeAll(() => ensureBuilt(), 200_000);

function lintJson(argv: string[]): { code: number | null; results: { filePath: string; messages: { fatal?: boolean; message: string }[] }[]; stderr: string } {
  const run = runBin([...argv, '--format', 'json', '--no-config'], { cwd: dir });
  return { code: run.status, results: run.stdout ? JSON.parse(run.stdout) : [], stderr: run.stderr };
}

const fatalBy = (results: Awaited<ReturnType<typeof lintJson>>['results']) =>
  Object.fromEntries(results.map((r) => [path.relative(dir, r.filePath), r.messages.find((m) => m.fatal)?.message ?? null]));

describe.runIf(linux)('special entries: each gets its own result, none stops the batch', () => {
  beforeEach(() => {
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'broken.txt'));
    symlinkSync('/dev/zero', path.join(dir, 'zero.txt'));
    mkdirSync(path.join(dir, 'linked-dir'));
    writeFileSync(path.join(dir, 'linked-dir', 'c.txt'), REPORT);
    // a symlink to a directory is still not followed
    symlinkSync(path.join(dir, 'linked-dir'), path.join(dir, 'dir-link.md'));
    writeFileSync(path.join(dir, 'notes.bin'), 'x');
  });

  it('a folder walk keeps FIFOs, broken links and links to devices that carry a report name', () => {
    expect(expandPaths(['.'], dir).map((f) => path.relative(dir, f))).toEqual(['a.txt', 'broken.txt', 'linked-dir/c.txt', 'pipe.txt', 'zero.txt']);
  });

  it('named on the command line, they are kept as named (not a usage error)', () => {
    expect(expandPaths(['pipe.txt', 'broken.txt', 'zero.txt'], dir).map((f) => path.relative(dir, f))).toEqual(['broken.txt', 'pipe.txt', 'zero.txt']);
  });

  it('a folder and the same entries named: one fatal message each, the good file linted', () => {
    const { code, results, stderr } = lintJson(['.', 'pipe.txt', 'broken.txt', 'zero.txt']);
    expect(stderr).toMatch(/^共检查 5 个文件：.*（其中 3 个文件无法读取或没有检查完）\n$/);
    expect(code).toBe(1);
    expect(fatalBy(results)).toEqual({
      'a.txt': null,
      'broken.txt': `符号链接失效（指向的 “${path.join(dir, 'gone.txt')}” 不存在），没有读取：请给出报告文件本身。`,
      'linked-dir/c.txt': null,
      'pipe.txt': '这不是普通文件（管道（FIFO）），没有读取：请给出报告文件本身。',
      'zero.txt': '这不是普通文件（符号链接，指向字符设备 “/dev/zero”），没有读取：请给出报告文件本身。',
    });
  });
});

/** as root chmod 000 stops nothing: the bin then runs as "nobody" (runuser), so the case is still tested */
const RUNUSER = '/usr/sbin/runuser';

/**
 * As root the folder is unreadable only to another user: the CLI runs as
 * `nobody`, which needs to reach this checkout (a clone inside a private
 * folder, such as one made by `mktemp -d`, is out of its reach).
 */
function nobodyCanRunTheCli(): boolean {
  if (!existsSync(RUNUSER)) return false;
  const probe = spawnSync(RUNUSER, ['-u', 'nobody', '--', process.execPath, '-e', `require('node:fs').accessSync(${JSON.stringify(BIN)}, 4)`]);
  return probe.status === 0;
}

const asUser = !isRoot || nobodyCanRunTheCli();
if (linux && !asUser) console.warn('读不了的子目录这一项测试已跳过：以 root 运行时需要用户 nobody 能读到本仓库的命令行（/usr/sbin/runuser 不在，或仓库位于 nobody 进不去的目录里）。');

describe.runIf(linux && asUser)('an unreadable sub-folder', () => {
  it('gets a result of its own and the rest of the batch goes on', () => {
    const locked = path.join(dir, 'locked');
    mkdirSync(locked);
    writeFileSync(path.join(locked, 'b.txt'), REPORT);
    chmodSync(dir, 0o755);
    chmodSync(path.join(dir, 'a.txt'), 0o644);
    chmodSync(locked, 0o000);
    try {
      const argv = [BIN, '.', '--format', 'json', '--no-config'];
      const run = isRoot
        ? spawnSync(RUNUSER, ['-u', 'nobody', '--', process.execPath, ...argv], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
        : spawnSync(process.execPath, argv, { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(run.status).toBe(1);
      const results = JSON.parse(run.stdout) as Parameters<typeof fatalBy>[0];
      expect(fatalBy(results)).toEqual({ 'a.txt': null, locked: '无法读取目录（没有读取权限）：其中的报告都没有检查，请检查权限。' });
      if (!isRoot) expect(expandPaths(['.'], dir).map((f) => path.relative(dir, f))).toEqual(['a.txt', 'locked']);
    } finally {
      chmodSync(locked, 0o755);
    }
  });
});
