// Start-up (issue 14, `--lsp` ready ≤ 150 ms): initialize is answered before
// the server's modules load, exactly once, with the result the server itself gives.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TEXT_EXTENSIONS as coreTextExtensions, formatOf as coreFormatOf } from '@xxgk-lint/core';
import { TEXT_EXTENSIONS, formatOf } from '@xxgk-lint/core/editor';
import { TextDocumentSyncKind } from 'vscode-languageserver/node';
import { ADVERTISED_CODE_ACTION_KINDS, ADVERTISED_COMMANDS, initializeResult } from '../src/capabilities.js';
import { CODE_ACTION_KINDS } from '../src/code-actions.js';
import { SERVER_COMMANDS } from '../src/commands.js';
import { DropResponse, frame, initializeId } from '../src/stdio.js';

const BIN = fileURLToPath(new URL('../bin/xxgk-lint-language-server.js', import.meta.url));

/** the framed messages in `bytes`, parsed */
function messages(bytes: Buffer): unknown[] {
  const out: unknown[] = [];
  let at = 0;
  while (at < bytes.length) {
    const end = bytes.indexOf('\r\n\r\n', at);
    if (end < 0) break;
    const length = Number(/Content-Length: (\d+)/i.exec(bytes.subarray(at, end).toString('latin1'))?.[1]);
    const start = end + 4;
    if (bytes.length < start + length) break;
    out.push(JSON.parse(bytes.subarray(start, start + length).toString('utf8')));
    at = start + length;
  }
  return out;
}

const initialize = (id: number | string) => ({ jsonrpc: '2.0', id, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });

describe('the initialize result sent before the server loads', () => {
  it('advertises what the server has: its code action kinds, its commands, incremental sync', () => {
    expect(ADVERTISED_CODE_ACTION_KINDS).toEqual(CODE_ACTION_KINDS);
    expect(ADVERTISED_COMMANDS).toEqual(SERVER_COMMANDS);
    expect(initializeResult().capabilities.textDocumentSync).toEqual({ openClose: true, change: TextDocumentSyncKind.Incremental });
  });

  it("core/editor's extensions and formats are core's", () => {
    expect(TEXT_EXTENSIONS).toEqual(coreTextExtensions);
    for (const name of ['a.md', 'a.MD', 'a.markdown', 'a.txt', 'a.text', 'a.docx', 'md', 'a.md.txt', '/x.md/y', 'untitled', '.md'])
      expect(formatOf(name), name).toBe(coreFormatOf(name));
  });

  it('reads the id of an initialize request only', () => {
    expect(initializeId(Buffer.from(JSON.stringify(initialize(7))))).toBe(7);
    expect(initializeId(Buffer.from(JSON.stringify(initialize('a'))))).toBe('a');
    expect(initializeId(Buffer.from(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'shutdown' })))).toBeUndefined();
    expect(initializeId(Buffer.from('{not json'))).toBeUndefined();
  });
});

describe('DropResponse', () => {
  it('drops the first response to the id only, whatever the chunks, and passes the rest unchanged', async () => {
    const log = frame({ jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: '日志' } });
    const answer = frame({ jsonrpc: '2.0', id: 1, result: { capabilities: {} } });
    const request = frame({ jsonrpc: '2.0', id: 1, method: 'client/registerCapability', params: {} });
    const later = frame({ jsonrpc: '2.0', id: 1, result: null });
    const all = Buffer.concat([log, answer, request, later]);
    const expected = [...messages(log), ...messages(request), ...messages(later)];
    // mid-header, mid-body (inside a Chinese character's bytes), after the dropped one, one byte at a time
    for (const cuts of [[5], [log.length + 20], [log.length + answer.length - 3], [log.length + answer.length + 10], [...all.keys()]]) {
      const filter = new DropResponse(1);
      const out: Buffer[] = [];
      filter.on('data', (c: Buffer) => out.push(c));
      let from = 0;
      for (const cut of cuts) {
        filter.write(all.subarray(from, cut));
        from = cut;
      }
      filter.end(all.subarray(from));
      await new Promise((r) => filter.on('end', r));
      expect(messages(Buffer.concat(out)), String(cuts.length)).toEqual(expected);
    }
  });
});

