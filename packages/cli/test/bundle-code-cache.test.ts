import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REAL, ROOT, SEEDS, ensureBuilt, runBin } from './helpers.js';

/**
 * The one-file CLI's V8 code cache (bin/bundle-loader.js, issue 14 start-up):
 * written beside the bundle at build time, used when it was made for this
 * build and this Node, ignored (and rewritten by a plain run) otherwise —
 * the output is the same either way, dynamic imports (pdf.js) included.
 * Each test works on a copy of the bundle in its own folder under dist/
 * (so pdfjs-dist resolves from the checkout's node_modules).
 */

const BUILT = path.join(ROOT, 'packages/cli/dist/xxgk-lint.mjs');
const REPORT = path.join(SEEDS, '000_f0d5aaeb41c6e798.txt');
const PDF = path.join(REAL, 'jiangsu-huaian-shi-2024.pdf');
const folders: string[] = [];

beforeAll(() => {
  ensureBuilt();
  const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts/bundle-cli.mjs')], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  if (built.status !== 0) throw new Error(`bundle-cli failed: ${built.stderr}`);
}, 200_000);

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** a copy of the bundle, with the build's cache beside it or not */
function copyBundle(withCache: boolean): { bundle: string; cache: string } {
  const folder = mkdtempSync(path.join(ROOT, 'packages/cli/dist/code-cache-test-'));
  folders.push(folder);
  const bundle = path.join(folder, 'xxgk-lint.mjs');
  copyFileSync(BUILT, bundle);
  if (withCache) copyFileSync(`${BUILT}.cache`, `${bundle}.cache`);
  return { bundle, cache: `${bundle}.cache` };
}

function run(bundle: string, args: string[], options: { env?: Record<string, string>; nodeArgs?: string[] } = {}) {
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), bundle, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', NODE_OPTIONS: '', ...options.env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** the build key: the cache's first line */
const keyOf = (bytes: Buffer) => bytes.subarray(0, bytes.indexOf(10) + 1).toString('latin1');

describe('the bundle’s code cache', () => {
  it('is written by the build and used as it is: same output as bin, the cache untouched', () => {
    const { bundle, cache } = copyBundle(true);
    const before = readFileSync(cache);
    expect(keyOf(before)).toMatch(/^xxgk-lint \S+ [0-9a-f]{16}\n$/);
    const bundled = run(bundle, [REPORT, '--format', 'json']);
    const bin = runBin([REPORT, '--format', 'json']);
    expect(bundled.stdout.length).toBeGreaterThan(2);
    expect(bundled.stdout).toBe(bin.stdout);
    expect(bundled.stderr).toBe(bin.stderr);
    expect(readFileSync(cache).equals(before)).toBe(true);
  }, 60_000);

  it('a .pdf through the cached script: pdf.js is imported through the loader, same output as bin', () => {
    const { bundle } = copyBundle(true);
    const bundled = run(bundle, [PDF, '--format', 'json']);
    const bin = runBin([PDF, '--format', 'json']);
    expect(bundled.stdout).not.toContain('dynamic import');
    expect(bundled.stdout).toBe(bin.stdout);
    expect(bundled.stderr).toBe(bin.stderr);
  }, 60_000);

  it('none beside the bundle: the run lints from source and writes one that the next run uses', () => {
    const { bundle, cache } = copyBundle(false);
    const first = run(bundle, [REPORT, '--format', 'json']);
    expect(existsSync(cache)).toBe(true);
    const written = readFileSync(cache);
    expect(keyOf(written)).toBe(keyOf(readFileSync(`${BUILT}.cache`)));
    const second = run(bundle, [REPORT, '--format', 'json']);
    expect(second.stdout).toBe(first.stdout);
    expect(readFileSync(cache).equals(written)).toBe(true);
  }, 60_000);

  it('a cache of another build is not used, and is replaced', () => {
    const { bundle, cache } = copyBundle(true);
    const good = readFileSync(cache);
    writeFileSync(cache, Buffer.concat([Buffer.from('xxgk-lint 0.0.0 0000000000000000\n', 'latin1'), good.subarray(keyOf(good).length)]));
    const bundled = run(bundle, [REPORT, '--format', 'json']);
    expect(bundled.stdout).toBe(runBin([REPORT, '--format', 'json']).stdout);
    expect(keyOf(readFileSync(cache))).toBe(keyOf(good));
  }, 60_000);

  it('a damaged cache with the right key: V8 rejects it, the output is the same, a good one replaces it', () => {
    const { bundle, cache } = copyBundle(true);
    const good = readFileSync(cache);
    const damaged = Buffer.concat([Buffer.from(keyOf(good), 'latin1'), Buffer.alloc(4096, 0x5a)]);
    writeFileSync(cache, damaged);
    const bundled = run(bundle, [REPORT, '--format', 'json']);
    expect(bundled.status).toBe(runBin([REPORT, '--format', 'json']).status);
    expect(bundled.stdout).toBe(runBin([REPORT, '--format', 'json']).stdout);
    expect(readFileSync(cache).length).toBeGreaterThan(damaged.length);
  }, 60_000);

  it('XXGK_LINT_CODE_CACHE=0 reads and writes none; a run with V8 flags writes none', () => {
    const { bundle, cache } = copyBundle(false);
    const off = run(bundle, [REPORT, '--format', 'json'], { env: { XXGK_LINT_CODE_CACHE: '0' } });
    expect(off.stdout.length).toBeGreaterThan(2);
    expect(existsSync(cache)).toBe(false);
    const flagged = run(bundle, [REPORT, '--format', 'json'], { nodeArgs: ['--max-semi-space-size=16'] });
    expect(flagged.stdout).toBe(off.stdout);
    expect(existsSync(cache)).toBe(false);
  }, 60_000);

  it('a bundle whose embedded script lost its end mark says so in Chinese, naming the file', () => {
    const { bundle } = copyBundle(false);
    const text = readFileSync(bundle, 'utf8');
    writeFileSync(bundle, text.replace(/\n__XXGK_SCRIPT__\*\/\n$/, '\n*/\n'));
    const broken = run(bundle, [REPORT]);
    expect(broken.status).not.toBe(0);
    expect(broken.stderr).toContain(`${bundle} 不完整`);
  }, 60_000);
});
