import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { JsonResult } from './helpers.js';
import { SEEDS, ensureBuilt, parseJson, runBin, tempDir } from './helpers.js';

/**
 * The per-file budget (issue 11 item 3), through the built bin: a rule pack
 * (fixtures/budget/hostile-pack) makes the worker linting a report that holds
 * a marker spin forever, fill its heap or exit; every other report is linted
 * as usual and the run ends with exit 1, not 2.
 */

const PACK = path.join(import.meta.dirname, 'fixtures/budget/hostile-pack');
/** half-width punctuation throughout: --fix has work to do */
const SEED_001 = path.join(SEEDS, '001_f43a336d7d324075.txt');
const SEED_002 = path.join(SEEDS, '002_cff4ace8f11033c3.txt');

const TIMEOUT = (seconds: number) =>
  `检查超时：这个文件超过 ${seconds} 秒没有检查完，已跳过。可能是文件过大或结构异常；确需检查时可用 --max-file-seconds 放宽时限。`;
const MEMORY = (mb: number) =>
  `内存超限：检查这个文件用到的内存超过了 ${mb} MB，已跳过。可能是文件过大或结构异常（如 Word 文件里的压缩炸弹）；确需检查时可用 --max-file-memory 放宽上限。`;
const EXITED = '检查中断：检查这个文件的工作线程意外退出（退出码 3），已跳过。请把这个文件和这条消息反馈给维护者。';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

beforeAll(() => ensureBuilt(), 200_000);

/**
 * <tmp>/.xxgklintrc.yml (national + the hostile pack, above the cwd so it is
 * the reviewer's own config) and <tmp>/run/reports with good reports and one
 * per marker; the CLI runs in <tmp>/run.
 */
function hostileBatch(): { cwd: string; reports: string } {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  cpSync(PACK, path.join(dir, 'hostile-pack'), { recursive: true });
  writeFileSync(path.join(dir, '.xxgklintrc.yml'), 'root: true\nextends:\n  - "@xxgk-lint/rules-national/recommended"\n  - ./hostile-pack/\n');
  const cwd = path.join(dir, 'run');
  const reports = path.join(cwd, 'reports');
  mkdirSync(reports, { recursive: true });
  const seed1 = readFileSync(SEED_001, 'utf8');
  const seed2 = readFileSync(SEED_002, 'utf8');
  writeFileSync(path.join(reports, 'a-good.txt'), seed1);
  writeFileSync(path.join(reports, 'b-spin.txt'), `${seed1}\nXXGK-SPIN\n`);
  writeFileSync(path.join(reports, 'c-good.txt'), seed2);
  writeFileSync(path.join(reports, 'd-hog.txt'), `${seed1}\nXXGK-HOG\n`);
  writeFileSync(path.join(reports, 'e-exit.txt'), `${seed2}\nXXGK-EXIT\n`);
  writeFileSync(path.join(reports, 'f-good.txt'), seed1.replace('我镇', '本镇'));
  return { cwd, reports };
}

const byName = (results: JsonResult[]) => new Map(results.map((r) => [path.basename(r.filePath), r]));
const shape = (r: JsonResult | undefined) => r?.messages.map((m) => `${m.ruleId}@${m.line}:${m.column} ${m.message}`);
const fatalOnly = (message: string) => [{ ruleId: null, severity: 2, fatal: true, message, line: 1, column: 1 }];

