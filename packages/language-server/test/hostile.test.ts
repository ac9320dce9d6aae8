// Issue 11 item 7: a slow document never freezes the server, a lint past its
// budget gets one diagnostic and the server goes on, and badly framed input
// does not kill it. A real client over stdio (lsp-client.mjs), no mocks.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const BUDGET_MS = 6000;

/** a pack whose one rule busy-loops for a minute on a report that holds the marker: a lint that never ends in time */
const SLOW_PACK = `export default {
  meta: { name: 'slow-pack', version: '1.0.0', namespace: 'slow' },
  rules: {
    busy: {
      meta: { type: 'problem', defaultSeverity: 'warn', docs: { description: '测试用：遇到标记就忙等', url: 'https://example.org/slow', basis: '测试', category: 'other' }, messages: { busy: '忙等' }, schema: [] },
      create(context) {
        return {
          Report() {
            if (!context.sourceCode.text.includes('SLOW-MARKER')) return;
            const end = Date.now() + 60000;
            while (Date.now() < end);
          },
        };
      },
    },
  },
  configs: { recommended: { rules: { 'slow/busy': 'warn' } } },
};
`;

const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => d.code);

/** resolves with the promise's value, or rejects after `ms` */
function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}：${ms} ms 内没有回应`)), ms))]);
}

describe('a slow document (a rule that busy-loops) does not block the server', () => {
  let dir: string;
  let client: LspClient;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'xxgk-lsp-slow-'));
    writeFileSync(path.join(dir, 'slow-pack.mjs'), SLOW_PACK);
    writeFileSync(path.join(dir, '.xxgklintrc.yml'), 'extends:\n  - "@xxgk-lint/rules-national/recommended"\n  - ./slow-pack.mjs\n');
    client = LspClient.start([SERVER, '--stdio']);
    await client.initialize(pathToFileURL(dir).href, { debounceMs: 0, lintTimeoutMs: BUDGET_MS });
  });

  afterAll(() => {
    client.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('other documents are linted and hover answers while it runs; past the budget it gets one diagnostic; then linting goes on', async () => {
    const slow = pathToFileURL(path.join(dir, 'slow.txt')).href;
    const quick = pathToFileURL(path.join(dir, 'quick.txt')).href;
    const started = Date.now();
    await client.open(slow, 'plaintext', 1, `SLOW-MARKER\n${SEED_003}`);
    await client.open(quick, 'plaintext', 1, SEED_003);
    // the other document's diagnostics come while the slow one is still running
    const published = await within(BUDGET_MS - 500, client.diagnosticsFor(quick, 1), 'quick.txt 的诊断');
    expect(codes(published)).toContain('national/fee-statement');
    expect(client.published.get(slow)).toBeUndefined();
    const sum = published.diagnostics.find((d) => d.code === 'national/narrative-sum');
    const hover = await within(1000, client.hover(quick, sum?.range.start ?? { line: 0, character: 0 }), '悬停');
    expect((hover?.contents as { value: string }).value).toContain('national/narrative-sum');
    expect((await within(1000, client.stats(), '$/xxgk/stats')).busy).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(BUDGET_MS);

    // past the budget: one warning saying so, at the top of the document
    const timedOut = await within(BUDGET_MS + 5000, client.diagnosticsFor(slow, 1), 'slow.txt 的超时诊断');
    expect(timedOut.diagnostics).toEqual([
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 2,
        source: 'xxgk-lint',
        message: `检查超时：slow.txt 超过 ${BUDGET_MS / 1000} 秒仍未检查完，已停止检查，本文件没有检查结果。其他文件照常检查；修改本文件后会重新检查。`,
      },
    ]);
    // fix-all is not offered for it (it would only time out again)
    expect(await client.codeActions(slow, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, { diagnostics: [], only: ['source.fixAll'] })).toEqual([]);

    // the next document is linted normally, by the worker that replaced the stopped one
    const next = pathToFileURL(path.join(dir, 'next.txt')).href;
    await client.open(next, 'plaintext', 1, SEED_003);
    expect(codes(await within(5000, client.diagnosticsFor(next, 1), 'next.txt 的诊断'))).toContain('national/fee-statement');
    // and the slow document, once edited to lose the marker
    await client.change(slow, 2, [{ text: SEED_003 }]);
    expect(codes(await within(5000, client.diagnosticsFor(slow, 2), 'slow.txt 第 2 版的诊断'))).toContain('national/fee-statement');
    const stats = await client.stats();
    expect(stats.workerRestarts).toBe(1);
  }, 30000);

  it('an edit while a long lint runs: the old run is stopped at once and the new version is linted, well within the budget', async () => {
    const doc = pathToFileURL(path.join(dir, 'edited.txt')).href;
    await client.open(doc, 'plaintext', 1, `SLOW-MARKER\n${SEED_003}`);
    // the lint of version 1 is running (it would take a minute)
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const before = (await client.stats()).workerRestarts;
    const edited = Date.now();
    await client.change(doc, 2, [{ text: SEED_003 }]);
    const published = await within(BUDGET_MS - 1000, client.diagnosticsFor(doc, 2), 'edited.txt 第 2 版的诊断');
    expect(codes(published)).toContain('national/fee-statement');
    expect(Date.now() - edited).toBeLessThan(BUDGET_MS - 1000);
    // version 1 published nothing, and its worker was replaced rather than left busy
    expect((client.published.get(doc) ?? []).map((p) => p.version)).toEqual([2]);
    expect((await client.stats()).workerRestarts).toBe(before + 1);
    expect(await client.shutdown()).toBe(0);
  }, 30000);
});

describe('badly framed input', () => {
  const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

  it('is dropped up to the next header, said on stderr, and the server keeps serving', async () => {
    const client = LspClient.start([SERVER, '--stdio']);
    try {
      await client.initialize(null, { debounceMs: 0 });
      const write = (raw: string) => new Promise<void>((resolve) => client.child.stdin?.write(raw, () => resolve()));
      // a header without a number, a line without a colon, a missing Content-Length, garbage between messages
      const garbage = 'Content-Length: abc\r\n\r\n{"jsonrpc":"2.0","method":"x"}garbage without any header\r\n\r\nContent-Type: text/plain\r\n\r\n\u0000\u0001binary junk';
      await write(garbage);
      expect((await within(3000, client.stats(), '格式错误之后的 $/xxgk/stats')).openDocuments).toBe(0);
      // a body that is not JSON costs only itself (the stream stays in step)
      await write(frame('{not json'));
      const uri = 'untitled:Untitled-1';
      await client.open(uri, 'plaintext', 1, SEED_003);
      expect(codes(await within(5000, client.diagnosticsFor(uri, 1), '诊断'))).toContain('national/fee-statement');
      const said = [...client.stderr.matchAll(/^xxgk-lint 语言服务器：收到格式错误的消息（(.+)），已丢弃 (\d+) 字节，从下一条消息继续。$/gm)];
      expect(said[0][1]).toBe('Content-Length 不是非负整数："abc"');
      // every byte of the garbage was dropped, and nothing of the good messages (however the pipe split it)
      expect(said.reduce((sum, m) => sum + Number(m[2]), 0)).toBe(Buffer.byteLength(garbage));
      expect(await client.shutdown()).toBe(0);
    } finally {
      client.kill();
    }
  }, 20000);

  it('a stream that ends mid-message: the process exits (code 1, no shutdown) within seconds', async () => {
    const client = LspClient.start([SERVER, '--stdio']);
    try {
      await client.initialize(null);
      client.child.stdin?.end('Content-Length: 999\r\n\r\n{"jsonrpc"');
      expect(await within(5000, client.exited, '退出')).toBe(1);
    } finally {
      client.kill();
    }
  }, 20000);
});
