import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateReports } from '../../../scripts/generate-reports.mjs';
import { sameBody } from '@xxgk-lint/core';
import { REAL, ensureBuilt, runBin, tempDir } from './helpers.js';

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; message: string; line: number; fatal?: boolean; excerpt?: string }[];
  source?: string;
}

function lintJson(args: string[], cwd: string): { status: number | null; results: JsonResult[]; stderr: string } {
  const run = runBin([...args, '--format', 'json'], { cwd });
  return { status: run.status, results: run.stdout ? (JSON.parse(run.stdout) as JsonResult[]) : [], stderr: run.stderr };
}

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

beforeAll(() => ensureBuilt(), 200_000);

const HONGZE_2023 = 'jiangsu-huaian-hongzequ-2023.txt';
const HONGZE_2024 = 'jiangsu-huaian-hongzequ-2024.txt';
const HUAIAN_2024 = 'jiangsu-huaian-shi-2024.txt';

/** 洪泽区 2024 with its 上年结转 row saying 2 (自然人) instead of 2023's 0 */
function hongze2024WithCarryOver(dir: string): string {
  const file = path.join(dir, HONGZE_2024);
  const text = readFileSync(path.join(REAL, HONGZE_2024), 'utf8').replace(
    '二、上年结转政府信息公开申请数量                              0    0         0     0   0   0     0',
    '二、上年结转政府信息公开申请数量                              2    0         0     0   0   0     2',
  );
  writeFileSync(file, text);
  return file;
}

describe('year on year', () => {
  it('matches 淮安市洪泽区人民政府 with 洪泽区人民政府, not with 淮安市人民政府', () => {
    expect(sameBody('淮安市洪泽区人民政府', '洪泽区人民政府')).toBe(true);
    expect(sameBody('淮安市人民政府', '淮安市洪泽区人民政府')).toBe(false);
    expect(sameBody('淮安市人民政府', '人民政府')).toBe(false);
  });

  it('a batch of the three real reports compares 洪泽区 2024 with 2023 (结转下年度 vs 上年结转)', () => {
    const dir = scratch();
    copyFileSync(path.join(REAL, HONGZE_2023), path.join(dir, HONGZE_2023));
    copyFileSync(path.join(REAL, HUAIAN_2024), path.join(dir, HUAIAN_2024));
    const unchanged = path.join(dir, HONGZE_2024);
    copyFileSync(path.join(REAL, HONGZE_2024), unchanged);
    const clean = lintJson(['.'], dir);
    expect(clean.results.map((r) => path.basename(r.filePath))).toEqual([HONGZE_2023, HONGZE_2024, HUAIAN_2024]);
    expect(clean.results.flatMap((r) => r.messages.map((m) => m.ruleId)).filter((id) => id === 'national/carry-over')).toEqual([]);

    hongze2024WithCarryOver(dir);
    const changed = lintJson(['.'], dir);
    const carry = changed.results[1].messages.filter((m) => m.ruleId === 'national/carry-over');
    expect(carry.map((m) => m.message)).toEqual([
      `表三“二、上年结转”“自然人”列为 2，但上一年度报告（${HONGZE_2023}）“四、结转下年度继续办理”为 0：两者应相等，请核对。`,
      `表三“二、上年结转”“总计”列为 2，但上一年度报告（${HONGZE_2023}）“四、结转下年度继续办理”为 0：两者应相等，请核对。`,
    ]);
    expect(changed.results[2].messages.some((m) => m.ruleId === 'national/carry-over')).toBe(false);
  });

  it('--previous gives the previous year\'s report from elsewhere', () => {
    const dir = scratch();
    const file = hongze2024WithCarryOver(dir);
    const alone = lintJson([file], dir);
    expect(alone.results[0].messages.some((m) => m.ruleId === 'national/carry-over')).toBe(false);
    const withPrevious = lintJson([file, '--previous', path.join(REAL, HONGZE_2023)], dir);
    expect(withPrevious.results.map((r) => path.basename(r.filePath))).toEqual([HONGZE_2024]);
    expect(withPrevious.results[0].messages.filter((m) => m.ruleId === 'national/carry-over')).toHaveLength(2);
  });

  it('--previous holds for --fix, --fix-dry-run and --stdin as for a plain run', () => {
    const dir = scratch();
    const file = hongze2024WithCarryOver(dir);
    const previous = ['--previous', path.join(REAL, HONGZE_2023)];
    const carryOver = (results: JsonResult[]) => results[0].messages.filter((m) => m.ruleId === 'national/carry-over').map((m) => m.line);
    const plain = carryOver(lintJson([file, ...previous], dir).results);
    expect(plain).toHaveLength(2);
    // the dry run prints its diff first: its results go to a file
    runBin([file, '--fix-dry-run', ...previous, '--format', 'json', '-o', 'dry.json'], { cwd: dir });
    expect(carryOver(JSON.parse(readFileSync(path.join(dir, 'dry.json'), 'utf8')) as JsonResult[])).toEqual(plain);
    const stdin = runBin(['--stdin', '--stdin-filename', HONGZE_2024, ...previous, '--format', 'json'], { cwd: dir, input: readFileSync(file) });
    expect(carryOver(JSON.parse(stdin.stdout) as JsonResult[])).toEqual(plain);
    expect(carryOver(lintJson([file, '--fix', ...previous], dir).results)).toEqual(plain);
  });
});

