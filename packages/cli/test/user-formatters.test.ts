/**
 * -f with a formatter of the user's own: a module by path or an installed
 * xxgk-lint-formatter-<name> package, both resolved from the working
 * directory (test/fixtures/formatters), and the Chinese exit-2 message when
 * one cannot be found, loaded or run.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Rule, RulePack } from '@xxgk-lint/core';
import { describe, expect, it } from 'vitest';
import { BUILTIN_FORMATTER_NAMES, cliVersion, formatterPackageName, loadFormatter, runCli } from '../src/index.js';
import type { CliIo } from '../src/index.js';
import { ROOT } from './helpers.js';

const FIXTURES = path.join(ROOT, 'test/fixtures/formatters');

const flagTitle: Rule = {
  meta: {
    type: 'problem',
    defaultSeverity: 'error',
    docs: { description: '测试规则', url: 'https://example.invalid/flag-title' },
  },
  create: (context) => ({ Report: () => context.report({ message: '测试发现', range: [0, 2] }) }),
};
const pack: RulePack = {
  meta: { name: 'stub', version: '0.0.0', namespace: 'stub' },
  rules: { 'flag-title': flagTitle },
  configs: { recommended: { rules: { 'stub/flag-title': 'error' } } },
};

async function run(argv: string[], io: Partial<CliIo> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd: FIXTURES,
    env: {},
    isTTY: false,
    packs: [pack],
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readStdin: () => Promise.resolve(new Uint8Array()),
    ...io,
  });
  return { code, stdout, stderr };
}

describe('-f: a formatter module by path', () => {
  it('prints what the module returns, given the results and {rulesMeta, cwd, version}; the summary goes to stderr', async () => {
    const r = await run(['-f', './counting-formatter.js', 'report.txt']);
    expect(r.stdout).toBe(`report.txt：1 条\n规则 stub/flag-title；版本 ${cliVersion()}\n`);
    expect(r.stderr).toBe('共检查 1 个文件：1 个错误，0 个警告\n');
    expect(r.code).toBe(1);
  });

  it('takes an absolute path and a formatter that returns a Promise', async () => {
    const r = await run(['-f', path.join(FIXTURES, 'async-formatter.mjs'), 'report.txt']);
    expect(r.stdout).toBe('共 1 个文件\n');
  });

  it('writes the output to -o like a built-in format', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xxgk-formatter-'));
    try {
      const out = path.join(dir, '结果.txt');
      const r = await run(['-f', './counting-formatter.js', '-o', out, 'report.txt']);
      expect(r.stdout).toBe('');
      expect(readFileSync(out, 'utf8')).toBe(`report.txt：1 条\n规则 stub/flag-title；版本 ${cliVersion()}\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('-f: an installed formatter package', () => {
  it('-f x resolves xxgk-lint-formatter-x from the working directory', async () => {
    const r = await run(['-f', 'x', 'report.txt']);
    expect(r.stdout).toBe('x：stub/flag-title\n');
    expect(r.code).toBe(1);
  });

  it('the full package name works too', async () => {
    expect((await run(['-f', 'xxgk-lint-formatter-x', 'report.txt'])).stdout).toBe('x：stub/flag-title\n');
  });

  it('a package installed inside the linted folder is not found from another working directory', async () => {
    const r = await run(['-f', 'planted', 'linted']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('xxgk-lint-formatter-planted');
    expect(r.stderr).not.toContain('planted formatter was loaded');
  });

  it('linting a folder with a formatter package in it loads nothing from it', async () => {
    const r = await run(['linted'], { cwd: FIXTURES });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('测试发现');
  });
});

describe('-f: formatters that fail, exit 2 with a Chinese message naming them', () => {
  const cases: [string, RegExp][] = [
    ['./throwing-formatter.js', /^xxgk-lint：格式化模块 “\.\/throwing-formatter\.js”运行出错：模板文件缺失/],
    ['./missing-formatter.js', /^xxgk-lint：无法加载格式化模块 “\.\/missing-formatter\.js”（.*missing-formatter\.js）/],
    ['./not-a-formatter.js', /^xxgk-lint：格式化模块 “\.\/not-a-formatter\.js” 没有默认导出一个函数/],
    ['./not-text-formatter.js', /^xxgk-lint：格式化模块 “\.\/not-text-formatter\.js”应返回文字，实际返回了 object/],
    ['nope', /^xxgk-lint：选项 “--format” 的值 “nope” 无效：没有这个内置格式（可用 pretty、json、sarif、csv、html、xlsx），当前目录也没有安装 xxgk-lint-formatter-nope 包/],
  ];
  for (const [name, message] of cases) {
    it(name, async () => {
      const r = await run(['-f', name, 'report.txt']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
    });
  }
});

describe('the formatter registry', () => {
  it('has the built-in formats', () => {
    expect(BUILTIN_FORMATTER_NAMES).toEqual(['pretty', 'json', 'sarif', 'csv', 'html', 'xlsx']);
  });

  it('maps -f names to package names as ESLint does', () => {
    expect(formatterPackageName('x')).toBe('xxgk-lint-formatter-x');
    expect(formatterPackageName('xxgk-lint-formatter-x')).toBe('xxgk-lint-formatter-x');
    expect(formatterPackageName('@org/x')).toBe('@org/xxgk-lint-formatter-x');
    expect(formatterPackageName('@org')).toBe('@org/xxgk-lint-formatter');
    expect(formatterPackageName('@org/xxgk-lint-formatter-x')).toBe('@org/xxgk-lint-formatter-x');
  });

  it('built-in formats keep their output under the contract', async () => {
    const json = await loadFormatter('json', FIXTURES);
    expect(json.builtin).toBe(true);
    expect(await json.format([], { rulesMeta: {}, cwd: FIXTURES, version: '0.1.0' })).toBe('[]\n');
  });
});
