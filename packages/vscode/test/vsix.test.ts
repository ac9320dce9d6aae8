// The .vsix as `npm run package` makes it (the same build and vsce call, into
// a temporary folder), unpacked outside the repository so nothing can fall
// back to the workspace's node_modules: the bundled server must lint on its
// own, find the rule packs by name, and the extension must load.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createVSIX } from '@vscode/vsce';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LspClient } from '../../language-server/test/lsp-client.mjs';
import { buildExtension } from '../scripts/build.mjs';
import { unzip } from './unzip.js';

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repo = path.resolve(here, '../..');
const SEED_003 = readFileSync(path.join(repo, 'test/fixtures/corpus/seeds/003_b44d1f36068b8b31.txt'), 'utf8');

describe('the .vsix', () => {
  let tmp: string;
  let files: Map<string, Buffer>;
  let extension: string;

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(tmpdir(), 'xxgk-vsix-'));
    const source = path.join(tmp, 'source');
    mkdirSync(source);
    for (const f of ['package.json', 'README.md', 'LICENSE', '.vscodeignore']) copyFileSync(path.join(here, f), path.join(source, f));
    await buildExtension(path.join(source, 'dist'));
    const vsix = path.join(tmp, 'xxgk-lint.vsix');
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      await createVSIX({ cwd: source, packagePath: vsix, dependencies: false, allowMissingRepository: true });
    } finally {
      log.mockRestore();
    }
    files = unzip(vsix);
    const unpacked = path.join(tmp, 'installed');
    for (const [name, bytes] of files) {
      if (name.endsWith('/')) continue;
      mkdirSync(path.dirname(path.join(unpacked, name)), { recursive: true });
      writeFileSync(path.join(unpacked, name), bytes);
    }
    extension = path.join(unpacked, 'extension');
  }, 60000);

  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('holds the manifest, the docs and the bundles, and nothing else', () => {
    const names = [...files.keys()].filter((n) => n.startsWith('extension/')).map((n) => n.slice('extension/'.length));
    expect(names).toEqual(expect.arrayContaining(['package.json', 'dist/extension.cjs', 'dist/server/server.js', 'dist/server/node_modules/@xxgk-lint/core/dist/index.js']));
    expect(names.some((n) => n.startsWith('dist/server/node_modules/@xxgk-lint/rules-national/docs/rules/'))).toBe(true);
    expect(names.filter((n) => n.startsWith('src/') || n.startsWith('scripts/') || n.startsWith('test/') || n.startsWith('node_modules/') || n.startsWith('dist/tsc/'))).toEqual([]);
    const manifest = JSON.parse(readFileSync(path.join(extension, 'package.json'), 'utf8'));
    expect(manifest).toMatchObject({ publisher: 'xxgk-lint', main: './dist/extension.cjs' });
    expect(Object.keys(manifest.contributes.configuration.properties)).toEqual(expect.arrayContaining(['xxgkLint.enable', 'xxgkLint.configFile']));
  });

  it('declares Restricted Mode support and its commands with Chinese titles', () => {
    const manifest = JSON.parse(readFileSync(path.join(extension, 'package.json'), 'utf8'));
    expect(manifest.capabilities.untrustedWorkspaces).toMatchObject({ supported: 'limited', restrictedConfigurations: ['xxgkLint.configFile', 'xxgkLint.allowJsConfig'] });
    expect(manifest.capabilities.untrustedWorkspaces.description).toMatch(/受限模式.*国家格式的默认规则/);
    expect(manifest.contributes.commands).toEqual([
      expect.objectContaining({ command: 'xxgkLint.lintFolder', title: '检查整个文件夹', category: 'xxgk-lint' }),
      expect.objectContaining({ command: 'xxgkLint.fixAll', title: '修复全部', category: 'xxgk-lint' }),
    ]);
  });

  it('its server lints on its own and loads rule packs by name', async () => {
    const reports = path.join(tmp, 'reports');
    mkdirSync(reports);
    writeFileSync(
      path.join(reports, '.xxgklintrc.yml'),
      'extends:\n  - "@xxgk-lint/rules-national/recommended"\n  - "@xxgk-lint/rules-provincial/sichuan"\n',
    );
    const client = LspClient.start([path.join(extension, 'dist/server/server.js'), '--stdio']);
    try {
      await client.initialize(pathToFileURL(reports).href);
      const uri = pathToFileURL(path.join(reports, '003.txt')).href;
      await client.open(uri, 'plaintext', 1, SEED_003);
      const published = await client.diagnosticsFor(uri, 1);
      const codes = published.diagnostics.map((d) => d.code);
      expect(codes).not.toContain('config-error');
      expect(codes).toContain('national/fee-statement');
      const href = published.diagnostics.find((d) => d.code === 'national/fee-statement')?.codeDescription?.href ?? '';
      expect(fileURLToPath(href).startsWith(extension)).toBe(true);
      expect(existsSync(fileURLToPath(href))).toBe(true);
      // the bundled server's code actions and commands (yaml is in the bundle)
      const [fee] = published.diagnostics.filter((d) => d.code === 'national/fee-statement');
      const titles = (await client.codeActions(uri, fee.range, { diagnostics: [fee] })).map((a) => a.title);
      expect(titles).toEqual(expect.arrayContaining(['查看规则说明（national/fee-statement）', '在配置中关闭此规则（national/fee-statement）']));
      await client.executeCommand('xxgk-lint.disableRuleInConfig', ['national/fee-statement', uri]);
      expect(readFileSync(path.join(reports, '.xxgklintrc.yml'), 'utf8')).toContain('rules:\n  national/fee-statement: off\n');
      expect(await client.shutdown()).toBe(0);
    } finally {
      client.kill();
    }
  });

  /** the bundled extension with the VS Code API stubbed; `trusted` is workspace.isTrusted */
  function loadExtension(trusted: boolean, registered: string[], grants: (() => void)[]) {
    const require = createRequire(import.meta.url);
    const Module = require('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown };
    // every class, enum and namespace of the API as declared in @types/vscode (the client library extends some at load)
    const api = readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
    const declared = [...api.matchAll(/^\s*export (?:class|enum|namespace) (\w+)/gm)].map((m) => m[1]);
    const vscode: Record<string, unknown> = {
      ...Object.fromEntries(declared.map((name) => [name, class {}])),
      workspace: {
        isTrusted: trusted,
        getConfiguration: () => ({ get: (key: string, fallback: unknown) => (key === 'enable' ? false : fallback) }),
        onDidChangeConfiguration: () => ({ dispose() {} }),
        onDidGrantWorkspaceTrust: (listener: () => void) => {
          grants.push(listener);
          return { dispose() {} };
        },
      },
      commands: {
        registerCommand: (id: string) => {
          registered.push(id);
          return { dispose() {} };
        },
      },
      window: {},
    };
    const load = Module._load;
    Module._load = function (request: string, ...rest: unknown[]) {
      return request === 'vscode' ? vscode : load.call(this, request, ...rest);
    };
    const bundle = path.join(extension, 'dist/extension.cjs');
    try {
      delete require.cache[bundle];
      return require(bundle) as {
        activate(context: unknown): Promise<void>;
        deactivate(): Promise<void>;
        readSettings(): { restricted: boolean };
      };
    } finally {
      Module._load = load;
    }
  }

  it('its extension loads and activates (VS Code API stubbed; xxgkLint.enable off): every contributed command is registered', async () => {
    const subscriptions: { dispose(): void }[] = [];
    const registered: string[] = [];
    const grants: (() => void)[] = [];
    const extensionModule = loadExtension(true, registered, grants);
    await extensionModule.activate({ subscriptions, asAbsolutePath: (p: string) => path.join(extension, p) });
    expect(subscriptions).toHaveLength(5);
    const manifest = JSON.parse(readFileSync(path.join(extension, 'package.json'), 'utf8'));
    expect(registered).toEqual(manifest.contributes.commands.map((c: { command: string }) => c.command));
    expect(grants).toHaveLength(1);
    // granting trust with xxgk-lint off starts nothing
    grants[0]();
    expect(extensionModule.readSettings().restricted).toBe(false);
    await extensionModule.deactivate();
  });

  it('in Restricted Mode the server is told so (it lints with the national defaults, reading no workspace config)', () => {
    const extensionModule = loadExtension(false, [], []);
    expect(extensionModule.readSettings()).toMatchObject({ restricted: true, enable: false });
  });
});
