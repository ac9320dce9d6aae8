// The lint worker (node:worker_threads): holds the linters of the open
// documents' configs and runs one job at a time for the main thread, which
// stays free for hover, code actions and other documents. The main thread
// terminates it when a job runs past its budget (see lint-pool.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { createParseMemo, getRulesMeta, useParseMemo } from '@xxgk-lint/core';
import { ConfigSource } from './config.js';
import { readSettings } from './settings.js';
import { fixAll } from './fix-all.js';
import type { FromWorker, JobOutcome, LintJob, ToWorker, WorkerData } from './lint-protocol.js';

let config = new ConfigSource(readSettings(undefined), [process.cwd()]);

const incremental = (workerData as WorkerData | undefined)?.incremental !== false;

// remark's readings of the runs of lines an edit left as they were are reused (core parse/memo.ts); the
// next edit needs only the last version's, and 500,000 characters of text hold dozens of versions of a
// 50 KB report (measured: ~22 bytes of heap per character remembered, so at most ~11 MB)
if (incremental) useParseMemo(createParseMemo(500_000));

/**
 * The last lint of each document (by file and format): the same text is not
 * linted again. A document's config changes only with a 'configure' or a
 * 'reset' (core reads config files once per linter), which clear these.
 */
const lastLints = new Map<string, { text: string; outcome: JobOutcome & { kind: 'linted' } }>();
/** documents whose last lint is kept (an editor has a few open; the oldest goes first) */
const KEPT_LINTS = 16;

function keep(key: string, text: string, outcome: JobOutcome & { kind: 'linted' }): void {
  lastLints.delete(key);
  lastLints.set(key, { text, outcome });
  for (const [oldest] of lastLints) {
    if (lastLints.size <= KEPT_LINTS) break;
    lastLints.delete(oldest);
  }
}

async function runJob(job: LintJob): Promise<JobOutcome> {
  const resolved = await config.resolve(job.filePath);
  if (resolved.kind === 'error') {
    const { message, file, line, key } = resolved.error;
    return { kind: 'config-error', error: { message, file, line, key } };
  }
  if (resolved.ignored) return job.kind === 'fix' ? { kind: 'fixed', output: job.text ?? '', applied: 0 } : { kind: 'ignored', files: resolved.files };
  if (job.text === null) return { kind: 'too-large', files: resolved.files };
  const options = { filePath: job.filePath, format: job.format, warnIgnored: false };
  if (job.kind === 'fix') {
    return { kind: 'fixed', ...(await fixAll(resolved.linter, job.text, job)) };
  }
  const key = `${job.format}:${job.filePath}`;
  const last = lastLints.get(key);
  if (incremental && last?.text === job.text) return { ...last.outcome, reused: true };
  const result = await resolved.linter.lintText(job.text, options);
  const outcome: JobOutcome & { kind: 'linted' } = { kind: 'linted', messages: result?.messages ?? [], rulesMeta: getRulesMeta(resolved.rules), files: resolved.files };
  if (incremental) keep(key, job.text, outcome);
  return outcome;
}

async function answer(id: number, job: LintJob): Promise<void> {
  let outcome: JobOutcome;
  try {
    outcome = await runJob(job);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    outcome = { kind: 'failed', message, detail: error instanceof Error ? (error.stack ?? message) : message };
  }
  const reply: FromWorker = { type: 'done', id, outcome };
  parentPort?.postMessage(reply);
}

parentPort?.on('message', (message: ToWorker) => {
  if (message.type === 'configure' || message.type === 'reset') lastLints.clear();
  if (message.type === 'configure') config = new ConfigSource(message.settings, message.folders);
  else if (message.type === 'reset') config.reset();
  else void answer(message.id, message.job);
});