describe('the bin (stdio.ts)', () => {
  it('the bin answers initialize once, then serves requests', async () => {
    const child = spawn(process.execPath, [BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const exited = new Promise((r) => child.on('exit', r));
    child.stdout.on('data', (c: Buffer) => out.push(c));
    // the initialize request in two pieces, then the rest at once
    const first = frame(initialize(1));
    child.stdin.write(first.subarray(0, 10));
    child.stdin.write(first.subarray(10));
    child.stdin.write(Buffer.concat([frame({ jsonrpc: '2.0', method: 'initialized', params: {} }), frame({ jsonrpc: '2.0', id: 2, method: 'shutdown' })]));
    for (let i = 0; i < 500 && !(messages(Buffer.concat(out)) as { id?: number }[]).some((m) => m.id === 2); i++) await new Promise((r) => setTimeout(r, 10));
    child.stdin.write(frame({ jsonrpc: '2.0', method: 'exit' }));
    await exited;
    const responses = (messages(Buffer.concat(out)) as { id?: number }[]).filter((m) => m.id !== undefined && !('method' in m));
    expect(responses).toEqual([
      { jsonrpc: '2.0', id: 1, result: initializeResult() },
      { jsonrpc: '2.0', id: 2, result: null },
    ]);
  });

  it('the bin answers initialize before vscode-languageserver (and so core) is loaded', async () => {
    // a preload counts the CommonJS modules loaded when the first bytes go out
    const dir = mkdtempSync(path.join(os.tmpdir(), 'xxgk-startup-'));
    const preload = path.join(dir, 'preload.cjs');
    writeFileSync(preload, PRELOAD);
    const child = spawn(process.execPath, ['--require', preload, BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    const reply = await new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => {
        chunks.push(c);
        if (messages(Buffer.concat(chunks)).length > 0) resolve(Buffer.concat(chunks));
      });
      child.stdin.write(frame(initialize(1)));
    });
    child.kill();
    rmSync(dir, { recursive: true, force: true });
    expect(messages(reply)[0]).toEqual({ jsonrpc: '2.0', id: 1, result: initializeResult() });
    const loaded = /modules at first write: (\d+) cjs, vscode-languageserver (\w+)/.exec(stderr);
    expect(loaded, stderr).not.toBeNull();
    expect(Number(loaded?.[1])).toBeLessThan(20);
    expect(loaded?.[2]).toBe('no');
  });
});

/** counts CommonJS loads and whether core was imported, at the first write to stdout (on stderr) */
const PRELOAD = `
const Module = require('node:module');
let cjs = 0;
const load = Module._load;
Module._load = function (...args) { if (!String(args[0]).startsWith('node:')) cjs++; return load.apply(this, args); };
const write = process.stdout.write.bind(process.stdout);
let said = false;
process.stdout.write = (...args) => {
  if (!said) {
    said = true;
    const ls = Object.keys(Module._cache).some((f) => f.includes('vscode-languageserver'));
    process.stderr.write('modules at first write: ' + cjs + ' cjs, vscode-languageserver ' + (ls ? 'yes' : 'no') + '\\n');
  }
  return write(...args);
};
`;

describe('initialize that the server cannot fully use', () => {
  it('a workspace folder that is not a local file URL is left out; the options still apply', async () => {
    const { LspClient } = await import('./lsp-client.mjs');
    const client = LspClient.start([BIN, '--stdio']);
    try {
      // enable: false must still be read (the initialize handler must not stop at the folder)
      const result = await client.initialize('file://elsewhere/reports', { enable: false });
      expect(result).toEqual(initializeResult());
      const uri = new URL('../../../test/fixtures/corpus/seeds/003_b44d1f36068b8b31.txt', import.meta.url).href;
      const text = (await import('node:fs')).readFileSync(fileURLToPath(uri), 'utf8');
      await client.open(uri, 'plaintext', 1, text);
      const published = await client.diagnosticsFor(uri, 1);
      expect(published.diagnostics).toEqual([]);
    } finally {
      await client.shutdown();
    }
  });
});
