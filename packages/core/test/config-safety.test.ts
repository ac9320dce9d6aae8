import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, ConfigResolver, FolderConfigError, createLinter } from '../src/index.js';

/** a temp folder with the given files (path → content) */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-config-safety-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const NATIONAL = { extends: '@xxgk-lint/rules-national/recommended' };

const resolver = (dir: string, options = {}) => new ConfigResolver({ cwd: dir, defaults: NATIONAL, ...options });

async function rejection(promise: Promise<unknown>): Promise<ConfigError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

/** a JavaScript config that leaves a marker file beside itself when it runs */
const MARKING_CONFIG = "require('node:fs').writeFileSync(require('node:path').join(__dirname, 'ran'), 'ran');\nmodule.exports = { rules: {} };\n";
/** a JavaScript pack that leaves a marker file beside itself when it is imported */
const MARKING_PACK =
  "require('node:fs').writeFileSync(require('node:path').join(__dirname, 'ran'), 'ran');\nmodule.exports = { meta: { name: 'evil', version: '1.0.0', namespace: 'evil' }, rules: {}, configs: { recommended: { rules: {} } } };\n";

const JS_DETAIL = '检查时不会运行其中的代码；如确需使用，请加 --allow-js-config';

describe('extends cycles', () => {
  it('a config extending itself is a ConfigError naming the file, the line and the chain', async () => {
    const dir = folder({ '.xxgklintrc.yml': 'rules: {}\nextends: ./.xxgklintrc.yml\n' });
    const error = await rejection(resolver(dir).resolveFor(join(dir, 'r.txt')));
    expect(error.message).toBe(`配置文件 ${join(dir, '.xxgklintrc.yml')} 第 2 行 “extends”：extends 形成了循环：.xxgklintrc.yml → .xxgklintrc.yml`);
    expect(error).not.toBeInstanceOf(FolderConfigError);
  });

  it('a → b → a names the file whose extends closes the loop', async () => {
    const dir = folder({ '.xxgklintrc.yml': 'extends: ./b.yml\n', 'b.yml': 'extends:\n  - ./.xxgklintrc.yml\n' });
    const error = await rejection(resolver(dir).resolveFor(join(dir, 'r.txt')));
    expect(error.message).toBe(`配置文件 ${join(dir, 'b.yml')} 第 2 行 “extends.0”：extends 形成了循环：.xxgklintrc.yml → b.yml → .xxgklintrc.yml`);
  });

  it('two folders resolved at once whose configs extend each other both fail instead of waiting on each other', async () => {
    const dir = folder({
      'x/.xxgklintrc.yml': 'extends: ../y/.xxgklintrc.yml\n',
      'y/.xxgklintrc.yml': 'extends: ../x/.xxgklintrc.yml\n',
    });
    const r = resolver(dir);
    const settled = await Promise.allSettled([r.resolveFor(join(dir, 'x/r.txt')), r.resolveFor(join(dir, 'y/r.txt'))]);
    const messages = settled.map((s) => (s.status === 'rejected' ? (s.reason as Error).message : 'resolved'));
    expect(messages.every((m) => m.includes('extends 形成了循环：'))).toBe(true);
    for (const s of settled) expect(s.status === 'rejected' && s.reason instanceof FolderConfigError).toBe(true);
  });

  it('a config extended twice without a loop is no cycle', async () => {
    const dir = folder({ '.xxgklintrc.yml': 'extends: [./b.yml, ./c.yml]\n', 'b.yml': 'extends: ./c.yml\n', 'c.yml': 'rules: {}\n' });
    const config = await resolver(dir).resolveFor(join(dir, 'r.txt'));
    expect(config.files).toEqual([join(dir, '.xxgklintrc.yml')]);
  });
});

