import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SEEDS, ensureBuilt, runBin } from './helpers.js';

/**
 * The one-file CLI (scripts/bundle-cli.mjs, issue 14): built from dist, it
 * prints what bin prints — one report linted in its main thread, a folder
 * in its workers (the bundle is its own worker script), --version.
 */

const BUNDLE = path.join(ROOT, 'packages/cli/dist/xxgk-lint.mjs');

beforeAll(() => {
  ensureBuilt();
  const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts/bundle-cli.mjs')], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  if (built.status !== 0) throw new Error(`bundle-cli failed: ${built.stderr}`);
}, 200_000);

function runBundle(args: string[]) {
  const run = spawnSync(process.execPath, [BUNDLE, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the bundled CLI', () => {
  it('one report: the same JSON and exit code as bin', () => {
    const file = path.join(SEEDS, '000_f0d5aaeb41c6e798.txt');
    const bundled = runBundle([file, '--format', 'json']);
    const bin = runBin([file, '--format', 'json']);
    expect(bundled.stdout.length).toBeGreaterThan(2);
    expect(bundled.stdout).toBe(bin.stdout);
    expect(bundled.status).toBe(bin.status);
  }, 60_000);

  it('a web page and a Word file (the HTML reader set up on first use in the bundle): the same JSON as bin', () => {
    for (const name of ['huaian-shi-2024.html', 'seed-002.html', 'seed-002.docx']) {
      const file = path.join(ROOT, 'test/fixtures/formats', name);
      const bundled = runBundle([file, '--format', 'json']);
      expect(JSON.parse(bundled.stdout)[0].messages.length).toBeGreaterThan(0);
      expect(bundled.stdout).toBe(runBin([file, '--format', 'json']).stdout);
    }
  }, 60_000);

  it('a folder with two workers: the same JSON as bin', () => {
    const bundled = runBundle([SEEDS, '--format', 'json', '--concurrency', '2']);
    const bin = runBin([SEEDS, '--format', 'json', '--concurrency', '2']);
    expect(JSON.parse(bundled.stdout).length).toBeGreaterThan(1);
    expect(bundled.stdout).toBe(bin.stdout);
    expect(bundled.stderr).toBe(bin.stderr);
  }, 120_000);

  it('one report in pretty: no Intl.Segmenter (string-width) and no child_process at start-up, unless text needs one', () => {
    // the preload counts the Segmenters made and whether child_process loaded, on stderr as the run ends
    const dir = mkdtempSync(path.join(os.tmpdir(), 'xxgk-bundle-lazy-'));
    const probe = path.join(dir, 'probe.cjs');
    writeFileSync(
      probe,
      [
        'const Made = Intl.Segmenter; let made = 0;',
        'Intl.Segmenter = class extends Made { constructor(...a) { super(...a); made++; } };',
        "process.on('exit', () => process.stderr.write(`\\nPROBE ${made} ${process.moduleLoadList.includes('NativeModule child_process')}\\n`));",
      ].join('\n'),
    );
    const run = (file: string) =>
      spawnSync(process.execPath, ['--require', probe, BUNDLE, file], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
    const seed = path.join(SEEDS, '000_f0d5aaeb41c6e798.txt');
    const plain = run(seed);
    expect(plain.stdout).toMatch(/\d+ 个(错误|警告|提示)/);
    expect(plain.stderr).toContain('PROBE 0 false');
    // an emoji in the file name is measured by string-width, loaded then: its Segmenter, the same output otherwise
    const emoji = path.join(dir, '报告😀.txt');
    copyFileSync(seed, emoji);
    const wide = run(emoji);
    expect(wide.stderr).toContain('PROBE 1 false');
    expect(wide.stdout.split('\n')[1]).toContain('报告😀.txt');
    expect(wide.stdout.split('\n').slice(2)).toEqual(plain.stdout.split('\n').slice(2));
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('an installed package (no src/ beside bin/) runs its bundle; XXGK_LINT_BUNDLE=0 runs tsc output', () => {
    const installed = mkdtempSync(path.join(os.tmpdir(), 'xxgk-installed-'));
    mkdirSync(path.join(installed, 'bin'));
    mkdirSync(path.join(installed, 'dist'));
    copyFileSync(path.join(ROOT, 'packages/cli/bin/xxgk-lint.js'), path.join(installed, 'bin/xxgk-lint.js'));
    copyFileSync(BUNDLE, path.join(installed, 'dist/xxgk-lint.mjs'));
    const file = path.join(SEEDS, '000_f0d5aaeb41c6e798.txt');
    const run = (env: Record<string, string> = {}) =>
      spawnSync(process.execPath, [path.join(installed, 'bin/xxgk-lint.js'), file, '--format', 'json'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
    // only the bundle is there: tsc output's dist/cli.js is not, so the same JSON as bin means the bundle ran
    expect(run().stdout).toBe(runBin([file, '--format', 'json']).stdout);
    const tscOutput = run({ XXGK_LINT_BUNDLE: '0' });
    expect(tscOutput.status).not.toBe(0);
    expect(tscOutput.stderr).toContain('cli.js');
    rmSync(installed, { recursive: true, force: true });
  }, 60_000);

  it('--version: written into the bundle', () => {
    expect(runBundle(['--version']).stdout.trim()).toBe(runBin(['--version']).stdout.trim());
  }, 30_000);
});
