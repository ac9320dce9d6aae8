#!/usr/bin/env node
// xxgk-lint benchmark: `npm run bench` (builds first). Prints figures, asserts nothing.
//
//   1. the 320-report set (40 copies of each corpus text: test/fixtures/corpus/seeds/*.txt
//      and real/*.txt), one thread: reports/s of lintBytes() with the national recommended
//      rules, the parse floor (bare unified + remark-parse + remark-gfm) in the same run,
//      the ratio lint ÷ floor against the target 0.5 (issue 14), the per-phase breakdown
//      (decode, ingest, parse, model, rules, output) and the ten slowest rules;
//   2. per report: lint and floor, warm, per corpus text;
//   3. configuration: resolving a county config for a file (cold and cached),
//      and linting with 50 declarative rules added versus none;
//   4. input formats: lintAny() on the same reports as .txt, .html and .docx
//      (test/fixtures/formats) and on the three corpus PDFs, first call and warm;
//   5. cold start: the CLI on one file (.txt, .html, .docx, .pdf), spawned, wall time.
//
// ROUNDS=30 WARMUP=5 SET_ROUNDS=7 COPIES=40 COLD_RUNS=5 FORMAT_ROUNDS=10 override the defaults.
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { TextDecoder } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROUNDS = Number(process.env.ROUNDS ?? 30);
const WARMUP = Number(process.env.WARMUP ?? 5);
const SET_ROUNDS = Number(process.env.SET_ROUNDS ?? 7);
const COPIES = Number(process.env.COPIES ?? 40);
const COLD_RUNS = Number(process.env.COLD_RUNS ?? 5);
const TARGET_RATIO = 0.5;

const { ConfigResolver, lintAny, lintBytes, resolveRuleSet } = await import('@xxgk-lint/core');
const { nationalPack } = await import('@xxgk-lint/rules-national');

// remark as core resolves it (core's own dependencies, not whatever is hoisted)
const coreRequire = createRequire(path.join(root, 'packages/core/package.json'));
const load = async (name) => import(pathToFileURL(coreRequire.resolve(name)).href);
const { unified } = await load('unified');
const { default: remarkParse } = await load('remark-parse');
const { default: remarkGfm } = await load('remark-gfm');

const corpusDirs = ['test/fixtures/corpus/seeds', 'test/fixtures/corpus/real'];
const reports = corpusDirs.flatMap((dir) =>
  readdirSync(path.join(root, dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const filePath = path.join(root, dir, f);
      const bytes = readFileSync(filePath);
      return { filePath, rel: path.join(dir, f), bytes, text: bytes.toString('utf8') };
    }),
);
if (reports.length === 0) {
  console.error('bench: no reports found under test/fixtures/corpus');
  process.exit(2);
}

const rules = resolveRuleSet([nationalPack], 'recommended');
const processor = unified().use(remarkParse).use(remarkGfm);

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  return { mean, median: at(0.5), p95: at(0.95), min: s[0], max: s[s.length - 1] };
}

/** Per-report samples (ms): WARMUP rounds discarded, then ROUNDS rounds over all reports. */
function measure(fn) {
  for (let i = 0; i < WARMUP; i++) for (const r of reports) fn(r);
  const all = [];
  const perReport = new Map(reports.map((r) => [r.rel, []]));
  for (let i = 0; i < ROUNDS; i++) {
    for (const r of reports) {
      const t0 = performance.now();
      fn(r);
      const ms = performance.now() - t0;
      all.push(ms);
      perReport.get(r.rel).push(ms);
    }
  }
  return { all: stats(all), perReport };
}

const fmt = (n) => n.toFixed(2).padStart(8);
const row = (label, s) => `${label.padEnd(38)}${fmt(s.mean)}${fmt(s.median)}${fmt(s.p95)}`;
const header = `${''.padEnd(38)}${'mean'.padStart(8)}${'median'.padStart(8)}${'p95'.padStart(8)}   (ms per report)`;

console.log(`xxgk-lint bench — node ${process.version}, ${os.cpus().length} CPU(s) ${os.cpus()[0]?.model ?? ''}`);
console.log(`${reports.length} reports (${(reports.reduce((a, r) => a + r.bytes.length, 0) / 1024).toFixed(1)} KB), ` +
  `${Object.keys(rules).length} rules, ${WARMUP} warm-up + ${ROUNDS} rounds\n`);

