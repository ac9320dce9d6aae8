import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLinter } from '@xxgk-lint/core';
import { nationalDefaults } from '@xxgk-lint/rules-national';
import { LOCAL_MAX_BYTES, lintsHere } from '../src/batch/local-policy.js';
import { BYTES_PER_EXTRA_WORKER, lanesFor } from '../src/batch/pool-size.js';
import type { JobConfig } from '../src/batch/job.js';
import { tempDir } from './helpers.js';

/** issue 14: where a run lints — this thread, one worker, more — decided from argv, sizes and the config */

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const file = (name: string, bytes: number) => {
  const p = path.join(dir, name);
  writeFileSync(p, 'x'.repeat(bytes));
  return p;
};

describe('lanesFor: one more lane per BYTES_PER_EXTRA_WORKER of input, unless --concurrency says', () => {
  it('little input: one lane, however many cores', () => {
    const files = Array.from({ length: 20 }, (_, i) => file(`${i}.txt`, 1000));
    expect(lanesFor(files, 8, false)).toBe(1);
    expect(BYTES_PER_EXTRA_WORKER).toBe(48 * 1024 * 1024);
  });
  it('enough input: as many as the bytes pay for, at most the cores and the files', () => {
    const files = Array.from({ length: 4 }, (_, i) => file(`${i}.txt`, 4000));
    expect(lanesFor(files, 2, false, 4000)).toBe(2);
    expect(lanesFor(files, 8, false, 4000)).toBe(4);
    expect(lanesFor(files, 8, false, 8000)).toBe(3);
    expect(lanesFor(files.slice(0, 1), 8, false, 4000)).toBe(1);
  });
  it('--concurrency given: that many (no more than the files)', () => {
    const files = [file('a.txt', 10), file('b.txt', 10)];
    expect(lanesFor(files, 2, true)).toBe(2);
    expect(lanesFor(files, 5, true)).toBe(2);
    expect(lanesFor(files, 1, true)).toBe(1);
  });
});

describe('lintsHere: one ordinary report with the national rules is linted in this thread', () => {
  const config: JobConfig = { cwd: '/', noConfig: true, cliRules: {}, reportUnusedDisableDirectives: false, slim: false };
  const lint = (filePath: string) => ({ kind: 'lint' as const, job: { filePath, config, named: true, previous: false as const } });
  it('a small .txt or .md: here; a .pdf, .docx, .html or a large .txt: in a worker', async () => {
    const linter = createLinter({ ...nationalDefaults, cwd: dir, noConfig: true });
    expect(await lintsHere(lint(file('a.txt', 9000)), linter)).toBe(true);
    expect(await lintsHere(lint(file('a.md', 9000)), linter)).toBe(true);
    for (const name of ['a.pdf', 'a.docx', 'a.html']) expect(await lintsHere(lint(file(name, 9000)), linter)).toBe(false);
    expect(await lintsHere(lint(file('big.txt', LOCAL_MAX_BYTES + 1)), linter)).toBe(false);
    expect(await lintsHere(lint(path.join(dir, 'missing.txt')), linter)).toBe(false);
  });
  it('stdin: bytes that sniff as text, here; a PDF, in a worker', async () => {
    const linter = createLinter({ ...nationalDefaults, cwd: dir, noConfig: true });
    const stdin = (bytes: Uint8Array) => ({ kind: 'stdin' as const, filePath: path.join(dir, 'x.txt'), config, bytes, dryRun: false });
    expect(await lintsHere(stdin(new TextEncoder().encode('一、总体情况\n')), linter)).toBe(true);
    expect(await lintsHere(stdin(new TextEncoder().encode('%PDF-1.7\n')), linter)).toBe(false);
  });
  it('a config that adds a rule of its own: in a worker', async () => {
    writeFileSync(
      path.join(dir, '.xxgklintrc.yml'),
      'root: true\nextends:\n  - "@xxgk-lint/rules-national/recommended"\ncustomRules:\n  - id: anju/abbreviation\n    type: forbid-phrase\n    phrase: 区委、区府\n    replacement: 区委、区政府\n    message: “区府”不是规范简称：请写“区委、区政府”。\n',
    );
    const linter = createLinter({ ...nationalDefaults, cwd: dir });
    const config = await linter.configFor(path.join(dir, 'a.txt')).catch((e: Error) => e);
    expect(config).not.toBeInstanceOf(Error);
    expect(await lintsHere(lint(file('a.txt', 9000)), linter)).toBe(false);
  });
});
