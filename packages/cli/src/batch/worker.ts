import type { Task } from './job.js';
import { linterFor, runTask } from './job.js';

/** piscina worker: one task per file */
export default async function task(input: Task) {
  return runTask(input, linterFor(input.kind === 'lint' ? input.job.config : input.config));
}