describe('a file past its budget is one fatal result; the run goes on', () => {
  it('a batch with a file that hangs, one that fills its heap and one that exits: every other file has its normal findings, exit 1', () => {
    const { cwd } = hostileBatch();
    const run = runBin(['reports', '--format', 'json', '--concurrency', '2', '--max-file-seconds', '3', '--max-file-memory', '128'], { cwd });
    expect(run.stderr).not.toMatch(/内部错误/);
    expect(run.status).toBe(1);
    const results = byName(parseJson(run.stdout));
    expect([...results.keys()]).toEqual(['a-good.txt', 'b-spin.txt', 'c-good.txt', 'd-hog.txt', 'e-exit.txt', 'f-good.txt']);
    expect(results.get('b-spin.txt')!.messages).toMatchObject(fatalOnly(TIMEOUT(3)));
    expect(results.get('d-hog.txt')!.messages).toMatchObject(fatalOnly(MEMORY(128)));
    expect(results.get('e-exit.txt')!.messages).toMatchObject(fatalOnly(EXITED));
    for (const r of [results.get('b-spin.txt')!, results.get('d-hog.txt')!, results.get('e-exit.txt')!]) expect(r.messages).toHaveLength(1);

    // the good files: what they get when linted alone, in one thread
    const alone = byName(
      parseJson(runBin(['reports/a-good.txt', 'reports/c-good.txt', 'reports/f-good.txt', '--format', 'json', '--concurrency', '1'], { cwd }).stdout),
    );
    for (const name of ['a-good.txt', 'c-good.txt', 'f-good.txt']) {
      expect(results.get(name)!.messages.some((m) => m.ruleId?.startsWith('national/'))).toBe(true);
      expect(shape(results.get(name))).toEqual(shape(alone.get(name)));
    }
  }, 60_000);

  it('a single file over its time, in the pretty format: the message names the file, exit 1', () => {
    const { cwd } = hostileBatch();
    const run = runBin(['reports/b-spin.txt', '--max-file-seconds', '1'], { cwd });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('reports/b-spin.txt');
    expect(run.stdout).toContain(TIMEOUT(1));
    expect(run.stdout).toContain('共检查 1 个文件：1 个错误');
  }, 30_000);

  it('--stdin has the budget too', () => {
    const { cwd } = hostileBatch();
    const input = `${readFileSync(SEED_001, 'utf8')}\nXXGK-SPIN\n`;
    const run = runBin(['--stdin', '--stdin-filename', 'reports/x.txt', '--format', 'json', '--max-file-seconds', '1'], { cwd, input });
    expect(run.status).toBe(1);
    const results = parseJson(run.stdout);
    expect(results.map((r) => path.relative(cwd, r.filePath))).toEqual([path.join('reports', 'x.txt')]);
    expect(results[0].messages).toMatchObject(fatalOnly(TIMEOUT(1)));
  }, 30_000);

  it('--fix goes on past the bad files: the good ones are fixed, the bad ones left as they were', () => {
    const { cwd, reports } = hostileBatch();
    const read = (name: string) => readFileSync(path.join(reports, name), 'utf8');
    const before = new Map(['a-good.txt', 'b-spin.txt', 'd-hog.txt', 'e-exit.txt', 'f-good.txt'].map((n) => [n, read(n)]));
    // one worker: it is replaced after each bad file and the files after it still run
    const run = runBin(['--fix', 'reports', '--format', 'json', '--concurrency', '1', '--max-file-seconds', '3', '--max-file-memory', '128'], { cwd });
    expect(run.status).toBe(1);
    const results = byName(parseJson(run.stdout));
    expect(results.size).toBe(6);
    expect(results.get('b-spin.txt')!.messages).toMatchObject(fatalOnly(TIMEOUT(3)));
    expect(results.get('d-hog.txt')!.messages).toMatchObject(fatalOnly(MEMORY(128)));
    expect(results.get('e-exit.txt')!.messages).toMatchObject(fatalOnly(EXITED));
    for (const name of ['b-spin.txt', 'd-hog.txt', 'e-exit.txt']) expect(read(name)).toBe(before.get(name));
    expect(before.get('a-good.txt')).toContain('2022年,我镇没有政府信息依申请公开情况。');
    expect(read('a-good.txt')).toContain('2022年，我镇没有政府信息依申请公开情况。');
    for (const name of ['a-good.txt', 'f-good.txt']) {
      expect(read(name)).not.toBe(before.get(name));
      expect(results.get(name)!.messages.filter((m) => m.ruleId === 'national/fullwidth-punctuation')).toEqual([]);
    }
  }, 60_000);

  it('--fix-dry-run shows the good files\' diffs and reports the bad one', () => {
    const { cwd } = hostileBatch();
    const run = runBin(['--fix-dry-run', 'reports/a-good.txt', 'reports/b-spin.txt', '--max-file-seconds', '2'], { cwd });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('+++ a-good.txt（修复后）');
    expect(run.stdout).not.toContain('+++ b-spin.txt');
    expect(run.stdout).toContain(TIMEOUT(2));
  }, 30_000);
});

describe('budget options', () => {
  it('--max-file-seconds takes a positive number of seconds', () => {
    const run = runBin(['--max-file-seconds', '0', SEED_001]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('xxgk-lint：选项 “--max-file-seconds” 的值 “0” 无效：应为大于 0 的秒数，如 10 或 2.5。\n');
    expect(runBin(['--max-file-seconds', '十', SEED_001]).status).toBe(2);
    const fine = runBin(['--max-file-seconds', '2.5', '--no-config', '--format', 'json', SEED_002]);
    expect(fine.status).toBe(1);
    expect(parseJson(fine.stdout)[0].messages.some((m) => m.fatal)).toBe(false);
  });

  it('--max-file-memory takes whole megabytes, at least 64', () => {
    const run = runBin(['--max-file-memory', '10', SEED_001]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('xxgk-lint：选项 “--max-file-memory” 的值 “10” 无效：应为不小于 64 的整数（MB）。\n');
  });
});
