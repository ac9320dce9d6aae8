#!/usr/bin/env node
// npm run package: type-check and build the workspace (tsc -b), bundle the
// extension and its server (scripts/build.mjs), then pack dist/ into a .vsix
// with the official tool, @vscode/vsce, from the lockfile: no network.
// Dependencies are already bundled, so vsce packs none (--no-dependencies).
//
//   node scripts/package.mjs [out.vsix]
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createVSIX } from '@vscode/vsce';
import { buildExtension } from './build.mjs';

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(here, '../..');
const manifest = JSON.parse(readFileSync(path.join(here, 'package.json'), 'utf8'));
const packagePath = path.resolve(process.argv[2] ?? path.join(here, 'dist', `${manifest.name}-${manifest.version}.vsix`));

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-b'], { cwd: root, stdio: 'inherit' });
const buildMs = await buildExtension();
await createVSIX({ cwd: here, packagePath, dependencies: false, allowMissingRepository: true });
const size = statSync(packagePath).size;
console.log(`已生成 ${path.relative(process.cwd(), packagePath)}：${(size / 1024).toFixed(0)} KB（打包服务器 ${buildMs} ms）`);
