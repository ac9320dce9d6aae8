// The lint worker (node:worker_threads): holds the linters of the open
// documents' configs and runs one job at a time for the main thread, which
// stays free for hover, code actions and other documents. The main thread
// terminates it when a job runs past its budget (see lint-pool.ts).
import { parentPort } from 'node:worker_threads';
import { getRulesMeta } from '@xxgk-lint/core';
import { ConfigSource } from './config.js';
import { readSettings } from './settings.js';
import { fixAll } from './fix-all.js';
import type { FromWorker, JobOutcome, LintJob, ToWorker } from './lint-protocol.js';

let config = new ConfigSource(readSettings(undefined), [process.cwd()]);

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
  const result = await resolved.linter.lintText(job.text, options);
  return { kind: 'linted', messages: result?.messages ?? [], rulesMeta: getRulesMeta(resolved.rules), files: resolved.files };
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
  if (message.type === 'configure') config = new ConfigSource(message.settings, message.folders);
  else if (message.type === 'reset') config.reset();
  else void answer(message.id, message.job);
});
