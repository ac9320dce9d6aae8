import { statSync } from 'node:fs';

/**
 * Report bytes that make one more lane worth starting (one lane is the main
 * thread alone; n > 1 lanes are n workers, runner.ts). Each worker loads the
 * linter and warms its JIT on its own and sends its results across, and
 * while one lane runs, V8's background threads (JIT, GC) already use part of
 * the second core. Measured in two bench runs on a 2-core machine (npm run
 * bench, generated reports), one lane against two workers, reports/s:
 * 6.2 MB (1,000) 164 / 131 and 131 / 110; 24.7 MB (4,000) 189 / 169 and
 * 174 / 161; 61.8 MB (10,000) 206 / 213 and 182 / 196 — even at ~45 MB,
 * one lane needing ~115 MB less memory. README, performance.
 * XXGK_LINT_BYTES_PER_WORKER overrides it (benchmarks).
 */
export const BYTES_PER_EXTRA_WORKER = Number(process.env.XXGK_LINT_BYTES_PER_WORKER ?? 0) || 48 * 1024 * 1024;

/**
 * Tasks each worker holds: the one it works on and the next, so that it
 * does not wait for the main thread, busy writing results, to hand it more.
 */
export const WORKER_DEPTH = 2;

/** lanes for a run: no more than asked for or than files; unless --concurrency said how many, one more only per `bytesPerLane` of input */
export function lanesFor(files: readonly string[], concurrency: number, asked: boolean, bytesPerLane = BYTES_PER_EXTRA_WORKER): number {
  const most = Math.max(1, Math.min(concurrency, files.length));
  if (asked) return most;
  let bytes = 0;
  let lanes = 1;
  for (const file of files) {
    if (lanes >= most) break;
    try {
      bytes += statSync(file).size;
    } catch {
      // unreadable: its worker says so
    }
    lanes = Math.min(most, 1 + Math.floor(bytes / bytesPerLane));
  }
  return lanes;
}
