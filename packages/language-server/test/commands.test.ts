import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, CommandError, configToEdit, disableRuleInYaml, newConfigText, textFilesIn } from '../src/commands.js';
import { CLIENT_CAPABILITIES, LspClient } from './lsp-client.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const SERVER = path.join(repo, 'packages/language-server/bin/xxgk-lint-language-server.js');
const seed = (name: string) => readFileSync(path.join(repo, 'test/fixtures/corpus/seeds', name), 'utf8');
const SEED_003 = seed('003_b44d1f36068b8b31.txt');
const SEED_000 = seed('000_f0d5aaeb41c6e798.txt');
const FEE = 'national/fee-statement';

const byCode = (p: PublishDiagnosticsParams, code: string) => p.diagnostics.filter((d) => d.code === code);
const withShowDocument = { ...CLIENT_CAPABILITIES, window: { showDocument: { support: true } } };

describe('disableRuleInYaml (yaml Document API)', () => {
  it('adds the rule under an existing rules map, keeping comments, order and blank lines', () => {
    const before = [
      '# 本县的配置',
      'extends: "@xxgk-lint/rules-national/recommended"',
      '',
      'rules:',
      '  # 联系方式统一见网站首页',
      '  national/contact-info: off',
      'settings:',
      '  reportYear: 2023 # 年度',
      '',
    ].join('\n');
    const after = disableRuleInYaml(before, FEE, '.xxgklintrc.yml');
    expect(after).toBe(before.replace('  national/contact-info: off\n', `  national/contact-info: off\n  ${FEE}: off\n`));
  });

  it('adds rules when there is none, and replaces a rule already configured (with its options)', () => {
    expect(disableRuleInYaml('extends: "@xxgk-lint/rules-national/recommended" # 国家格式\n', FEE, 'x.yml')).toBe(
      `extends: "@xxgk-lint/rules-national/recommended" # 国家格式\nrules:\n  ${FEE}: off\n`,
    );
    const replaced = disableRuleInYaml(`rules:\n  ${FEE}: [warn, { strict: true }] # 先警告\n  national/contact-info: error\n`, FEE, 'x.yml');
    expect(parse(replaced)).toEqual({ rules: { [FEE]: 'off', 'national/contact-info': 'error' } });
    expect(disableRuleInYaml('rules:\n', FEE, 'x.yml')).toBe(`rules:\n  ${FEE}: off\n`);
    expect(parse(disableRuleInYaml('rules: { national/contact-info: warn }\n', FEE, 'x.yml'))).toEqual({ rules: { 'national/contact-info': 'warn', [FEE]: 'off' } });
  });

  it('refuses broken YAML and non-map rules with a message naming the file and line', () => {
    expect(() => disableRuleInYaml('rules:\n  a: [off\n', FEE, '/r/.xxgklintrc.yml')).toThrow(/\/r\/\.xxgklintrc\.yml.*不是有效的 YAML/);
    expect(() => disableRuleInYaml('rules:\n  - a\n', FEE, 'x.yml')).toThrow(CommandError);
    expect(() => disableRuleInYaml('- a\n', FEE, 'x.yml')).toThrow(/顶层不是键值对/);
  });

  it('a new config keeps the national rules the editor used (no config file = the national defaults)', () => {
    expect(parse(newConfigText(FEE))).toEqual({ extends: '@xxgk-lint/rules-national/recommended', rules: { [FEE]: 'off' } });
  });
});

