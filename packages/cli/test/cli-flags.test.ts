/** The flags ESLint users expect (issue 15 item 7): --cache, --debug, --env-info, --color, --exit-on-fatal-error, help, --init. */
/* eslint-disable no-control-regex -- colour escapes are looked for */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import stringWidth from 'string-width';
import type { RulePack } from '@xxgk-lint/core';
import { nationalPack } from '@xxgk-lint/rules-national';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, SEED_README, ensureBuilt, runBin, tempDir } from './helpers.js';
import { runInProcess } from './inprocess.js';
import { wrapByWidth } from '../src/help.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(path.join(dir, 'a.txt'), readFileSync(SEED_README));
});
afterEach(() => cleanup());

const run = (argv: string[], io = {}) => runInProcess(argv, dir, io);

describe('--help', () => {
  it('is Chinese throughout, aligned by display width, within 80 columns', async () => {
    const { stdout, code } = await run(['--help']);
    expect(code).toBe(0);
    for (const english of ['Usage:', 'Options:', 'Arguments:', 'display help', 'output the version', '(default', 'default:']) expect(stdout).not.toContain(english);
    const lines = stdout.split('\n');
    expect(lines.filter((l) => stringWidth(l) > 80)).toEqual([]);
    // every option's description starts in the same column, Chinese in the flag or not
    const descriptionColumn = (flag: string) => {
      const line = lines.find((l) => l.startsWith(`  ${flag}`))!;
      return stringWidth(line.slice(0, line.search(/\S+$/) === -1 ? 0 : line.indexOf('  ', 2 + flag.length))) + (line.slice(line.indexOf('  ', 2 + flag.length)).match(/^ +/)?.[0].length ?? 0);
    };
    expect(descriptionColumn('--rule <规则: 级别>')).toBe(descriptionColumn('--quiet'));
    expect(descriptionColumn('--previous <文件或目录>')).toBe(descriptionColumn('--quiet'));
    expect(stdout).toContain('--lsp');
    expect(stdout).toContain('--exit-on-fatal-error');
  });

  it('wraps Chinese by width without starting a line with a closing mark or ending one with an opening mark', () => {
    const wrapped = wrapByWidth('自动修复能确定的问题，写回 .md/.txt 文件（保持原编码），不改写 Word、PDF、网页。', 20);
    const lines = wrapped.split('\n');
    expect(lines.every((l) => stringWidth(l) <= 20)).toBe(true);
    expect(lines.some((l) => /^[，。）]/.test(l) || /（$/.test(l))).toBe(false);
    const noSpace = (t: string) => t.replace(/\s/g, '');
    expect(noSpace(lines.join(''))).toBe(noSpace('自动修复能确定的问题，写回 .md/.txt 文件（保持原编码），不改写 Word、PDF、网页。'));
  });
});

