#!/usr/bin/env node
// The web checker's figures: `npm run bench:web` (builds first). Prints, asserts nothing.
//
//   1. size of packages/web/dist/xxgk-lint.html (and gzipped, as it travels by e-mail);
//   2. open → ready: from navigation start to dataset.state = "ready", in a fresh
//      context each time (median of RUNS);
//   3. checking one typical report — 淮安市 2024 as .txt, .docx and .pdf — through
//      window.xxgkLint.lintFiles (the same path as choosing a file: results drawn
//      too): the first check in a fresh page (it loads mammoth / pdf.js) and the
//      warm median of WARM checks;
//   4. the same files through the Node API the CLI uses (createLinter, --no-config),
//      first call and warm median, and the browser / Node ratio.
//
// Headless Debian chromium through playwright-core (XXGK_CHROMIUM overrides the
// path); every request but the file itself is aborted and counted.
// RUNS=5 WARM=5 override the defaults.
/* global window, document, MutationObserver, atob -- inside page.evaluate / addInitScript */
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.RUNS ?? 5);
const WARM = Number(process.env.WARM ?? 5);
const pageFile = path.join(root, 'packages/web/dist/xxgk-lint.html');
const pageUrl = pathToFileURL(pageFile).href;

const REPORTS = [
  { kind: '.txt', file: 'test/fixtures/corpus/real/jiangsu-huaian-shi-2024.txt' },
  { kind: '.docx', file: 'test/fixtures/formats/huaian-shi-2024.docx' },
  { kind: '.pdf', file: 'test/fixtures/corpus/real/jiangsu-huaian-shi-2024.pdf' },
];

function findChromium() {
  const candidates = [process.env.XXGK_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'];
  return candidates.find((file) => {
    if (!file) return false;
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

const executablePath = findChromium();
if (!executablePath) {
  console.error('找不到 chromium（/usr/bin/chromium）：请先 apt-get install -y chromium，或用 XXGK_CHROMIUM 指定。');
  process.exit(1);
}
try {
  statSync(pageFile);
} catch {
  console.error(`没有 ${path.relative(root, pageFile)}：请先 npm run build:web。`);
  process.exit(1);
}

const bytesOf = new Map(REPORTS.map((r) => [r.kind, readFileSync(path.join(root, r.file))]));
const browser = await chromium.launch({ executablePath, headless: true, args: ['--host-resolver-rules=MAP * ~NOTFOUND'] });
let offenders = 0;

/** a fresh context and page, opened and ready; its ready time as the page measured it */
async function freshPage() {
  const context = await browser.newContext();
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.split('#')[0] === pageUrl || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    offenders++;
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  // set before the page's own scripts: note the moment the state turns "ready"
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.documentElement.dataset.state === 'ready' && window.__xxgkReadyAt === undefined) window.__xxgkReadyAt = performance.now();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-state'] }); // <html> may not exist yet
  });
  await page.goto(pageUrl);
  await page.waitForFunction(() => window.__xxgkReadyAt !== undefined, null, { timeout: 60_000 });
  const readyAt = await page.evaluate(() => window.__xxgkReadyAt);
  return { context, page, readyAt };
}

/** one check through the page's API, timed inside the page */
function checkInPage(page, name, bytes) {
  return page.evaluate(
    async ({ name, data }) => {
      const binary = atob(data);
      const array = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) array[i] = binary.charCodeAt(i);
      const start = performance.now();
      const results = await window.xxgkLint.lintFiles([{ name, bytes: array }]);
      return { time: performance.now() - start, findings: results[0].messages.length };
    },
    { name, data: bytes.toString('base64') },
  );
}

const ready = [];
const browserCold = Object.fromEntries(REPORTS.map((r) => [r.kind, []]));
const browserWarm = Object.fromEntries(REPORTS.map((r) => [r.kind, []]));
const findings = {};
for (let run = 0; run < RUNS; run++) {
  const { context, page, readyAt } = await freshPage();
  ready.push(readyAt);
  for (const { kind, file } of REPORTS) {
    const name = path.basename(file);
    const first = await checkInPage(page, name, bytesOf.get(kind));
    browserCold[kind].push(first.time);
    findings[kind] = first.findings;
    if (run === 0) for (let i = 0; i < WARM; i++) browserWarm[kind].push((await checkInPage(page, name, bytesOf.get(kind))).time);
  }
  await context.close();
}
const browserVersion = browser.version();
await browser.close();

// the Node API the CLI uses, from the built packages
const { createLinter } = await import('@xxgk-lint/core');
const { nationalDefaults } = await import('@xxgk-lint/rules-national');
const nodeCold = {};
const nodeWarm = {};
const linter = createLinter({ ...nationalDefaults, cwd: root, noConfig: true });
for (const { kind, file } of REPORTS) {
  const start = performance.now();
  await linter.lintFile(path.join(root, file));
  nodeCold[kind] = performance.now() - start;
  const times = [];
  for (let i = 0; i < WARM; i++) {
    const t = performance.now();
    await linter.lintFile(path.join(root, file));
    times.push(performance.now() - t);
  }
  nodeWarm[kind] = median(times);
}

const html = readFileSync(pageFile);
console.log(`网页检查器基准（chromium ${browserVersion}，RUNS=${RUNS}，WARM=${WARM}）`);
console.log(`文件大小：${(html.length / 1024).toFixed(0)} KB（gzip 后 ${(gzipSync(html).length / 1024).toFixed(0)} KB）`);
console.log(`打开到就绪（state=ready，中位数）：${ms(median(ready))}（最快 ${ms(Math.min(...ready))}，最慢 ${ms(Math.max(...ready))}）`);
console.log('');
console.log('检查 淮安市 2024 年报告        网页首次（中位数）  网页热（中位数）  Node 首次  Node 热（中位数）  网页热/Node 热  结果数');
for (const { kind } of REPORTS) {
  const warm = median(browserWarm[kind]);
  console.log(
    [
      kind.padEnd(28),
      ms(median(browserCold[kind])).padStart(16),
      ms(warm).padStart(16),
      ms(nodeCold[kind]).padStart(10),
      ms(nodeWarm[kind]).padStart(16),
      `${(warm / nodeWarm[kind]).toFixed(2)}×`.padStart(14),
      String(findings[kind]).padStart(6),
    ].join('  '),
  );
}
console.log('');
console.log(offenders === 0 ? '对外请求：0（全部在本机完成）' : `对外请求：${offenders} 个被拦截（页面不应发出任何请求）`);
if (offenders > 0) process.exitCode = 1;