describe('the scope of a broken config', () => {
  it('a broken config in a sub-folder fails only that folder (and its sub-folders); the rest resolves', async () => {
    const dir = folder({ 'bad/.xxgklintrc.yml': 'rules: [\n', 'good/.xxgklintrc.yml': 'rules: {}\n' });
    const r = resolver(dir);
    const error = await rejection(r.resolveFor(join(dir, 'bad/deeper/r.txt')));
    expect(error).toBeInstanceOf(FolderConfigError);
    expect(error.message).toMatch(new RegExp(`^配置文件 ${join(dir, 'bad/.xxgklintrc.yml').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
    expect((await r.resolveFor(join(dir, 'good/r.txt'))).files).toEqual([join(dir, 'good/.xxgklintrc.yml')]);
    expect((await r.resolveFor(join(dir, 'r.txt'))).files).toEqual([]);
  });

  it('a broken config at the cwd or above governs the run: a plain ConfigError', async () => {
    const dir = folder({ '.xxgklintrc.yml': 'rules: [\n' });
    const error = await rejection(resolver(dir).resolveFor(join(dir, 'sub/r.txt')));
    expect(error).not.toBeInstanceOf(FolderConfigError);
    const above = await rejection(resolver(join(dir, 'sub')).resolveFor(join(dir, 'sub/r.txt')));
    expect(above).not.toBeInstanceOf(FolderConfigError);
  });

  it('a sub-folder config extending a broken config fails that folder only', async () => {
    const dir = folder({ 'sub/.xxgklintrc.yml': 'extends: ./missing.yml\n' });
    const error = await rejection(resolver(dir).resolveFor(join(dir, 'sub/r.txt')));
    expect(error).toBeInstanceOf(FolderConfigError);
    expect(error.message).toBe(`配置文件 ${join(dir, 'sub/.xxgklintrc.yml')} 第 1 行 “extends”：找不到 “./missing.yml”（${join(dir, 'sub/missing.yml')}）`);
  });
});

describe('no code from the tree being linted', () => {
  it('a JavaScript config in a sub-folder is reported and not run', async () => {
    const dir = folder({ 'sub/.xxgklintrc.cjs': MARKING_CONFIG });
    const error = await rejection(resolver(dir).resolveFor(join(dir, 'sub/r.txt')));
    expect(error).toBeInstanceOf(FolderConfigError);
    expect(error.message).toBe(`配置文件 ${join(dir, 'sub/.xxgklintrc.cjs')}：这是 JavaScript 配置，${JS_DETAIL}`);
    expect(existsSync(join(dir, 'sub/ran'))).toBe(false);
  });

  it('xxgklint.config.mjs in a sub-folder is not run either', async () => {
    const dir = folder({ 'sub/xxgklint.config.mjs': "import { writeFileSync } from 'node:fs';\nwriteFileSync(new URL('./ran', import.meta.url), 'ran');\nexport default { rules: {} };\n" });
    const error = await rejection(resolver(dir).resolveFor(join(dir, 'sub/r.txt')));
    expect(error.message).toBe(`配置文件 ${join(dir, 'sub/xxgklint.config.mjs')}：这是 JavaScript 配置，${JS_DETAIL}`);
    expect(existsSync(join(dir, 'sub/ran'))).toBe(false);
  });

  it('with allowJsConfig the sub-folder JavaScript config runs', async () => {
    const dir = folder({ 'sub/.xxgklintrc.cjs': MARKING_CONFIG });
    const config = await resolver(dir, { allowJsConfig: true }).resolveFor(join(dir, 'sub/r.txt'));
    expect(config.files).toEqual([join(dir, 'sub/.xxgklintrc.cjs')]);
    expect(existsSync(join(dir, 'sub/ran'))).toBe(true);
  });

  it('a JavaScript config at the cwd runs as before', async () => {
    const dir = folder({ '.xxgklintrc.cjs': MARKING_CONFIG });
    await resolver(dir).resolveFor(join(dir, 'sub/r.txt'));
    expect(existsSync(join(dir, 'ran'))).toBe(true);
  });

  it('--config naming a JavaScript config below the cwd runs it, and the packs beside it', async () => {
    const dir = folder({ 'team/team.cjs': "module.exports = { extends: './pack.cjs' };\n", 'team/pack.cjs': MARKING_PACK });
    const config = await resolver(dir, { configFile: 'team/team.cjs' }).resolveFor(join(dir, 'r.txt'));
    expect(config.files).toEqual([join(dir, 'team/team.cjs')]);
    expect(existsSync(join(dir, 'team/ran'))).toBe(true);
  });

  it('a sub-folder data config extending a JavaScript pack beside it does not import it', async () => {
    const dir = folder({ 'sub/.xxgklintrc.yml': 'extends: ./evil.cjs\n', 'sub/evil.cjs': MARKING_PACK });
    const error = await rejection(resolver(dir).resolveFor(join(dir, 'sub/r.txt')));
    expect(error).toBeInstanceOf(FolderConfigError);
    expect(error.message).toBe(`配置文件 ${join(dir, 'sub/.xxgklintrc.yml')} 第 1 行 “extends”：“./evil.cjs” 是 JavaScript（${join(dir, 'sub/evil.cjs')}），${JS_DETAIL}`);
    expect(existsSync(join(dir, 'sub/ran'))).toBe(false);
  });

  it('a sub-folder data config extending a folder of code (index.js) does not import it', async () => {
    const dir = folder({ 'sub/.xxgklintrc.yml': 'extends: ./pack\n', 'sub/pack/index.cjs': MARKING_PACK, 'sub/pack/package.json': '{"main": "index.cjs"}' });
    const error = await rejection(resolver(dir).resolveFor(join(dir, 'sub/r.txt')));
    expect(error.message).toBe(`配置文件 ${join(dir, 'sub/.xxgklintrc.yml')} 第 1 行 “extends”：“./pack” 是 JavaScript（${join(dir, 'sub/pack/index.cjs')}），${JS_DETAIL}`);
    expect(existsSync(join(dir, 'sub/pack/ran'))).toBe(false);
  });

  it('a package name in a sub-folder config is not looked up in that folder’s node_modules', async () => {
    const dir = folder({
      'sub/.xxgklintrc.yml': 'extends: evil-pack\n',
      'sub/node_modules/evil-pack/package.json': '{"name": "evil-pack", "main": "index.cjs"}',
      'sub/node_modules/evil-pack/index.cjs': MARKING_PACK,
    });
    const error = await rejection(resolver(dir).resolveFor(join(dir, 'sub/r.txt')));
    expect(error.message).toBe(`配置文件 ${join(dir, 'sub/.xxgklintrc.yml')} 第 1 行 “extends”：找不到 “evil-pack”：既不是已安装的 npm 包，也不是以 ./ 开头的相对路径`);
    expect(existsSync(join(dir, 'sub/node_modules/evil-pack/ran'))).toBe(false);
  });

  it('a package installed for the reviewer still loads from a sub-folder config', async () => {
    const dir = folder({ 'sub/.xxgklintrc.yml': 'extends: "@xxgk-lint/rules-national/recommended"\n' });
    const config = await resolver(dir).resolveFor(join(dir, 'sub/r.txt'));
    expect(Object.keys(config.rules).length).toBeGreaterThan(10);
  });

  it('a config at the cwd extending JavaScript in a sub-folder imports it as before: the reviewer chose it', async () => {
    const dir = folder({ '.xxgklintrc.yml': 'extends: ./sub/team.cjs\n', 'sub/team.cjs': MARKING_PACK });
    await resolver(dir).resolveFor(join(dir, 'r.txt'));
    expect(existsSync(join(dir, 'sub/ran'))).toBe(true);
  });

  it('a config at the cwd extending JavaScript beside it imports it as before', async () => {
    const dir = folder({ '.xxgklintrc.yml': 'extends: ./team.cjs\n', 'team.cjs': MARKING_PACK });
    await resolver(dir).resolveFor(join(dir, 'r.txt'));
    expect(existsSync(join(dir, 'ran'))).toBe(true);
  });

  it('a data config a cwd config extends inside a sub-folder is trusted along the way (the reviewer chose it)', async () => {
    const dir = folder({ '.xxgklintrc.yml': 'extends: ./sub/base.yml\n', 'sub/base.yml': 'extends: ../team.cjs\n', 'team.cjs': MARKING_PACK });
    await resolver(dir).resolveFor(join(dir, 'r.txt'));
    expect(existsSync(join(dir, 'ran'))).toBe(true);
  });

  it('but the same sub-folder config, found on the way up from a report there, may not lead to JavaScript', async () => {
    const dir = folder({ 'sub/.xxgklintrc.yml': 'extends: ../team.cjs\n', 'team.cjs': MARKING_PACK });
    const error = await rejection(resolver(dir).resolveFor(join(dir, 'sub/r.txt')));
    expect(error.message).toBe(`配置文件 ${join(dir, 'sub/.xxgklintrc.yml')} 第 1 行 “extends”：“../team.cjs” 是 JavaScript（${join(dir, 'team.cjs')}），${JS_DETAIL}`);
    expect(existsSync(join(dir, 'ran'))).toBe(false);
  });
});

describe('extends naming what is no config', () => {
  it.each(['fs', 'node:fs', 'fs/promises'])('extends: %s (a Node built-in) is a ConfigError', async (name) => {
    const dir = folder({ '.xxgklintrc.yml': `extends: "${name}"\n` });
    const error = await rejection(resolver(dir).resolveFor(join(dir, 'r.txt')));
    expect(error.message).toBe(
      `配置文件 ${join(dir, '.xxgklintrc.yml')} 第 1 行 “extends”：“${name}” 是 Node.js 的内置模块，不是规则包或配置：extends 应写规则包的包名，或以 ./ 开头的配置文件、规则包目录的路径`,
    );
  });

  it('extends naming a folder without a pack is a ConfigError', async () => {
    const dir = folder({ '.xxgklintrc.yml': 'extends: ./empty\n', 'empty/notes.txt': 'x' });
    const error = await rejection(resolver(dir).resolveFor(join(dir, 'r.txt')));
    expect(error.message).toBe(
      `配置文件 ${join(dir, '.xxgklintrc.yml')} 第 1 行 “extends”：“./empty” 是一个目录（${join(dir, 'empty')}），其中既没有 pack.yml（数据规则包），也没有 package.json 或 index.js（规则包模块）`,
    );
  });

  it('extends naming a JavaScript file that fails to load is a ConfigError', async () => {
    const dir = folder({ '.xxgklintrc.yml': 'extends: ./broken.cjs\n', 'broken.cjs': 'throw new Error("boom");\n' });
    const error = await rejection(resolver(dir).resolveFor(join(dir, 'r.txt')));
    expect(error.message).toBe(`配置文件 ${join(dir, '.xxgklintrc.yml')} 第 1 行 “extends”：无法加载 “./broken.cjs”（${join(dir, 'broken.cjs')}）：boom`);
  });
});

describe('through the linting API', () => {
  const REPORT = '某县某镇2023年政府信息公开工作年度报告\n\n一、总体情况\n\n本镇认真贯彻落实《中华人民共和国政府信息公开条例》。\n';

  it('a file under a broken sub-folder config gets one fatal result naming the config; the other files are linted', async () => {
    const dir = folder({ 'bad/.xxgklintrc.cjs': MARKING_CONFIG, 'bad/r.txt': REPORT, 'good/r.txt': REPORT });
    const linter = createLinter({ ...{ defaults: NATIONAL }, cwd: dir });
    const bad = await linter.lintFile(join(dir, 'bad/r.txt'));
    expect(bad?.messages).toEqual([
      {
        ruleId: null,
        severity: 2,
        fatal: true,
        message: `配置文件 ${join(dir, 'bad/.xxgklintrc.cjs')}：这是 JavaScript 配置，${JS_DETAIL}。这个文件没有检查。`,
        line: 1,
        column: 1,
        xxgkSeverity: 'error',
        range: [0, 0],
      },
    ]);
    expect(existsSync(join(dir, 'bad/ran'))).toBe(false);
    const good = await linter.lintFile(join(dir, 'good/r.txt'));
    expect(good?.fatalErrorCount).toBe(0);
    expect(good?.messages.length).toBeGreaterThan(0);
    const text = await linter.lintText(REPORT, { filePath: join(dir, 'bad/other.txt') });
    expect(text?.messages[0].message).toBe(bad?.messages[0].message);
    const fix = await linter.fixFile(join(dir, 'bad/r.txt'));
    expect(fix?.result.messages[0].message).toBe(bad?.messages[0].message);
    const fixText = await linter.fixText(REPORT, { filePath: join(dir, 'bad/r.txt') });
    expect(fixText?.result.messages[0].message).toBe(bad?.messages[0].message);
    await expect(linter.configFor(join(dir, 'bad/r.txt'))).rejects.toBeInstanceOf(FolderConfigError);
  });

  it('a broken config at the cwd still rejects the call', async () => {
    const dir = folder({ '.xxgklintrc.yml': 'extends: ./.xxgklintrc.yml\n', 'r.txt': REPORT });
    const linter = createLinter({ defaults: NATIONAL, cwd: dir });
    await expect(linter.lintFile(join(dir, 'r.txt'))).rejects.toThrow(`extends 形成了循环：.xxgklintrc.yml → .xxgklintrc.yml`);
  });
});
