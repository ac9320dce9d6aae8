import { statSync } from 'node:fs';

/**
 * Report bytes that make one more lane worth starting (one lane is the main
 * thread alone; n > 1 lanes are n workers, runner.ts). Each worker loads
 * the linter and warms its JIT on its own, and a report costs only ~3 ms, so
 * a second worker pays only on a large batch. Measured on an idle 2-core
 * machine (npm run bench, generated reports and the 320-report corpus set):
 * 2.6 MB (320 reports) one worker 172 reports/s against two 142; 6.2 MB
 * (1,000) 269 against 262, even; 24.7 MB (4,000) 282 against 328; 62 MB
 * (10,000) 331 against 398; this thread alone is as fast as one worker
 * (10,000: 55.7 s against 56.6, busy machine) and needs ~80 MB less.
 * README, performance.
 * XXGK_LINT_BYTES_PER_WORKER overrides it (benchmarks).
 */
export const BYTES_PER_EXTRA_WORKER = Number(process.env.XXGK_LINT_BYTES_PER_WORKER ?? 0) || 6 * 1024 * 1024;

/**
 * Tasks each worker holds: the one it works on and the next, so that it
 * does not wait for the main thread, busy writing results, to hand it more.
 */
export const WORKER_DEPTH = 2;

/** lanes for a run: no more than asked for or than files; unless --concurrency said how many, one more only per BYTES_PER_EXTRA_WORKER of input */
export function lanesFor(files: readonly string[], concurrency: number, asked: boolean): number {
  const most = Math.max(1, Math.min(concurrency, files.length));
  if (asked) return most;
  let bytes = 0;
  let workers = 1;
  for (const file of files) {
    if (workers >= most) break;
    try {
      bytes += statSync(file).size;
    } catch {
      // unreadable: its worker says so
    }
    workers = Math.min(most, 1 + Math.floor(bytes / BYTES_PER_EXTRA_WORKER));
  }
  return workers;
}
