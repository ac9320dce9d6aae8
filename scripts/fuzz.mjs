#!/usr/bin/env node
/**
 * npm run fuzz: the fuzz suite (test/fuzz) with many more cases than CI's
 * fixed sample, at the sizes hostile files have, from a random seed that is
 * printed so that a failure can be replayed:
 *
 *   npm run fuzz                          # 3000 cases, random seed
 *   FUZZ_SEED=123 npm run fuzz            # the same cases again
 *   FUZZ_RUNS=500 FUZZ_LARGE=0 npm run fuzz
 *   FUZZ_SHRINK=1 FUZZ_SEED=123 npm run fuzz   # shrink a failure to a small recipe
 *
 * A case that never returns (a hang in synchronous code) cannot be stopped
 * inside the test: after FUZZ_TIMEOUT_S seconds without a finished case the
 * run is ended and the case it was on is printed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 0x7fffffff));
const runs = process.env.FUZZ_RUNS ?? '3000';
const large = process.env.FUZZ_LARGE ?? '1';
const stallSeconds = Number(process.env.FUZZ_TIMEOUT_S ?? 120);
const traceDir = mkdtempSync(path.join(os.tmpdir(), 'xxgk-fuzz-'));
const trace = path.join(traceDir, 'current.json');
const replay = `FUZZ_SEED=${seed} FUZZ_RUNS=${runs} FUZZ_LARGE=${large} npm run fuzz`;

console.log(`模糊测试：种子 ${seed}，${runs} 例，${large === '1' ? '大尺寸' : 'CI 尺寸'}。重放：${replay}`);

const child = spawn(
  process.execPath,
  [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', 'test/fuzz/fuzz.test.ts', '--reporter=default'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, FUZZ_SEED: seed, FUZZ_RUNS: runs, FUZZ_LARGE: large, FUZZ_TRACE: trace } },
);

/** the case being linted, as the test last wrote it */
const current = () => {
  try {
    return readFileSync(trace, 'utf8');
  } catch {
    return undefined;
  }
};

let stalled = false;
const watchdog = setInterval(() => {
  let age;
  try {
    age = (Date.now() - statSync(trace).mtimeMs) / 1000;
  } catch {
    return; // no case started yet
  }
  if (age > stallSeconds) {
    stalled = true;
    console.error(`\n一例运行超过 ${stallSeconds} 秒没有结束，停止模糊测试。该例：\n${current()}\n重放：${replay}`);
    child.kill('SIGKILL');
  }
}, 5000);

child.on('exit', (code, signal) => {
  clearInterval(watchdog);
  rmSync(traceDir, { recursive: true, force: true });
  if (code !== 0 || signal) console.error(`\n模糊测试失败（种子 ${seed}）。重放：${replay}`);
  else console.log(`\n模糊测试通过（种子 ${seed}，${runs} 例）。`);
  process.exit(stalled ? 1 : (code ?? 1));
});