describe('configToEdit', () => {
  it('the nearest config file of the document; the configured one; a JSON config is named, not edited', () => {
    const on = (...files: string[]) => (file: string) => files.includes(file);
    const place = { filePath: '/w/county/town/r.txt', folder: '/w' };
    expect(configToEdit(place, on('/w/.xxgklintrc.yml', '/w/county/.xxgklintrc.yaml')).file).toBe('/w/county/.xxgklintrc.yaml');
    expect(configToEdit(place, on('/w/.xxgklintrc.yml'))).toEqual({ file: '/w/.xxgklintrc.yml', exists: true });
    expect(configToEdit({ ...place, configFile: 'cfg/.xxgklintrc.yml' }, on('/w/.xxgklintrc.yml')).file).toBe('/w/cfg/.xxgklintrc.yml');
    expect(configToEdit(place, on())).toEqual({ file: '/w/.xxgklintrc.yml', exists: false });
    // above the workspace folder is not looked at
    expect(configToEdit(place, on('/.xxgklintrc.yml'))).toEqual({ file: '/w/.xxgklintrc.yml', exists: false });
    expect(() => configToEdit(place, on('/w/.xxgklintrc.yml', '/w/county/.xxgklintrc.json'))).toThrow(/\/w\/county\/\.xxgklintrc\.json/);
  });
});

