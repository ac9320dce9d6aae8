import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from './lsp-client.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const SERVER = path.join(repo, 'packages/language-server/bin/xxgk-lint-language-server.js');
const SEED_003 = readFileSync(path.join(repo, 'test/fixtures/corpus/seeds/003_b44d1f36068b8b31.txt'), 'utf8');

const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => d.code);

/** issue 11 item 4: a config the server cannot use is published for the document, never a silent hang */
describe('language server: configs that cannot be used', () => {
  let dir: string;
  let client: LspClient;

  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  const open = async (file: string) => {
    const uri = pathToFileURL(path.join(dir, file)).href;
    await client.open(uri, 'plaintext', 1, SEED_003);
    return client.diagnosticsFor(uri, 1);
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'xxgk-lsp-config-'));
    write('cycle/.xxgklintrc.yml', 'extends: ./b.yml\n');
    write('cycle/b.yml', 'extends: ./.xxgklintrc.yml\n');
    write('js/.xxgklintrc.cjs', "require('node:fs').writeFileSync(require('node:path').join(__dirname, 'ran'), 'ran');\nmodule.exports = {};\n");
    client = LspClient.start([SERVER, '--stdio']);
    await client.initialize(pathToFileURL(dir).href, { debounceMs: 20 });
  });

  afterAll(async () => {
    if (client.child.exitCode === null) client.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an extends cycle is published as the document’s config error, with the chain', async () => {
    const published = await open('cycle/报告.txt');
    expect(published.diagnostics).toHaveLength(1);
    expect(published.diagnostics[0]).toMatchObject({ code: 'config-error', severity: 1 });
    expect(published.diagnostics[0].message).toBe(
      `xxgk-lint 的配置有误，本文件没有检查：配置文件 ${path.join(dir, 'cycle/b.yml')} 第 1 行 “extends”：extends 形成了循环：.xxgklintrc.yml → b.yml → .xxgklintrc.yml。改正配置文件并保存后会重新检查。`,
    );
  });

  it('a JavaScript config in a sub-folder of the workspace is not run, and says so', async () => {
    const published = await open('js/报告.txt');
    expect(published.diagnostics).toHaveLength(1);
    expect(published.diagnostics[0].message).toBe(
      `xxgk-lint 的配置有误，本文件没有检查：配置文件 ${path.join(dir, 'js/.xxgklintrc.cjs')}：这是 JavaScript 配置，检查时不会运行其中的代码；如确需使用，请加 --allow-js-config。改正配置文件并保存后会重新检查。`,
    );
    expect(existsSync(path.join(dir, 'js/ran'))).toBe(false);
  });
  it('with the allowJsConfig setting the sub-folder JavaScript config runs, as with --allow-js-config', async () => {
    const allowed = mkdtempSync(path.join(tmpdir(), 'xxgk-lsp-allow-'));
    mkdirSync(path.join(allowed, 'js'));
    writeFileSync(path.join(allowed, 'js/.xxgklintrc.cjs'), "require('node:fs').writeFileSync(require('node:path').join(__dirname, 'ran'), 'ran');\nmodule.exports = { extends: '@xxgk-lint/rules-national/recommended' };\n");
    const other = LspClient.start([SERVER, '--stdio']);
    try {
      await other.initialize(pathToFileURL(allowed).href, { debounceMs: 20, allowJsConfig: true });
      const uri = pathToFileURL(path.join(allowed, 'js/报告.txt')).href;
      await other.open(uri, 'plaintext', 1, SEED_003);
      const published = await other.diagnosticsFor(uri, 1);
      expect(codes(published)).not.toContain('config-error');
      expect(codes(published)).toContain('national/fee-statement');
      expect(existsSync(path.join(allowed, 'js/ran'))).toBe(true);
    } finally {
      if (other.child.exitCode === null) other.kill();
      rmSync(allowed, { recursive: true, force: true });
    }
  });


  it('other documents are linted as usual', async () => {
    const published = await open('good/报告.txt');
    expect(codes(published)).toContain('national/fee-statement');
  });
});
