import { statSync } from 'node:fs';

/**
 * Report bytes that make one more worker worth starting. Each worker loads
 * the linter and warms its JIT on its own (~0.5–0.8 s of CPU on the 2-core
 * machine of issue 14), so a second one pays only once the work left for it
 * is longer than its start; measured break-even in README (performance).
 */
export const BYTES_PER_EXTRA_WORKER = Number(process.env.XXGK_LINT_BYTES_PER_WORKER ?? 0) || 2 * 1024 * 1024;

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
