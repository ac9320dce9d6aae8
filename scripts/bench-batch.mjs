#!/usr/bin/env node
// Batch benchmark (part of `npm run bench`; alone: `npm run bench:batch`). Prints figures, asserts nothing.
// Everything is the CLI spawned as a user runs it; figures of one run are compared with each other only
// (the machine is shared: absolute times move with its load, ratios measured in one run much less).
//
//   1. cold start: one report (.txt, 8.6 KB) through bin/xxgk-lint.js (tsc output) and through the
//      one-file bundle (packages/cli/dist/xxgk-lint.mjs, `npm run bundle`; with its V8 code cache and
//      without, XXGK_LINT_CODE_CACHE=0), beside `node -e 0`:
//      median wall time and CPU time (user + system) of COLD_RUNS spawns;
//   2. the 320-report set (40 copies of each of the 8 corpus texts): xxgk-lint with one lane
//      (--concurrency 1: the main thread alone) and with the default settings (and the bundle's default), and autocorrect-node's `autocorrect --lint` (the fastest peer)
//      on the same files: reports/s and the ratio default ÷ autocorrect (target ≥ 1, issue 14);
//   3. generated reports (scripts/generate-reports.mjs; SIZES, default 1000,4000,10000; kept in
//      .bench/): reports/s with one lane (--concurrency 1), two workers (--concurrency 2) and the
//      default, and each run's peak RSS (the child's maxRSS, worker threads included:
//      XXGK_LINT_STATS=1), with the targets of issue 14: 4,000 reports ≤ 150 MB and within 1.25× of
//      1,000 (default settings); two workers ≥ 1.7× one lane on the largest;
//   4. TIMING=1: per-rule time over a sample of the first size, the slowest rules first;
//      HTML=1: the HTML summary of the first size (and a Chromium screenshot when installed).
//
// COLD_RUNS=7 COPIES=40 SIZES=1000,4000,10000 SAMPLE=500 override the defaults.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateReports } from './generate-reports.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const COLD_RUNS = Number(process.env.COLD_RUNS ?? 7);
const COPIES = Number(process.env.COPIES ?? 40);
const SIZES = (process.env.SIZES ?? process.env.BATCH ?? '1000,4000,10000').split(',').map(Number).filter((n) => n > 0);
const SAMPLE = Number(process.env.SAMPLE ?? 500);
const benchDir = path.join(root, '.bench');
const bin = path.join(root, 'packages/cli/bin/xxgk-lint.js');
const bundle = path.join(root, 'packages/cli/dist/xxgk-lint.mjs');
/**
 * The peer, autocorrect-node 2.14.0, installed by the bench into .bench/peer on first use: it is not in the
 * lockfile, because 2.14.0 publishes its native package for Linux only and `npm ci` then refuses the lockfile
 * (its darwin and win32 optional packages of that version do not exist on the registry).
 */
