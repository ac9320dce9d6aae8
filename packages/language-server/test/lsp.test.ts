import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Position, PublishDiagnosticsParams, TextEdit } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from './lsp-client.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const SERVER = path.join(repo, 'packages/language-server/bin/xxgk-lint-language-server.js');
const CLI = path.join(repo, 'packages/cli/bin/xxgk-lint.js');
const seed = (name: string) => readFileSync(path.join(repo, 'test/fixtures/corpus/seeds', name), 'utf8');
const SEED_003 = seed('003_b44d1f36068b8b31.txt');
const SEED_000 = seed('000_f0d5aaeb41c6e798.txt');

const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => d.code);
const byCode = (p: PublishDiagnosticsParams, code: string) => p.diagnostics.filter((d) => d.code === code);

/** the client side of a document: its text and version, edited as an editor would */
class Doc {
  document: TextDocument;
  constructor(
    readonly client: LspClient,
    readonly uri: string,
    languageId: string,
    text: string,
  ) {
    this.document = TextDocument.create(uri, languageId, 1, text);
  }
  get text() {
    return this.document.getText();
  }
  open() {
    return this.client.open(this.uri, this.document.languageId, 1, this.text);
  }
  /** apply edits locally and send them as incremental changes; resolves to the new version */
  async edit(edits: TextEdit[]): Promise<number> {
    const version = this.document.version + 1;
    // LSP applies content changes in order: send them last-first so earlier ranges stay valid
    const sorted = [...edits].sort((a, b) => this.document.offsetAt(b.range.start) - this.document.offsetAt(a.range.start));
    this.document = TextDocument.update(this.document, sorted.map((e) => ({ range: e.range, text: e.newText })), version);
    await this.client.change(this.uri, version, sorted.map((e) => ({ range: e.range, text: e.newText })));
    return version;
  }
  /** the position just after the end of the line that reads `line` */
  endOfLine(line: string): Position {
    const lines = this.text.split(/\r?\n/);
    const index = lines.findIndex((l) => l.trim() === line);
    if (index < 0) throw new Error(`no line “${line}”`);
    return { line: index, character: lines[index].length };
  }
  applyAction(action: CodeAction) {
    const edits = action.edit?.changes?.[this.uri];
    if (!edits) throw new Error(`action “${action.title}” has no edit for ${this.uri}`);
    return this.edit(edits);
  }
}

