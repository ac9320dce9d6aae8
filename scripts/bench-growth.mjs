#!/usr/bin/env node
// xxgk-lint growth bench: `npm run bench:growth` (builds first). Prints figures, asserts nothing.
//
// For each hostile input family (long runs of digits, ASCII letters, full-width
// punctuation, a repeated phrase, deep nesting per format) at 1×/2×/4×/8× its
// base size, lints once through createLinter (one process, the national
// recommended rules, no config files) and prints the time per size and the
// 8×/4× ratio (linear ≈ 2, quadratic ≈ 4). A rejection is printed as such.
// Then the ten slowest rules on each family's 8× input (engine `timing`).
//
// SCALE=0.5 halves every base size; ONLY=digits,phrase runs some families;
// LIMIT_MS=60000: once one size takes longer, the larger sizes are skipped.
// ROUNDS=3: the median of that many lints per size (one only when a lint takes over 5 s).
import os from 'node:os';
import { TextEncoder } from 'node:util';
import { performance } from 'node:perf_hooks';

const SCALE = Number(process.env.SCALE ?? 1);
const LIMIT_MS = Number(process.env.LIMIT_MS ?? 60000);
const ONLY = process.env.ONLY ? new Set(process.env.ONLY.split(',')) : undefined;
const SIZES = [1, 2, 4, 8];
const ROUNDS = Number(process.env.ROUNDS ?? 3);

const { createLinter, lintAny, resolveRuleSet } = await import('@xxgk-lint/core');
const { nationalDefaults, nationalPack } = await import('@xxgk-lint/rules-national');

const HEAD = '某某县人民政府2023年政府信息公开工作年度报告\n\n一、总体情况\n\n';
const prose = (run) => `${HEAD}${run}\n`;
const repeat = (unit, chars) => unit.repeat(Math.max(1, Math.round(chars / unit.length)));
const base = (n) => Math.max(1, Math.round(n * SCALE));

/** name, file name (its extension picks the format), base size, the input at a size */
const FAMILIES = [
  { name: 'digits', file: 'r.txt', base: base(12500), unit: '字符', make: (n) => prose('1'.repeat(n)) },
  { name: 'letters', file: 'r.txt', base: base(12500), unit: '字符', make: (n) => prose('a'.repeat(n)) },
  { name: 'letters-at', file: 'r.txt', base: base(12500), unit: '字符', make: (n) => prose(repeat('a.b@', n)) },
  { name: 'punctuation', file: 'r.txt', base: base(12500), unit: '字符', make: (n) => prose('，'.repeat(n)) },
  { name: 'punct-mixed', file: 'r.txt', base: base(12500), unit: '字符', make: (n) => prose(repeat('。；、（）', n)) },
  { name: 'phrase', file: 'r.txt', base: base(6250), unit: '次', make: (n) => prose('共1条，其中'.repeat(n)) },
  { name: 'phrase-mixed', file: 'r.txt', base: base(3000), unit: '次', make: (n) => prose('收到申请1件，办结2件，'.repeat(n)) },
  { name: 'md-list', file: 'r.md', base: base(625), unit: '层', make: (n) => prose(`${'- '.repeat(n)}内容`) },
  { name: 'md-quote', file: 'r.md', base: base(625), unit: '层', make: (n) => prose(`${'> '.repeat(n)}内容`) },
  { name: 'html-div', file: 'r.html', base: base(250), unit: '层', make: (n) => `<html><body><h1>${HEAD}</h1>${'<div>'.repeat(n)}内容${'</div>'.repeat(n)}</body></html>` },
  {
    name: 'html-table', file: 'r.html', base: base(125), unit: '层',
    make: (n) => `<html><body><h1>${HEAD}</h1>${'<table><tr><td>'.repeat(n)}内容${'</td></tr></table>'.repeat(n)}</body></html>`,
  },
].filter((f) => !ONLY || ONLY.has(f.name));

const linter = createLinter({ ...nationalDefaults, noConfig: true });
const rules = resolveRuleSet([nationalPack], 'recommended');
const encoder = new TextEncoder();

/** one lint through the API: ms, or the rejection */
async function timeOnce(family, text) {
  const t0 = performance.now();
  try {
    const result = await linter.lintBytes(encoder.encode(text), { filePath: family.file, previous: false });
    const fatal = result?.messages.find((m) => m.fatal);
    return { ms: performance.now() - t0, fatal: fatal ? fatal.message.slice(0, 40) : undefined };
  } catch (error) {
    return { ms: performance.now() - t0, error: `${error?.name ?? 'Error'}: ${String(error?.message ?? error).slice(0, 40)}` };
  }
}

console.log(`xxgk-lint growth bench — node ${process.version}, ${os.cpus().length} CPU(s); SCALE=${SCALE}, LIMIT_MS=${LIMIT_MS}, ROUNDS=${ROUNDS} (median)\n`);
await timeOnce(FAMILIES[0] ?? { file: 'r.txt' }, prose('预热')); // warm: load rules, remark

const cell = (s) => s.padStart(11);
console.log(`${'family'.padEnd(14)}${'1× size'.padStart(10)}${SIZES.map((s) => cell(`${s}× ms`)).join('')}${'8×/4×'.padStart(8)}  note`);
const rows = [];
for (const family of FAMILIES) {
  const times = [];
  const notes = [];
  for (const size of SIZES) {
    if (times.length && times[times.length - 1] !== undefined && times[times.length - 1] > LIMIT_MS) {
      times.push(undefined);
      continue;
    }
    const input = family.make(family.base * size);
    const runs = [await timeOnce(family, input)];
    while (runs.length < ROUNDS && !runs[0].error && runs[0].ms < 5000) runs.push(await timeOnce(family, input));
    const run = runs.sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];
    times.push(run.error ? undefined : run.ms);
    if (run.error) notes.push(`${size}× 拒绝 ${run.error}`);
    else if (run.fatal) notes.push(`${size}× 致命：${run.fatal}`);
    if (run.error) break;
  }
  while (times.length < SIZES.length) times.push(undefined);
  const ratio = times[3] !== undefined && times[2] ? (times[3] / times[2]).toFixed(2) : '—';
  rows.push({ family, times });
  console.log(`${family.name.padEnd(14)}${`${family.base}${family.unit}`.padStart(10)}` +
    `${times.map((t) => cell(t === undefined ? '—' : t.toFixed(0))).join('')}${ratio.padStart(8)}  ${[...new Set(notes)].join('；')}`);
}

console.log('\n8× 输入上最慢的十条规则（ms，引擎 timing）');
for (const { family, times } of rows) {
  if (times[3] === undefined) continue;
  const timing = new Map();
  try {
    await lintAny(encoder.encode(family.make(family.base * 8)), { filePath: family.file, rules, timing });
  } catch (error) {
    console.log(`${family.name}: ${error?.name ?? 'Error'}`);
    continue;
  }
  const top = [...timing].sort((a, b) => b[1] - a[1]).slice(0, 10);
  console.log(`${family.name.padEnd(14)}${top.map(([id, ms]) => `${id.replace(/^national\//, '')} ${ms.toFixed(0)}`).join(', ')}`);
}
