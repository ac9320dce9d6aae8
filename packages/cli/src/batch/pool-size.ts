import { statSync } from 'node:fs';

/**
 * Report bytes that make one more worker worth starting. Each worker loads
 * the linter and warms its JIT on its own (~0.6 s of CPU), so a second one
 * pays only once the work it takes over is longer than that: at ~10 ms a
 * report (8.8 KB on average, generated), 2 × 0.6 s / 10 ms ≈ 120 reports ≈
 * 1 MB. Measured on the shared 2-core machine (load 12, so noisy): 50
 * reports (320 KB) one worker won, 100 (650 KB) two won; README, performance.
 * XXGK_LINT_BYTES_PER_WORKER overrides it (benchmarks).
 */
export const BYTES_PER_EXTRA_WORKER = Number(process.env.XXGK_LINT_BYTES_PER_WORKER ?? 0) || 768 * 1024;

/** workers for a run: no more than asked for or than files; unless --concurrency said how many, one more only per BYTES_PER_EXTRA_WORKER of input */
export function workersFor(files: readonly string[], concurrency: number, asked: boolean): number {
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