describe('batch runs', () => {
  it('worker threads give the same results, in input order, as one thread', () => {
    const dir = scratch();
    generateReports(path.join(dir, 'reports'), 24, 11);
    const threads = lintJson(['reports', '--concurrency', '2'], dir);
    const single = lintJson(['reports', '--concurrency', '1'], dir);
    const shape = (rs: JsonResult[]) => rs.map((r) => [r.filePath, r.messages.map((m) => `${m.ruleId}@${m.line} ${m.message}`)]);
    expect(threads.results).toHaveLength(24);
    expect(shape(threads.results)).toEqual(shape(single.results));
    const names = threads.results.map((r) => path.basename(r.filePath));
    expect(names).toEqual([...names].sort());
  });

  it('a binary file, an empty file and a rule that crashes are each reported; the others are linted', () => {
    const dir = scratch();
    generateReports(path.join(dir, 'reports'), 10, 3);
    writeFileSync(path.join(dir, 'reports', 'zz-binary.txt'), Buffer.from([0x50, 0x4b, 0, 0, 1, 2, 3, 0xff, 0xfe]));
    writeFileSync(path.join(dir, 'reports', 'zz-empty.md'), '');
    mkdirSync(path.join(dir, 'crashpack'));
    writeFileSync(
      path.join(dir, 'crashpack', 'index.js'),
      `export default { meta: { name: 'crash', version: '1', namespace: 'crash' }, rules: { boom: { meta: { type: 'problem', defaultSeverity: 'error', docs: { description: '会出错的规则', url: 'file:///crash.md' } }, create() { return { Report(r) { if (r.metadata.year === 2023) throw new Error('故意出错'); } }; } } }, configs: { recommended: { rules: { 'crash/boom': 'error' } } } };\n`,
    );
    writeFileSync(path.join(dir, '.xxgklintrc.yml'), 'root: true\nextends:\n  - "@xxgk-lint/rules-national/recommended"\n  - ./crashpack/\n');
    const run = lintJson(['reports', '--concurrency', '2'], dir);
    expect(run.status).toBe(1);
    expect(run.results).toHaveLength(12);
    const byName = new Map(run.results.map((r) => [path.basename(r.filePath), r]));
    expect(byName.get('zz-binary.txt')!.messages).toEqual([expect.objectContaining({ ruleId: null, fatal: true, message: expect.stringMatching(/二进制/) })]);
    expect(byName.get('zz-empty.md')!.messages).toEqual([expect.objectContaining({ ruleId: null, fatal: true, message: expect.stringMatching(/空/) })]);
    const crashed = run.results.filter((r) => r.messages.some((m) => m.ruleId === 'crash/boom'));
    expect(crashed.length).toBeGreaterThan(0);
    for (const r of crashed) {
      expect(r.messages.find((m) => m.ruleId === 'crash/boom')).toMatchObject({ fatal: true, message: expect.stringMatching(/故意出错/) });
      expect(r.messages.some((m) => m.ruleId?.startsWith('national/'))).toBe(true);
    }
  });

  it('.xxgklintignore leaves files out; a named one says it is ignored', () => {
    const dir = scratch();
    generateReports(path.join(dir, 'reports'), 4, 5);
    mkdirSync(path.join(dir, 'reports', '草稿'));
    copyFileSync(path.join(REAL, HUAIAN_2024), path.join(dir, 'reports', '草稿', 'draft.txt'));
    writeFileSync(path.join(dir, '.xxgklintignore'), '# 草稿不检查\n草稿/\n*-2021.md\n');
    const run = lintJson(['reports'], dir);
    const names = run.results.map((r) => path.relative(dir, r.filePath));
    expect(names.some((n) => n.includes('草稿'))).toBe(false);
    expect(names.some((n) => n.endsWith('-2021.md'))).toBe(false);
    const named = lintJson([path.join('reports', '草稿', 'draft.txt')], dir);
    expect(named.results[0].messages).toEqual([expect.objectContaining({ ruleId: null, message: expect.stringMatching(/\.xxgklintignore/) })]);
  });

  it('--concurrency takes a positive integer', () => {
    const run = runBin(['--concurrency', '0', path.join(REAL, HUAIAN_2024)]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--concurrency.*正整数/);
  });
});
