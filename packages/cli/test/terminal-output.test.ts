/**
 * The CLI's own lines on a terminal (issue 11 item 6): a name or message that
 * carries control characters is printed with them made visible, in the
 * error line, the "结果已写入" line and a --fix-dry-run diff shown on a
 * terminal; a diff sent to a file or pipe stays exact.
 */
/* eslint-disable no-control-regex -- these tests look for control characters in the output */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../src/index.js';
import { tempDir } from './helpers.js';
import { runInProcess } from './inprocess.js';

const REPORT = '根据\u001b]0;pwned\u0007文件要求,现将我镇2022年度政府信息公开工作报告如下。\n一、总体情况\n本年度\u202e我镇主动公开政府信息59条。\n';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(path.join(dir, 'a.txt'), REPORT);
});
afterEach(() => cleanup());

const run = (argv: string[], io: Partial<CliIo> = {}) => runInProcess(argv, dir, io);

describe('the CLI on a terminal', () => {
  it('an error line naming something with control characters shows them as escapes', async () => {
    const r = await run(['a.txt', '--no-config', '-f', './\u001b[2Jfmt\u202e.js']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^xxgk-lint：无法加载格式化模块 “\.\/\\x1b\[2Jfmt\\u202e\.js”/);
    expect(r.stderr).not.toMatch(/[\u001b\u202e]/);
  });

  it('the "结果已写入" line shows the output file name with escapes (the file itself has its real name)', async () => {
    const r = await run(['a.txt', '--no-config', '-f', 'json', '-o', 'out\u001b[1m.json']);
    expect(r.stderr).toMatch(/^结果已写入 “out\\x1b\[1m\.json”。共检查 1 个文件：/);
    expect(existsSync(path.join(dir, 'out\u001b[1m.json'))).toBe(true);
  });

  it('a --fix-dry-run diff on a terminal shows the report\'s controls as escapes; to a pipe it is exact', async () => {
    // the diff is shown with the pretty format; -o sends the findings away, so stdout is the diff alone
    const tty = await run(['a.txt', '--no-config', '--fix-dry-run', '-o', 'findings.txt'], { isTTY: true });
    expect(tty.stdout).toContain('-根据\\x1b]0;pwned\\x07文件要求,现将我镇');
    expect(tty.stdout).toContain('+根据\\x1b]0;pwned\\x07文件要求，现将我镇');
    expect(tty.stdout).not.toMatch(/[\u0007\u001b\u202e]/);
    const pipe = await run(['a.txt', '--no-config', '--fix-dry-run', '-o', 'findings.txt']);
    expect(pipe.stdout).toContain('+根据\u001b]0;pwned\u0007文件要求，现将我镇');
  });
});
