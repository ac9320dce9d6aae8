import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEEDS, tempDir } from './helpers.js';
import { runInProcess } from './inprocess.js';

/**
 * Issue 14, flat memory: a batch written through a format's stream (json)
 * prints exactly what the whole-array path prints for the same run. The
 * whole-array side is a user formatter (no stream) that prints the same
 * JSON; the streamed side is the builtin. Both in-process with the national
 * pack held in this thread, so the two runs lint alike.
 */

const SEED_FILES = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).slice(0, 6);
let dir: string;
let cleanup: () => void;

const WHOLE = `export default (results) => JSON.stringify(results).replace(/[\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]/g, (c) => '\\\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')) + '\\n';\n`;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  for (const f of SEED_FILES) copyFileSync(path.join(SEEDS, f), path.join(dir, f));
  writeFileSync(path.join(dir, 'whole.mjs'), WHOLE);
});
afterEach(() => cleanup());

const run = (argv: string[]) => runInProcess(argv, dir);

describe('a streamed batch prints what the whole-array output prints', () => {
  it('json to stdout: the same bytes, the same summary and exit code', async () => {
    const streamed = await run(['.', '--format', 'json']);
    const whole = await run(['.', '--format', './whole.mjs']);
    expect(JSON.parse(streamed.stdout).length).toBe(SEED_FILES.length);
    expect(SEED_FILES.length).toBeGreaterThan(2);
    expect(streamed.stdout).toBe(whole.stdout);
    expect(streamed.stderr).toBe(whole.stderr);
    expect(streamed.code).toBe(whole.code);
  });

  it('json with -o and --quiet: the same file and the same message', async () => {
    const streamed = await run(['.', '--format', 'json', '--quiet', '-o', 'out/streamed.json']);
    const whole = await run(['.', '--format', './whole.mjs', '--quiet', '-o', 'out/whole.json']);
    expect(readFileSync(path.join(dir, 'out/streamed.json'), 'utf8')).toBe(readFileSync(path.join(dir, 'out/whole.json'), 'utf8'));
    expect(streamed.stderr.replace('streamed', 'whole')).toBe(whole.stderr);
    expect(JSON.parse(readFileSync(path.join(dir, 'out/streamed.json'), 'utf8')).every((r: { warningCount: number }) => r.warningCount === 0)).toBe(true);
    expect(streamed.code).toBe(whole.code);
  });

  it('a year-on-year pair in the batch: the later report is linted with the earlier one, in input order', async () => {
    const real = path.join(SEEDS, '../real');
    copyFileSync(path.join(real, 'jiangsu-huaian-hongzequ-2023.txt'), path.join(dir, 'z1-2023.txt'));
    copyFileSync(path.join(real, 'jiangsu-huaian-hongzequ-2024.txt'), path.join(dir, 'z2-2024.txt'));
    const streamed = await run(['.', '--format', 'json']);
    const whole = await run(['.', '--format', './whole.mjs']);
    expect(streamed.stdout).toBe(whole.stdout);
    const names = (JSON.parse(streamed.stdout) as { filePath: string }[]).map((r) => path.basename(r.filePath));
    expect(names).toEqual([...names].sort());
    // the pair was linted as a pair: the 2024 report alone has other findings
    const alone = await run(['z2-2024.txt', '--format', 'json']);
    const later = (JSON.parse(streamed.stdout) as { filePath: string; messages: unknown[] }[]).find((r) => r.filePath.endsWith('z2-2024.txt'))!;
    expect(later.messages).not.toEqual((JSON.parse(alone.stdout) as { messages: unknown[] }[])[0].messages);
  });
});
