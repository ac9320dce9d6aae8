import type { Job } from './job.js';
import { describeFile, runJob } from './job.js';

/** piscina worker: one task per file */
export default async function task(input: { kind: 'lint'; job: Job } | { kind: 'describe'; filePath: string }) {
  return input.kind === 'lint' ? runJob(input.job) : describeFile(input.filePath);
}