describe('language server over stdio (a real client, no mocks)', () => {
  let dir: string;
  let client: LspClient;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'xxgk-lsp-'));
    client = LspClient.start([SERVER, '--stdio']);
    const init = await client.initialize(pathToFileURL(dir).href, { debounceMs: 50 });
    expect(init.serverInfo?.name).toBe('xxgk-lint');
    expect(init.capabilities.codeActionProvider).toMatchObject({ codeActionKinds: ['quickfix', 'source.fixAll.xxgklint'] });
  });

  afterAll(async () => {
    if (client.child.exitCode === null) client.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('seed 003: the missing fee statement is an error, and goes away when part 六 states it', async () => {
    const doc = new Doc(client, pathToFileURL(path.join(dir, '003.txt')).href, 'plaintext', SEED_003);
    await doc.open();
    const first = await client.diagnosticsFor(doc.uri, 1);
    // the server asked to watch config files (in onInitialized, so before any diagnostics)
    expect(client.registrations).toContainEqual(
      expect.objectContaining({ method: 'workspace/didChangeWatchedFiles', registerOptions: { watchers: [{ globPattern: expect.stringContaining('.xxgklintrc') }] } }),
    );
    const fee = byCode(first, 'national/fee-statement');
    expect(fee).toHaveLength(1);
    expect(fee[0]).toMatchObject({ severity: 1, source: 'xxgk-lint' });
    expect(fee[0].codeDescription?.href).toMatch(/^file:.*fee-statement\.md$/);
    expect(fee[0].range.start).toEqual({ line: 96, character: 0 });
    // warnings the CLI reports too, with their UTF-16 positions
    expect(codes(first)).toEqual(expect.arrayContaining(['national/contact-info', 'national/narrative-sum']));
    const sum = byCode(first, 'national/narrative-sum')[0];
    expect(sum.severity).toBe(2);
    expect(sum.range.start).toEqual({ line: 28, character: 164 });

    const at = doc.endOfLine('六、其他需要报告的事项');
    const version = await doc.edit([{ range: { start: at, end: at }, newText: '\n本年度未收取信息处理费。' }]);
    const second = await client.diagnosticsFor(doc.uri, version);
    expect(codes(second)).not.toContain('national/fee-statement');
    expect(byCode(second, 'national/narrative-sum').map((d) => d.range)).toEqual([sum.range]);

    // hover on a finding: the rule's docs summary and its source clause
    const hover = await client.hover(doc.uri, sum.range.start);
    const text = (hover?.contents as { value: string }).value;
    expect(text).toContain('national/narrative-sum');
    expect(text).toContain('依据');

    await client.close(doc.uri);
    const closed = await client.diagnostics(doc.uri, (p) => p.version === undefined);
    expect(closed.diagnostics).toEqual([]);
  });

  it('an inline directive naming a rule that exists but is off is not "unknown" (as in the CLI)', async () => {
    const text = `<!-- xxgk-lint-disable national/part-six-items -- 本单位不是人民政府 -->\n\n${SEED_003}`;
    const doc = new Doc(client, pathToFileURL(path.join(dir, 'off-rule.md')).href, 'markdown', text);
    await doc.open();
    const published = await client.diagnosticsFor(doc.uri, 1);
    expect(published.diagnostics.filter((d) => d.message.includes('不存在'))).toEqual([]);
    // a rule that does not exist is still said to be unknown
    const at = { line: 0, character: 0 };
    const version = await doc.edit([{ range: { start: at, end: at }, newText: '<!-- xxgk-lint-disable national/part-six-itemz -->\n' }]);
    const second = await client.diagnosticsFor(doc.uri, version);
    expect(second.diagnostics.filter((d) => d.message.includes('不存在')).map((d) => d.range.start)).toEqual([{ line: 0, character: 23 }]);
    await client.close(doc.uri);
  });

  it('a burst of changes publishes only the current version, in order', async () => {
    const doc = new Doc(client, pathToFileURL(path.join(dir, 'burst.txt')).href, 'plaintext', SEED_003);
    await doc.open();
    await client.diagnosticsFor(doc.uri, 1);
    const at = doc.endOfLine('六、其他需要报告的事项');
    let last = 1;
    for (const ch of '\n本年度未收取信息处理费。') {
      last = await doc.edit([{ range: { start: at, end: at }, newText: ch }]);
      at.character += ch === '\n' ? 0 : 1;
      if (ch === '\n') Object.assign(at, { line: at.line + 1, character: 0 });
    }
    const final = await client.diagnosticsFor(doc.uri, last);
    expect(codes(final)).not.toContain('national/fee-statement');
    const versions = (client.published.get(doc.uri) ?? []).map((p) => p.version ?? 0);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(versions.at(-1)).toBe(last);
    await client.close(doc.uri);
  });

  it('quick fix for a non-canonical heading (seed 000), applied; fix-all; disable comment only in Markdown', async () => {
    const doc = new Doc(client, pathToFileURL(path.join(dir, '000.txt')).href, 'plaintext', SEED_000);
    await doc.open();
    const first = await client.diagnosticsFor(doc.uri, 1);
    const heading = byCode(first, 'national/part-heading');
    expect(heading).toHaveLength(1);
    expect(heading[0].severity).toBe(2);

    const actions = await client.codeActions(doc.uri, heading[0].range, { diagnostics: heading });
    const fix = actions.find((a) => a.isPreferred);
    expect(fix).toMatchObject({ kind: 'quickfix', title: expect.stringContaining('主动公开政府信息情况') });
    // plain text: no comment directive (it would become part of the report)
    expect(actions.some((a) => a.title.includes('禁用'))).toBe(false);

    // fix-all is offered for source.fixAll and gives the same heading
    const fixAll = await client.codeActions(doc.uri, heading[0].range, { diagnostics: [], only: ['source.fixAll'] });
    expect(fixAll).toHaveLength(1);
    expect(fixAll[0].kind).toBe('source.fixAll.xxgklint');
    const preview = TextDocument.applyEdits(doc.document, fixAll[0].edit?.changes?.[doc.uri] ?? []);
    expect(preview).toContain('二、主动公开政府信息情况');

    const version = await doc.applyAction(fix as CodeAction);
    expect(doc.text).toContain('二、主动公开政府信息情况');
    const second = await client.diagnosticsFor(doc.uri, version);
    expect(codes(second)).not.toContain('national/part-heading');
    await client.close(doc.uri);

    const md = new Doc(client, pathToFileURL(path.join(dir, '000.md')).href, 'markdown', SEED_000);
    await md.open();
    const mdFirst = await client.diagnosticsFor(md.uri, 1);
    const mdHeading = byCode(mdFirst, 'national/part-heading');
    expect(mdHeading).toHaveLength(1);
    const mdActions = await client.codeActions(md.uri, mdHeading[0].range, { diagnostics: mdHeading });
    const disable = mdActions.find((a) => a.title.includes('在本行禁用此规则'));
    expect(disable?.edit?.changes?.[md.uri]).toEqual([
      { range: { start: { line: mdHeading[0].range.start.line, character: 0 }, end: { line: mdHeading[0].range.start.line, character: 0 } }, newText: '<!-- xxgk-lint-disable-next-line national/part-heading -->\n' },
    ]);
    // core honours the comment: the finding is gone
    const disabled = await client.diagnosticsFor(md.uri, await md.applyAction(disable as CodeAction));
    expect(codes(disabled)).not.toContain('national/part-heading');
    await client.close(md.uri);
  });

  it('a broken config gives one diagnostic naming the file; fixing it re-lints', async () => {
    const folder = path.join(dir, 'county');
    const configFile = path.join(folder, '.xxgklintrc.yml');
    mkdirSync(folder, { recursive: true });
    const head = 'extends: "@xxgk-lint/rules-national/recommended"\nrules:\n';
    writeFileSync(configFile, `${head}  national/fee-statment: error\n`);
    const doc = new Doc(client, pathToFileURL(path.join(folder, '报告.txt')).href, 'plaintext', SEED_003);
    await doc.open();
    const broken = await client.diagnosticsFor(doc.uri, 1);
    expect(broken.diagnostics).toHaveLength(1);
    const [only] = broken.diagnostics as Diagnostic[];
    expect(only).toMatchObject({ code: 'config-error', severity: 1, range: { start: { line: 0, character: 0 } } });
    expect(only.message).toContain(configFile);
    expect(only.message).toContain('national/fee-statement');
    expect(only.relatedInformation?.[0].location).toMatchObject({ uri: pathToFileURL(configFile).href, range: { start: { line: 2 } } });

    writeFileSync(configFile, `${head}  national/fee-statement: "off"\n`);
    await client.watchedFilesChanged([{ uri: pathToFileURL(configFile).href, type: 2 }]);
    const fixed = await client.diagnostics(doc.uri, (p) => p.version === 1 && !codes(p).includes('config-error'));
    expect(codes(fixed)).toContain('national/narrative-sum');
    expect(codes(fixed)).not.toContain('national/fee-statement');

    // the server kept running: stats answer, and count the lint runs
    const stats = await client.stats();
    expect(stats.lintRuns).toBeGreaterThan(0);
    expect(stats.openDocuments).toBe(1);
    await client.close(doc.uri);
  });

  it('shuts down and exits cleanly', async () => {
    expect(await client.shutdown()).toBe(0);
  });
});

describe('xxgk-lint --lsp --stdio', () => {
  it('starts the same server from the CLI', async () => {
    const client = LspClient.start([CLI, '--lsp', '--stdio']);
    try {
      const init = await client.initialize(null);
      expect(init.serverInfo?.name).toBe('xxgk-lint');
      const uri = 'untitled:Untitled-1';
      await client.open(uri, 'plaintext', 1, SEED_003);
      const published = await client.diagnosticsFor(uri, 1);
      expect(codes(published)).toContain('national/fee-statement');
      expect(await client.shutdown()).toBe(0);
    } finally {
      client.kill();
    }
  });
});
