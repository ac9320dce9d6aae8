#!/usr/bin/env node
// Language server under a hostile document (issue 11 item 7): prints figures,
// asserts nothing. A real client over stdio (packages/language-server/test/lsp-client.mjs).
//
//   1. responsiveness: a document whose lint busy-loops (a test rule pack in a
//      temporary workspace, on a marker) is opened; meanwhile the time a hover
//      on another document takes, and the time until a third document's
//      diagnostics arrive;
//   2. the budget: the time until the slow document gets its one timeout
//      diagnostic (lintTimeoutMs, default 10 s here 5 s), then a normal lint;
//   3. framing: after a bad Content-Length header, the time until the next
//      request is answered (or "no answer in 5 s").
//
//   node scripts/bench-lsp-hostile.mjs [server.js]   (default: this checkout's server; run tsc -b first)
// Give an older build's bin/xxgk-lint-language-server.js to compare.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LspClient } from '../packages/language-server/test/lsp-client.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SERVER = path.resolve(process.argv[2] ?? path.join(root, 'packages/language-server/bin/xxgk-lint-language-server.js'));
const SEED = readFileSync(path.join(root, 'test/fixtures/corpus/seeds/003_b44d1f36068b8b31.txt'), 'utf8');
const BUSY_MS = 8000;
const BUDGET_MS = 5000;

const SLOW_PACK = `export default {
  meta: { name: 'slow-pack', version: '1.0.0', namespace: 'slow' },
  rules: { busy: {
    meta: { type: 'problem', defaultSeverity: 'warn', docs: { description: '忙等', url: 'https://example.org/slow', basis: '测试', category: 'other' }, messages: { busy: '忙等' }, schema: [] },
    create(context) { return { Report() { if (!context.sourceCode.text.includes('SLOW-MARKER')) return; const end = Date.now() + ${BUSY_MS}; while (Date.now() < end); } }; },
  } },
  configs: { recommended: { rules: { 'slow/busy': 'warn' } } },
};
`;

/** ms the promise took, or null when it did not settle within `limit` */
async function timed(promise, limit) {
  const start = performance.now();
  const done = await Promise.race([promise.then(() => true), sleep(limit).then(() => false)]);
  return done ? Math.round(performance.now() - start) : null;
}

const show = (ms, limit) => (ms === null ? `没有回应（${limit} ms 内）` : `${ms} ms`);

const dir = mkdtempSync(path.join(os.tmpdir(), 'xxgk-bench-hostile-'));
try {
  writeFileSync(path.join(dir, 'slow-pack.mjs'), SLOW_PACK);
  writeFileSync(path.join(dir, '.xxgklintrc.yml'), 'extends:\n  - "@xxgk-lint/rules-national/recommended"\n  - ./slow-pack.mjs\n');
  const client = LspClient.start([SERVER, '--stdio']);
  await client.initialize(pathToFileURL(dir).href, { debounceMs: 0, lintTimeoutMs: BUDGET_MS });
  const uri = (name) => pathToFileURL(path.join(dir, name)).href;
  await client.open(uri('quick.txt'), 'plaintext', 1, SEED);
  const first = await client.diagnosticsFor(uri('quick.txt'), 1);
  const at = first.diagnostics.find((d) => d.code === 'national/narrative-sum')?.range.start ?? { line: 0, character: 0 };

  const opened = performance.now();
  await client.open(uri('slow.txt'), 'plaintext', 1, `SLOW-MARKER\n${SEED}`);
  await sleep(300);
  const hover = await timed(client.hover(uri('quick.txt'), at), BUSY_MS + 2000);
  await client.open(uri('other.txt'), 'plaintext', 1, SEED);
  const other = await timed(client.diagnosticsFor(uri('other.txt'), 1), BUSY_MS + 2000);
  const slow = await client.diagnosticsFor(uri('slow.txt'), 1);
  const slowMs = Math.round(performance.now() - opened);
  console.log(`服务器：${SERVER}`);
  console.log(`慢文件检查中（规则忙等 ${BUSY_MS} ms）：另一文件的悬停 ${show(hover, BUSY_MS + 2000)}；第三个文件的诊断 ${show(other, BUSY_MS + 2000)}`);
  console.log(`慢文件自己的结果：打开后 ${slowMs} ms，${slow.diagnostics.length} 条（${slow.diagnostics.map((d) => d.message.slice(0, 12)).join('；')}）`);
  await client.open(uri('next.txt'), 'plaintext', 1, SEED);
  console.log(`随后的文件：诊断 ${show(await timed(client.diagnosticsFor(uri('next.txt'), 1), 10000), 10000)}`);
  client.kill();

  const framed = LspClient.start([SERVER, '--stdio']);
  await framed.initialize(null);
  framed.child.stdin.write('Content-Length: abc\r\n\r\n{"jsonrpc":"2.0","method":"x"}');
  console.log(`错误的 Content-Length 之后：下一个请求 ${show(await timed(framed.stats(), 5000), 5000)}；进程${framed.child.exitCode === null ? '仍在运行' : `已退出（${framed.child.exitCode}）`}`);
  framed.kill();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
