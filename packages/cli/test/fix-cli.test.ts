/** --fix and --fix-dry-run as ESLint users expect them (issue 15 item 5). */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers.js';
import { runInProcess } from './inprocess.js';

const REPORT = '根据文件要求,现将我镇2022年度政府信息公开工作报告如下。\n一、总体情况\n本年度我镇主动公开政府信息59条。\n';
const FIXED = REPORT.replace(',', '，');
const FORMATS = path.join(ROOT, 'test/fixtures/formats');

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(path.join(dir, 'a.txt'), REPORT);
});
afterEach(() => cleanup());

const run = (argv: string[], io = {}) => runInProcess(argv, dir, io);

describe('--fix and --fix-dry-run', () => {
  it('refuses both at once (exit 2) and writes nothing', async () => {
    const r = await run(['--fix', '--fix-dry-run', 'a.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('xxgk-lint：“--fix” 与 “--fix-dry-run” 只能选一个：--fix 写回文件，--fix-dry-run 只显示修复后的差异、不写文件。\n');
    expect(r.stdout).toBe('');
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(REPORT);
  });

  it('--fix-dry-run --format json is valid JSON with the fixed text in `output`, and no diff', async () => {
    const r = await run(['--fix-dry-run', '--format', 'json', 'a.txt']);
    const results = JSON.parse(r.stdout) as { filePath: string; output?: string }[];
    expect(results).toHaveLength(1);
    expect(results[0].output).toBe(FIXED);
    expect(r.stdout).not.toContain('+++');
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(REPORT);
  });

  it('--fix-dry-run with the pretty format prints the diff before the findings', async () => {
    const r = await run(['--fix-dry-run', 'a.txt']);
    expect(r.stdout.startsWith('--- a.txt\n+++ a.txt（修复后）\n@@ -1,3 +1,3 @@\n-根据文件要求,现将')).toBe(true);
    expect(r.stdout).toContain('+根据文件要求，现将');
  });

  it('--stdin --fix-dry-run prints the diff; with --format json the fixed text is in `output`', async () => {
    const readStdin = () => Promise.resolve(new Uint8Array(Buffer.from(REPORT)));
    const pretty = await run(['--stdin', '--stdin-filename', '报告.txt', '--fix-dry-run'], { readStdin });
    expect(pretty.stdout).toContain('--- 报告.txt\n+++ 报告.txt（修复后）\n');
    expect(pretty.stdout).toContain('+根据文件要求，现将');
    const json = await run(['--stdin', '--stdin-filename', '报告.txt', '--fix-dry-run', '-f', 'json'], { readStdin });
    expect((JSON.parse(json.stdout) as { output?: string }[])[0].output).toBe(FIXED);
  });

  it('--fix on .docx/.html says once, in one stderr line, that they are only checked', async () => {
    for (const name of ['seed-003.docx', 'seed-004.html']) copyFileSync(path.join(FORMATS, name), path.join(dir, name));
    copyFileSync(path.join(FORMATS, 'seed-003.docx'), path.join(dir, 'copy.docx'));
    const r = await run(['--fix', '--format', 'json', 'seed-003.docx', 'copy.docx', 'seed-004.html', 'a.txt']);
    const lines = r.stderr.split('\n').filter((l) => l.includes('只检查、不修复'));
    expect(lines).toEqual(['xxgk-lint：3 个文件（.docx、.html）只检查、不修复：--fix 只写回 .md/.txt 文件，Word、PDF、网页等请在原文档中修改。']);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(FIXED);
    const plain = await run(['--fix', 'a.txt']);
    expect(plain.stderr).not.toContain('只检查、不修复');
  });
});
