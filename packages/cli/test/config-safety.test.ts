import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { JsonResult } from './helpers.js';
import { SEED_MISSING_PARTS, ensureBuilt, parseJson, runBin, tempDir } from './helpers.js';

const REPORT = readFileSync(SEED_MISSING_PARTS);
const JS_DETAIL = '检查时不会运行其中的代码；如确需使用，请加 --allow-js-config';
/** a JavaScript config that leaves a marker file beside itself when it runs */
const MARKING_CONFIG = "require('node:fs').writeFileSync(require('node:path').join(__dirname, 'ran'), 'ran');\nmodule.exports = { extends: '@xxgk-lint/rules-national/recommended' };\n";

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

/** a temp folder with the given files (path → content); "*.txt" without content is the seed report */
function folder(files: Record<string, string | undefined>): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content ?? REPORT);
  }
  return dir;
}

const byFile = (results: JsonResult[], dir: string) => new Map(results.map((r) => [path.relative(dir, r.filePath), r]));
const findings = (r: JsonResult | undefined) => r?.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}:${m.severity}`);

/** the seed's findings where no config applies */
let normal: string[] | undefined;

beforeAll(() => {
  ensureBuilt();
  const dir = folder({ 'r.txt': undefined });
  const run = runBin(['r.txt', '--format', 'json'], { cwd: dir });
  normal = findings(parseJson(run.stdout)[0]);
  expect(normal?.length).toBeGreaterThan(3);
}, 200_000);

function fatalOf(result: JsonResult | undefined) {
  expect(result?.messages).toHaveLength(1);
  expect(result?.messages[0]).toMatchObject({ ruleId: null, severity: 2, fatal: true, line: 1, column: 1 });
  return result?.messages[0].message;
}

describe('a broken or JavaScript config in a sub-folder fails only its files', () => {
  const hostile = () =>
    folder({
      'good/r.txt': undefined,
      'js/r.txt': undefined,
      'js/deeper/r.txt': undefined,
      'js/.xxgklintrc.cjs': MARKING_CONFIG,
      'cycle/r.txt': undefined,
      'cycle/.xxgklintrc.yml': 'extends: ./b.yml\n',
      'cycle/b.yml': 'extends: ./.xxgklintrc.yml\n',
      'self/r.txt': undefined,
      'self/.xxgklintrc.yml': 'extends: ./.xxgklintrc.yml\n',
      'builtin/r.txt': undefined,
      'builtin/.xxgklintrc.yml': 'extends: node:fs\n',
      'broken/r.txt': undefined,
      'broken/.xxgklintrc.json': '{ "rules": ',
    });

  it('lints the parent folder: exit 1, one fatal per affected file, the JavaScript not run, the good file as normal', () => {
    const dir = hostile();
    const run = runBin(['.', '--format', 'json'], { cwd: dir });
    expect(run.status).toBe(1);
    const results = byFile(parseJson(run.stdout), dir);
    expect([...results.keys()].sort()).toEqual(['broken/r.txt', 'builtin/r.txt', 'cycle/r.txt', 'good/r.txt', 'js/deeper/r.txt', 'js/r.txt', 'self/r.txt']);
    const js = `配置文件 ${path.join(dir, 'js/.xxgklintrc.cjs')}：这是 JavaScript 配置，${JS_DETAIL}。这个文件没有检查。`;
    expect(fatalOf(results.get('js/r.txt'))).toBe(js);
    expect(fatalOf(results.get('js/deeper/r.txt'))).toBe(js);
    expect(existsSync(path.join(dir, 'js/ran'))).toBe(false);
    expect(fatalOf(results.get('cycle/r.txt'))).toBe(
      `配置文件 ${path.join(dir, 'cycle/b.yml')} 第 1 行 “extends”：extends 形成了循环：.xxgklintrc.yml → b.yml → .xxgklintrc.yml。这个文件没有检查。`,
    );
    expect(fatalOf(results.get('self/r.txt'))).toBe(
      `配置文件 ${path.join(dir, 'self/.xxgklintrc.yml')} 第 1 行 “extends”：extends 形成了循环：.xxgklintrc.yml → .xxgklintrc.yml。这个文件没有检查。`,
    );
    expect(fatalOf(results.get('builtin/r.txt'))).toBe(
      `配置文件 ${path.join(dir, 'builtin/.xxgklintrc.yml')} 第 1 行 “extends”：“node:fs” 是 Node.js 的内置模块，不是规则包或配置：extends 应写规则包的包名，或以 ./ 开头的配置文件、规则包目录的路径。这个文件没有检查。`,
    );
    expect(fatalOf(results.get('broken/r.txt'))).toBe(
      `配置文件 ${path.join(dir, 'broken/.xxgklintrc.json')} 第 1 行：语法错误（缺少字符）：Flow map must end with a }。这个文件没有检查。`,
    );
    expect(findings(results.get('good/r.txt'))).toEqual(normal);
  });

  it('with --allow-js-config the sub-folder JavaScript config runs and its files are linted', () => {
    const dir = hostile();
    const run = runBin(['js', 'good', '--allow-js-config', '--format', 'json'], { cwd: dir });
    expect(run.status).toBe(1);
    const results = byFile(parseJson(run.stdout), dir);
    expect(existsSync(path.join(dir, 'js/ran'))).toBe(true);
    expect(findings(results.get('js/r.txt'))).toEqual(normal);
    expect(findings(results.get('good/r.txt'))).toEqual(normal);
  });

  it('--fix-dry-run goes on past a sub-folder with a cycle', () => {
    const dir = hostile();
    const run = runBin(['cycle', 'good', '--fix-dry-run', '--format', 'json'], { cwd: dir });
    expect(run.status).toBe(1);
    const results = byFile(parseJson(run.stdout.slice(run.stdout.indexOf('[{'))), dir);
    expect(fatalOf(results.get('cycle/r.txt'))).toContain('extends 形成了循环：.xxgklintrc.yml → b.yml → .xxgklintrc.yml');
    expect(results.get('good/r.txt')?.fatalErrorCount).toBe(0);
  });

  it('a report on stdin named into a sub-folder with a JavaScript config gets the fatal message', () => {
    const dir = hostile();
    const run = runBin(['--stdin', '--stdin-filename', 'js/x.txt', '--format', 'json'], { cwd: dir, input: REPORT });
    expect(run.status).toBe(1);
    expect(fatalOf(parseJson(run.stdout)[0])).toBe(`配置文件 ${path.join(dir, 'js/.xxgklintrc.cjs')}：这是 JavaScript 配置，${JS_DETAIL}。这个文件没有检查。`);
    expect(existsSync(path.join(dir, 'js/ran'))).toBe(false);
  });
});

describe('a broken config that governs the run still stops it', () => {
  it('an extends cycle at the cwd: exit 2 with the chain', () => {
    const dir = folder({ 'r.txt': undefined, '.xxgklintrc.yml': 'extends: ./b.yml\n', 'b.yml': 'extends: ./.xxgklintrc.yml\n' });
    const run = runBin(['r.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`xxgk-lint：配置文件 ${path.join(dir, 'b.yml')} 第 1 行 “extends”：extends 形成了循环：.xxgklintrc.yml → b.yml → .xxgklintrc.yml\n`);
  });

  it('an extends cycle above the cwd: exit 2', () => {
    const dir = folder({ 'sub/r.txt': undefined, '.xxgklintrc.yml': 'extends: ./.xxgklintrc.yml\n' });
    const run = runBin(['r.txt'], { cwd: path.join(dir, 'sub') });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`xxgk-lint：配置文件 ${path.join(dir, '.xxgklintrc.yml')} 第 1 行 “extends”：extends 形成了循环：.xxgklintrc.yml → .xxgklintrc.yml\n`);
  });

  it('--config naming a config with a cycle: exit 2', () => {
    const dir = folder({ 'sub/r.txt': undefined, 'team/a.yml': 'extends: ./a.yml\n' });
    const run = runBin(['sub', '--config', 'team/a.yml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`xxgk-lint：配置文件 ${path.join(dir, 'team/a.yml')} 第 1 行 “extends”：extends 形成了循环：a.yml → a.yml\n`);
  });

  it('extends: fs at the cwd: exit 2 with a config error, not an internal one', () => {
    const dir = folder({ 'r.txt': undefined, '.xxgklintrc.yml': 'extends: fs\n' });
    const run = runBin(['r.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `xxgk-lint：配置文件 ${path.join(dir, '.xxgklintrc.yml')} 第 1 行 “extends”：“fs” 是 Node.js 的内置模块，不是规则包或配置：extends 应写规则包的包名，或以 ./ 开头的配置文件、规则包目录的路径\n`,
    );
  });

  it('extends naming a folder without a pack: exit 2 with a config error', () => {
    const dir = folder({ 'r.txt': undefined, '.xxgklintrc.yml': 'extends: ./rules\n', 'rules/readme.txt': 'x' });
    const run = runBin(['r.txt'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `xxgk-lint：配置文件 ${path.join(dir, '.xxgklintrc.yml')} 第 1 行 “extends”：“./rules” 是一个目录（${path.join(dir, 'rules')}），其中既没有 pack.yml（数据规则包），也没有 package.json 或 index.js（规则包模块）\n`,
    );
  });

  it('a JavaScript config at the cwd runs as before', () => {
    const dir = folder({ 'sub/r.txt': undefined, '.xxgklintrc.cjs': MARKING_CONFIG });
    const run = runBin(['sub', '--format', 'json'], { cwd: dir });
    expect(existsSync(path.join(dir, 'ran'))).toBe(true);
    expect(findings(parseJson(run.stdout)[0])).toEqual(normal);
  });
});
