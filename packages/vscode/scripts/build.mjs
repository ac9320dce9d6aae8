#!/usr/bin/env node
// Bundles the extension and its language server into dist/, from the
// workspace packages' tsc output (run `tsc -b` at the root first) and the
// dependencies installed from the lockfile. No network.
//
//   dist/extension.cjs                      the VS Code client (vscode-languageclient bundled)
//   dist/server/server.js                   the language server (vscode-languageserver bundled)
//   dist/server/lint-worker.js              its lint worker (a worker thread)
//   dist/server/node_modules/@xxgk-lint/*   core and the rule packs, one bundle each
//
// core finds rule packs by package name (`extends: "@xxgk-lint/rules-provincial/sichuan"`),
// the server imports the national default, and the packs import core, so each keeps its own
// package folder: core resolves the packs beside itself, as in an npm install,
// and every pack shares the one core. Docs and data packs are copied beside
// the bundles, where the packs' file URLs point.
//
//   node scripts/build.mjs [outDir=dist]
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const packages = path.resolve(here, '..');

/**
 * Left out of the bundle, all imported lazily by what uses them: readers of
 * formats an editor never sends (PDF, Word), and TypeScript, which
 * cosmiconfig loads only for .ts config files (xxgk-lint's are YAML, JSON or JS).
 */
const NOT_FOR_EDITORS = ['mammoth', 'pdfjs-dist', 'unpdf', '@napi-rs/canvas', 'typescript'];

/** ESM bundles that contain CommonJS dependencies need `require` (and friends) in scope */
const ESM_BANNER = [
  "import { createRequire as __xxgkCreateRequire } from 'node:module';",
  "import { fileURLToPath as __xxgkFileURLToPath } from 'node:url';",
  'const require = __xxgkCreateRequire(import.meta.url);',
  'const __filename = __xxgkFileURLToPath(import.meta.url);',
  "const __dirname = __xxgkFileURLToPath(new URL('.', import.meta.url));",
].join('\n');

const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', legalComments: 'none', minify: true };

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** one workspace package as an installed package: package.json, one bundled entry, extra folders */
async function bundlePackage(serverDir, dir, { external = [], copy = [], subpaths = [] } = {}) {
  const source = path.join(packages, dir);
  const pkg = readJson(path.join(source, 'package.json'));
  const entry = path.join(source, 'dist/index.js');
  if (!existsSync(entry)) throw new Error(`${entry} 不存在：请先在仓库根目录运行 tsc -b`);
  const target = path.join(serverDir, 'node_modules', pkg.name);
  await build({ ...common, entryPoints: [entry], outfile: path.join(target, 'dist/index.js'), format: 'esm', banner: { js: ESM_BANNER }, external });
  const exports = { '.': './dist/index.js' };
  // subpaths the server imports (core/editor: what the server's main thread needs without the engine)
  for (const name of subpaths) {
    await build({ ...common, entryPoints: [path.join(source, `dist/${name}.js`)], outfile: path.join(target, `dist/${name}.js`), format: 'esm', banner: { js: ESM_BANNER }, external });
    exports[`./${name}`] = `./dist/${name}.js`;
  }
  writeFileSync(
    path.join(target, 'package.json'),
    `${JSON.stringify({ name: pkg.name, version: pkg.version, type: 'module', license: pkg.license, main: './dist/index.js', exports }, null, 2)}\n`,
  );
  for (const folder of copy) cpSync(path.join(source, folder), path.join(target, folder), { recursive: true });
}

/** build into `outDir` (default: dist beside package.json); resolves to the time taken, ms */
export async function buildExtension(outDir = path.join(here, 'dist')) {
  const serverDir = path.join(outDir, 'server');
  // dist/tsc is tsc's type-check output: left alone
  rmSync(serverDir, { recursive: true, force: true });
  rmSync(path.join(outDir, 'extension.cjs'), { force: true });
  mkdirSync(serverDir, { recursive: true });
  const started = Date.now();

  await build({
    ...common,
    entryPoints: [path.join(here, 'src/extension.ts')],
    outfile: path.join(outDir, 'extension.cjs'),
    format: 'cjs',
    external: ['vscode'],
  });

  const core = '@xxgk-lint/core';
  await bundlePackage(serverDir, 'core', { external: NOT_FOR_EDITORS, copy: ['schemas'], subpaths: ['editor'] });
  await bundlePackage(serverDir, 'rules-national', { external: [core], copy: ['docs'] });
  await bundlePackage(serverDir, 'rules-provincial', { external: [core], copy: ['docs', 'packs'] });
  await build({
    ...common,
    entryPoints: [path.join(packages, 'language-server/bin/xxgk-lint-language-server.js')],
    outfile: path.join(serverDir, 'server.js'),
    format: 'esm',
    banner: { js: ESM_BANNER },
    // the server imports the national pack as its default: from its own package folder, where its docs are
    external: [core, '@xxgk-lint/rules-national'],
  });
  // the lint worker the server starts (new URL('./lint-worker.js', import.meta.url)): beside server.js
  await build({
    ...common,
    entryPoints: [path.join(packages, 'language-server/dist/lint-worker.js')],
    outfile: path.join(serverDir, 'lint-worker.js'),
    format: 'esm',
    banner: { js: ESM_BANNER },
    external: [core, '@xxgk-lint/rules-national'],
  });
  // server.js is ESM whatever package.json the extension has
  writeFileSync(path.join(serverDir, 'package.json'), '{ "type": "module", "private": true }\n');
  return Date.now() - started;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = path.resolve(process.argv[2] ?? path.join(here, 'dist'));
  const ms = await buildExtension(outDir);
  console.log(`已构建 ${path.relative(process.cwd(), outDir) || outDir}（${ms} ms）`);
}