let sink = 0;

// 1. The 320-report set: each copy its own bytes and path, as a batch would read them.
{
  const set = [];
  for (let c = 0; c < COPIES; c++) {
    for (const r of reports) {
      set.push({ filePath: path.join(path.dirname(r.filePath), `copy-${c}`, path.basename(r.filePath)), bytes: Buffer.from(r.bytes) });
    }
  }
  const decoder = new TextDecoder();
  const lintSet = (options = {}) => {
    for (const f of set) sink += lintBytes(f.bytes, { filePath: f.filePath, rules, ...options }).messages.length;
  };
  const floorSet = () => {
    for (const f of set) sink += processor.parse(decoder.decode(f.bytes)).children.length;
  };
  const time = (fn) => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  };
  const referenceSet = () => lintSet({ parser: 'remark' });
  lintSet();
  floorSet();
  referenceSet();
  const lintMs = [];
  const floorMs = [];
  const referenceMs = [];
  // interleaved, so that all three see the same machine load
  for (let i = 0; i < SET_ROUNDS; i++) {
    lintMs.push(time(lintSet));
    floorMs.push(time(floorSet));
    referenceMs.push(time(referenceSet));
  }
  const lint = stats(lintMs).median;
  const floor = stats(floorMs).median;
  const reference = stats(referenceMs).median;
  const perSecond = (ms) => ((set.length / ms) * 1000).toFixed(0).padStart(8);
  console.log(`${set.length}-report set (${COPIES} copies of each corpus text), one thread, median of ${SET_ROUNDS} rounds`);
  console.log(`${''.padEnd(38)}${'wall ms'.padStart(8)}${'rep/s'.padStart(8)}`);
  console.log(`${'xxgk-lint lintBytes (recommended)'.padEnd(38)}${lint.toFixed(0).padStart(8)}${perSecond(lint)}`);
  console.log(`${'parse floor (remark-parse + gfm)'.padEnd(38)}${floor.toFixed(0).padStart(8)}${perSecond(floor)}`);
  console.log(`${'lintBytes, remark on all text (before)'.padEnd(38)}${reference.toFixed(0).padStart(8)}${perSecond(reference)}`);
  console.log(`${'ratio before (remark on all text)'.padEnd(38)}${(reference / floor).toFixed(2).padStart(8)}`);
  const ratio = lint / floor;
  console.log(`${'ratio lint ÷ floor'.padEnd(38)}${ratio.toFixed(2).padStart(8)}   target ≤ ${TARGET_RATIO}: ${ratio <= TARGET_RATIO ? 'met' : `not met (${(ratio / TARGET_RATIO).toFixed(2)}× the target)`}`);

  // the breakdown: instrumented passes, after and before, interleaved (their totals are a little above the plain pass)
  const phases = new Map();
  const phasesBefore = new Map();
  const timing = new Map();
  const passes = 3;
  for (let i = 0; i < passes; i++) {
    lintSet({ phases, timing });
    lintSet({ phases: phasesBefore, parser: 'remark' });
  }
  const order = ['decode', 'ingest', 'parse', 'model', 'rules', 'output'];
  const total = order.reduce((a, k) => a + (phases.get(k) ?? 0), 0);
  console.log(`\nper phase (instrumented, ${passes} passes; ms per ${set.length} reports, share; before = remark on all text)`);
  console.log(`${''.padEnd(38)}${'ms'.padStart(8)}${'share'.padStart(8)}${'before'.padStart(8)}`);
  for (const k of order) {
    const ms = (phases.get(k) ?? 0) / passes;
    const share = `${((100 * (phases.get(k) ?? 0)) / total).toFixed(1)}%`;
    console.log(`  ${k.padEnd(36)}${ms.toFixed(0).padStart(8)}${share.padStart(8)}${((phasesBefore.get(k) ?? 0) / passes).toFixed(0).padStart(8)}`);
  }
  const ruleTotal = [...timing.values()].reduce((a, b) => a + b, 0);
  console.log(`\nten slowest rules (create + visitors; ms per ${set.length} reports, share of rule time ${(ruleTotal / passes).toFixed(0)} ms)`);
  for (const [id, ms] of [...timing].sort((a, b) => b[1] - a[1]).slice(0, 10)) {
    console.log(`  ${id.padEnd(36)}${(ms / passes).toFixed(0).padStart(8)}${`${((100 * ms) / ruleTotal).toFixed(1)}%`.padStart(8)}`);
  }
  console.log('');
}

