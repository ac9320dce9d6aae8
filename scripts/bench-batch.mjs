#!/usr/bin/env node
// Batch benchmark (part of `npm run bench`; alone: `npm run bench:batch`). Prints figures, asserts nothing.
//
//   1. generates BATCH (default 10000) reports with scripts/generate-reports.mjs into .bench/reports
//      (UTF-8 and GBK, .md and .txt, some with defects; kept between runs);
//   2. runs the CLI over all of them with 1 worker and with all cores: reports/s, peak RSS;
//   3. the per-report ratio to the bare parse floor (remark-parse + remark-gfm of the same texts);
//   4. TIMING=1: per-rule time over a sample, the slowest rules first;
//   5. the HTML summary of the whole run, and a screenshot of it when Chromium is installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateReports } from './generate-reports.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const N = Number(process.env.BATCH ?? 10000);
const SAMPLE = Math.min(N, Number(process.env.SAMPLE ?? 500));
const benchDir = path.join(root, '.bench');
const reportsDir = path.join(benchDir, `reports-${N}`);
const bin = path.join(root, 'packages/cli/bin/xxgk-lint.js');

if (N <= 0) process.exit(0);

console.log(`\nbatch — ${N} generated reports, ${os.availableParallelism?.() ?? os.cpus().length} cores`);
if (!existsSync(reportsDir) || readdirSync(reportsDir).length !== N) {
  rmSync(reportsDir, { recursive: true, force: true });
  const t0 = performance.now();
  const { stats } = generateReports(reportsDir, N, 1);
  console.log(`generated in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${stats.txt} .txt, ${stats.md} .md, ${stats.gbk} GBK, ${stats.bom} with BOM, ${stats.defective} with defects`);
}
const files = readdirSync(reportsDir).sort().map((f) => path.join(reportsDir, f));
const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
console.log(`${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB`);

function runCli(args) {
  const t0 = performance.now();
  const res = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, XXGK_LINT_STATS: '1', NO_COLOR: '1' },
  });
  const seconds = (performance.now() - t0) / 1000;
  const stats = /xxgk-lint-stats (\{.*\})/.exec(res.stderr ?? '');
  return { seconds, status: res.status, maxRssMb: stats ? JSON.parse(stats[1]).maxRssKb / 1024 : NaN, stderr: res.stderr };
}

const out = path.join(benchDir, 'batch.json');
const one = runCli([reportsDir, '--concurrency', '1', '--format', 'json', '-o', out]);
const all = runCli([reportsDir, '--format', 'json', '-o', out]);
for (const [label, r] of [['1 worker (in-process)', one], ['all cores', all]]) {
  if (r.status !== 0 && r.status !== 1) console.log(`  (${label} exited ${r.status}: ${r.stderr.trim().split('\n').slice(-2).join(' ')})`);
  console.log(`${label.padEnd(24)}${(N / r.seconds).toFixed(0).padStart(7)} reports/s  ${r.seconds.toFixed(1).padStart(6)} s  peak RSS ${r.maxRssMb.toFixed(0)} MB`);
}
console.log(`${'speed-up from workers'.padEnd(24)}${(one.seconds / all.seconds).toFixed(2).padStart(7)}×`);
const results = JSON.parse(readFileSync(out, 'utf8'));
const counts = {};
for (const r of results) for (const m of r.messages) counts[m.ruleId ?? '(fatal)'] = (counts[m.ruleId ?? '(fatal)'] ?? 0) + 1;
console.log(`findings: ${Object.values(counts).reduce((a, b) => a + b, 0)} in ${results.length} results; top: ${Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${v}`).join(', ')}`);

// the parse floor and per-rule timing, in-process on a sample
const core = await import('@xxgk-lint/core');
const { nationalPack } = await import('@xxgk-lint/rules-national');
const coreRequire = createRequire(path.join(root, 'packages/core/package.json'));
const load = async (name) => import(pathToFileURL(coreRequire.resolve(name)).href);
const { unified } = await load('unified');
const { default: remarkParse } = await load('remark-parse');
const { default: remarkGfm } = await load('remark-gfm');
const processor = unified().use(remarkParse).use(remarkGfm);
const sample = files.slice(0, SAMPLE).map((f) => ({ f, bytes: readFileSync(f) }));
const texts = sample.map((s) => core.decode(s.bytes).text);
const rules = core.resolveRuleSet([nationalPack]);
for (const t of texts.slice(0, 20)) processor.parse(t);
let t0 = performance.now();
for (const t of texts) processor.parse(t);
const floorMs = (performance.now() - t0) / texts.length;
const timing = new Map();
t0 = performance.now();
for (const s of sample) core.lintBytes(s.bytes, { filePath: s.f, rules, timing: process.env.TIMING ? timing : undefined });
const lintMs = (performance.now() - t0) / sample.length;
console.log(`per report (sample of ${SAMPLE}, in-process): lint ${lintMs.toFixed(2)} ms, parse floor ${floorMs.toFixed(2)} ms, ratio ${(lintMs / floorMs).toFixed(2)}`);
if (process.env.TIMING) {
  const total = [...timing.values()].reduce((a, b) => a + b, 0);
  console.log(`\nTIMING=1 — per rule over ${SAMPLE} reports (ms in all, % of rule time)`);
  for (const [id, ms] of [...timing].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`  ${id.padEnd(40)}${ms.toFixed(1).padStart(9)}${((ms / total) * 100).toFixed(1).padStart(7)}%`);
  }
}

// the reviewers' HTML summary of the whole batch, and a look at it
const html = path.join(benchDir, 'summary.html');
const htmlRun = runCli([reportsDir, '--format', 'html', '-o', html]);
console.log(`\nHTML summary: ${html} (${(statSync(html).size / 1024 / 1024).toFixed(1)} MB, ${htmlRun.seconds.toFixed(1)} s)`);
const chromium = ['chromium', 'chromium-browser', 'google-chrome'].find((c) => spawnSync('which', [c]).status === 0);
if (chromium) {
  const png = path.join(benchDir, 'summary.png');
  rmSync(png, { force: true });
  const t = performance.now();
  try {
    execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${path.join(benchDir, 'chromium')}`, '--window-size=1200,1400', `--screenshot=${png}`, pathToFileURL(html).href], { stdio: 'ignore', timeout: 300_000 });
    console.log(`screenshot: ${png} (${(statSync(png).size / 1024).toFixed(0)} KB, headless Chromium ${((performance.now() - t) / 1000).toFixed(1)} s)`);
  } catch (error) {
    console.log(`screenshot: failed (${error.code ?? error.message})`);
  }
} else {
  console.log('screenshot: skipped (no chromium; apt-get install chromium)');
}