describe('--env-info, --lsp', () => {
  it('--env-info prints Node, the OS and the package versions, and exits 0 without linting', async () => {
    const r = await run(['--env-info']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Node.js：${process.version}`);
    expect(r.stdout).toMatch(/操作系统：\S+/);
    expect(r.stdout).toMatch(/@xxgk-lint\/core：\d+\.\d+\.\d+/);
    expect(r.stdout).toMatch(/@xxgk-lint\/rules-national：\d+\.\d+\.\d+/);
  });

  it('--lsp with file options (in-process) says how to start the server', async () => {
    const r = await run(['--lsp', 'a.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('xxgk-lint --lsp --stdio');
  });
});

describe('--color / --no-color', () => {
  const escapes = (s: string) => /\u001b\[/.test(s);
  it('--color forces colours off a terminal; --no-color wins over FORCE_COLOR; NO_COLOR and FORCE_COLOR are respected', async () => {
    expect(escapes((await run(['a.txt'])).stdout)).toBe(false);
    expect(escapes((await run(['a.txt', '--color'])).stdout)).toBe(true);
    expect(escapes((await run(['a.txt', '--color'], { env: { NO_COLOR: '1' } })).stdout)).toBe(true);
    expect(escapes((await run(['a.txt'], { env: { FORCE_COLOR: '1' } })).stdout)).toBe(true);
    expect(escapes((await run(['a.txt', '--no-color'], { env: { FORCE_COLOR: '1' }, isTTY: true })).stdout)).toBe(false);
    expect(escapes((await run(['a.txt'], { env: { NO_COLOR: '1' }, isTTY: true })).stdout)).toBe(false);
    expect(escapes((await run(['a.txt'], { isTTY: true })).stdout)).toBe(true);
  });
});

describe('--exit-on-fatal-error', () => {
  it('exits 2 when a file is fatal (unreadable), 1 without the flag', async () => {
    writeFileSync(path.join(dir, 'empty.txt'), '');
    expect((await run(['a.txt', 'empty.txt'])).code).toBe(1);
    const r = await run(['a.txt', 'empty.txt', '--exit-on-fatal-error']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('1 个文件有致命错误（无法读取或没有检查完），按 --exit-on-fatal-error 以退出码 2 结束。');
    // without a fatal file the flag changes nothing
    expect((await run(['a.txt', '--exit-on-fatal-error'])).code).toBe(1);
  });
});

/** the national pack plus a rule that counts how often a report is really linted */
let lints = 0;
const counting: RulePack = {
  meta: { name: 'count', version: '0.0.0', namespace: 'count' },
  rules: {
    seen: {
      meta: { type: 'suggestion', defaultSeverity: 'info', docs: { description: '计数', url: 'https://example.invalid/seen' } },
      create: () => ({ Report: () => void lints++ }),
    },
  },
  configs: { recommended: { rules: { 'count/seen': 'info' } } },
};

describe('--cache', () => {
  const cached = (argv: string[]) => run([...argv, '--cache', '-f', 'json', '--debug'], { packs: [nationalPack, counting] });

  it('a second run with nothing changed answers from the cache without linting, with the same results', async () => {
    writeFileSync(path.join(dir, 'b.txt'), readFileSync(SEED_README, 'utf8').replace('2023', '2022'));
    lints = 0;
    const first = await cached(['a.txt', 'b.txt']);
    expect(lints).toBe(2);
    expect(first.stderr).toContain('命中 0 个，重新检查 2 个');
    expect(existsSync(path.join(dir, '.xxgklintcache'))).toBe(true);
    const second = await cached(['a.txt', 'b.txt']);
    expect(lints).toBe(2);
    expect(second.stderr).toContain('命中 2 个，重新检查 0 个');
    expect(JSON.parse(second.stdout)).toEqual(JSON.parse(first.stdout));
    expect(second.code).toBe(first.code);
  });

  it('a changed file, a changed --rule or another tool version is linted again', async () => {
    lints = 0;
    await cached(['a.txt']);
    writeFileSync(path.join(dir, 'a.txt'), `${readFileSync(SEED_README, 'utf8')}\n补充一句。\n`);
    expect((await cached(['a.txt'])).stderr).toContain('命中 0 个，重新检查 1 个');
    expect((await cached(['a.txt'])).stderr).toContain('命中 1 个，重新检查 0 个');
    const ruled = await cached(['a.txt', '--rule', 'national/contact-info: off']);
    expect(ruled.stderr).toContain('命中 0 个，重新检查 1 个');
    const file = path.join(dir, '.xxgklintcache');
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { version: string };
    writeFileSync(file, JSON.stringify({ ...stored, version: '0.0.0-old' }));
    expect((await cached(['a.txt'])).stderr).toContain('命中 0 个，重新检查 1 个');
    expect(lints).toBe(4);
  });

  it('a corrupted cache file gives one warning and is rewritten, never a crash', async () => {
    writeFileSync(path.join(dir, '.xxgklintcache'), '{"schema": 1, "entr');
    const r = await cached(['a.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter((l) => l.includes('已损坏'))).toHaveLength(1);
    expect(r.stderr).toContain('本次不使用并将重写');
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    expect(() => JSON.parse(readFileSync(path.join(dir, '.xxgklintcache'), 'utf8'))).not.toThrow();
    expect((await cached(['a.txt'])).stderr).not.toContain('已损坏');
  });

  it('a report paired with its previous year is linted again when that report changes', async () => {
    const real = path.join(ROOT, 'test/fixtures/corpus/real');
    const [y2023, y2024] = ['jiangsu-huaian-hongzequ-2023.txt', 'jiangsu-huaian-hongzequ-2024.txt'];
    for (const name of [y2023, y2024]) copyFileSync(path.join(real, name), path.join(dir, name));
    const carryOver = (stdout: string) =>
      (JSON.parse(stdout) as { filePath: string; messages: { ruleId: string }[] }[])
        .find((r) => r.filePath.endsWith(y2024))!
        .messages.filter((m) => m.ruleId === 'national/carry-over').length;
    const first = await cached([y2023, y2024]);
    // each file once, then 2024 again with 2023 as its previous year
    expect(first.stderr).toContain('命中 0 个，重新检查 3 个');
    expect((await cached([y2023, y2024])).stderr).toContain('命中 3 个，重新检查 0 个');
    // 2023's 结转 changes: 2024 on its own is unchanged, 2024 against 2023 is not
    const text = readFileSync(path.join(real, y2023), 'utf8');
    const changed = text.replace(/(四、结转下年度继续办理\s+)0/, '$12');
    expect(changed).not.toBe(text);
    writeFileSync(path.join(dir, y2023), changed);
    const again = await cached([y2023, y2024]);
    expect(again.stderr).toContain('命中 1 个，重新检查 2 个');
    const uncached = await run([y2023, y2024, '-f', 'json'], { packs: [nationalPack, counting] });
    expect(carryOver(again.stdout)).toBe(carryOver(uncached.stdout));
    // and the change shows: 2024's 上年结转 no longer matches
    expect(carryOver(again.stdout)).toBeGreaterThan(carryOver(first.stdout));
  });

  it('--cache-location: a folder gets .xxgklintcache inside, a file name is used as is', async () => {
    await run(['a.txt', '--cache', '--cache-location', 'caches/', '-f', 'json']);
    expect(existsSync(path.join(dir, 'caches/.xxgklintcache'))).toBe(true);
    await run(['a.txt', '--cache', '--cache-location', 'my.cache', '-f', 'json']);
    expect(existsSync(path.join(dir, 'my.cache'))).toBe(true);
    expect(existsSync(path.join(dir, '.xxgklintcache'))).toBe(false);
  });

  it('--fix does not use the cache; the next cached run sees the fixed file', async () => {
    const report = readFileSync(SEED_README, 'utf8').replace('。', ',');
    writeFileSync(path.join(dir, 'a.txt'), `${report}\n根据文件要求,现将报告如下。\n`);
    const before = JSON.parse((await cached(['a.txt'])).stdout) as { messages: unknown[] }[];
    const fix = await run(['a.txt', '--fix', '--cache', '-f', 'json']);
    expect(JSON.parse(fix.stdout)).toHaveLength(1);
    const after = await cached(['a.txt']);
    expect(after.stderr).toContain('命中 0 个，重新检查 1 个');
    expect((JSON.parse(after.stdout) as { messages: unknown[] }[])[0].messages.length).toBeLessThan(before[0].messages.length);
  });
});

describe('--debug', () => {
  it('says, on stderr, the config files read and the time of each step', { timeout: 120_000 }, () => {
    ensureBuilt();
    mkdirSync(path.join(dir, 'r'));
    writeFileSync(path.join(dir, 'r/a.txt'), readFileSync(SEED_README));
    writeFileSync(path.join(dir, '.xxgklintrc.yml'), 'root: true\nextends:\n  - "@xxgk-lint/rules-national/recommended"\n');
    const r = runBin(['r', '--debug', '-f', 'json'], { cwd: dir });
    expect(r.stderr).toMatch(/^xxgk-lint 调试 \[\d+ ms\]：找到 1 个要检查的文件$/m);
    expect(r.stderr).toContain(`读取了配置文件 ${path.join(dir, '.xxgklintrc.yml')}`);
    expect(r.stderr).toMatch(/调试 \[\d+ ms\]：检查完毕/);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    expect(runBin(['r', '-f', 'json'], { cwd: dir }).stderr).not.toContain('调试');
  });
});

describe('--init', () => {
  it('asks again after an invalid answer instead of giving up at the end (scripted stdin)', async () => {
    const promptInput = Readable.from(['四川省\n遂宁市\n安居区\n', '村委会\n', 'township\n']);
    const r = await run(['--init'], { stdinIsTTY: true, promptInput });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('主体类型 “村委会” 无效');
    expect(r.stderr).toContain('请重新输入');
    expect(r.stderr.split('主体类型 township').length - 1).toBe(2);
    const written = readFileSync(path.join(dir, '.xxgklintrc.yml'), 'utf8');
    expect(written).toContain('bodyKind: township');
    expect(written).toContain('province: "四川省"');
    expect(written).toContain('rules-provincial/sichuan');
  });

  it('an input that ends early writes nothing and says why (exit 2)', async () => {
    const r = await run(['--init'], { stdinIsTTY: true, promptInput: Readable.from(['四川省\n']) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('输入已结束');
    expect(existsSync(path.join(dir, '.xxgklintrc.yml'))).toBe(false);
  });
});