const AUTOCORRECT = 'autocorrect-node@2.14.0';
function peerAutocorrect() {
  const prefix = path.join(benchDir, 'peer');
  const cli = path.join(prefix, 'node_modules/.bin/autocorrect');
  if (existsSync(cli)) return cli;
  console.log(`  (installing ${AUTOCORRECT} into .bench/peer for the comparison)`);
  const npm = spawnSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', AUTOCORRECT], { encoding: 'utf8' });
  return npm.status === 0 && existsSync(cli) ? cli : undefined;
}
const cores = os.availableParallelism?.() ?? os.cpus().length;

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** one spawn: wall ms, CPU ms (user + system, from /usr/bin/time when present), exit status, the child's peak RSS */
function spawnTimed(command, args, env = {}, cwd = root) {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const [cmd, argv] = timeBin ? [timeBin, ['-f', 'xxgk-time %U %S', command, ...args]] : [command, args];
  const started = performance.now();
  const res = spawnSync(cmd, argv, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', ...env } });
  const wallMs = performance.now() - started;
  const time = /xxgk-time ([\d.]+) ([\d.]+)/.exec(res.stderr ?? '');
  const stats = /xxgk-lint-stats (\{.*\})/.exec(res.stderr ?? '');
  return {
    wallMs,
    cpuMs: time ? (Number(time[1]) + Number(time[2])) * 1000 : NaN,
    status: res.status,
    maxRssMb: stats ? JSON.parse(stats[1]).maxRssKb / 1024 : NaN,
    stderr: res.stderr ?? '',
    stdout: res.stdout ?? '',
  };
}

/** a run that did not finish as a lint does (exit 0/1, and the stats line when asked for) is reported, not counted */
function say(label, run, stats = false) {
  const failed = (run.status !== 0 && run.status !== 1) || (stats && Number.isNaN(run.maxRssMb));
  if (failed) console.log(`  (${label} failed, exit ${run.status}: ${run.stderr.trim().split('\n').slice(-3).join(' ')})`);
  return !failed;
}

// ---------------------------------------------------------------- 1. cold start

console.log(`\nbatch and start-up — the CLI spawned, ${cores} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
const one = path.join(root, 'test/fixtures/corpus/real/jiangsu-huaian-hongzequ-2023.txt');
console.log(`\n1. cold start, one report (${(statSync(one).size / 1024).toFixed(1)} KB .txt), median of ${COLD_RUNS} spawns`);
const starts = [['node -e 0', [process.execPath, ['-e', '0']]], ['bin (tsc output)', [process.execPath, [bin, one]]]];
if (existsSync(bundle)) {
  // the bundle's V8 code cache (bin/bundle-loader.js) on and off, in the same run
  starts.push(['bundle (one file)', [process.execPath, [bundle, one]]]);
  starts.push(['bundle, no code cache', [process.execPath, [bundle, one]], { XXGK_LINT_CODE_CACHE: '0' }]);
} else console.log('  (no bundle: npm run bundle)');
const cold = {};
for (const [label, [cmd, args], env] of starts) {
  const runs = Array.from({ length: COLD_RUNS }, () => spawnTimed(cmd, args, env));
  say(label, runs[0]);
  cold[label] = { wall: median(runs.map((r) => r.wallMs)), cpu: median(runs.map((r) => r.cpuMs)) };
}
for (const [label, { wall, cpu }] of Object.entries(cold)) {
  const over = label === 'node -e 0' ? '' : `  (+${(wall - cold['node -e 0'].wall).toFixed(0)} ms over node -e 0)`;
  console.log(`  ${label.padEnd(22)} wall ${wall.toFixed(0).padStart(5)} ms  CPU ${cpu.toFixed(0).padStart(5)} ms${over}`);
}
const best = cold['bundle (one file)'] ?? cold['bin (tsc output)'];
console.log(`  target ≤ 150 ms wall: ${best.wall <= 150 ? 'met' : `not met (${best.wall.toFixed(0)} ms; CPU ${best.cpu.toFixed(0)} ms, node -e 0 ${cold['node -e 0'].wall.toFixed(0)} ms)`}`);

// ---------------------------------------------------------------- 2. the 320-report set, against autocorrect

const corpus = [
  ...readdirSync(path.join(root, 'test/fixtures/corpus/seeds')).filter((f) => f.endsWith('.txt')).map((f) => path.join(root, 'test/fixtures/corpus/seeds', f)),
  ...readdirSync(path.join(root, 'test/fixtures/corpus/real')).filter((f) => f.endsWith('.txt')).map((f) => path.join(root, 'test/fixtures/corpus/real', f)),
];
// outside the checkout: autocorrect skips what .gitignore names (.bench/ among it)
const setDir = path.join(os.tmpdir(), `xxgk-bench-corpus-set-${COPIES}`);
if (!existsSync(setDir) || readdirSync(setDir).length !== corpus.length * COPIES) {
  rmSync(setDir, { recursive: true, force: true });
  mkdirSync(setDir, { recursive: true });
  for (let c = 0; c < COPIES; c++) for (const f of corpus) copyFileSync(f, path.join(setDir, `${String(c).padStart(3, '0')}-${path.basename(f)}`));
}
const setSize = corpus.length * COPIES;
console.log(`\n2. the ${setSize}-report set (${COPIES} copies of each of the ${corpus.length} corpus texts)`);
const out = path.join(benchDir, 'batch.json');
const setRuns = {
  'xxgk-lint, 1 lane': spawnTimed(process.execPath, [bin, setDir, '--concurrency', '1', '--format', 'json', '-o', out], { XXGK_LINT_STATS: '1' }),
  'xxgk-lint, default': spawnTimed(process.execPath, [bin, setDir, '--format', 'json', '-o', out], { XXGK_LINT_STATS: '1' }),
};
if (existsSync(bundle)) setRuns['xxgk-lint bundle, default'] = spawnTimed(process.execPath, [bundle, setDir, '--format', 'json', '-o', out], { XXGK_LINT_STATS: '1' });
const autocorrect = peerAutocorrect();
if (autocorrect) setRuns['autocorrect --lint'] = spawnTimed(autocorrect, ['--lint', '--quiet', setDir], {}, path.dirname(setDir));
else console.log(`  (${AUTOCORRECT} could not be installed: no comparison with the peer)`);
for (const [label, r] of Object.entries(setRuns)) {
  if (!say(label, r, label.startsWith('xxgk'))) {
    delete setRuns[label];
    continue;
  }
  const rss = Number.isNaN(r.maxRssMb) ? '' : `  peak RSS ${r.maxRssMb.toFixed(0)} MB`;
  console.log(`  ${label.padEnd(27)}${(setSize / (r.wallMs / 1000)).toFixed(0).padStart(6)} reports/s  ${(r.wallMs / 1000).toFixed(2).padStart(6)} s  CPU ${(r.cpuMs / 1000).toFixed(2)} s${rss}`);
}
// autocorrect prints "Error: <n>" (findings) on a run that read the files; none means it read nothing
if (setRuns['autocorrect --lint'] && !/Error: \S*\d/.test(setRuns['autocorrect --lint'].stdout ?? '')) {
  console.log('  (autocorrect reported no findings: it read no files, its figure is not counted)');
  delete setRuns['autocorrect --lint'];
}
if (setRuns['autocorrect --lint'] && setRuns['xxgk-lint, default']) {
  const ratio = setRuns['autocorrect --lint'].wallMs / setRuns['xxgk-lint, default'].wallMs;
  console.log(`  reports/s, default ÷ autocorrect: ${ratio.toFixed(2)} (target ≥ 1: ${ratio >= 1 ? 'met' : 'not met'})`);
}

// ---------------------------------------------------------------- 3. generated reports: throughput and memory

console.log('\n3. generated reports (UTF-8 and GBK, .md and .txt, some with defects)');
const peaks = {};
let largest;
/** sizes where a setting other than the default was faster (more workers never slower, issue 14) */
const beaten = [];
for (const n of SIZES) {
  const dir = path.join(benchDir, `reports-${n}`);
  if (!existsSync(dir) || readdirSync(dir).length !== n) {
    rmSync(dir, { recursive: true, force: true });
    generateReports(dir, n, 1);
  }
  const mb = readdirSync(dir).reduce((s, f) => s + statSync(path.join(dir, f)).size, 0) / 1024 / 1024;
  const runs = {
    '1 lane': spawnTimed(process.execPath, [bin, dir, '--concurrency', '1', '--format', 'json', '-o', out], { XXGK_LINT_STATS: '1' }),
    '2 workers': spawnTimed(process.execPath, [bin, dir, '--concurrency', '2', '--format', 'json', '-o', out], { XXGK_LINT_STATS: '1' }),
    default: spawnTimed(process.execPath, [bin, dir, '--format', 'json', '-o', out], { XXGK_LINT_STATS: '1' }),
  };
  for (const [label, r] of Object.entries(runs)) {
    say(`${n} ${label}`, r, true);
    console.log(`  ${String(n).padStart(6)} reports (${mb.toFixed(1)} MB), ${label.padEnd(9)}${(n / (r.wallMs / 1000)).toFixed(0).padStart(6)} reports/s  ${(r.wallMs / 1000).toFixed(1).padStart(6)} s  peak RSS ${r.maxRssMb.toFixed(0).padStart(4)} MB`);
  }
  peaks[n] = runs.default.maxRssMb;
  largest = { n, runs };
  const [fastest, best] = Object.entries(runs).reduce((a, b) => (b[1].wallMs < a[1].wallMs ? b : a));
  if (fastest !== 'default' && best.wallMs < runs.default.wallMs * 0.95) beaten.push(`${n}: ${fastest} ${(runs.default.wallMs / best.wallMs).toFixed(2)}× faster`);
}
console.log(`  the default within 5% of the fastest setting at every size: ${beaten.length === 0 ? 'met' : `not met (${beaten.join('; ')})`}`);
if (peaks[4000] !== undefined) console.log(`  peak RSS at 4,000 reports: ${peaks[4000].toFixed(0)} MB (target ≤ 150: ${peaks[4000] <= 150 ? 'met' : 'not met'})`);
if (peaks[4000] !== undefined && peaks[1000] !== undefined) {
  const growth = peaks[4000] / peaks[1000];
  console.log(`  peak RSS 4,000 ÷ 1,000: ${growth.toFixed(2)} (target ≤ 1.25: ${growth <= 1.25 ? 'met' : 'not met'})`);
}
if (largest) {
  const speedUp = largest.runs['1 lane'].wallMs / largest.runs['2 workers'].wallMs;
  const target = cores >= 2 ? ` (target ≥ 1.7 on 2 cores: ${speedUp >= 1.7 ? 'met' : 'not met'})` : '';
  console.log(`  2 workers ÷ 1 lane on ${largest.n}: ${speedUp.toFixed(2)}×${target}`);
  const perSecond = largest.n / (largest.runs.default.wallMs / 1000);
  console.log(`  ≈100,000 reports at ${perSecond.toFixed(0)} reports/s: ${(100000 / perSecond / 60).toFixed(1)} min (target ≤ 5)`);
}

// ---------------------------------------------------------------- 4. per-rule timing, the HTML summary (on request)

const first = SIZES[0] ? path.join(benchDir, `reports-${SIZES[0]}`) : undefined;
if (first && process.env.TIMING) {
  const core = await import('@xxgk-lint/core');
  const { nationalPack } = await import('@xxgk-lint/rules-national');
  const files = readdirSync(first).sort().slice(0, SAMPLE).map((f) => path.join(first, f));
  const rules = core.resolveRuleSet([nationalPack]);
  const timing = new Map();
  const { readFileSync } = await import('node:fs');
  for (const f of files) core.lintBytes(readFileSync(f), { filePath: f, rules, timing });
  const total = [...timing.values()].reduce((a, b) => a + b, 0);
  console.log(`\nTIMING=1 — per rule over ${files.length} reports (ms in all, % of rule time)`);
  for (const [id, ms] of [...timing].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`  ${id.padEnd(40)}${ms.toFixed(1).padStart(9)}${((ms / total) * 100).toFixed(1).padStart(7)}%`);
  }
}
if (first && process.env.HTML) {
  const html = path.join(benchDir, 'summary.html');
  const htmlRun = spawnTimed(process.execPath, [bin, first, '--format', 'html', '-o', html], { XXGK_LINT_STATS: '1' });
  console.log(`\nHTML summary: ${html} (${(statSync(html).size / 1024 / 1024).toFixed(1)} MB, ${(htmlRun.wallMs / 1000).toFixed(1)} s, peak RSS ${htmlRun.maxRssMb.toFixed(0)} MB)`);
  const chromium = ['chromium', 'chromium-browser', 'google-chrome'].find((c) => spawnSync('which', [c]).status === 0);
  if (chromium) {
    const png = path.join(benchDir, 'summary.png');
    rmSync(png, { force: true });
    try {
      execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${path.join(benchDir, 'chromium')}`, '--window-size=1200,1400', `--screenshot=${png}`, pathToFileURL(html).href], { stdio: 'ignore', timeout: 300_000 });
      console.log(`screenshot: ${png} (${(statSync(png).size / 1024).toFixed(0)} KB)`);
    } catch (error) {
      console.log(`screenshot: failed (${error.code ?? error.message})`);
    }
  }
}