// 2. Per report, warm.
const lint = measure((r) => {
  sink += lintBytes(r.bytes, { filePath: r.filePath, rules }).messages.length;
});
const floor = measure((r) => {
  sink += processor.parse(r.text).children.length;
});

console.log(header);
console.log(row('lint (decode+parse+model+rules)', lint.all));
console.log(row('floor (remark-parse + remark-gfm)', floor.all));
console.log(`${'ratio lint / floor (mean, median)'.padEnd(38)}${(lint.all.mean / floor.all.mean).toFixed(2).padStart(8)}` +
  `${(lint.all.median / floor.all.median).toFixed(2).padStart(8)}\n`);

console.log(`${'per report'.padEnd(60)}${'KB'.padStart(6)}${'lint'.padStart(8)}${'floor'.padStart(8)}${'ratio'.padStart(7)}   (median ms)`);
for (const r of reports) {
  const l = stats(lint.perReport.get(r.rel)).median;
  const f = stats(floor.perReport.get(r.rel)).median;
  console.log(`${r.rel.padEnd(60)}${(r.bytes.length / 1024).toFixed(1).padStart(6)}${fmt(l)}${fmt(f)}${(l / f).toFixed(2).padStart(7)}`);
}

if (process.env.ONLY_SET) process.exit(sink < 0 ? 1 : 0);

// Configuration: resolve time, and the cost of 50 declarative rules.
{
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xxgk-bench-'));
  const kinds = [
    (i) => `  - id: bench/forbid-${i}\n    type: forbid-phrase\n    phrase: 禁用词${i}\n    replacement: 替换词${i}\n`,
    (i) => `  - id: bench/regex-${i}\n    type: forbid-phrase\n    regex: true\n    phrase: "不规范[甲乙丙]{1,3}${i}"\n`,
    (i) => `  - id: bench/require-${i}\n    type: require-phrase\n    part: 一\n    phrase: 政府信息\n`,
    (i) => `  - id: bench/length-${i}\n    type: max-length\n    part: ${'一二三四五六'[i % 6]}\n    max: ${5000 + i}\n`,
    (i) => `  - id: bench/cell-${i}\n    type: require-table-value\n    table: 三\n    row: 一\n    column: 总计\n    op: ">="\n    value: 0\n`,
  ];
  const custom = Array.from({ length: 50 }, (_, i) => kinds[i % kinds.length](i)).join('');
  writeFileSync(path.join(dir, '.xxgklintrc.yml'), `root: true\nextends:\n  - "@xxgk-lint/rules-national/recommended"\n  - "@xxgk-lint/rules-provincial/sichuan"\ncustomRules:\n${custom}`);
  const target = path.join(dir, 'r.txt');
  const t0 = performance.now();
  const resolved = await new ConfigResolver({ cwd: dir }).resolveFor(target);
  const coldMs = performance.now() - t0;
  const resolver = new ConfigResolver({ cwd: dir });
  await resolver.resolveFor(target);
  const warm = [];
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    await resolver.resolveFor(path.join(dir, `r${i}.txt`));
    warm.push(performance.now() - t);
  }
  rmSync(dir, { recursive: true, force: true });
  const withCustom = measure((r) => {
    sink += lintBytes(r.bytes, { filePath: r.filePath, rules: resolved.rules }).messages.length;
  });
  console.log(`\nconfiguration (county config: national + 四川 + 50 declarative rules, ${Object.keys(resolved.rules).length} rules in all)`);
  console.log(`${'resolve config for a file, first (ms)'.padEnd(38)}${fmt(coldMs)}`);
  console.log(row('resolve config, same folder, cached', stats(warm)));
  console.log(header);
  console.log(row('lint, national only', lint.all));
  console.log(row('lint, national + 50 declarative', withCustom.all));
  console.log(`${'cost of the 50 rules (mean ms/report)'.padEnd(38)}${fmt(withCustom.all.mean - lint.all.mean)}`);
}

