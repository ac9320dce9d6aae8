// The real lint worker (dist/lint-worker.js, built by tsc -b) through the pool: the
// incremental path (issue 14) gives a text linted last its findings again without a
// lint, and lints anything else — an edit, the same text after a config reset, every
// text when incremental is off.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { LintPool } from '../src/lint-pool.js';
import type { PoolOutcome } from '../src/lint-pool.js';
import type { LintJob } from '../src/lint-protocol.js';

const workerUrl = new URL('../dist/lint-worker.js', import.meta.url);
const seed = readFileSync(fileURLToPath(new URL('../../../test/fixtures/corpus/seeds/003_b44d1f36068b8b31.txt', import.meta.url)), 'utf8');
const folder = fileURLToPath(new URL('./fixtures/', import.meta.url));
const job = (text: string): LintJob => ({ kind: 'lint', filePath: `${folder}report.txt`, format: 'text', text });

function linted(outcome: PoolOutcome) {
  if (outcome.kind !== 'linted') throw new Error(`not linted: ${JSON.stringify(outcome).slice(0, 300)}`);
  return outcome;
}

describe('lint worker', () => {
  let pool: LintPool | undefined;
  const start = (incremental?: boolean) => {
    pool = new LintPool({ workerUrl, size: 1, incremental });
    pool.configure({ enable: true }, [folder]);
    return pool;
  };
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });

  it('the text linted last is answered again without a lint; an edit or a config reset lints', async () => {
    const p = start();
    const first = linted(await p.run(job(seed)));
    expect(first.reused).toBeUndefined();
    expect(first.messages.length).toBeGreaterThan(0);
    const again = linted(await p.run(job(seed)));
    expect(again.reused).toBe(true);
    expect(again.messages).toEqual(first.messages);
    const edited = seed.replace('六、其他需要报告的事项', '六、其他需要报告的事项本年度未收取信息处理费。');
    const afterEdit = linted(await p.run(job(edited)));
    expect(afterEdit.reused).toBeUndefined();
    expect(afterEdit.messages).not.toEqual(first.messages);
    expect(linted(await p.run(job(seed))).reused).toBeUndefined();
    p.reset();
    expect(linted(await p.run(job(seed))).reused).toBeUndefined();
  });

  it('with incremental off, every job is linted', async () => {
    const p = start(false);
    const first = linted(await p.run(job(seed)));
    const again = linted(await p.run(job(seed)));
    expect(again.reused).toBeUndefined();
    expect(again.messages).toEqual(first.messages);
  });
});