describe('textFilesIn', () => {
  it('the .md/.txt files, without node_modules, dot-folders or Word lock files; capped', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xxgk-walk-'));
    try {
      for (const f of ['a.txt', 'b.md', 'c.docx', '~$d.txt', 'sub/e.txt', 'node_modules/f.txt', '.git/g.txt']) {
        mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
        writeFileSync(path.join(dir, f), 'x');
      }
      expect(textFilesIn(dir).files.map((f) => path.relative(dir, f))).toEqual(['a.txt', 'b.md', path.join('sub', 'e.txt')]);
      expect(textFilesIn(dir, 2)).toMatchObject({ truncated: true, files: [path.join(dir, 'a.txt'), path.join(dir, 'b.md')] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('commands over a real LSP session (stdio)', () => {
  let dir: string;
  let client: LspClient;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'xxgk-cmd-'));
    client = LspClient.start([SERVER, '--stdio']);
    const init = await client.initialize(pathToFileURL(dir).href, { debounceMs: 20 }, withShowDocument);
    expect(init.capabilities.executeCommandProvider?.commands).toEqual(expect.arrayContaining(Object.values(COMMANDS)));
  });

  afterAll(() => {
    client.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a finding with no fix gets 查看规则说明, 在配置中关闭此规则 and (fee-statement) the sentence as a suggestion', async () => {
    const uri = pathToFileURL(path.join(dir, '003.txt')).href;
    await client.open(uri, 'plaintext', 1, SEED_003);
    const published = await client.diagnosticsFor(uri, 1);
    const [fee] = byCode(published, FEE);
    expect(fee).toBeDefined();
    expect((fee.data as { fix?: unknown }).fix).toBeUndefined();

    const actions = await client.codeActions(uri, fee.range, { diagnostics: [fee] });
    const docs = actions.find((a) => a.title === `查看规则说明（${FEE}）`);
    expect(docs?.command).toMatchObject({ command: COMMANDS.showRuleDocs, arguments: [FEE, fee.codeDescription?.href] });
    const off = actions.find((a) => a.title === `在配置中关闭此规则（${FEE}）`);
    expect(off?.command).toMatchObject({ command: COMMANDS.disableRuleInConfig, arguments: [FEE, uri] });
    const suggestion = actions.find((a) => a.title.startsWith('补写“本年度未收取信息处理费。”'));
    expect(suggestion?.kind).toBe('quickfix');
    // the suggestion writes the sentence into part 六, and the finding goes away
    const document = TextDocument.create(uri, 'plaintext', 1, SEED_003);
    const edits = (suggestion as CodeAction).edit?.changes?.[uri] ?? [];
    const fixed = TextDocument.applyEdits(document, edits);
    expect(fixed.length - SEED_003.length).toBeLessThanOrEqual('\n本年度未收取信息处理费。'.length);
    const six = fixed.indexOf('六、');
    expect(fixed.indexOf('本年度未收取信息处理费。', six)).toBeGreaterThan(six);
    await client.change(uri, 2, [{ text: fixed }]);
    expect(byCode(await client.diagnosticsFor(uri, 2), FEE)).toEqual([]);

    // 查看规则说明: the client opens the docs page (window/showDocument)
    expect(await client.executeCommand(COMMANDS.showRuleDocs, docs?.command?.arguments)).toEqual({ shown: 'document' });
    const shown = client.shownDocuments.at(-1)?.uri ?? '';
    expect(shown).toBe(fee.codeDescription?.href);
    expect(readFileSync(fileURLToPath(shown), 'utf8')).toContain('信息处理费');
    await client.close(uri);
  });

  it('在配置中关闭此规则 writes the nearest .xxgklintrc.yml (comments kept), and the document is linted again without it', async () => {
    const folder = path.join(dir, 'county');
    mkdirSync(folder, { recursive: true });
    const configFile = path.join(folder, '.xxgklintrc.yml');
    const config = '# 县里的配置\nextends: "@xxgk-lint/rules-national/recommended"\nrules:\n  national/contact-info: off # 统一见首页\n';
    writeFileSync(configFile, config);
    const uri = pathToFileURL(path.join(folder, '003.txt')).href;
    await client.open(uri, 'plaintext', 1, SEED_003);
    expect(byCode(await client.diagnosticsFor(uri, 1), FEE)).toHaveLength(1);
    const count = client.published.get(uri)?.length ?? 0;
    const relinted = client.diagnostics(uri, () => (client.published.get(uri)?.length ?? 0) > count);
    expect(await client.executeCommand(COMMANDS.disableRuleInConfig, [FEE, uri])).toEqual({ file: configFile });
    expect(readFileSync(configFile, 'utf8')).toBe(`${config}  ${FEE}: off\n`);
    expect(byCode(await relinted, FEE)).toEqual([]);
    expect(client.messages.at(-1)?.message).toContain(`已在 ${configFile} 中关闭规则 ${FEE}`);
    await client.close(uri);
  });

  it('with no config yet, a new .xxgklintrc.yml in the workspace folder that keeps the national rules', async () => {
    const other = mkdtempSync(path.join(tmpdir(), 'xxgk-cmd-new-'));
    const second = LspClient.start([SERVER, '--stdio']);
    try {
      await second.initialize(pathToFileURL(other).href, { debounceMs: 20 });
      const uri = pathToFileURL(path.join(other, '000.txt')).href;
      await second.open(uri, 'plaintext', 1, SEED_000);
      const first = await second.diagnosticsFor(uri, 1);
      const heading = byCode(first, 'national/part-heading');
      expect(heading).toHaveLength(1);
      // no showDocument support (Neovim 0.7): the docs come as a message
      expect(await second.executeCommand(COMMANDS.showRuleDocs, ['national/part-heading', heading[0].codeDescription?.href])).toEqual({ shown: 'message' });
      expect(second.messages.at(-1)?.message).toMatch(/^xxgk-lint · national\/part-heading\n.+\n依据：.+\n规则说明：\/.+part-heading\.md$/);

      const count = second.published.get(uri)?.length ?? 0;
      const relinted = second.diagnostics(uri, () => (second.published.get(uri)?.length ?? 0) > count);
      await second.executeCommand(COMMANDS.disableRuleInConfig, ['national/part-heading', uri]);
      expect(readFileSync(path.join(other, '.xxgklintrc.yml'), 'utf8')).toBe(newConfigText('national/part-heading'));
      const after = await relinted;
      expect(byCode(after, 'national/part-heading')).toEqual([]);
      // every other national finding is still there
      expect(after.diagnostics.length).toBe(first.diagnostics.length - 1);
      expect(await second.shutdown()).toBe(0);
    } finally {
      second.kill();
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('a broken config is named, not overwritten', async () => {
    const folder = path.join(dir, 'broken');
    mkdirSync(folder, { recursive: true });
    const configFile = path.join(folder, '.xxgklintrc.yml');
    writeFileSync(configFile, 'rules:\n  a: [off\n');
    const uri = pathToFileURL(path.join(folder, '003.txt')).href;
    expect(await client.executeCommand(COMMANDS.disableRuleInConfig, [FEE, uri])).toBeNull();
    expect(client.messages.at(-1)).toMatchObject({ type: 1, message: expect.stringContaining(`配置文件 ${configFile} 第 3 行不是有效的 YAML`) });
    expect(readFileSync(configFile, 'utf8')).toBe('rules:\n  a: [off\n');
  });

  it('检查整个文件夹 publishes the diagnostics of files that are not open; 修复全部 sends the fixed text as one edit', async () => {
    const folder = path.join(dir, 'batch');
    mkdirSync(path.join(folder, 'sub'), { recursive: true });
    writeFileSync(path.join(folder, '003.txt'), SEED_003);
    writeFileSync(path.join(folder, 'sub', '000.md'), SEED_000);
    const result = (await client.executeCommand(COMMANDS.lintFolder, [pathToFileURL(folder).href])) as { files: number; problems: number };
    expect(result.files).toBe(2);
    const a = client.published.get(pathToFileURL(path.join(folder, '003.txt')).href)?.at(-1);
    const b = client.published.get(pathToFileURL(path.join(folder, 'sub', '000.md')).href)?.at(-1);
    expect(a && byCode(a, FEE)).toHaveLength(1);
    expect(b && byCode(b, 'national/part-heading')).toHaveLength(1);
    expect(result.problems).toBe((a?.diagnostics.length ?? 0) + (b?.diagnostics.length ?? 0));
    expect(client.messages.at(-1)?.message).toContain(`已检查 batch 中的 2 个文件，发现 ${result.problems} 个问题`);

    const uri = pathToFileURL(path.join(folder, 'sub', '000.md')).href;
    await client.open(uri, 'markdown', 1, SEED_000);
    await client.diagnosticsFor(uri, 1);
    expect(await client.executeCommand(COMMANDS.fixAll, [uri])).toMatchObject({ applied: expect.any(Number) });
    const edit = client.appliedEdits.at(-1);
    expect(edit?.label).toBe('xxgk-lint：修复全部');
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, SEED_000), edit?.edit.changes?.[uri] ?? []);
    expect(fixed).toContain('二、主动公开政府信息情况');
    await client.close(uri);
  });
});

describe('restricted (an untrusted workspace): the national defaults, no config read', () => {
  it('a config that turns the rule off and a JavaScript config are both left alone; no 在配置中关闭此规则', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xxgk-restricted-'));
    writeFileSync(path.join(dir, '.xxgklintrc.yml'), `rules:\n  ${FEE}: off\n`);
    mkdirSync(path.join(dir, 'js'));
    writeFileSync(path.join(dir, 'js', '.xxgklintrc.js'), 'throw new Error("ran")\n');
    const client = LspClient.start([SERVER, '--stdio']);
    try {
      await client.initialize(pathToFileURL(dir).href, { debounceMs: 20, restricted: true });
      for (const file of ['003.txt', path.join('js', '003.txt')]) {
        const uri = pathToFileURL(path.join(dir, file)).href;
        await client.open(uri, 'plaintext', 1, SEED_003);
        const published = await client.diagnosticsFor(uri, 1);
        expect(published.diagnostics.map((d) => d.code)).not.toContain('config-error');
        const [fee] = byCode(published, FEE);
        expect(fee).toBeDefined();
        const actions = await client.codeActions(uri, fee.range, { diagnostics: [fee] });
        expect(actions.map((a) => a.title)).toContain(`查看规则说明（${FEE}）`);
        expect(actions.some((a) => a.title.startsWith('在配置中关闭'))).toBe(false);
      }
      expect(await client.executeCommand(COMMANDS.disableRuleInConfig, [FEE, pathToFileURL(path.join(dir, '003.txt')).href])).toBeNull();
      expect(client.messages.at(-1)?.message).toContain('受限模式');
      expect(await client.shutdown()).toBe(0);
    } finally {
      client.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
