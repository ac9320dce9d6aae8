import { createRequire } from 'node:module';
import type cliProgressModule from 'cli-progress';

export interface Progress {
  tick(errors: number): void;
  stop(): void;
}

const SILENT: Progress = { tick: () => {}, stop: () => {} };

/** files done / total, errors so far, ETA — on a terminal's stderr only (cli-progress is loaded only then) */
export function progressBar(total: number, enabled: boolean): Progress {
  if (!enabled || total < 2) return SILENT;
  const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof cliProgressModule;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: '检查中 {bar} {value}/{total} 份 | 错误 {errors} | 剩余约 {eta_formatted}',
      barCompleteChar: '█',
      barIncompleteChar: '░',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let errors = 0;
  bar.start(total, 0, { errors });
  return {
    tick(more) {
      errors += more;
      bar.increment(1, { errors });
    },
    stop: () => bar.stop(),
  };
}
