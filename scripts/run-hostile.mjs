#!/usr/bin/env node
// `npm run hostile`: builds the hostile batch (scripts/make-hostile-batch.mjs) in a temp dir and
// lints it with the built CLI in one command — the folder, plus the special entries named on the
// command line too — then prints, per entry, what the run said about it, and the totals the
// issue 11 "done when" asks for: wall time, peak RSS (XXGK_LINT_STATS=1 → maxRssKb), exit code,
// whether the sub-folder's JS config ran.
//
// Guards for a shared machine: the run is killed past HOSTILE_TIMEOUT_S seconds (default 300) or
// when its RSS passes HOSTILE_MAX_RSS_MB (default 4096); both are reported as such.
// Usage: npm run hostile [-- --keep] [-- <extra CLI options…>]   (--keep leaves the batch in place)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearInterval, clearTimeout, setInterval, setTimeout } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { makeHostileBatch, unlockHostileBatch } from './make-hostile-batch.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(root, 'packages/cli/bin/xxgk-lint.js');
const TIMEOUT_S = Number(process.env.HOSTILE_TIMEOUT_S ?? 300);
const MAX_RSS_MB = Number(process.env.HOSTILE_MAX_RSS_MB ?? 4096);

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const extra = args.filter((a) => a !== '--keep');

const base = mkdtempSync(path.join(tmpdir(), 'xxgk-hostile-'));
const dir = path.join(base, 'batch');
const out = path.join(base, 'results.json');
const batch = await makeHostileBatch(dir);
for (const note of batch.notes) console.log(`注意：${note}`);

/** current RSS of a process in KB (Linux /proc), undefined elsewhere or once it has ended */
function rssKb(pid) {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

const cliArgs = [BIN, dir, ...batch.namedOnCommandLine, '--format', 'json', '--output-file', out, ...extra];
console.log(`运行：node ${cliArgs.map((a) => path.relative(root, a) || a).join(' ')}`);
const started = performance.now();
const child = spawn(process.execPath, cliArgs, {
  cwd: base,
  env: { ...process.env, XXGK_LINT_STATS: '1', NO_COLOR: '1' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let stderr = '';
let stdout = '';
child.stdout.on('data', (d) => (stdout += d));
child.stderr.on('data', (d) => (stderr += d));
let killedFor;
let polledPeakKb = 0;
const poll = setInterval(() => {
  const kb = rssKb(child.pid);
  if (kb !== undefined) polledPeakKb = Math.max(polledPeakKb, kb);
  if (kb !== undefined && kb > MAX_RSS_MB * 1024 && !killedFor) {
    killedFor = `RSS 超过 ${MAX_RSS_MB} MB`;
    child.kill('SIGKILL');
  }
}, 100);
const timer = setTimeout(() => {
  killedFor = `超过 ${TIMEOUT_S} 秒`;
  child.kill('SIGKILL');
}, TIMEOUT_S * 1000);
const { code, signal } = await new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
clearInterval(poll);
clearTimeout(timer);
const wallS = (performance.now() - started) / 1000;

const stats = /xxgk-lint-stats (\{.*\})/.exec(stderr);
const maxRssKb = stats ? JSON.parse(stats[1]).maxRssKb : undefined;
const otherStderr = stderr.replace(/xxgk-lint-stats \{.*\}\n?/, '').trim();

// ------------------------------------------------------------------ per entry
let results = [];
if (existsSync(out)) {
  try {
    results = JSON.parse(readFileSync(out, 'utf8'));
  } catch (error) {
    console.log(`结果文件无法解析：${error.message}`);
  }
}
const byPath = new Map(results.map((r) => [path.relative(dir, r.filePath), r]));
const describe = (r) => {
  const fatal = r.messages.filter((m) => m.fatal);
  if (fatal.length > 0) return `致命：${fatal.map((m) => m.message).join('；').slice(0, 160)}`;
  return `${r.errorCount} 个错误，${r.warningCount} 个警告${r.messages[0] ? `（首条：${r.messages[0].message.slice(0, 60)}）` : ''}`;
};
console.log('\n各条目：');
const seen = new Set();
for (const entry of batch.entries) {
  const rel = entry.path.replace(/\/$/, '');
  const matching = [...byPath.entries()].filter(([p]) => p === rel || p.startsWith(`${rel}/`));
  for (const [p] of matching) seen.add(p);
  const said = matching.length === 0 ? '（没有结果）' : matching.map(([p, r]) => `${p}: ${describe(r)}`).join('\n      ');
  console.log(`  [${entry.kind}] ${entry.path}\n      ${said}`);
}
for (const [p, r] of byPath) if (!seen.has(p)) console.log(`  [其他] ${p}: ${describe(r)}`);

const goodMissing = batch.entries.filter((e) => e.kind === 'good' && !byPath.has(e.path)).map((e) => e.path);
const jsRan = existsSync(batch.markerFile);
console.log('\n合计：');
console.log(`  用时 ${wallS.toFixed(1)} 秒`);
console.log(`  峰值内存 ${maxRssKb !== undefined ? `${(maxRssKb / 1024).toFixed(0)} MB（maxRssKb ${maxRssKb}）` : `未知（进程没有打印统计；轮询所见峰值 ${(polledPeakKb / 1024).toFixed(0)} MB）`}`);
console.log(`  退出码 ${code ?? `（信号 ${signal}）`}${killedFor ? `，已终止：${killedFor}` : ''}`);
console.log(`  结果 ${results.length} 份；没有结果的正常报告 ${goodMissing.length} 份${goodMissing.length ? `：${goodMissing.join('、')}` : ''}`);
console.log(`  子目录的 JS 配置${jsRan ? '被执行了（不应该）' : '没有被执行'}`);
if (stdout.trim()) console.log(`\n标准输出：\n${stdout.trim().slice(0, 2000)}`);
if (otherStderr) console.log(`\n标准错误：\n${otherStderr.slice(0, 4000)}`);

unlockHostileBatch(dir);
rmSync(batch.markerFile, { force: true });
if (keep) console.log(`\n批次保留在 ${dir}（结果 ${out}）`);
else rmSync(base, { recursive: true, force: true });
