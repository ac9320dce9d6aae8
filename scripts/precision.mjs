#!/usr/bin/env node
// npm run precision: lints every report of the corpus (../shared/corpus when it is
// beside the checkout, else the copy in test/fixtures/corpus) and the layout
// fixtures (test/fixtures/layouts) with the national pack, and prints per rule how
// many findings there are and how many of them the tests pin as true
// (test/fixtures/precision/pinned.json, read by test/precision.test.ts). A finding
// nobody pinned is listed: it has not been read and judged yet.
//   node scripts/precision.mjs [--json | --draft]   (--draft: pinned.json entries for what is not pinned yet)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintAny, resolveRuleSet } from '../packages/core/dist/index.js';
import { nationalPack } from '../packages/rules-national/dist/index.js';
import { COUNTED_RULES, findingKey, lintedFiles, pinnedFindings } from './precision-lib.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = join(root, '..', 'shared', 'corpus');
const corpus = existsSync(shared) ? shared : join(root, 'test', 'fixtures', 'corpus');
const layouts = join(root, 'test', 'fixtures', 'layouts');
const rules = resolveRuleSet([nationalPack]);
const pinned = pinnedFindings(JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'precision', 'pinned.json'), 'utf8')));

const perRule = new Map();
const unread = [];
const missing = [];
const draft = {};
const files = lintedFiles(corpus, layouts, readdirSync);
for (const { path, key } of files) {
  const result = await lintAny(readFileSync(path), { filePath: path, rules });
  const expected = pinned.get(key) ?? new Map();
  const byKey = new Map();
  for (const m of result.messages) byKey.set(findingKey(m), [...(byKey.get(findingKey(m)) ?? []), m]);
  for (const [k, messages] of byKey) {
    const rule = messages[0].ruleId ?? '(读取)';
    const row = perRule.get(rule) ?? { error: 0, warn: 0, info: 0, pinned: 0, unread: 0 };
    for (const m of messages) row[m.xxgkSeverity] += 1;
    const pinnedHere = Math.min(expected.get(k) ?? 0, messages.length);
    row.pinned += pinnedHere;
    row.unread += messages.length - pinnedHere;
    perRule.set(rule, row);
    const excess = messages.slice(pinnedHere);
    if (excess.length === 0) continue;
    if (COUNTED_RULES.has(rule)) unread.push(`${key} ${k} ×${excess.length}`);
    else for (const m of excess) unread.push(`${key}:${m.line}:${m.column} ${m.xxgkSeverity} ${rule} ${m.message}`);
    const entries = COUNTED_RULES.has(rule)
      ? [{ finding: k, count: excess.length, why: '' }]
      : excess.map((m) => ({ finding: k, why: m.message }));
    (draft[key] ??= []).push(...entries);
  }
  for (const [k, n] of expected) {
    const got = byKey.get(k)?.length ?? 0;
    if (got < n) missing.push(`${key} ${k}（钉住 ${n} 条，实际 ${got} 条）`);
  }
}

if (process.argv.includes('--draft')) {
  // pinned.json entries for the findings not yet pinned: each "why" must be rewritten after reading the finding
  console.log(JSON.stringify(draft, null, 2));
  process.exit(0);
}
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ files: files.length, rules: Object.fromEntries(perRule), unread, missing }, null, 2));
} else {
  console.log(`语料：${relative(root, corpus) || corpus}，版式样例：${relative(root, layouts)}，共 ${files.length} 个文件`);
  console.log('');
  console.log('| 规则 | 错误 | 警告 | 提示 | 已核对为真（钉在测试里） | 未核对 |');
  console.log('|---|---|---|---|---|---|');
  const sorted = [...perRule].sort((a, b) => a[0].localeCompare(b[0]));
  const total = { error: 0, warn: 0, info: 0, pinned: 0, unread: 0 };
  for (const [rule, r] of sorted) {
    console.log(`| ${rule} | ${r.error} | ${r.warn} | ${r.info} | ${r.pinned} | ${r.unread} |`);
    for (const k of Object.keys(total)) total[k] += r[k];
  }
  console.log(`| 合计 | ${total.error} | ${total.warn} | ${total.info} | ${total.pinned} | ${total.unread} |`);
  if (unread.length > 0) console.log(`\n未核对的问题（${unread.length}）：\n${unread.join('\n')}`);
  if (missing.length > 0) console.log(`\n钉住但没有报出的问题（${missing.length}）：\n${missing.join('\n')}`);
}
process.exitCode = unread.length > 0 || missing.length > 0 ? 1 : 0;
