import { copyFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLinter } from '@xxgk-lint/core';
import type { LintResult } from '@xxgk-lint/core';
import { nationalDefaults } from '@xxgk-lint/rules-national';
import { DEFAULT_BUDGET } from '../src/batch/budget.js';
import type { JobConfig } from '../src/batch/job.js';
import { mapLimit } from '../src/batch/map-limit.js';
import { WORKER_DEPTH } from '../src/batch/pool-size.js';
import { createRunner } from '../src/batch/runner.js';
import type { RunnerOptions } from '../src/batch/runner.js';
import { REAL, SEEDS, ensureBuilt, tempDir } from './helpers.js';

/**
 * issue 14: a batch of one lane is linted in the main thread (its ordinary
 * reports: .md/.txt, national rules), one of more lanes in workers; a report
 * that keeps the main thread too long sends the rest to workers, under the
 * budget.
 */

let dir: string;
let cleanup: () => void;
beforeAll(() => ensureBuilt(), 200_000);
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const config: JobConfig = { cwd: '/', noConfig: true, cliRules: {}, reportUnusedDisableDirectives: false, slim: false };

/** 16 reports: two copies of each corpus .txt */
function reports(): string[] {
  const sources = [SEEDS, REAL].flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => path.join(d, f)));
  return sources.flatMap((source, i) =>
    ['a', 'b'].map((copy) => {
      const target = path.join(dir, `${String(i).padStart(2, '0')}${copy}-${path.basename(source)}`);
      copyFileSync(source, target);
      return target;
    }),
  );
}

async function lintAll(files: string[], concurrency: number, options: Partial<RunnerOptions> = {}) {
  const local = createLinter({ ...nationalDefaults, cwd: dir, noConfig: true });
  const runner = createRunner({ budget: DEFAULT_BUDGET, local, ...options });
  runner.plan(files, concurrency, true);
  try {
    const lanes = runner.lanes;
    const results = await mapLimit(files, lanes, async (filePath) => {
      const outcome = await runner.run({ kind: 'lint', job: { filePath, config: { ...config, cwd: dir }, named: true, previous: false } });
      if (!outcome.ok) throw new Error(`${filePath}: ${outcome.failure.kind}`);
      return outcome.value as LintResult;
    });
    return { results, counts: { ...runner.counts }, lanes };
  } finally {
    await runner.close();
  }
}

const findings = (results: LintResult[]) => results.map((r) => [path.basename(r.filePath), r.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`)]);

describe('createRunner: this thread and workers share a batch', () => {
  it('one lane: every report in this thread, no worker', async () => {
    const { counts, lanes } = await lintAll(reports(), 1);
    expect(lanes).toBe(1);
    expect(counts).toEqual({ here: 16, workers: 0 });
  });

  it('two lanes: two workers holding WORKER_DEPTH tasks each; the same findings, in input order', async () => {
    const files = reports();
    const one = await lintAll(files, 1);
    const two = await lintAll(files, 2);
    expect(two.lanes).toBe(2 * WORKER_DEPTH);
    expect(two.counts).toEqual({ here: 0, workers: 16 });
    expect(findings(two.results)).toEqual(findings(one.results));
  }, 60_000);

  it('a report that keeps this thread past the limit sends the rest to workers', async () => {
    const { counts } = await lintAll(reports(), 1, { localSlowMs: 0 });
    expect(counts).toEqual({ here: 1, workers: 15 });
  }, 60_000);

  it('one lane with a PDF in it: the PDF goes to a worker, the text reports stay here', async () => {
    const files = reports().slice(0, 3);
    const pdf = path.join(dir, 'report.pdf');
    copyFileSync(path.join(REAL, readdirSync(REAL).find((f) => f.endsWith('.pdf'))!), pdf);
    const { results, counts, lanes } = await lintAll([...files, pdf], 1);
    expect(lanes).toBe(1);
    expect(counts).toEqual({ here: 3, workers: 1 });
    expect(results[3].messages.some((m) => m.fatal)).toBe(false);
  }, 60_000);
});
