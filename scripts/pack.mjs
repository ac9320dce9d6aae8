#!/usr/bin/env node
/**
 * npm run pack: installable tarballs of the published packages in dist-pack/
 * (git-ignored), built first. Install them all in one command, so that the
 * CLI's own packages come from the tarballs and not from the registry:
 *   npm install -g ./dist-pack/*.tgz
 * (`--check` then installs them into a temporary prefix and runs the CLI from
 * another folder: scripts/pack.mjs --check).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.join(ROOT, 'dist-pack');
/** what `npm install -g` needs: the CLI and every package of ours it loads */
export const PUBLISHED = ['packages/core', 'packages/rules-national', 'packages/rules-provincial', 'packages/language-server', 'packages/cli'];

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', ...options });
  if (result.status !== 0) {
    process.stderr.write(`${command} ${args.join(' ')} 失败（退出码 ${result.status}）：\n${result.stdout ?? ''}${result.stderr ?? ''}`);
    process.exit(1);
  }
  return result.stdout;
}

export function pack() {
  run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-b']);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  run('npm', ['pack', '--silent', '--pack-destination', OUT, ...PUBLISHED.flatMap((w) => ['--workspace', w])]);
  return readdirSync(OUT).filter((f) => f.endsWith('.tgz')).sort().map((f) => path.join(OUT, f));
}

/** install the tarballs into a fresh prefix, then run the CLI from a folder outside the checkout */
export function check(tarballs) {
  const prefix = mkdtempSync(path.join(tmpdir(), 'xxgk-pack-prefix-'));
  const elsewhere = mkdtempSync(path.join(tmpdir(), 'xxgk-pack-run-'));
  try {
    run('npm', ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', ...tarballs], { cwd: elsewhere });
    const bin = path.join(prefix, 'bin', 'xxgk-lint');
    const version = run(bin, ['--version'], { cwd: elsewhere }).trim();
    copyFileSync(path.join(ROOT, 'test/fixtures/corpus/seeds/003_b44d1f36068b8b31.txt'), path.join(elsewhere, '2024年度报告.txt'));
    // README's first example, from a folder with no checkout above it
    const lint = spawnSync(bin, ['2024年度报告.txt', '--format', 'json'], { cwd: elsewhere, encoding: 'utf8' });
    const results = JSON.parse(lint.stdout);
    writeFileSync(path.join(elsewhere, 'ok'), '');
    return { prefix, version, status: lint.status, files: results.length, messages: results[0].messages.length };
  } finally {
    rmSync(prefix, { recursive: true, force: true });
    rmSync(elsewhere, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const tarballs = pack();
  for (const t of tarballs) process.stdout.write(`${path.relative(ROOT, t)}\n`);
  if (process.argv.includes('--check')) {
    const checked = check(tarballs);
    process.stdout.write(`已装入临时目录并运行：xxgk-lint --version → ${checked.version}；检查 1 份报告（退出码 ${checked.status}，${checked.messages} 条问题）\n`);
  }
}