// Input formats: the same reports as .txt, .html and .docx, and the corpus PDFs, through lintAny().
const FORMAT_ROUNDS = Number(process.env.FORMAT_ROUNDS ?? Math.min(ROUNDS, 10));
{
  const formatsDir = path.join(root, 'test/fixtures/formats');
  const corpusDir = path.join(root, 'test/fixtures/corpus');
  const same = [
    ['seed-002', 'seeds/002_cff4ace8f11033c3.txt'],
    ['seed-003', 'seeds/003_b44d1f36068b8b31.txt'],
    ['seed-004', 'seeds/004_50046161c6499f8c.txt'],
    ['huaian-shi-2024', 'real/jiangsu-huaian-shi-2024.txt'],
  ];
  const pdfs = ['jiangsu-huaian-hongzequ-2023', 'jiangsu-huaian-hongzequ-2024', 'jiangsu-huaian-shi-2024'];
  const file = (filePath) => ({ filePath, bytes: readFileSync(filePath) });
  const sets = [
    ['.txt (same 4 reports)', same.map(([, txt]) => file(path.join(corpusDir, txt)))],
    ['.html (same 4 reports)', same.map(([name]) => file(path.join(formatsDir, `${name}.html`)))],
    ['.docx (same 4 reports)', same.map(([name]) => file(path.join(formatsDir, `${name}.docx`)))],
    ['.txt (pdftotext of the 3 PDFs)', pdfs.map((n) => file(path.join(corpusDir, 'real', `${n}.txt`)))],
    ['.pdf (the 3 PDFs)', pdfs.map((n) => file(path.join(corpusDir, 'real', `${n}.pdf`)))],
  ];
  console.log(`\ninput formats: lintAny() per report, first call (module load) then ${FORMAT_ROUNDS} rounds`);
  console.log(`${''.padEnd(38)}${'first'.padStart(8)}${'mean'.padStart(8)}${'median'.padStart(8)}${'p95'.padStart(8)}   (ms per report)`);
  for (const [label, files] of sets) {
    const t0 = performance.now();
    sink += (await lintAny(files[0].bytes, { filePath: files[0].filePath, rules })).messages.length;
    const first = performance.now() - t0;
    const samples = [];
    for (let i = 0; i < FORMAT_ROUNDS; i++) {
      for (const f of files) {
        const t = performance.now();
        sink += (await lintAny(f.bytes, { filePath: f.filePath, rules })).messages.length;
        samples.push(performance.now() - t);
      }
    }
    const s = stats(samples);
    console.log(`${label.padEnd(38)}${fmt(first)}${fmt(s.mean)}${fmt(s.median)}${fmt(s.p95)}`);
  }
}

// Cold start: a new node process per run.
function wall(args) {
  const t0 = performance.now();
  const res = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  const ms = performance.now() - t0;
  if (res.error) throw res.error;
  return { ms, status: res.status, stderr: String(res.stderr ?? '') };
}
const bin = path.join(root, 'packages/cli/bin/xxgk-lint.js');
const one = reports[0].filePath;
const cold = (label, args) => {
  wall(args); // fill the OS file cache once
  const runs = Array.from({ length: COLD_RUNS }, () => wall(args));
  const bad = runs.find((r) => r.status !== 0 && r.status !== 1);
  if (bad) console.log(`  (${label} exited ${bad.status}: ${bad.stderr.trim().split('\n')[0]})`);
  return stats(runs.map((r) => r.ms));
};
console.log(`\ncold start, wall ms over ${COLD_RUNS} runs${''.padEnd(12)}${'mean'.padStart(8)}${'median'.padStart(8)}${'p95'.padStart(8)}`);
console.log(row('node -e 0 (baseline)', cold('node', ['-e', '0'])));
console.log(row(`xxgk-lint ${path.basename(one)}`, cold('cli', [bin, one])));
console.log(row(`xxgk-lint --format json …`, cold('cli json', [bin, '--format', 'json', one])));
for (const doc of ['test/fixtures/formats/seed-003.html', 'test/fixtures/formats/seed-003.docx', 'test/fixtures/corpus/real/jiangsu-huaian-shi-2024.pdf']) {
  console.log(row(`xxgk-lint ${path.basename(doc)}`, cold(path.extname(doc), [bin, path.join(root, doc)])));
}
if (sink < 0) console.log(sink);
