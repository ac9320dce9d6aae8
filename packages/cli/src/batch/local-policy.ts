import { statSync } from 'node:fs';
import path from 'node:path';
import { TEXT_EXTENSIONS, sniffFormat } from '@xxgk-lint/core';
import type { Linter } from '@xxgk-lint/core';
import { nationalPack } from '@xxgk-lint/rules-national';
import type { Task } from './job.js';

/**
 * Which reports the main thread lints itself (issue 14): a worker loads the
 * whole linter again (~0.4 s of CPU and ~80 MB), so a run of one report has
 * none, and neither has a batch small enough for one lane (runner.ts). The
 * budget exists for input the code was not written for, so this is only for
 * what it was: a .md/.txt report of ordinary size, checked by the national
 * rules alone (linear in the input; fuzzed and growth-benched). A PDF, Word
 * file or web page, a large file and a config with any other pack or a
 * custom rule lint in workers under the budget, and so does the rest of a
 * run once one report has kept this thread past LOCAL_SLOW_MS.
 */
export const LOCAL_MAX_BYTES = 512 * 1024;

/** a report that keeps this thread longer (~1,000 times an ordinary one) sends the rest of the run to workers, under the budget */
export const LOCAL_SLOW_MS = 2000;

const NATIONAL_RULE_IDS = new Set(Object.keys(nationalPack.rules).map((name) => `${nationalPack.meta.namespace}/${name}`));

function isText(filePath: string): boolean {
  return TEXT_EXTENSIONS.includes(path.extname(filePath).toLowerCase());
}

function smallFile(filePath: string): boolean {
  try {
    const stats = statSync(filePath);
    return stats.isFile() && stats.size <= LOCAL_MAX_BYTES;
  } catch {
    return false; // the worker says why it cannot be read
  }
}

/** the text a task reads is a small .md/.txt report (from stdin: bytes that sniff as text) */
function ordinaryInput(task: Task): boolean {
  switch (task.kind) {
    case 'stdin': {
      if (task.bytes.length > LOCAL_MAX_BYTES) return false;
      const { format } = sniffFormat(task.bytes.subarray(0, 4096), task.filePath);
      return format === 'text' || format === 'markdown';
    }
    case 'lint':
      return isText(task.job.filePath) && smallFile(task.job.filePath) && (task.job.previous === false || smallFile(task.job.previous));
    default:
      return isText(task.filePath) && smallFile(task.filePath);
  }
}

/** every rule the file's config can run is a national one (no other pack, no custom rule) */
async function nationalOnly(linter: Linter, filePath: string): Promise<boolean> {
  try {
    const config = await linter.configFor(filePath);
    return config.knownRuleIds.every((id) => NATIONAL_RULE_IDS.has(id));
  } catch {
    return false; // the worker reports the config's problem as it always has
  }
}

export async function lintsHere(task: Task, linter: Linter): Promise<boolean> {
  if (!ordinaryInput(task)) return false;
  const filePath = task.kind === 'lint' ? task.job.filePath : task.filePath;
  return nationalOnly(linter, filePath);
}
